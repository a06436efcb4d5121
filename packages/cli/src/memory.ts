/**
 * Garbage-collector settings for long lint runs. Linting plan by plan keeps little alive, but V8's
 * default heuristics let the heap grow far beyond that before collecting: with 1,000 plans the young
 * generation grew to 2 × 16 MB and the old generation up to fourfold between full collections (about
 * 180 MB resident, of which less than 15 MB alive at the end). Two settings bring that down: the old
 * generation grows by at most half between full collections, and the young generation stops growing
 * at 2 × 8 MB. With 100% growth 5,000 plans peaked at 174–185 MB once the kwaliteit rules came (they
 * allocate more per plan); with 50%, 118–119 MB for 4–6% more CPU (two runs each, load < 1.5).
 * Tighter settings (20% growth, a smaller young generation) used less memory but made the run 10–15%
 * slower.
 *
 * Both only change when V8 collects, never how much it may use, so a huge plan in such a run still
 * gets all the memory it needs (a heap cap such as --max-old-space-size would make a 100 MB plan
 * crash). They are set at run time, after the code is loaded: a V8 flag on the command line makes V8
 * refuse the code cache that the launcher uses for a fast start.
 *
 * Now and then (a few runs in twenty) V8's own full collection early in a run misses most of the
 * garbage, and the heap climbs to 150–200 MB before the next one frees it all (`--trace-gc`: 41.0 →
 * 38.9 MB where a normal run goes 40.4 → 13.4 MB, then 70.8 → 13.3 MB). A full collection asked for
 * then frees it (53 → 13 MB). So every few plans the heap in use is compared with what the last full
 * collection left, and well above it one is asked for ({@link MISSED_GARBAGE}): 0 or 1 per 1,000-plan
 * run. Measured, 14 runs each on 1,000 plans, interleaved: peaks 111–148 MB (5 of 14 above 135 MB)
 * before, 109–119 MB after; 6 json runs on 5,000 plans 112–117 MB; wall time unchanged (12 pairs:
 * 0.99× on 1,000 plans, 1.01× on 200).
 */
import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Below this, a run ends before the heap grows much. The code cache's sample run lints one plan. */
export const MANY_PLANS = 20;
/** The young generation's size once its two halves have grown to 8 MiB each. */
const YOUNG_GENERATION_LIMIT = 16_000_000;

function setFlag(flag: string): void {
  try {
    setFlagsFromString(flag);
  } catch {
    // A tuning, not a requirement: the run goes on with V8's defaults.
  }
}

/** How often (in plans) the heap in use is looked at: the look costs microseconds, a plan milliseconds. */
export const LOOK_EVERY = 8;
/**
 * A full collection is asked for when the heap in use exceeds both this and three times what the last
 * asked-for one left. Normal runs mostly stay under it (V8 collects at about 35–41 MB, down to about
 * 13 MB; a 1,000-plan run passed it once in three, at 49.8 MB); a run where V8 missed its garbage
 * passes it within a few dozen plans (53 MB at plan 120–136).
 */
export const MISSED_GARBAGE = 48_000_000;

/** How the heap is looked at and a full collection asked for (V8's own, unless a test gives its own). */
export interface HeapAccess {
  /** Bytes of the heap in use. */
  used(): number;
  /** A full collection, now. */
  collect(): void;
}

/** V8's: `gc` is exposed for a new context only from here on (the flag is read when a context is made). */
export function v8Heap(): HeapAccess {
  let gc: (() => void) | undefined;
  return {
    used: () => getHeapStatistics().used_heap_size,
    collect: () => {
      if (!gc) {
        setFlag("--expose-gc");
        try {
          gc = runInNewContext("gc") as () => void;
        } catch {
          gc = () => {};
        }
      }
      gc();
    },
  };
}

export class LongRunMemory {
  private youngCapped: boolean;
  private plans = 0;
  /** What the last full collection asked for here left in use (bytes). */
  private live = 0;

  constructor(
    private readonly enabled: boolean,
    private readonly heap: HeapAccess = v8Heap(),
  ) {
    this.youngCapped = !enabled;
    if (enabled) setFlag("--heap-growing-percent=50");
  }

  /** Called after each plan: caps the young generation once it has grown, and collects what V8 missed. */
  afterPlan(): void {
    if (this.enabled && ++this.plans % LOOK_EVERY === 0) this.collectMissedGarbage();
    if (this.youngCapped) return;
    const young = getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
    if (young && young.space_size >= YOUNG_GENERATION_LIMIT) {
      setFlag("--semi-space-growth-factor=1");
      this.youngCapped = true;
    }
  }

  private collectMissedGarbage(): void {
    if (this.heap.used() <= Math.max(MISSED_GARBAGE, 3 * this.live)) return;
    this.heap.collect();
    this.live = this.heap.used();
  }
}
