/**
 * `veiligheidsplan lint` on many plans: it lints plan by plan and keeps only the findings, so a run
 * over hundreds of plans fits in a small heap, gives every plan the findings it gets on its own, and
 * still finds a predecessor (`vorig-plan: bestand:`) wherever it sorts in the run.
 */
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { Diagnostic } from "@veiligheidsplan/core";
import { beforeAll, describe, expect, it } from "vitest";
import { toEslintFix } from "../src/formatters/json.js";
import { piecesUnderFixes, textPieces } from "../src/report.js";
import { plan, TODAY, WRONG_TOTAL } from "./fixtures/plans.js";
import { CLI, cleanEnv, ensureBuilt, REPO_DIR, run, tempDir } from "./harness.js";

beforeAll(() => ensureBuilt(), 300_000);

interface JsonFile {
  filePath: string;
  messages: { ruleId: string; message: string; line: number }[];
  errorCount: number;
}

const EXAMPLE = readFileSync(join(REPO_DIR, "examples", "nijmegen-2022-2026.veiligheidsplan"), "utf8");

describe("lint on many plans", () => {
  it("lints 300 plans (14 MB) in a 48 MB heap, which holding every plan at once does not fit", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`plannen/${String(i).padStart(3, "0")}.veiligheidsplan`] = EXAMPLE;
    const cwd = tempDir(files);
    // 48 MB: the kwaliteit rules (issue 17) about doubled what each copy keeps (1.7 → 3.9 MB of JSON
    // findings); parsing the 300 plans and holding them still does not fit in 48 MB.
    const r = spawnSync(process.execPath, ["--max-old-space-size=48", CLI, "lint", "plannen", "-f", "json", "--today", TODAY], { cwd, env: cleanEnv(), encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    expect(r.stderr).not.toContain("heap out of memory");
    expect(r.status).not.toBe(2);
    expect(r.status).not.toBeNull();
    const out = JSON.parse(r.stdout) as JsonFile[];
    expect(out).toHaveLength(300);
    // Every copy gets the same findings as the plan linted alone.
    const alone = (JSON.parse(run(["lint", "plannen/000.veiligheidsplan", "-f", "json", "--today", TODAY], { cwd }).stdout) as JsonFile[])[0]!;
    for (const f of out) expect(f.messages).toEqual(alone.messages);
  }, 180_000);

  it("finds a predecessor in the run whether it sorts before or after its successor, and gives the same findings as one plan at a time", () => {
    const predecessor = plan({ vorigPlan: "vorig-plan:\n  titel: Ouder\n  periode: 2017-2020\n  vastgesteld: 2017-02-01" }).replace(/periode: 2025-2028/, "periode: 2021-2024").replace("datum: 2025-02-13", "datum: 2021-02-18");
    const successor = (file: string) => plan({ vorigPlan: `vorig-plan:\n  titel: Samen veilig\n  periode: 2020-2024\n  vastgesteld: 2021-02-18\n  bestand: ${file}` });
    const files: Record<string, string> = {
      // Sorts before its predecessor (read from disk when the rule asks, then kept for its own turn).
      "a-huidig.veiligheidsplan": successor("m-vorig.veiligheidsplan"),
      "m-vorig.veiligheidsplan": predecessor,
      // Sorts after it (the plan just linted).
      "z-huidig.veiligheidsplan": successor("m-vorig.veiligheidsplan"),
    };
    // Enough plans for the long-run settings, with a budget error among them.
    for (let i = 0; i < 25; i++) files[`n-${String(i).padStart(2, "0")}.veiligheidsplan`] = i % 5 === 0 ? WRONG_TOTAL : plan();
    const cwd = tempDir(files);
    const all = run(["lint", "-f", "json", "--today", TODAY], { cwd });
    expect(all.code).toBe(1);
    const together = JSON.parse(all.stdout) as JsonFile[];
    expect(together.map((f) => f.filePath.split("/").pop())).toEqual(Object.keys(files).sort());
    for (const name of ["a-huidig.veiligheidsplan", "z-huidig.veiligheidsplan"]) {
      const f = together.find((x) => x.filePath.endsWith(`/${name}`))!;
      expect(f.messages.some((m) => m.ruleId === "continuiteit" && m.message.includes("2021-2024")), JSON.stringify(f.messages)).toBe(true);
    }
    for (const f of together) {
      const name = f.filePath.split("/").pop()!;
      const alone = (JSON.parse(run(["lint", name, "-f", "json", "--today", TODAY], { cwd }).stdout) as JsonFile[])[0]!;
      expect(f, name).toEqual(alone);
    }
    for (const i of [0, 5, 10, 15, 20]) expect(together.find((f) => f.filePath.endsWith(`/n-${String(i).padStart(2, "0")}.veiligheidsplan`))!.errorCount).toBeGreaterThan(0);
  }, 120_000);
});

describe("piecesUnderFixes", () => {
  const text = "Eerste regel met ambitie.\nTweede regel met opgave.\nDerde regel.\n";
  const diagnostic = (edits: { start: number; end: number; newText: string }[], suggestion = false): Diagnostic => {
    const fix = { message: "herstel", edits: edits.map((e) => ({ span: { start: e.start, end: e.end }, newText: e.newText })) };
    return {
      ruleId: "r",
      messageId: "m",
      severity: "warning",
      message: "m",
      range: { start: { line: 0, character: 0, offset: 0 }, end: { line: 0, character: 1, offset: 1 } },
      related: [],
      ...(suggestion ? {} : { fix }),
      suggestions: suggestion ? [fix] : [],
    };
  };

  it("keeps exactly the text that json needs to write a fix of several edits as one", () => {
    const at = (word: string, from = 0) => ({ start: text.indexOf(word, from), end: text.indexOf(word, from) + word.length });
    const several = diagnostic([
      { ...at("regel"), newText: "REGEL" },
      { ...at("regel", 20), newText: "REGEL" },
    ]);
    const suggestion = diagnostic([{ ...at("regel", 40), newText: "Regel" }, { ...at("opgave"), newText: "OPGAVE" }], true);
    const single = diagnostic([{ ...at("Eerste"), newText: "Eerst" }]);
    const kept = textPieces(piecesUnderFixes(text, [several, suggestion, single]));
    expect(toEslintFix(kept, several.fix!)).toEqual(toEslintFix(text, several.fix!));
    expect(toEslintFix(kept, several.fix!)).toEqual({ range: [7, 38], text: "REGEL met ambitie.\nTweede REGEL" });
    expect(toEslintFix(kept, suggestion.suggestions[0]!)).toEqual(toEslintFix(text, suggestion.suggestions[0]!));
    expect(toEslintFix(kept, single.fix!)).toEqual(toEslintFix(text, single.fix!));
    // Nothing else is kept.
    expect(() => kept.slice(0, 5)).toThrow();
  });
});
