/**
 * The importer's readers stay linear in the document's size: the same document and one four times as
 * long, interleaved, as a ratio of medians (never a wall-clock limit). A plain-text plan (the reader's
 * heuristics look at neighbouring lines and blocks) and the same plan as a web page.
 */
import { describe, expect, it } from "vitest";
import { importDocument } from "@veiligheidsplan/core/import";
import { LINEAR_X4_BOUND, timeRatioAsync } from "../hardening/scaling.js";
import { asTextDocument, readExample } from "./support.js";

const text = asTextDocument(readExample("nijmegen-2022-2026.veiligheidsplan"));
const body = text
  .split(/\n{2,}/)
  .map((block) => (/^\d+(?:\.\d+)*\.? \S/.test(block) && block.length < 90 ? `<h2>${block}</h2>` : `<p>${block.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`))
  .join("\n");
const page = (copies: number) => `<!DOCTYPE html><html><head><title>Plan</title></head><body>${body.repeat(copies)}</body></html>`;

describe("import scales linearly", () => {
  it("plain text: ×4 the text costs about ×4 the time", async () => {
    const ratio = await timeRatioAsync(text.repeat(2), text.repeat(8), (t) => importDocument(new TextEncoder().encode(t), { fileName: "plan.txt" }), 3);
    console.log(`ratio ${ratio.toFixed(2)}`);
    expect(ratio).toBeLessThan(LINEAR_X4_BOUND);
  });

  it("text that keeps its layout: ×4 the lines of one table without a blank line cost about ×4 the time", async () => {
    // Every row has columns two spaces apart and a first cell wrapped onto a line of its own, so the whole
    // text is one run for the layout's tables.
    const layout = (rows: number) => ["Doel                Indicator        Nulmeting   Streefwaarde   Bron", ...Array.from({ length: rows }, (_, i) => `Minder overlast     Meldingen        ${100 + (i % 50)}         ${80 + (i % 50)}             Politie\nen criminaliteit`)].join("\n");
    const ratio = await timeRatioAsync(layout(1500), layout(6000), (t) => importDocument(new TextEncoder().encode(t), { fileName: "plan.txt" }), 3);
    console.log(`ratio ${ratio.toFixed(2)}`);
    expect(ratio).toBeLessThan(LINEAR_X4_BOUND);
  });

  it("HTML: ×4 the page costs about ×4 the time", async () => {
    const ratio = await timeRatioAsync(page(2), page(8), (t) => importDocument(new TextEncoder().encode(t), { fileName: "plan.html" }), 3);
    console.log(`ratio ${ratio.toFixed(2)}`);
    expect(ratio).toBeLessThan(LINEAR_X4_BOUND);
  });
});
