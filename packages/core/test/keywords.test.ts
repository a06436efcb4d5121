/**
 * Folding titles for comparison ("Thema's: Ondermijning!" and "themas ondermijning" are the same title).
 * The one-pass fold of plain ASCII must give what the general fold (normalise, strip accents, lower
 * case, drop apostrophes, punctuation to single spaces) gives.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance, foldText, indexByFoldedText, keyword, nearlySameFolded } from "../src/text/keywords.js";
import { readerText } from "../src/text/reader.js";
import { runs } from "./hardening/support.js";

// The general fold reads the text as a reader sees it (text/reader.ts) before it folds.
const reference = (s: string) =>
  readerText(s.replace(/['’‘`´]/g, ""))
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`´]/g, "")
    .replace(/[^a-z0-9&]+/g, " ")
    .trim();

describe("foldText", () => {
  it("folds any text as the general fold does (property)", () => {
    const ascii = fc.string({ unit: fc.constantFrom(..." aZ09&'`-_.,:;!?()\t\n\r*#\"/\\".split("")), maxLength: 40 });
    const mixed = fc.string({ unit: fc.oneof(fc.constantFrom(..."aZé’‘´ß İK- '".split("")), fc.string({ maxLength: 1 })), maxLength: 30 });
    fc.assert(
      fc.property(fc.oneof(ascii, mixed, fc.string()), (s) => {
        expect(foldText(s)).toBe(reference(s));
      }),
      { numRuns: runs(3000) },
    );
  });

  it("makes titles that differ in case, accents, apostrophes and punctuation equal", () => {
    expect(foldText("  Thema's: Ondermijning!  ")).toBe("themas ondermijning");
    expect(foldText("Café–Overlast & Jeugd")).toBe("cafe overlast & jeugd");
    expect(foldText("**Zorg en Veiligheid**")).toBe("zorg en veiligheid");
  });

  it("reads a heading without the chapter, part or appendix that numbers it", () => {
    expect(["Hoofdstuk 3: Prioriteiten", "Deel II – Prioriteiten", "3.1 Prioriteiten", "Bijlage 3: Prioriteiten", "Bijlage B – Prioriteiten"].map(keyword)).toEqual(Array(5).fill("prioriteiten"));
    // A word that only starts like one stays.
    expect(keyword("Bijlagen")).toBe("bijlagen");
  });

  it("indexes items by folded text, keeping the first of equal ones", () => {
    const byTitle = indexByFoldedText([{ t: "Ondermijning", n: 1 }, { t: "ondermijning.", n: 2 }, { t: "Jeugd", n: 3 }], (x) => x.t);
    expect([...byTitle.entries()].map(([k, v]) => [k, v.n])).toEqual([["ondermijning", 1], ["jeugd", 3]]);
  });
});

/** Levenshtein over the whole table: what the banded, bounded {@link editDistance} must agree with. */
function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

describe("near titles", () => {
  // Short strings over few letters, so that near ones (distance 0 to 3) come up often.
  const word = fc.string({ unit: fc.constantFrom(..."abc ".split("")), maxLength: 12 });

  it("editDistance is the Levenshtein distance up to its bound, and the bound plus one beyond (property)", () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(levenshtein(a, b), max + 1));
      }),
      { numRuns: runs(3000) },
    );
  });

  it("nearlySameFolded: the same but for spaces, or at most two letters apart when both are long enough (property)", () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 8 }), (a, b, min) => {
        const expected = a.replace(/ /g, "") === b.replace(/ /g, "") || (Math.min(a.length, b.length) >= min && levenshtein(a, b) <= 2);
        expect(nearlySameFolded(a, b, min)).toBe(expected);
      }),
      { numRuns: runs(3000) },
    );
  });

  it("takes a misspelt title for the title, and another title for another", () => {
    expect(nearlySameFolded("veilige wijken", "veilge wijken", 5)).toBe(true);
    expect(nearlySameFolded("zorg en veiligheid", "zorgen veiligheid", 5)).toBe(true);
    expect(nearlySameFolded("jeugd", "geld", 5)).toBe(false);
    expect(nearlySameFolded("ondermijning", "woninginbraak", 5)).toBe(false);
  });
});
