/**
 * The importer (Word, OpenDocument, PDF, text into a plan), bundled on its own (dist/importer.js) with
 * its readers: the extension loads it only when the import command runs.
 */
export { importDocument, importMessage, ImportError } from "@veiligheidsplan/core/import";
