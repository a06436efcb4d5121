/**
 * The library's edge as a developer meets it: options are decoded before anything runs, so a bad one is
 * an error that names it (never a wrong message in a finding); a text is never a reason to throw; a text
 * that is not a plan is said to be one; the effect door fails with the same errors in its typed channel.
 */
import * as Cause from "effect/Cause";
import * as Clock from "effect/Clock";
import * as Effect from "effect/Effect";
import * as Exit from "effect/Exit";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkColumns, lint, lintEffect, LintOptionsError, notAPlan, parse, RuleOptionsError, type LintOptions } from "@veiligheidsplan/core";

const plan = readFileSync(new URL("../../../examples/minimaal.veiligheidsplan", import.meta.url), "utf8");

/** What `lint` throws for these options (failing the test when it throws nothing). */
function thrown(options: unknown, text = plan): LintOptionsError {
  try {
    lint(text, options as LintOptions);
  } catch (e) {
    expect(e).toBeInstanceOf(LintOptionsError);
    return e as LintOptionsError;
  }
  throw new Error("lint did not throw");
}

describe("bad options are errors that name the option", () => {
  it.each([
    ["gisteren", /YYYY-MM-DD.*"gisteren"/],
    ["2026-13-01", /exists.*"2026-13-01"/],
    ["2026-02-30", /"2026-02-30"/],
    ["1-2-2026", /"1-2-2026"/],
  ])("today: %s", (today, detail) => {
    const e = thrown({ today });
    expect(e.option).toBe("today");
    expect(e.message).toMatch(/invalid lint option 'today'/);
    expect(e.detail).toMatch(detail);
  });

  it("a real date is taken as today (a plan whose period ended is reported only after it)", () => {
    const ids = (today: string) => lint(plan, { today }).diagnostics.map((d) => d.ruleId);
    expect(ids("2026-06-01")).not.toContain("geldigheid");
    expect(ids("2031-01-01")).toContain("geldigheid");
  });

  it("locale: only nl and en, in the options and in the config", () => {
    expect(thrown({ locale: "fr" }).option).toBe("locale");
    expect(thrown({ locale: "fr" }).detail).toMatch(/"nl"|nl/);
    expect(thrown({ config: { locale: "fr" } }).option).toBe("config.locale");
    expect(lint(plan, { locale: "en", today: "2026-01-01" }).diagnostics.every((d) => !/[{}]/.test(d.message))).toBe(true);
  });

  it("an unknown rule in config.rules is an error, as it is on the command line", () => {
    const e = thrown({ config: { rules: { "bestaat-niet": "error" } } });
    expect(e).toBeInstanceOf(RuleOptionsError);
    expect((e as RuleOptionsError).unknownRule).toBe(true);
    expect((e as RuleOptionsError).ruleId).toBe("bestaat-niet");
    expect(e.message).toMatch(/unknown rule 'bestaat-niet'.*periode/);
    // The engine's own ids are rules too.
    expect(() => lint(plan, { config: { rules: { syntax: "warning", "ongebruikte-uitzondering": "off" } } })).not.toThrow();
  });

  it("rule options its Schema rejects, and a setting that is not a severity", () => {
    const e = thrown({ config: { rules: { periode: ["error", { maxJaren: "vier" }] } } });
    expect(e).toBeInstanceOf(RuleOptionsError);
    expect(e.option).toBe("config.rules.periode");
    expect(e.message).toMatch(/periode/);
    expect(thrown({ config: { rules: { periode: ["error", { maxJaren: "vier" }] } } }, "").option).toBe("config.rules.periode"); // for any text
    expect(thrown({ config: { rules: { periode: "streng" } } }).option).toMatch(/^config\.rules/);
    expect(thrown({ config: { regels: {} } }).option).toMatch(/^config/);
  });

  it("options of the wrong kind", () => {
    expect(thrown("nl").option).toBe("options");
    expect(thrown({ resolvePlan: "plan.veiligheidsplan" }).option).toBe("resolvePlan");
    expect(thrown({ rules: [{}] }).option).toBe("rules");
    expect(thrown({ parsed: parse("iets anders") }).option).toBe("parsed");
    expect(thrown({}, 42 as unknown as string).option).toBe("text");
  });
});

describe("a text that is not a plan", () => {
  it.each([
    ["empty", "", "empty", /leeg/],
    ["white space and a BOM", "\uFEFF \n\n", "empty", /leeg/],
    ["prose without front matter", "hallo wereld\n\nDit is een README.", "no-structure", /geen veiligheidsplan/],
    ["binary", "%PDF-1.7\n\0\0\u0001\u0002stream\u0003\u0004", "binary", /binair/],
  ])("%s: one error that says so, and no findings about a plan that is not there", (_, text, why, message) => {
    const r = lint(text, { today: "2026-01-01" });
    expect(r.notAPlan).toBe(why);
    expect(notAPlan(parse(text))).toBe(why);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!).toMatchObject({ ruleId: "syntax", severity: "error" });
    expect(r.diagnostics[0]!.message).toMatch(message);
    expect(r.errorCount).toBe(1);
    expect(lint(text, { locale: "en" }).diagnostics[0]!.message).toMatch(/not a safety plan|binary file|empty/);
  });

  it("a plan, and the beginnings of one, are plans", () => {
    expect(notAPlan(parse(plan))).toBeUndefined();
    expect(notAPlan(parse("---\ntitel: Nog leeg\n"))).toBeUndefined(); // unclosed front matter: the syntax finding says what is wrong
    expect(notAPlan(parse("## Financiën\n\n| (bedragen x € 1.000) | 2025 |\n| --- | ---: |\n"))).toBeUndefined();
    expect(lint(plan, { today: "2026-01-01" }).notAPlan).toBeUndefined();
  });

  it("a plan with an odd control character is still text", () => {
    expect(notAPlan(parse(plan.replace("Veilig in", "Veilig\u0007 in")))).toBeUndefined();
  });
});

describe("the effect door", () => {
  const clockAt = (ms: number) => ({ ...Clock.Clock.defaultValue(), currentTimeMillis: Effect.succeed(ms), currentTimeMillisUnsafe: () => ms }) as Clock.Clock;

  it("reads today from the Clock service", () => {
    const at = (iso: string) =>
      Effect.runSync(Effect.provideService(lintEffect(plan), Clock.Clock, clockAt(Date.parse(`${iso}T12:00:00Z`)))).diagnostics.map((d) => d.ruleId);
    expect(at("2026-06-01")).not.toContain("geldigheid");
    expect(at("2031-01-01")).toContain("geldigheid");
  });

  it("fails with the typed error, not a defect, for bad options", () => {
    for (const options of [{ today: "gisteren" }, { locale: "fr" }, { config: { rules: { "bestaat-niet": "error" } } }, { config: { rules: { periode: ["error", { maxJaren: "vier" }] } } }]) {
      const exit = Effect.runSyncExit(lintEffect(plan, options as LintOptions));
      expect(Exit.isFailure(exit)).toBe(true);
      if (Exit.isFailure(exit)) {
        const error = Cause.findErrorOption(exit.cause);
        expect(error._tag).toBe("Some");
        expect(error._tag === "Some" && error.value).toBeInstanceOf(LintOptionsError);
      }
    }
  });

  it("gives the same result as lint for the same options", () => {
    const options = { today: "2026-01-01", locale: "en" as const };
    expect(Effect.runSync(lintEffect(plan, options)).diagnostics).toEqual(lint(plan, options).diagnostics);
  });
});

describe("the report's helpers from JavaScript", () => {
  it("checkColumns works with only the budget, as its name suggests", () => {
    const begroting = parse(plan).plan.begroting!;
    const columns = checkColumns(begroting);
    expect(columns.map((c) => c.year)).toEqual(begroting.jaren.map(String));
    expect(columns.every((c) => c.addsUp !== false)).toBe(true);
  });
});
