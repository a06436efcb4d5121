/**
 * The report renders in time linear in the plan (issue 21.3): the live preview re-renders on typing, so
 * a quadratic step turns a large plan into minutes. Each case renders an input and the same input four
 * times as large inside one run, interleaved, and compares the fastest time of each: linear work gives a
 * ratio near 4, quadratic near 16. No wall-clock limit; the ratio is the assertion.
 */
import { describe, expect, it } from "vitest";
import { lint, renderReport, type LintResult } from "@veiligheidsplan/core";

const HEAD = "---\nformaat: veiligheidsplan/1\ntitel: Groot\ngemeente: Proefstad\nperiode: 2023-2026\n---\n\n# Groot\n\n";

/** `n` themes, each with an Opgave and an Ambitie heading (the same two ids wanted n times). */
function themes(n: number, sameTitle: boolean): string {
  const parts = [HEAD, "## Prioritaire thema's\n\n"];
  for (let i = 1; i <= n; i++) parts.push(`### ${sameTitle ? "Veilige wijken" : `${i}. Thema ${i}`}\n\n#### Opgave\n\nTekst ${i}.\n\n#### Ambitie\n\nMeer.\n\n`);
  return parts.join("");
}

/** One list of `n` items, LF only (no CR anywhere to stop a backward search). */
function listItems(n: number): string {
  const parts = [HEAD, "## Lijst\n\n"];
  for (let i = 1; i <= n; i++) parts.push(`- punt ${i}\n`);
  return parts.join("");
}

function fastest(result: LintResult, rounds: number[], i: number): void {
  const t = performance.now();
  renderReport(result);
  rounds[i] = Math.min(rounds[i] ?? Infinity, performance.now() - t);
}

/** Fastest render time of the ×4 input over that of the ×1 input, measured interleaved. */
function ratio(make: (n: number) => string, n: number): { ratio: number; small: number; large: number } {
  const small = lint(make(n), { today: "2024-01-01" });
  const large = lint(make(4 * n), { today: "2024-01-01" });
  const best: number[] = [];
  fastest(small, best, 0); // warm-up, also counted: min() keeps the best
  for (let round = 0; round < 2; round++) {
    fastest(small, best, 0);
    fastest(large, best, 1);
  }
  return { ratio: best[1]! / best[0]!, small: best[0]!, large: best[1]! };
}

// Linear is ~4; anything above 8 is growing faster than the input (quadratic would be ~16).
const LIMIT = 8;

describe("report rendering scales linearly", () => {
  it("with 10,000 themes (each block looks up its own wrappers, not all of them)", () => {
    const r = ratio((n) => themes(n, false), 2_500);
    expect(r.ratio, JSON.stringify(r)).toBeLessThan(LIMIT);
  }, 120_000);

  it("with 30,000 themes of the same title (ids continue from the last suffix, not from 2)", () => {
    const r = ratio((n) => themes(n, true), 7_500);
    expect(r.ratio, JSON.stringify(r)).toBeLessThan(LIMIT);
  }, 120_000);

  it("with a list of 80,000 items in a file without CR (an item finds its line start nearby)", () => {
    const r = ratio(listItems, 20_000);
    expect(r.ratio, JSON.stringify(r)).toBeLessThan(LIMIT);
  }, 120_000);
});
