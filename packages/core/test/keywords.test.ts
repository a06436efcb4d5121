/**
 * Folding titles for comparison ("Thema's: Ondermijning!" and "themas ondermijning" are the same title).
 * The one-pass fold of plain ASCII must give what the general fold (normalise, strip accents, lower
 * case, drop apostrophes, punctuation to single spaces) gives.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText, indexByFoldedText, keyword } from "../src/text/keywords.js";
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
