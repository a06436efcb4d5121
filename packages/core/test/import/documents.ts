/** Small documents made byte by byte for the bad-input tests: zip archives (honest or lying) and PDFs. */
import { Deflate, zipSync, strToU8 } from "fflate";

/** A zip whose one part unpacks to `mb` megabytes of zeros; `declared` is the size its directory claims. */
export function zipBomb(part: string, mb: number, declared?: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const d = new Deflate({ level: 1 }, (c) => chunks.push(c));
  const mega = new Uint8Array(1 << 20);
  for (let i = 0; i < mb; i++) d.push(mega, i === mb - 1);
  const data = concat(chunks);
  const name = strToU8(part);
  const size = declared ?? mb << 20;
  const local = header(0x04034b50, 30, name, (v) => {
    v.setUint16(8, 8, true);
    v.setUint32(18, data.length, true);
    v.setUint32(22, size, true);
    v.setUint16(26, name.length, true);
  });
  const central = header(0x02014b50, 46, name, (v) => {
    v.setUint16(10, 8, true);
    v.setUint32(20, data.length, true);
    v.setUint32(24, size, true);
    v.setUint16(28, name.length, true);
    v.setUint32(42, 0, true);
  });
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length + data.length, true);
  return concat([local, data, central, end]);
}

function header(sig: number, size: number, name: Uint8Array, fill: (v: DataView) => void): Uint8Array {
  const h = new Uint8Array(size + name.length);
  const v = new DataView(h.buffer);
  v.setUint32(0, sig, true);
  fill(v);
  h.set(name, size);
  return h;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A .docx with the given document.xml body (and nothing else a reader needs), and any other parts given. */
export function docxWith(documentXml: string, parts: Record<string, string> = {}): Uint8Array {
  const more = Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)]));
  return zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8(documentXml), ...more });
}

/** Text as a PDF string in WinAnsi: "€", quotes and dashes at their Windows codes, Latin-1 as itself, as octal escapes. */
const WIN_ANSI: Record<string, number> = { "€": 0x80, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97 };
function winAnsi(text: string): string {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\${(WIN_ANSI[c] ?? (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)).toString(8)}`);
}

/** A line of a made PDF in its own type size (12 pt otherwise), with a blank line's space above it if asked. */
export type PdfLine = string | { readonly text: string; readonly size?: number; readonly gapBefore?: boolean };

/** A PDF with one line of Helvetica per entry of each page; an empty page has no text layer (a scan). */
export function makePdf(pages: readonly (readonly PdfLine[])[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) + 2; // object numbers from 3 on (1 catalog, 2 pages)
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const kids: number[] = [];
  for (const lines of pages) {
    let y = 776;
    const text = lines
      .map((entry) => {
        const l = typeof entry === "string" ? { text: entry } : entry;
        const size = l.size ?? 12;
        y -= Math.max(16, size * 1.35) + (l.gapBefore ? size * 2 : 0);
        return `BT /F1 ${size} Tf 72 ${y} Td (${winAnsi(l.text.replace(/[()\\]/g, "\\$&"))}) Tj ET`;
      })
      .join("\n");
    const content = add(`<< /Length ${text.length} >>\nstream\n${text}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  return pdfFile(objects, kids);
}

/**
 * The PDF file around its objects: the catalog (object 1) and the page tree (object 2) over `kids`
 * (object numbers), then `objects` from 3 on, the cross-reference table and the trailer.
 */
export function pdfFile(objects: readonly string[], kids: readonly number[]): Uint8Array {
  const all = ["<< /Type /Catalog /Pages 2 0 R >>", `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`, ...objects];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  all.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(pdf);
}
