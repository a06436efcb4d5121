/**
 * Text as a reader sees it. A zero-width space, a soft hyphen, a bidi control or a Cyrillic "а" in a
 * Latin word is invisible on screen and in print, yet a plain comparison would no longer recognise
 * "Totaal" or "Financiën" — which would switch a check off without anyone seeing why. Structural
 * words are therefore read through {@link readerText}, and {@link unseenCharacters} says where such
 * characters are, so that the parser can report them at their position.
 */

/**
 * Characters that render as nothing: soft hyphen, combining grapheme joiner, Arabic letter mark,
 * Hangul fillers, Khmer inherent vowels, Mongolian vowel separator, zero-width space/non-joiner/joiner,
 * LRM/RLM, bidi embeddings and overrides, word joiner and invisible operators, bidi isolates,
 * deprecated format characters, a BOM inside the text, variation selectors, and tag characters.
 */
const INVISIBLE_CLASS =
  "\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\u{E0000}-\\u{E007F}";
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, "gu");

/** Cyrillic and Greek letters that look exactly like a Latin letter in the usual fonts. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  "\u0430": "a", "\u0435": "e", "\u043E": "o", "\u0440": "p", "\u0441": "c", "\u0443": "y", "\u0445": "x",
  "\u0455": "s", "\u0456": "i", "\u0458": "j", "\u04BB": "h", "\u0501": "d", "\u051B": "q", "\u051D": "w", "\u04CF": "l",
  "\u0410": "A", "\u0412": "B", "\u0415": "E", "\u041A": "K", "\u041C": "M", "\u041D": "H", "\u041E": "O", "\u0420": "P",
  "\u0421": "C", "\u0422": "T", "\u0425": "X", "\u0423": "Y", "\u0405": "S", "\u0406": "I", "\u0408": "J", "\u04C0": "I",
  // Greek
  "\u03BF": "o", "\u03BD": "v", "\u03B9": "i", "\u03BA": "k", "\u03C1": "p",
  "\u0391": "A", "\u0392": "B", "\u0395": "E", "\u0396": "Z", "\u0397": "H", "\u0399": "I", "\u039A": "K", "\u039C": "M",
  "\u039D": "N", "\u039F": "O", "\u03A1": "P", "\u03A4": "T", "\u03A5": "Y", "\u03A7": "X",
};
const LOOK_ALIKE_CLASS = Object.keys(LOOK_ALIKES).join("");
/** A word (letters, with invisible characters inside it) that holds at least one look-alike. */
const WORD_WITH_LOOK_ALIKE = new RegExp(`[\\p{L}\\p{M}${INVISIBLE_CLASS}]*[${LOOK_ALIKE_CLASS}][\\p{L}\\p{M}${INVISIBLE_CLASS}]*`, "gu");
const LATIN_OR_LOOK_ALIKE = new RegExp(`^[\\p{Script=Latin}\\p{M}${LOOK_ALIKE_CLASS}${INVISIBLE_CLASS}]+$`, "u");
const NON_ASCII = /[^\x00-\x7f]/;
const SUSPECT = new RegExp(`[${INVISIBLE_CLASS}${LOOK_ALIKE_CLASS}]`, "u");

/**
 * A word is read as Latin when every letter in it is Latin or looks exactly like one: "Fin\u0430nciën"
 * is "Financiën" to a reader. A word with any other Cyrillic or Greek letter is left alone (it is Russian
 * or Greek, not a disguised Dutch word).
 */
function isDisguisedLatin(word: string): boolean {
  return LATIN_OR_LOOK_ALIKE.test(word);
}

/** Without invisible characters, compatibility forms folded (NFKC: "ﬁ" → "fi", "Ｔ" → "T") and look-alikes in Latin words made Latin. */
export function readerText(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  if (!SUSPECT.test(s)) return s.normalize("NFKC");
  const latin = s.replace(WORD_WITH_LOOK_ALIKE, (w) => (isDisguisedLatin(w) ? [...w].map((c) => LOOK_ALIKES[c] ?? c).join("") : w));
  return latin.replace(INVISIBLE, "").normalize("NFKC");
}

/** Whether `s` holds a character that {@link unseenCharacters} would report (a cheap first test). */
export function mayHideCharacters(s: string): boolean {
  return SUSPECT.test(s);
}

export interface UnseenCharacter {
  /** Offset in the string given (UTF-16). */
  readonly offset: number;
  readonly length: number;
  readonly kind: "invisible" | "lookAlike";
  /** The code point, written U+XXXX. */
  readonly codePoint: string;
  /** What a reader sees instead: "" for an invisible character, the Latin letter for a look-alike. */
  readonly replacement: string;
  /** The word it sits in, as a reader sees it. */
  readonly word: string;
}

const WORD_AROUND = new RegExp(`[\\p{L}\\p{M}\\p{N}${INVISIBLE_CLASS}]+`, "gu");

const IS_INVISIBLE = new RegExp(`^[${INVISIBLE_CLASS}]$`, "u");

/** The invisible characters and the look-alikes (in words that are otherwise Latin) in `s`, in order. */
export function unseenCharacters(s: string): UnseenCharacter[] {
  const out: UnseenCharacter[] = [];
  if (!SUSPECT.test(s)) return out;
  const add = (offset: number, c: string, kind: UnseenCharacter["kind"], word: string) =>
    out.push({
      offset,
      length: c.length,
      kind,
      codePoint: `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`,
      replacement: kind === "invisible" ? "" : LOOK_ALIKES[c]!,
      word: readerText(word),
    });
  const reported = new Set<number>();
  for (const m of s.matchAll(WORD_AROUND)) {
    const word = m[0];
    if (!SUSPECT.test(word)) continue;
    const disguised = isDisguisedLatin(word);
    let at = m.index;
    for (const c of word) {
      const kind = IS_INVISIBLE.test(c) ? "invisible" : disguised && LOOK_ALIKES[c] !== undefined ? "lookAlike" : undefined;
      if (kind) {
        add(at, c, kind, word);
        reported.add(at);
      }
      at += c.length;
    }
  }
  // Invisible characters between words (a zero-width space after "Totaal", a bidi override before it).
  for (const m of s.matchAll(INVISIBLE)) if (!reported.has(m.index)) add(m.index, m[0], "invisible", wordNear(s, m.index, m[0].length));
  return out.sort((a, b) => a.offset - b.offset);
}

function wordNear(s: string, at: number, length: number): string {
  const before = /[\p{L}\p{N}]+\s*$/u.exec(s.slice(Math.max(0, at - 40), at))?.[0] ?? "";
  const after = /^\s*[\p{L}\p{N}]+/u.exec(s.slice(at + length, at + length + 40))?.[0] ?? "";
  return readerText(`${before}${after}`).trim();
}
