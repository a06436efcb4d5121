/**
 * The main thread's side of `veiligheidsplan lint --concurrency n`: starts n worker threads and hands
 * out the files from one queue, the next file to whichever worker has room (plans range from 45 KB to
 * 1 MB, so fixed shares would leave one worker idle while the other works through the big ones). Each
 * worker holds at most two files, so it never waits for the main thread between files.
 *
 * Outcomes arrive in any order; the caller takes them in file order ({@link InOrder}). A worker that
 * dies (a crash, or out of memory on a huge file) costs only the file it was checking, which is
 * reported as a one-line failure naming it (exit code 2); the files it held next go back to the queue
 * and a new worker takes its place. When a worker cannot be started at all, the main thread checks the
 * remaining files itself.
 */
import { Worker } from "node:worker_threads";
import type { PlanJob, PlanOutcome } from "./lint-run.js";
import type { FromWorker, LintWorkerSetup } from "./lint-worker.js";
import { LINT_WORKER } from "./worker-key.js";

/** Files a worker holds at once: the one it checks and the next. */
const HELD_PER_WORKER = 2;
/**
 * Each worker has its own heap, and V8's default young generation (3 × 16 MB semi-space here) adds up:
 * two workers on 1,000 plans peaked at about 320 MB resident. Capped as a long single-threaded run caps
 * it (memory.ts: 8 MB semi-spaces), about 50 MB less at the same speed. This limits only the young
 * generation, where short-lived objects live; a huge plan still gets all the old-generation memory it
 * needs.
 */
const YOUNG_GENERATION_MB = 24;

export interface PoolOptions {
  /** The launcher (dist/cli.js): a worker starts there, so it loads the engine from the code cache. */
  readonly entry: string;
  readonly threads: number;
  readonly setup: LintWorkerSetup;
  readonly jobs: readonly PlanJob[];
  /** Called once per job, in any order. */
  readonly deliver: (index: number, outcome: PlanOutcome) => void;
  /** Checks a job on the main thread (when workers cannot be started). */
  readonly checkHere: (job: PlanJob) => PlanOutcome;
  /** The outcome for a file whose worker stopped while checking it. */
  readonly lost: (job: PlanJob, reason: { error?: Error; exitCode: number }) => PlanOutcome;
  /** Called once every worker has loaded the engine (V8 flags set after that keep the code cache valid). */
  readonly allReady?: () => void;
}

interface Slot {
  readonly worker: Worker;
  readonly held: PlanJob[];
  ready: boolean;
  error?: Error;
}

export function checkInWorkers(o: PoolOptions): Promise<void> {
  return new Promise((resolveAll, rejectAll) => {
    const queue: PlanJob[] = [...o.jobs];
    const slots = new Set<Slot>();
    let remaining = o.jobs.length;
    let readySeen = 0;
    let finished = false;

    const stopAll = () => {
      finished = true;
      for (const s of slots) void s.worker.terminate();
      slots.clear();
    };
    const finish = () => {
      if (finished) return;
      stopAll();
      resolveAll();
    };
    /** A failure on this thread (taking an outcome in) ends the run; live workers would keep the process open. */
    const guarded =
      <A extends unknown[]>(f: (...a: A) => void) =>
      (...a: A) => {
        try {
          f(...a);
        } catch (e) {
          if (finished) return;
          stopAll();
          rejectAll(e);
        }
      };
    const deliver = (job: PlanJob, outcome: PlanOutcome) => {
      remaining--;
      o.deliver(job.index, outcome);
      if (remaining === 0) finish();
    };
    const feed = (s: Slot) => {
      while (s.held.length < HELD_PER_WORKER && queue.length > 0) {
        const job = queue.shift()!;
        s.held.push(job);
        s.worker.postMessage(job);
      }
    };
    /**
     * A worker could not be started: this thread checks every file not yet done, in file order. The
     * other workers are stopped too, so that no file waits for one in the queue, and so that with --fix
     * every plan is checked after the plans before it were written.
     */
    const checkRestHere = () => {
      for (const other of slots) {
        queue.push(...other.held);
        other.held.length = 0;
        void other.worker.terminate();
      }
      slots.clear();
      queue.sort((a, b) => a.index - b.index);
      while (queue.length > 0 && !finished) {
        const job = queue.shift()!;
        deliver(job, o.checkHere(job));
      }
    };

    const start = (): void => {
      if (finished) return;
      let worker: Worker;
      try {
        worker = new Worker(o.entry, { workerData: { [LINT_WORKER]: o.setup }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      } catch {
        checkRestHere();
        return;
      }
      const s: Slot = { worker, held: [], ready: false };
      slots.add(s);
      worker.on(
        "message",
        guarded((m: FromWorker) => {
          if (m.kind === "ready") {
            s.ready = true;
            if (++readySeen === o.threads) o.allReady?.();
            return;
          }
          const at = s.held.findIndex((j) => j.index === m.index);
          if (at < 0) return;
          const [job] = s.held.splice(at, 1);
          feed(s);
          deliver(job!, m.outcome);
        }),
      );
      worker.on("error", (e) => {
        s.error = e;
      });
      worker.on(
        "exit",
        guarded((exitCode: number) => {
          if (finished || !slots.has(s)) return;
          slots.delete(s);
          // The worker checks its files in the order it got them: the first it still holds is the one it
          // was on. One that stopped before it was ready was on none.
          const lost = s.ready ? s.held.shift() : undefined;
          queue.unshift(...s.held);
          queue.sort((a, b) => a.index - b.index);
          s.held.length = 0;
          if (lost) deliver(lost, o.lost(lost, { error: s.error, exitCode }));
          if (finished || queue.length === 0) return;
          if (s.ready) {
            // It got as far as checking files: a new worker takes its place.
            start();
            for (const other of slots) feed(other);
          } else checkRestHere();
        }),
      );
      feed(s);
    };

    if (o.jobs.length === 0) {
      finish();
      return;
    }
    guarded(() => {
      for (let i = 0; i < o.threads; i++) start();
    })();
  });
}

/** Takes outcomes in any order and passes them on in file order, as soon as the next in line is there. */
export class InOrder {
  private readonly waiting = new Map<number, PlanOutcome>();
  private next = 0;

  constructor(
    private readonly take: (index: number, outcome: PlanOutcome) => void,
    /** Told after each file taken: how many files, from the first on, are done. */
    private readonly progress: (done: number) => void = () => {},
  ) {}

  put(index: number, outcome: PlanOutcome): void {
    this.waiting.set(index, outcome);
    let moved = false;
    for (let o = this.waiting.get(this.next); o !== undefined; o = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.take(this.next, o);
      this.next++;
      moved = true;
    }
    if (moved) this.progress(this.next);
  }

  get done(): number {
    return this.next;
  }
}
