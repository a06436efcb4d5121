/**
 * Word lists searched in one pass over the plan. Each kwaliteit word list is a regex that decides,
 * plus trigger words: one of them stands in every match. Trying a list's regex on every sentence costs
 * a scan of the plan per list (about 0.15 ms for a 45 KB plan, each); instead one automaton
 * (Aho–Corasick) over all lists' triggers reads the plan's text once, as folded, and marks per sentence
 * the lists whose triggers it holds. A list's regex then runs only on the few sentences marked for it.
 *
 * Sound by construction: a match lies inside its sentence, so does the trigger inside the match, and
 * the scan of that sentence reports every trigger in it. `kwaliteit-woorden.test.ts` checks that every
 * list's triggers stand in every string its regex matches.
 */
import type { ParsedPlan } from "../structure/types.js";
import { low, planSentences, sentenceIndex, sentenceOrigin, sentences, type Sentence } from "./tekst.js";
import { memo } from "../structure/memo.js";

export interface WordList {
  /** Decides, on a sentence's folded text. Never global or sticky: `test` must not keep state. */
  readonly re: RegExp;
  /** Lower-case letters, digits and spaces; every match of `re` contains one of them. */
  readonly triggers: readonly string[];
  readonly bit: number;
}

const lists: WordList[] = [];
let automaton: Automaton | undefined;

/** Declares a list; at module level, so that the automaton is built once over all of them. */
export function wordList(re: RegExp, triggers: readonly string[]): WordList {
  if (re.global || re.sticky) throw new Error(`word list ${re}: global or sticky regexes keep state between tests`);
  for (const t of triggers) if (!/^[a-z0-9 ]+$/.test(t)) throw new Error(`word list ${re}: trigger ${JSON.stringify(t)} is not lower-case letters, digits and spaces`);
  const list: WordList = { re, triggers, bit: lists.length };
  lists.push(list);
  automaton = undefined;
  return list;
}

/** Every list declared so far (for the tests). */
export const wordLists = (): readonly WordList[] => lists;

/**
 * Whether a list's regex matches a sentence of the plan: by the one-pass marks for the plan's own
 * sentences. The marks are looked up once, here, not once per sentence (a plan has thousands, and a
 * lookup per sentence and list was a measurable part of an edit).
 */
export function sentenceTester(plan: ParsedPlan): (s: Sentence, list: WordList) => boolean {
  const marks = marksOf(plan);
  return (s, list) => has(marks, s, list);
}

function has(marks: Marks | undefined, s: Sentence, list: WordList): boolean {
  const i = sentenceIndex(s);
  // A list declared after the plan was marked has no marks of its own there: its regex decides.
  if (i !== undefined && marks && list.bit < marks.lists) return (marks.bits[i * marks.words + (list.bit >> 5)]! & (1 << (list.bit & 31))) !== 0 && decided(marks, i, list, s);
  return list.re.test(s.folded);
}

/**
 * The list's regex on a marked sentence, asked once per plan and kept in the marks; a sentence that
 * was in the plan before an edit keeps its answer too, so an edit in the language server folds and
 * tests only the sentences it touched (on a ~1 MB plan the regexes on unchanged sentences were the
 * largest cost of an edit).
 */
function decided(marks: Marks, k: number, list: WordList, s: Sentence): boolean {
  const at = k * marks.words + (list.bit >> 5);
  const bit = 1 << (list.bit & 31);
  const { bits, size } = marks;
  if ((bits[size + at]! & bit) !== 0) return (bits[2 * size + at]! & bit) !== 0;
  const yes = list.re.test(s.folded);
  bits[size + at]! |= bit;
  if (yes) bits[2 * size + at]! |= bit;
  return yes;
}

/** The first of the plan's sentences (or of `among`, a range of them) that the list's regex matches. */
export function firstSentence(plan: ParsedPlan, list: WordList, among: readonly Sentence[] = sentences(plan), also: (s: Sentence) => boolean = () => true): Sentence | undefined {
  const marks = marksOf(plan);
  if (marks && list.bit < marks.lists && among === sentences(plan)) {
    // All the plan's sentences: straight down the marks, without a lookup per sentence.
    const word = list.bit >> 5;
    const bit = 1 << (list.bit & 31);
    for (let k = 0; k < among.length; k++) {
      if ((marks.bits[k * marks.words + word]! & bit) === 0) continue;
      const s = among[k]!;
      if (decided(marks, k, list, s) && also(s)) return s;
    }
    return undefined;
  }
  for (const s of among) if (has(marks, s, list) && also(s)) return s;
  return undefined;
}

// ── The marks ────────────────────────────────────────────────────────────────────────────────────────

/** Per sentence (by its index), `words` 32-bit words of list bits, for the first `lists` lists declared. */
interface Marks {
  /**
   * Three tables of `size` words each, in one buffer (one allocation per plan): the marks from 0, then
   * in the same layout the lists whose regex was tried on the sentence and those it matched
   * ({@link decided}).
   */
  readonly bits: Uint32Array;
  readonly size: number;
  readonly words: number;
  readonly lists: number;
}
const marksCache = memo<ParsedPlan, Marks | null>("woorden");

function marksOf(plan: ParsedPlan): Marks | undefined {
  let marks = marksCache.get(plan);
  if (marks === undefined) {
    marks = mark(plan);
    marksCache.set(plan, marks);
  }
  return marks ?? undefined;
}

function mark(plan: ParsedPlan): Marks | null {
  const text = plan.text;
  const all = planSentences(plan);
  if (all.length === 0) return null;
  const a = (automaton ??= build(lists));
  const words = a.words;
  const size = all.length * words;
  const marks = new Uint32Array(3 * size);
  // A sentence that was in the plan before an edit has the marks it had there.
  const was = sentenceOrigin(plan);
  const previous = was?.previous;
  const before = previous ? marksCache.get(previous) : undefined;
  const same = before && before.words === words && before.lists === lists.length ? before : undefined;
  // Only the sentences are read (not tables, headings or front matter), each from the automaton's
  // start: a trigger never spans two of them.
  const index = same ? was!.index : undefined;
  for (let k = 0; k < all.length; k++) {
    const o = index ? index[k]! : -1;
    if (o >= 0) {
      // A run of sentences that follow each other here and there: one copy.
      let run = 1;
      while (k + run < all.length && index![k + run] === o + run) run++;
      for (let table = 0; table < 3; table++) {
        marks.set(same!.bits.subarray(table * same!.size + o * words, table * same!.size + (o + run) * words), table * size + k * words);
      }
      k += run - 1;
      continue;
    }
    const { start, end } = all[k]!;
    if (!markSentence(text, start, end, a, marks, k * words)) return null;
  }
  return { bits: marks, size, words, lists: lists.length };
}

/**
 * Runs the automaton over one sentence and ors the lists it finds into `marks` from `at` on; false
 * when a character folds to more than one (the plan then falls back to the regexes). A function of
 * its own, called per sentence: as a loop inside {@link mark}, which runs once per plan, V8 optimised
 * only the loop (on-stack replacement), and that code bailed out at the end of every plan
 * (`node --trace-deopt` on the CLI over 1,000 plans: 32 deoptimisations of `mark`, now none; the run's
 * time did not measurably change).
 */
function markSentence(text: string, start: number, end: number, a: Automaton, marks: Uint32Array, at: number): boolean {
  const { delta, out, outFrom, words } = a;
  let state = 0;
  for (let i = start; i < end; i++) {
    const u = text.charCodeAt(i);
    let symbol = SYMBOL[u]!;
    if (symbol >= ROW) {
      if (symbol === UNKNOWN) symbol = SYMBOL[u] = symbolOf(u);
      if (symbol === BAIL) return false;
    }
    state = delta[(state << SHIFT) | symbol]!;
    // States are numbered so that those where a trigger ends come last: one comparison per character.
    if (state < outFrom) continue;
    for (let w = 0; w < words; w++) marks[at + w]! |= out[state * words + w]!;
  }
  return true;
}

// ── The symbols the automaton reads: the plan's text as the folded text has it ──────────────────────

/**
 * The scan reads the plan's own text, not its folded copy: each code unit stands for the character it
 * folds to ({@link low}), so "É" is read as "e", and a combining accent, which folding drops, is
 * skipped. Lower-case letters and the space each have a symbol; all digits share one (every digit is
 * a trigger where one is, so a trigger such as "20" reads as two digits: it marks more sentences, never
 * fewer); a line break is a space and a carriage return is skipped, as a sentence's folded text has
 * them (tekst.ts); every other character is OTHER, which no trigger has. A character that folds to more than one
 * (rare) makes the plan fall back to the regexes on every sentence.
 */
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const OTHER = 0;
const DIGIT = 1;
const SPACE = 2;
const FIRST_LETTER = 3;
/** A combining accent: every state goes to itself on it, as if it were not there. */
const SKIP = FIRST_LETTER + LETTERS.length;
const SYMBOLS = SKIP + 1;
const SHIFT = 5;
/** A state's row in the table: 2^SHIFT ≥ SYMBOLS. Symbol values from here on are not symbols. */
const ROW = 1 << SHIFT;
const BAIL = 0xfe;
const UNKNOWN = 0xff;
/** Per UTF-16 code unit, filled as units are first seen (folding a character once costs a normalisation). */
const SYMBOL = new Uint8Array(0x10000).fill(UNKNOWN);

function asciiSymbol(c: number): number {
  if (c >= 97 && c <= 122) return FIRST_LETTER + c - 97;
  if (c >= 48 && c <= 57) return DIGIT;
  // A line break inside a sentence (a wrapped line) folds to a space, and "\r\n" to one (tekst.ts).
  if (c === 32 || c === 10) return SPACE;
  return c === 13 ? SKIP : OTHER;
}

function symbolOf(u: number): number {
  if (u < 128) return asciiSymbol(u >= 65 && u <= 90 ? u + 32 : u);
  // A surrogate half: an astral character never folds to ASCII.
  if (u >= 0xd800 && u <= 0xdfff) return OTHER;
  const f = low(String.fromCharCode(u));
  if (f === "") return SKIP;
  if (f.length !== 1) return BAIL;
  const c = f.charCodeAt(0);
  return c < 128 ? asciiSymbol(c) : OTHER;
}

function triggerSymbols(t: string): number[] {
  return [...t].map((ch) => asciiSymbol(ch.charCodeAt(0)));
}

// ── Aho–Corasick over those symbols ──────────────────────────────────────────────────────────────────

interface Automaton {
  /** Next state per state and symbol: `delta[state << SHIFT | symbol]`. */
  readonly delta: Uint16Array;
  /** Per state, the lists whose triggers end there: `words` 32-bit words per state. */
  readonly out: Uint32Array;
  readonly words: number;
  /** States from this number on are those where a trigger ends. */
  readonly outFrom: number;
}

function build(all: readonly WordList[]): Automaton {
  // Typed arrays and one pass each, no Maps or sorting: the automaton is built at a run's first plan,
  // while the code is still cold, so its cost adds to the CLI's start-up.
  const words = Math.max(1, Math.ceil(all.length / 32));
  let most = 1;
  for (const list of all) for (const t of list.triggers) most += t.length;
  // The trie: next[state << SHIFT | symbol], -1 where there is none; state 0 is the root.
  const next = new Int32Array(most << SHIFT).fill(-1);
  const out = new Uint32Array(most * words);
  let n = 1;
  for (const list of all) {
    for (const t of list.triggers) {
      let s = 0;
      for (const c of triggerSymbols(t)) {
        if (next[(s << SHIFT) | c]! === -1) next[(s << SHIFT) | c] = n++;
        s = next[(s << SHIFT) | c]!;
      }
      out[s * words + (list.bit >> 5)]! |= 1 << (list.bit & 31);
    }
  }
  // Breadth first, so that a state's failure state is complete before the state itself: the missing
  // transitions become those of the failure state, and a state also reports what its failure state does.
  const delta = new Int32Array(n << SHIFT);
  const fail = new Int32Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let c = 0; c < SYMBOLS; c++) {
    const t = next[c]!;
    delta[c] = t === -1 ? 0 : t;
    if (t !== -1) queue[tail++] = t;
  }
  for (let head = 0; head < tail; head++) {
    const s = queue[head]!;
    const f = fail[s]!;
    for (let w = 0; w < words; w++) out[s * words + w]! |= out[f * words + w]!;
    for (let c = 0; c < SYMBOLS; c++) {
      const t = next[(s << SHIFT) | c]!;
      if (t === -1) delta[(s << SHIFT) | c] = delta[(f << SHIFT) | c]!;
      else {
        fail[t] = delta[(f << SHIFT) | c]!;
        delta[(s << SHIFT) | c] = t;
        queue[tail++] = t;
      }
    }
  }
  for (let st = 0; st < n; st++) delta[(st << SHIFT) | SKIP] = st;
  return renumber(delta, out, words, n);
}

/** The same automaton with the states where a trigger ends numbered last (the root stays 0: no trigger is empty). */
function renumber(delta: Int32Array, out: Uint32Array, words: number, n: number): Automaton {
  const hasOut = new Uint8Array(n);
  let withOut = 0;
  for (let st = 0; st < n; st++) {
    for (let w = 0; w < words; w++) if (out[st * words + w] !== 0) hasOut[st] = 1;
    withOut += hasOut[st]!;
  }
  const outFrom = n - withOut;
  const number = new Int32Array(n);
  let plain = 0;
  let marked = outFrom;
  for (let st = 0; st < n; st++) number[st] = hasOut[st] ? marked++ : plain++;
  const d = new Uint16Array(n << SHIFT);
  const o = new Uint32Array(n * words);
  for (let old = 0; old < n; old++) {
    const now = number[old]!;
    for (let c = 0; c < ROW; c++) d[(now << SHIFT) | c] = number[delta[(old << SHIFT) | c]!]!;
    for (let w = 0; w < words; w++) o[now * words + w] = out[old * words + w]!;
  }
  return { delta: d, out: o, words, outFrom };
}
