/**
 * References to themes in the prose ("Thema 4 — Zorg & Veiligheid", "thema's 1 t/m 3", "het thema
 * Ondermijning", "(Alle thema's)") and legal citations, read only where a block can hold one.
 */
import { findCitations, readCitation, ARTICLE_HINT, ARTICLE_PRESENT } from "../law/citation.js";
import type { Block } from "../syntax/blocks.js";
import { scalarText } from "../syntax/frontmatter.js";
import { foldText } from "../text/keywords.js";
import { moveSpan, type Span } from "../text/positions.js";
import type { BlockReuse } from "../syntax/rescan.js";
import { indexArray, oldBlockOf, shiftOf, type BlockRefs } from "./previous.js";
import type { CitationNode, MetadataNode, ThemeNode, ThemeRef } from "./types.js";

/** "thema", and the other words the plan's theme headings number with ("Prioriteit 1: …"). */
export function themeWords(themes: readonly ThemeNode[]): ThemeWord[] {
  const words = new Set<ThemeWord>(["thema"]);
  for (const t of themes) {
    const w = t.numberWord?.toLowerCase();
    if (w === "prioriteit" || w === "speerpunt" || w === "focusgebied") words.add(w);
  }
  return [...words];
}

/** What a parse before an edit read, to reuse for the blocks the edit left alone (./previous.ts). */
export interface RefsBefore {
  readonly refs: BlockRefs;
  readonly reuse: BlockReuse;
}

/** Theme references and citations in the prose (front matter, code and comments excluded) and the `grondslag` field. */
export function readReferences(
  text: string,
  blocks: readonly Block[],
  metadata: MetadataNode,
  themes: readonly ThemeNode[],
  before?: RefsBefore,
): { themeRefs: ThemeRef[]; citations: CitationNode[]; byBlock: BlockRefs } {
  const slice = (s: Span) => text.slice(s.start, s.end);
  const rawRefs: ThemeRef[] = [];
  const citations: CitationNode[] = [];
  const words = themeWords(themes);
  const wordsKey = words.join(",");
  const old = before && before.refs.words === wordsKey ? before : undefined;
  // Both need a word that most paragraphs lack ("thema", "art(ikel) <digit>"). Read whole, one search
  // over the text says which pieces to read, instead of two searches in each of thousands of pieces;
  // after an edit, only the few blocks it touched are searched.
  const themaAt = old ? new HitsIn(text, patterns(words).any) : new HitsInOrder(text, patterns(words).hint);
  const articleAt = old ? new HitsIn(text, ARTICLE_PRESENT) : new HitsInOrder(text, ARTICLE_AT);
  const read = (r: Span) => {
    const refs = themaAt.within(r);
    const cites = articleAt.within(r);
    if (!refs && !cites) return;
    const t = slice(r);
    // A loop, not push(...): a huge paragraph has more references than a call takes arguments.
    if (refs) for (const ref of themeRefsIn(t, words, r.start)) rawRefs.push(ref);
    if (cites) for (const c of findCitations(t)) citations.push({ ...c, start: c.start + r.start, end: c.end + r.start, span: { start: c.start + r.start, end: c.end + r.start }, source: "text" });
  };
  const refFrom = indexArray(blocks.length + 1);
  const citeFrom = indexArray(blocks.length + 1);
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi]!;
    refFrom[bi] = rawRefs.length;
    citeFrom[bi] = citations.length;
    const was = old ? oldBlockOf(old.reuse, bi) : -1;
    if (was >= 0) {
      const d = shiftOf(old!.reuse, bi);
      const o = old!.refs;
      for (let k = o.refFrom[was]!; k < o.refFrom[was + 1]!; k++) rawRefs.push(d === 0 ? o.themeRefs[k]! : moveRef(o.themeRefs[k]!, d));
      for (let k = o.citeFrom[was]!; k < o.citeFrom[was + 1]!; k++) citations.push(d === 0 ? o.citations[k]! : moveCitation(o.citations[k]!, d));
      continue;
    }
    if (b.kind === "frontMatter" || b.kind === "fence" || b.kind === "comment" || b.kind === "blank" || b.kind === "thematicBreak") continue;
    if (b.kind === "heading") {
      // Theme headings are definitions, not references; other headings may refer ("zie het thema").
      continue;
    }
    if (b.kind !== "table") read(b.span);
    // A table cell by cell; a table without a hit anywhere is passed over whole.
    else if (themaAt.within(b.span) || articleAt.within(b.span)) for (const row of [b.header, ...b.rows]) for (const c of row.cells) read(c.content);
  }
  refFrom[blocks.length] = rawRefs.length;
  citeFrom[blocks.length] = citations.length;
  // The grondslag's citations come after the blocks' (past citeFrom's end), and nothing changes them.
  const byBlock: BlockRefs = { words: wordsKey, themeRefs: rawRefs, refFrom, citations, citeFrom };

  const grondslag = metadata.get("grondslag");
  if (grondslag) {
    const items = grondslag.value.kind === "seq" ? grondslag.value.items : [grondslag.value];
    for (const item of items) {
      const t = scalarText(item);
      if (t === undefined) continue;
      const c = readCitation(t);
      // The scalar's span may include quotes: point at the text itself.
      const raw = slice(item.span);
      const inner = raw.indexOf(t.trim());
      const start = item.span.start + Math.max(0, inner);
      const span = { start, end: start + t.trim().length };
      if (c) citations.push({ ...c, start: span.start, end: span.end, span, source: "grondslag" });
      else citations.push({ start: span.start, end: span.end, text: t, artikel: "", articleKnown: false, span, source: "grondslag", unreadable: true });
    }
  }

  const themeRefs = rawRefs.slice();
  extendRefTitles(text, themeRefs, themes);
  return { themeRefs, citations, byBlock };
}

const moveRef = (r: ThemeRef, d: number): ThemeRef => ({
  ...r,
  span: moveSpan(r.span, d),
  ...(r.numberSpan ? { numberSpan: moveSpan(r.numberSpan, d) } : {}),
  ...(r.titleSpan ? { titleSpan: moveSpan(r.titleSpan, d) } : {}),
});
const moveCitation = (c: CitationNode, d: number): CitationNode => ({ ...c, start: c.start + d, end: c.end + d, span: moveSpan(c.span, d) });

/** Whether a pattern matches within a span, by a search of that span only. */
class HitsIn {
  private readonly pattern: RegExp;
  constructor(
    private readonly text: string,
    pattern: RegExp,
  ) {
    this.pattern = new RegExp(pattern.source, pattern.flags.replace("g", ""));
  }
  within(span: Span): boolean {
    return this.pattern.test(this.text.slice(span.start, span.end));
  }
}

/** Its own copy: HitsInOrder moves its `lastIndex`, which findCitations must not see. */
const ARTICLE_AT = new RegExp(ARTICLE_HINT.source, ARTICLE_HINT.flags);

/** Where a pattern matches in a text, asked for spans in increasing order. */
class HitsInOrder {
  private readonly at: number[] = [];
  private next = 0;
  constructor(text: string, pattern: RegExp) {
    // An exec loop: matchAll would copy the regex and make an iterator. The patterns never match "".
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) this.at.push(m.index);
  }
  /** Whether a match starts within `span`; spans must come in increasing order. */
  within(span: Span): boolean {
    while (this.next < this.at.length && this.at[this.next]! < span.start) this.next++;
    return this.next < this.at.length && this.at[this.next]! < span.end;
  }
}


const DASH = "[-–—−]";
/** The words a plan numbers its themes with: "Thema 4", and where its headings say so "Prioriteit 2", "Speerpunt 3", "Focusgebied 1". */
export type ThemeWord = "thema" | "prioriteit" | "speerpunt" | "focusgebied";
const PLURAL: Record<ThemeWord, string> = { thema: "thema['’`]?s", prioriteit: "prioriteiten", speerpunt: "speerpunten", focusgebied: "focusgebieden" };
const ARTICLE: Record<ThemeWord, string> = { thema: "het", prioriteit: "de", speerpunt: "het", focusgebied: "het" };
const cap = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;

interface RefPatterns {
  readonly any: RegExp;
  /** `any` for a search of the whole text (global). */
  readonly hint: RegExp;
  readonly numbered: RegExp;
  readonly list: RegExp;
  readonly range: RegExp;
  readonly title: RegExp;
}
const patternCache = new Map<string, RefPatterns>();
function patterns(words: readonly ThemeWord[]): RefPatterns {
  const key = words.join(",");
  let p = patternCache.get(key);
  if (p) return p;
  const word = `(?:${words.map(cap).join("|")})`;
  const plural = `(?:${words.map((w) => cap(PLURAL[w])).join("|")})`;
  const article = `(?:${words.map((w) => `${ARTICLE[w]}\\s+${w}`).join("|")})`;
  // Where a numbered reference (or its title) ends: another one joined by "&" or "en", a closing
  // parenthesis, the line's end, or punctuation.
  const end = `\\s*(?:&|\\ben\\b)\\s*${word}\\s+\\d|\\)|[\\r\\n]|$|[,.;:](?:\\s|$)`;
  p = {
    any: new RegExp(words.join("|"), "i"),
    hint: new RegExp(words.join("|"), "gi"),
    // "Thema 4 — Zorg & Veiligheid": the title runs to the next " & Thema", a closing parenthesis, or the line's end
    // (any line break: LF, CRLF or a lone CR).
    // Without a title, the number may stand mid-sentence: "zie thema 3 voor de aanpak", "Thema 3 gaat over jeugd".
    numbered: new RegExp(`\\b${word}\\s+(\\d{1,3})(?:\\s*${DASH}\\s*([^()\\r\\n]*?)(?=${end})|(?=${end}|\\s+[a-zà-ÿ]))`, "g"),
    // "speerpunten 1 en 3", "thema's 2, 4 en 5": each number a reference.
    list: new RegExp(`\\b${plural}\\s+(\\d{1,3}(?:\\s*,\\s*\\d{1,3})*\\s+en\\s+\\d{1,3})\\b`, "g"),
    range: new RegExp(`\\b${plural}\\s+(\\d{1,3})\\s*(?:t\\/m|tot en met|[-–])\\s*(\\d{1,3})`, "g"),
    // A quoted title ends at its closing quote; an unquoted one at punctuation or the line's end.
    title: new RegExp(`\\b(?:zie\\s+)?${article}\\s*:?\\s*(?:[“"'‘]([^”"'’\\r\\n]{2,80})[”"'’]|([A-ZÀ-Ý][^.,;()\\r\\n]{1,80}?)(?=[).,;]|\\s*$|[\\r\\n]))`, "g"),
  };
  patternCache.set(key, p);
  return p;
}
const REF_ALL = /\(\s*[Aa]lle\s+thema['’]?s\s*\)/g;

/**
 * Finds theme references in a piece of prose. Spans are relative to `t`. `words`: the words this plan
 * numbers its themes with (its theme headings' style); "thema" by default.
 */
export function findThemeRefs(t: string, words: readonly ThemeWord[] = ["thema"]): ThemeRef[] {
  return findThemeRefsAt(t, words, 0);
}

/** {@link findThemeRefs} in a piece of the plan that starts at `at`: spans are the plan's. */
export function findThemeRefsAt(t: string, words: readonly ThemeWord[], at: number): ThemeRef[] {
  return patterns(words).any.test(t) ? themeRefsIn(t, words, at) : [];
}

/** The references in `t`, with spans shifted by `at` (where `t` starts in the plan): no copy per reference to move it. */
function themeRefsIn(t: string, words: readonly ThemeWord[], at: number): ThemeRef[] {
  const P = patterns(words);
  const out: ThemeRef[] = [];
  // exec loops rather than matchAll (which copies the regex and makes an iterator per call): this runs
  // on every paragraph that names a theme word. None of the patterns matches the empty string.
  P.numbered.lastIndex = 0;
  for (let m = P.numbered.exec(t); m; m = P.numbered.exec(t)) {
    const start = m.index! + at;
    const numAt = start + m[0].search(/\d/);
    let title: string | undefined;
    let titleSpan: Span | undefined;
    if (m[2] !== undefined) {
      const titleRaw = m[2];
      const trimmed = titleRaw.trim().replace(/[.,;:]+$/, "");
      if (trimmed.length > 0) {
        const tAt = start + m[0].length - titleRaw.length + titleRaw.indexOf(trimmed);
        title = trimmed;
        titleSpan = { start: tAt, end: tAt + trimmed.length };
      }
    }
    out.push({ kind: "number", word: m[0].slice(0, m[0].search(/\s/)), span: { start, end: titleSpan ? titleSpan.end : numAt + m[1]!.length }, nummer: Number(m[1]), numberSpan: { start: numAt, end: numAt + m[1]!.length }, title, titleSpan });
  }
  P.list.lastIndex = 0;
  for (let m = P.list.exec(t); m; m = P.list.exec(t)) {
    const start = m.index! + at;
    const word = m[0].slice(0, m[0].search(/\s/));
    const numbers = m[1]!;
    const numbersAt = start + m[0].length - numbers.length;
    for (const n of numbers.matchAll(/\d{1,3}/g)) {
      const numberSpan = { start: numbersAt + n.index!, end: numbersAt + n.index! + n[0].length };
      out.push({ kind: "number", word, span: n.index === 0 ? { start, end: numberSpan.end } : numberSpan, nummer: Number(n[0]), numberSpan });
    }
  }
  P.range.lastIndex = 0;
  for (let m = P.range.exec(t); m; m = P.range.exec(t)) {
    const start = m.index! + at;
    const a = start + m[0].search(/\d/);
    out.push({ kind: "range", word: m[0].slice(0, m[0].search(/\s/)), span: { start, end: start + m[0].length }, nummer: Number(m[1]), tot: Number(m[2]), numberSpan: { start: a, end: a + m[1]!.length } });
  }
  P.title.lastIndex = 0;
  for (let m = P.title.exec(t); m; m = P.title.exec(t)) {
    const title = (m[1] ?? m[2] ?? "").trim();
    if (!title) continue;
    const start = m.index! + at;
    const tAt = start + m[0].lastIndexOf(title);
    out.push({ kind: "title", span: { start, end: start + m[0].length }, title, titleSpan: { start: tAt, end: tAt + title.length } });
  }
  REF_ALL.lastIndex = 0;
  for (let m = REF_ALL.exec(t); m; m = REF_ALL.exec(t)) out.push({ kind: "all", span: { start: m.index! + at, end: m.index! + at + m[0].length } });
  return out.sort((x, y) => x.span.start - y.span.start);
}

/**
 * The reference pattern ends a title at a comma, so "(Thema 8 - Veilige evenementen, horeca en markten)"
 * is read as "Veilige evenementen". When the text goes on with the numbered theme's whole title, the
 * reference's title is that whole title.
 */
function extendRefTitles(text: string, refs: ThemeRef[], themes: readonly ThemeNode[]): void {
  if (refs.length === 0 || themes.length === 0) return;
  const byNumber = new Map<number, ThemeNode>();
  for (const t of themes) if (t.nummer !== undefined && !byNumber.has(t.nummer)) byNumber.set(t.nummer, t);
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i]!;
    if (r.kind !== "number" || !r.titleSpan || r.nummer === undefined) continue;
    const t = byNumber.get(r.nummer);
    if (!t || t.title.length <= r.titleSpan.end - r.titleSpan.start) continue;
    const end = r.titleSpan.start + t.title.length;
    if (end > text.length || /[\p{L}\p{N}]/u.test(text[end] ?? "")) continue;
    if (foldText(text.slice(r.titleSpan.start, end)) !== foldText(t.title)) continue;
    refs[i] = { ...r, title: text.slice(r.titleSpan.start, end), titleSpan: { start: r.titleSpan.start, end }, span: { start: r.span.start, end: Math.max(r.span.end, end) } };
  }
}
