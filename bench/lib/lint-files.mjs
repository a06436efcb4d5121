#!/usr/bin/env node
/**
 * Stand-in for `veiligheidsplan lint` while the CLI is not built: lints the `.veiligheidsplan` files
 * under the given paths with core's `lint`, one file at a time (read, lint, drop), and prints a
 * one-line summary. Exit code 1 when there are errors, as the CLI does.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const core = await import(pathToFileURL(resolve(fileURLToPath(import.meta.url), "../../../packages/core/dist/index.js")).href);

function* walk(p) {
  if (statSync(p).isDirectory()) {
    for (const f of readdirSync(p).sort()) yield* walk(join(p, f));
  } else if (p.endsWith(".veiligheidsplan")) yield p;
}

let files = 0;
let errors = 0;
let warnings = 0;
for (const arg of process.argv.slice(2)) {
  for (const file of walk(arg)) {
    const r = core.lint(readFileSync(file, "utf8"), { filePath: file });
    files++;
    errors += r.errorCount;
    warnings += r.warningCount;
  }
}
console.log(`${files} files, ${errors} errors, ${warnings} warnings`);
process.exitCode = errors > 0 ? 1 : 0;
