/**
 * A worker thread of `veiligheidsplan lint --concurrency`: started through the launcher (dist/cli.js,
 * so that it loads the engine with V8's code cache), it checks the files the main thread hands it, one
 * message per file, and sends back each {@link PlanOutcome}. It never writes: with `--fix` the main
 * thread writes the fixes, in file order.
 *
 * Test hook: `VEILIGHEIDSPLAN_CRASH_WORKER_ON=<path as shown>` makes the worker that gets that file
 * crash (an uncaught error), to test that the run reports the file and goes on; `<start>` makes every
 * worker crash before it is ready, to test that this thread then checks the files itself.
 */
import { resolve } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import type { ParsedPlan } from "@veiligheidsplan/core";
import { type LintSettings, PlanChecker, type PlanJob, type PlanOutcome } from "./lint-run.js";
import { type OtherPlan, PlanLibrary } from "./plans.js";
import { setMaxFileBytes } from "./read-bounded.js";
import { LINT_WORKER } from "./worker-key.js";

export interface LintWorkerSetup {
  readonly settings: LintSettings;
  /** Absolute path of every file of the run, in file order (index = PlanJob.index). */
  readonly runPaths: readonly string[];
  /** One Int32: how many files, from the first on, the main thread has finished (written their fixes). */
  readonly finished: SharedArrayBuffer;
}

export type ToWorker = PlanJob;
export type FromWorker = { readonly kind: "ready" } | { readonly kind: "done"; readonly index: number; readonly outcome: PlanOutcome };

/**
 * Other plans for `vorig-plan: bestand:` in a run that may write them (`--fix`), read as the
 * single-threaded run reads them: a plan of this run that comes earlier in file order is read once the
 * main thread has written its fixes; one that comes later, before (the main thread writes in file
 * order, and only after this plan's outcome). Such plans are never kept in between, since their text
 * changes during the run; plans outside the run go through the library as usual.
 */
export function runOrderResolver(cwd: string, library: PlanLibrary, runPaths: readonly string[], current: () => number, waitUntilFinished: (index: number) => void): (path: string) => OtherPlan {
  const indexOf = new Map<string, number>();
  runPaths.forEach((p, i) => indexOf.set(p, i));
  return (path) => {
    const index = indexOf.get(resolve(cwd, path));
    if (index === undefined) return library.resolve(path);
    if (index < current()) waitUntilFinished(index);
    return library.readUncached(path);
  };
}

/** Blocks this worker until the main thread has finished the first `index + 1` files. */
export function waitUntilFinished(finished: Int32Array, index: number): void {
  for (;;) {
    const done = Atomics.load(finished, 0);
    if (done > index) return;
    Atomics.wait(finished, 0, done, 1000);
  }
}

export function runLintWorker(): void {
  const port = parentPort;
  if (!port) throw new Error("runLintWorker runs on a worker thread only");
  const setup = (workerData as Record<string, LintWorkerSetup>)[LINT_WORKER]!;
  const { settings } = setup;
  setMaxFileBytes(settings.maxFileBytes);
  const checker = new PlanChecker(settings);
  const library = new PlanLibrary(settings.cwd, checker.t);
  const finished = new Int32Array(setup.finished);
  let current = -1;
  const resolvePlan = settings.fix ? runOrderResolver(settings.cwd, library, setup.runPaths, () => current, (i) => waitUntilFinished(finished, i)) : library.resolve;
  const crashOn = process.env.VEILIGHEIDSPLAN_CRASH_WORKER_ON;
  if (crashOn === "<start>") throw new Error("test crash at start (VEILIGHEIDSPLAN_CRASH_WORKER_ON)");

  port.on("message", (job: ToWorker) => {
    if (crashOn !== undefined && crashOn === job.display) throw new Error(`test crash on ${job.display} (VEILIGHEIDSPLAN_CRASH_WORKER_ON)`);
    current = job.index;
    // postMessage copies the findings, which detaches them from the text.
    const { outcome } = checker.checkFile(job, resolvePlan);
    port.postMessage({ kind: "done", index: job.index, outcome } satisfies FromWorker);
  });
  port.postMessage({ kind: "ready" } satisfies FromWorker);
}
