/**
 * Documents the importer must refuse with a clear reason, or read within bounds: a zip bomb (with an
 * honest or a lying size), a damaged or encrypted archive, an old .doc, an RTF file, an image, a scan without text, and a
 * PDF far longer than any plan.
 */
import { describe, expect, it } from "vitest";
import { importDocument, ImportError } from "@veiligheidsplan/core/import";
import { docxWith, makePdf, zipBomb } from "./documents.js";

async function failure(bytes: Uint8Array, fileName: string, limits = {}): Promise<ImportError> {
  try {
    await importDocument(bytes, { fileName, limits });
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("imported without an error");
}

describe("bad documents", () => {
  it("refuses a zip bomb disguised as .docx before unpacking it, by its declared size", async () => {
    const e = await failure(zipBomb("word/document.xml", 30), "plan.docx", { maxUnpackedBytes: 10e6 });
    expect(e.messageId).toBe("import.fout.zipbom");
    expect(e.localized("nl")).toMatch(/pakt uit tot meer dan 10 MB/);
  });

  it("stops unpacking a zip bomb whose directory lies about its size, at the budget", async () => {
    const bomb = zipBomb("word/document.xml", 300, 1000);
    const before = process.memoryUsage().arrayBuffers;
    const e = await failure(bomb, "plan.docx", { maxUnpackedBytes: 10e6 });
    expect(e.messageId).toBe("import.fout.zipbom");
    // It never held the 300 MB the part unpacks to: what it kept stays near the 10 MB budget.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(100e6);
  });

  it("refuses a damaged archive, a damaged document.xml and an encrypted part, each with its reason", async () => {
    expect((await failure(new TextEncoder().encode("PK\u0003\u0004 kapot"), "plan.docx")).messageId).toBe("import.fout.zip");
    expect((await failure(docxWith("<w:document><w:body><w:p>"), "plan.docx")).messageId).toBe("import.fout.xml");
    const encrypted = docxWith("<w:document/>");
    // Set the "encrypted" flag of the document part in the central directory.
    const view = new DataView(encrypted.buffer);
    for (let i = encrypted.length - 22; i > 0; i--) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      if (new TextDecoder().decode(encrypted.subarray(i + 46, i + 46 + nameLength)) === "word/document.xml") view.setUint16(i + 8, 1, true);
    }
    expect((await failure(encrypted, "plan.docx")).messageId).toBe("import.fout.versleuteld");
  });

  it("refuses an old .doc or a password-protected Word file (an OLE container) with what to do", async () => {
    const e = await failure(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "plan.docx");
    expect(e.localized("nl")).toMatch(/wachtwoord.*sla het in Word op als \.docx/);
  });

  it("refuses a Rich Text Format file, whose markup would otherwise be the text, with what to do", async () => {
    const rtf = new TextEncoder().encode("{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 Calibri;}}\\pard Integraal Veiligheidsplan 2027-2030\\par }");
    for (const name of ["plan.rtf", "plan.txt", "plan"]) expect((await failure(rtf, name)).localized("nl")).toMatch(/RTF-bestand.*sla het op als \.docx of \.odt/);
  });

  it("refuses an image or another file that is not text, instead of making a plan of its bytes", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 600 }, (_, i) => (i * 37) % 256)]);
    for (const name of ["plaatje.png", "plan.txt"]) expect((await failure(png, name)).localized("nl")).toMatch(/geen tekst en geen Word-, OpenDocument-, PDF- of HTML-document/);
  });

  it("still reads a text in Windows-1252 with a stray control character as text", async () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode("Integraal Veiligheidsplan 2027-2030\n\nFinanci"), 0xeb, ...new TextEncoder().encode("n\f\n\nHet budget staat in de begroting.\n")]);
    const r = await importDocument(bytes, { fileName: "plan.txt" });
    expect(r.text).toContain("Financiën");
  });

  it("refuses a scanned PDF (pages without text) and says to run OCR first", async () => {
    const e = await failure(makePdf([[], []]), "scan.pdf");
    expect(e.messageId).toBe("import.fout.geenTekstlaag");
    expect(e.localized("en")).toMatch(/OCR/);
  });

  it("reads a 500-page PDF only up to the page limit, and reports the rest as not read", async () => {
    const pages = Array.from({ length: 500 }, (_, i) => [`Hoofdstuk ${i + 1}`, `Tekst van pagina ${i + 1}.`]);
    const r = await importDocument(makePdf(pages), { fileName: "lang.pdf", limits: { maxPages: 40 } });
    expect(r.text).toContain("Tekst van pagina 40.");
    expect(r.text).not.toContain("Tekst van pagina 41.");
    expect(r.notes.find((n) => n.messageId === "import.paginasNietGelezen")?.data).toEqual({ gelezen: 40, totaal: 500 });
  });
});
