/**
 * Measuring commands on a shared, noisy machine: every run's wall time and its CPU time (user + system
 * of the child, from GNU time), paired runs of several commands interleaved round by round (the order
 * reversed every other round, so that drift in the machine's load hits all alike), medians and
 * minimums, and the load average before and after.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";

const tmp = mkdtempSync(join(os.tmpdir(), "vp-bench-"));
process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));
export const hasGnuTime = existsSync("/usr/bin/time");

export const median = (xs) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const minimum = (xs) => (xs.length ? Math.min(...xs) : NaN);
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
export const load = () => os.loadavg()[0];

/**
 * Runs a command to completion with its output discarded: wall time (ms), exit code, and from GNU time
 * the child's CPU time (ms) and peak RSS (KB). The tail of stderr explains a failure.
 */
export function timed(cmd, args, { cwd, env } = {}) {
  const stats = join(tmp, "time");
  rmSync(stats, { force: true });
  const full = hasGnuTime ? ["/usr/bin/time", ["-f", "%M %U %S", "-o", stats, cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], { cwd, env, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let rssKb;
  let cpuMs;
  if (hasGnuTime && existsSync(stats)) {
    // GNU time writes "Command exited with non-zero status 1" first when the exit code is not 0.
    const [rss, user, sys] = readFileSync(stats, "utf8").trim().split("\n").pop().split(" ").map(Number);
    rssKb = rss;
    cpuMs = (user + sys) * 1000;
  }
  return { ms, code: r.status, rssKb, cpuMs, stderr: String(r.stderr ?? "").slice(-2000) };
}

/** Summary of runs: medians and minimums of wall and CPU time, the highest peak RSS. */
export function summarise(runs) {
  const ms = runs.map((r) => r.ms);
  const cpu = runs.every((r) => r.cpuMs !== undefined) ? runs.map((r) => r.cpuMs) : [];
  const rss = runs.every((r) => r.rssKb !== undefined) ? runs.map((r) => r.rssKb / 1024) : [];
  return { n: runs.length, wall: { median: median(ms), min: minimum(ms) }, cpu: { median: median(cpu), min: minimum(cpu) }, rssMb: rss.length ? Math.max(...rss) : NaN, runs: ms };
}

/**
 * `entries`: [{ key, cmd, args, cwd, ok(result) }]. Runs them `rounds` times interleaved (first round
 * in the given order, the next reversed, …) after `warmup` rounds that are dropped. Returns per key the
 * summary, and the load average before and after.
 */
export function paired(entries, { rounds, warmup = 0, log = () => {} }) {
  const loadBefore = load();
  const results = new Map(entries.map((e) => [e.key, []]));
  for (let i = 0; i < warmup + rounds; i++) {
    const order = i % 2 === 0 ? entries : [...entries].reverse();
    for (const e of order) {
      log(`${i < warmup ? "warm-up" : `round ${i - warmup + 1}/${rounds}`}: ${e.key}`);
      const r = timed(e.cmd, e.args, { cwd: e.cwd, env: e.env });
      if (e.ok && !e.ok(r)) throw new Error(`${e.key} exited with ${r.code}:\n${r.stderr}`);
      if (i >= warmup) results.get(e.key).push(r);
    }
  }
  const out = {};
  for (const e of entries) out[e.key] = summarise(results.get(e.key));
  return { ...out, load: { before: loadBefore, after: load() } };
}
