/**
 * Scenario tests for progress files (`.voortgang`) on the built binary: `lint` and `report` take the files
 * beside a plan (`<plan>.<jaar>.voortgang`) or the ones named with `--voortgang`, say per goal whether it
 * is on track, and say in one line what in a progress file cannot be used. The plan and its files are
 * the Rivierstede example (examples/doelen), a fictional municipality.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, REPO_DIR, run, tempDir } from "./harness.js";

beforeAll(() => ensureBuilt(), 300_000);

const TODAY = "2026-11-28";
const example = (name: string) => readFileSync(join(REPO_DIR, "examples", "doelen", name), "utf8");
const PLAN = example("rivierstede-2024-2027.veiligheidsplan");
const V2024 = example("rivierstede-2024-2027.2024.voortgang");
const V2025 = example("rivierstede-2024-2027.2025.voortgang");
const BESIDE = { "rivierstede-2024-2027.veiligheidsplan": PLAN, "rivierstede-2024-2027.2024.voortgang": V2024, "rivierstede-2024-2027.2025.voortgang": V2025 };

/** The kwaliteit-voortgang lines of stylish output, without the long message tail. */
const progressLines = (stdout: string) => stdout.split("\n").filter((l) => l.endsWith("kwaliteit-voortgang")).map((l) => l.trim().replace(/\s{2,}/g, " | "));

describe("lint with progress files", () => {
  it("takes the files beside the plan and says which goals are behind their course", () => {
    const cwd = tempDir(BESIDE);
    const r = run(["lint", "--today", TODAY], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = progressLines(r.stdout);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^56:\d+ \| info \| 'Inwoners die zich weleens onveilig voelen \(%\)' ligt achter op koers: in 2025 gerealiseerd 30%, terwijl de rechte lijn .* 29% vraagt\./);
    expect(lines[1]).toMatch(/'Meldingen van ondermijning per jaar' ligt achter op koers: in 2025 gerealiseerd 50,/);
    expect(r.stdout).toContain("✔ Geen problemen gevonden in 1 plan (2 ter informatie).");
  });

  it("says nothing about progress without progress files: whether they exist is not the plan's to say", () => {
    const cwd = tempDir({ "rivierstede-2024-2027.veiligheidsplan": PLAN });
    const r = run(["lint", "--today", TODAY], { cwd });
    expect(r.code).toBe(0);
    expect(progressLines(r.stdout)).toEqual([]);
  });

  it("warns for a year that has passed without a value", () => {
    const cwd = tempDir({ "rivierstede-2024-2027.veiligheidsplan": PLAN, "rivierstede-2024-2027.2024.voortgang": V2024 });
    const r = run(["lint", "--today", TODAY], { cwd });
    const warnings = progressLines(r.stdout).filter((l) => l.includes(" | waarschuwing | "));
    expect(warnings).toHaveLength(5);
    for (const l of warnings) expect(l).toMatch(/ontbreekt de gerealiseerde waarde over 2025\./);
    expect(r.stdout).toContain("5 waarschuwingen");
  });

  it("takes the files named with --voortgang instead, and a plan named after them is still a plan", () => {
    const cwd = tempDir({ "plannen/rivierstede.veiligheidsplan": PLAN, "cijfers/2024.voortgang": V2024, "cijfers/2025.voortgang": V2025 });
    const named = run(["lint", "--voortgang", "cijfers/2024.voortgang", "cijfers/2025.voortgang", "plannen/rivierstede.veiligheidsplan", "--today", TODAY], { cwd });
    expect(named.code).toBe(0);
    expect(named.stderr).toBe("");
    expect(progressLines(named.stdout)).toHaveLength(2);
    expect(named.stdout).toMatch(/^plannen\/rivierstede\.veiligheidsplan$/m);
    // The files are not beside the plan under its name: without the flag there is no progress.
    expect(progressLines(run(["lint", "plannen", "--today", TODAY], { cwd }).stdout)).toEqual([]);
  });

  it("gives the same output with worker threads", () => {
    const cwd = tempDir({ ...BESIDE, "kopie/rivierstede-2024-2027.veiligheidsplan": PLAN, "kopie/rivierstede-2024-2027.2024.voortgang": V2024 });
    const one = run(["lint", "--today", TODAY, "--concurrency", "off"], { cwd });
    const two = run(["lint", "--today", TODAY, "--concurrency", "2"], { cwd });
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    // Two goals behind in the first folder; in the copy, five values missing for 2025 and one goal behind in 2024.
    expect(progressLines(one.stdout)).toHaveLength(8);
  });

  it("says in one line per problem what in a progress file cannot be used, and goes on", () => {
    const broken = V2025.replace(/\|\s+3,4 \|/, "| veel |").replace("Meldingen van ondermijning per jaar", "Meldingen ondermijning");
    const cwd = tempDir({ "rivierstede-2024-2027.veiligheidsplan": PLAN, "rivierstede-2024-2027.2024.voortgang": V2024, "rivierstede-2024-2027.2025.voortgang": broken });
    const r = run(["lint", "--today", TODAY], { cwd });
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(/^rivierstede-2024-2027\.2025\.voortgang:\d+: de waarde 'veel' is geen getal; deze regel telt niet mee$/),
      expect.stringMatching(/^rivierstede-2024-2027\.2025\.voortgang:\d+: de indicator 'Meldingen ondermijning' hoort bij geen doel van rivierstede-2024-2027\.veiligheidsplan; schrijf hem zoals in de Doelen-tabel/),
    ]);
    // Those two goals now miss their 2025 value.
    expect(progressLines(r.stdout).filter((l) => l.includes("waarschuwing"))).toHaveLength(2);
  });

  it("stops with exit code 2 and one line naming the file when a named progress file is missing or is not one", () => {
    const cwd = tempDir({ "plan.veiligheidsplan": PLAN });
    const missing = run(["lint", "plan.veiligheidsplan", "--voortgang", "2025.voortgang", "--today", TODAY], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toBe("2025.voortgang: bestaat niet\n");
    const wrong = run(["report", "plan.veiligheidsplan", "--voortgang", "cijfers.csv", "-o", "-"], { cwd });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe("cijfers.csv: is geen voortgangsbestand: de naam eindigt niet op .voortgang\n");
  });
});

describe("report with progress files", () => {
  it("shows per goal whether it is on track, with a chart per goal, from the files beside the plan or the named ones", () => {
    const cwd = tempDir({ ...BESIDE, "elders/2024.voortgang": V2024 });
    const beside = run(["report", "rivierstede-2024-2027.veiligheidsplan", "-o", "-", "--today", TODAY], { cwd });
    expect(beside.code).toBe(0);
    expect(beside.stderr).toBe("");
    expect(beside.stdout.match(/<svg class="doelgrafiek"/g)).toHaveLength(5);
    expect(beside.stdout.match(/data-koers="achter"/g)).toHaveLength(2);
    expect(beside.stdout).toContain('<span class="koers koers-opKoers">op koers</span>');
    // Named files replace the ones beside the plan: one year, one point per chart.
    const named = run(["report", "rivierstede-2024-2027.veiligheidsplan", "--voortgang", "elders/2024.voortgang", "-o", "-", "--today", TODAY, "--locale", "en"], { cwd });
    expect(named.code).toBe(0);
    expect(named.stdout.match(/data-punten="1"/g)).toHaveLength(5);
    expect(named.stdout).toContain("Quality review");
  });

  it("takes the plan after the progress files too, as lint does, and says so when there is no plan", () => {
    const cwd = tempDir({ ...BESIDE, "elders/2024.voortgang": V2024 });
    const after = run(["report", "--voortgang", "elders/2024.voortgang", "rivierstede-2024-2027.veiligheidsplan", "-o", "-", "--today", TODAY], { cwd });
    expect(after.stderr).toBe("");
    expect(after.code).toBe(0);
    expect(after.stdout.match(/data-punten="1"/g)).toHaveLength(5);
    const none = run(["report", "--voortgang", "elders/2024.voortgang", "-o", "-"], { cwd });
    expect(none.code).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toContain("Noem het plan: veiligheidsplan report <plan>.");
    const noFile = run(["report", "--voortgang", "rivierstede-2024-2027.veiligheidsplan", "-o", "-", "--locale", "en"], { cwd });
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain("--voortgang takes at least one progress file (.voortgang).");
    expect(run(["report", "-o", "-"], { cwd }).stderr).toContain("Noem het plan");
  });

  it("lists --voortgang in the help of lint and report", () => {
    const cwd = tempDir();
    expect(run(["lint", "--help"], { cwd }).stdout).toMatch(/--voortgang\s+Voortgangsbestanden \(\.voortgang\)/);
    expect(run(["report", "--help", "--locale", "en"], { cwd }).stdout).toMatch(/--voortgang\s+Progress files \(\.voortgang\)/);
  });
});
