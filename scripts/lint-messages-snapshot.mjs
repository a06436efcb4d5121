#!/usr/bin/env node
// Writes every message core produces on the rule fixtures and examples (diagnostics, related
// locations, fix and suggestion titles, edits), nl and en, as JSON lines, so that two builds of core
// can be compared byte for byte: `node scripts/lint-messages-snapshot.mjs out.jsonl` in each tree,
// then `diff`. Complements cli-output-snapshot.mjs, which covers only the shipped examples.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = process.argv[2];
if (!out) {
  console.error("usage: node scripts/lint-messages-snapshot.mjs <output-file>");
  process.exit(2);
}
const core = await import(pathToFileURL(join(root, "packages/core/dist/index.js")).href);
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith(".veiligheidsplan")) files.push(p);
  }
};
walk(join(root, "packages/core/test/rules/fixtures"));
walk(join(root, "examples"));
const lines = [];
for (const file of files) {
  const text = readFileSync(file, "utf8");
  const resolvePlan = (p) => {
    try {
      return core.parse(readFileSync(resolve(dirname(file), p), "utf8"));
    } catch {
      return undefined;
    }
  };
  for (const locale of ["nl", "en"]) {
    const r = core.lint(text, { filePath: file, locale, today: "2026-11-28", resolvePlan });
    const rel = file.slice(root.length + 1);
    for (const d of r.diagnostics) {
      lines.push(JSON.stringify({ file: rel, locale, rule: d.ruleId, id: d.messageId, severity: d.severity, range: d.range, message: d.message, related: d.related, fix: d.fix, suggestions: d.suggestions }));
    }
  }
}
writeFileSync(out, lines.join("\n") + "\n");
console.log(`${lines.length} diagnostics from ${files.length} plans written to ${out}`);
