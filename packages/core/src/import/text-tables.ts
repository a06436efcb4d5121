/**
 * Tables in text that keeps its layout (`pdftotext -layout`, a document saved as plain text): a
 * table's columns stand at the same character positions line after line. Each line's runs of text
 * apart by two spaces or more are placed as a PDF's items are, the character as x and the line as y,
 * and ./pdf-tables.ts finds the tables among them as it does in a PDF: three columns or more, a header
 * in words, a column of figures, a cell's wrapped lines under it; a row a page (a form feed) cut goes
 * on as in a PDF (./pdf-continued.ts). Budgets (a header of years) are left to the amount rows of
 * ./lines.ts, as in a PDF. Only runs of lines without a blank line between them in which two lines or
 * more have such a gap are read so: prose is not.
 */
import { continuedRow, type OpenTable, wordsOf } from "./pdf-continued.js";
import { findTables, joinCellLines, type PlacedItem } from "./pdf-tables.js";

/** A table row found in the text: its cells, and the lines (indexes into the text's lines) it takes. */
export interface TextTableRow {
  cells: readonly string[];
  readonly lines: readonly number[];
}

/** One character wide; a line 2.4 high, so a blank line between two lines ends a table as a PDF's gap does. */
const SIZE = 2;
const LINE = 2.4;
const GAP = /\S {2,}\S/;
type Item = PlacedItem & { readonly line: number };

/** The table rows of a text's lines, by the index of each row's first line, and the lines a cut row's rest took. */
export function layoutTables(raw: readonly string[]): { rows: Map<number, TextTableRow>; taken: Set<number> } {
  const rows = new Map<number, TextTableRow>();
  const taken = new Set<number>();
  let open: (OpenTable & { readonly row: TextTableRow }) | undefined;
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    // A run ends at a blank line and where a page begins (a form feed).
    const page = i < raw.length && raw[i]!.includes("\f");
    if (i < raw.length && raw[i]!.trim() !== "" && !(page && i > start)) continue;
    if (i - start >= 1) {
      const onNewPage = start > 0 && raw[start]!.includes("\f");
      const found = readRun(raw, start, i, rows, taken, onNewPage ? open : undefined);
      // The table stays open over a footer's short lines (a page number) before the page ends.
      if (found || onNewPage || !footer(raw, start, i)) open = found;
    }
    start = page ? i : i + 1;
  }
  return { rows, taken };
}

const footer = (raw: readonly string[], from: number, to: number) => to - from <= 2 && raw.slice(from, to).every((l) => l.trim().length <= 40);

function readRun(raw: readonly string[], from: number, to: number, out: Map<number, TextTableRow>, taken: Set<number>, open: (OpenTable & { readonly row: TextTableRow }) | undefined) {
  let gapped = 0;
  for (let i = from; i < to && gapped < 2; i++) if (GAP.test(raw[i]!.trim())) gapped++;
  if (gapped < 2 && !open) return undefined;
  let rows: Item[][] = [];
  for (let i = from; i < to; i++) {
    const row: Item[] = [];
    for (const m of raw[i]!.replace(/\f/g, "").replace(/\t/g, "    ").matchAll(/\S+(?: \S+)*/g)) row.push({ text: m[0], x: m.index, y: -(i - from) * LINE, size: SIZE, width: m[0].length, line: i });
    if (row.length > 0) rows.push(row);
  }
  if (open) {
    const rest = continuedRow(rows as PlacedItem[][], open);
    if (rest) {
      open.row.cells = open.row.cells.map((c, k) => (rest[k] ? joinCellLines(c, rest[k]!, false) : c));
      const left = new Set(rows.map((r) => r[0]!.line));
      for (let i = from; i < to; i++) if (!left.has(i) && raw[i]!.trim() !== "") taken.add(i);
      rows = rows.filter((r) => r.length > 0);
    }
  }
  const found = [...findTables(rows, false)].sort((a, b) => a[0] - b[0]);
  let lastRow: TextTableRow | undefined;
  for (const [, row] of found) {
    lastRow = { cells: row.cells, lines: row.lines.map((k) => rows[k]![0]!.line) };
    out.set(lastRow.lines[0]!, lastRow);
  }
  if (!lastRow) return undefined;
  // Open at the run's end when its last row is the run's last line, or a footer's short line or two follow.
  const [first, row] = found[found.length - 1]!;
  const after = rows.slice(Math.max(...row.lines) + 1);
  if (after.length > 2 || !after.every((a) => a.map((it) => it.text).join(" ").length <= 40)) return undefined;
  // Its table's header: the first row found with the same columns.
  const header = found.find(([, x]) => x.columns === row.columns)![1];
  return { columns: row.columns, header: wordsOf(header.cells), line: first, row: lastRow };
}

/** The line under a Markdown table's header: `---|---|---`, `| :-- | --: |`. */
const PIPE_DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$/;
/** A cell's border: a pipe not escaped. */
const PIPE = /(?<!\\)\|/;

/**
 * Tables typed as Markdown in a text ("Naam | Periode | Vastgesteld" over "---|---|---"): a header with
 * a pipe, the delimiter line under it, and the lines with a pipe after it. Each row's cells by line;
 * the delimiter lines are the table's own and carry no text.
 */
export function pipeTables(raw: readonly string[]): { rows: Map<number, string[]>; delimiters: Set<number> } {
  const rows = new Map<number, string[]>();
  const delimiters = new Set<number>();
  const cellsOf = (line: string) => line.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "").split(PIPE).map((c) => c.trim().replace(/\\\|/g, "|"));
  for (let i = 0; i + 1 < raw.length; i++) {
    if (!PIPE.test(raw[i]!) || !PIPE_DELIMITER.test(raw[i + 1]!)) continue;
    rows.set(i, cellsOf(raw[i]!));
    delimiters.add(i + 1);
    let k = i + 2;
    for (; k < raw.length && PIPE.test(raw[k]!) && raw[k]!.trim() !== ""; k++) rows.set(k, cellsOf(raw[k]!));
    i = k - 1;
  }
  return { rows, delimiters };
}
