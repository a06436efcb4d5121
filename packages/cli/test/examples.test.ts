/**
 * `veiligheidsplan lint examples/` (the root's `npm start`): the Nijmegen plan's findings, readable in
 * Dutch and in English. The published plan's budget table does not add up, so budget errors must show.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, REPO_DIR, run } from "./harness.js";

beforeAll(() => ensureBuilt(), 300_000);

const TODAY = "2026-01-15";

describe("veiligheidsplan lint examples/", () => {
  it("reports the Nijmegen budget errors in Dutch", () => {
    const r = run(["lint", "examples/", "--today", TODAY], { cwd: REPO_DIR });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("examples/nijmegen-2022-2026.veiligheidsplan");
    const budget = r.stdout.split("\n").filter((l) => l.includes("begroting-totalen") && /\bfout\b/.test(l));
    expect(budget.length).toBeGreaterThan(0);
    // A policy writer reads a sentence, not a message key.
    for (const l of budget) expect(l).not.toMatch(/begroting-totalen\.\w+/);
    expect(r.stdout).toMatch(/✖ \d+ problemen \(\d+ fouten?, \d+ waarschuwing(en)?/);
  });

  it("reports them in English with --locale en", () => {
    const r = run(["lint", "examples/", "--today", TODAY, "--locale", "en"], { cwd: REPO_DIR });
    expect(r.code).toBe(1);
    const budget = r.stdout.split("\n").filter((l) => l.includes("begroting-totalen") && /\berror\b/.test(l));
    expect(budget.length).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?/);
  });
});
