/**
 * The printed report, as a raadslid gets it on paper: the Nijmegen report printed to PDF by Debian's
 * headless Chromium (`--print-to-pdf`, the browser's own print path), its pages read back with poppler
 * (pdftotext for the words on each page, pdftoppm for what each page looks like). The PNGs are kept in
 * .e2e/report-print/ for a person to look at.
 *
 * Needs /usr/bin/chromium and poppler-utils (`apt-get install -y chromium poppler-utils`, as .ci/run
 * does); skips with a message where either is absent.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReport } from "@veiligheidsplan/core";
import { lintFile, NIJMEGEN_PATH } from "./support.js";

const CHROMIUM = "/usr/bin/chromium";
const has = (tool: string) => {
  try {
    execFileSync(tool, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const ready = existsSync(CHROMIUM) && has("pdftoppm") && has("pdftotext");
const KEEP = fileURLToPath(new URL("../../../../.e2e/report-print/", import.meta.url));

if (!ready) console.warn("[report print test] skipped: needs /usr/bin/chromium and poppler-utils (apt-get install -y chromium poppler-utils)");

/** How far down a grey-scale page (PGM, as pdftoppm -gray writes it) anything is printed, as a share of its height. */
function inkReach(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString("latin1", 0, 40));
  if (!header) throw new Error("not a PGM file");
  const [w, h] = [Number(header[1]), Number(header[2])];
  const data = pgm.subarray(header[0].length);
  let last = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (data[y * w + x]! < 200) {
        last = y;
        break;
      }
    }
  }
  return last / h;
}

describe.runIf(ready && existsSync(NIJMEGEN_PATH))("the Nijmegen report printed to PDF by Chromium", () => {
  let dir: string;
  let pages: string[];
  let reach: number[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "vp-print-"));
    const html = join(dir, "nijmegen.html");
    const pdf = join(dir, "nijmegen.pdf");
    writeFileSync(html, renderReport(lintFile(NIJMEGEN_PATH)));
    execFileSync(CHROMIUM, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--no-pdf-header-footer", `--user-data-dir=${join(dir, "profiel")}`, `--print-to-pdf=${pdf}`, `file://${html}`], { stdio: "ignore", timeout: 100_000 });
    pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").slice(0, -1);
    execFileSync("pdftoppm", ["-r", "20", "-gray", pdf, join(dir, "p")]);
    reach = readdirSync(dir).filter((f) => /^p-\d+\.pgm$/.test(f)).sort().map((f) => inkReach(readFileSync(join(dir, f))));
    // Pages a person can look at.
    rmSync(KEEP, { recursive: true, force: true });
    mkdirSync(KEEP, { recursive: true });
    execFileSync("pdftoppm", ["-r", "60", "-png", pdf, join(KEEP, "pagina")]);
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("prints every page, and pdftoppm renders each of them", () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(reach).toHaveLength(pages.length);
    expect(readdirSync(KEEP).filter((f) => f.endsWith(".png"))).toHaveLength(pages.length);
  });

  it("lets chapters flow on: no page is left mostly empty except before the report's appendices and at the end", () => {
    const appendix = (p: string) => /^\s*(Kwaliteitstoets|Wettelijke grondslag|Controles)\s*$/m.test(p.split("\n").find((l) => l.trim() !== "") ?? "");
    const short = pages
      .map((_, i) => ({ page: i + 1, reach: reach[i]! }))
      .filter(({ page, reach: r }) => page > 1 && page < pages.length && !appendix(pages[page] ?? "") && r < 0.4);
    expect(short, "pages whose printed part ends in the top 40%").toEqual([]);
    // The three-line Voorwoord shares its page with what follows.
    const voorwoord = pages.findIndex((p) => /^\s*Voorwoord\s*$/m.test(p));
    expect(voorwoord).toBeGreaterThan(0);
    expect(pages[voorwoord]).toContain("Missie en visie");
  });

  it("prints the stated total and the sum once, closing the budget table, not at the foot of every page", () => {
    const text = pages.join("\n");
    expect(text.match(/Totaal \(vermeld\)/g)).toHaveLength(1);
    expect(text.match(/Som van de regels/g)).toHaveLength(1);
    const tablePage = pages.find((p) => p.includes("Begroting per deelproduct"))!;
    // The whole table on one page: its first line, its last line, and the totals below them.
    expect(tablePage).toMatch(/1\. Aanpak multiproblematiek[^]*9\. Veilige wijken[^]*Totaal \(vermeld\)[^]*Som van de regels/);
  });

  it("names the place of each finding in the plan's own terms", () => {
    const checks = pages.slice(pages.findIndex((p) => /^\s*Controles\s*$/m.test(p))).join("\n");
    expect(checks).toContain("II. Financiën › Wat het kost");
    expect(checks).toMatch(/rij ‘Totaal’,\s+kolom 2022/);
    expect(checks).not.toMatch(/kolom 38/);
  });
});
