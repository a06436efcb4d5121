/**
 * A table row the page cut: Word and LibreOffice let a row break across pages and repeat the table's
 * header at the top of the next, so a cell's last lines ("van ondermijning", "Anoniem") stand under
 * the repeated header, above the next row, or alone on the page under it. Read by position against the
 * columns of the last table of the page before: those lines go on in that table's last row, column by
 * column, and a repeated header with no row of its own under it is left out (it was said on the page
 * before). Without a table at the foot of the page before, or where the lines do not stand in its
 * columns, nothing changes.
 */
import { foldText } from "../text/keywords.js";
import type { PlacedItem } from "./pdf-tables.js";

/** The last table of a page: its columns, its header's words, and where its last row's line is. */
export interface OpenTable {
  readonly columns: readonly (readonly [number, number])[];
  /** The header row's folded words, sorted: what a repeated header reads as. */
  readonly header: string;
  /** Index of the last row's line among all the document's lines so far. */
  readonly line: number;
}

/** Folded words, sorted, of some lines: a header repeated on the next page reads the same, in whatever order its lines come. */
export const wordsOf = (texts: readonly string[]): string =>
  texts
    .flatMap((t) => foldText(t).split(/\s+/))
    .filter((w) => w !== "")
    .sort()
    .join(" ");

/**
 * The cut row's rest on a page that begins under `open`: the page's rows lose the lines that go on in
 * it (and a repeated header with no row under it), and the words per column to add to its last row
 * are returned; undefined when the page does not go on so.
 */
export function continuedRow(rows: PlacedItem[][], open: OpenTable): string[] | undefined {
  const columns = open.columns;
  // Inside one column: it starts in it and ends before the next begins (a line of prose across the page is in none).
  const columnOf = (it: PlacedItem) =>
    columns.findIndex(([a, b], k) => it.x >= a - it.size && it.x < b && (k + 1 === columns.length || it.x + it.width <= columns[k + 1]![0]));
  // The repeated header: one to three lines at the top (under a running header, if any) with its words.
  let header: [number, number] | undefined;
  for (let s = 0; s <= 1 && !header; s++) {
    for (let k = 1; k <= 3 && s + k <= rows.length; k++) {
      if (wordsOf(rows.slice(s, s + k).map((r) => r.map((i) => i.text).join(" "))) === open.header) {
        header = [s, s + k];
        break;
      }
    }
  }
  const from = header?.[1] ?? 0;
  const spread = (row: readonly PlacedItem[]) => new Set(row.map(columnOf)).size;
  const full = (row: readonly PlacedItem[]) => spread(row) >= Math.max(2, columns.length - 1);
  const height = (row: readonly PlacedItem[]) => Math.max(...row.map((i) => i.size));
  // The cut row's lines: each inside the columns, close under the line above, not a row of its own
  // (it fills fewer columns, or its first column goes on in lower case).
  let end = from;
  while (end < rows.length) {
    const row = rows[end]!;
    if (row.some((i) => columnOf(i) < 0)) break;
    if (end > 0 && rows[end - 1]![0]!.y - row[0]!.y > height(row) * 1.75) break;
    const first = row.filter((i) => columnOf(i) === 0).sort((a, b) => a.x - b.x)[0];
    const goesOn = first === undefined || /^\p{Ll}/u.test(first.text.trim());
    if (full(row) && !(first !== undefined && goesOn)) break;
    if (!goesOn) break;
    end++;
  }
  if (end === from) return undefined;
  const extra = columns.map(() => [] as string[]);
  for (const row of rows.slice(from, end)) for (const it of [...row].sort((a, b) => a.x - b.x)) extra[columnOf(it)]!.push(it.text.trim());
  // A repeated header with no row of its own under it is left out with the cut row's lines; one with
  // rows under it is kept (./lines.ts says it once), moved down to stand right above them, as a
  // table's lines stand together.
  const keepHeader = header !== undefined && end < rows.length && full(rows[end]!);
  if (keepHeader) {
    // As far above that row as it stood above the cut row's lines.
    const shift = rows[from]![0]!.y - rows[end]![0]!.y;
    for (let i = header![0]; i < from; i++) rows[i] = rows[i]!.map((it) => ({ ...it, y: it.y - shift }));
  }
  rows.splice(keepHeader ? from : (header?.[0] ?? from), end - (keepHeader ? from : (header?.[0] ?? from)));
  return extra.map((ws) => ws.join(" "));
}
