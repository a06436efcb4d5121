/**
 * Tables in a PDF's text, found by where the words stand: a PDF has no cells, only text at positions.
 * A line's words fall into cells where a wide gap separates them; consecutive lines whose cells stand
 * in the same columns (their x ranges overlap, whether the column is aligned left, right or centred)
 * make a table when there are three columns or more, its first row names at least two of them in
 * words (a goals table's "Doel | Indicator | Nulmeting 2024 | …") and some column holds figures. A
 * cell's text wrapped over more lines belongs to the row above it. Budget tables (a label and
 * amounts, "| (bedragen x € 1.000) | 2025 | …") are left to the amount rows of ./lines.ts; a table of
 * contents ("1. | Inleiding | 3") names one column in words and is not taken.
 */
import { themePart } from "../structure/themes.js";
import { keyword } from "../text/keywords.js";
import { isCardLabel } from "./lines.js";

export interface PlacedItem {
  text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  width: number;
}

/** Lines [r, end) whose two-cell lines start with a card's label (a header's line apart), a theme's part among them. */
function cardLabels(cells: readonly Cell[][], r: number, end: number): boolean {
  const firsts = cells.slice(r, end).filter((line) => line.length === 2).map((line) => line[0]!.text);
  const labels = firsts.filter(isCardLabel);
  return labels.length >= 2 && labels.length >= firsts.length - 1 && labels.some((l) => themePart(keyword(l.replace(/[:.]\s*$/, ""))) !== undefined);
}

/** A cell that marks a planning's year or a yes: "x", "✓", "•", "ja". */
const MARK = /^(?:[xX✓✔●•■]|ja|nee)$/u;

/** A table row found: the lines (indexes into the page's rows) it takes, and its cells, one per column. */
export interface FoundRow {
  readonly lines: readonly number[];
  readonly cells: readonly string[];
  /** The table's columns, left and right edge (the same for all its rows): a row the page cut goes on in them (./pdf-continued.ts). */
  readonly columns: readonly (readonly [number, number])[];
}

interface Cell {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** The rows of the page's tables, by the index of each table row's first line. */
/**
 * `byWidth`: a cell's line that fills its column ends inside a word (a PDF's exact positions); text's
 * character columns cannot tell, and leave broken words to the document's own words (./budget-table.ts).
 */
export function findTables(rows: readonly (readonly PlacedItem[])[], byWidth = true): Map<number, FoundRow> {
  const found = new Map<number, FoundRow>();
  let cells = rows.map((r) => cellsOf(r));
  // Where three rows or more of three cells or more start a cell, a column starts: a line whose text runs
  // up to a few points from the next column's ("verkeersveiligheid in" 4 pt from "per jaar") is split
  // there too, where its next piece starts.
  const starts = new Map<number, number>();
  for (const line of cells) if (line.length >= 3) for (const c of line) starts.set(Math.round(c.from), (starts.get(Math.round(c.from)) ?? 0) + 1);
  const known = [...starts].filter(([, n]) => n >= 3).map(([x]) => x);
  if (known.length >= 3) cells = rows.map((r, i) => (r.length > cells[i]!.length ? cellsOf(r, known) : cells[i]!));
  let r = 0;
  while (r < rows.length) {
    const end = tableEnd(rows, cells, r);
    if (end > r) {
      const table = readTable(cells, rows.map(baseline), headerAbove(rows, cells, r, found) ? r - 1 : r, end, byWidth);
      if (table) for (const row of table) found.set(row.lines[0]!, row);
      // Past the run either way: trying again from each of its lines would cost the square of its length.
      r = end;
      continue;
    }
    r++;
  }
  return found;
}

/**
 * A line's words grouped into cells: a gap wider than half the type's height (two spaces or more) starts
 * a new one, and so does a piece that starts where a column of the table starts (`known`), a space apart.
 */
function cellsOf(row: readonly PlacedItem[], known: readonly number[] = []): Cell[] {
  const items = [...row].sort((a, b) => a.x - b.x);
  const out: Cell[] = [];
  let from = 0;
  let to = -Infinity;
  let text = "";
  for (const it of items) {
    const gap = it.x - to;
    if (text !== "" && (gap > it.size * 0.5 || (gap > it.size * 0.15 && known.some((x) => Math.abs(x - it.x) <= 1.5)))) {
      out.push({ from, to, text: text.trim() });
      text = "";
    }
    if (text === "") from = it.x;
    text += text === "" || it.x - to < it.size * 0.15 ? it.text : ` ${it.text}`;
    to = Math.max(to, it.x + it.width);
  }
  if (text.trim() !== "") out.push({ from, to, text: text.trim() });
  return out;
}

const lineHeight = (row: readonly PlacedItem[]) => Math.max(...row.map((i) => i.size));
const baseline = (row: readonly PlacedItem[]) => row.find((i) => i.size === lineHeight(row))!.y;

/**
 * Where a table starting at line `r` would end (exclusive): the lines that follow close below each
 * other, each with two cells or more, or one cell inside a column already seen. `r` itself if none.
 */
function tableEnd(rows: readonly (readonly PlacedItem[])[], cells: readonly Cell[][], r: number): number {
  if (cells[r]!.length < 2) return r;
  const columns: [number, number][] = cells[r]!.map((c) => [c.from, c.to]);
  // Each range once: a text's long table repeats the same few (a range seen again changes no answer below).
  const seen = new Set(columns.map(([a, b]) => `${a},${b}`));
  let end = r + 1;
  while (end < rows.length) {
    // No wider than the space between a paragraph's lines (the text after a table stands further off).
    const step = baseline(rows[end - 1]!) - baseline(rows[end]!);
    const line = cells[end]!;
    const h = lineHeight(rows[end]!);
    // Further apart, as a paragraph's spacing sets the rows of a table whose cells keep it (Word's 8 pt
    // after in a house style's table): a line of two cells or more that start where the columns seen
    // start, within a paragraph's spacing and a line.
    const aligned = line.length >= 2 && line.filter((c) => columns.some(([a]) => Math.abs(a - c.from) <= 1.5)).length >= Math.min(line.length, Math.max(2, line.length - 1));
    if (step <= 0 || step > h * (aligned ? 3 : 1.75)) break;
    // Nor a line in other type: a page's footer in small type right under a table ("Pagina 1 van 3").
    if (Math.abs(lineHeight(rows[end]!) - lineHeight(rows[end - 1]!)) > 1.5) break;
    // A cell's wrapped words alone on a line: inside one column of the lines with more cells.
    const within = (c: Cell) => inColumn(c, columns, h);
    if (line.length < 2 && !(line.length === 1 && columns.length >= 3 && within(line[0]!))) break;
    if (line.length >= 2) for (const c of line) if (!seen.has(`${c.from},${c.to}`)) (seen.add(`${c.from},${c.to}`), columns.push([c.from, c.to]));
    end++;
  }
  return end - r >= 2 ? end : r;
}

/**
 * Whether a cell alone on its line stands in one of the columns: it starts inside one and ends before
 * the next column starts (a wrapped indicator may be wider than the header's word above it).
 */
function inColumn(c: Cell, columns: readonly (readonly [number, number])[], h: number): boolean {
  return columns.some(([a, b]) => {
    if (c.from < a - h || c.from >= b) return false;
    // The last column has no column after it: a wrapped line there may reach the text's right edge.
    const next = Math.min(...columns.map(([x]) => x).filter((x) => x > c.from + h));
    return c.to <= next;
  });
}

/**
 * The line above a table's first line is the first line of its header when it is one cell standing in
 * a column other than the first, close above ("Streefwaarde" over "2027" where the other headers fit
 * on one line), and not a table's line already.
 */
function headerAbove(rows: readonly (readonly PlacedItem[])[], cells: readonly Cell[][], r: number, found: ReadonlyMap<number, FoundRow>): boolean {
  if (r === 0 || cells[r - 1]!.length !== 1 || [...found.values()].some((t) => t.lines.includes(r - 1))) return false;
  const step = baseline(rows[r - 1]!) - baseline(rows[r]!);
  const h = lineHeight(rows[r]!);
  if (step <= 0 || step > h * 1.75) return false;
  const [first, ...others] = cells[r]!;
  const c = cells[r - 1]![0]!;
  return c.from > first!.to && inColumn(c, others.map((o) => [o.from, o.to] as const), h);
}

/** The table in lines [r, end), or undefined when they are not one (fewer than three columns, or no header in words). */
function readTable(cells: readonly Cell[][], baselines: readonly number[], r: number, end: number, byWidth: boolean): FoundRow[] | undefined {
  // Columns: the cells' x ranges, merged where they overlap.
  const ranges = cells
    .slice(r, end)
    .flat()
    .map((c): [number, number] => [c.from, c.to])
    .sort((a, b) => a[0] - b[0]);
  const columns: [number, number][] = [];
  for (const [a, b] of ranges) {
    const last = columns[columns.length - 1];
    // Text's character columns (not byWidth) drift a character or so: touching by one character is
    // the same column only for words that start close to it ("Bron" over "Politie en"), not for a cell
    // that runs up to the next ("jeugdoverl" beside "Nulmeting").
    if (last && (byWidth ? a < last[1] : a < last[1] - 1 || (a < last[1] && a - last[0] <= 4))) last[1] = Math.max(last[1], b);
    else columns.push([a, b]);
  }
  // Two columns only for a theme's card (labels and their text); more for any other table.
  if (columns.length < 2 || (columns.length === 2 && !cardLabels(cells, r, end))) return undefined;
  // In text, columns may touch by a character: a cell is in the last column that starts where it does or before.
  const columnOf = byWidth ? (c: Cell) => columns.findIndex(([a, b]) => c.from < b && c.to > a) : (c: Cell) => {
        let k = columns.length - 1;
        while (k > 0 && columns[k]![0] > c.from + 1) k--;
        return k;
      };
  // A line that fills all columns but one (or more) starts a row; the lines under it, until the next
  // such line, hold its cells' wrapped words (cells are set from their top, as Word and LibreOffice
  // do); lines above the first such line are the header's first lines.
  const lines = Array.from({ length: end - r }, (_, k) => r + k);
  // Not a line whose first column goes on in lower case ("Zorg en" over "veiligheid"), nor one without a
  // first column whose every cell goes on so: the row's cells wrapped, however many columns they fill.
  const lower = (c: Cell | undefined) => c !== undefined && /^\p{Ll}/u.test(c.text);
  const goesOn = (i: number) => {
    const first = cells[i]!.find((c) => columnOf(c) === 0);
    return first ? lower(first) : cells[i]!.every(lower);
  };
  // Where the rows stand further apart than a cell's lines (a table's cell padding), a line set as
  // tightly under the one above as a cell's wrapped lines goes on in that row, whatever its words.
  const steps = lines.slice(1).map((i) => baselines[i - 1]! - baselines[i]!);
  const tightest = Math.min(...steps);
  const spaced = steps.some((s) => s > tightest + 2);
  const tight = (i: number) => spaced && i > r && baselines[i - 1]! - baselines[i]! <= tightest + 1;
  const fills = (i: number) => new Set(cells[i]!.map(columnOf)).size >= Math.max(2, columns.length - 1) && !goesOn(i);
  // The header's full line may stand tightly under its own first line ("Streefwaarde" over "2027").
  const header = lines.find(fills);
  // And where rows stand apart so, a line that stands apart with a first cell starts a row though cells
  // of it are empty (a planning's years without a mark).
  const apart = (i: number) => spaced && header !== undefined && i > header && !tight(i) && cells[i]!.length >= 2 && cells[i]!.some((c) => columnOf(c) === 0) && !goesOn(i);
  const full = lines.filter((i) => (fills(i) && (i === header || !tight(i))) || apart(i));
  if (full.length < 2) return undefined;
  const rows = full.map((i) => ({ parts: [i] }));
  // The lines and the full ones both go down the page: one pointer finds the full line above each (a
  // text's table can be thousands of lines long, a PDF page's is not).
  let above = -1;
  for (const i of lines) {
    while (above + 1 < full.length && full[above + 1]! <= i) above++;
    if (above >= 0 && full[above] === i) continue;
    rows[Math.max(0, above)]!.parts.push(i);
  }
  const out: FoundRow[] = rows.map((row) => {
    const texts: string[][] = columns.map(() => []);
    // The piece before each: whether it filled its column, so a word the column broke ("veiligheidsoverle"
    // over "g.") is glued again.
    const before: (Cell | undefined)[] = columns.map(() => undefined);
    const taken = [...row.parts].sort((a, b) => a - b);
    for (const i of taken) {
      for (const c of cells[i]!) {
        const k = columnOf(c);
        const t = texts[k]!;
        const prev = before[k];
        // Broken: the line before is one word (five letters or more) that reaches the column's right edge.
        const broken = byWidth && prev !== undefined && !/\s/.test(prev.text) && prev.text.length >= 5 && prev.to >= columns[k]![1] - 1;
        if (t.length === 0) t.push(c.text);
        else t[t.length - 1] = joinCellLines(t[t.length - 1]!, c.text, broken);
        before[k] = c;
      }
    }
    return { lines: taken, cells: texts.map((t) => t.join(" ")), columns };
  });
  if (columns.length === 2) return out.slice(1).every((row) => isCardLabel(row.cells[0] ?? "")) ? out : undefined;
  // A header names its columns in words; a budget's names only its first (the years), a contents list only one.
  if (out[0]!.cells.filter((c) => /\p{L}{2}/u.test(c) && !/^(?:19|20)\d{2}$/.test(c)).length < 2) return undefined;
  // A table of figures: some column holds a number in at least half its rows. (Prose set in three
  // columns, as a leaflet is, has lines side by side too, but not that.)
  // A planning's marks count as figures: "x" under "2025" in an uitvoeringsprogramma.
  const data = out.slice(1);
  const figure = (cell: string) => /\d/.test(cell) || MARK.test(cell.trim());
  if (!columns.some((_, k) => data.filter((row) => figure(row.cells[k] ?? "")).length * 2 >= data.length)) return undefined;
  return out;
}

/** Words that go on a label after a line break as words of their own, however short. */
const SHORT_WORDS = new Set(["x", "en", "of", "de", "het", "een", "van", "in", "op", "te", "om", "aan", "bij", "tot", "met", "per", "uit", "voor", "door", "naar", "over", "als", "ook", "nog", "zorg", "wet", "rond", "die", "dat", "hun", "ons", "zijn"]);

/** A label's next line after its last: glued to a word the column broke ("Ondermijn" + "ing"), else after a space. */
export function joinCellLines(first: string, next: string, broken: boolean): string {
  const tail = /^(\p{Ll}+)(?=$|[\s.,;:)])/u.exec(next.trim())?.[1];
  return broken && tail !== undefined && tail.length <= 4 && !SHORT_WORDS.has(tail) ? `${first}${next.trim()}` : `${first} ${next}`;
}
