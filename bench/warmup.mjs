#!/usr/bin/env node
/**
 * How long V8 takes to warm up on `parse` + `lint`: lints the corpus plans in one process, pass after
 * pass, and prints the cost per plan of each block of 100 (wall and process CPU, all threads). The CLI
 * makes one pass, so its cost on a few hundred plans is mostly the first blocks. Reading the files is
 * outside the timings. Uses the built core (`packages/core/dist`).
 *
 *   node bench/warmup.mjs [--plans DIR] [--n 1000] [--passes 3]
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { load } from "./lib/measure.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const opt = (f, d) => (argv.includes(`--${f}`) ? argv[argv.indexOf(`--${f}`) + 1] : d);
const dir = resolve(opt("plans", join(here, ".corpus/n1000-l0-s2022/set-1000/plans")));
const n = Number(opt("n", 1000));
const passes = Number(opt("passes", 3));
const BLOCK = 100;

const core = await import(pathToFileURL(join(here, "../packages/core/dist/index.js")).href);
const files = readdirSync(dir).filter((f) => f.endsWith(".veiligheidsplan")).sort().slice(0, n).map((f) => join(dir, f));
const texts = files.map((f) => readFileSync(f, "utf8"));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
console.log(`${texts.length} plans from ${dir}; ms per plan per block of ${BLOCK}; load average ${load().toFixed(2)}`);
let findings = 0;
for (let p = 0; p < passes; p++) {
  const wall = [];
  const cpus = [];
  for (let b = 0; b < texts.length; b += BLOCK) {
    const t0 = performance.now();
    const c0 = cpu();
    const end = Math.min(b + BLOCK, texts.length);
    for (let i = b; i < end; i++) findings += core.lint(texts[i], { today: "2026-12-06", filePath: files[i], parsed: core.parse(texts[i]) }).diagnostics.length;
    wall.push((performance.now() - t0) / (end - b));
    cpus.push((cpu() - c0) / (end - b));
  }
  console.log(`pass ${p + 1}: wall ${wall.map((x) => x.toFixed(2)).join(" ")}`);
  console.log(`        CPU  ${cpus.map((x) => x.toFixed(2)).join(" ")}`);
}
console.log(`(${findings} findings; load average at the end ${load().toFixed(2)})`);
