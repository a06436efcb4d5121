import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as service from "../src/service/index.js";
import { doc, positionAt, readExample } from "./helpers.js";

const base = readExample("minimaal.veiligheidsplan");
const pieces = ["#", "### ", "|", " | ", "\n", "\r\n", "---\n", "<!--", "-->", "Thema 4 — ", "artikel 38b ", "**", "Totaal", "1.2,3", "€", "\u{1F600}", "\t", "  - ", ":", "“", "het thema: "];

/** The example with random pieces inserted and random slices deleted: what half-typed plans look like. */
const mutated = fc
  .array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...pieces)), { maxLength: 12 })
  .map((ops) => {
    let t = base;
    for (const [at, del, insert] of ops) {
      const i = at % (t.length + 1);
      t = t.slice(0, i) + insert + t.slice(Math.min(t.length, i + del));
    }
    return t;
  });

describe("the language service on any text", () => {
  it("never throws, and keeps positions inside the text", () => {
    fc.assert(
      fc.property(mutated, fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), (text, offsets) => {
        const d = doc(text, { today: "2024-06-01" });
        const lines = text.split(/\r\n|\r|\n/).length;
        const inText = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines && p.character >= 0;
        for (const o of offsets) {
          const at = positionAt(text, o % (text.length + 1));
          const range = { start: at, end: positionAt(text, Math.min(text.length, (o % (text.length + 1)) + 20)) };
          service.getHover(d, at);
          const completions = service.getCompletions(d, at, { snippets: true });
          for (const item of completions.items) {
            const e = item.textEdit as { range: typeof range };
            expect(inText(e.range.start) && inText(e.range.end)).toBe(true);
          }
          service.getDefinition(d, at);
          service.getReferences(d, at);
          service.prepareRename(d, at);
          service.getRenameEdits(d, at, "Nieuwe naam");
          service.getCodeActions(d, range, { only: ["quickfix", "source.fixAll"] });
          service.getSemanticTokens(d, range);
        }
        for (const s of service.getDocumentSymbols(d)) expect(inText(s.range.start)).toBe(true);
        service.getFoldingRanges(d);
        service.getDocumentLinks(d);
        service.getDiagnostics(d);
        expect(service.getSemanticTokens(d).data.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 120) },
    );
  });

  it("answers on the empty text and on a text without line breaks", () => {
    for (const text of ["", "---", "# ", "| a |", "<!--"]) {
      const d = doc(text);
      const at = { line: 0, character: text.length };
      expect(() => {
        service.getHover(d, at);
        service.getCompletions(d, at);
        service.getDocumentSymbols(d);
        service.getFoldingRanges(d);
        service.getFormattingEdits(d);
        service.getCodeActions(d, { start: at, end: at });
      }).not.toThrow();
    }
  });
});
