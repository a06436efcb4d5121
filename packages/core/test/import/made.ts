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
