/** The commands, in one bundle that the command line loads when a command runs. */
export { runLint } from "./commands/lint.js";
export { runFormat } from "./commands/format.js";
export { runExport } from "./commands/export.js";
export { runInit } from "./commands/init.js";
export { runRules } from "./commands/rules.js";
export { runExplain } from "./commands/explain.js";
export { runReport } from "./commands/report.js";
export { runLintWorker } from "./lint-worker.js";
