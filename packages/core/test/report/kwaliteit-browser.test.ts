/**
 * The kwaliteitstoets's charts as a reader sees them: the Rivierstede example with two years of progress,
 * rendered by core and opened in headless Chromium. Each goal's chart is on screen, holds a point per
 * measured year, keeps its labels inside its own box, and marks the goals behind their course in red.
 * A screenshot is kept in docs/images/report-kwaliteit.png (docs/report.md shows it).
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`); skips with a message where it is absent.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lint, renderReport } from "@veiligheidsplan/core";
import { RIVIERSTEDE_PATH, rivierstedeVoortgang } from "./support.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const SCREENSHOT = fileURLToPath(new URL("../../../../docs/images/report-kwaliteit.png", import.meta.url));

if (!hasChromium) console.warn(`[kwaliteit browser test] skipped: ${CHROMIUM} not found. Install it with: apt-get update && apt-get install -y chromium`);

describe.runIf(hasChromium)("the kwaliteitstoets's goal charts in headless Chromium", () => {
  let browser: Browser;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "vp-kwaliteit-"));
    const file = join(dir, "rivierstede.html");
    const voortgang = rivierstedeVoortgang();
    writeFileSync(file, renderReport(lint(readFileSync(RIVIERSTEDE_PATH, "utf8"), { filePath: RIVIERSTEDE_PATH, today: "2026-11-28", voortgang }), { voortgang }));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`file://${file}`);
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("shows one chart per goal, each with a point per measured year, drawn at a readable size", async () => {
    const charts = page.locator("#kwaliteitstoets figure.grafiek.doel svg.doelgrafiek");
    await expect.poll(() => charts.count()).toBe(5);
    for (let i = 0; i < 5; i++) {
      const chart = charts.nth(i);
      await chart.scrollIntoViewIfNeeded();
      expect(await chart.isVisible()).toBe(true);
      const box = (await chart.boundingBox())!;
      expect(box.width).toBeGreaterThan(250);
      expect(box.height).toBeGreaterThan(120);
      // Two progress files: two measured points, each drawn (a radius, inside the chart).
      const points = await chart.locator("circle.punt").evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect()).map((b) => ({ w: b.width, left: b.left, right: b.right, top: b.top, bottom: b.bottom })));
      expect(points).toHaveLength(2);
      for (const p of points) {
        expect(p.w).toBeGreaterThan(4);
        expect(p.left).toBeGreaterThanOrEqual(box.x - 0.5);
        expect(p.right).toBeLessThanOrEqual(box.x + box.width + 0.5);
        expect(p.top).toBeGreaterThanOrEqual(box.y - 0.5);
        expect(p.bottom).toBeLessThanOrEqual(box.y + box.height + 0.5);
      }
    }
  });

  it("keeps every label inside its chart, and no chart wider than its column", async () => {
    const overflow = await page.locator("#kwaliteitstoets figure.grafiek.doel").evaluateAll((figs) =>
      figs.flatMap((fig, i) => {
        const svg = fig.querySelector("svg")!.getBoundingClientRect();
        const out: string[] = [];
        if (svg.right > fig.getBoundingClientRect().right + 0.5) out.push(`chart ${i + 1} wider than its figure`);
        for (const t of fig.querySelectorAll("svg text")) {
          const b = t.getBoundingClientRect();
          if (b.left < svg.left - 0.5 || b.right > svg.right + 0.5 || b.top < svg.top - 0.5 || b.bottom > svg.bottom + 0.5) out.push(`chart ${i + 1}: '${t.textContent}' outside`);
        }
        return out;
      }),
    );
    expect(overflow).toEqual([]);
    const main = (await page.locator("#kwaliteitstoets").boundingBox())!;
    const grid = (await page.locator("#kwaliteitstoets .doelgrafieken").boundingBox())!;
    expect(grid.x + grid.width).toBeLessThanOrEqual(main.x + main.width + 0.5);
  });

  it("marks the latest value with its course: red for the two goals behind, green for the others", async () => {
    const marks = await page.locator("#kwaliteitstoets svg.doelgrafiek").evaluateAll((svgs) =>
      svgs.map((s) => ({ koers: s.getAttribute("data-koers"), label: s.querySelector("text.koers")?.textContent, fill: getComputedStyle(s.querySelector("circle.laatste")!).fill })),
    );
    expect(marks.filter((m) => m.koers === "achter")).toEqual([
      { koers: "achter", label: "achter op koers", fill: "rgb(176, 0, 32)" },
      { koers: "achter", label: "achter op koers", fill: "rgb(176, 0, 32)" },
    ]);
    for (const m of marks.filter((x) => x.koers !== "achter")) expect(m.fill).toBe("rgb(30, 107, 52)");
  });

  it("keeps a screenshot of the checklist and the charts", async () => {
    const section = page.locator("#kwaliteitstoets");
    await section.scrollIntoViewIfNeeded();
    const box = (await section.boundingBox())!;
    await page.setViewportSize({ width: 1100, height: Math.ceil(box.height) + 40 });
    await section.screenshot({ path: SCREENSHOT });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });
});
