#!/usr/bin/env node
/**
 * In-process parse + lint, two builds of core paired: each round starts one process per build (the
 * order reversed every other round) that lints the same plans (first pass cold, as the CLI's one pass,
 * then warm passes) and times one-character edits of a ~1 MB plan (the language server's case). Prints
 * medians over the rounds per build, ms per plan and per 1 MB-plan edit, and the load average.
 *
 *   node bench/inproc.mjs --a <dist dir> --b <dist dir> [--rounds 5] [--plans DIR] [--n 200]
 *                         [--passes 4] [--large FILE] [--edits 15]
 *
 * For a baseline, copy a build's dist next to the real one (packages/core/dist-base: imports resolve
 * from packages/core/node_modules) before changing the sources.
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { load, median, minimum } from "./lib/measure.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const opt = (f, d) => (argv.includes(`--${f}`) ? argv[argv.indexOf(`--${f}`) + 1] : d);
const builds = { a: resolve(opt("a", join(here, "../packages/core/dist-base"))), b: resolve(opt("b", join(here, "../packages/core/dist"))) };
const rounds = Number(opt("rounds", 5));
const plansDir = resolve(opt("plans", join(here, ".corpus/n1000-l0-s2022/plans")));
const n = Number(opt("n", 200));
const files = readdirSync(plansDir).filter((f) => f.endsWith(".veiligheidsplan")).sort().slice(0, n).map((f) => join(plansDir, f));
const large = opt("large", join(here, ".corpus/large-s2022/plans/0000-zwolle.veiligheidsplan"));
const args = [opt("passes", 4), opt("edits", 15), large, ...files];
const out = { a: [], b: [] };
const loadBefore = load();
for (let r = 0; r < rounds; r++) {
  for (const k of r % 2 === 0 ? ["a", "b"] : ["b", "a"]) {
    const res = JSON.parse(execFileSync(process.execPath, [join(here, "lib/inproc-child.mjs"), builds[k], ...args], { encoding: "utf8", maxBuffer: 1 << 24 }));
    out[k].push(res);
    console.error(`round ${r + 1} ${k}: wall (CPU) first ${(res.first / n).toFixed(2)} (${(res.cpu.first / n).toFixed(2)}) warm ${(res.warm / n).toFixed(2)} (${(res.cpu.warm / n).toFixed(2)}) ms/plan, 1 MB ${res.large.toFixed(1)} (${res.cpu.large.toFixed(1)}) ms`);
  }
}
if (out.a.some((x) => x.findings !== out.b[0].findings)) console.log("the two builds found a different number of findings");
const row = (k) => {
  const m = (f) => median(out[k].map(f));
  return `${k} ${builds[k]}: wall (CPU) medians: first pass ${(m((x) => x.first) / n).toFixed(2)} (${(m((x) => x.cpu.first) / n).toFixed(2)}) ms/plan, warm ${(m((x) => x.warm) / n).toFixed(2)} (${(m((x) => x.cpu.warm) / n).toFixed(2)}) ms/plan, 1 MB edit ${m((x) => x.large).toFixed(1)} (${m((x) => x.cpu.large).toFixed(1)}) ms`;
};
const rowMin = (k) => {
  const m = (f) => minimum(out[k].map(f));
  return `${k} minimums: first pass ${(m((x) => x.first) / n).toFixed(2)} (${(m((x) => x.cpu.first) / n).toFixed(2)}) ms/plan, warm ${(m((x) => x.warm) / n).toFixed(2)} (${(m((x) => x.cpu.warm) / n).toFixed(2)}) ms/plan, 1 MB edit ${m((x) => x.large).toFixed(1)} (${m((x) => x.cpu.large).toFixed(1)}) ms`;
};
console.log(row("a"));
console.log(row("b"));
console.log(rowMin("a"));
console.log(rowMin("b"));
const ratio = (f) => (median(out.a.map(f)) / median(out.b.map(f))).toFixed(2);
console.log(`a ÷ b, wall (CPU): first ${ratio((x) => x.first)}× (${ratio((x) => x.cpu.first)}×), warm ${ratio((x) => x.warm)}× (${ratio((x) => x.cpu.warm)}×), 1 MB ${ratio((x) => x.large)}× (${ratio((x) => x.cpu.large)}×); ${rounds} rounds, ${n} plans; load ${loadBefore.toFixed(2)} → ${load().toFixed(2)}`);
