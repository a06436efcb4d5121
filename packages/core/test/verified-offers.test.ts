/**
 * Issue 15: every suggestion is tried before it is offered (verify.ts), and every fix is proven here. Over every fixture and
 * example: each offer, applied alone, removes the finding it belongs to and brings no new error. And an
 * offer that would make a plan worse is not offered at all.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { applyFixes, defineRule, lint, type Diagnostic, type LintOptions } from "@veiligheidsplan/core";
import { lintOptionsFor, readFixture } from "./rules/harness.js";
import { relintBudget, verifyOffers } from "../src/verify.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const fixtureDir = join(here, "rules", "fixtures");
const examplesDir = join(here, "../../../examples");

interface Case {
  readonly name: string;
  readonly text: string;
  readonly options: LintOptions;
}

const cases: Case[] = [
  ...readdirSync(fixtureDir)
    .filter((f) => statSync(join(fixtureDir, f)).isDirectory())
    .flatMap((folder) =>
      readdirSync(join(fixtureDir, folder))
        .filter((f) => f.endsWith(".veiligheidsplan"))
        .map((f) => {
          const file = join(fixtureDir, folder, f);
          const fx = readFixture(readFileSync(file, "utf8"), f);
          // Every rule on, so that a new error from any rule is seen.
          const options = { ...lintOptionsFor("alle-regels", file, fx) };
          return { name: `${folder}/${f}`, text: fx.text, options };
        }),
    ),
  ...readdirSync(examplesDir)
    .filter((f) => f.endsWith(".veiligheidsplan"))
    .map((f) => ({ name: `examples/${f}`, text: readFileSync(join(examplesDir, f), "utf8"), options: { today: "2026-11-28", filePath: join(examplesDir, f) } })),
];

const key = (d: Diagnostic) => `${d.ruleId}.${d.messageId}`;
const tally = (ds: readonly Diagnostic[], errorsOnly = false) => {
  const m = new Map<string, number>();
  for (const d of ds) if (!errorsOnly || d.severity === "error") m.set(key(d), (m.get(key(d)) ?? 0) + 1);
  return m;
};

describe("no offered fix or suggestion makes a plan worse", () => {
  let offers = 0;
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const before = lint(c.text, c.options).diagnostics;
    const all = tally(before);
    const errors = tally(before, true);
    for (const d of before) {
      for (const [kind, offer] of [...(d.fix ? [["fix", d.fix] as const] : []), ...d.suggestions.map((s) => ["suggestion", s] as const)]) {
        offers++;
        const out = applyFixes(c.text, [offer]).output;
        const after = lint(out, { ...c.options, verifyOffers: false }).diagnostics;
        const what = `${key(d)} → ${kind} "${offer.message}"`;
        expect(tally(after).get(key(d)) ?? 0, `${what}: the finding stays`).toBeLessThan(all.get(key(d))!);
        if (kind === "fix") continue; // the fix loop lints again after each pass (verify.ts)
        for (const [k, n] of tally(after, true)) expect(n, `${what}: a new error ${k}`).toBeLessThanOrEqual(errors.get(k) ?? 0);
      }
    }
  });
  it("tried offers in the fixtures and examples", () => expect(offers).toBeGreaterThan(50));
});

describe("an offer that would make the plan worse is not offered", () => {
  const rule = defineRule({
    meta: { id: "proef", name: { nl: "Proef", en: "Test" }, description: { nl: "Proef.", en: "Test." }, category: "structuur", defaultSeverity: "error", fixable: true, hasSuggestions: true, messages: [] },
    check(ctx) {
      const at = ctx.plan.text.indexOf("FOUT");
      if (at < 0) return;
      const span = { start: at, end: at + 4 };
      ctx.report({
        messageId: "x",
        span,
        fix: { messageId: "x", edits: [{ span, newText: "FOUT FOUT" }] }, // does not remove the finding
        suggestions: [
          { messageId: "x", edits: [{ span, newText: "goed" }] }, // repairs it
          { messageId: "x", edits: [{ span, newText: "goed KAPOT" }] }, // repairs it, and breaks something else
          { messageId: "x", edits: [{ span, newText: "FOUTJE" }] }, // leaves it
        ],
      });
    },
  });
  const breaks = defineRule({
    meta: { id: "kapot", name: { nl: "Kapot", en: "Broken" }, description: { nl: "Kapot.", en: "Broken." }, category: "structuur", defaultSeverity: "error", fixable: false, hasSuggestions: false, messages: [] },
    check(ctx) {
      const at = ctx.plan.text.indexOf("KAPOT");
      if (at >= 0) ctx.report({ messageId: "x", span: { start: at, end: at + 5 } });
    },
  });

  it("keeps only the suggestion that repairs the finding without a new error", () => {
    const r = lint("Dit is FOUT.\n", { rules: [rule, breaks] });
    const [d] = r.diagnostics;
    expect(d!.suggestions.map((s) => s.edits[0]!.newText)).toEqual(["goed"]);
    // Safe fixes are proven by the test over every fixture above and applied by the fix loop, which lints again.
    expect(r.fixableErrorCount).toBe(1);
    // Without the check all three suggestions are there.
    const raw = lint("Dit is FOUT.\n", { rules: [rule, breaks], verifyOffers: false }).diagnostics[0]!;
    expect(raw.suggestions).toHaveLength(3);
    expect(raw.fix).toBeDefined();
  });
});

describe("the checking of offers is bounded", () => {
  const diagnostic = (n: number): Diagnostic => ({
    ruleId: "proef",
    messageId: "x",
    severity: "error",
    message: "FOUT",
    range: { start: { line: 0, character: n, offset: n }, end: { line: 0, character: n + 1, offset: n + 1 } },
    related: [],
    suggestions: [{ message: "goed", edits: [{ span: { start: n, end: n + 1 }, newText: "g" }] }],
  });
  const text = "FFFFFFFFFF";
  const relint = (out: string) => ({ diagnostics: [...out].filter((c) => c === "F").map((_, i) => ({ ruleId: "proef", messageId: "x", severity: "error" as const, i })) });

  it("re-lints no more text than the budget allows, and withholds the offers it could not try", () => {
    let relinted = 0;
    const counting = (out: string) => ((relinted += out.length), relint(out));
    const ds = verifyOffers(text, Array.from({ length: 10 }, (_, i) => diagnostic(i)), counting, 35);
    const offered = ds.map((d) => d.suggestions.length);
    expect(offered).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(relinted).toBeLessThanOrEqual(35);
  });

  it("the budget grows with the plan, from 4 MiB to 64 MiB", () => {
    expect(relintBudget(50_000)).toBe(4 * 1024 * 1024);
    expect(relintBudget(2 * 1024 * 1024)).toBe(16 * 1024 * 1024);
    expect(relintBudget(100 * 1024 * 1024)).toBe(64 * 1024 * 1024);
  });
});
