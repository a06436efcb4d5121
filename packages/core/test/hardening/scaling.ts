/**
 * Scaling checks as a ratio inside one run, never a wall-clock limit: the same work on an input and on
 * one four times as large, interleaved, median of several rounds. Linear work gives about 4; quadratic
 * about 16. The bound leaves room for a loaded machine without letting a quadratic path through.
 */
import { performance } from "node:perf_hooks";

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The time of `work(large)` over the time of `work(small)`, medians of `rounds` interleaved runs. */
export function timeRatio<T>(small: T, large: T, work: (input: T) => unknown, rounds = 5): number {
  work(small); // warm up the JIT and caches
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    work(small);
    a.push(performance.now() - t);
    t = performance.now();
    work(large);
    b.push(performance.now() - t);
  }
  return median(b) / Math.max(median(a), 0.01);
}

/** The bound for a ×4 input: well above linear (4), well below quadratic (16). */
export const LINEAR_X4_BOUND = 8;

/** {@link timeRatio} for asynchronous work (the importer). */
export async function timeRatioAsync<T>(small: T, large: T, work: (input: T) => Promise<unknown>, rounds = 5): Promise<number> {
  await work(small);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    await work(small);
    a.push(performance.now() - t);
    t = performance.now();
    await work(large);
    b.push(performance.now() - t);
  }
  return median(b) / Math.max(median(a), 0.01);
}
