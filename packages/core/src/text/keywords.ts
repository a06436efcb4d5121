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
    // "II. ", "1. ", "A) ", and also "1.1 " (a section number with a dot inside needs no closing dot), and
    // "5 " before a word, as Word's and LibreOffice's heading numbering write it ("5 Financiën").
    .replace(/^\s*(?:(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])[.):]|\d+(?:\.\d+)+|\d{1,2}(?=\s+\p{L}))\s+/iu, "");
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
  if (sameWithoutSpaces(fa, fb)) return true;
  return Math.min(fa.length, fb.length) >= minLength && editDistance(fa, fb, 2) <= 2;
}

/** `a.replace(/ /g, "") === b.replace(/ /g, "")`, without the two copies (a rule compares every reference with every title). */
function sameWithoutSpaces(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && a.charCodeAt(i) === 32) i++;
    while (j < b.length && b.charCodeAt(j) === 32) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.charCodeAt(i++) !== b.charCodeAt(j++)) return false;
  }
}

/**
 * Levenshtein distance, bounded: returns `max + 1` as soon as the distance exceeds `max`. Only the cells
 * within `max` of the diagonal are computed (any path through another costs more than `max`), in two
 * rows kept between calls: the rules compare every reference with every title.
 */
export function editDistance(a: string, b: string, max = 3): number {
  const la = a.length;
  const lb = b.length;
  const over = max + 1;
  if (Math.abs(la - lb) > max) return over;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  if (rowA.length <= lb + 1) rowA = new Int32Array(2 * (lb + 2));
  if (rowB.length <= lb + 1) rowB = new Int32Array(2 * (lb + 2));
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= lb; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= la; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(lb, i + max);
    const ca = a.charCodeAt(i - 1);
    // Left of the band: the first column, or a cell more than `max` from the diagonal.
    cur[lo - 1] = lo === 1 ? i : over;
    let rowMin = cur[lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      const diagonal = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, diagonal);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // Right of the band: what the next row reads above its last cell.
    if (hi < lb) cur[hi + 1] = over;
    if (rowMin > max) return over;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[lb]!, over);
}
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

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
