#!/usr/bin/env node
/**
 * The benchmark: `npm run bench` (about 10 minutes on 2 idle cores) or `npm run bench -- --quick`
 * (about a minute). Every ratio compares two commands on the same files (the same bytes), run in pairs
 * interleaved round by round (≥ 5 rounds), and is reported with both commands, the bytes each
 * processed, medians and minimums of wall and CPU time, and the load average before and after. Written
 * to bench/RESULTS.md (quick: bench/.corpus/RESULTS.quick.md). See bench/README.md for the flags.
 *
 * Long because it is the one place that says what is measured how; the measuring is in lib/measure.mjs,
 * the language-server figures in lib/ls.mjs, the report in lib/report.mjs.
 */
import { spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateCorpus } from "./corpus.mjs";
import { endToEnd, inProcess } from "./lib/ls.mjs";
import { load, median, paired, timed } from "./lib/measure.mjs";
import { report } from "./lib/report.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const node = process.execPath;

// ---------------------------------------------------------------------------------------------- flags
const argv = process.argv.slice(2);
const has = (f) => argv.includes(`--${f}`);
const opt = (f, d) => {
  const i = argv.indexOf(`--${f}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : d;
};
const list = (s) => String(s).split(",").filter(Boolean);
if (has("help")) {
  console.log(`node bench/run.mjs [--quick] [--sizes 200,1000] [--rounds N] [--memory-plans 1000,5000] [--memory-rounds N] [--formats a,b]
                  [--startup-rounds N] [--edits N] [--e2e-edits N] [--only a,b] [--results FILE] [--build]
  --quick          throughput on 200 plans, start-up, the language server briefly (about a minute)
  --sizes          plan counts for throughput (default 200,1000; quick 200)
  --rounds         interleaved rounds per paired figure (default 5; fewer is marked as not a result)
  --memory-plans   plan counts for peak RSS per output format (default 1000,5000)
  --memory-rounds  runs per format and plan count; the highest peak counts (default 3)
  --only           throughput,startup,ls,memory,concurrency (default: all; quick: throughput,startup,ls)
  --results FILE   where to write the report (default bench/RESULTS.md; --quick writes bench/.corpus/RESULTS.quick.md)
  --build          run the workspace build first (it runs anyway when a package's dist/ is missing or stale)`);
  process.exit(0);
}
const quick = has("quick");
const cfg = {
  sizes: list(opt("sizes", quick ? "200" : "200,1000")).map(Number),
  rounds: Number(opt("rounds", 5)),
  memoryPlans: list(opt("memory-plans", "1000,5000")).map(Number),
  memoryRounds: Number(opt("memory-rounds", 3)),
  formats: list(opt("formats", "stylish,json,sarif,github,junit,codequality")),
  concurrencyPlans: list(opt("concurrency-plans", "1000,3000")).map(Number),
  startupRounds: Number(opt("startup-rounds", quick ? 7 : 21)),
  edits: Number(opt("edits", quick ? 100 : 1000)),
  e2eEdits: Number(opt("e2e-edits", quick ? 40 : 300)),
  seed: Number(opt("seed", 2022)),
};
const only = new Set(list(opt("only", quick ? "throughput,startup,ls" : "throughput,startup,ls,memory,concurrency")));
const resultsPath = resolve(opt("results", quick ? join(here, ".corpus", "RESULTS.quick.md") : join(here, "RESULTS.md")));
const log = (...a) => console.error("[bench]", ...a);

// ---------------------------------------------------------------------------------------------- setup
const coreDist = join(root, "packages", "core", "dist", "index.js");
const cliDist = join(root, "packages", "cli", "dist", "cli.js");

function ensureBenchDeps() {
  const bin = join(here, "node_modules", "markdownlint-cli2", "markdownlint-cli2-bin.mjs");
  if (!existsSync(bin)) {
    log("installing bench dependencies (npm ci --prefix bench) …");
    const r = spawnSync("npm", ["ci", "--prefix", here, "--no-audit", "--no-fund"], { stdio: "inherit" });
    if (r.status !== 0 || !existsSync(bin)) throw new Error("could not install markdownlint-cli2 into bench/node_modules");
  }
  const version = JSON.parse(readFileSync(join(here, "node_modules", "markdownlint-cli2", "package.json"), "utf8")).version;
  return { bin, version };
}

function newest(dir) {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** A package whose sources are newer than its dist would be measured as it was, not as it is. */
function stale() {
  const src = (pkg) => newest(join(root, "packages", pkg, "src"));
  const dist = (pkg) => newest(join(root, "packages", pkg, "dist"));
  return ["core", "cli", "language-server"].some((pkg) => existsSync(join(root, "packages", pkg, "src")) && dist(pkg) < Math.max(src("core"), src(pkg)));
}

function ensureBuilt() {
  if (has("build") || !existsSync(cliDist) || stale()) {
    log("building the workspace (pnpm -r build) …");
    const r = spawnSync("npx", ["-y", "pnpm@12.4.2", "-r", "build"], { cwd: root, stdio: "inherit" });
    if (r.status !== 0) throw new Error("the build failed");
  }
}

function languageServerEntry() {
  const dir = join(root, "packages", "language-server");
  try {
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin && Object.values(pkg.bin)[0];
    if (bin && existsSync(join(dir, bin))) return join(dir, bin);
  } catch {
    // No package.json.
  }
  return undefined;
}

/** Hard links (or copies) of corpus files into a fresh folder, each `copies` times under distinct names. */
function linkFiles(names, fromDir, toDir, ext, copies = 1) {
  rmSync(toDir, { recursive: true, force: true });
  mkdirSync(toDir, { recursive: true });
  for (let c = 0; c < copies; c++) {
    for (const n of names) {
      const to = join(toDir, `${copies > 1 ? `${String.fromCharCode(97 + c)}-` : ""}${n}${ext}`);
      try {
        linkSync(join(fromDir, n + ext), to);
      } catch {
        writeFileSync(to, readFileSync(join(fromDir, n + ext)));
      }
    }
  }
}

function dirBytes(dir) {
  let bytes = 0;
  let files = 0;
  for (const f of readdirSync(dir)) {
    const st = statSync(join(dir, f));
    if (st.isFile()) {
      bytes += st.size;
      files++;
    }
  }
  return { bytes, files };
}

const rel = (p) => relative(root, p) || ".";
/** A lint exit code that means "ran" (0: clean, 1: findings), not "could not run". */
const ran = (r) => r.code === 0 || r.code === 1;

// ------------------------------------------------------------------------------------------ measures
async function main() {
  const started = new Date();
  ensureBuilt();
  const mdl = ensureBenchDeps();
  const R = { cfg, quick, argv, started, loadAtStart: os.loadavg(), mdlVersion: mdl.version, sections: [] };

  // The corpus: Nijmegen-derived plans (the real plan's prose, shuffled and perturbed, under 40
  // municipalities' names), all of Nijmegen's size; each also as `.md` with the same bytes.
  const most = Math.max(...cfg.sizes, ...(only.has("memory") || only.has("concurrency") ? [1000] : []));
  const corpusDir = join(here, ".corpus", `n${most}-l0-s${cfg.seed}`);
  log(`corpus: ${rel(corpusDir)} …`);
  const manifest = generateCorpus({ out: corpusDir, count: most, large: 0, seed: cfg.seed });
  const names = manifest.files.map((f) => f.name);
  R.corpus = { dir: rel(corpusDir), files: names.length, bytes: manifest.totalBytes, budgetErrors: manifest.files.filter((f) => f.budgetError).length, seed: cfg.seed };
  const setDir = (n) => join(corpusDir, `set-${n}`);
  for (const n of new Set([...cfg.sizes])) {
    linkFiles(names.slice(0, n), join(corpusDir, "plans"), join(setDir(n), "plans"), ".veiligheidsplan");
    linkFiles(names.slice(0, n), join(corpusDir, "md"), join(setDir(n), "md"), ".md");
  }
  const nijmegen = join(root, "examples", "nijmegen-2022-2026.veiligheidsplan");

  // Throughput: ours, markdownlint-cli2 and the floor on the same files, interleaved.
  if (only.has("throughput")) {
    for (const n of cfg.sizes) {
      const plans = join(setDir(n), "plans");
      const md = join(setDir(n), "md");
      const ours = dirBytes(plans);
      const theirs = dirBytes(md);
      if (ours.bytes !== theirs.bytes || ours.files !== theirs.files) throw new Error(`${plans} and ${md} differ`);
      log(`throughput on ${n} plans (${(ours.bytes / 1e6).toFixed(1)} MB): ${cfg.rounds} interleaved rounds …`);
      const m = paired(
        [
          { key: "ours", cmd: node, args: [cliDist, "lint", plans], cwd: root, ok: ran },
          // Run from the set's folder: no configuration file there, so markdownlint's defaults.
          { key: "markdownlint", cmd: node, args: [mdl.bin, "md/*.md"], cwd: setDir(n), ok: ran },
          { key: "floor", cmd: node, args: [join(here, "lib", "floor.mjs"), plans], cwd: root, ok: (r) => r.code === 0 },
        ],
        { rounds: cfg.rounds, warmup: 0, log },
      );
      R.sections.push({
        kind: "throughput",
        plans: n,
        bytes: ours.bytes,
        commands: {
          ours: `node packages/cli/dist/cli.js lint ${rel(plans)}`,
          markdownlint: `node bench/node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs "md/*.md"  (in ${rel(setDir(n))})`,
          floor: `node bench/lib/floor.mjs ${rel(plans)}`,
        },
        ...m,
      });
      write(R, false);
    }
  }

  // Start-up: one plan, interleaved with `node -e 0` and markdownlint-cli2 on the same bytes.
  if (only.has("startup")) {
    const tmp = join(corpusDir, "startup");
    mkdirSync(tmp, { recursive: true });
    writeFileSync(join(tmp, "plan.md"), readFileSync(nijmegen));
    log(`start-up: ${cfg.startupRounds} interleaved rounds …`);
    const m = paired(
      [
        { key: "node", cmd: node, args: ["-e", "0"], cwd: root, ok: (r) => r.code === 0 },
        { key: "ours", cmd: node, args: [cliDist, "lint", nijmegen], cwd: root, ok: ran },
        { key: "markdownlint", cmd: node, args: [mdl.bin, "plan.md"], cwd: tmp, ok: ran },
      ],
      { rounds: cfg.startupRounds, warmup: 2, log },
    );
    R.sections.push({
      kind: "startup",
      bytes: statSync(nijmegen).size,
      commands: { node: "node -e 0", ours: `node packages/cli/dist/cli.js lint ${rel(nijmegen)}`, markdownlint: `node bench/node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs plan.md` },
      ...m,
    });
    write(R, false);
  }

  // Language server: in-process and over JSON-RPC (lib/ls.mjs); and the latency a client sees while
  // typing at 10 characters a second with the server's own debounce, from the language-server work's
  // module bench/lib/ls-typing.mjs (`measureAll({ serverPath, chars, largeChars })`, `reportLines(r,
  // command)`), included as it reports it when that module is there.
  if (only.has("ls")) {
    const core = await import(pathToFileURL(coreDist).href);
    const large = generateCorpus({ out: join(here, ".corpus", `large-s${cfg.seed}`), count: 1, large: 1, seed: cfg.seed });
    const largePath = join(here, ".corpus", `large-s${cfg.seed}`, "plans", `${large.files[0].name}.veiligheidsplan`);
    const docs = [
      { label: rel(nijmegen), path: nijmegen, n: cfg.edits, e2e: cfg.e2eEdits },
      { label: `~1 MB plan (${rel(largePath)})`, path: largePath, n: Math.max(20, Math.round(cfg.edits / 10)), e2e: Math.max(10, Math.round(cfg.e2eEdits / 5)) },
    ];
    const loadBefore = load();
    const rows = [];
    for (const d of docs) {
      log(`language service in-process: ${d.n} edits in ${d.label} …`);
      const r = inProcess(core, d.path, d.n);
      rows.push({ label: d.label, bytes: statSync(d.path).size, what: "in-process `parse` + `lint`, from scratch", n: d.n, ...r.scratch });
      rows.push({ label: d.label, bytes: statSync(d.path).size, what: "in-process `parse` with the parse before (as the server) + `lint`", n: d.n, ...r.reusing });
    }
    const server = languageServerEntry();
    if (server) {
      for (const d of docs) {
        log(`language server over JSON-RPC: ${d.e2e} edits in ${d.label} …`);
        try {
          const r = await endToEnd(core, server, d.path, d.e2e, root);
          if (r.serverMedian !== undefined) rows.push({ label: d.label, bytes: statSync(d.path).size, what: "server time (timing hook, debounce 0)", n: d.e2e, median: r.serverMedian, p95: r.serverP95 });
          rows.push({ label: d.label, bytes: statSync(d.path).size, what: "round trip didChange → publishDiagnostics (debounce 0)", n: d.e2e, median: r.median, p95: r.p95 });
        } catch (e) {
          rows.push({ label: d.label, what: "over JSON-RPC", error: String(e.message ?? e).slice(0, 300) });
        }
      }
    }
    const notes = [];
    const typingModule = join(here, "lib", "ls-typing.mjs");
    if (existsSync(typingModule) && server) {
      log("language server: typing at 10 characters a second (lib/ls-typing.mjs) …");
      try {
        const typing = await import(pathToFileURL(typingModule).href);
        notes.push(...typing.reportLines(await typing.measureAll({ serverPath: server, chars: quick ? 50 : 100, largeChars: quick ? 20 : 40 }), "node bench/lib/ls-typing.mjs"));
      } catch (e) {
        notes.push(`Typing measurement failed: ${String(e.message ?? e).slice(0, 300)}`);
      }
    } else notes.push("Latency while typing with the server's own debounce (didChange → publishDiagnostics as an editor sees it) is not in this run: bench/lib/ls-typing.mjs is not there.");
    R.sections.push({ kind: "ls", rows, notes, server: server ? rel(server) : undefined, load: { before: loadBefore, after: load() } });
    write(R, false);
  }

  // Memory: peak RSS of the CLI per output format, on 1,000 plans and the same plans 5 times over
  // (hard links under distinct names), and the heap ratio between them.
  if (only.has("memory")) {
    const rows = [];
    const loadBefore = load();
    for (const n of cfg.memoryPlans) {
      const copies = Math.ceil(n / names.length);
      const dir = join(corpusDir, `memory-${n}`);
      const picked = names.slice(0, Math.ceil(n / copies));
      linkFiles(picked, join(corpusDir, "plans"), dir, ".veiligheidsplan", copies);
      const size = dirBytes(dir);
      // Several runs per format, the formats taking turns: V8 now and then lets the heap grow far early
      // in a run (bench/README.md, "Memory"), so one run can miss the peak a user may see.
      const runs = new Map(cfg.formats.map((format) => [format, []]));
      for (let round = 0; round < cfg.memoryRounds; round++) {
        for (const format of cfg.formats) {
          log(`memory: ${size.files} plans, --format ${format}, run ${round + 1} of ${cfg.memoryRounds} …`);
          const r = timed(node, [cliDist, "lint", rel(dir), "--format", format, "--output-file", join(corpusDir, `out.${format}`)], { cwd: root });
          if (!ran(r)) throw new Error(`lint --format ${format} exited with ${r.code}:\n${r.stderr}`);
          runs.get(format).push(r);
        }
      }
      for (const format of cfg.formats) {
        const rs = runs.get(format);
        const rss = rs.map((r) => r.rssKb / 1024);
        rows.push({ plans: size.files, bytes: size.bytes, format, rssMb: Math.max(...rss), rssMedianMb: median(rss), rssRunsMb: rss, ms: median(rs.map((r) => r.ms)), cpuMs: median(rs.map((r) => r.cpuMs)), command: `node packages/cli/dist/cli.js lint ${rel(dir)} --format ${format} --output-file …` });
      }
    }
    R.sections.push({ kind: "memory", rows, load: { before: loadBefore, after: load() } });
    write(R, false);
  }

  // Concurrency: `auto` and `2` against `off`, interleaved, on 1,000 plans and 3,000 (three times over).
  if (only.has("concurrency")) {
    const figures = [];
    for (const n of cfg.concurrencyPlans) {
      const copies = Math.ceil(n / names.length);
      const dir = join(corpusDir, `concurrency-${n}`);
      linkFiles(names.slice(0, Math.ceil(n / copies)), join(corpusDir, "plans"), dir, ".veiligheidsplan", copies);
      const size = dirBytes(dir);
      log(`concurrency on ${size.files} plans: ${cfg.rounds} interleaved rounds …`);
      const entry = (mode) => ({ key: mode, cmd: node, args: [cliDist, "lint", "--concurrency", mode, rel(dir)], cwd: root, ok: ran });
      const m = paired([entry("off"), entry("auto"), entry("2")], { rounds: cfg.rounds, log });
      figures.push({ plans: size.files, bytes: size.bytes, dir: rel(dir), ...m });
    }
    R.sections.push({ kind: "concurrency", cores: os.availableParallelism?.() ?? os.cpus().length, figures });
  }

  console.log(write(R, true));
  log(`written to ${relative(process.cwd(), resultsPath)}`);
}

/**
 * Writes RESULTS.md as it stands: after every section (a long run on a busy machine that is stopped
 * still leaves what it measured, marked as incomplete) and at the end.
 */
function write(R, complete) {
  R.loadAtEnd = os.loadavg();
  R.incomplete = complete ? undefined : [...only].filter((k) => !R.sections.some((sec) => sec.kind === k));
  const md = report(R);
  mkdirSync(dirname(resultsPath), { recursive: true });
  writeFileSync(`${resultsPath}.tmp`, md);
  renameSync(`${resultsPath}.tmp`, resultsPath);
  return md;
}

main().catch((e) => {
  console.error(`bench failed: ${e.message ?? e}`);
  process.exit(1);
});
