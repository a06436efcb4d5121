/**
 * One side of bench/inproc.mjs: loads one build of core (`<dist>/index.js`), lints the given plans in
 * this process (parse + lint, as the CLI does per file: first pass cold, then warm passes), then times
 * one-character edits of the large plan (parse + lint, as the language server does), and prints one
 * JSON line. Reading the files is outside the timings.
 *
 *   node bench/lib/inproc-child.mjs <core dist dir> <passes> <large edits> <plan files…>
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { median } from "./measure.mjs";

const [dist, passesArg, editsArg, large, ...files] = process.argv.slice(2);
const core = await import(pathToFileURL(join(dist, "index.js")).href);
const texts = files.map((f) => readFileSync(f, "utf8"));
const options = { today: "2026-11-28" };
// CPU time of the whole process (all threads: the compiler's and the garbage collector's helpers too)
// moves far less with the machine's load than wall time.
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const passes = [];
const passesCpu = [];
let findings = 0;
for (let p = 0; p < Number(passesArg); p++) {
  const c0 = cpu();
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i++) {
    const parsed = core.parse(texts[i]);
    findings += core.lint(texts[i], { ...options, filePath: files[i], parsed }).diagnostics.length;
  }
  passes.push(performance.now() - t0);
  passesCpu.push(cpu() - c0);
}
const edits = [];
const editsCpu = [];
if (large && large !== "-") {
  let text = readFileSync(large, "utf8");
  const paras = core.parse(text).blocks.filter((b) => b.kind === "paragraph" && b.span.end - b.span.start > 20);
  let seed = 7;
  const rnd = (n) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  for (let i = 0; i < Number(editsArg) + 3; i++) {
    const p = paras[rnd(paras.length)];
    const at = p.span.start + 1 + rnd(p.span.end - p.span.start - 3);
    const edited = text.slice(0, at) + "e" + text.slice(at);
    const c0 = cpu();
    const t0 = performance.now();
    const parsed = core.parse(edited);
    findings += core.lint(edited, { ...options, filePath: large, parsed }).diagnostics.length;
    if (i >= 3) edits.push(performance.now() - t0);
    if (i >= 3) editsCpu.push(cpu() - c0);
  }
}
const warm = (xs) => (xs.length > 1 ? median(xs.slice(1)) : NaN);
console.log(JSON.stringify({ first: passes[0], warm: warm(passes), large: median(edits), cpu: { first: passesCpu[0], warm: warm(passesCpu), large: median(editsCpu) }, findings }));
