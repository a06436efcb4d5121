/**
 * `@veiligheidsplan/core/import`: a Word (.docx), OpenDocument (.odt), PDF, HTML, Markdown or
 * plain-text document (OCR output included) into a `.veiligheidsplan`, with an import report.
 * Platform-neutral: bytes in, text out; the caller reads the file. The readers for .docx/.odt (fflate,
 * saxes), .pdf (unpdf) and .html (htmlparser2) are loaded only when such a document comes in.
 */
import { parse } from "../parse.js";
import { themeBudgets } from "../structure/theme-budgets.js";
import type { SourceDocument, SourceFormat } from "./document.js";
import { looksBinary } from "../not-a-plan.js";
import { ImportError, type ImportLimits, DEFAULT_LIMITS } from "./errors.js";
import { readLines, textLines } from "./lines.js";
import { readMarkdown } from "./markdown.js";
import { recognise } from "./recognise.js";
import { repairOcr } from "./repair.js";
import { importMessage, type ImportNote } from "./report.js";

export type { DocBlock, SourceDocument, SourceFormat } from "./document.js";
export { ImportError, DEFAULT_LIMITS, type ImportLimits } from "./errors.js";
export { importMessage, IMPORT_MESSAGE_IDS, type ImportNote, type ImportNoteKind } from "./report.js";

export interface ImportOptions {
  /** The file's name: its extension decides the reader when the bytes do not. */
  readonly fileName?: string;
  readonly format?: SourceFormat;
  readonly limits?: Partial<ImportLimits>;
}

export interface ImportResult {
  /** The new plan, a `.veiligheidsplan` text. */
  readonly text: string;
  readonly format: SourceFormat;
  readonly notes: readonly ImportNote[];
}

/** A web page, by its first characters: a doctype, an `<html>` element or an XML declaration before one. */
const HTML_START = /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b/i;

/** Which reader a document needs, by its first bytes and then its name. */
export function detectFormat(bytes: Uint8Array, fileName = ""): SourceFormat | "zip" | "ole" | "rtf" {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const magic = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (magic([0x25, 0x50, 0x44, 0x46])) return "pdf";
  if (magic([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole";
  // "{\rtf": Word's and WordPad's Rich Text Format, whose markup would otherwise come in as the text.
  if (magic([0x7b, 0x5c, 0x72, 0x74, 0x66])) return "rtf";
  if (magic([0x50, 0x4b, 0x03, 0x04]) || magic([0x50, 0x4b, 0x05, 0x06])) return ext === "odt" ? "odt" : ext === "docx" ? "docx" : "zip";
  if (ext === "md" || ext === "markdown" || ext === "veiligheidsplan") return "markdown";
  if (ext === "docx" || ext === "odt" || ext === "pdf") return ext;
  if (ext === "html" || ext === "htm" || ext === "xhtml" || HTML_START.test(new TextDecoder().decode(bytes.subarray(0, 512)))) return "html";
  return "text";
}

export async function importDocument(input: Uint8Array | string, options: ImportOptions = {}): Promise<ImportResult> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const bytes = typeof input === "string" ? undefined : input;
  if (bytes && bytes.length > limits.maxInputBytes) throw new ImportError("import.fout.teGroot", { mb: Math.round(limits.maxInputBytes / 1e6) });
  let format: SourceFormat | "zip" | "ole" | "rtf" = options.format ?? (bytes ? detectFormat(bytes, options.fileName) : /\.(md|markdown|veiligheidsplan)$/i.test(options.fileName ?? "") ? "markdown" : "text");
  if (format === "ole") throw new ImportError("import.fout.ole", {});
  if (format === "rtf") throw new ImportError("import.fout.rtf", {});
  let doc: SourceDocument;
  if (format === "zip") {
    const { zipKind } = await import("./zip.js");
    format = zipKind(bytes!, limits);
  }
  switch (format) {
    case "docx":
      doc = (await import("./docx.js")).readDocx(bytes ?? new TextEncoder().encode(input as string), limits);
      break;
    case "odt":
      doc = (await import("./odt.js")).readOdt(bytes ?? new TextEncoder().encode(input as string), limits);
      break;
    case "pdf":
      doc = await (await import("./pdf.js")).readPdf(bytes ?? new TextEncoder().encode(input as string), limits);
      break;
    case "html":
      doc = await (await import("./html.js")).readHtml(decodeText(input));
      break;
    case "markdown":
      doc = readMarkdown(decodeText(input));
      break;
    default: {
      const text = decodeText(input);
      // An image, a spreadsheet or any other file that is not text: say so, instead of a plan of its bytes.
      if (looksBinary(text)) throw new ImportError("import.fout.binair", {});
      const { blocks, notes } = readLines(textLines(text));
      doc = { format: "text", blocks, notes };
    }
  }
  if (doc.format === "text" || doc.format === "pdf") {
    const repaired = repairOcr(doc.blocks);
    doc = { ...doc, blocks: repaired.blocks, notes: [...doc.notes, ...repaired.notes] };
  }
  const { text, notes } = recognise(doc, options.fileName);
  return { text, format: doc.format, notes: [...summarise(text), ...notes].map(({ block: _b, ...n }) => n) };
}

function decodeText(input: Uint8Array | string): string {
  if (typeof input === "string") return input;
  const utf8 = new TextDecoder("utf-8", { fatal: false }).decode(input);
  // Not UTF-8 (replacement characters): read as Windows-1252, what older Dutch text files are.
  return utf8.includes("\uFFFD") ? new TextDecoder("windows-1252").decode(input) : utf8;
}

/** What the new plan holds, as the parser reads it: the proof that the structure was recognised. */
function summarise(text: string): ImportNote[] {
  const p = parse(text);
  const notes: ImportNote[] = [];
  const lineOf = (offset: number) => p.lines.lineAt(offset);
  if (p.themes.length === 0) notes.push({ kind: "unplaced", messageId: "import.geenThemas", data: {} });
  else {
    const prio = p.themes.filter((t) => t.soort === "prioritair").length;
    notes.push({
      kind: "recognised",
      messageId: "import.themas",
      data: { aantal: p.themes.length, prioritair: prio, kern: p.themes.length - prio, compleet: p.themes.filter((t) => t.opgave && t.ambitie).length },
      line: lineOf(p.themes[0]!.section.span.start),
    });
    const pillars = p.themes.flatMap((t) => t.pillars);
    if (pillars.length > 0) notes.push({ kind: "recognised", messageId: "import.pijlers", data: { aantal: pillars.length, themas: p.themes.filter((t) => t.pillars.length > 0).length }, line: lineOf(pillars[0]!.span.start) });
  }
  const b = p.budget;
  if (b?.table) {
    notes.push({
      kind: "recognised",
      messageId: "import.begroting",
      data: {
        eenheid: b.unit?.label ?? "?",
        jaren: b.years.map((y) => y.text).join(", "),
        regels: b.lines.length,
        bedragen: b.lines.reduce((n, l) => n + l.cells.filter((c) => !c.empty).length, 0),
        totaal: importMessage(b.totals ? "import.ja" : "import.nee", {}),
      },
      line: lineOf(b.table.span.start),
    });
    if (b.toelichting.length > 0) notes.push({ kind: "recognised", messageId: "import.toelichting", data: { aantal: b.toelichting.length }, line: lineOf(b.toelichting[0]!.section.span.start) });
  } else {
    // Without a budget of the plan's own, the themes may each price themselves in a table ("Wat mag het kosten?").
    const perTheme = themeBudgets(p);
    if (perTheme.length > 0) notes.push({ kind: "recognised", messageId: "import.kostenPerThema", data: { aantal: perTheme.length }, line: lineOf(perTheme[0]!.budget.table!.span.start) });
    else notes.push({ kind: "unplaced", messageId: "import.geenBegroting", data: {} });
  }
  return notes;
}
