// What `lint --concurrency` gains, by the size of the run: whole-process wall time (and CPU time, with
// GNU time) of `veiligheidsplan lint <folder>` with `--concurrency off`, `2` and `auto`, interleaved so
// that all three see the same machine load; medians of several rounds. The folders are hard links to
// the bench corpus (`node bench/run.mjs` makes it); runs larger than the corpus link its plans again
// under other names. This is where the break-even in src/concurrency.ts comes from.
//   node packages/cli/scripts/concurrency.mjs [--sizes 50,100,250,500,1000,2000] [--runs 5] [--modes off,2,auto] [--corpus dir]
import { spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const corpus = opt("corpus", fileURLToPath(new URL("../../../bench/.corpus/n1000-l5-s2022/plans", import.meta.url)));
const sizes = opt("sizes", "50,100,250,500,1000,2000").split(",").map(Number);
const runs = Number(opt("runs", 5));
const modes = opt("modes", "off,2,auto").split(",");
if (!existsSync(cli)) throw new Error(`${cli} is missing: build the CLI first (npx pnpm --filter @veiligheidsplan/cli build)`);
if (!existsSync(corpus)) throw new Error(`${corpus} is missing: make it with the bench (node bench/run.mjs, see bench/README.md) or pass --corpus <folder of plans>`);

const plans = readdirSync(corpus).filter((f) => f.endsWith(".veiligheidsplan")).sort();
const tmp = mkdtempSync(join(tmpdir(), "vp-concurrency-"));
process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));
const gnuTime = existsSync("/usr/bin/time");

function folderOf(n) {
  const dir = join(tmp, `n${n}`);
  mkdirSync(dir);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const name = plans[i % plans.length];
    const copy = Math.floor(i / plans.length);
    linkSync(join(corpus, name), join(dir, copy === 0 ? name : `${name.replace(/\.veiligheidsplan$/, "")}-${copy}.veiligheidsplan`));
    bytes += statSync(join(corpus, name)).size;
  }
  return { dir, bytes };
}

function timed(dir, mode) {
  const args = [cli, "lint", dir, "-o", "/dev/null", "--today", "2026-11-28", "--concurrency", mode];
  const rss = join(tmp, "time");
  const t0 = process.hrtime.bigint();
  const r = gnuTime ? spawnSync("/usr/bin/time", ["-f", "%M %U %S", "-o", rss, process.execPath, ...args], { stdio: "ignore" }) : spawnSync(process.execPath, args, { stdio: "ignore" });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`lint --concurrency ${mode} exited with ${r.status}`);
  if (!gnuTime) return { ms };
  const [kb, user, sys] = readFileSync(rss, "utf8").trim().split("\n").pop().split(" ").map(Number);
  return { ms, cpuMs: (user + sys) * 1000, rssMb: kb / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f = (x, d = 2) => (x === undefined ? "–" : x.toFixed(d));

console.log(`Node ${process.version}, ${availableParallelism()} cores, ${runs} interleaved rounds per size, medians; CPU = user + system.`);
console.log(`| plans | MB | ${modes.map((m) => `${m}: wall s / CPU s / MB`).join(" | ")} | ${modes.filter((m) => m !== "off").map((m) => `off ÷ ${m}`).join(" | ")} |`);
console.log(`| ---: | ---: | ${modes.map(() => "---:").join(" | ")} | ${modes.filter((m) => m !== "off").map(() => "---:").join(" | ")} |`);
for (const n of sizes) {
  const { dir, bytes } = folderOf(n);
  const got = Object.fromEntries(modes.map((m) => [m, []]));
  timed(dir, "off"); // warm the file cache
  for (let i = 0; i < runs; i++) for (const m of modes) got[m].push(timed(dir, m));
  const med = (m, k) => (got[m].every((r) => r[k] !== undefined) ? median(got[m].map((r) => r[k])) : undefined);
  const cells = modes.map((m) => `${f(med(m, "ms") / 1000)} / ${f(med(m, "cpuMs") && med(m, "cpuMs") / 1000)} / ${f(med(m, "rssMb"), 0)}`);
  const ratios = modes.filter((m) => m !== "off").map((m) => `${f(med("off", "ms") / med(m, "ms"))}×`);
  console.log(`| ${n} | ${f(bytes / 1e6, 1)} | ${cells.join(" | ")} | ${ratios.join(" | ")} |`);
  rmSync(dir, { recursive: true, force: true });
}
