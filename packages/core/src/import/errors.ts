/** Why a document cannot be imported: one message id per cause, rendered nl/en like the report. */
import type { Locale } from "../diagnostic.js";

export interface ImportLimits {
  /** The document's own size. */
  readonly maxInputBytes: number;
  /** All unpacked parts of a .docx/.odt together: a zip bomb stops here. */
  readonly maxUnpackedBytes: number;
  /** PDF pages read; the rest is reported as not read. */
  readonly maxPages: number;
}

export const DEFAULT_LIMITS: ImportLimits = { maxInputBytes: 200e6, maxUnpackedBytes: 100e6, maxPages: 1000 };

const MESSAGES: Readonly<Record<string, { readonly nl: string; readonly en: string }>> = {
  "import.fout.teGroot": { nl: "het bestand is groter dan {mb} MB", en: "the file is larger than {mb} MB" },
  "import.fout.ole": {
    nl: "dit is een oud Word-bestand (.doc) of een met een wachtwoord beveiligd document; sla het in Word op als .docx zonder wachtwoord",
    en: "this is an old Word file (.doc) or a password-protected document; save it in Word as .docx without a password",
  },
  "import.fout.rtf": {
    nl: "dit is een RTF-bestand (Rich Text Format); open het in Word of LibreOffice, sla het op als .docx of .odt en importeer dat",
    en: "this is an RTF file (Rich Text Format); open it in Word or LibreOffice, save it as .docx or .odt and import that",
  },
  "import.fout.binair": {
    nl: "dit bestand is geen tekst en geen Word-, OpenDocument-, PDF- of HTML-document (het is bijvoorbeeld een afbeelding of een spreadsheet); importeer het document zelf",
    en: "this file is neither text nor a Word, OpenDocument, PDF or HTML document (it is an image or a spreadsheet, for instance); import the document itself",
  },
  "import.fout.zip": { nl: "het bestand is beschadigd: het is geen leesbaar .docx/.odt-archief ({detail})", en: "the file is damaged: it is not a readable .docx/.odt archive ({detail})" },
  "import.fout.zipbom": {
    nl: "het bestand pakt uit tot meer dan {mb} MB (een 'zip-bom' of een beschadigd archief) en is niet gelezen",
    en: "the file unpacks to more than {mb} MB (a 'zip bomb' or a damaged archive) and was not read",
  },
  "import.fout.geenDocument": { nl: "het archief bevat geen {deel}: het is geen Word- of OpenDocument-tekstbestand", en: "the archive holds no {deel}: it is not a Word or OpenDocument text file" },
  "import.fout.versleuteld": { nl: "het document is met een wachtwoord beveiligd; sla het op zonder wachtwoord", en: "the document is password-protected; save it without a password" },
  "import.fout.xml": { nl: "het bestand is beschadigd: {deel} is geen geldige XML ({detail})", en: "the file is damaged: {deel} is not valid XML ({detail})" },
  "import.fout.pdf": { nl: "de PDF is niet te lezen ({detail})", en: "the PDF cannot be read ({detail})" },
  "import.fout.pdfLeeg": { nl: "de PDF is niet te lezen: het bestand is leeg", en: "the PDF cannot be read: the file is empty" },
  "import.fout.pdfBeschadigd": {
    nl: "de PDF is niet te lezen: de opbouw van het bestand klopt niet, het is beschadigd of onvolledig; sla het opnieuw op als PDF of importeer het Word-bestand",
    en: "the PDF cannot be read: the file's structure is wrong, it is damaged or incomplete; save it again as PDF or import the Word file",
  },
  "import.fout.pdfGeenPdf": { nl: "het bestand heet PDF maar is geen PDF", en: "the file is called PDF but is not a PDF" },
  "import.fout.pdfWachtwoord": { nl: "de PDF is met een wachtwoord beveiligd", en: "the PDF is password-protected" },
  "import.fout.geenTekstlaag": {
    nl: "de PDF bevat geen tekst, alleen afbeeldingen (een scan); laat er eerst tekstherkenning (OCR) op los en importeer de tekst",
    en: "the PDF holds no text, only images (a scan); run text recognition (OCR) on it first and import the text",
  },
};

export class ImportError extends Error {
  constructor(
    readonly messageId: string,
    readonly data: Readonly<Record<string, string | number>>,
  ) {
    super(importErrorMessage(messageId, data, "en"));
    this.name = "ImportError";
  }
  localized(locale: Locale): string {
    return importErrorMessage(this.messageId, this.data, locale);
  }
}

export function importErrorMessage(messageId: string, data: Readonly<Record<string, string | number>>, locale: Locale = "nl"): string {
  const m = MESSAGES[messageId];
  return (m ? m[locale] : messageId).replace(/\{(\w+)\}/g, (all, k: string) => (data[k] !== undefined ? String(data[k]) : all));
}
