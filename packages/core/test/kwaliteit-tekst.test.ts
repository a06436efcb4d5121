/**
 * The sentences the kwaliteit checks read, and their folded text. Both take faster paths than their
 * plain definitions (a loop over the characters instead of a regex; lower case alone for ASCII text);
 * both must give what the plain definitions give.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { low, sentences } from "../src/kwaliteit/tekst.js";
import { parse } from "../src/parse.js";
import { runs } from "./hardening/support.js";

/** The plain definition: per paragraph, list or quote, the matches of one regex, trimmed, 3 characters or more. */
function reference(text: string) {
  const out: { text: string; start: number; end: number }[] = [];
  for (const b of parse(text).blocks) {
    if (b.kind !== "paragraph" && b.kind !== "list" && b.kind !== "quote") continue;
    const raw = text.slice(b.span.start, b.span.end);
    const re = /[^.!?\n]+(?:[.!?]+|$)/gm;
    for (let m = re.exec(raw); m; m = re.exec(raw)) {
      const t = m[0].trim();
      if (t.length < 3) continue;
      const start = b.span.start + m.index + m[0].length - m[0].trimStart().length;
      out.push({ text: t, start, end: start + t.length });
    }
  }
  return out;
}

const plainLow = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’‘]/g, "'");

describe("kwaliteit: sentences", () => {
  it("splits prose as the plain definition does (property)", () => {
    const unit = fc.constantFrom("Wij", " ", "a", "é", ".", "..", "!", "?", "?!", "\n", "\r\n", "\r", "\u2028", "\u00a0", "\u1680", "\u200a", "\u200b", "\u3000", "\ufeff", "\u0085", "\v", "\f", "- ", "1. ", "> ", "o.a.", "\n\n", "# Kop\n", "\t");
    const prose = fc.array(unit, { maxLength: 80 }).map((u) => u.join(""));
    fc.assert(
      fc.property(fc.oneof(prose, fc.string({ maxLength: 200 })), (text) => {
        expect(sentences(parse(text)).map((s) => ({ text: s.text, start: s.span.start, end: s.span.end }))).toEqual(reference(text));
      }),
      { numRuns: runs(2000) },
    );
  });

  it("folds text as the plain definition does (property)", () => {
    const unit = fc.constantFrom("A", "z", "É", "é", "e\u0301", "’", "‘", "İ", "ß", "Σ", " ", "1", "ﬁ", "\u00a0");
    const text = fc.oneof(fc.array(unit, { maxLength: 30 }).map((u) => u.join("")), fc.string(), fc.string({ unit: "binary" }));
    fc.assert(
      fc.property(text, (s) => {
        expect(low(s)).toBe(plainLow(s));
      }),
      { numRuns: runs(2000) },
    );
  });

  it("folds a sentence's text when asked", () => {
    const plan = parse("## Monitoring\n\nJaarlijks informeren wij de Gemeenteraad met de Veiligheidsbrief. Daarna évalueren we ‘t plan.\n");
    expect(sentences(plan).map((s) => s.folded)).toEqual(["jaarlijks informeren wij de gemeenteraad met de veiligheidsbrief.", "daarna evalueren we 't plan."]);
  });
});
