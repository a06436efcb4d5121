/**
 * Documents made by the software municipalities' documents come from: pandoc writes the .docx from
 * Markdown, LibreOffice (headless soffice) the .odt and .pdf from that .docx. Without the tools the
 * tests that need them skip, saying so in their title.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const has = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
/** pandoc and soffice are both there. */
export const TOOLS = has("pandoc") && has("soffice");
/** pdftotext (poppler), for a PDF's text with its layout. */
export const PDFTOTEXT = has("pdftotext");
/** Added to a describe's title when the tools are missing (its tests then skip). */
export const SKIPPED = TOOLS ? "" : " (skipped: pandoc or soffice not installed)";

export type Made = Readonly<Record<"docx" | "odt" | "pdf", Uint8Array>>;

/** A document LibreOffice reads (a flat OpenDocument file, `.fodt`), as LibreOffice's .docx, .odt and .pdf. */
export function convertedByLibreOffice(name: string, ext: string, content: string): Made {
  const dir = mkdtempSync(join(tmpdir(), "vp-made-"));
  writeFileSync(join(dir, `${name}.${ext}`), content);
  for (const kind of ["docx", "odt", "pdf"]) {
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", kind, "--outdir", dir, join(dir, `${name}.${ext}`)], { timeout: 240_000, stdio: "ignore" });
  }
  const read = (kind: string) => new Uint8Array(readFileSync(join(dir, `${name}.${kind}`)));
  return { docx: read("docx"), odt: read("odt"), pdf: read("pdf") };
}

/** `markdown` as pandoc's .docx, and LibreOffice's .odt and .pdf of that .docx (only those asked for). */
export function made(name: string, markdown: string, kinds: readonly ("odt" | "pdf")[] = ["odt", "pdf"], pandocArgs: readonly string[] = []): Made {
  const dir = mkdtempSync(join(tmpdir(), "vp-made-"));
  writeFileSync(join(dir, `${name}.md`), markdown);
  execFileSync("pandoc", [...pandocArgs, "-f", "markdown", "-t", "docx", "-o", join(dir, `${name}.docx`), join(dir, `${name}.md`)]);
  for (const kind of kinds) {
    // A profile of its own: two soffice processes sharing one wait for each other's lock.
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", kind, "--outdir", dir, join(dir, `${name}.docx`)], { timeout: 240_000, stdio: "ignore" });
  }
  const read = (ext: string) => (kinds.includes(ext as "odt") || ext === "docx" ? new Uint8Array(readFileSync(join(dir, `${name}.${ext}`))) : new Uint8Array());
  return { docx: read("docx"), odt: read("odt"), pdf: read("pdf") };
}

/** A PDF's text as `pdftotext -layout` gives it: the columns of its tables kept as columns of characters, pages apart by a form feed. */
export function asLayoutText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "vp-layout-"));
  writeFileSync(join(dir, "plan.pdf"), pdf);
  return execFileSync("pdftotext", ["-layout", join(dir, "plan.pdf"), "-"], { encoding: "utf8" });
}

// ── Flat OpenDocument text written by hand, for layouts pandoc cannot make (two columns, a running
// header and footer, headings by size only); LibreOffice turns it into the PDF (convertedByLibreOffice).

const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
/** A paragraph in style `style`. */
export const odtP = (t: string, style = "Body") => `<text:p text:style-name="${style}">${esc(t)}</text:p>`;
/** A heading of outline level `level`, in style H`level`. */
export const odtH = (t: string, level: number) => `<text:h text:style-name="H${level}" text:outline-level="${level}">${esc(t)}</text:h>`;
/** A paragraph style; with `level`, a heading's (its outline level by default). */
export const odtStyle = (name: string, props: string, level?: number) => `<style:style style:name="${name}" style:family="paragraph"${level ? ` style:default-outline-level="${level}"` : ""}>${props}</style:style>`;

/**
 * The whole document: the paragraph styles given, A4 pages, and with `runningHeader` that text in a
 * small header above every page and "Pagina n van m" in its footer (style "Small" must be among the
 * styles); `automatic`: more automatic styles (a section's columns).
 */
export function flatOdt(o: { readonly styles: readonly string[]; readonly body: string; readonly automatic?: string; readonly runningHeader?: string }): string {
  const margins = 'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"';
  const layout = `<style:page-layout style:name="A4"><style:page-layout-properties ${margins}/>${o.runningHeader ? "<style:header-style/><style:footer-style/>" : ""}</style:page-layout>`;
  const master = o.runningHeader
    ? `<style:master-page style:name="Standard" style:page-layout-name="A4">
<style:header>${odtP(o.runningHeader, "Small")}</style:header>
<style:footer><text:p text:style-name="Small">Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count></text:p></style:footer>
</style:master-page>`
    : `<style:master-page style:name="Standard" style:page-layout-name="A4"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
${o.styles.join("\n")}
</office:styles>
<office:automatic-styles>
${o.automatic ?? ""}${layout}
</office:automatic-styles>
<office:master-styles>${master}</office:master-styles>
<office:body><office:text>
${o.body}
</office:text></office:body></office:document>`;
}

/** Two columns for a `text:section` of style "TwoColumns". */
export const TWO_COLUMNS = `<style:style style:name="TwoColumns" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>\n`;
