#!/usr/bin/env node
/**
 * Two builds of core in one process, paired: for a change's cost against the build it started from
 * (`git worktree add <dir> <commit>`, then install and build there). Both builds see the same texts in
 * the same process, alternating, so the machine's load falls on both alike.
 *
 *   node bench/pair-core.mjs lint <a: core/dist/index.js> <b: core/dist/index.js> [folder] [passes, default 3]
 *     parse + lint of every plan in the folder (default: the 1,000-plan corpus), in blocks of 50
 *     plans, a's and b's blocks alternating (the order reversed every other block); b ÷ a of the
 *     totals and of the block medians.
 *   node bench/pair-core.mjs ls <a> <b> [plan] [edits, default 200]
 *     the language server's path on one plan (default: the ~1 MB corpus plan): one-character edits in
 *     prose paragraphs (a letter inserted, then taken out again), each parsed with the parse before
 *     (`parse(text, { previous })`) and linted by a and b in turn; medians and 95th percentiles.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { load, median, percentile } from "./lib/measure.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const [mode, aPath, bPath, input, countArg] = process.argv.slice(2);
if (!["lint", "ls"].includes(mode) || !aPath || !bPath) throw new Error("usage: node bench/pair-core.mjs lint|ls <a: core/dist/index.js> <b: core/dist/index.js> [folder|plan] [passes|edits]");
const A = await import(pathToFileURL(resolve(aPath)).href);
const B = await import(pathToFileURL(resolve(bPath)).href);
const loadBefore = load();
const ratio = (a, b) => (b / a).toFixed(3);

if (mode === "lint") {
  const dir = resolve(input ?? join(here, ".corpus/n1000-l0-s2022/set-1000/plans"));
  const passes = Number(countArg ?? 3);
  const texts = readdirSync(dir).filter((f) => f.endsWith(".veiligheidsplan")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
  const BLOCK = 50;
  const t = { a: [], b: [] };
  const found = { a: 0, b: 0 };
  for (let p = 0; p < passes; p++)
    for (let i = 0; i < texts.length; i += BLOCK) {
      const block = texts.slice(i, i + BLOCK);
      for (const k of (i / BLOCK + p) % 2 ? ["b", "a"] : ["a", "b"]) {
        const core = k === "a" ? A : B;
        const t0 = performance.now();
        for (const x of block) found[k] += core.lint(x, { today: "2026-12-06", parsed: core.parse(x) }).diagnostics.length;
        t[k].push(performance.now() - t0);
      }
    }
  const sum = (x) => x.reduce((s, v) => s + v, 0);
  console.log(`${texts.length} plans × ${passes} passes: a ${sum(t.a).toFixed(0)} ms, b ${sum(t.b).toFixed(0)} ms; b ÷ a ${ratio(sum(t.a), sum(t.b))} (totals), ${ratio(median(t.a), median(t.b))} (block medians); findings ${found.a} and ${found.b}; load average ${loadBefore.toFixed(2)} → ${load().toFixed(2)}`);
} else {
  const path = resolve(input ?? join(here, ".corpus/large-s2022/plans/0000-zwolle.veiligheidsplan"));
  const edits = Number(countArg ?? 200);
  const text = readFileSync(path, "utf8");
  const paras = A.parse(text).blocks.filter((b) => b.kind === "paragraph" && b.span.end - b.span.start > 20);
  let seed = 7;
  const next = (n) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const runs = [A, B].map((core) => {
    const previous = core.parse(text);
    core.lint(text, { parsed: previous, filePath: path });
    return { core, previous, times: [], found: 0 };
  });
  let current = text;
  for (let i = 0; i < edits; i++) {
    const p = paras[next(paras.length)];
    const at = p.span.start + 1 + next(p.span.end - p.span.start - 3);
    for (const insert of [true, false]) {
      current = insert ? current.slice(0, at) + "e" + current.slice(at) : current.slice(0, at) + current.slice(at + 1);
      // Flat before either is timed (a search flattens the concatenation), so that neither pays for it alone.
      current.indexOf("\u0001");
      for (const r of (i + (insert ? 0 : 1)) % 2 ? [runs[1], runs[0]] : runs) {
        const t0 = performance.now();
        const parsed = r.core.parse(current, { previous: r.previous });
        r.found = r.core.lint(current, { parsed, filePath: path }).diagnostics.length;
        r.previous = parsed;
        if (i >= 5) r.times.push(performance.now() - t0);
      }
    }
  }
  const [a, b] = runs;
  console.log(`${edits * 2} edits of ${path} (${text.length} characters): a median ${median(a.times).toFixed(2)} ms (p95 ${percentile(a.times, 95).toFixed(2)}), b median ${median(b.times).toFixed(2)} ms (p95 ${percentile(b.times, 95).toFixed(2)}); b ÷ a ${ratio(median(a.times), median(b.times))}; findings ${a.found} and ${b.found}; load average ${loadBefore.toFixed(2)} → ${load().toFixed(2)}`);
}
