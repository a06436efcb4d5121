/**
 * The report's budget chart and begroting-totalen read a table the same way (structure/budget-arithmetic.ts):
 * on every fixture of the rule, a year column is marked "does not add up" in the chart exactly when the
 * rule reports a difference in that column of the plan's budget table. Tables in parts, saldo tables
 * (baten and lasten) and a rounding tolerance are among the fixtures.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lint, parse, printPlan, renderReport } from "@veiligheidsplan/core";
import { lintOptionsFor, readFixture } from "../rules/harness.js";
import { element, textOf } from "./support.js";

const DIR = fileURLToPath(new URL("../rules/fixtures/begroting-totalen/", import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith(".veiligheidsplan")).sort();

describe("the report's budget chart agrees with begroting-totalen", () => {
  it.each(files)("%s", (file) => {
    const fixture = readFixture(readFileSync(DIR + file, "utf8"), file);
    const result = lint(fixture.text, lintOptionsFor("begroting-totalen", DIR + file, fixture));
    const budget = parse(fixture.text).budget;
    const svg = element(renderReport(result), /<svg class="begrotingsgrafiek"/);
    if (!budget?.table || !svg) return expect(svg).toBeUndefined();
    const table = budget.table.span;
    const totalsRows = [budget.totals, ...(budget.groups ?? []).map((g) => g.totals)];
    // The column of each difference the rule finds in this table (it reports on the total's cell).
    const off = new Set(
      result.diagnostics
        .filter((d) => d.ruleId === "begroting-totalen" && /^verschil/.test(d.messageId))
        .map((d) => ({ start: d.range.start.offset, end: d.range.end.offset }))
        .filter((s) => s.start >= table.start && s.end <= table.end)
        .map((s) => budget.years.findIndex((_, j) => totalsRows.some((t) => t?.cells[j] && s.start >= t.cells[j]!.span.start && s.end <= t.cells[j]!.span.end))),
    );
    expect(off.has(-1)).toBe(false);
    const marked = [...svg.matchAll(/<g class="kolom[^"]*" data-jaar="([^"]+)" data-telt-op="(\w+)">/g)].map((m, j) => ({ j, state: m[2] }));
    expect(marked.length).toBe(budget.years.length);
    for (const { j, state } of marked) expect([file, budget.years[j]!.text, state]).toEqual([file, budget.years[j]!.text, off.has(j) ? "nee" : state === "onbekend" ? "onbekend" : "ja"]);
  });

  it("does not say a column adds up when one of its amounts cannot be read", () => {
    const text = "# Plan\n\n## Financiën\n\n| (bedragen x € 1.000) | 2025 | 2026 |\n| :-- | --: | --: |\n| Toezicht | 1.120 | 1.200 |\n| Brandweer | 2.450,5,0 | 2.400 |\n| Totaal | 3.570 | 3.600 |\n";
    const svg = element(renderReport(lint(text, { today: "2025-06-01" })), /<svg class="begrotingsgrafiek"/)!;
    const desc = textOf(element(svg, /<desc /)!);
    expect(desc).toContain("2025: som van de regels 1.120, vermeld totaal 3.570; niet na te gaan, een bedrag is onleesbaar.");
    expect(desc).toContain("2026: som van de regels 3.600, vermeld totaal 3.600; telt op.");
    expect(svg).toContain('data-jaar="2025" data-telt-op="onbekend"');
  });

  it("draws a saldo's subtracted lines below the zero line and names the sum row a saldo", () => {
    const file = "goed-saldo-baten-lasten.veiligheidsplan";
    const fixture = readFixture(readFileSync(DIR + file, "utf8"), file);
    const html = renderReport(lint(fixture.text, lintOptionsFor("begroting-totalen", DIR + file, fixture)));
    const svg = element(html, /<svg class="begrotingsgrafiek"/)!;
    expect(svg).not.toContain('data-telt-op="nee"');
    expect(textOf(element(html, /<table class="begrotingstabel">/)!)).toMatch(/Saldo van de regels \((baten|lasten) afgetrokken\)/);
    expect(textOf(element(html, /<figure class="grafiek" id="begroting">/)!)).toContain("De totalen zijn een saldo");
  });

  it("shows each part's own totals row under its lines", () => {
    const file = "goed-in-delen.veiligheidsplan";
    const fixture = readFixture(readFileSync(DIR + file, "utf8"), file);
    const parsed = parse(fixture.text);
    const html = renderReport(lint(fixture.text, lintOptionsFor("begroting-totalen", DIR + file, fixture)));
    const table = element(html, /<table class="begrotingstabel">/)!;
    const rows = [...table.matchAll(/<tr class="vermeld">/g)];
    expect(rows).toHaveLength(parsed.budget!.groups!.length);
    expect(table).not.toContain("telt-niet-op");
  });
});

describe("the model's budget reads the table as begroting-totalen does", () => {
  /** The years begroting-totalen finds off in the plan's own budget table (not a theme's cost table). */
  const offYears = (text: string, file: string, fixture: ReturnType<typeof readFixture>) => {
    const table = parse(text).budget?.table?.span;
    return new Set(
      lint(text, lintOptionsFor("begroting-totalen", DIR + file, fixture))
        .diagnostics.filter((d) => d.ruleId === "begroting-totalen" && /^verschil/.test(d.messageId) && table && d.range.start.offset >= table.start && d.range.end.offset <= table.end)
        .map((d) => d.data?.["jaar"]),
    );
  };

  it.each(files)("%s: printed from the model, the same years are off (a table in parts as its grand total or its parts' sum)", (file) => {
    const fixture = readFixture(readFileSync(DIR + file, "utf8"), file);
    const plan = parse(fixture.text).plan;
    if (!plan.begroting) return;
    const printed = printPlan(plan);
    expect(parse(printed).plan.begroting).toEqual(plan.begroting);
    expect(offYears(printed, file, fixture)).toEqual(offYears(fixture.text, file, fixture));
  });
});
