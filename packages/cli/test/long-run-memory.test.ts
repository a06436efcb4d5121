/**
 * The CLI's memory governor for long runs (src/memory.ts): every few plans it looks at the heap in
 * use and asks for a full collection when that is far above what the last one left, because V8 now
 * and then misses most of its garbage early in a run (peaks of 140–193 MB instead of about 115 MB).
 * What V8 does cannot be provoked in a test; the decision is tested with a scripted heap, and the
 * collection itself on this process's real heap.
 */
import { describe, expect, it } from "vitest";
import { type HeapAccess, LOOK_EVERY, LongRunMemory, MISSED_GARBAGE, v8Heap } from "../src/memory.js";

const MB = 1_000_000;

/** A heap whose use the test sets, and which a collection brings down to `after`. */
function scriptedHeap(after: number): HeapAccess & { use: number; collections: number[] } {
  const heap = {
    use: 0,
    collections: [] as number[],
    used: () => heap.use,
    collect: () => {
      heap.collections.push(heap.use);
      heap.use = after;
    },
  };
  return heap;
}

function plans(memory: LongRunMemory, n: number): void {
  for (let i = 0; i < n; i++) memory.afterPlan();
}

describe("LongRunMemory", () => {
  it("leaves the heap to V8 while it stays under the threshold", () => {
    const heap = scriptedHeap(13 * MB);
    const memory = new LongRunMemory(true, heap);
    heap.use = MISSED_GARBAGE;
    plans(memory, 10 * LOOK_EVERY);
    expect(heap.collections).toEqual([]);
  });

  it("asks for one collection at the next look once the heap is above it, then measures from what it left", () => {
    const heap = scriptedHeap(30 * MB);
    const memory = new LongRunMemory(true, heap);
    plans(memory, LOOK_EVERY - 1);
    heap.use = 60 * MB;
    expect(heap.collections).toEqual([]);
    memory.afterPlan(); // the look
    expect(heap.collections).toEqual([60 * MB]);
    // 30 MB left: the next threshold is three times that.
    heap.use = 89 * MB;
    plans(memory, 4 * LOOK_EVERY);
    expect(heap.collections).toEqual([60 * MB]);
    heap.use = 91 * MB;
    plans(memory, LOOK_EVERY);
    expect(heap.collections).toEqual([60 * MB, 91 * MB]);
  });

  it("does nothing in a short run", () => {
    const heap = scriptedHeap(0);
    const memory = new LongRunMemory(false, heap);
    heap.use = 500 * MB;
    plans(memory, 10 * LOOK_EVERY);
    expect(heap.collections).toEqual([]);
  });

  it("really collects: garbage in the old generation is gone after V8's full collection is asked for", () => {
    const heap = v8Heap();
    let kept: { i: number; s: string }[][] | undefined = [];
    // About 40 MB that survives young collections (so it sits in the old generation), then is dropped.
    for (let k = 0; k < 40; k++) kept.push(Array.from({ length: 10_000 }, (_, i) => ({ i, s: `x${i}` })));
    for (let k = 0; k < 20; k++) Array.from({ length: 100_000 }, (_, i) => ({ i }));
    expect(kept.length).toBe(40);
    kept = undefined;
    const before = heap.used();
    heap.collect();
    expect(before - heap.used()).toBeGreaterThan(20 * MB);
  });
});
