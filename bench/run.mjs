#!/usr/bin/env node
/**
 * The benchmark: `npm run bench` (or `node bench/run.mjs`). Everything side by side in one run, each
 * figure reported as a ratio against its peer or floor measured in the same run, written to
 * bench/RESULTS.md with the machine and the date. See bench/README.md for the flags.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, renameSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateCorpus, makeRng } from "./corpus.mjs";

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
if (has("help")) {
  console.log(`node bench/run.mjs [--quick] [--count N] [--large N] [--md-count N] [--runs N] [--startup-runs N]
                  [--edits N] [--e2e-edits N] [--only a,b] [--results FILE] [--build]
  --quick          200 plans, 30 for markdownlint, fewer repetitions (about a minute)
  --only           throughput,startup,ls,memory,concurrency (default: all)
  --results FILE   where to write the report (default bench/RESULTS.md; --quick writes bench/.corpus/RESULTS.quick.md)
  --build          run the workspace build first (it runs anyway when a package's dist/ is missing)`);
  process.exit(0);
}
const quick = has("quick");
const cfg = {
  count: Number(opt("count", quick ? 200 : 1000)),
  large: Number(opt("large", quick ? 1 : 5)),
  mdCount: Number(opt("md-count", quick ? 30 : 150)),
  runs: Number(opt("runs", quick ? 1 : 3)),
  startupRuns: Number(opt("startup-runs", quick ? 7 : 21)),
  edits: Number(opt("edits", quick ? 200 : 1000)),
  e2eEdits: Number(opt("e2e-edits", quick ? 50 : 300)),
  seed: Number(opt("seed", 2022)),
};
const only = new Set((opt("only", "throughput,startup,ls,memory,concurrency") || "").split(","));
// A quick run is a check, not a result: it goes to the gitignored corpus folder.
const resultsPath = resolve(opt("results", quick ? join(here, ".corpus", "RESULTS.quick.md") : join(here, "RESULTS.md")));

const log = (...a) => console.error("[bench]", ...a);

// -------------------------------------------------------------------------------------------- helpers
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const fmt = (x, d = 1) => (x === undefined || Number.isNaN(x) ? "–" : x.toFixed(d));
const ratio = (a, b) => (a && b ? a / b : NaN);

function dirBytes(dir) {
  let n = 0;
  let files = 0;
  for (const f of readdirSync(dir)) {
    const st = statSync(join(dir, f));
    if (st.isFile()) {
      n += st.size;
      files++;
    }
  }
  return { bytes: n, files };
}

const tmp = mkdtempSync(join(os.tmpdir(), "vp-bench-"));
process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));
const hasGnuTime = existsSync("/usr/bin/time");

/**
 * Runs a command to completion with output discarded; returns wall time (ms), exit code, and the
 * peak RSS (KB) from GNU time when available. stderr's tail is kept to explain a failure.
 */
function timed(cmd, args, { cwd = root } = {}) {
  const rssFile = join(tmp, "rss");
  const errFile = join(tmp, "stderr");
  const full = hasGnuTime ? ["/usr/bin/time", ["-f", "%M %U %S", "-o", rssFile, cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], { cwd, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  writeFileSync(errFile, r.stderr ?? "");
  let rssKb;
  let cpuMs;
  if (hasGnuTime && existsSync(rssFile)) {
    // GNU time writes "Command exited with non-zero status 1" first when the exit code is not 0.
    const [rss, user, sys] = readFileSync(rssFile, "utf8").trim().split("\n").pop().split(" ").map(Number);
    rssKb = rss;
    cpuMs = (user + sys) * 1000;
  }
  return { ms, code: r.status, rssKb, cpuMs, stderr: String(r.stderr ?? "").slice(-2000) };
}

function timedAsync(cmd, args, { cwd = root } = {}) {
  return new Promise((res) => {
    const t0 = process.hrtime.bigint();
    const p = spawn(cmd, args, { cwd, stdio: ["ignore", "ignore", "ignore"] });
    p.on("exit", (code) => res({ ms: Number(process.hrtime.bigint() - t0) / 1e6, code }));
  });
}

/** A lint exit code that means "ran and found problems" (0 or 1), not "could not run". */
const ranOk = (r, what) => {
  if (r.code === 0 || r.code === 1) return true;
  throw new Error(`${what} exited with ${r.code}:\n${r.stderr}`);
};

// ---------------------------------------------------------------------------------------------- setup
function ensureBenchDeps() {
  const bin = join(here, "node_modules", "markdownlint-cli2", "markdownlint-cli2-bin.mjs");
  if (!existsSync(bin)) {
    log("installing bench dependencies (npm ci --prefix bench) …");
    const lock = existsSync(join(here, "package-lock.json"));
    const r = spawnSync("npm", [lock ? "ci" : "install", "--prefix", here, "--no-audit", "--no-fund"], { stdio: "inherit" });
    if (r.status !== 0 || !existsSync(bin)) throw new Error("could not install markdownlint-cli2 into bench/node_modules");
  }
  const version = JSON.parse(readFileSync(join(here, "node_modules", "markdownlint-cli2", "package.json"), "utf8")).version;
  return { bin, version };
}

const coreDist = join(root, "packages", "core", "dist", "index.js");
const cliDist = join(root, "packages", "cli", "dist", "cli.js");
function languageServerEntry() {
  const dir = join(root, "packages", "language-server");
  const candidates = ["dist/server.js", "dist/main.js", "dist/index.js", "dist/server.cjs"];
  try {
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin && Object.values(pkg.bin)[0];
    if (bin) candidates.unshift(bin);
  } catch {
    // No package.json yet.
  }
  for (const c of candidates) if (existsSync(join(dir, c))) return join(dir, c);
  return undefined;
}

/** Newest modification time under a folder (0 when it does not exist). */
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
  const core = src("core");
  return ["core", "cli", "language-server"].some((pkg) => existsSync(join(root, "packages", pkg, "src")) && dist(pkg) < Math.max(core, src(pkg)));
}

function ensureBuilt() {
  if (has("build") || !existsSync(coreDist) || stale()) {
    log("building the workspace (pnpm -r build) …");
    const r = spawnSync("npx", ["-y", "pnpm@12.4.2", "-r", "build"], { cwd: root, stdio: "inherit" });
    if (r.status !== 0) log("build failed; measuring what is there");
  }
  if (!existsSync(coreDist)) throw new Error("packages/core/dist is missing: run `npm run build` first");
}

/** The linter under test: the built CLI, or (until it exists) core's lint in a node process. */
function linter() {
  if (existsSync(cliDist)) {
    return { label: "`veiligheidsplan lint` (packages/cli/dist/cli.js)", standIn: false, args: (paths) => [cliDist, "lint", ...paths] };
  }
  const script = join(here, "lib", "lint-files.mjs");
  return { label: "core `lint` in a node process (bench/lib/lint-files.mjs; the CLI is not built yet)", standIn: true, args: (paths) => [script, ...paths] };
}

/** Hard links (or copies) of some corpus files into a fresh folder: the same bytes, a different set. */
function linkSubset(names, fromDir, toDir, ext) {
  rmSync(toDir, { recursive: true, force: true });
  mkdirSync(toDir, { recursive: true });
  for (const n of names) {
    try {
      linkSync(join(fromDir, n + ext), join(toDir, n + ext));
    } catch {
      writeFileSync(join(toDir, n + ext), readFileSync(join(fromDir, n + ext)));
    }
  }
}

/** The constants of `--concurrency auto`, read from the CLI's source so that the report says what it does. */
function autoRule() {
  const src = readFileSync(join(root, "packages", "cli", "src", "concurrency.ts"), "utf8");
  const bytes = /AUTO_BYTES_PER_WORKER = ([\d_]+)/.exec(src);
  const cores = /CORES_PER_THREAD = ([\d.]+)/.exec(src);
  return bytes && cores ? { bytesPerWorker: Number(bytes[1].replaceAll("_", "")), coresPerThread: Number(cores[1]) } : undefined;
}

/** The workers `auto` starts (the rule of packages/cli/src/concurrency.ts autoThreads). */
function autoWorkers(cores, plans, bytes) {
  const rule = autoRule();
  if (rule === undefined) return undefined;
  const n = Math.min(Math.floor(cores / rule.coresPerThread), plans, Math.floor(bytes / rule.bytesPerWorker));
  return n >= 2 ? n : 0;
}

function describeWorkers(n) {
  return n === undefined ? "?" : n === 0 ? "no workers" : `${n} workers`;
}

/** `copies` hard links (or copies) of each corpus file under other names: a bigger run of the same bytes. */
function linkCopies(names, fromDir, toDir, ext, copies) {
  rmSync(toDir, { recursive: true, force: true });
  mkdirSync(toDir, { recursive: true });
  for (let c = 0; c < copies; c++) {
    for (const n of names) {
      const to = join(toDir, `${String.fromCharCode(97 + c)}-${n}${ext}`);
      try {
        linkSync(join(fromDir, n + ext), to);
      } catch {
        writeFileSync(to, readFileSync(join(fromDir, n + ext)));
      }
    }
  }
}

// ------------------------------------------------------------------------------------------ measures
async function main() {
  const started = new Date();
  ensureBuilt();
  const mdl = ensureBenchDeps();
  const vp = linter();
  log(`linter: ${vp.label}`);

  const corpusDir = join(here, ".corpus", `n${cfg.count}-l${cfg.large}-s${cfg.seed}`);
  log(`corpus: ${relative(root, corpusDir)} …`);
  const t0 = performance.now();
  const manifest = generateCorpus({ out: corpusDir, count: cfg.count, large: cfg.large, seed: cfg.seed });
  log(`corpus ready (${manifest.files.length} plans, ${(manifest.totalBytes / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const plansDir = join(corpusDir, "plans");
  const mdDir = join(corpusDir, "md");
  const small = manifest.files.filter((f) => !f.large);
  const subsetNames = small.slice(0, cfg.mdCount).map((f) => f.name);
  const subsetPlans = join(corpusDir, `subset-${cfg.mdCount}`, "plans");
  const subsetMd = join(corpusDir, `subset-${cfg.mdCount}`, "md");
  linkSubset(subsetNames, plansDir, subsetPlans, ".veiligheidsplan");
  linkSubset(subsetNames, mdDir, subsetMd, ".md");

  const examples = join(root, "examples");
  const nijmegenPath = existsSync(examples) ? readdirSync(examples).filter((f) => /nijmegen.*\.veiligheidsplan$/.test(f)).map((f) => join(examples, f))[0] : undefined;
  const onePlan = nijmegenPath ?? join(plansDir, small[0].name + ".veiligheidsplan");
  const largePlan = manifest.files.find((f) => f.large);
  const largePath = largePlan ? join(plansDir, largePlan.name + ".veiligheidsplan") : undefined;

  const R = { cfg, started, manifest: { files: manifest.files.length, bytes: manifest.totalBytes, large: manifest.files.filter((f) => f.large).length, budgetErrors: manifest.files.filter((f) => f.budgetError).length }, vp, mdl: mdl.version };

  // Throughput and memory: the whole corpus through the linter (R runs), the subset through both.
  if (only.has("throughput") || only.has("memory")) {
    const full = dirBytes(plansDir);
    const sub = dirBytes(subsetPlans);
    // Interleaved (linter on everything, linter on the subset, markdownlint on the subset), so that the
    // load others put on the machine hits both tools alike. CPU time is recorded too: it is far less
    // sensitive to that load than wall time.
    const vpFull = [];
    const vpSub = [];
    const mdlRuns = [];
    const mdlCount = quick ? 1 : 2;
    // Memory alone (--only memory) needs only the linter on the whole corpus, with the CLI's defaults.
    const withThroughput = only.has("throughput");
    for (let i = 0; i < cfg.runs; i++) {
      log(`${withThroughput ? "throughput" : "memory"}: linter on ${full.files} plans (run ${i + 1}/${cfg.runs}) …`);
      const r = timed(node, vp.args([plansDir]));
      ranOk(r, "the linter");
      vpFull.push(r);
      if (!withThroughput) continue;
      const rs = timed(node, vp.args([subsetPlans]));
      ranOk(rs, "the linter");
      vpSub.push(rs);
      if (i < mdlCount) {
        log(`throughput: markdownlint-cli2 ${mdl.version} on ${sub.files} .md files …`);
        // Run from the subset folder (no config file there or above in it: markdownlint's default config).
        const m = timed(node, [mdl.bin, "md/*.md"], { cwd: dirname(subsetMd) });
        ranOk(m, "markdownlint-cli2");
        mdlRuns.push(m);
      }
    }
    const vpFullMs = median(vpFull.map((r) => r.ms));
    const vpSubMs = median(vpSub.map((r) => r.ms));
    const mdlMs = median(mdlRuns.map((r) => r.ms));
    const cpu = (rs) => (rs.every((r) => r.cpuMs !== undefined) ? median(rs.map((r) => r.cpuMs)) : undefined);
    if (withThroughput) R.throughput = {
      fullFiles: full.files,
      fullBytes: full.bytes,
      subFiles: sub.files,
      subBytes: sub.bytes,
      vpFullMs,
      vpSubMs,
      mdlMs,
      mdlRuns: mdlRuns.length,
      vpFullMBs: full.bytes / 1e6 / (vpFullMs / 1000),
      vpSubMBs: sub.bytes / 1e6 / (vpSubMs / 1000),
      mdlMBs: sub.bytes / 1e6 / (mdlMs / 1000),
      vpFullCpuMBs: cpu(vpFull) ? full.bytes / 1e6 / (cpu(vpFull) / 1000) : undefined,
      vpSubCpuMBs: cpu(vpSub) ? sub.bytes / 1e6 / (cpu(vpSub) / 1000) : undefined,
      mdlCpuMBs: cpu(mdlRuns) ? sub.bytes / 1e6 / (cpu(mdlRuns) / 1000) : undefined,
    };
    const m = mdlRuns[0];
    R.memory = { rssMb: Math.max(...vpFull.map((r) => r.rssKb ?? 0)) / 1024, mdlRssMb: m?.rssKb !== undefined ? m.rssKb / 1024 : undefined, files: full.files, runs: vpFull.length };
  }

  // Start-up: interleaved, so that drift on a shared machine hits all three alike.
  if (only.has("startup")) {
    const mdCopy = join(tmp, "plan.md");
    writeFileSync(mdCopy, readFileSync(onePlan));
    const t = { node: [], vp: [], mdl: [] };
    log(`start-up: ${cfg.startupRuns} interleaved rounds …`);
    for (let i = 0; i < cfg.startupRuns + 2; i++) {
      const a = timed(node, ["-e", "0"]);
      const b = timed(node, vp.args([onePlan]));
      ranOk(b, "the linter");
      const c = timed(node, [mdl.bin, "plan.md"], { cwd: tmp });
      ranOk(c, "markdownlint-cli2");
      if (i < 2) continue; // warm the file cache
      t.node.push(a.ms);
      t.vp.push(b.ms);
      t.mdl.push(c.ms);
    }
    R.startup = { file: relative(root, onePlan), bytes: statSync(onePlan).size, nodeMs: median(t.node), vpMs: median(t.vp), mdlMs: median(t.mdl), runs: cfg.startupRuns };
  }

  // Language server: the in-process path (what the server runs per change) and, when the server is
  // built, the end-to-end round trip over JSON-RPC.
  if (only.has("ls")) {
    const core = await import(pathToFileURL(coreDist).href);
    const docs = [{ label: `${relative(root, onePlan)}`, path: onePlan }];
    if (largePath) docs.push({ label: `1 MB corpus plan (${largePlan.name})`, path: largePath });
    R.ls = [];
    for (const d of docs) {
      const text = readFileSync(d.path, "utf8");
      const edits = editScript(core, text, cfg.edits);
      const n = d.path === largePath ? Math.max(20, Math.round(cfg.edits / 10)) : cfg.edits;
      log(`language service: ${n} one-character edits in ${d.label} …`);
      let current = text;
      const times = [];
      for (let i = 0; i < n + 10; i++) {
        current = edits[i % edits.length](current);
        const t0 = performance.now();
        const parsed = core.parse(current);
        core.lint(current, { parsed, filePath: d.path });
        const ms = performance.now() - t0;
        if (i >= 10) times.push(ms);
      }
      R.ls.push({ label: d.label, bytes: Buffer.byteLength(text), kind: "in-process", edits: n, median: median(times), p95: percentile(times, 95) });
    }
    const server = languageServerEntry();
    if (server) {
      for (const d of docs) {
        const n = d.path === largePath ? Math.max(10, Math.round(cfg.e2eEdits / 5)) : cfg.e2eEdits;
        log(`language server: ${n} edits over JSON-RPC in ${d.label} …`);
        try {
          const r = await endToEnd(core, server, d.path, n);
          R.ls.push({ label: d.label, bytes: statSync(d.path).size, kind: "end-to-end", edits: n, ...r });
        } catch (e) {
          R.ls.push({ label: d.label, kind: "end-to-end", error: String(e.message ?? e).slice(0, 300) });
        }
      }
      // Typing at 10 characters a second with the server's own (adaptive) debounce: the language
      // server helper's module (bench/lib/ls-typing.mjs), reported as it formats it.
      log("language server: typing at 10 characters a second …");
      try {
        const typing = await import("./lib/ls-typing.mjs");
        R.lsTyping = typing.reportLines(await typing.measureAll({ serverPath: server, chars: quick ? 50 : 100, largeChars: quick ? 20 : 40 }), "node bench/lib/ls-typing.mjs");
      } catch (e) {
        R.lsTyping = [`Typing measurement failed: ${String(e.message ?? e).slice(0, 300)}`];
      }
    } else R.lsServerMissing = true;
  }

  // Concurrency: the CLI's own `--concurrency 2` against `off` on the corpus and on the corpus three
  // times over (past the break-even measured on two cores); for scale two processes on halves of the
  // corpus and the machine's own gain for pure CPU work; all interleaved per round.
  if (only.has("concurrency")) {
    const help = existsSync(cliDist) ? spawnSync(node, [cliDist, "lint", "--help"], { encoding: "utf8" }).stdout ?? "" : "";
    const cliFlag = /--concurrency/.test(help);
    const names = manifest.files.map((f) => f.name);
    const a = join(corpusDir, "half-a");
    const b = join(corpusDir, "half-b");
    linkSubset(names.filter((_, i) => i % 2 === 0), plansDir, a, ".veiligheidsplan");
    linkSubset(names.filter((_, i) => i % 2 === 1), plansDir, b, ".veiligheidsplan");
    const triple = join(corpusDir, "triple");
    if (cliFlag) linkCopies(names, plansDir, triple, ".veiligheidsplan", 3);
    const lintWith = (mode, dir) => {
      const r = timed(node, [cliDist, "lint", "--concurrency", mode, dir]);
      ranOk(r, `lint --concurrency ${mode}`);
      return r;
    };
    const runs = { off: [], two: [], halves: [], bigOff: [], bigTwo: [] };
    // Calibration: what two processes gain on this machine right now, for pure CPU work (about 2× on an
    // idle two-core machine, less when others use the cores).
    const spin = ["-e", "let x = 0; for (let i = 0; i < 3e8; i++) x += i;"];
    const spinOne = [];
    const spinTwo = [];
    for (let i = 0; i < cfg.runs; i++) {
      log(`concurrency: off, 2, two processes; the corpus ×3 off and 2 (run ${i + 1}/${cfg.runs}) …`);
      if (cliFlag) {
        runs.off.push(lintWith("off", plansDir));
        runs.two.push(lintWith("2", plansDir));
        runs.bigOff.push(lintWith("off", triple));
        runs.bigTwo.push(lintWith("2", triple));
      } else {
        const r = timed(node, vp.args([plansDir]));
        ranOk(r, "the linter");
        runs.off.push(r);
      }
      const [x, y] = await Promise.all([timedAsync(node, vp.args([a])), timedAsync(node, vp.args([b]))]);
      runs.halves.push({ ms: Math.max(x.ms, y.ms) });
      spinOne.push(timed(node, spin).ms);
      const [p, q] = await Promise.all([timedAsync(node, spin), timedAsync(node, spin)]);
      spinTwo.push(Math.max(p.ms, q.ms));
    }
    const summary = (rs) =>
      rs.length === 0
        ? undefined
        : {
            ms: median(rs.map((r) => r.ms)),
            cpuMs: rs.every((r) => r.cpuMs !== undefined) ? median(rs.map((r) => r.cpuMs)) : undefined,
            rssMb: rs.every((r) => r.rssKb !== undefined) ? Math.max(...rs.map((r) => r.rssKb)) / 1024 : undefined,
          };
    R.concurrency = {
      cores: os.availableParallelism?.() ?? os.cpus().length,
      cliFlag,
      off: summary(runs.off),
      two: summary(runs.two),
      big: cliFlag ? { files: names.length * 3, bytes: manifest.totalBytes * 3, off: summary(runs.bigOff), two: summary(runs.bigTwo) } : undefined,
      halvesMs: median(runs.halves.map((r) => r.ms)),
      machineGain: (2 * median(spinOne)) / median(spinTwo),
      load: os.loadavg()[0],
    };
  }

  const md = report(R);
  const tmpOut = resultsPath + ".tmp";
  writeFileSync(tmpOut, md);
  renameSync(tmpOut, resultsPath);
  console.log(md);
  log(`written to ${relative(process.cwd(), resultsPath)}`);
}

/**
 * Deterministic one-character edits in prose: each step inserts a letter in a paragraph and the next
 * removes it again, so the document keeps its size over many edits (as typing and undo would).
 */
function editScript(core, text, n) {
  const rng = makeRng(7);
  const parsed = core.parse(text);
  const paras = parsed.blocks.filter((b) => b.kind === "paragraph" && b.span.end - b.span.start > 20);
  const spots = paras.length ? paras : [{ span: { start: 0, end: text.length } }];
  const out = [];
  for (let i = 0; i < Math.max(2, n); i += 2) {
    const p = spots[rng.int(0, spots.length - 1)];
    const at = rng.int(p.span.start + 1, p.span.end - 2);
    out.push((t) => t.slice(0, at) + "e" + t.slice(at));
    out.push((t) => t.slice(0, at) + t.slice(at + 1));
  }
  return out;
}

/**
 * Opens the plan in the built server and times each one-character didChange until the
 * publishDiagnostics of that version arrives (round trip, client side). The server's own time for
 * the validation (parse + rules + conversion) comes from its timing hook, `veiligheidsplan/validated`
 * (initializationOptions.reportTiming); the debounce is set to 0 so that the round trip is work and
 * transport only.
 */
async function endToEnd(core, serverPath, path, n) {
  const { LspClient } = await import("./lib/lsp-client.mjs");
  const client = new LspClient(node, [serverPath, "--stdio"], { cwd: root });
  try {
    await client.initialize(pathToFileURL(dirname(path)).href, { debounceMs: 0, reportTiming: true, validateWorkspace: false });
    const uri = pathToFileURL(path).href;
    const text = readFileSync(path, "utf8");
    const first = client.waitFor((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri);
    client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "veiligheidsplan", version: 1, text } });
    await first;
    const rng = makeRng(11);
    const parsed = core.parse(text);
    const paras = parsed.blocks.filter((b) => b.kind === "paragraph" && b.span.end - b.span.start > 20);
    let current = text;
    let lines = new core.LineIndex(current);
    const roundTrip = [];
    const server = [];
    let versionSeen = false;
    let lastAt = 0;
    for (let v = 2; v < n + 2; v++) {
      const p = paras[rng.int(0, paras.length - 1)];
      // Even versions insert a letter, odd ones take it out again, so the document keeps its size.
      const insert = v % 2 === 0;
      const at = insert ? rng.int(p.span.start + 1, p.span.end - 2) : lastAt;
      lastAt = at;
      const pos = lines.position(at);
      const end = insert ? pos : lines.position(at + 1);
      const diagnostics = client.waitFor((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri && (m.params.version === undefined || m.params.version === v));
      const validated = client.waitFor((m) => m.method === "veiligheidsplan/validated" && m.params.uri === uri && m.params.version === v, 30_000).catch(() => undefined);
      const t0 = performance.now();
      client.notify("textDocument/didChange", {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: pos.line, character: pos.character }, end: { line: end.line, character: end.character } }, text: insert ? "e" : "" }],
      });
      const msg = await diagnostics;
      roundTrip.push(performance.now() - t0);
      const hook = await Promise.race([validated, new Promise((r) => setTimeout(r, 1000))]);
      if (hook?.params?.durationMs !== undefined) server.push(hook.params.durationMs);
      if (msg.params.version === v) versionSeen = true;
      current = insert ? current.slice(0, at) + "e" + current.slice(at) : current.slice(0, at) + current.slice(at + 1);
      lines = new core.LineIndex(current);
    }
    return {
      median: median(roundTrip),
      p95: percentile(roundTrip, 95),
      serverMedian: server.length ? median(server) : undefined,
      serverP95: server.length ? percentile(server, 95) : undefined,
      versioned: versionSeen,
    };
  } finally {
    await client.shutdown();
  }
}

// --------------------------------------------------------------------------------------------- report
function report(R) {
  const cpu = os.cpus();
  const lines = [];
  const row = (...c) => lines.push(`| ${c.join(" | ")} |`);
  const met = (ok) => (ok === undefined ? "–" : ok ? "yes" : "**no**");
  lines.push("# Benchmark results", "");
  lines.push(`- Date: ${R.started.toISOString().replace("T", " ").slice(0, 16)} UTC`);
  lines.push(`- Machine: ${cpu[0]?.model ?? "?"}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}`);
  lines.push(`- Node ${process.version}; markdownlint-cli2 ${R.mdl} (default config)`);
  lines.push(`- Linter under test: ${R.vp.label}`);
  lines.push(`- Corpus: ${R.manifest.files} generated plans, ${(R.manifest.bytes / 1e6).toFixed(1)} MB (${R.manifest.large} of ~1 MB, the rest ~45 KB; ${R.manifest.budgetErrors} with a budget error), seed ${R.cfg.seed} — \`node bench/corpus.mjs\``);
  lines.push(`- Command: \`node bench/run.mjs ${argv.join(" ")}\`${quick ? " (quick mode: fewer files and repetitions)" : ""}`);
  lines.push("", "These machines are shared and noisy: read the ratios, not the absolute times.", "");

  lines.push("## Summary", "");
  row("figure", "veiligheidsplan", "peer / floor", "ratio", "target", "met");
  row("---", "---:", "---:", "---:", "---", "---");
  const t = R.throughput;
  if (t) {
    const r = ratio(t.vpFullMBs, t.mdlMBs);
    row("throughput, MB/s (wall)", fmt(t.vpFullMBs), `markdownlint-cli2: ${fmt(t.mdlMBs, 2)}`, `${fmt(r)}×`, "≥ 20× and ≥ 10 MB/s", met(r >= 20 && t.vpFullMBs >= 10));
    if (t.vpFullCpuMBs) row("throughput, MB per CPU-second", fmt(t.vpFullCpuMBs), `markdownlint-cli2: ${fmt(t.mdlCpuMBs, 2)}`, `${fmt(ratio(t.vpFullCpuMBs, t.mdlCpuMBs))}×`, "–", "–");
  }
  const s = R.startup;
  if (s) {
    row("start-up, ms (median)", fmt(s.vpMs, 0), `node -e 0: ${fmt(s.nodeMs, 0)}`, `${fmt(ratio(s.vpMs, s.nodeMs), 2)}×`, "≤ 3× node -e 0", met(s.vpMs <= 3 * s.nodeMs));
    row("start-up vs markdownlint-cli2", fmt(s.vpMs, 0), `markdownlint-cli2: ${fmt(s.mdlMs, 0)}`, `${fmt(ratio(s.vpMs, s.mdlMs), 2)}×`, "–", "–");
  }
  // The language-server target is on the server's own time for the Nijmegen plan (its timing hook), or
  // the in-process path when the server is not built.
  const lsTarget = lsTargetRow(R);
  if (lsTarget) {
    row(`language server, one-character edit, ${lsTarget.doc}: ${lsTarget.what}, ms`, `median ${fmt(lsTarget.median, 2)} / p95 ${fmt(lsTarget.p95, 2)}`, "5 ms budget", `${fmt(lsTarget.median / 5, 2)}× of budget`, "median < 5 ms", met(lsTarget.median < 5));
  }
  if (R.memory) row(`peak RSS, ${R.memory.files} plans, MB`, fmt(R.memory.rssMb, 0), "150 MB budget", `${fmt(R.memory.rssMb / 150, 2)}× of budget`, "< 150 MB", met(R.memory.rssMb < 150));
  const c = R.concurrency;
  if (c?.big) row(`\`--concurrency 2\` vs \`off\`, ${c.big.files} plans (${fmt(c.big.bytes / 1e6, 0)} MB)`, `${fmt(c.big.two.ms / 1000, 2)} s`, `off: ${fmt(c.big.off.ms / 1000, 2)} s`, `${fmt(c.big.off.ms / c.big.two.ms, 2)}× (machine: ${fmt(c.machineGain, 2)}×)`, "use both cores", `${R.manifest.files} plans: ${fmt(c.off.ms / c.two.ms, 2)}×; \`auto\` here: ${describeWorkers(autoWorkers(c.cores, c.big.files, c.big.bytes))}`);
  else if (c) row(`two processes on halves vs one, ${R.manifest.files} plans`, `${fmt(c.halvesMs / 1000, 2)} s`, `one: ${fmt(c.off.ms / 1000, 2)} s`, `${fmt(c.off.ms / c.halvesMs, 2)}× (machine: ${fmt(c.machineGain, 2)}×)`, "use both cores", "not in the CLI yet");
  lines.push("");

  if (t) {
    lines.push("## Throughput", "");
    lines.push(`markdownlint-cli2 needs about a minute per 45 MB, so it lints a subset: the first ${t.subFiles} Nijmegen-sized plans (${(t.subBytes / 1e6).toFixed(1)} MB), copied as \`.md\`. The linter runs on the same subset and on the whole corpus; throughput is compared in MB/s. Times include start-up.`, "");
    row("run", "files", "MB", "wall (s)", "MB/s wall", "vs markdownlint-cli2", "MB per CPU-second", "vs markdownlint-cli2");
    row("---", "---:", "---:", "---:", "---:", "---:", "---:", "---:");
    row(`veiligheidsplan, whole corpus (median of ${R.cfg.runs})`, t.fullFiles, fmt(t.fullBytes / 1e6), fmt(t.vpFullMs / 1000, 2), fmt(t.vpFullMBs), `${fmt(ratio(t.vpFullMBs, t.mdlMBs))}×`, fmt(t.vpFullCpuMBs), `${fmt(ratio(t.vpFullCpuMBs, t.mdlCpuMBs))}×`);
    row(`veiligheidsplan, subset (median of ${R.cfg.runs})`, t.subFiles, fmt(t.subBytes / 1e6), fmt(t.vpSubMs / 1000, 2), fmt(t.vpSubMBs), `${fmt(ratio(t.vpSubMBs, t.mdlMBs))}×`, fmt(t.vpSubCpuMBs), `${fmt(ratio(t.vpSubCpuMBs, t.mdlCpuMBs))}×`);
    row(`markdownlint-cli2, subset (median of ${t.mdlRuns})`, t.subFiles, fmt(t.subBytes / 1e6), fmt(t.mdlMs / 1000, 2), fmt(t.mdlMBs, 2), "1×", fmt(t.mdlCpuMBs, 2), "1×");
    lines.push("", "The subset runs include start-up (about 0.15 s for the linter, 0.45 s for markdownlint-cli2), which weighs more on the subset than on the whole corpus. CPU time (user + system, GNU time) is far less sensitive than wall time to what else runs on the machine.", "");
  }
  if (s) {
    lines.push("## Start-up", "");
    lines.push(`One plan (\`${s.file}\`, ${(s.bytes / 1000).toFixed(0)} KB), median wall time of ${s.runs} interleaved rounds (two warm-up rounds dropped).`, "");
    row("command", "median (ms)", "vs node -e 0");
    row("---", "---:", "---:");
    row("node -e 0", fmt(s.nodeMs, 0), "1×");
    row("veiligheidsplan lint", fmt(s.vpMs, 0), `${fmt(ratio(s.vpMs, s.nodeMs), 2)}×`);
    row("markdownlint-cli2", fmt(s.mdlMs, 0), `${fmt(ratio(s.mdlMs, s.nodeMs), 2)}×`);
    lines.push("");
  }
  if (R.ls) {
    lines.push("## Language server", "");
    lines.push("A one-character edit in a prose paragraph (insert a letter, then delete it again), then fresh diagnostics.", "");
    lines.push("- **in-process**: the language-service path the server runs per change, `parse` + `lint` on the new text, timed in one process (no I/O, no debounce).");
    lines.push("- **server time**: the built server (`packages/language-server/dist/bin.js --stdio`), its own time per validation (parse + rules + conversion to LSP diagnostics) as reported by its timing hook `veiligheidsplan/validated` (initializationOptions `reportTiming`, debounce 0).");
    lines.push("- **round trip**: the same server, client side: `didChange` sent → `publishDiagnostics` for that version received over stdio JSON-RPC (framing and event loop included; the editor's debounce of 150 ms is off).", "");
    row("document", "KB", "measured", "edits", "median (ms)", "p95 (ms)");
    row("---", "---:", "---", "---:", "---:", "---:");
    for (const l of R.ls) {
      if (l.error) {
        row(l.label, "", l.kind, "", "failed", l.error.replace(/\|/g, "/").replace(/\n/g, " "));
        continue;
      }
      if (l.kind === "in-process") row(l.label, fmt(l.bytes / 1000, 0), "in-process `parse` + `lint`", l.edits, fmt(l.median, 2), fmt(l.p95, 2));
      else {
        if (l.serverMedian !== undefined) row(l.label, fmt(l.bytes / 1000, 0), "server time (timing hook)", l.edits, fmt(l.serverMedian, 2), fmt(l.serverP95, 2));
        row(l.label, fmt(l.bytes / 1000, 0), "round trip didChange → publishDiagnostics" + (l.versioned ? "" : " (no version on diagnostics)"), l.edits, fmt(l.median, 2), fmt(l.p95, 2));
      }
    }
    if (R.lsServerMissing) lines.push("", "The language server is not built (packages/language-server/dist), so only the in-process path was measured.");
    if (R.lsTyping) lines.push("", ...R.lsTyping);
    lines.push("");
  }
  if (R.memory) {
    lines.push("## Memory", "");
    lines.push(
      `Peak resident set size (GNU time, \`%M\`) of \`veiligheidsplan lint\` with its default settings (one thread) on all ${R.memory.files} plans, the highest of ${R.memory.runs} runs: **${fmt(R.memory.rssMb, 0)} MB**.` +
        (R.memory.mdlRssMb !== undefined ? ` (markdownlint-cli2 on the ${t?.subFiles ?? "?"}-file subset: ${fmt(R.memory.mdlRssMb, 0)} MB.)` : "") +
        (c?.two?.rssMb !== undefined ? ` With \`--concurrency 2\`: ${fmt(c.two.rssMb, 0)} MB (see Concurrency).` : ""),
      "",
    );
  }
  if (c) {
    lines.push("## Concurrency", "");
    if (c.two) {
      const rule = autoRule();
      lines.push(`${c.cores} cores. \`veiligheidsplan lint\`, medians of ${R.cfg.runs} interleaved rounds (CPU = user + system; RSS = the highest peak), on the corpus and on the corpus three times over (hard links under other names). \`auto\` counts a lint thread as ${rule ? fmt(rule.coresPerThread, 2) : "?"} cores and starts workers only from ${rule ? fmt(rule.bytesPerWorker / 1e6, 0) : "?"} MB of plans per worker: here it starts ${describeWorkers(autoWorkers(c.cores, R.manifest.files, R.manifest.bytes))} on the corpus and ${c.big ? describeWorkers(autoWorkers(c.cores, c.big.files, c.big.bytes)) : "?"} on the corpus three times over.`, "");
      row("run", "plans", "MB", "wall (s)", "CPU (s)", "peak RSS (MB)", "vs off");
      row("---", "---:", "---:", "---:", "---:", "---:", "---:");
      const line = (label, x, off, files, bytes) => row(label, files, fmt(bytes / 1e6, 0), fmt(x.ms / 1000, 2), fmt(x.cpuMs && x.cpuMs / 1000, 2), fmt(x.rssMb, 0), `${fmt(off.ms / x.ms, 2)}×`);
      line("`--concurrency off` (the default)", c.off, c.off, R.manifest.files, R.manifest.bytes);
      line("`--concurrency 2`", c.two, c.off, R.manifest.files, R.manifest.bytes);
      row("two processes at once, each on half (the slower)", R.manifest.files, fmt(R.manifest.bytes / 1e6, 0), fmt(c.halvesMs / 1000, 2), "", "", `${fmt(c.off.ms / c.halvesMs, 2)}×`);
      if (c.big) {
        line("`--concurrency off`", c.big.off, c.big.off, c.big.files, c.big.bytes);
        line("`--concurrency 2`", c.big.two, c.big.off, c.big.files, c.big.bytes);
      }
      lines.push("");
    } else {
      lines.push(`${c.cores} cores. One process on all ${R.manifest.files} plans: ${fmt(c.off.ms / 1000, 2)} s; two processes at once, each on half (alternate files, so both halves hold the same mix): ${fmt(c.halvesMs / 1000, 2)} s (the slower of the two) — **${fmt(c.off.ms / c.halvesMs, 2)}×**.`);
      lines.push("The CLI has no `--concurrency` option yet; this is what worker threads could gain at best on this machine.", "");
    }
    lines.push(`For scale, in the same rounds two CPU-bound \`node\` loops at once did ${fmt(c.machineGain, 2)}× the work of one in the same time (2× on an idle two-core machine); the load average was ${fmt(c.load, 1)} at the end of the measurement.`, "");
  }
  lines.push("## Missed targets", "");
  const missed = [];
  if (t && !(ratio(t.vpFullMBs, t.mdlMBs) >= 20 && t.vpFullMBs >= 10)) missed.push(`throughput: ${fmt(t.vpFullMBs)} MB/s, ${fmt(ratio(t.vpFullMBs, t.mdlMBs))}× markdownlint-cli2 (target ≥ 20× and ≥ 10 MB/s)`);
  if (s && !(s.vpMs <= 3 * s.nodeMs)) missed.push(`start-up: ${fmt(ratio(s.vpMs, s.nodeMs), 2)}× node -e 0 (target ≤ 3×)`);
  const ls0 = lsTargetRow(R);
  if (ls0 && !(ls0.median < 5)) missed.push(`language server: median ${fmt(ls0.median, 2)} ms ${ls0.what} (target < 5 ms)`);
  if (R.memory && !(R.memory.rssMb < 150)) missed.push(`memory: ${fmt(R.memory.rssMb, 0)} MB (target < 150 MB)`);
  lines.push(missed.length ? missed.map((m) => `- ${m}`).join("\n") : "None in this run.");
  if (missed.length) lines.push("", "Why, from profiles (`node --cpu-prof`) and measurements — see bench/README.md, \"Where the time and memory go\", and re-check after changes.");
  lines.push("");
  return lines.join("\n");
}

/** The figure the < 5 ms target is read on: server time for the first (Nijmegen) document, else in-process. */
function lsTargetRow(R) {
  const ls = (R.ls ?? []).filter((l) => !l.error);
  const first = ls[0]?.label;
  const e2e = ls.find((l) => l.label === first && l.kind === "end-to-end" && l.serverMedian !== undefined);
  if (e2e) return { doc: first, what: "server time", median: e2e.serverMedian, p95: e2e.serverP95 };
  const inproc = ls.find((l) => l.label === first && l.kind === "in-process");
  return inproc ? { doc: first, what: "in-process parse + lint", median: inproc.median, p95: inproc.p95 } : undefined;
}

main().catch((e) => {
  console.error(`bench failed: ${e.message ?? e}`);
  process.exit(1);
});
