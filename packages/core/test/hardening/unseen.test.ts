/**
 * Invisible and look-alike characters in structural words (issue 21.1): a zero-width space in
 * "Totaal", a soft hyphen in "Financiën", a Cyrillic "а" in a Latin word look the same to a reader, so
 * the plan must be read the same — every check still runs — and the hidden character is reported at its
 * own position, with a fix that removes or replaces it.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixText, lint, LineIndex, parse } from "@veiligheidsplan/core";
import { runs, TODAY } from "./support.js";

const NIJMEGEN = readFileSync(fileURLToPath(new URL("../../../../examples/nijmegen-2022-2026.veiligheidsplan", import.meta.url)), "utf8");

/** The findings of every rule except the parser's own, as a reader compares them: rule, line, message. */
function ruleFindings(text: string): string[] {
  return lint(text, { today: TODAY })
    .diagnostics.filter((d) => d.ruleId !== "syntax")
    .map((d) => `${d.ruleId} ${d.severity} ${d.range.start.line} ${d.message}`);
}

const BASE = ruleFindings(NIJMEGEN);

/** Inserts (or replaces with) `hidden` in the first occurrence of `word`, at `index` within the word. */
function disguise(word: string, index: number, hidden: string, replace = false): { text: string; offset: number } {
  const at = NIJMEGEN.indexOf(word);
  if (at < 0) throw new Error(`${word} not in the example`);
  const offset = at + index;
  return { text: NIJMEGEN.slice(0, offset) + hidden + NIJMEGEN.slice(offset + (replace ? 1 : 0)), offset };
}

describe("a structural word with a hidden character is read as a reader sees it", () => {
  it.each([
    ["a zero-width space in the Totaal row", "| **Totaal**", 7, "\u200B", false, "syntax.invisibleCharacter"],
    ["a soft hyphen in Financiën", "## II. Financiën", 11, "\u00AD", false, "syntax.invisibleCharacter"],
    ["a Cyrillic а in Financiën", "## II. Financiën", 10, "\u0430", true, "syntax.lookAlikeCharacter"],
    ["a zero-width space in Prioritaire", "## Prioritaire", 7, "\u200B", false, "syntax.invisibleCharacter"],
    ["a right-to-left override before Financiën", "## II. Financiën", 7, "\u202E", false, "syntax.invisibleCharacter"],
    ["a word joiner at the end of Totaal", "| **Totaal**", 10, "\u2060", false, "syntax.invisibleCharacter"],
    ["a Greek ο (omicron) in Totaal", "| **Totaal**", 5, "\u03BF", true, "syntax.lookAlikeCharacter"],
  ])("%s: every check still runs, and the character is reported where it is", (_name, word, index, hidden, replace, messageId) => {
    const { text, offset } = disguise(word, index, hidden, replace);
    expect(ruleFindings(text)).toEqual(BASE);
    const p = parse(text);
    const found = p.findings.filter((f) => f.messageId === messageId);
    expect(found.map((f) => f.span)).toEqual([{ start: offset, end: offset + hidden.length }]);
    const d = lint(text, { today: TODAY }).diagnostics.find((x) => x.messageId === messageId)!;
    const pos = new LineIndex(text).position(offset);
    expect(d.range.start).toMatchObject({ line: pos.line, character: pos.character });
    expect(d.severity).toBe("warning");
    // --fix makes the text what the reader saw.
    expect(fixText(text, { today: TODAY }).output).toBe(fixText(NIJMEGEN, { today: TODAY }).output);
  });

  it("a real Russian or Greek word is not taken for a disguised Latin one", () => {
    const text = NIJMEGEN.replace("## Prioritaire thema's", "## Prioritaire thema's (Приоритет, Προτεραιότητα)");
    expect(parse(text).findings.filter((f) => f.messageId.startsWith("syntax.lookAlike"))).toEqual([]);
  });

  it("any invisible character anywhere in a structural word changes no check (property)", () => {
    const words = ["| **Totaal**", "## II. Financiën", "## Prioritaire thema's", "### Toelichting", "| Brandweerzorg"];
    const hiddenChars = ["\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\uFEFF", "\u200E", "\u200F", "\u202A", "\u202C", "\u2066", "\u2069", "\u034F", "\u180E"];
    const present = words.filter((w) => NIJMEGEN.includes(w));
    expect(present.length).toBeGreaterThanOrEqual(3);
    fc.assert(
      fc.property(fc.constantFrom(...present), fc.nat(), fc.constantFrom(...hiddenChars), (word, i, hidden) => {
        const start = word.search(/\p{L}/u);
        const index = start + (i % (word.length - start));
        const { text } = disguise(word, index, hidden);
        expect(ruleFindings(text)).toEqual(BASE);
        expect(parse(text).findings.some((f) => f.messageId === "syntax.invisibleCharacter")).toBe(true);
      }),
      { numRuns: runs(60) },
    );
  });
});
