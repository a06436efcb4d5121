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
 */
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";

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

export class LongRunMemory {
  private youngCapped: boolean;

  constructor(enabled: boolean) {
    this.youngCapped = !enabled;
    if (enabled) setFlag("--heap-growing-percent=50");
  }

  /** Called after each plan: once the young generation has reached its limit, it stops growing. */
  afterPlan(): void {
    if (this.youngCapped) return;
    const young = getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
    if (young && young.space_size >= YOUNG_GENERATION_LIMIT) {
      setFlag("--semi-space-growth-factor=1");
      this.youngCapped = true;
    }
  }
}
