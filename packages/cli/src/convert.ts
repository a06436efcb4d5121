/**
 * The document converters (`import`, `export --to docx|odt`), in their own bundle: they carry the
 * readers and writers of Word, OpenDocument and PDF, which no other command needs, so the command
 * line loads them only for these commands.
 */
export { runImport } from "./commands/import.js";
export { runExportDocx } from "./commands/export-docx.js";
