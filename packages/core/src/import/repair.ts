/**
 * OCR repairs, made only where they are unambiguous, each one reported:
 * - glued words ("Eenweerbare", "erimmers"… as OCR joins them), split only where one part is a
 *   function word that does not start or end Dutch compounds in this position, the other part occurs
 *   on its own elsewhere in the same document, and the glued form occurs nowhere else;
 * - a trema read as an acute accent ("Financién");
 * - lost trema's on words that do not exist without one ("casuistiek", "geinvesteerd");
 * - a letter misread as a digit or the other way round where no Dutch word is written so ("0ok");
 * - "ll" at a word's start (no Dutch word begins so; OCR's reading of "Il");
 * - doubled apostrophes ("thema'’s");
 * - small capitals with their large initial set apart ("K ADERNOTA I NTEGRALE V EILIGHEID"), in text
 *   wholly in capitals with two such words or more, and a year range broken after its dash ("2019- 2022").
 * Amounts and numbers are never touched.
 */
import type { DocBlock, ReaderNote } from "./document.js";

const WORD = /[\p{L}’']+/gu;
/** A capital on its own before a word in capitals: small capitals' large initial, as PDF text sets it apart. */
const SMALL_CAPS = /(?<!\p{L})(\p{Lu}) (\p{Lu}{2,})(?!\p{L})/gu;
// Articles that OCR glues to the next word: "Een weerbare" → "Eenweerbare". Not "er", "al", "in":
// "erbij", "altijd", "ingrijpen" are words.
const GLUED_FIRST = new Set(["een", "het"]);
// Short words glued to the previous one: "terugin", "Telkensis". Not when the first part is a
// pronominal adverb ("hierin", "waaris" would be "hier in" only sometimes).
const GLUED_LAST = new Set(["in", "is"]);
const NOT_BEFORE_LAST: Readonly<Record<string, ReadonlySet<string>>> = {
  in: new Set(["hier", "daar", "waar", "er", "door", "voor", "be", "ge", "ver", "ont", "her", "ter"]),
  is: new Set(["be", "ge", "ver", "ont", "her"]),
};
/** Words that look glued but are written so. */
const WRITTEN_TOGETHER = new Set(["eenieder", "eenmaal", "eenmalig", "eenheid", "eenheden", "eenzaam", "eenzaamheid", "eenvoud", "eenvoudig", "eenduidig", "eenzijdig", "eenling", "eenmaking", "hetgeen", "hetzij", "hetwelk", "hetzelfde"]);

/** Stems that are never written without their trema (a diaeresis separates the vowels). */
const TREMA: readonly (readonly [RegExp, string])[] = [
  [/\b(ge|be|her|ge)i(nvest|ntegr|nteress|nform|nspir|ntroduc|nstall|nterpret|nvloed|ndustrial|ntimid|dentific|nitieer|nventari)/giu, "$1ï$2"],
  [/\bbei(nvloed)/giu, "beï$1"],
  [/\b(casu)i(st)/giu, "$1ï$2"],
  [/\b(na)i(ef|eve|viteit)/giu, "$1ï$2"],
  [/\b(ego)i(s)/giu, "$1ï$2"],
  [/\b(co)o(rdin|perat)/giu, "$1ö$2"],
  [/\b(re)i(ntegr)/giu, "$1ï$2"],
  [/\b(ide)ee(n)\b/giu, "$1eë$2"],
];

export function repairOcr(blocks: readonly DocBlock[]): { blocks: DocBlock[]; notes: ReaderNote[] } {
  const counts = new Map<string, number>();
  const visit = (t: string) => {
    for (const w of t.match(WORD) ?? []) counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
  };
  for (const b of blocks) for (const t of textsOf(b)) visit(t);
  const notes: ReaderNote[] = [];
  const fix = (t: string, b: DocBlock) => repairText(t, counts, (from, to) => notes.push({ kind: "repaired", messageId: "import.hersteld", data: { van: from, naar: to }, origin: b.origin }));
  const out = blocks.map((b): DocBlock => {
    switch (b.kind) {
      case "heading":
      case "paragraph":
      case "footnote":
        return { ...b, text: fix(b.text, b) };
      case "list":
        return { ...b, items: b.items.map((i) => fix(i, b)) };
      case "table":
        // Only the labels: the amounts stay exactly as printed.
        return { ...b, rows: b.rows.map((r) => r.map((c, i) => (i === 0 ? fix(c, b) : c))) };
    }
  });
  return { blocks: out, notes };
}

function textsOf(b: DocBlock): readonly string[] {
  switch (b.kind) {
    case "list":
      return b.items;
    case "table":
      return b.rows.map((r) => r[0] ?? "");
    default:
      return [b.text];
  }
}

export function repairText(text: string, counts: ReadonlyMap<string, number>, report: (from: string, to: string) => void): string {
  let t = text;
  if (!/\p{Ll}/u.test(t) && (t.match(SMALL_CAPS) ?? []).length >= 2) {
    t = t.replace(SMALL_CAPS, (m, initial: string, rest: string) => {
      report(m, initial + rest);
      return initial + rest;
    });
  }
  t = t.replace(/\b((?:19|20)\d{2})- ((?:19|20)\d{2})\b/g, (m, a: string, b: string) => {
    report(m, `${a}-${b}`);
    return `${a}-${b}`;
  });
  t = t.replace(/(\p{L})['’]['’](s\b)/gu, (m, a: string, s: string) => {
    report(m, `${a}’${s}`);
    return `${a}’${s}`;
  });
  t = t.replace(/\b0([a-z]{2,})\b/g, (m, rest: string) => {
    report(m, `O${rest}`);
    return `O${rest}`;
  });
  t = t.replace(/(^|[\s("‘“])ll([a-z]{2,})/gu, (m, pre: string, rest: string) => {
    report(m.trim(), `Il${rest}`);
    return `${pre}Il${rest}`;
  });
  // OCR reads the trema on e as an acute: "Financién", "strategieén". Dutch writes é after a vowel
  // inside a word nowhere ("één" has é after a space or an é).
  t = t.replace(/(\p{L}*[aeio])é(?=\p{L})(\p{L}*)/gu, (m: string) => {
    const out = m.replace(/([aeio])é(?=\p{L})/gu, "$1ë");
    if (out !== m) report(m, out);
    return out;
  });
  t = t.replace(/\p{L}{4,}/gu, (w) => {
    let out = w;
    for (const [re, to] of TREMA) out = out.replace(re, to);
    if (out !== w) report(w, out);
    return out;
  });
  return t.replace(/[\p{L}]{4,}/gu, (w) => {
    const split = splitGlued(w, counts);
    if (split) report(w, split);
    return split ?? w;
  });
}

function splitGlued(w: string, counts: ReadonlyMap<string, number>): string | undefined {
  const lower = w.toLowerCase();
  if (WRITTEN_TOGETHER.has(lower)) return undefined;
  // A capital inside the word is not a glued pair of ordinary words (names, "ODRN").
  if (/\p{Lu}/u.test(w.slice(1))) return undefined;
  // An article glued on may recur (a pillar's list item and its heading); a short word may not.
  if ((counts.get(lower) ?? 0) > 3) return undefined;
  for (const first of GLUED_FIRST) {
    const rest = lower.slice(first.length);
    if (lower.startsWith(first) && rest.length >= 3 && (counts.get(rest) ?? 0) >= 1) return `${w.slice(0, first.length)} ${w.slice(first.length)}`;
  }
  if ((counts.get(lower) ?? 0) > 1) return undefined;
  for (const last of GLUED_LAST) {
    const head = lower.slice(0, -last.length);
    if (lower.endsWith(last) && head.length >= 2 && !NOT_BEFORE_LAST[last]!.has(head) && (counts.get(head) ?? 0) >= 1) {
      return `${w.slice(0, -last.length)} ${w.slice(-last.length)}`;
    }
  }
  return undefined;
}
