/**
 * Looking for what a plan says, for the kwaliteit checks: its prose split into sentences with their
 * places, and sections found by the words in their headings. Matching is on folded text (case and
 * accents ignored) so "Veiligheidsmonitor" and "veiligheidsmonitor" count alike.
 */
import { indexArray, oldBlockOf, parseMemo, previousOf, shiftOf } from "../structure/previous.js";
import type { ParsedPlan, Section } from "../structure/types.js";
import type { Span } from "../text/positions.js";
import { memo } from "../structure/memo.js";

export interface Sentence {
  readonly text: string;
  readonly span: Span;
  /** The innermost section the sentence stands in. */
  readonly section?: Section;
  /** `text` as the word lists expect it ({@link low}). */
  readonly folded: string;
}

/** Prose as the word lists expect it: lower case, no accents, punctuation kept ("25%", "t/m", "zorg & veiligheid"). */
export const low = (s: string): string =>
  // Plain ASCII (most sentences) has no accents or curly quotes to take out: lower case is all.
  NON_ASCII.test(s) ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’‘]/g, "'") : s.toLowerCase();
const NON_ASCII = /[^\0-\x7f]/;

/**
 * A sentence folds its text when first asked, once: most sentences are never asked (the word lists
 * rule them out: woorden.ts). Its span, too, is made when first asked: the word lists and the
 * abbreviations read `start` and `end`, and a plan has thousands of sentences. A class, so that all
 * sentences share one shape.
 */
export class PlanSentence implements Sentence {
  #folded: string | undefined;
  #text: string | undefined;
  #span: Span | undefined;
  constructor(
    private readonly planText: string,
    readonly start: number,
    readonly end: number,
    readonly section: Section | undefined,
    /** Its place in {@link sentences}' list (word lists mark sentences by it: woorden.ts). */
    readonly index: number,
  ) {}
  get span(): Span {
    return (this.#span ??= { start: this.start, end: this.end });
  }
  /** Sliced when first asked: most sentences are only read through the word lists' marks. */
  get text(): string {
    return (this.#text ??= this.planText.slice(this.start, this.end));
  }
  /** A line break inside the sentence (a wrapped line) reads as a space: "per⏎jaar" is "per jaar". */
  get folded(): string {
    if (this.#folded === undefined) {
      const f = low(this.text);
      this.#folded = f.indexOf("\n") < 0 ? f : f.replace(/\r?\n/g, " ");
    }
    return this.#folded;
  }
}

/** A sentence's place in its plan's {@link sentences}, if it is one of them. */
export const sentenceIndex = (s: Sentence): number | undefined => (s instanceof PlanSentence ? s.index : undefined);

/** A plan's sentences, which block each began in, and which of the plan before an edit's sentences each is. */
interface SentencesOf {
  readonly all: readonly PlanSentence[];
  /** Block `b`'s sentences are `all[from[b] .. from[b + 1])`. */
  readonly from: readonly number[];
  /** Per sentence, the index of the same sentence in the plan before the edit, or -1 (./woorden.ts reuses its marks). */
  readonly was?: readonly number[];
}
const cache = memo<ParsedPlan, SentencesOf>("zinnen");

/** Every sentence of the plan's paragraphs, list items and quotes (not tables, code or comments). */
export function sentences(plan: ParsedPlan): readonly Sentence[] {
  return sentencesOf(plan).all;
}

/** {@link sentences} as they are made here, for the readers in this folder that read `start` and `end`. */
export function planSentences(plan: ParsedPlan): readonly PlanSentence[] {
  return sentencesOf(plan).all;
}

/**
 * For ./woorden.ts and ./afkortingen.ts: the plan before an edit and which of its sentences these are,
 * while that plan is kept (./structure/previous.ts).
 */
export function sentenceOrigin(plan: ParsedPlan): { readonly previous: ParsedPlan; readonly index: readonly number[] } | undefined {
  const index = sentencesOf(plan).was;
  // A plan's link to the plan before is set once, at its parse, and only ever cut (not replaced), so
  // while it is there it is the plan these sentences were matched with.
  const previous = previousOf(plan);
  return index && previous ? { previous, index } : undefined;
}

function sentencesOf(plan: ParsedPlan): SentencesOf {
  const known = cache.get(plan);
  if (known) return known;
  const out: PlanSentence[] = [];
  const from = indexArray(plan.blocks.length + 1);
  const origin = parseMemo(plan)?.origin;
  const previous = origin?.previous;
  const before = previous ? cache.get(previous) : undefined;
  // Per sentence, the old one it is (-1: new).
  const was: number[] | undefined = before ? [] : undefined;
  const sectionAt = sectionFinder(plan);
  const text = plan.text;
  for (let bi = 0; bi < plan.blocks.length; bi++) {
    const b = plan.blocks[bi]!;
    from[bi] = out.length;
    if (b.kind !== "paragraph" && b.kind !== "list" && b.kind !== "quote") continue;
    const section = sectionAt(b.span.start);
    const old = before ? oldBlockOf(origin!.reuse, bi) : -1;
    if (old >= 0) {
      // The same block as before the edit: the same sentences, moved with it.
      const d = shiftOf(origin!.reuse, bi);
      for (let k = before!.from[old]!; k < before!.from[old + 1]!; k++) {
        const then = before!.all[k]!;
        was!.push(k);
        out.push(new PlanSentence(text, then.start + d, then.end + d, section, out.length));
      }
      continue;
    }
    const end = b.span.end;
    const kind = b.kind;
    // A sentence ends at . ! ? (with any that follow) or at a line break that starts a list item or ends
    // a paragraph of a quote, but not at the dot of a number ("1.000 woningen", "3.1"); abbreviations
    // such as "o.a." may split one in two, which only makes a sentence shorter. Other line breaks are
    // soft, as Markdown reads them: a text wrapped by its editor ("is in de afgelopen periode⏎flink
    // gedaald") is one sentence. (One search for the next stop, not a regex match per sentence.)
    let i = b.span.start;
    while (i < end) {
      if (isStop(text.charCodeAt(i))) {
        i++;
        continue;
      }
      // test, not exec: no match array per sentence; a stop is one character, so it ends at lastIndex - 1.
      // The dot of a number ("1.000", "3.1") is passed over.
      STOP.lastIndex = i;
      let j = STOP.test(text) ? STOP.lastIndex - 1 : end;
      while (j < end && (text.charCodeAt(j) === NEWLINE ? !hardBreak(text, j, end, kind) : text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1)))) {
        STOP.lastIndex = j + 1;
        j = STOP.test(text) ? STOP.lastIndex - 1 : end;
      }
      if (j > end) j = end;
      else if (text.charCodeAt(j) !== NEWLINE) while (j < end && isStop(text.charCodeAt(j)) && text.charCodeAt(j) !== NEWLINE) j++;
      // Trimmed as String.prototype.trim trims, without slicing the piece to find out.
      let start = i;
      let stop = j;
      while (start < stop && isTrimmed(text.charCodeAt(start))) start++;
      while (stop > start && isTrimmed(text.charCodeAt(stop - 1))) stop--;
      if (stop - start >= 3) {
        was?.push(-1);
        out.push(new PlanSentence(text, start, stop, section, out.length));
      }
      i = j;
    }
  }
  from[plan.blocks.length] = out.length;
  const result: SentencesOf = { all: out, from, ...(was ? { was } : {}) };
  cache.set(plan, result);
  return result;
}

const NEWLINE = 10;

/**
 * Whether the line break at `j` ends a sentence: in a list, where the next line starts an item ("- ",
 * "* ", "+ ", "2. ", "3) ") or is blank; in a quote, also after its "> " marks. In a paragraph never:
 * Markdown reads a single line break there as a space.
 */
function hardBreak(text: string, j: number, end: number, kind: string): boolean {
  if (kind === "paragraph") return false;
  let k = j + 1;
  for (;;) {
    while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (kind !== "quote" || text.charCodeAt(k) !== 62) break;
    k++;
  }
  if (k >= end) return true;
  const c = text.charCodeAt(k);
  if (c === NEWLINE || c === 13) return true;
  const after = (at: number) => at >= end || text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9 || text.charCodeAt(at) === NEWLINE || text.charCodeAt(at) === 13;
  if (c === 45 || c === 42 || c === 43) return after(k + 1);
  let d = k;
  while (d < end && isDigit(text.charCodeAt(d))) d++;
  return d > k && d < end && (text.charCodeAt(d) === 46 || text.charCodeAt(d) === 41) && after(d + 1);
}
/** `.`, `!`, `?` and a line feed: where a sentence stops. */
const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === NEWLINE;
const STOP = /[.!?\n]/g;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** What `trim` takes off: white space and line terminators (ECMAScript's WhiteSpace and LineTerminator). */
const isTrimmed = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

function sectionFinder(plan: ParsedPlan): (offset: number) => Section | undefined {
  const all: Section[] = [];
  const walk = (ss: readonly Section[]) => {
    for (const s of ss) {
      all.push(s);
      walk(s.children);
    }
  };
  walk(plan.sections);
  // Sorted by start; the innermost around an offset is the last one starting before it that still spans it.
  all.sort((a, b) => a.span.start - b.span.start);
  return (offset) => {
    let best: Section | undefined;
    let lo = 0;
    let hi = all.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.span.start <= offset) {
        best = all[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let s = best; s; s = s.parent) if (offset < s.span.end) return s;
    return undefined;
  };
}

/** Sections, at any depth, whose heading keyword matches. */
export function sectionsWhere(plan: ParsedPlan, test: (keyword: string) => boolean): Section[] {
  const out: Section[] = [];
  const walk = (ss: readonly Section[]) => {
    for (const s of ss) {
      if (test(s.keyword)) out.push(s);
      walk(s.children);
    }
  };
  walk(plan.sections);
  return out;
}

/** Sentences in a section (and its subsections): a range of the plan's sentences, found by binary search. */
export function sentencesIn(plan: ParsedPlan, s: Section): readonly Sentence[] {
  const all = planSentences(plan);
  const first = (offset: number) => {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return all.slice(first(s.span.start), first(s.span.end));
}
