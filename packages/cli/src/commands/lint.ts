/**
 * `veiligheidsplan lint`: checks plans and reports in the chosen format; with `--fix` writes the safe
 * fixes back. Exit code 0 (no errors, warnings within --max-warnings), 1 (errors, or too many
 * warnings), 2 (a usage error, a file that cannot be read or is not a plan, a bad configuration, an
 * internal failure; printed as one line naming the file).
 *
 * Plan by plan — read, parse, lint (and fix), write that file's part of the report, drop it all — so
 * that memory stays flat in the number of plans (report-output.ts; what each format keeps between
 * files is in docs/cli.md). With `--concurrency`, worker threads do the reading and linting
 * (lint-pool.ts); this thread takes their outcomes in file order, so the output is the same.
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { type Concurrency, readConcurrency, threadsFor } from "../concurrency.js";
import { CliError, EXIT } from "../errors.js";
import type { ConfigResolver } from "../config.js";
import { collectTargets, decodeText, IgnoreRules, type SourceFile, type Target, writeErrorText } from "../files.js";
import { FORMATS, type FormatName } from "../formatters/index.js";
import { checkInWorkers, InOrder } from "../lint-pool.js";
import { failed, type LintSettings, PlanChecker, type PlanJob, type PlanOutcome, RunCollector } from "../lint-run.js";
import { runOrderResolver } from "../lint-worker.js";
import { LongRunMemory, MANY_PLANS } from "../memory.js";
import { PlanLibrary } from "../plans.js";
import { getMaxFileBytes } from "../read-bounded.js";
import { ReportOutput } from "../report-output.js";
import { ProgressReader } from "../voortgang.js";
import type { Texts } from "../texts.js";
import { err, type PlanInputArgs, readStdin, runToday, setupRun } from "./common.js";

export interface LintArgs extends PlanInputArgs {
  readonly paths: readonly string[];
  readonly format: FormatName;
  readonly outputFile?: string;
  readonly color?: boolean;
  readonly maxWarnings?: number;
  readonly quiet?: boolean;
  readonly fix?: boolean;
  readonly fixDryRun?: boolean;
  /** `--concurrency`: a number of worker threads, `auto` or `off`. */
  readonly concurrency?: string;
  /** The launcher (dist/cli.js) that worker threads start from; without it every plan is checked on this thread. */
  readonly workerEntry?: string;
  /** `--voortgang`: progress files for every plan of the run; without it, each plan's files beside it. */
  readonly voortgang?: readonly string[];
}

export const VERSION: string = typeof __CLI_VERSION__ === "string" ? __CLI_VERSION__ : "0.0.0";

function validate(args: LintArgs, t: Texts): Concurrency {
  if (args.stdin && args.paths.length > 0) throw new CliError(t.stdinNeedsNoPaths);
  if (args.stdinFilename !== undefined && !args.stdin) throw new CliError(t.stdinFilenameNeedsStdin);
  if (args.fix && args.fixDryRun) throw new CliError(t.fixBoth);
  if (args.fix && args.stdin) throw new CliError(t.fixWithStdin);
  if (args.maxWarnings !== undefined && (!Number.isInteger(args.maxWarnings) || args.maxWarnings < -1)) throw new CliError(t.badMaxWarnings(String(args.maxWarnings)));
  return readConcurrency(args.concurrency, t);
}

interface Run {
  readonly args: LintArgs;
  readonly cwd: string;
  readonly t: Texts;
  readonly settings: LintSettings;
  readonly concurrency: Concurrency;
  readonly checker: PlanChecker;
  readonly library: PlanLibrary;
  readonly collector: RunCollector;
  readonly output: ReportOutput;
}

/** `docsBaseUrl` of the current folder's configuration, for the rule links of run-level formats (SARIF, JUnit). */
function docsBaseOf(configs: ConfigResolver, cwd: string): { docsBaseUrl?: string } {
  try {
    const url = configs.forDir(cwd).config.docsBaseUrl;
    return url ? { docsBaseUrl: url } : {};
  } catch {
    return {}; // A broken configuration is reported for the plans it applies to.
  }
}

export function runLint(args: LintArgs): number | Promise<number> {
  const { cwd, t, configs, locale } = setupRun(args);
  const concurrency = validate(args, t);
  const settings: LintSettings = {
    cwd,
    locale,
    today: runToday(args.today, t),
    ...(args.config !== undefined ? { config: args.config } : {}),
    rule: args.rule ?? [],
    quiet: args.quiet === true,
    fix: args.fix === true,
    fixDryRun: args.fixDryRun === true,
    keepOutput: args.format === "json",
    keepSuggestions: args.format === "json",
    debug: args.debug === true,
    maxFileBytes: getMaxFileBytes(),
    ...(args.voortgang !== undefined && args.voortgang.length > 0 ? { voortgang: args.voortgang.map((f) => resolve(cwd, f)) } : {}),
  };
  // Named progress files are read once here: one that is missing stops the run (exit code 2) before
  // any plan is checked, and what one lacks is said once, not once per plan.
  const namedProgress: string[] = [];
  if (settings.voortgang) {
    const reader = new ProgressReader(cwd, t);
    for (const f of settings.voortgang) namedProgress.push(...reader.read(f).notices);
  }
  const checker = new PlanChecker(settings, configs);
  // A predecessor that a plan names (`vorig-plan: bestand:`) is read when a rule asks for it; the
  // library keeps the last few it read for that (plans.ts).
  const library = new PlanLibrary(cwd, t);
  const color = args.outputFile === undefined && (args.color ?? defaultColor());
  const writer = FORMATS[args.format]({ locale, t, color, cwd, version: VERSION, ...docsBaseOf(configs, cwd) });
  const output = new ReportOutput(writer, args.outputFile === undefined ? undefined : resolve(cwd, args.outputFile), (text) => process.stdout.write(text));
  const run: Run = { args, cwd, t, settings, concurrency, checker, library, output, collector: new RunCollector(checker, library.resolve, err, (file) => output.report(file)) };
  run.collector.notices.push(...namedProgress);
  try {
    const done = lintAll(run);
    return typeof done === "number" ? done : done.catch((e: unknown) => abandon(output, e));
  } catch (e) {
    return abandon(output, e);
  }
}

/** An internal failure ends the run: no half-written output file stays behind. */
function abandon(output: ReportOutput, e: unknown): never {
  output.abort();
  throw e;
}

function lintAll(run: Run): number | Promise<number> {
  const { args, cwd, t, checker, library, concurrency } = run;

  if (args.stdin) {
    // One plan: never worker threads.
    const display = args.stdinFilename ?? "<stdin>";
    const absolute = args.stdinFilename !== undefined ? resolve(cwd, args.stdinFilename) : "<stdin>";
    const bytes = readStdin(t);
    const source: SourceFile = { display, absolute, bytes, mtimeMs: 0, text: decodeText(bytes, display, t) };
    // Unnamed standard input takes the configuration of the current folder. Named, it stands for that
    // file, also as another plan's predecessor.
    const { outcome } = checker.check(source, { resolvePlan: library.resolve, configDir: absolute === "<stdin>" ? cwd : undefined, beforeLint: (parsed) => library.pin(display, absolute, parsed) });
    run.collector.commit(outcome);
    return finish(run);
  }

  const collected = collectTargets(args.paths, cwd, new IgnoreRules(cwd, args.ignore !== false, t), t);
  run.collector.failures.push(...collected.failures);
  for (const f of collected.ignored) run.collector.notices.push(t.ignored(f));
  const targets = collected.targets;
  // `auto` where it can never start workers costs nothing over `off` (threadsFor looks at no file then).
  if (concurrency.kind !== "off" && args.workerEntry !== undefined && threadsFor(concurrency, targets.length, () => Infinity) > 0) {
    const settled = targets.map((target) => settle(run, target));
    const jobs: PlanJob[] = [];
    targets.forEach((target, index) => {
      if (!settled[index]) jobs.push({ index, display: target.display, absolute: target.absolute });
    });
    const threads = threadsFor(concurrency, jobs.length, () => totalBytes(jobs));
    if (threads > 0) return inWorkers(run, args.workerEntry, threads, targets, settled, jobs).then(() => finish(run));
  }
  oneByOne(run, targets);
  return finish(run);
}

/** A file that the configuration's `ignores` names (or whose configuration is broken) is settled before it is read. */
function settle(run: Run, target: Target): PlanOutcome | undefined {
  if (run.args.ignore === false) return undefined;
  try {
    if (run.checker.configs.ignores(target.absolute)) return { debug: [], notices: target.explicit ? [run.t.ignored(target.display)] : [], failures: [] };
  } catch (e) {
    const debug: string[] = [];
    return failed(run.checker.failure(e, target.display, debug), debug);
  }
  return undefined;
}

/** Every plan on this thread, one after the other. */
function oneByOne(run: Run, targets: readonly Target[]): void {
  const { checker, library, collector } = run;
  const memory = new LongRunMemory(targets.length >= MANY_PLANS);
  targets.forEach((target, index) => {
    const settled = settle(run, target);
    if (settled) {
      collector.commit(settled);
      return;
    }
    const { outcome } = checker.checkFile({ index, display: target.display, absolute: target.absolute }, library.resolve);
    // A later plan that names this one as its predecessor reads it as it now is on disk.
    if (collector.commit(outcome)) library.forget(target.absolute);
    memory.afterPlan();
  });
}

/** Worker threads read and lint; this thread takes their outcomes in file order and writes fixes. */
async function inWorkers(run: Run, entry: string, threads: number, targets: readonly Target[], settled: readonly (PlanOutcome | undefined)[], jobs: readonly PlanJob[]): Promise<void> {
  const { settings, checker, library, collector, t } = run;
  // How many files, from the first on, are done: a worker checking a plan whose predecessor comes
  // earlier in the run waits for it with --fix (see runOrderResolver).
  const finished = new Int32Array(new SharedArrayBuffer(4));
  const inOrder = new InOrder(
    (_index, outcome) => collector.commit(outcome),
    (done) => {
      Atomics.store(finished, 0, done);
      Atomics.notify(finished, 0);
    },
  );
  settled.forEach((outcome, index) => outcome && inOrder.put(index, outcome));
  const runPaths = targets.map((target) => target.absolute);
  let hereAt = -1;
  // Only when no worker could be started; the files before have all been taken in by then.
  const resolveHere = settings.fix ? runOrderResolver(settings.cwd, library, runPaths, () => hereAt, () => {}) : library.resolve;
  await checkInWorkers({
    entry,
    threads,
    setup: { settings, runPaths, finished: finished.buffer as SharedArrayBuffer },
    jobs,
    deliver: (index, outcome) => inOrder.put(index, outcome),
    checkHere: (job) => {
      hereAt = job.index;
      return checker.checkFile(job, resolveHere).outcome;
    },
    lost: (job, { error, exitCode }) => {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      const reason = code === "ERR_WORKER_OUT_OF_MEMORY" ? t.outOfMemory : error ? error.message : t.exitedWith(exitCode);
      return failed(new CliError(t.workerStopped(reason), job.display), settings.debug && error?.stack ? [error.stack] : []);
    },
    // The garbage-collector settings for long runs are process-wide V8 flags; set before a worker has
    // loaded the engine, they would make V8 refuse its code cache.
    allReady: () => new LongRunMemory(jobs.length >= MANY_PLANS),
  });
}

function totalBytes(jobs: readonly PlanJob[]): number {
  let bytes = 0;
  for (const job of jobs) {
    try {
      bytes += statSync(job.absolute).size;
    } catch {
      // Reported when the file is read.
    }
  }
  return bytes;
}

/** The report, the lines on stderr, and the exit code. */
function finish(run: Run): number {
  const { args, collector, t } = run;
  const writeFailure = run.output.finish();
  if (writeFailure !== undefined && args.outputFile !== undefined) collector.failures.push(new CliError(writeErrorText(writeFailure, t), args.outputFile));
  if (args.fix && collector.fixedFiles > 0 && args.format === "stylish" && args.outputFile === undefined) err(t.fixedFiles(collector.fixedFiles));
  for (const n of collector.notices) err(n);
  for (const f of collector.failures) err(f.line);

  if (collector.failures.length > 0) return EXIT.failure;
  if (collector.errors > 0) return EXIT.problems;
  if (args.maxWarnings !== undefined && args.maxWarnings >= 0 && collector.warnings > args.maxWarnings) {
    err(t.tooManyWarnings(collector.warnings, args.maxWarnings));
    return EXIT.problems;
  }
  return EXIT.ok;
}

export function defaultColor(): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== "0" && process.env.FORCE_COLOR !== "false") return true;
  return process.stdout.isTTY === true;
}
