/**
 * The report preview's renderer, bundled on its own (dist/report.js) with core: the extension loads it
 * only when a preview opens, so starting the extension stays as light as the language client.
 */
export { findConfig, lint, readVoortgang, renderReport } from "@veiligheidsplan/core";
