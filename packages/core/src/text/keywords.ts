/**
 * Keyword matching for headings and titles: Dutch policy writers (and OCR) vary case, accents,
 * apostrophes, chapter numbering and punctuation; the structure must not depend on any of that.
 */

import { readerText } from "./reader.js";

const DIACRITICS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, no accents, no apostrophes, punctuation folded to single spaces. */
export function foldText(s: string): string {
  // The rules fold the same titles and names many times per plan (and plans share them): remember the
  // last few thousand. Plain ASCII is folded in one pass, without normalisation.
  let folded = folds.get(s);
  if (folded === undefined) {
    folded = NON_ASCII.test(s) ? foldUnicode(s) : foldAscii(s);
    if (folds.size >= FOLD_CACHE_SIZE) folds.clear();
    // Both are copied: a title sliced from a plan (and its fold, often a slice of it) would otherwise
    // keep the whole plan's text alive.
    if (s.length <= FOLD_CACHE_MAX_LENGTH) folds.set(ownCopy(s), (folded = ownCopy(folded)));
  }
  return folded;
}

const FOLD_CACHE_SIZE = 4096;
const FOLD_CACHE_MAX_LENGTH = 200;
const folds = new Map<string, string>();

/** A string that shares no storage with `s` (V8 makes substrings views into their parent). */
function ownCopy(s: string): string {
  return ` ${s}`.slice(1);
}

function foldUnicode(s: string): string {
  // As a reader sees it first: a zero-width space or a Cyrillic "а" must not change the keyword.
  // Apostrophes go before compatibility decomposition, which would turn "´" into a space and an accent.
  return readerText(s.replace(APOSTROPHES, ""))
    .normalize("NFKD")
    .replace(DIACRITICS, "")
    .toLowerCase()
    .replace(APOSTROPHES, "")
    .replace(/[^a-z0-9&]+/g, " ")
    .trim();
}

const APOSTROPHES = /['’‘`´]/g;

/** The same for plain ASCII: runs of letters, digits and `&`, joined by single spaces; apostrophes vanish ("thema's" → "themas"). */
function foldAscii(s: string): string {
  const lower = s.toLowerCase();
  let out = "";
  let run = -1;
  let gap = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : -1;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 38) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0) {
      out = gap && out.length > 0 ? `${out} ${lower.slice(run, i)}` : out + lower.slice(run, i);
      run = -1;
      gap = false;
    }
    if (c !== 39 && c !== 96) gap = true;
  }
  return out;
}

/** Like `foldText`, and without a leading chapter number (`II.`, `1.`, `A.`, `Hoofdstuk 3:`) or Markdown emphasis. */
export function keyword(heading: string): string {
  const stripped = readerText(heading)
    .replace(/^[*_]+|[*_]+$/g, "")
    // "Hoofdstuk 3: Prioriteiten", "Deel 2 – Thema's", "Bijlage 3: Afkortingen" name the part as "3. Prioriteiten" does.
    .replace(/^\s*(?:hoofdstuk|deel|bijlage)\s+(?:\d+|[ivxlc]+|[a-z])\s*[.:–—-]?\s+/i, "")
    // "II. ", "1. ", "A) ", and also "1.1 " (a section number with a dot inside needs no closing dot).
    .replace(/^\s*(?:(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])[.):]|\d+(?:\.\d+)+)\s+/i, "");
  return foldText(stripped);
}

/** Compare two titles the way a reader would: case, accents, punctuation and a trailing period do not matter. */
/**
 * Items by their folded text, the first one for each (as `find` with {@link foldText} on both sides
 * would give, without folding every item once per lookup).
 */
export function indexByFoldedText<T>(items: readonly T[], textOf: (item: T) => string): Map<string, T> {
  const byText = new Map<string, T>();
  for (const item of items) {
    const k = foldText(textOf(item));
    if (!byText.has(k)) byText.set(k, item);
  }
  return byText;
}

export function sameTitle(a: string, b: string): boolean {
  return foldText(a) === foldText(b);
}

/** Titles that differ only in spacing (OCR's "Eenweerbare" against "Een weerbare"). */
export function sameIgnoringSpaces(a: string, b: string): boolean {
  return foldText(a).replace(/ /g, "") === foldText(b).replace(/ /g, "");
}

/**
 * Two folded titles ({@link foldText}) that differ only in spacing, or, both at least `minLength`
 * characters long, in at most two letters: a title misspelt, not another one.
 */
export function nearlySameFolded(fa: string, fb: string, minLength: number): boolean {
  if (fa.replace(/ /g, "") === fb.replace(/ /g, "")) return true;
  return Math.min(fa.length, fb.length) >= minLength && editDistance(fa, fb, 2) <= 2;
}

/** Levenshtein distance, bounded: returns `max + 1` as soon as the distance exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

const NUMBER_WORDS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
};

/** Reads "drie", "3" or "twee" as a number. */
export function readCount(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[foldText(word)] ?? NUMBER_WORDS[word.toLowerCase()];
}

export const COUNT_WORDS = Object.keys(NUMBER_WORDS);

/**
 * What kind of document a plan calls itself: "Integraal Veiligheidsplan", "Veiligheidsbeleid",
 * "Kadernota Integrale Veiligheid", "Nota Veiligheid", "Masterplan Integrale Veiligheid",
 * "Meerjarenprogramma Veiligheid", "IVB". Source text, in lower case: the importer reads titles and
 * predecessors with it (flag `i`), the kwaliteit checks folded sentences ("deze kadernota").
 */
export const PLAN_KIND = "(?:integra(?:al|le)\\s+)?veiligheids(?:plan|beleid|beleidsplan|kader|programma|agenda|nota)|(?:(?:kader|beleids)?nota|(?:master|beleids)plan|beleidskader|meerjarenprogramma)\\s+(?:integrale\\s+)?veiligheid|ivp|ivb";
