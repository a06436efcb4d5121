#!/usr/bin/env node
/**
 * The floor for lint throughput: what any linter must do at least — find the files, read each one,
 * decode it from UTF-8 and split it into lines — and nothing else. Same file walk as the CLI (sorted,
 * `.veiligheidsplan` or `.md` files under the given folders), one file at a time. Prints the number of
 * files, lines and characters, so that the work cannot be optimised away.
 *
 *   node bench/lib/floor.mjs <folder>…
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

function* walk(p) {
  if (statSync(p).isDirectory()) {
    for (const f of readdirSync(p).sort()) yield* walk(join(p, f));
  } else if (p.endsWith(".veiligheidsplan") || p.endsWith(".md")) yield p;
}

let files = 0;
let lines = 0;
let chars = 0;
for (const arg of process.argv.slice(2)) {
  for (const file of walk(arg)) {
    const text = readFileSync(file, "utf8");
    const split = text.split(/\r\n|\r|\n/);
    files++;
    lines += split.length;
    chars += text.length;
  }
}
console.log(`${files} files, ${lines} lines, ${chars} characters`);
