/**
 * A document's table of contents ("Inhoudsopgave"), as text and PDF readers give it. Its entries are the
 * document's headings again, in the same order, before the body starts: "3.1 Prioriteit 1: Zorg en
 * veiligheid 6", "Inleiding ..... 2", "Hoofdstuk 1. Inleiding pag. 4", several run together on one line,
 * or without page numbers at all (web and CVDR publications: "• 1." / "Een nieuw veiligheidsplan"; Word
 * documents whose contents field was converted to text). Read as headings they would double every
 * chapter, give the plan themes from the contents and push the real body levels down, so the entries
 * become one list, every word of their titles kept and each page number left out and reported.
 */
import type { DocBlock, ListBlock } from "./document.js";
import type { ImportNote } from "./report.js";
import { foldText, keyword } from "../text/keywords.js";

/** The heading a table of contents stands under (a page number after it is its own entry's). */
const CONTENTS_HEADING = /^(?:inhoud|inhoudsopgave|inhoudstafel|inhoudsoverzicht)(?: \d{1,3})?$/;
/** Whether a heading is the table of contents' own ("Inhoudsopgave"). */
export const isContentsHeading = (text: string): boolean => CONTENTS_HEADING.test(foldText(text));
/**
 * An entry with a page: a title with a letter in it, dot leaders or spaces, and a page number of at most
 * three digits, also written "pag. 4", "blz. 4", "p. 4".
 */
const ENTRY = /^(.*?\p{L}.*?)(?:\s*[.·…_]{2,}\s*|\s+)((?:pag(?:ina)?\.?|blz\.?|p\.)?\s*(\d{1,3}))$/iu;
/** A title that ends in its own number, not a page's ("Bijlage 2", "Prioriteit 3"). */
const NUMBERED_WORD = /(?:^|\s)(?:hoofdstuk|bijlage|deel|paragraaf|prioriteit|speerpunt|thema|fase|stap|artikel|top)$/i;
/**
 * Where entries run together on one line: after a page number, before the next entry's section number
 * or its numbered lead word ("Hoofdstuk 1: Inleiding 3 Hoofdstuk 2: Terugblik 5", "… 19 Bijlage 2: …");
 * or after dot leaders and a page number, before a capital ("Inleiding ... 3 Prioriteiten ... 5").
 */
const RUN_TOGETHER = /(?<=\s\d{1,3})\s+(?=\d{1,2}(?:\.\d{1,2})*\.?\s+\p{L}|(?:Hoofdstuk|Bijlage|Deel|Paragraaf|Prioriteit|Speerpunt|Thema)\s+(?:\d{1,2}|[IVX]{1,4}|[A-H])\b)|(?<=[.·…_]{2,}\s*\d{1,3})\s+(?=\p{Lu})/u;
/** An entry's number on a line of its own, its title on the next (CVDR: "• 2." / "De prioriteiten"). */
const BARE_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|[A-H]\.)$/;
/** The number a title starts with ("2.1.", "Hoofdstuk 1.", "III"), compared without its closing dot. */
const LEAD_NUMBER = /^(?:(?:hoofdstuk|deel|bijlage|paragraaf)\s+)?(\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,5})[.):]?\s/i;
/** Longer than any heading: prose. */
const MAX_TITLE = 160;
/** How far down a document its table of contents (or its heading) can start. */
const SEARCH_BLOCKS = 40;
/** More entries than any table of contents has: the scan stops there. */
const MAX_ENTRIES = 600;

interface Entry {
  readonly title: string;
  /** The page as written ("4", "pag. 4"), which is left out. */
  readonly page?: string;
}

interface Run {
  readonly entries: readonly Entry[];
  /** The block after the last entry. */
  readonly end: number;
  /** Whether the run ends where its first entry comes back (the body's start), not at a block that is no entry. */
  readonly closed: boolean;
  /** Where any entry first came back (with its number, if it has one), and how many entries were before it. */
  readonly repeat?: { readonly end: number; readonly count: number };
}

/**
 * The blocks with each table of contents made one list; the page numbers it drops are noted.
 *
 * Which short blocks are a table of contents, and which are text that only looks like one (a numbered
 * list naming later chapters, "We werken aan: 1. Ondermijning 2. Zorg en veiligheid"):
 * - Under a contents heading ("Inhoud"), the run of short, heading-like blocks up to where its first
 *   entry comes back as a block (the body's start: its first chapter, without a page number). Where the
 *   first entry does not come back (a voorwoord without a heading), the run up to where any entry comes
 *   back, if at least 3 entries, and half of them, come back in their order as the body's headings, with
 *   text between them. Otherwise the run of entries that end in page numbers, ascending.
 * - Without a contents heading, only at the document's start (nothing but short title lines before it),
 *   a run of at least 3 entries that ends where its first entry comes back, and that either ends in page
 *   numbers (most entries) or whose entries come back, at least 3 of them, in the same order, as the
 *   document's headings after it, with text between them (not a skeleton of headings only). A list in
 *   the text stands after prose, or after its lead-in ("We werken aan:"), so it is never at the start;
 *   nor is its first item the next heading.
 */
export function readTableOfContents(blocks: readonly DocBlock[], notes: ImportNote[]): DocBlock[] {
  const at = blocks.findIndex((b, i) => i < SEARCH_BLOCKS && (b.kind === "heading" || b.kind === "paragraph") && CONTENTS_HEADING.test(foldText(b.text)));
  let later: Map<string, number[]> | undefined;
  /** Whether at least `least` of the entries come back after `end`, in their order, with the body's text between them. */
  const comeBack = (entries: readonly Entry[], end: number, least: number) => {
    later ??= titleIndex(blocks);
    const back = inOrder(entries, later, end);
    return back.count >= least && textBefore(blocks, end, back.last);
  };
  if (at >= 0) {
    const run = scan(blocks, at + 1);
    let found: { entries: readonly Entry[]; end: number } = run;
    if (!run.closed || run.entries.length < 2) {
      const r = run.repeat;
      const entries = r ? run.entries.slice(0, r.count) : [];
      found = r && entries.length >= 3 && comeBack(entries, r.end, Math.max(3, Math.ceil(entries.length / 2))) ? { entries, end: r.end } : pagedRun(blocks, at + 1);
    }
    if (found.entries.length < 2) return [...blocks];
    // The title above the entries is a heading, as it is in the document's outline (set as a plain paragraph, too).
    const title = withoutPage(blocks[at]!, notes);
    const head: DocBlock = title.kind === "paragraph" ? { kind: "heading", text: title.text, origin: title.origin } : title;
    return [...blocks.slice(0, at), head, asList(found.entries, blocks[at + 1]!, notes), ...blocks.slice(found.end)];
  }
  for (let start = 0; start < Math.min(blocks.length, SEARCH_BLOCKS); start++) {
    const run = scan(blocks, start);
    if (run.closed && run.entries.length >= 3) {
      const paged = run.entries.filter((e) => e.page !== undefined).length;
      if (paged * 2 >= run.entries.length || comeBack(run.entries, run.end, 3)) {
        return [...blocks.slice(0, start), asList(run.entries, blocks[start]!, notes), ...blocks.slice(run.end)];
      }
    }
    // The document's text has started: a list further down is the text's, not its contents.
    if (entriesOf(blocks[start]!) === undefined) break;
  }
  return [...blocks];
}

function asList(entries: readonly Entry[], first: DocBlock, notes: ImportNote[]): ListBlock {
  const origin = first.origin;
  for (const e of entries) if (e.page !== undefined) notes.push({ kind: "dropped", messageId: "import.inhoudsopgave", data: { tekst: e.page, titel: e.title }, source: origin, text: e.page });
  return { kind: "list", ordered: false, items: entries.map((e) => e.title), origin };
}

/**
 * The short, heading-like blocks from `start` on, up to where the first entry comes back (closed) or a
 * block that is no entry. A number on a block of its own is its entry's, joined to the title after it.
 */
function scan(blocks: readonly DocBlock[], start: number): Run {
  const entries: Entry[] = [];
  let pending: { text: string; at: number } | undefined;
  let firstKey = "";
  let firstNumber: string | undefined;
  let lastPage = 0;
  const seen = new Set<string>();
  let repeat: Run["repeat"];
  let i = start;
  for (; i < blocks.length && entries.length < MAX_ENTRIES; i++) {
    const b = blocks[i]!;
    if (entries.length > 0 && (b.kind === "heading" || b.kind === "paragraph") && b.text.length <= MAX_TITLE && !hasPage(b.text)) {
      // The body starts with the first entry again, without its page (and with its own number, if both have one).
      const text = pending ? `${pending.text} ${b.text}` : b.text;
      const key = keyword(text);
      const n = leadNumber(text);
      if (key === firstKey && (n === undefined || firstNumber === undefined || n === firstNumber)) return { entries, end: pending?.at ?? i, closed: true };
      if (!repeat && seen.has(`${key}|${n ?? ""}`)) repeat = { end: pending?.at ?? i, count: entries.length };
    }
    const found = entriesOf(b);
    if (!found) break;
    for (const e of found) {
      if (BARE_NUMBER.test(e.title) && e.page === undefined) {
        if (pending) entries.push({ title: pending.text });
        pending = { text: e.title, at: i };
        continue;
      }
      // A page lower than the one before is the title's own number ("Bijlage 2" after page 15): kept.
      let entry: Entry = e.page !== undefined && Number(e.page.match(/\d+$/)![0]) < lastPage ? { title: `${e.title} ${e.page}` } : e;
      if (entry.page !== undefined) lastPage = Number(entry.page.match(/\d+$/)![0]);
      if (pending) entry = { ...entry, title: `${pending.text} ${entry.title}` };
      pending = undefined;
      if (entries.length === 0) {
        firstKey = keyword(entry.title);
        firstNumber = leadNumber(entry.title);
      }
      seen.add(`${keyword(entry.title)}|${leadNumber(entry.title) ?? ""}`);
      entries.push(entry);
    }
  }
  return { entries, end: pending?.at ?? i, closed: false, ...(repeat ? { repeat } : {}) };
}

/** A table of contents whose body's start is not found: the blocks that are all entries with ascending page numbers. */
function pagedRun(blocks: readonly DocBlock[], start: number): { entries: readonly Entry[]; end: number } {
  const entries: Entry[] = [];
  let end = start;
  let lastPage = 0;
  for (; end < blocks.length; end++) {
    const found = entriesOf(blocks[end]!);
    // Page numbers only grow down a table of contents: a smaller one is the page furniture after it.
    if (!found || found.length === 0 || found.some((e) => e.page === undefined)) break;
    const pages = found.map((e) => Number(e.page!.match(/\d+$/)![0]));
    if (pages[0]! < lastPage || pages.some((p, i) => i > 0 && p < pages[i - 1]!)) break;
    lastPage = pages[pages.length - 1]!;
    entries.push(...found);
  }
  return { entries, end };
}

/** Whether a title ends in a page number (a contents entry's, not a heading's in the body). */
function hasPage(text: string): boolean {
  const m = ENTRY.exec(text.trim());
  return m !== null && !NUMBERED_WORD.test(m[1]!.trim());
}

/** A block's entries, or undefined where it is no entry (prose, a table, a long line). */
function entriesOf(b: DocBlock): Entry[] | undefined {
  const lines = b.kind === "heading" || b.kind === "paragraph" ? [b.text] : b.kind === "list" ? b.items.map((t, i) => (b.ordered ? `${(b.start ?? 1) + i}. ${t}` : t)) : [];
  if (lines.length === 0) return undefined;
  const out: Entry[] = [];
  for (const line of lines) {
    for (const piece of line.split(RUN_TOGETHER)) {
      const t = piece.trim();
      if (t.length > MAX_TITLE) return undefined;
      const m = ENTRY.exec(t);
      if (m && !NUMBERED_WORD.test(m[1]!.trim())) out.push({ title: m[1]!.trim(), page: m[2]!.trim() });
      else if (BARE_NUMBER.test(t) || headingLike(t)) out.push({ title: t });
      else return undefined;
    }
  }
  return out;
}

/**
 * A title, not a sentence: a letter, at most 20 words, not ending in a full stop, colon or comma (a
 * question is a title: "Hoe werken we?"), and no second sentence in it.
 */
const headingLike = (t: string): boolean => /\p{L}/u.test(t) && !/[.:;,]$/.test(t) && t.split(/\s+/).length <= 20 && !/\p{Ll}[.!?]\s+\p{Lu}/u.test(t);

function leadNumber(title: string): string | undefined {
  return LEAD_NUMBER.exec(title)?.[1]?.toUpperCase();
}

/** Each short block's title (folded, its number aside), with where it stands: once per document. */
function titleIndex(blocks: readonly DocBlock[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    if ((b.kind !== "heading" && b.kind !== "paragraph") || b.text.length > MAX_TITLE) return;
    const k = keyword(b.text);
    const at = index.get(k);
    if (at) at.push(i);
    else index.set(k, [i]);
  });
  return index;
}

/** How many of the entries come back after `from`, in their order (each at the first place after the one before), and the last place. */
function inOrder(entries: readonly Entry[], index: ReadonlyMap<string, readonly number[]>, from: number): { count: number; last: number } {
  let after = from - 1;
  let count = 0;
  for (const e of entries) {
    const at = index.get(keyword(e.title));
    if (!at) continue;
    // The first place after `after`: the places ascend, so a binary search.
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! <= after) lo = mid + 1;
      else hi = mid;
    }
    if (lo < at.length) {
      after = at[lo]!;
      count++;
    }
  }
  return { count, last: after };
}

/** Whether a block of text (no entry: prose, a table) stands between `from` and `to`. */
function textBefore(blocks: readonly DocBlock[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (entriesOf(blocks[i]!) === undefined) return true;
  return false;
}

/** "Inhoudsopgave 1": the heading's own page number goes, like the entries'. */
function withoutPage(b: DocBlock, notes: ImportNote[]): DocBlock {
  if (b.kind !== "heading" && b.kind !== "paragraph") return b;
  const m = / (\d{1,3})$/.exec(b.text);
  if (!m) return b;
  notes.push({ kind: "dropped", messageId: "import.inhoudsopgave", data: { tekst: m[1]!, titel: b.text.slice(0, m.index) }, source: b.origin, text: m[1]! });
  return { ...b, text: b.text.slice(0, m.index) };
}
