import fc from "fast-check";
import { formatText } from "@veiligheidsplan/core";
import { describe, expect, it } from "vitest";
import { diffEdits, getFormattingEdits, getRangeFormattingEdits } from "../src/service/index.js";
import { applyEdits, doc, find, readExample } from "./helpers.js";

const minimaal = readExample("minimaal.veiligheidsplan");
// The example, with its table squeezed and extra blank lines: what a writer's typing leaves behind.
const messy = minimaal
  .replace("|   120 |   125 |   130 |   130 |", "| 120 | 125 | 130 | 130 |")
  .replace("| **Totaal**           | 2.880 |", "| **Totaal** | 2.880 |")
  .replace("## Kernthema's", "\n\n\n## Kernthema's");

describe("formatting", () => {
  it("gives the formatter's layout through a few small edits that leave the rest of the text alone", () => {
    const edits = getFormattingEdits(doc(messy, { lint: false }), { fix: false });
    expect(applyEdits(messy, edits)).toBe(formatText(messy, { fix: false }).output);
    expect(applyEdits(messy, edits)).toBe(minimaal);
    expect(edits.length).toBeLessThanOrEqual(4);
    const touched = edits.reduce((n, e) => n + (e.range.end.line - e.range.start.line + 1), 0);
    expect(touched).toBeLessThan(12);
  });

  it("formats nothing in a plan that is already in shape", () => {
    expect(getFormattingEdits(doc(minimaal, { lint: false }))).toEqual([]);
  });

  it("range formatting touches only what the range covers (a table as a whole)", () => {
    const d = doc(messy, { lint: false });
    const inTable = find(messy, "| 1. Ondermijning");
    const edits = getRangeFormattingEdits(d, { start: inTable, end: inTable }, { fix: false });
    const out = applyEdits(messy, edits);
    expect(out).toContain("| 1. Ondermijning      |   120 |   125 |   130 |   130 |");
    expect(out).toContain("\n\n\n\n## Kernthema's");
  });

  it("keeps CRLF line endings", () => {
    const crlf = messy.replace(/\n/g, "\r\n");
    const out = applyEdits(crlf, getFormattingEdits(doc(crlf, { lint: false }), { fix: false }));
    expect(out).toBe(minimaal.replace(/\n/g, "\r\n"));
  });
});

describe("diffEdits", () => {
  it("turns any text into any other (property)", () => {
    const line = fc.constantFrom("a", "b", "| x |", "", "  ", "tekst", "€ 1.000");
    const textArb = fc.tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom("\n", "\r\n"), fc.boolean()).map(([ls, eol, final]) => ls.join(eol) + (final ? eol : ""));
    fc.assert(
      fc.property(textArb, textArb, (a, b) => {
        const edits = diffEdits(a, b);
        const sorted = [...edits].sort((x, y) => y.span.start - x.span.start);
        let out = a;
        for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
        expect(out).toBe(b);
        // Edits never overlap.
        const asc = [...edits].sort((x, y) => x.span.start - y.span.start);
        for (let i = 1; i < asc.length; i++) expect(asc[i]!.span.start).toBeGreaterThanOrEqual(asc[i - 1]!.span.end);
      }),
      { numRuns: 300 },
    );
  });

  it("still works, with one edit, when the texts differ everywhere", () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join("\n");
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join("\n");
    const edits = diffEdits(a, b, 100);
    expect(edits).toHaveLength(1);
  });
});
