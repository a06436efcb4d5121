/**
 * Scanning again after an edit, reusing what the edit did not touch. The lines and blocks before the
 * edit are the old ones; those after it are the old ones moved by the edit's length; only the stretch
 * between is scanned again. The result is exactly what a scan of the whole new text gives (property
 * test: core/test/incremental.test.ts), so a caller cannot tell the two apart, except by the time taken.
 *
 * Why that holds: a line's extent depends only on its own characters and the one after its break; a
 * block scan that starts at a block's first line reads only forward, with no state but line 0's
 * (front matter, a BOM) — see `scanBlocksFrom`. So the scan starts again a few blocks before the edit
 * (a block's scan looks ahead into the blocks after it, across blank lines: never past two more) and
 * stops at the first block start inside the unchanged end that was a block start before.
 */
import { pushLines, scanBlocksFrom, type Block, type ListItem, type TableRow } from "./blocks.js";
import type { LineTable } from "./lines.js";
import { moveSpan as move } from "../text/positions.js";

/**
 * Which new blocks are old ones: the first `head` are the old first `head`, the same objects; from
 * `tailNew` on they are the old ones from `tailOld` on, moved by `delta`. The rest were scanned anew.
 */
export interface BlockReuse {
  readonly head: number;
  readonly tailNew: number;
  readonly tailOld: number;
  readonly delta: number;
}

export interface Rescanned {
  readonly lines: LineTable;
  readonly blocks: Block[];
  readonly reuse: BlockReuse;
}

/** Non-blank blocks before the edit that are scanned again: how far a block's scan can look ahead. */
const BLOCKS_BACK = 3;

export function rescan(text: string, old: { readonly text: string; readonly lines: LineTable; readonly blocks: readonly Block[] }): Rescanned {
  const oldText = old.text;
  const p = commonPrefix(oldText, text);
  const s = commonSuffix(oldText, text, Math.min(oldText.length, text.length) - p);
  const delta = text.length - oldText.length;
  /** Where the unchanged end starts, in the new text. */
  const endFrom = text.length - s;

  // ── Lines: those ending before the first change stay; a line's extent may depend on the character after its break.
  const oldLines = old.lines;
  const keep = firstIndex(oldLines.length, (k) => oldLines.end(k) >= p);
  const lines = oldLines.head(keep, oldLines.length - keep + 16);
  // A line that starts past the first unchanged character (its break unchanged too) starts as it did.
  let resume = -1;
  pushLines(text, keep > 0 ? oldLines.end(keep - 1) : 0, lines, (at) => {
    if (at <= endFrom) return false;
    resume = lineStartingAt(oldLines, at - delta);
    return resume >= 0;
  });
  if (resume >= 0) lines.pushMoved(oldLines, resume, delta);

  // ── Blocks: again from a few blocks before the change; a front matter left open may close anywhere.
  const oldBlocks = old.blocks;
  let j = firstIndex(oldBlocks.length, (k) => oldBlocks[k]!.span.end > p);
  if (j >= oldBlocks.length) j = oldBlocks.length - 1;
  for (let back = 0; j > 0 && back < BLOCKS_BACK; ) if (oldBlocks[--j]!.kind !== "blank") back++;
  if (j < 0 || opensFrontMatter(oldText, oldBlocks)) j = 0;
  // The block starts before the edit, so its first line is one of the lines kept (else: from the top).
  let from = j === 0 ? 0 : lineStartingAt(lines, oldBlocks[j]!.span.start);
  if (from < 0) j = from = 0;
  const blocks: Block[] = oldBlocks.slice(0, j);
  let tailOld = oldBlocks.length;
  const stoppedAt = scanBlocksFrom(text, lines, from, blocks, (i) => {
    const q = lines.start(i);
    if (q <= endFrom) return false;
    const m = blockStartingAt(oldBlocks, q - delta);
    if (m < 0) return false;
    tailOld = m;
    return true;
  });
  const tailNew = blocks.length;
  if (stoppedAt < lines.length) for (let k = tailOld; k < oldBlocks.length; k++) blocks.push(delta === 0 ? oldBlocks[k]! : moveBlock(oldBlocks[k]!, delta));
  return { lines, blocks, reuse: { head: j, tailNew, tailOld, delta } };
}

/**
 * A first line of `---` that no line closed: an edit anywhere may close it and make all before it a
 * front matter. (An edit of the first line itself is in the first block, so it is scanned again anyway.)
 */
function opensFrontMatter(text: string, blocks: readonly Block[]): boolean {
  if (blocks[0]?.kind === "frontMatter") return false;
  let e = 0;
  while (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  // As the scanner reads line 0: without a BOM, white space at its end ignored.
  return text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0, e).trimEnd() === "---";
}

/** The first index in [0, n) where `past` holds (it holds for all after), or `n`. */
function firstIndex(n: number, past: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function lineStartingAt(lines: LineTable, offset: number): number {
  const k = firstIndex(lines.length, (i) => lines.start(i) >= offset);
  return k < lines.length && lines.start(k) === offset ? k : -1;
}

function blockStartingAt(blocks: readonly Block[], offset: number): number {
  const k = firstIndex(blocks.length, (i) => blocks[i]!.span.start >= offset);
  return k < blocks.length && blocks[k]!.span.start === offset ? k : -1;
}

/** How many characters the two texts share at their start. Compared in chunks: a string compare is a memcmp. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (let step = 4096; step >= 16; step >>= 4) while (i + step <= n && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How many characters, at most `max`, the two texts share at their end. */
function commonSuffix(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  let i = 0;
  for (let step = 4096; step >= 16; step >>= 4) while (i + step <= max && a.slice(la - i - step, la - i) === b.slice(lb - i - step, lb - i)) i += step;
  while (i < max && a.charCodeAt(la - 1 - i) === b.charCodeAt(lb - 1 - i)) i++;
  return i;
}

// ── Moving a block: the same block, `d` characters further on ─────────────────────────────────────────
// Object literals with every field written out, not spreads: a plan moves thousands of blocks per
// keystroke when the edit is near its start, and V8 builds a literal of known shape much faster. The
// fields stand in the scanner's order, so that a moved block serialises as a scanned one.

const moveRow = (r: TableRow, d: number): TableRow => ({ span: move(r.span, d), cells: r.cells.map((c) => ({ span: move(c.span, d), content: move(c.content, d) })) });
const moveItem = (it: ListItem, d: number): ListItem => ({ span: move(it.span, d), marker: move(it.marker, d), content: move(it.content, d), ordinal: it.ordinal, indent: it.indent }) as ListItem;

function moveBlock(b: Block, d: number): Block {
  const span = move(b.span, d);
  switch (b.kind) {
    case "blank":
    case "thematicBreak":
      return { kind: b.kind, span } as Block;
    case "fence":
    case "comment":
      return { kind: b.kind, closed: b.closed, span } as Block;
    case "paragraph":
    case "quote":
      return { kind: b.kind, content: move(b.content, d), span } as Block;
    case "heading":
      // Its fields in the order the scanner wrote them (ATX and setext headings differ), as everywhere here.
      return { ...b, content: move(b.content, d), span };
    case "footnote":
      return { kind: "footnote", label: b.label, content: move(b.content, d), span };
    case "frontMatter":
      return { kind: "frontMatter", span, content: move(b.content, d), closed: b.closed };
    case "list":
      return { kind: "list", ordered: b.ordered, items: b.items.map((it) => moveItem(it, d)), span };
    case "table":
      return { kind: "table", header: moveRow(b.header, d), delimiter: moveRow(b.delimiter, d), rows: b.rows.map((r) => moveRow(r, d)), align: b.align, span };
  }
}
