/**
 * Reading order on a PDF page set in two columns. A PDF has no columns, only words at positions; read
 * line by line across the page, the left column's lines and the right column's would be interleaved
 * ("Het aantal Alinea 4 van de inleiding. woninginbraken …"). Where lines of prose on both sides of one
 * gutter (a vertical strip near the middle that no word crosses) follow each other, that stretch of
 * the page is a band: its left column is read before its right column. What stands across the gutter
 * (a title, a heading over the whole width) and what lies between bands is read as it stands.
 */

export interface PageItem {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly width: number;
}

type Side = "left" | "right" | "both" | "across";
interface Line<T extends PageItem> {
  readonly items: T[];
  readonly y: number;
  readonly size: number;
  side: Side;
}

/** Lines of prose on both sides of the gutter it takes to call a stretch of a page two columns. */
const MIN_SPLIT_LINES = 5;

/**
 * The page's items in reading order, as flows: each flow is read top to bottom, and the flows one after
 * the other. A page in one column is one flow, as it came.
 */
export function readingOrder<T extends PageItem>(items: readonly T[]): T[][] {
  const lines = linesOf(items);
  const gutter = findGutter(lines);
  if (gutter === undefined) return [items.slice()];
  for (const line of lines) line.side = sideOf(line.items, gutter);
  const flows: T[][] = [];
  let loose: T[] = [];
  const flushLoose = () => {
    if (loose.length > 0) flows.push(loose);
    loose = [];
  };
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.side !== "both") {
      loose.push(...lines[i]!.items);
      i++;
      continue;
    }
    let end = bandEnd(lines, i);
    flushLoose();
    const band = lines.slice(i, end);
    const left = band.flatMap((l) => l.items.filter((it) => it.x + it.width / 2 < gutter));
    const right = band.flatMap((l) => l.items.filter((it) => it.x + it.width / 2 >= gutter));
    // The left column goes on below the right column's end, down to the page's foot: read with it.
    const rest = leftColumnRest(lines, end, left, gutter);
    left.push(...lines.slice(end, rest).flatMap((l) => l.items));
    end = rest;
    flows.push(left, right);
    i = end;
  }
  flushLoose();
  return flows.filter((f) => f.length > 0);
}

/** Items on one baseline (within half the type's height), top to bottom. */
function linesOf<T extends PageItem>(items: readonly T[]): Line<T>[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line<T>[] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - it.y) < Math.max(line.size, it.size) * 0.5) {
      line.items.push(it);
      (line as { size: number }).size = Math.max(line.size, it.size);
    } else lines.push({ items: [it], y: it.y, size: it.size, side: "left" });
  }
  for (const l of lines) l.items.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * The x of a gutter: the middle of the widest empty strip that at least {@link MIN_SPLIT_LINES} lines
 * have in the middle half of the text, with three words or more of prose on either side in most of them
 * (or on both in many and words on both in nearly all: a table or headings in one column).
 */
function findGutter(lines: readonly Line<PageItem>[]): number | undefined {
  let minX = Infinity;
  let maxX = -Infinity;
  for (const l of lines) for (const it of l.items) (minX = Math.min(minX, it.x)), (maxX = Math.max(maxX, it.x + it.width));
  const w = maxX - minX;
  if (!(w > 0)) return undefined;
  // Per line, its gaps in the middle half of the text.
  const gaps: { a: number; b: number; line: Line<PageItem>; at: number }[] = [];
  // Per line, how many wide gaps it has anywhere: a line of two columns of prose has one (the gutter),
  // a table's row one per column ("Doel | Indicator | Nulmeting | Streefwaarde | Politie en gemeente").
  const wide = new Map<Line<PageItem>, number>();
  for (const l of lines) {
    for (let k = 1; k < l.items.length; k++) {
      const a = l.items[k - 1]!.x + l.items[k - 1]!.width;
      const b = l.items[k]!.x;
      const mid = (a + b) / 2;
      if (b - a < Math.max(l.size * 1.2, 6)) continue;
      wide.set(l, (wide.get(l) ?? 0) + 1);
      if (mid > minX + w * 0.25 && mid < minX + w * 0.75) gaps.push({ a, b, line: l, at: k });
    }
  }
  if (gaps.length < MIN_SPLIT_LINES) return undefined;
  // The x that most lines' gaps share: the gutter. (At most 200 candidates: a dense page of table cells
  // has thousands of gaps, and each candidate is counted against all of them.)
  let best: { x: number; n: number } | undefined;
  const step = Math.max(1, Math.floor(gaps.length / 200));
  for (let c = 0; c < gaps.length; c += step) {
    const g = gaps[c]!;
    const x = (g.a + g.b) / 2;
    const n = new Set(gaps.filter((o) => o.a <= x && o.b >= x).map((o) => o.line)).size;
    if (!best || n > best.n) best = { x, n };
  }
  if (!best || best.n < MIN_SPLIT_LINES) return undefined;
  // Prose on both sides (a table's label and amount are not): three words or more each side, in most lines.
  const words = (items: readonly PageItem[]) => items.map((i) => i.text).join(" ").split(/\s+/).filter((t) => /\p{L}/u.test(t)).length;
  const split = gaps.filter((g) => g.a <= best!.x && g.b >= best!.x);
  // Prose is counted among the lines with one wide gap: a table's rows, with a gap per column, are no
  // evidence either way.
  const single = split.filter((g) => wide.get(g.line) === 1);
  const prose = single.filter((g) => words(g.line.items.slice(0, g.at)) >= 3 && words(g.line.items.slice(g.at)) >= 3).length;
  // Or a column that holds, besides prose, a table's short cells and headings beside the other's prose
  // (a goals table set in the left column): prose on both sides in many lines, words on both in nearly all
  // (a table's amounts are no words).
  const worded = split.filter((g) => words(g.line.items.slice(0, g.at)) >= 1 && words(g.line.items.slice(g.at)) >= 1).length;
  const columns = prose >= single.length * 0.6 || (prose >= single.length * 0.4 && worded >= split.length * 0.8);
  return prose >= MIN_SPLIT_LINES && columns ? best.x : undefined;
}

function sideOf(items: readonly PageItem[], gutter: number): Side {
  let left = false;
  let right = false;
  for (const it of items) {
    if (it.x < gutter - 1 && it.x + it.width > gutter + 1) return "across";
    if (it.x + it.width / 2 < gutter) left = true;
    else right = true;
  }
  return left && right ? "both" : left ? "left" : "right";
}

/**
 * Where a band that starts with two-sided line `start` ends (exclusive): it runs on over two-sided lines
 * and the one-sided lines between them (a column's heading or a paragraph's last line, while the other
 * column goes on; lines of the two columns on baselines of their own, one after the other), and past the last two-sided line over one-sided lines that follow closely in the same
 * type (a column longer than the other). A line across the gutter, or a stretch of more than three lines'
 * height without a two-sided line, ends it; so does larger type after it (the next section's heading).
 */
function bandEnd(lines: readonly Line<PageItem>[], start: number): number {
  let lastBoth = start;
  // Where each side last had a line: where a paragraph's spacing sets one column's baselines half a line
  // off the other's, no line has both sides, but the two columns still go on side by side.
  let leftY = lines[start]!.y;
  let rightY = leftY;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.side === "across") break;
    // Only lines in the columns' own type (a heading in larger type below them ends them, as before).
    const inColumns = l.size <= lines[start]!.size * 1.08;
    if (inColumns && l.side !== "right") leftY = l.y;
    if (inColumns && l.side !== "left") rightY = l.y;
    const near = lines[lastBoth]!.size * 3.5;
    if (l.side === "both" || (inColumns && leftY - l.y <= near && rightY - l.y <= near)) {
      if (lines[lastBoth]!.y - l.y > near) break;
      lastBoth = i;
    }
  }
  // Past the last two-sided line: the one-sided lines that go on closely in the body's type.
  let end = lastBoth + 1;
  const body = lines[lastBoth]!.size;
  while (end < i && end < lines.length) {
    const l = lines[end]!;
    if (l.side === "across" || l.side === "both" || l.size > body * 1.08 || lines[end - 1]!.y - l.y > body * 2) break;
    end++;
  }
  return end;
}

/**
 * Where the left column's rest ends (exclusive), when the band before `start` ended with the right
 * column (shorter: the last page of a two-column section, or a column ended early) and the left column
 * goes on below it to the page's foot: lines on the left of the gutter only, each within the left
 * column's edges and close under the one before (a heading's space before it allowed), with nothing
 * after them but the page's footer (a line or two further off). `start` itself where the page goes on
 * otherwise: text across the page, or another band, after a column ended so is read as it stands.
 */
function leftColumnRest(lines: readonly Line<PageItem>[], start: number, left: readonly PageItem[], gutter: number): number {
  if (start >= lines.length || left.length === 0) return start;
  const from = Math.min(...left.map((it) => it.x));
  let body = 0;
  for (const it of left) body = Math.max(body, it.size);
  const sizes = left.map((it) => it.size).sort((a, b) => a - b);
  body = sizes[Math.floor(sizes.length / 2)]!;
  let end = start;
  let y = Math.min(...left.map((it) => it.y));
  const ys: number[] = [y];
  while (end < lines.length) {
    const l = lines[end]!;
    if (l.side !== "left" || l.items.some((it) => it.x < from - body || it.x + it.width > gutter + 1)) break;
    // Close under the line before: a paragraph's spacing, or a heading's space before it.
    if (y - l.y > Math.max(body, l.size) * 4) break;
    y = l.y;
    ys.push(y);
    end++;
  }
  // Past it only the page's footer (a line or two, short, further off than a paragraph's spacing),
  // which stays where it is, the page's last lines.
  const short = (l: Line<PageItem>) => l.items.reduce((n, it) => n + it.text.length, 0) <= 80;
  let keep = end;
  if (end === lines.length) {
    for (let k = end - 1; k >= Math.max(start, end - 2); k--) {
      // ys[k - start]: the line above line k.
      if (lines.slice(k, end).every(short) && ys[k - start]! - lines[k]!.y > body * 2.5) {
        keep = k;
        break;
      }
    }
  }
  const after = lines.slice(keep);
  const footer = after.length <= 2 && after.every(short);
  return keep > start && footer ? keep : start;
}
