/**
 * The PDF reader, with unpdf (Mozilla's PDF.js built to run without a worker or a DOM, in Node, a
 * browser or a worker alike; pdfjs-dist itself needs a worker set up per platform). Text items come
 * with their position and font size: items on one baseline make a line, a vertical gap makes a blank
 * line, and a size above the body text's marks a heading (the largest size the title). The lines then
 * go through the same reader as plain text. A PDF with pages but no text is a scan: refused, with the
 * advice to run OCR first. Pages past the limit are not read, and the report says so.
 * (Over 330 lines: the page's items to lines, its columns, tables and cover title are each a step of
 * one page's reading and share its measures; columns, tables and running lines have files of their own.)
 */
import type { DocBlock, HeadingBlock, ReaderNote, SourceDocument } from "./document.js";
import { ImportError, type ImportLimits } from "./errors.js";
import { clean, readLines, type SourceLine } from "./lines.js";
import { readingOrder } from "./pdf-columns.js";
import { dropRunningLines, type LinePlace } from "./pdf-furniture.js";
import { continuedRow, type OpenTable, wordsOf } from "./pdf-continued.js";
import { findTables, joinCellLines, type FoundRow } from "./pdf-tables.js";

interface TextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly hasEOL?: boolean;
  readonly fontName?: string;
}

/** PDF.js's font styles per font name: the family it maps the font to ("sans-serif", "monospace" for Symbol and Courier). */
type FontStyles = Readonly<Record<string, { readonly fontFamily?: string }>>;

interface PdfProxy {
  readonly numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: readonly (TextItem | { type: string })[]; styles?: FontStyles }>; cleanup(): void }>;
  /** PDFDocumentProxy's own `destroy` (unpdf's proxy may lack it; its loading task has one). */
}

export async function readPdf(bytes: Uint8Array, limits: ImportLimits): Promise<SourceDocument> {
  const { getDocumentProxy } = await import("unpdf");
  let pdf: PdfProxy;
  try {
    // A copy: PDF.js takes the buffer over.
    pdf = (await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 } as never)) as unknown as PdfProxy;
  } catch (e) {
    if ((e as { name?: string }).name === "PasswordException") throw new ImportError("import.fout.pdfWachtwoord", {});
    throw pdfError(e);
  }
  const lines: SourceLine[] = [];
  /** Where each line stood on its page: to know a running header by its place (./pdf-furniture.ts). */
  const places: LinePlace[] = [];
  const pages = Math.min(pdf.numPages, limits.maxPages);
  // The table at the foot of the page before, whose last row the page may have cut (./pdf-continued.ts).
  let open: OpenTable | undefined;
  try {
    for (let p = 1; p <= pages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const read = pageLines(content.items.filter((i): i is TextItem => "str" in i), p, open, content.styles ?? {});
      if (read.rest && open) {
        const last = lines[open.line]!;
        const cells = last.cells!.map((c, k) => (read.rest![k] ? joinCellLines(c, read.rest![k]!, false) : c));
        lines[open.line] = { ...last, cells, text: cells.join(" ") };
      }
      open = read.last ? { ...read.last, line: lines.length + read.last.line } : undefined;
      lines.push(...read.lines);
      places.push(...read.places);
      page.cleanup();
    }
  } finally {
    await (pdf as { destroy?: () => Promise<void> }).destroy?.();
  }
  if (lines.length === 0 && pages > 0) throw new ImportError("import.fout.geenTekstlaag", {});
  const furniture: ReaderNote[] = [];
  const kept = dropRunningLines(lines, places, pages, furniture);
  const { blocks, notes } = readLines(kept);
  notes.unshift(...furniture);
  if (pdf.numPages > pages) {
    notes.push({ kind: "dropped", messageId: "import.paginasNietGelezen", data: { gelezen: pages, totaal: pdf.numPages }, origin: { page: pages + 1 } });
  }
  const title = coverTitle(kept, blocks);
  return { format: "pdf", blocks: title ? blocks.filter((b) => b !== title.block) : blocks, ...(title ? { title: { text: title.text, origin: title.block.origin } } : {}), notes };
}

/**
 * Why PDF.js could not open the file, as the catalog says it (./errors.ts): a known cause by its own
 * message; another with PDF.js's reason as it gives it.
 */
function pdfError(e: unknown): ImportError {
  const message = e instanceof Error ? e.message.split("\n")[0]! : String(e);
  if (/empty|zero bytes/i.test(message)) return new ImportError("import.fout.pdfLeeg", {});
  if (/invalid pdf structure|invalid xref|xref|startxref|trailer|unexpected end|missing pdf/i.test(message)) return new ImportError("import.fout.pdfBeschadigd", {});
  if (/not a pdf|pdf header/i.test(message)) return new ImportError("import.fout.pdfGeenPdf", {});
  return new ImportError("import.fout.pdf", { detail: message });
}

/**
 * The cover's title: the first page's largest type, where it is the document's largest, larger than
 * the body's and set as a heading, with lines in smaller type above it ("Gemeente Dijkhoven" in 14 pt
 * over "Integraal Veiligheidsplan 2024-2027" in 28 pt). Without such lines the first heading is the
 * title anyway (../recognise.ts), and nothing is decided here.
 */
function coverTitle(lines: readonly SourceLine[], blocks: readonly DocBlock[]): { text: string; block: DocBlock } | undefined {
  const first = lines.filter((l) => (l.origin.page ?? 1) === 1 && l.size !== undefined && !l.cells);
  if (first.length === 0) return undefined;
  const largest = Math.max(...first.map((l) => l.size!));
  if (lines.some((l) => (l.size ?? 0) > largest + 0.5)) return undefined;
  const sizes = lines.filter((l) => l.size !== undefined).map((l) => l.size!);
  const body = sizes.sort((a, b) => a - b)[Math.floor(sizes.length / 2)]!;
  if (largest < body * 1.3) return undefined;
  const at = first.findIndex((l) => l.size! >= largest - 0.5);
  if (at === 0) return undefined;
  const text = first[at]!.text;
  const headings = blocks.filter((b): b is HeadingBlock => b.kind === "heading");
  const block = headings.find((h) => (h.origin.page ?? 1) === 1 && h.text.startsWith(text));
  // Only where a heading of the cover stands before it (else it is the first heading, the title already).
  if (!block || headings[0] === block) return undefined;
  return { text: block.text, block };
}

/**
 * The text items of one page as lines, top to bottom, with their font size and the gaps between them;
 * the rest of a row the page before cut (per column, to add to that row), and the table at this page's
 * foot, whose last row the next page may go on with. `places`: where each line stood.
 */
function pageLines(items: readonly TextItem[], page: number, open: OpenTable | undefined, styles: FontStyles): { lines: SourceLine[]; places: LinePlace[]; rest?: string[]; last?: OpenTable } {
  const placed: Placed[] = items
    .filter((i) => i.str.trim() !== "")
    .map((i) => ({ text: i.str, x: i.transform[4]!, y: i.transform[5]!, size: Math.hypot(i.transform[2]!, i.transform[3]!) || 10, width: i.width, font: `${i.fontName ?? ""}|${styles[i.fontName ?? ""]?.fontFamily ?? ""}` }));
  const rows: Placed[][] = [];
  /** The first line of each column after the first: a paragraph may go on there, or begin. */
  const columnStarts = new Set<readonly Placed[]>();
  /** Per line, the right edge of the text of its flow (a column, or the page): where a line is full. */
  const flowRight = new Map<readonly Placed[], number>();
  // Column by column where the page is set in two (./pdf-columns.ts), each top to bottom.
  for (const flow of readingOrder(placed)) {
    flow.sort((a, b) => b.y - a.y || a.x - b.x);
    const first = rows.length;
    for (const it of flow) {
      const row = rows.length > first ? rows[rows.length - 1] : undefined;
      // Within half the larger type's height: a footnote's raised number ("veiligheid.¹") is on its line.
      if (row && Math.abs(row[0]!.y - it.y) < Math.max(row[0]!.size, it.size) * 0.5) row.push(it);
      else rows.push([it]);
    }
    if (first > 0 && rows.length > first) columnStarts.add(rows[first]!);
    let right = -Infinity;
    for (const it of flow) right = Math.max(right, it.x + it.width);
    for (let r = first; r < rows.length; r++) flowRight.set(rows[r]!, right);
  }

  mergeWrappedCells(rows);
  const rest = open ? continuedRow(rows, open) : undefined;
  // Tables found by position first (by the lines themselves, which the label merging below would change);
  // the budget's wrapped labels are then joined outside them.
  const found = findTables(rows);
  const tableRows = new Map<readonly Placed[], { cells: readonly string[]; lines: readonly Placed[][] }>();
  const inTable = new Set<readonly Placed[]>();
  for (const t of found.values()) {
    tableRows.set(rows[t.lines[0]!]!, { cells: t.cells, lines: t.lines.map((i) => rows[i]!) });
    for (const i of t.lines) inTable.add(rows[i]!);
  }
  mergeWrappedLabels(rows, inTable);
  const out: SourceLine[] = [];
  const places: LinePlace[] = [];
  let prevY: number | undefined;
  let prevSize = 0;
  /** The line before, as it stood: its right edge, and whether it was a table's row. */
  let prevRow: { readonly end: number; readonly right: number; readonly table: boolean } | undefined;
  rows.forEach((row, r) => {
    const tableRow = tableRows.get(row);
    if (!tableRow && inTable.has(row)) return;
    row.sort((a, b) => a.x - b.x);
    if (tableRow) {
      const size = Math.max(...tableRow.lines.flatMap((l) => l.map((it) => it.size)));
      const y = Math.min(...tableRow.lines.flatMap((l) => l.map((it) => it.y)));
      const top = Math.max(...row.map((it) => it.y));
      // A table's rows may stand apart by their cells' padding or paragraph spacing: no blank line between them.
      const gap = prevY !== undefined && prevY - top > Math.max(size, prevSize) * 1.75 && !prevRow?.table;
      prevY = y;
      prevSize = size;
      prevRow = { end: Infinity, right: flowRight.get(row) ?? Infinity, table: true };
      const cells = tableRow.cells.map(clean);
      out.push({ text: cells.join(" "), cells, origin: { page }, size, gap: gap || r === 0, pageBreak: r === 0 && page > 1 });
      places.push({ y: top, size, table: true });
      return;
    }
    const bullet = bulletGlyph(row);
    let text = "";
    let end = -Infinity;
    row.forEach((it, k) => {
      const shown = k === 0 && bullet !== undefined ? bullet : it.text;
      text += text === "" || (it.x - end < it.size * 0.15 && !(k === 1 && bullet !== undefined)) ? shown : ` ${shown}`;
      end = it.x + it.width;
    });
    const size = Math.max(...row.map((i) => i.size));
    // The line's baseline is its text's, not a raised number's.
    const y = row.find((i) => i.size === size)!.y;
    // At the top of the next column a paragraph begins where the column before ended a sentence.
    const before = out[out.length - 1]?.text ?? "";
    const ended = /[.!?:]["”’)]?$/u.test(before);
    // Where paragraphs have no space between them (a house style without spacing after), a paragraph
    // ends where a line ends a sentence and the next line's first word would have fitted on it: the
    // line was not full, it was ended.
    const startsOwn = /^[\p{Lu}\d‘'“"(]/u.test(row[0]!.text.trim()) || bullet !== undefined;
    const firstWord = /^\S+/u.exec(row[0]!.text.trim())?.[0] ?? "";
    const wordWidth = (row[0]!.width * firstWord.length) / Math.max(1, row[0]!.text.length);
    const ownLine =
      prevRow !== undefined && !prevRow.table && ended && startsOwn && prevY !== undefined && prevY - y <= Math.max(size, prevSize) * 1.75 &&
      prevRow.end + size * 0.3 + wordWidth < prevRow.right - size * 0.5 && Math.abs(prevSize - size) <= 0.6;
    const gap = (prevY !== undefined && prevY - y > Math.max(size, prevSize) * 1.75) || (columnStarts.has(row) && ended) || ownLine;
    prevY = y;
    prevSize = size;
    prevRow = { end, right: flowRight.get(row) ?? end, table: false };
    // A raised number that starts its line is a footnote's own number at the page's foot ("² Socioloog …").
    const footnote = row.length > 1 && row[0]!.size < size * 0.8 && /^\d{1,3}$/.test(row[0]!.text.trim());
    // A heading's number set apart by a tab stop can come out glued to its text ("2.Bovenlokale"): a space.
    const t = (footnote ? `${row[0]!.text.trim()} ${clean(text.slice(row[0]!.text.length))}` : clean(text)).replace(/^(\d{1,2}(?:\.\d{1,2})*\.)(?=\p{Lu}\p{Ll})/u, "$1 ");
    if (t) {
      out.push({ text: t, origin: { page }, size, gap: gap || r === 0, pageBreak: r === 0 && page > 1, ...(footnote ? { footnote } : {}) });
      places.push({ y, size, table: false });
    }
  });
  return { lines: out, places, ...(rest ? { rest } : {}), ...(lastTable(found, out) ?? {}) };
}

/**
 * A bullet glyph that stands apart at the start of a line, before the item's text, as it is shown:
 * Word's bullets from the Symbol and Wingdings fonts come out in Unicode's private use area (U+F0B7)
 * and are shown as "•" (or the square, arrow or tick they draw); Word's second level is an "o" in
 * Courier New (a font of its own, another than the item's text) and is shown as "◦". Undefined for
 * a line that does not start so.
 */
function bulletGlyph(row: readonly Placed[]): string | undefined {
  const [glyph, next] = row;
  if (!glyph || !next) return undefined;
  const g = glyph.text.trim();
  // Set apart: a tab or an indent's width between the glyph and the text.
  if (next.x - (glyph.x + glyph.width) < glyph.size * 0.25 || [...g].length !== 1) return undefined;
  const code = g.codePointAt(0)!;
  if (code >= 0xf000 && code <= 0xf0ff) return SYMBOL_BULLETS[code] ?? "•";
  if (g === "o" && glyph.font !== next.font) return "◦";
  return /^[•·▪■□◦●○►▶➢➤✓✔–-]$/u.test(g) ? g : undefined;
}

/** Word's bullets as Symbol and Wingdings print them, by their private-use code, as what they draw. */
const SYMBOL_BULLETS: Readonly<Record<number, string>> = { 0xf0b7: "•", 0xf0a7: "▪", 0xf06e: "■", 0xf0a8: "□", 0xf0d8: "➢", 0xf0e0: "➢", 0xf0fc: "✓", 0xf0fb: "✓", 0xf06c: "●", 0xf0a1: "○", 0xf02d: "–" };

/**
 * The table at the page's foot: the last table row's line, with nothing after it but a footer's short
 * lines (a page number), and the table's columns and header words.
 */
function lastTable(found: ReadonlyMap<number, FoundRow>, out: readonly SourceLine[]): { last: OpenTable } | undefined {
  let line = out.length - 1;
  while (line >= 0 && out[line]!.cells === undefined) line--;
  if (line < 0) return undefined;
  const after = out.slice(line + 1);
  if (after.length > 2 || after.some((l) => l.text.length > 40)) return undefined;
  const starts = [...found.keys()].sort((a, b) => a - b);
  const row = found.get(starts[starts.length - 1]!)!;
  // Its header: the first row found with the same columns (the rows of one table share them).
  const header = found.get(starts.find((k) => found.get(k)!.columns === row.columns)!)!;
  return { last: { columns: row.columns, header: wordsOf(header.cells), line } };
}

type Placed = { text: string; x: number; y: number; size: number; width: number; readonly font?: string };

/**
 * A table cell too narrow for its amount wraps it onto a second line ("15.40" over "7"). Such a line
 * holds only short pieces of digits, each under an amount of the line above: they are joined to it.
 */
function mergeWrappedCells(rows: Placed[][]): void {
  for (let r = rows.length - 1; r > 0; r--) {
    const row = rows[r]!;
    const above = rows[r - 1]!;
    if (!row.every((i) => /^[\d.,]{1,4}$/.test(i.text.trim()))) continue;
    if (above[0]!.y - row[0]!.y > Math.max(...row.map((i) => i.size)) * 1.6) continue;
    const targets = row.map((i) => above.find((a) => /\d$/.test(a.text) && i.x < a.x + a.width + i.size && i.x + i.width > a.x - i.size));
    if (targets.some((t) => t === undefined) || new Set(targets).size !== targets.length) continue;
    row.forEach((i, k) => {
      const t = targets[k]!;
      t.text += i.text.trim();
      t.width = Math.max(t.x + t.width, i.x + i.width) - t.x;
    });
    rows.splice(r, 1);
  }
}

/** An amount cell's text (a euro sign before it, or alone, as the amount's own item), or a year. */
const AMOUNT_ITEM = /^(?:(?:€\s?)?[-−–]?\(?\d{1,3}(?:\.\d{3})*(?:,\d+)?\)?|[-–—]|€|(?:19|20)\d{2})$/;

/**
 * A budget line's name wrapped inside a narrow first column ("2. Veilige" over "wijken", or the unit
 * "(bedragen" over "x € 1.000)"): the lines with text only left of the amounts, next to a row of
 * amounts, are joined to that row's name (to the row above; before the header row, to the header).
 */
function mergeWrappedLabels(rows: Placed[][], locked: ReadonlySet<readonly Placed[]>): void {
  const amounts = (row: readonly Placed[]) => row.filter((i) => AMOUNT_ITEM.test(i.text.trim()));
  const isAmountRow = (row: readonly Placed[]) => amounts(row).length >= 2;
  const lineHeight = (row: readonly Placed[]) => Math.max(...row.map((i) => i.size));
  // Once per page: merging below joins the labels' texts, not their widths.
  const widestLabel = widest(rows);
  for (let r = 0; r < rows.length; r++) {
    if (!isAmountRow(rows[r]!) || locked.has(rows[r]!)) continue;
    const left = Math.min(...amounts(rows[r]!).map((i) => i.x));
    const onlyLeft = (row: readonly Placed[]) => !locked.has(row) && !isAmountRow(row) && row.every((i) => i.x + i.width <= left + 1);
    // Fragments before the first row of a table: the header's name, begun above it.
    if (r > 0 && !isAmountRow(rows[r - 1]!)) {
      const above = rows[r - 1]!;
      if (onlyLeft(above) && lineHeight(above) <= lineHeight(rows[r]!) + 0.5 && above[0]!.y - rows[r]![0]!.y <= lineHeight(above) * 1.4 && rows[r]![0]!.x > above[0]!.x - 1) {
        rows[r]![0]!.text = joinCellLines(above.map((i) => i.text).join(" "), rows[r]![0]!.text, brokenWord(above, widestLabel));
        rows.splice(r - 1, 1);
        r--;
      }
    }
    // Fragments after a row: the rest of its name, each within a line of the one before.
    let lastY = rows[r]![0]!.y;
    let label = rows[r]!.find((i) => !AMOUNT_ITEM.test(i.text.trim()));
    // The line before the next one as it stood on the page: whether it ends inside a word is a matter of that line's width.
    let lastLine: readonly Placed[] = label ? [{ ...label }] : [];
    while (r + 1 < rows.length && onlyLeft(rows[r + 1]!) && lastY - rows[r + 1]![0]!.y <= lineHeight(rows[r]!) * 1.4 && lineHeight(rows[r + 1]!) <= lineHeight(rows[r]!) + 0.5) {
      const next = rows[r + 1]!;
      lastY = next[0]!.y;
      const extra = next.map((i) => i.text).join(" ");
      if (label) label.text = joinCellLines(label.text, extra, brokenWord(lastLine, widestLabel));
      else rows[r]!.unshift((label = { ...next[0]!, text: extra, y: rows[r]![0]!.y }));
      lastLine = next;
      rows.splice(r + 1, 1);
    }
  }
}

/**
 * Whether a line of a wrapped label ends inside a word: a word too long for its column is broken where
 * the column ends, without a hyphen ("Ondermijn" over "ing"). Such a line is one word that fills the
 * column as far as any label in it does; a line broken at a space would have room left.
 */
function brokenWord(line: readonly Placed[], widestLabel: number): boolean {
  return line.length === 1 && !/\s/.test(line[0]!.text.trim()) && line[0]!.text.trim().length >= 5 && line[0]!.width >= widestLabel * 0.92;
}

/** The widest label piece (text left of the amounts) among the page's table rows. */
function widest(rows: readonly Placed[][]): number {
  let w = 0;
  for (const row of rows) {
    const amounts = row.filter((i) => AMOUNT_ITEM.test(i.text.trim()));
    if (amounts.length < 2) continue;
    for (const i of row) if (!AMOUNT_ITEM.test(i.text.trim())) w = Math.max(w, i.width);
  }
  return w;
}

