/**
 * `parse(text)`: never throws, never gives up. It returns the lossless block tree, the section tree,
 * the plan's structure with exact spans (what rules and the language server read), the typed `Plan`
 * (what developers read), and findings for what it could not read.
 *
 * Data flow: text → lines → blocks (syntax/blocks.ts) → sections (by heading level) → structure
 * (front matter, themes, pillars, budget, references) → Plan.
 */
import type { Finding } from "./diagnostic.js";
import { ARTICLE_HINT, findCitations, readCitation, type Citation } from "./law/citation.js";
import { lawUrl } from "./law/registry.js";
import { readAmount, readUnit, type Unit } from "./model/amount.js";
import type { Begroting, Hoofdstuk, Metadata, Plan, Thema, ThemaSoort, WettelijkeGrondslag } from "./model/schema.js";
import { scanBlocks, splitLines, type Block, type HeadingBlock, type ListBlock, type TableBlock, type TableRow } from "./syntax/blocks.js";
import { getEntry, readFrontMatter, scalarText, type MetaEntry, type MetaValue } from "./syntax/frontmatter.js";
import { foldText, indexByFoldedText, keyword, readCount } from "./text/keywords.js";
import { readerText } from "./text/reader.js";
import { unseenCharacterFindings } from "./syntax/unseen.js";
import { LineIndex, type Span } from "./text/positions.js";

export interface Section {
  readonly heading: HeadingBlock;
  readonly level: number;
  /** The heading's text as written. */
  readonly title: string;
  /** The heading text as a keyword (see text/keywords.ts). */
  readonly keyword: string;
  /** From the heading through the last block before the next heading of the same or a higher level. */
  readonly span: Span;
  /** Index of the heading block and one past the section's last block, in `ParsedPlan.blocks`. */
  readonly firstBlock: number;
  readonly endBlock: number;
  /** Blocks before the first subsection (heading excluded). */
  readonly ownBlocks: readonly Block[];
  readonly children: readonly Section[];
  readonly parent?: Section;
}

export interface PillarNode {
  readonly title: string;
  /** The list item's text, without marker and trailing period. */
  readonly span: Span;
  /** The elaboration section, if a heading with this title exists. */
  readonly elaboration?: Section;
}

export interface ThemeNode {
  readonly section: Section;
  readonly soort: ThemaSoort;
  readonly nummer?: number;
  readonly numberSpan?: Span;
  readonly title: string;
  readonly titleSpan: Span;
  readonly opgave?: Section;
  readonly ambitie?: Section;
  /** "Onze aanpak berust op drie pijlers:" */
  readonly pillarIntro?: { readonly span: Span; readonly count?: number; readonly countSpan: Span; readonly countText: string };
  readonly pillarList?: ListBlock;
  readonly pillars: readonly PillarNode[];
  /** Headings below the Ambitie heading (pillar elaborations and free sections). */
  readonly subsections: readonly Section[];
}

export interface AmountCell {
  readonly span: Span;
  readonly raw: string;
  /** Cents, or null for an empty cell, "-" or an unreadable amount. */
  readonly cents: number | null;
  readonly empty: boolean;
  readonly error?: "malformed" | "too-large" | "too-precise";
  readonly suggestion?: string;
}

export interface BudgetLineNode {
  readonly row: TableRow;
  readonly nummer?: number;
  readonly deelproduct: string;
  readonly nameSpan: Span;
  readonly cells: readonly AmountCell[];
}

export interface ToelichtingNode {
  readonly section: Section;
  readonly deelproduct: string;
  readonly titleSpan: Span;
  readonly refs: readonly ThemeRef[];
  readonly alleThemas: boolean;
}

export interface BudgetNode {
  readonly section: Section;
  readonly table?: TableBlock;
  readonly unit?: Unit;
  readonly unitSpan?: Span;
  readonly years: readonly { readonly value: number | undefined; readonly text: string; readonly span: Span }[];
  readonly lines: readonly BudgetLineNode[];
  readonly totals?: { readonly row: TableRow; readonly labelSpan: Span; readonly cells: readonly AmountCell[] };
  readonly toelichtingSection?: Section;
  readonly toelichting: readonly ToelichtingNode[];
}

export interface ThemeRef {
  readonly span: Span;
  readonly kind: "number" | "range" | "title" | "all";
  readonly nummer?: number;
  /** For a range, the last number. */
  readonly tot?: number;
  readonly numberSpan?: Span;
  readonly title?: string;
  readonly titleSpan?: Span;
}

export interface CitationNode extends Citation {
  readonly span: Span;
  readonly source: "grondslag" | "text";
  /** For a grondslag entry that does not read as one citation. */
  readonly unreadable?: boolean;
}

export interface CommentNode {
  readonly span: Span;
  /** Inside `<!--` and `-->`. */
  readonly body: string;
  readonly bodySpan: Span;
}

export interface MetadataNode {
  readonly frontMatter?: Extract<Block, { kind: "frontMatter" }>;
  readonly root?: MetaValue;
  readonly get: (key: string) => MetaEntry | undefined;
}

export interface ParsedPlan {
  readonly text: string;
  readonly lines: LineIndex;
  readonly blocks: readonly Block[];
  readonly sections: readonly Section[];
  readonly metadata: MetadataNode;
  readonly themes: readonly ThemeNode[];
  readonly themeContainers: readonly { readonly soort: ThemaSoort; readonly section: Section }[];
  readonly budget?: BudgetNode;
  readonly themeRefs: readonly ThemeRef[];
  readonly citations: readonly CitationNode[];
  readonly comments: readonly CommentNode[];
  /** What the parser could not read. */
  readonly findings: readonly Finding[];
  readonly plan: Plan;
}

const PRIORITAIR = /^prioritaire themas?$/;
const KERN = /^kern ?themas?$/;
// `s`: a setext heading's text may run over several lines, and its number must still be read.
const THEME_HEADING = /^(?:thema\s+)?(\d{1,3})\s*[.,:)]?\s+(.+)$/is;
const PILLAR_INTRO = /berust(?:en)?\s+op\s+(\S+)\s+pijlers?/i;

export function parse(text: string): ParsedPlan {
  const findings: Finding[] = [];
  const lines = splitLines(text);
  const blocks = scanBlocks(text, lines);
  // The line index from the lines already split (one pass over the text instead of two).
  const starts = lines.length === 0 ? [0] : lines.map((l) => l.start);
  const lastLine = lines[lines.length - 1];
  if (lastLine && lastLine.contentEnd < lastLine.end) starts.push(text.length);
  const lineIndex = new LineIndex(text, starts);
  const slice = (s: Span) => text.slice(s.start, s.end);

  for (const b of blocks) {
    if (b.kind === "comment" && !b.closed) findings.push({ messageId: "syntax.commentUnclosed", span: { start: b.span.start, end: Math.min(b.span.end, b.span.start + 4) } });
    if (b.kind === "fence" && !b.closed) findings.push({ messageId: "syntax.fenceUnclosed", span: { start: b.span.start, end: Math.min(b.span.end, b.span.start + 3) } });
  }
  findings.push(...unseenCharacterFindings(text, blocks));
  const firstLine = lines[0];
  if (firstLine && blocks[0]?.kind !== "frontMatter" && text.slice(firstLine.start, firstLine.contentEnd).replace(/^\uFEFF/, "").trimEnd() === "---") {
    findings.push({ messageId: "syntax.frontMatterUnclosed", span: { start: firstLine.start, end: firstLine.contentEnd } });
  }

  // Front matter.
  const fm = blocks[0]?.kind === "frontMatter" ? blocks[0] : undefined;
  let root: MetaValue | undefined;
  if (fm) {
    const read = readFrontMatter(text, fm.content);
    root = read.root;
    findings.push(...read.findings);
  }
  const metadata: MetadataNode = { frontMatter: fm, root, get: (key) => getEntry(root, key) };

  const sections = buildSections(text, blocks);
  const comments = findComments(text, blocks);

  // Themes.
  const themeContainers: { soort: ThemaSoort; section: Section }[] = [];
  walk(sections, (s) => {
    if (PRIORITAIR.test(s.keyword)) themeContainers.push({ soort: "prioritair", section: s });
    else if (KERN.test(s.keyword)) themeContainers.push({ soort: "kern", section: s });
  });
  const themes: ThemeNode[] = [];
  for (const c of themeContainers) for (const child of c.section.children) themes.push(readTheme(text, child, c.soort, blocks));

  // Budget.
  let budget: BudgetNode | undefined;
  walk(sections, (s) => {
    if (!budget && /^financien\b/.test(s.keyword)) budget = readBudget(text, s, blocks);
  });

  // References and citations in the prose (front matter, code and comments excluded).
  const themeRefs: ThemeRef[] = [];
  const citations: CitationNode[] = [];
  // Both need a word that most paragraphs lack ("thema", "art(ikel) <digit>"): one search over the
  // whole text says which pieces to read, instead of two searches in each of thousands of pieces.
  const themaAt = new HitsInOrder(text, THEMA_WORD);
  const articleAt = new HitsInOrder(text, ARTICLE_HINT);
  for (const b of blocks) {
    if (b.kind === "frontMatter" || b.kind === "fence" || b.kind === "comment" || b.kind === "blank" || b.kind === "thematicBreak") continue;
    if (b.kind === "heading") {
      // Theme headings are definitions, not references; other headings may refer ("zie het thema").
      continue;
    }
    const ranges: Span[] = b.kind === "table" ? [b.header, ...b.rows].flatMap((r) => r.cells.map((c) => c.content)) : [b.span];
    for (const r of ranges) {
      const refs = themaAt.within(r);
      const cites = articleAt.within(r);
      if (!refs && !cites) continue;
      const t = slice(r);
      if (refs) for (const ref of findThemeRefs(t)) themeRefs.push(shiftRef(ref, r.start));
      if (cites) for (const c of findCitations(t)) citations.push({ ...c, start: c.start + r.start, end: c.end + r.start, span: { start: c.start + r.start, end: c.end + r.start }, source: "text" });
    }
  }
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

  extendRefTitles(text, themeRefs, themes);

  const partial = { text, lines: lineIndex, blocks, sections, metadata, themes, themeContainers, budget, themeRefs, citations, comments, findings };
  // The typed plan is built when first asked for: the rules work on the located tree, so a lint run
  // (about a tenth of a plan's parse time went here) only builds it for `export`, the report and a predecessor.
  let plan: Plan | undefined;
  return {
    ...partial,
    get plan(): Plan {
      plan ??= toPlan(partial);
      return plan;
    },
  };
}

const THEMA_WORD = /thema/gi;

/** Where a pattern matches in a text, asked for spans in increasing order. */
class HitsInOrder {
  private readonly at: number[] = [];
  private next = 0;
  constructor(text: string, pattern: RegExp) {
    for (const m of text.matchAll(pattern)) this.at.push(m.index!);
  }
  /** Whether a match starts within `span`; spans must come in increasing order. */
  within(span: Span): boolean {
    while (this.next < this.at.length && this.at[this.next]! < span.start) this.next++;
    return this.next < this.at.length && this.at[this.next]! < span.end;
  }
}

function walk(sections: readonly Section[], f: (s: Section) => void): void {
  for (const s of sections) {
    f(s);
    walk(s.children, f);
  }
}

export function allSections(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  walk(sections, (s) => out.push(s));
  return out;
}

function buildSections(text: string, blocks: readonly Block[]): Section[] {
  interface Mutable {
    heading: HeadingBlock;
    level: number;
    title: string;
    keyword: string;
    firstBlock: number;
    endBlock: number;
    ownEnd: number;
    children: Mutable[];
    parent?: Mutable;
  }
  const roots: Mutable[] = [];
  const stack: Mutable[] = [];
  blocks.forEach((b, idx) => {
    if (b.kind !== "heading") return;
    const title = text.slice(b.content.start, b.content.end);
    const s: Mutable = { heading: b, level: b.level, title, keyword: keyword(title), firstBlock: idx, endBlock: blocks.length, ownEnd: blocks.length, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.level >= b.level) stack.pop()!.endBlock = idx;
    const parent = stack[stack.length - 1];
    if (parent) {
      if (parent.children.length === 0) parent.ownEnd = idx;
      parent.children.push(s);
      s.parent = parent;
    } else roots.push(s);
    stack.push(s);
  });
  const freeze = (m: Mutable, parent?: Section): Section => {
    const ownEnd = m.children.length > 0 ? m.ownEnd : m.endBlock;
    const last = blocks[m.endBlock - 1]!;
    const sec: Section = {
      heading: m.heading,
      level: m.level,
      title: m.title,
      keyword: m.keyword,
      span: { start: m.heading.span.start, end: last.span.end },
      firstBlock: m.firstBlock,
      endBlock: m.endBlock,
      ownBlocks: blocks.slice(m.firstBlock + 1, ownEnd),
      children: [],
      parent,
    };
    (sec as unknown as { children: Section[] }).children = m.children.map((c) => freeze(c, sec));
    return sec;
  };
  return roots.map((r) => freeze(r));
}

function findComments(text: string, blocks: readonly Block[]): CommentNode[] {
  const out: CommentNode[] = [];
  // indexOf from a block's start scans to the end of the text when there is no comment: remember the
  // last answer so that a plan with thousands of blocks and few comments stays linear.
  const nextOpen = memoIndexOf(text, "<!--");
  const nextClose = memoIndexOf(text, "-->");
  for (const b of blocks) {
    if (b.kind === "fence" || b.kind === "frontMatter" || b.kind === "blank") continue;
    let from = b.span.start;
    for (;;) {
      const open = nextOpen(from);
      if (open < 0 || open >= b.span.end) break;
      const close = nextClose(open + 4);
      const end = close < 0 ? b.span.end : Math.min(close + 3, Math.max(b.span.end, close + 3));
      const bodyEnd = close < 0 ? b.span.end : close;
      out.push({ span: { start: open, end }, body: text.slice(open + 4, bodyEnd), bodySpan: { start: open + 4, end: bodyEnd } });
      from = end;
    }
  }
  return out;
}

/** `text.indexOf(needle, from)`, reusing the previous answer when it still holds. */
function memoIndexOf(text: string, needle: string): (from: number) => number {
  let searchedFrom = -1;
  let found = -1;
  return (from) => {
    // The previous search from `searchedFrom` <= `from` found nothing before `found`, so it is also the answer from `from`.
    if (searchedFrom >= 0 && searchedFrom <= from && (found < 0 || found >= from)) return found;
    searchedFrom = from;
    found = text.indexOf(needle, from);
    return found;
  };
}

/** Trims white space off a span. */
function trimSpan(text: string, s: Span): Span {
  let a = s.start;
  let b = s.end;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

/** The Markdown source of a run of blocks, trimmed; blank lines and comments kept inside. */
function blocksText(text: string, blocks: readonly Block[]): string {
  if (blocks.length === 0) return "";
  return text.slice(blocks[0]!.span.start, blocks[blocks.length - 1]!.span.end).trim();
}

function readTheme(text: string, section: Section, soort: ThemaSoort, blocks: readonly Block[]): ThemeNode {
  const h = section.heading;
  const raw = text.slice(h.content.start, h.content.end);
  const m = THEME_HEADING.exec(raw);
  let nummer: number | undefined;
  let numberSpan: Span | undefined;
  let titleSpan: Span = h.content;
  if (m) {
    nummer = Number(m[1]);
    const numAt = h.content.start + raw.indexOf(m[1]!);
    numberSpan = { start: numAt, end: numAt + m[1]!.length };
    const titleAt = h.content.start + raw.length - m[2]!.length;
    titleSpan = trimSpan(text, { start: titleAt, end: h.content.end });
  }
  const title = text.slice(titleSpan.start, titleSpan.end).replace(/[*_]+/g, "").trim();
  const desc = allSections(section.children);
  const opgave = desc.find((s) => s.keyword === "opgave");
  const ambitie = desc.find((s) => s.keyword === "ambitie");
  let pillarIntro: ThemeNode["pillarIntro"];
  let pillarList: ListBlock | undefined;
  const pillars: PillarNode[] = [];
  const subsections = ambitie ? allSections(ambitie.children) : [];
  if (ambitie) {
    const own = ambitie.ownBlocks;
    for (let i = 0; i < own.length; i++) {
      const b = own[i]!;
      if (b.kind !== "paragraph") continue;
      const t = text.slice(b.content.start, b.content.end);
      const pm = PILLAR_INTRO.exec(t);
      if (!pm) continue;
      const countAt = b.content.start + pm.index + pm[0].indexOf(pm[1]!, pm[0].indexOf(" op ") + 1);
      pillarIntro = {
        span: trimSpan(text, b.content),
        count: readCount(pm[1]!),
        countText: pm[1]!,
        countSpan: { start: countAt, end: countAt + pm[1]!.length },
      };
      // The list follows the intro, possibly after blank lines or comments.
      for (let j = i + 1; j < own.length; j++) {
        const nb = own[j]!;
        if (nb.kind === "blank" || nb.kind === "comment") continue;
        if (nb.kind === "list") pillarList = nb;
        break;
      }
      break;
    }
    if (pillarList) {
      const subsectionByTitle = indexByFoldedText(subsections, (sub) => sub.title);
      for (const item of pillarList.items) {
        let s = trimSpan(text, item.content);
        let t = text.slice(s.start, s.end);
        // A trailing period and emphasis are not part of the title.
        const stripped = t.replace(/[.;:]+$/, "");
        s = { start: s.start, end: s.start + stripped.length };
        t = stripped.replace(/^[*_]+|[*_]+$/g, "").trim();
        const elaboration = subsectionByTitle.get(foldText(t));
        pillars.push({ title: t, span: s, elaboration });
      }
    }
  }
  void blocks;
  return { section, soort, nummer, numberSpan, title, titleSpan, opgave, ambitie, pillarIntro, pillarList, pillars, subsections };
}

function readCell(text: string, span: Span, unit: Unit | undefined): AmountCell {
  const raw = text.slice(span.start, span.end);
  const t = readerText(raw).replace(/\*\*|__/g, "").trim();
  if (t === "" || t === "-" || t === "—" || t === "–") return { span, raw, cents: null, empty: true };
  const r = readAmount(t, unit ?? { label: "", centsPerUnit: 100 });
  if (r.ok) return { span, raw, cents: r.cents, empty: false };
  return { span, raw, cents: null, empty: false, error: r.reason, suggestion: r.suggestion };
}

function readBudget(text: string, section: Section, blocks: readonly Block[]): BudgetNode {
  let table: TableBlock | undefined;
  for (let i = section.firstBlock + 1; i < section.endBlock; i++) {
    const b = blocks[i]!;
    if (b.kind === "table") {
      table = b;
      break;
    }
  }
  const toelichtingSection = allSections(section.children).find((s) => s.keyword === "toelichting");
  const toelichting: ToelichtingNode[] = (toelichtingSection?.children ?? []).map((s) => {
    const refs: ThemeRef[] = [];
    for (const b of s.ownBlocks) {
      if (b.kind === "blank" || b.kind === "comment" || b.kind === "fence") continue;
      for (const r of findThemeRefs(text.slice(b.span.start, b.span.end))) refs.push(shiftRef(r, b.span.start));
    }
    const m = /^\s*(\d{1,3})\s*[.)]\s+/.exec(s.title);
    const titleSpan = m ? { start: s.heading.content.start + m[0].length, end: s.heading.content.end } : s.heading.content;
    return {
      section: s,
      deelproduct: text.slice(titleSpan.start, titleSpan.end).trim(),
      titleSpan,
      refs: refs.filter((r) => r.kind !== "all"),
      alleThemas: refs.some((r) => r.kind === "all"),
    };
  });
  if (!table) return { section, years: [], lines: [], toelichting, toelichtingSection };

  const headerCells = table.header.cells;
  const unitCell = headerCells[0];
  const unitText = unitCell ? readerText(text.slice(unitCell.content.start, unitCell.content.end)) : "";
  const unit = readUnit(unitText);
  const years = headerCells.slice(1).map((c) => {
    const t = readerText(text.slice(c.content.start, c.content.end)).replace(/\*\*/g, "").trim();
    return { value: /^\d{4}$/.test(t) ? Number(t) : undefined, text: t, span: c.content };
  });
  const lines: BudgetLineNode[] = [];
  let totals: BudgetNode["totals"];
  for (const row of table.rows) {
    const first = row.cells[0];
    if (!first) continue;
    const label = text.slice(first.content.start, first.content.end);
    const plain = readerText(label).replace(/\*\*|__|\*/g, "").trim();
    const cells = row.cells.slice(1).map((c) => readCell(text, c.content, unit));
    if (/^(totaal|totalen|total)\b/i.test(plain)) {
      totals = { row, labelSpan: first.content, cells };
      continue;
    }
    const m = /^(\d{1,3})\s*[.)]\s+/.exec(label);
    const nameSpan = m ? { start: first.content.start + m[0].length, end: first.content.end } : first.content;
    lines.push({ row, nummer: m ? Number(m[1]) : undefined, deelproduct: text.slice(nameSpan.start, nameSpan.end).replace(/\*\*|__/g, "").trim(), nameSpan, cells });
  }
  return {
    section,
    table,
    unit,
    unitSpan: unitCell?.content,
    years,
    lines,
    totals,
    toelichtingSection,
    toelichting,
  };
}

const DASH = "[-–—−]";
// "Thema 4 — Zorg & Veiligheid": the title runs to the next " & Thema", a closing parenthesis, or the line's end
// (any line break: LF, CRLF or a lone CR).
const REF_NUMBERED = new RegExp(`\\b[Tt]hema\\s+(\\d{1,3})(?:\\s*${DASH}\\s*([^()\\r\\n]*?))?(?=\\s*(?:&|\\ben\\b)\\s*[Tt]hema\\s+\\d|\\)|[\\r\\n]|$|[,.;:](?:\\s|$))`, "g");
const REF_RANGE = /\b[Tt]hema['’`]?s\s+(\d{1,3})\s*(?:t\/m|tot en met|[-–])\s*(\d{1,3})/g;
// A quoted title ends at its closing quote; an unquoted one at punctuation or the line's end.
const REF_TITLE = /\b(?:zie\s+)?het\s+thema\s*:?\s*(?:[“"'‘]([^”"'’\r\n]{2,80})[”"'’]|([A-ZÀ-Ý][^.,;()\r\n]{1,80}?)(?=[).,;]|\s*$|[\r\n]))/g;
const REF_ALL = /\(\s*[Aa]lle\s+thema['’]?s\s*\)/g;

/** Finds theme references in a piece of prose. Spans are relative to `t`. */
export function findThemeRefs(t: string): ThemeRef[] {
  if (!/thema/i.test(t)) return [];
  const out: ThemeRef[] = [];
  for (const m of t.matchAll(REF_NUMBERED)) {
    const start = m.index!;
    const numAt = start + m[0].indexOf(m[1]!, 5);
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
    out.push({ kind: "number", span: { start, end: titleSpan ? titleSpan.end : numAt + m[1]!.length }, nummer: Number(m[1]), numberSpan: { start: numAt, end: numAt + m[1]!.length }, title, titleSpan });
  }
  for (const m of t.matchAll(REF_RANGE)) {
    const start = m.index!;
    const a = start + m[0].indexOf(m[1]!, 6);
    out.push({ kind: "range", span: { start, end: start + m[0].length }, nummer: Number(m[1]), tot: Number(m[2]), numberSpan: { start: a, end: a + m[1]!.length } });
  }
  for (const m of t.matchAll(REF_TITLE)) {
    const title = (m[1] ?? m[2] ?? "").trim();
    if (!title) continue;
    const start = m.index!;
    const tAt = start + m[0].lastIndexOf(title);
    out.push({ kind: "title", span: { start, end: start + m[0].length }, title, titleSpan: { start: tAt, end: tAt + title.length } });
  }
  for (const m of t.matchAll(REF_ALL)) out.push({ kind: "all", span: { start: m.index!, end: m.index! + m[0].length } });
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

function shiftRef(r: ThemeRef, by: number): ThemeRef {
  const sh = (s?: Span) => (s ? { start: s.start + by, end: s.end + by } : undefined);
  return { ...r, span: sh(r.span)!, numberSpan: sh(r.numberSpan), titleSpan: sh(r.titleSpan) };
}

/** Reads "2022-2026", "2022–2026", "2022 t/m 2026". */
export function readPeriode(t: string | undefined): { van: number; tot: number } | undefined {
  if (t === undefined) return undefined;
  const m = /^\s*(\d{4})\s*(?:[-–—]|t\/m|tot en met)\s*(\d{4})\s*$/.exec(String(t));
  return m ? { van: Number(m[1]), tot: Number(m[2]) } : undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date as ISO text if it is one, else undefined (YAML may also give a Date object). */
export function readDate(v: MetaValue | undefined): string | undefined {
  if (!v || v.kind !== "scalar") return undefined;
  if (v.value instanceof Date && !Number.isNaN(v.value.getTime())) return v.value.toISOString().slice(0, 10);
  const t = v.text.trim();
  // Date.parse accepts "2021-02-30" (as 2 March): only a date that reads back the same exists.
  if (!ISO_DATE.test(t)) return undefined;
  const ms = Date.parse(t);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === t ? t : undefined;
}

function toPlan(p: Omit<ParsedPlan, "plan">): Plan {
  const get = p.metadata.get;
  const text = (k: string) => scalarText(get(k)?.value);
  const besluit = (k: string) => {
    const e = get(k);
    if (!e) return undefined;
    const door = scalarText(getEntry(e.value, "door")?.value);
    const datum = readDate(getEntry(e.value, "datum")?.value);
    if (door === undefined && datum === undefined) return undefined;
    return { door: door ?? "", ...(datum ? { datum } : {}) };
  };
  const vorig = get("vorigplan");
  const vorigPlan = vorig
    ? (() => {
        const v = vorig.value;
        const titel = scalarText(getEntry(v, "titel")?.value);
        const periode = readPeriode(scalarText(getEntry(v, "periode")?.value));
        const vastgesteld = readDate(getEntry(v, "vastgesteld")?.value);
        const bestand = scalarText(getEntry(v, "bestand")?.value);
        return {
          ...(titel !== undefined ? { titel } : {}),
          ...(periode ? { periode } : {}),
          ...(vastgesteld ? { vastgesteld } : {}),
          ...(bestand !== undefined ? { bestand } : {}),
        };
      })()
    : undefined;
  const status = text("status")?.trim().toLowerCase();
  const grondslag: WettelijkeGrondslag[] = p.citations
    .filter((c) => c.source === "grondslag")
    .map((c) => ({
      tekst: c.text,
      ...(c.law ? { wet: c.law.name, bwb: c.law.bwb, url: lawUrl(c.law, c.artikel || undefined, c.lid) } : {}),
      ...(c.artikel ? { artikel: c.artikel } : {}),
      ...(c.lid !== undefined ? { lid: c.lid } : {}),
    }));
  const voorgesteld = besluit("voorgesteld");
  const vastgesteld = besluit("vastgesteld");
  const periode = readPeriode(text("periode"));
  const metadata: Metadata = {
    formaat: text("formaat") ?? "veiligheidsplan/1",
    titel: text("titel") ?? "",
    ...(text("ondertitel") !== undefined ? { ondertitel: text("ondertitel")! } : {}),
    gemeente: text("gemeente") ?? "",
    ...(periode ? { periode } : {}),
    ...(status === "concept" || status === "voorstel" || status === "vastgesteld" ? { status } : {}),
    ...(voorgesteld ? { voorgesteld } : {}),
    ...(vastgesteld ? { vastgesteld } : {}),
    ...(vorigPlan ? { vorigPlan } : {}),
    grondslag,
  };

  const src = p.text;
  const themas: Thema[] = p.themes.map((t) => {
    const sectionText = (s: Section | undefined) => (s ? blocksText(src, s.ownBlocks) : "");
    return {
      nummer: t.nummer ?? 0,
      titel: t.title,
      soort: t.soort,
      opgave: t.opgave ? blocksText(src, p.blocks.slice(t.opgave.firstBlock + 1, t.opgave.endBlock)) : "",
      ambitie: sectionText(t.ambitie),
      pijlers: t.pillars.map((pl) => ({
        titel: pl.title,
        uitwerking: pl.elaboration ? blocksText(src, p.blocks.slice(pl.elaboration.firstBlock + 1, pl.elaboration.endBlock)) : "",
      })),
    };
  });

  // Inleiding: top-level sections (and level-2 sections under a single title heading) before the themes.
  const firstThemeContainer = p.themeContainers[0]?.section.span.start ?? Infinity;
  const inleiding: Hoofdstuk[] = [];
  const candidates = p.sections.length === 1 && p.sections[0]!.level === 1 ? p.sections[0]!.children : p.sections;
  for (const s of candidates) {
    if (s.span.start >= firstThemeContainer) break;
    inleiding.push({ titel: s.title, tekst: blocksText(src, p.blocks.slice(s.firstBlock + 1, s.endBlock)) });
  }

  let begroting: Begroting | undefined;
  const b = p.budget;
  if (b && b.table && b.unit) {
    const jaren = b.years.map((y) => y.value ?? 0);
    const toelichtingByName = indexByFoldedText(b.toelichting, (x) => x.deelproduct);
    const regels = b.lines.map((l) => {
      const tl = toelichtingByName.get(foldText(l.deelproduct));
      const themasSet = new Set<number>();
      for (const r of tl?.refs ?? []) {
        if (r.kind === "number" && r.nummer !== undefined) themasSet.add(r.nummer);
        if (r.kind === "range" && r.nummer !== undefined && r.tot !== undefined) for (let n = r.nummer; n <= r.tot && n - r.nummer < 1000; n++) themasSet.add(n);
      }
      return {
        ...(l.nummer !== undefined ? { nummer: l.nummer } : {}),
        deelproduct: l.deelproduct,
        bedragen: jaren.map((_, i) => l.cells[i]?.cents ?? null),
        themas: [...themasSet].sort((x, y) => x - y),
        alleThemas: tl?.alleThemas ?? false,
        toelichting: tl ? blocksText(src, tl.section.ownBlocks) : "",
      };
    });
    begroting = {
      eenheid: { label: b.unit.label, centenPerEenheid: b.unit.centsPerUnit },
      jaren,
      regels,
      totalen: b.totals ? jaren.map((_, i) => b.totals!.cells[i]?.cents ?? null) : [],
    };
  }

  return { metadata, inleiding, themas, ...(begroting ? { begroting } : {}) };
}

/** Reads the numbers a pillar intro announces, for callers that only have the text. */
export const PILLAR_INTRO_PATTERN = PILLAR_INTRO;

/** Every top-level field of the front matter, for rules that check unknown keys. */
export function metadataEntries(p: ParsedPlan): readonly MetaEntry[] {
  return p.metadata.root?.kind === "map" ? p.metadata.root.entries : [];
}

/** Citations found in the prose of a text, exported for the language server. */
export { findCitations };
