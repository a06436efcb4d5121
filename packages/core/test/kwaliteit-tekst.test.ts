/**
 * The sentences the kwaliteit checks read, and their folded text. Both take faster paths than their
 * plain definitions (a loop over the characters instead of a regex; lower case alone for ASCII text);
 * both must give what the plain definitions give.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { low, sentences } from "../src/kwaliteit/tekst.js";
import { COMMON_ABBREVIATIONS, unexplainedAbbreviations } from "../src/kwaliteit/afkortingen.js";
import { parse } from "../src/parse.js";
import { runs } from "./hardening/support.js";

/**
 * The plain definition: per paragraph, list or quote, the matches of one regex, trimmed, 3 characters or
 * more. A dot between two digits ("1.000", "3.1") is part of a number, not a stop. A line break is a stop
 * only where it starts a list item or a blank line (in a list, or in a quote after its "> " marks); the
 * other line breaks are soft (a wrapped line goes on with the sentence) and are read as a letter.
 */
const HARD_BREAK: Record<string, RegExp> = {
  list: /\n[ \t]*(?:$|[\r\n]|[-*+](?=[ \t\r\n]|$)|\d+[.)](?=[ \t\r\n]|$))/y,
  quote: /\n(?:[ \t]*>)*[ \t]*(?:$|[\r\n]|[-*+](?=[ \t\r\n]|$)|\d+[.)](?=[ \t\r\n]|$))/y,
};
function reference(text: string) {
  const out: { text: string; start: number; end: number }[] = [];
  for (const b of parse(text).blocks) {
    if (b.kind !== "paragraph" && b.kind !== "list" && b.kind !== "quote") continue;
    const raw = text.slice(b.span.start, b.span.end);
    const hard = HARD_BREAK[b.kind];
    const soft = raw.replace(/\n/g, (nl, at: number) => {
      if (!hard) return "\u0001";
      hard.lastIndex = at;
      return hard.test(raw) ? nl : "\u0001";
    });
    // A soft break does not start a sentence (as a stop does not).
    const re = /(?:[^.!?\n\u0001]|(?<=\d)\.(?=\d))(?:[^.!?\n]|(?<=\d)\.(?=\d))*(?:[.!?]+|$)/gm;
    for (let m = re.exec(soft); m; m = re.exec(soft)) {
      const t = raw.slice(m.index, m.index + m[0].length).trim();
      if (t.length < 3) continue;
      const start = b.span.start + m.index + m[0].length - raw.slice(m.index, m.index + m[0].length).trimStart().length;
      out.push({ text: t, start, end: start + t.length });
    }
  }
  return out;
}

const plainLow = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’‘]/g, "'");

describe("kwaliteit: sentences", () => {
  it("splits prose as the plain definition does (property)", () => {
    const unit = fc.constantFrom("Wij", " ", "a", "é", ".", "..", "!", "?", "?!", "\n", "\r\n", "\r", "\u2028", "\u00a0", "\u1680", "\u200a", "\u200b", "\u3000", "\ufeff", "\u0085", "\v", "\f", "- ", "1. ", "> ", "o.a.", "\n\n", "# Kop\n", "\t", "1", "1.000", "3.1", ".5");
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

/** The plain definition of the abbreviations search: each sentence's own text, searched on its own. */
function abbreviationsPerSentence(text: string) {
  const plan = parse(text);
  const explained = new Set<string>();
  const firstUse = new Map<string, { start: number; end: number }>();
  for (const s of sentences(plan)) {
    // A sentence set in capitals holds words, not abbreviations.
    const upper = (s.text.match(/[A-Z]/g) ?? []).length;
    const lower = (s.text.match(/[a-z]/g) ?? []).length;
    if (lower * 10 <= upper && (s.text.match(/\b[A-Z]{2,}\b/g) ?? []).length >= 2 && /[A-Z]{4,}/.test(s.text)) continue;
    for (const m of s.text.matchAll(/\b[A-Z][A-Z0-9&]*[A-Z0-9](?:['’]s)?\b/g)) {
      const abbr = m[0].replace(/['’]s$/, "");
      if (abbr.length < 2 || abbr.length > 8 || /^\d/.test(abbr) || COMMON_ABBREVIATIONS.has(abbr) || !/[A-Z].*[A-Z0-9]/.test(abbr)) continue;
      const before = s.text.slice(Math.max(0, m.index - 60), m.index);
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (
        /\(\s*$/.test(before) ||
        /^\s*\(/.test(after) ||
        /\b(?:zogeheten|zogenaamde?|ofwel|oftewel|afgekort|kortweg|ook wel:?|(?:hierna|verder)(?: te noemen)?:?)\s+$/i.test(before) ||
        /\((?:hierna|verder|ook wel|kortweg|afgekort)\b[^()]*$/i.test(before) ||
        /^['’]?s?:?\s+(?:staat\s+voor(?:\s*:|\s+["“‘'«]?[A-Z])|betekent\b|is\s+(?:de\s+)?afkorting\s+(?:van|voor)\b)/.test(after)
      )
        explained.add(abbr);
      if (!firstUse.has(abbr)) firstUse.set(abbr, { start: s.span.start + m.index, end: s.span.start + m.index + abbr.length });
    }
  }
  return [...firstUse].filter(([a]) => !explained.has(a)).map(([abbr, span]) => ({ abbr, span }));
}

describe("kwaliteit: abbreviations", () => {
  it("one search of the whole text finds what a search of each sentence finds (property)", () => {
    const unit = fc.constantFrom("RIEC", "VTH", "NGO's", "B&W", "A1", "AB", "ABC.DEF", "(", ")", " (RIEC)", "zogeheten ", "(hierna: ", "hierna te noemen ", ", kortweg ", " staat voor: ", " betekent ", "Wij", " ", ".", "\n", "\n- ", "# KOP ABC\n", "| AB | CD |\n", "SAMEN DOEN! ", "o.a.", "’s", "’", "É", "\t", "2024", "\n\n");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 50 }), (units) => {
        const text = units.join("");
        expect(unexplainedAbbreviations(parse(text)).unexplained).toEqual(abbreviationsPerSentence(text));
      }),
      { numRuns: runs(2000) },
    );
  });
});
