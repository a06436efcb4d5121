/**
 * `lint --concurrency <n|auto|off>`: how many worker threads check plans (as ESLint 9's option).
 * `off` checks every plan on the main thread; `n` starts n workers; `auto` decides from the run.
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { CliError } from "./errors.js";
import type { Texts } from "./texts.js";

export type Concurrency = { readonly kind: "off" } | { readonly kind: "auto" } | { readonly kind: "threads"; readonly threads: number };

/** The default when `--concurrency` is not given (docs/cli.md says why). */
export const DEFAULT_CONCURRENCY = "off";

/** Reads the flag's value; anything but a whole number of 1 or more, `auto` or `off` is a usage error. */
export function readConcurrency(value: string | undefined, t: Texts): Concurrency {
  const v = (value ?? DEFAULT_CONCURRENCY).trim().toLowerCase();
  if (v === "off") return { kind: "off" };
  if (v === "auto") return { kind: "auto" };
  if (/^\d+$/.test(v) && Number(v) >= 1 && Number.isSafeInteger(Number(v))) return { kind: "threads", threads: Number(v) };
  throw new CliError(t.badConcurrency(value ?? ""));
}

/**
 * What `auto` does, from measurements (`node packages/cli/scripts/concurrency.mjs`, Node 20 on a shared
 * 2-core machine, bench corpus plans of about 48 KB, a few of 1 MB; off vs 2 workers, wall time):
 *
 *   plans (MB)     250 (12)  500 (24)  1,000 (49)  2,000 (97)  3,000 (146)  4,000 (195)
 *   off ÷ 2        0.78x     0.88x     0.75x       1.00x       1.12x        1.16x
 *
 * and in later bench runs 0.97–1.07x at 3,000 plans. One thread already keeps about 1.45 cores busy:
 * V8 compiles hot code and collects garbage on helper threads (2.7 s of CPU in 1.8 s for 1,000 plans).
 * Each worker is a V8 isolate of its own: starting it and loading the engine adds 70-90 ms to a run even
 * from the code cache, it compiles the same hot code again, and the workers compete for the cores with
 * those helper threads (two processes on halves of the corpus gained no more).
 * So `auto` counts a lint thread as {@link CORES_PER_THREAD} cores — on two cores it never starts
 * workers — and starts them only from 60 MB of plans per worker, above the break-even.
 */
export const AUTO_BYTES_PER_WORKER = 60_000_000;
/** The cores one lint thread keeps busy, its V8 helper threads included (CPU time ÷ wall time, measured). */
export const CORES_PER_THREAD = 1.45;

/**
 * The cores this process may use: the CPUs it may run on (`availableParallelism`), and fewer when a
 * container's CPU quota allows less (cgroup v2 `cpu.max`, v1 `cpu.cfs_quota_us` / `cpu.cfs_period_us`):
 * a container limited to 2 CPUs on a 64-core host must not start workers as if it had 64.
 */
export function usableCores(read: (path: string) => string | undefined = readQuietly): number {
  const cpus = availableParallelism();
  const quota = quotaCores(read);
  return quota === undefined ? cpus : Math.max(1, Math.min(cpus, quota));
}

/** The CPU quota in cores (rounded down), or undefined when there is none or it cannot be read. */
export function quotaCores(read: (path: string) => string | undefined): number | undefined {
  const v2 = read("/sys/fs/cgroup/cpu.max")?.trim().split(/\s+/);
  if (v2 && v2.length === 2 && v2[0] !== "max") return cores(Number(v2[0]), Number(v2[1]));
  const quota = Number(read("/sys/fs/cgroup/cpu/cpu.cfs_quota_us")?.trim());
  const period = Number(read("/sys/fs/cgroup/cpu/cpu.cfs_period_us")?.trim());
  return quota > 0 ? cores(quota, period) : undefined;
}

const cores = (quota: number, period: number): number | undefined => (quota > 0 && period > 0 ? Math.floor(quota / period) : undefined);

function readQuietly(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** The most workers `auto` could start with these cores (0: none, whatever the run). */
const autoCeiling = (cores: number): number => {
  const n = Math.floor(cores / CORES_PER_THREAD);
  // One worker beside an idle main thread only adds its start-up.
  return n >= 2 ? n : 0;
};

/** The number of workers `auto` starts for this run; 0 means none (this thread checks every plan). */
export function autoThreads(plans: number, bytes: number, cores: number = usableCores()): number {
  const threads = Math.min(autoCeiling(cores), plans, Math.floor(bytes / AUTO_BYTES_PER_WORKER));
  return threads >= 2 ? threads : 0;
}

/**
 * The number of workers for this run (0: none), never more than there are plans to check. `auto` on a
 * machine where it can never start workers decides without looking at the files, so that it costs
 * nothing over `off`.
 */
export function threadsFor(c: Concurrency, plans: number, bytes: () => number, cores: () => number = usableCores): number {
  if (c.kind === "off" || plans < 2) return 0;
  if (c.kind === "threads") return Math.min(c.threads, plans);
  const usable = cores();
  return autoCeiling(usable) === 0 ? 0 : Math.min(autoThreads(plans, bytes(), usable), plans);
}
