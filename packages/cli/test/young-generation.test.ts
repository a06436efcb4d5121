/**
 * A plan's tree dies young: once a plan is linted and its findings written, nothing may hold it until
 * the next full collection. V8's minor collections copy what is still reachable and promote it to the
 * old generation, so a plan kept a little too long is copied and promoted whole, and a run pays for it
 * in collections (on 1,000 plans 281 MB copied instead of 43, and 0.84× the time once fixed;
 * bench/README.md, eleventh session). Four things did that: the library of plans kept every plan just
 * linted, and three getters closed over a plan's data (a parsed plan's `plan`, a theme's measurable
 * sentence, a diagnostic's lazily tried suggestions): on Node 20 such a getter held its closure's data
 * through minor collections. Each of the four alone fails this test (checked by putting it back).
 *
 * Measured as V8 reports it (`--trace-gc-nvp`, every minor collection): the bytes that survived one,
 * as a share of the bytes allocated. About 0.06 now, 0.27 before, over 120 copies of the Nijmegen
 * plan. A ratio of the run's own figures, not a time.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { TODAY } from "./fixtures/plans.js";
import { ensureBuilt, REPO_DIR, run, tempDir } from "./harness.js";

beforeAll(() => ensureBuilt(), 300_000);

const EXAMPLE = readFileSync(join(REPO_DIR, "examples", "nijmegen-2022-2026.veiligheidsplan"), "utf8");

interface MinorCollections {
  readonly count: number;
  readonly allocated: number;
  readonly survived: number;
}

function minorCollections(trace: string): MinorCollections {
  let count = 0;
  let allocated = 0;
  let survived = 0;
  for (const line of trace.split("\n")) {
    if (!line.includes(" gc=s ")) continue;
    count++;
    allocated += Number(/ allocated=(\d+)/.exec(line)?.[1] ?? 0);
    survived += Number(/ new_space_survived=(\d+)/.exec(line)?.[1] ?? 0);
  }
  return { count, allocated, survived };
}

describe("what a lint run keeps through minor collections", () => {
  it("copies a small share of what it allocates: no plan outlives its turn", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 120; i++) files[`plannen/${String(i).padStart(3, "0")}.veiligheidsplan`] = EXAMPLE;
    const cwd = tempDir(files);
    // The report goes to a file, so that standard output holds only V8's trace.
    const r = run(["lint", "plannen", "--today", TODAY, "-o", "rapport.txt"], { cwd, nodeFlags: ["--trace-gc-nvp"], timeoutMs: 120_000 });
    expect(r.code, r.stderr).toBe(1); // The Nijmegen plan has budget errors.
    expect(readFileSync(join(cwd, "rapport.txt"), "utf8")).toContain("600 fouten"); // 5 per plan: every plan was linted.
    const minor = minorCollections(r.stdout);
    // Enough collections to say something (about 25 here).
    expect(minor.count).toBeGreaterThanOrEqual(10);
    const share = minor.survived / minor.allocated;
    expect(share, `${(minor.survived / 1e6).toFixed(1)} of ${(minor.allocated / 1e6).toFixed(1)} MB survived ${minor.count} minor collections`).toBeLessThan(0.12);
  }, 180_000);
});
