#!/usr/bin/env node
// Writes the CLI's output on the shipped examples (every lint format, nl and en, plus fix dry-run,
// format, export, report, rules, explain) into one directory, one file per invocation, so two builds
// can be compared byte for byte: `node scripts/cli-output-snapshot.mjs /tmp/before` on the old tree,
// the same with /tmp/after on the new one, then `diff -r /tmp/before /tmp/after`.
// Used for refactors that must not change behaviour (issue 13).
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = process.argv[2];
if (!out) {
  console.error("usage: node scripts/cli-output-snapshot.mjs <output-dir>");
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const cli = join(root, "packages/cli/dist/cli.js");
const examples = ["examples/nijmegen-2022-2026.veiligheidsplan", "examples/minimaal.veiligheidsplan", "examples/doelen/rivierstede-2024-2027.veiligheidsplan"];
const runs = [];
for (const locale of ["nl", "en"]) {
  for (const format of ["stylish", "json", "sarif", "junit", "github", "codequality"]) {
    runs.push([`lint-${format}-${locale}`, ["lint", "examples/", "--today", "2026-11-28", "--locale", locale, "-f", format]]);
  }
  runs.push([`fix-dry-run-${locale}`, ["lint", "examples/", "--today", "2026-11-28", "--locale", locale, "-f", "json", "--fix-dry-run"]]);
  for (const example of examples) {
    const name = example.replace(/^examples\/(?:doelen\/)?|\.veiligheidsplan$/g, "");
    runs.push([`report-${name}-${locale}`, ["report", example, "--today", "2026-11-28", "--locale", locale, "-o", "-"]]);
    runs.push([`format-${name}-${locale}`, ["format", example, "--locale", locale]]);
    runs.push([`export-${name}-${locale}`, ["export", example, "--locale", locale]]);
  }
  runs.push([`rules-${locale}`, ["rules", "--locale", locale]]);
  runs.push([`explain-${locale}`, ["explain", "begroting-totalen", "--locale", locale]]);
}
for (const [name, args] of runs) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", LC_ALL: "C", LANG: "C" },
  });
    // The checkout's own path differs between two trees; it is not part of what is compared.
  const plain = (t) => t.split(root).join("<root>");
  writeFileSync(join(out, `${name}.txt`), `exit ${result.status}\n--- stdout\n${plain(result.stdout)}--- stderr\n${plain(result.stderr)}`);
}
console.log(`${runs.length} outputs written to ${out}`);
