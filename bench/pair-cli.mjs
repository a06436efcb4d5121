#!/usr/bin/env node
/**
 * Two builds of the CLI on the same files, paired: each round runs `node <a>/cli.js lint <folder>` and
 * `node <b>/cli.js lint <folder>` under GNU time, the order reversed every other round, and prints
 * medians and minimums of wall and CPU time (user + system) and b ÷ a, with the load average before and
 * after. For a change's cost against the build it started from (`git worktree add <dir> <commit>`, then
 * install and build there).
 *
 *   node bench/pair-cli.mjs <a: cli.js> <b: cli.js> <folder> [rounds, default 8]
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { median, minimum } from "./lib/measure.mjs";

const [a, b, dir, roundsArg] = process.argv.slice(2);
if (!a || !b || !dir) throw new Error("usage: node bench/pair-cli.mjs <a: cli.js> <b: cli.js> <folder> [rounds]");
const rounds = Number(roundsArg ?? 8);
const run = (cli) => {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S", process.execPath, cli, "lint", dir, "--today", "2026-12-06"], { encoding: "utf8", maxBuffer: 1 << 28 });
  const [wall, user, sys] = r.stderr.trim().split("\n").pop().split(" ").map(Number);
  if (!Number.isFinite(wall)) throw new Error(`${cli}: ${r.stderr.slice(-500)}`);
  return { wall, cpu: user + sys };
};
const res = { a: [], b: [] };
const before = loadavg()[0];
for (let i = 0; i < rounds; i++) for (const k of i % 2 ? ["b", "a"] : ["a", "b"]) res[k].push(run(k === "a" ? a : b));
for (const f of ["wall", "cpu"]) {
  const A = res.a.map((r) => r[f]);
  const B = res.b.map((r) => r[f]);
  console.log(`${f}: a median ${median(A).toFixed(3)} min ${minimum(A).toFixed(3)} | b median ${median(B).toFixed(3)} min ${minimum(B).toFixed(3)} | b ÷ a (medians) ${(median(B) / median(A)).toFixed(3)}`);
}
console.log(`${rounds} rounds; load average ${before.toFixed(2)} → ${loadavg()[0].toFixed(2)}`);
