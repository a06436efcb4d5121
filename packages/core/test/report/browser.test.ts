/**
 * The Nijmegen report as a reader sees it: rendered by core, opened in Debian's headless Chromium
 * (driven by playwright-core), checked through what the page shows, and kept as a screenshot in
 * docs/images/report-nijmegen.png (the README shows it).
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`); skips with a message where it is absent.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReport } from "@veiligheidsplan/core";
import { hasChromium as chromiumThere, launchChromium } from "../../../../test-support/chromium.js";
import { lintFile, NIJMEGEN_PATH } from "./support.js";

const hasChromium = chromiumThere("report browser test");
const hasExample = existsSync(NIJMEGEN_PATH);
const SCREENSHOT = fileURLToPath(new URL("../../../../docs/images/report-nijmegen.png", import.meta.url));


describe.runIf(hasChromium && hasExample)("the Nijmegen report in headless Chromium", () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "vp-report-"));
    const file = join(dir, "nijmegen.html");
    writeFileSync(file, renderReport(lintFile(NIJMEGEN_PATH)));
    browser = await launchChromium(chromium);
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    await page.goto(`file://${file}`);
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("loads nothing but the file itself and runs into no policy violation", () => {
    expect(requests).toEqual([expect.stringMatching(/^file:\/\/.*nijmegen\.html$/)]);
    expect(consoleErrors).toEqual([]);
  });

  it("shows nine themes, six prioritair and three kern", async () => {
    const themes = page.locator("article.thema h3.thema-kop");
    await expect.poll(() => themes.count()).toBe(9);
    const titles = (await themes.allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
    expect(titles[0]).toMatch(/^1\. Ondermijning PRIORITAIR THEMA$/);
    expect(titles[8]).toMatch(/^9\. Veilige fysieke leefomgeving KERNTHEMA$/);
    expect(await page.locator("article.thema-prioritair:visible").count()).toBe(6);
    expect(await page.locator("article.thema-kern:visible").count()).toBe(3);
  });

  it("shows a chart with five years and nine deelproducten, and 2022 marked as not adding up", async () => {
    const chart = page.locator('svg.begrotingsgrafiek[role="img"]');
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    expect(box.width).toBeGreaterThan(600);
    expect(box.height).toBeGreaterThan(250);
    expect(await chart.getAttribute("aria-label")).toContain("Begroting per jaar");

    const years = await chart.locator("text.jaar").allTextContents();
    expect(years).toEqual(["2022", "2023", "2024", "2025", "2026"]);
    const series = await chart.locator("rect.segment").evaluateAll((rs) => [...new Set(rs.map((r) => r.getAttribute("data-deelproduct")))]);
    expect(series).toHaveLength(9);
    const legend = await page.locator("ol.legenda li").allInnerTexts();
    expect(legend.map((l) => l.trim())).toEqual([
      "1. Aanpak multiproblematiek", "2. Brandweerzorg", "3. Intelligence", "4. Jeugdbeschermingstafel", "5. Ondermijning",
      "6. Openbare orde", "7. Veilige evenementen en horeca", "8. Veilige fysieke leefomgeving", "9. Veilige wijken",
    ]);
    // The legend's colours are the chart's colours, nine different ones.
    const colours = await page.locator("ol.legenda li svg rect").evaluateAll((rs) => rs.map((r) => r.getAttribute("fill")));
    expect(new Set(colours).size).toBe(9);

    // 2022: the red label with the difference, drawn within the column, above the stack.
    const y2022 = chart.locator('g.kolom[data-jaar="2022"]');
    const label = y2022.locator("text.label-telt-niet-op");
    expect((await label.textContent())!.replace(/\s+/g, " ").trim()).toBe("verschil 10.142");
    // One line per column: no two red labels overlap each other.
    const labelBoxes = await chart.locator("text.label-telt-niet-op").evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((b) => ({ left: b.left, right: b.right })));
    expect(labelBoxes).toHaveLength(5);
    for (let i = 1; i < labelBoxes.length; i++) expect(labelBoxes[i]!.left).toBeGreaterThan(labelBoxes[i - 1]!.right);
    await expect.poll(() => label.isVisible()).toBe(true);
    expect(await label.evaluate((el) => getComputedStyle(el).fill)).toBe("rgb(176, 0, 32)");
    const labelBox = (await label.boundingBox())!;
    const stackBox = (await y2022.locator("rect.segment").first().boundingBox())!;
    expect(labelBox.y + labelBox.height).toBeLessThan(stackBox.y);
    expect(await y2022.locator("g.markering").count()).toBe(1);

    // What it shows: the 2022 stack is less than half as tall as 2023's, because Brandweerzorg is 4.736 there.
    const stackHeight = (year: string) =>
      chart.locator(`g.kolom[data-jaar="${year}"] rect.segment`).evaluateAll((rs) => {
        const boxes = rs.map((r) => r.getBoundingClientRect());
        return Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
      });
    expect(await stackHeight("2022")).toBeLessThan((await stackHeight("2023")) / 2);

    // The table behind the chart says the same in words.
    const sumRow = page.locator("table.begrotingstabel tr.som");
    expect(await sumRow.locator("td").first().innerText()).toContain("telt niet op: som 6.706, vermeld 16.848");
  });

  it("prints on A4, chapters flowing on and only the appendices on a new page", async () => {
    await page.emulateMedia({ media: "print" });
    const breaks = await page.locator("section.hoofdstuk").evaluateAll((ss) => ss.map((s) => `${s.classList.contains("bijlage") ? "bijlage" : "hoofdstuk"}:${getComputedStyle(s).breakBefore}`));
    expect(breaks.length).toBeGreaterThan(8);
    expect(new Set(breaks)).toEqual(new Set(["hoofdstuk:auto", "bijlage:page"]));
    await page.emulateMedia({ media: "screen" });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const sizes = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(sizes.length).toBeGreaterThan(10);
    // A4 is 595 × 842 points.
    expect(new Set(sizes.map((s) => s.join("x")))).toEqual(new Set(["595x842"]));
  });

  it("keeps a screenshot of the budget chapter", async () => {
    const heading = page.locator("h3", { hasText: "Wat het kost" });
    await heading.scrollIntoViewIfNeeded();
    const top = (await heading.boundingBox())!;
    // Both charts: the stacked totals and the deelproducten each on their own scale.
    const first = (await page.locator("figure.grafiek").first().boundingBox())!;
    const last = (await page.locator("figure.grafiek").last().boundingBox())!;
    const figure = { x: first.x, y: first.y, width: Math.max(first.width, last.width), height: last.y + last.height - first.y };
    mkdirSync(join(SCREENSHOT, ".."), { recursive: true });
    const png = await page.screenshot({
      path: SCREENSHOT,
      clip: { x: Math.max(0, figure.x - 24), y: top.y - 16, width: figure.width + 48, height: figure.y + figure.height - top.y + 32 },
    });
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.length).toBeGreaterThan(20_000);
  });
});
