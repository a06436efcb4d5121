/**
 * The block scanner: a single pass over the lines that cuts the text into contiguous blocks. Every
 * character belongs to exactly one block (line terminators included), so concatenating the blocks'
 * source gives back the input byte for byte: that is what makes the tree lossless. It recognises
 * the CommonMark/GFM blocks the format needs and treats everything else as a paragraph; it never
 * throws and never backtracks more than one line, so it runs in linear time on any input.
 * (Over 300 lines: one linear scanner; splitting it would split the loop that makes it linear.)
 */
import type { Span } from "../text/positions.js";
import { LineTable } from "./lines.js";

export interface Cell {
  /** The cell between its pipes, untrimmed. */
  readonly span: Span;
  /** The cell's text without surrounding white space. */
  readonly content: Span;
}

export interface TableRow {
  readonly span: Span;
  readonly cells: readonly Cell[];
}

export interface ListItem {
  readonly span: Span;
  /** Where the marker (`-`, `1.`) stands. */
  readonly marker: Span;
  /** The item's text after its marker, through the item's last line (terminator excluded). */
  readonly content: Span;
  /** The number of an ordered item. */
  readonly ordinal?: number;
  readonly indent: number;
}

interface BlockBase {
  readonly span: Span;
}

export interface BlankBlock extends BlockBase {
  readonly kind: "blank";
}
export interface FrontMatterBlock extends BlockBase {
  readonly kind: "frontMatter";
  /** The YAML between the fences. */
  readonly content: Span;
  readonly closed: boolean;
}
export interface HeadingBlock extends BlockBase {
  readonly kind: "heading";
  readonly level: number;
  /** The heading's text, without `#` marks and surrounding white space. */
  readonly content: Span;
  readonly setext: boolean;
}
export interface ParagraphBlock extends BlockBase {
  readonly kind: "paragraph";
  /** Through the last line's content (terminator excluded). */
  readonly content: Span;
}
export interface QuoteBlock extends BlockBase {
  readonly kind: "quote";
  readonly content: Span;
}
export interface ListBlock extends BlockBase {
  readonly kind: "list";
  readonly ordered: boolean;
  readonly items: readonly ListItem[];
}
export interface TableBlock extends BlockBase {
  readonly kind: "table";
  readonly header: TableRow;
  readonly delimiter: TableRow;
  readonly rows: readonly TableRow[];
  /** Per column: "left" | "right" | "center" | undefined (from the delimiter row). */
  readonly align: readonly ("left" | "right" | "center" | undefined)[];
}
export interface FenceBlock extends BlockBase {
  readonly kind: "fence";
  readonly closed: boolean;
}
export interface CommentBlock extends BlockBase {
  readonly kind: "comment";
  readonly closed: boolean;
}
export interface FootnoteBlock extends BlockBase {
  readonly kind: "footnote";
  readonly label: string;
  readonly content: Span;
}
export interface ThematicBreakBlock extends BlockBase {
  readonly kind: "thematicBreak";
}

export type Block =
  | BlankBlock
  | FrontMatterBlock
  | HeadingBlock
  | ParagraphBlock
  | QuoteBlock
  | ListBlock
  | TableBlock
  | FenceBlock
  | CommentBlock
  | FootnoteBlock
  | ThematicBreakBlock;

/** Splits the text into lines with their offsets. A final line without terminator is included. */
export function splitLines(text: string): LineTable {
  return text.includes("\r") ? splitAnyLineEnds(text) : splitLfLines(text);
}

/** Room for a text's lines at first: prose lines of a plan run to some 60 characters. */
const roomFor = (text: string): number => (text.length >> 6) + 16;

/** Most plans end their lines with LF only: indexOf finds those several times faster than a loop. */
function splitLfLines(text: string): LineTable {
  const lines = new LineTable(roomFor(text));
  const n = text.length;
  let start = 0;
  while (start < n) {
    const i = text.indexOf("\n", start);
    if (i === -1) {
      lines.push(start, n, n);
      break;
    }
    lines.push(start, i, i + 1);
    start = i + 1;
  }
  return lines;
}

/**
 * CR, LF and CRLF, character by character. Searching for both with indexOf fell off a cliff in V8
 * (Node 20) once optimised: 250 ms instead of 1 ms for a 1 MB plan, also with each next CR and LF
 * remembered until passed (see bench/README.md).
 */
function splitAnyLineEnds(text: string): LineTable {
  const lines = new LineTable(roomFor(text));
  pushLines(text, 0, lines);
  return lines;
}

/**
 * Pushes onto `lines` the lines from offset `start` (where a line starts) to the end of the text, CR,
 * LF and CRLF character by character; `stopAt`, asked at each line's start, ends it there (./rescan.ts
 * stops where the old lines resume).
 */
export function pushLines(text: string, start: number, lines: LineTable, stopAt?: (start: number) => boolean): void {
  const n = text.length;
  while (start < n) {
    if (stopAt !== undefined && stopAt(start)) return;
    let i = start;
    let c = 0;
    for (; i < n; i++) {
      c = text.charCodeAt(i);
      if (c === 10 || c === 13) break;
    }
    if (i >= n) {
      lines.push(start, n, n);
      return;
    }
    const end = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    lines.push(start, i, end);
    start = end;
  }
}

const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BULLET = /^( {0,3})([-*+])([ \t]+|$)/;
const ORDERED = /^( {0,3})(\d{1,9})([.)])([ \t]+|$)/;
const THEMATIC = /^ {0,3}((?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const FOOTNOTE = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]?/;
const DELIMITER_CELL = /^\s*:?-+:?\s*$/;

function isBlankText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Splits a table row into cells at unescaped pipes outside code spans. */
export function splitRow(text: string, lineStart: number, lineEnd: number): TableRow {
  const cells: Cell[] = [];
  let i = lineStart;
  // Skip leading white space and an optional leading pipe.
  while (i < lineEnd && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  let cellStart = i;
  if (text.charCodeAt(i) === 124) cellStart = ++i;
  const codeEnd = codeSpanEnds(text, i, lineEnd);
  for (; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      i++;
      continue;
    }
    if (c === 96 /* ` */) {
      // A backtick run opens a code span only if a run of the same length closes it; else it is literal.
      const end = codeEnd?.get(i);
      if (end !== undefined) i = end - 1;
      else while (i + 1 < lineEnd && text.charCodeAt(i + 1) === 96) i++;
    } else if (c === 124 /* | */) {
      cells.push(makeCell(text, cellStart, i));
      cellStart = i + 1;
    }
  }
  // A trailing pipe ends the last cell; text after the last pipe is a cell only if it is not blank.
  if (cellStart < lineEnd && !isBlankText(text.slice(cellStart, lineEnd))) cells.push(makeCell(text, cellStart, lineEnd));
  return { span: { start: lineStart, end: lineEnd }, cells };
}

/**
 * Code spans on a line: the offset of each opening backtick run mapped to the offset after its closing
 * run (the next run of the same length). Linear, also on a long line full of unmatched backticks.
 */
function codeSpanEnds(text: string, from: number, to: number): Map<number, number> | undefined {
  // Not indexOf: on a line without a backtick it would scan the rest of the text (quadratic over a file).
  let any = false;
  for (let i = from; i < to && !any; i++) any = text.charCodeAt(i) === 96;
  if (!any) return undefined;
  const runs: { start: number; len: number }[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      // An escaped backtick cannot open a span (and the rest of its run still can).
      i++;
      continue;
    }
    if (c !== 96) continue;
    let j = i;
    while (j < to && text.charCodeAt(j) === 96) j++;
    runs.push({ start: i, len: j - i });
    i = j - 1;
  }
  const nextSame = new Array<number>(runs.length).fill(-1);
  const lastByLen = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    nextSame[r] = lastByLen.get(runs[r]!.len) ?? -1;
    lastByLen.set(runs[r]!.len, r);
  }
  const ends = new Map<number, number>();
  for (let r = 0; r < runs.length; r++) {
    const close = nextSame[r]!;
    if (close < 0) continue;
    ends.set(runs[r]!.start, runs[close]!.start + runs[close]!.len);
    r = close;
  }
  return ends;
}

function makeCell(text: string, start: number, end: number): Cell {
  let s = start;
  let e = end;
  while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
  while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  return { span: { start, end }, content: { start: s, end: e } };
}

function isDelimiterRow(row: TableRow, text: string): boolean {
  if (row.cells.length === 0) return false;
  for (const cell of row.cells) if (!DELIMITER_CELL.test(text.slice(cell.span.start, cell.span.end))) return false;
  return true;
}

/** Scans the text into blocks. */
export function scanBlocks(text: string, lines: LineTable = splitLines(text)): Block[] {
  const blocks: Block[] = [];
  scanBlocksFrom(text, lines, 0, blocks);
  return blocks;
}

/**
 * Scans from line `from` (0, or the first line of a block of an earlier scan of the same text up to
 * there: ./rescan.ts) and pushes the blocks onto `blocks`. Where `stopAt` says so for the line a block
 * would start at, it stops and returns that line's index (else `lines.length`). From a block's first
 * line on, the scan reads only forward, and only line 0 has state of its own (front matter, a BOM):
 * that is what lets a rescan begin at a block and end where the old blocks resume.
 */
export function scanBlocksFrom(text: string, lines: LineTable, from: number, blocks: Block[], stopAt?: (line: number) => boolean): number {
  const n = lines.length;
  let i = from;
  const lineText = (k: number): string => text.slice(lines.start(k), lines.contentEnd(k));
  const bomOffset = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  // Front matter: only on the very first line.
  if (from === 0 && n > 0 && lineText(0).slice(bomOffset).trimEnd() === "---") {
    let k = 1;
    while (k < n) {
      const t = lineText(k).trimEnd();
      if (t === "---" || t === "...") break;
      k++;
    }
    const closed = k < n;
    if (closed) {
      blocks.push({
        kind: "frontMatter",
        span: { start: 0, end: lines.end(k) },
        content: { start: lines.end(0), end: lines.start(k) },
        closed,
      });
      i = k + 1;
    }
  }

  while (i < n) {
    if (stopAt !== undefined && stopAt(i)) return i;
    const lineStart = lines.start(i);
    const lineContentEnd = lines.contentEnd(i);
    const lineEnd = lines.end(i);
    const t = lineText(i);
    // A BOM before the first block belongs to that block.
    const blockStart = i === 0 ? 0 : lineStart;

    if (isBlankText(t)) {
      blocks.push({ kind: "blank", span: { start: blockStart, end: lineEnd } });
      i++;
      continue;
    }
    const body = i === 0 && bomOffset ? t.slice(bomOffset) : t;
    const bodyOffset = i === 0 ? bomOffset : 0;
    const marked = ANY_MARKERS.has(markerAt(body));

    const atx = marked ? ATX.exec(body) : null;
    if (atx) {
      const level = atx[1]!.length;
      let s = lineStart + bodyOffset + atx[0].length;
      let e = lineContentEnd;
      while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
      while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
      // An optional closing sequence of #s, preceded by a space, is not part of the text.
      let h = e;
      while (h > s && text.charCodeAt(h - 1) === 35) h--;
      if (h < e && (h === s || text.charCodeAt(h - 1) === 32 || text.charCodeAt(h - 1) === 9)) {
        e = h;
        while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
      }
      blocks.push({ kind: "heading", level, content: { start: s, end: withoutTrailingComments(text, s, e) }, setext: false, span: { start: blockStart, end: lineEnd } });
      i++;
      continue;
    }

    const fence = marked ? FENCE.exec(body) : null;
    if (fence) {
      const marker = fence[1]!;
      let k = i + 1;
      let closed = false;
      while (k < n) {
        const u = lineText(k).trim();
        if (u.startsWith(marker[0]!.repeat(marker.length)) && /^[`~]+$/.test(u)) {
          closed = true;
          break;
        }
        k++;
      }
      const last = closed ? k : n - 1;
      blocks.push({ kind: "fence", closed, span: { start: blockStart, end: lines.end(last) } });
      i = last + 1;
      continue;
    }

    if (marked && /^ {0,3}<!--/.test(body)) {
      // A block comment runs to the line that closes it; text after `-->` on that line stays in it.
      const open = lineStart + bodyOffset + body.indexOf("<!--");
      const close = text.indexOf("-->", open + 4);
      let last = n - 1;
      if (close >= 0) {
        last = i;
        while (last < n - 1 && lines.end(last) <= close) last++;
      }
      blocks.push({ kind: "comment", closed: close >= 0, span: { start: blockStart, end: lines.end(last) } });
      i = last + 1;
      continue;
    }

    if (marked && THEMATIC.test(body)) {
      blocks.push({ kind: "thematicBreak", span: { start: blockStart, end: lineEnd } });
      i++;
      continue;
    }

    // Table: a row with a pipe, followed by a delimiter row with the same number of cells.
    if (body.includes("|") && i + 1 < n) {
      const header = splitRow(text, lineStart + bodyOffset, lineContentEnd);
      const delimiter = splitRow(text, lines.start(i + 1), lines.contentEnd(i + 1));
      if (header.cells.length > 0 && isDelimiterRow(delimiter, text) && delimiter.cells.length === header.cells.length) {
        const rows: TableRow[] = [];
        let k = i + 2;
        while (k < n) {
          const u = lineText(k);
          if (isBlankText(u) || ATX.test(u) || FENCE.test(u) || /^ {0,3}<!--/.test(u)) break;
          if (!u.includes("|")) break;
          rows.push(splitRow(text, lines.start(k), lines.contentEnd(k)));
          k++;
        }
        const align = delimiter.cells.map((c) => {
          const d = text.slice(c.content.start, c.content.end);
          const l = d.startsWith(":");
          const r = d.endsWith(":");
          return l && r ? "center" : r ? "right" : l ? "left" : undefined;
        });
        blocks.push({ kind: "table", header, delimiter, rows, align, span: { start: blockStart, end: lines.end(k - 1) } });
        i = k;
        continue;
      }
    }

    const footnote = marked ? FOOTNOTE.exec(body) : null;
    if (footnote) {
      let k = i + 1;
      while (k < n) {
        const u = lineText(k);
        if (isBlankText(u)) {
          // A blank line continues the footnote only if indented text follows.
          if (k + 1 < n && /^(?: {4}|\t)/.test(lineText(k + 1)) && !isBlankText(lineText(k + 1))) {
            k++;
            continue;
          }
          break;
        }
        if (startsBlock(u)) break;
        k++;
      }
      blocks.push({
        kind: "footnote",
        label: footnote[1]!,
        content: { start: lineStart + bodyOffset + footnote[0].length, end: lines.contentEnd(k - 1) },
        span: { start: blockStart, end: lines.end(k - 1) },
      });
      i = k;
      continue;
    }

    const bullet = marked ? BULLET.exec(body) : null;
    const ordered = bullet || !marked ? null : ORDERED.exec(body);
    if (bullet || ordered) {
      const isOrdered = ordered !== null;
      const items: ListItem[] = [];
      let k = i;
      let lastNonBlank = i;
      while (k < n) {
        const u = k === i ? body : lineText(k);
        const uOffset = k === i ? bodyOffset : 0;
        if (isBlankText(u)) {
          // A blank line inside a list continues it only if an indented line or another item follows.
          let m = k + 1;
          while (m < n && isBlankText(lineText(m))) m++;
          if (m < n && (/^(?: {2,}|\t)/.test(lineText(m)) || (isOrdered ? ORDERED : BULLET).test(lineText(m)))) {
            k = m;
            continue;
          }
          break;
        }
        const item = isOrdered ? ORDERED.exec(u) : BULLET.exec(u);
        const itemLineStart = lines.start(k) + uOffset;
        if (item) {
          const indent = item[1]!.length;
          const markerText = isOrdered ? item[2]! + item[3]! : item[2]!;
          const markerStart = itemLineStart + indent;
          items.push({
            span: { start: k === i ? blockStart : lines.start(k), end: lines.end(k) },
            marker: { start: markerStart, end: markerStart + markerText.length },
            content: { start: itemLineStart + item[0].length, end: lines.contentEnd(k) },
            ordinal: isOrdered ? Number(item[2]) : undefined,
            indent,
          } as ListItem);
        } else if (k !== i && (startsBlock(u) || (!/^(?: {2,}|\t)/.test(u) && (isOrdered ? BULLET : ORDERED).test(u)))) {
          break;
        } else if (items.length > 0) {
          // A continuation line (indented or lazy) extends the last item.
          const last = items[items.length - 1]!;
          items[items.length - 1] = {
            ...last,
            span: { start: last.span.start, end: lines.end(k) },
            content: { start: last.content.start, end: lines.contentEnd(k) },
          };
        }
        lastNonBlank = k;
        k++;
      }
      // Trailing blank lines are not part of the list, but blank lines between items are, in the item before.
      const end = lines.end(lastNonBlank);
      const fixed = items.map((it, idx) => {
        const next = items[idx + 1];
        return next ? { ...it, span: { start: it.span.start, end: next.span.start } } : { ...it, span: { start: it.span.start, end } };
      });
      blocks.push({ kind: "list", ordered: isOrdered, items: fixed, span: { start: blockStart, end } });
      i = lastNonBlank + 1;
      continue;
    }

    if (marked && /^ {0,3}>/.test(body)) {
      let k = i + 1;
      while (k < n && !isBlankText(lineText(k)) && (/^ {0,3}>/.test(lineText(k)) || !startsBlock(lineText(k)))) k++;
      blocks.push({ kind: "quote", content: { start: lineStart + bodyOffset, end: lines.contentEnd(k - 1) }, span: { start: blockStart, end: lines.end(k - 1) } });
      i = k;
      continue;
    }

    // Paragraph, possibly a setext heading.
    let k = i + 1;
    let setextLevel = 0;
    while (k < n) {
      const u = lineText(k);
      if (isBlankText(u)) break;
      if (!ANY_MARKERS.has(markerAt(u)) && !u.includes("|")) {
        // Plain prose continues the paragraph.
        k++;
        continue;
      }
      const st = SETEXT.exec(u);
      if (st) {
        setextLevel = st[1]!.startsWith("=") ? 1 : 2;
        break;
      }
      if (startsBlock(u) || BULLET.test(u) || /^ {0,3}1[.)][ \t]/.test(u)) break;
      if (u.includes("|") && k + 1 < n && isDelimiterRow(splitRow(text, lines.start(k + 1), lines.contentEnd(k + 1)), text)) break;
      k++;
    }
    if (setextLevel > 0) {
      let s = lineStart + bodyOffset;
      while (text.charCodeAt(s) === 32) s++;
      let e = lines.contentEnd(k - 1);
      while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
      blocks.push({ kind: "heading", level: setextLevel, setext: true, content: { start: s, end: withoutTrailingComments(text, s, e) }, span: { start: blockStart, end: lines.end(k) } });
      i = k + 1;
      continue;
    }
    blocks.push({ kind: "paragraph", content: { start: lineStart + bodyOffset, end: lines.contentEnd(k - 1) }, span: { start: blockStart, end: lines.end(k - 1) } });
    i = k;
  }
  return n;
}

/** A line that interrupts a paragraph. */
function startsBlock(u: string): boolean {
  if (!BLOCK_MARKERS.has(markerAt(u))) return false;
  return ATX.test(u) || FENCE.test(u) || /^ {0,3}<!--/.test(u) || THEMATIC.test(u) || /^ {0,3}>/.test(u) || FOOTNOTE.test(u);
}

/** The character after at most three spaces: where every block pattern has its marker. */
function markerAt(u: string): number {
  let i = 0;
  while (i < 3 && u.charCodeAt(i) === 32) i++;
  return u.charCodeAt(i);
}

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
/** First characters of the blocks that interrupt a paragraph: `#`, fences, `<!--`, breaks, `>`, `[^`. */
const BLOCK_MARKERS = codes("#`~<*-_>[");
/**
 * First characters of any block but a paragraph (also list items and setext underlines). A line that
 * starts otherwise — most lines of prose start with a letter — is tested against none of the patterns.
 */
const ANY_MARKERS = codes("#`~<*-_>[+=0123456789");

/**
 * The end of a heading's text without the HTML comments after it ("## Ondermijning <!-- veiligheidsplan-
 * disable-line … -->"): a reader does not see them, so they are no part of the title the checks compare
 * and name. A heading that is only a comment keeps it.
 */
function withoutTrailingComments(text: string, s: number, e: number): number {
  let end = e;
  // 45 45 62: "-->"
  while (end - s >= 7 && text.charCodeAt(end - 1) === 62 && text.charCodeAt(end - 2) === 45 && text.charCodeAt(end - 3) === 45) {
    const open = text.lastIndexOf("<!--", end - 4);
    if (open < s || text.indexOf("-->", open + 4) !== end - 3) break;
    let before = open;
    while (before > s && (text.charCodeAt(before - 1) === 32 || text.charCodeAt(before - 1) === 9)) before--;
    if (before === s) break;
    end = before;
  }
  return end;
}
