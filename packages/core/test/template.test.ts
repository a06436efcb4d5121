/** The template `init` writes (core/src/template.ts): a single plan and a joint plan both start clean. */
import { describe, expect, it } from "vitest";
import { formatText, lint, parse, planTemplate, readDoelen } from "@veiligheidsplan/core";

const problems = (text: string) => lint(text, { today: "2025-01-10" }).diagnostics.filter((d) => d.severity === "error" || d.severity === "warning");

describe("the new-plan template", () => {
  it("starts a plan of one gemeente with no error and no warning", () => {
    expect(problems(planTemplate({ gemeente: "Voorbeeldstad", titel: "Veilig Voorbeeldstad", van: 2025 }))).toEqual([]);
  });

  it("starts a joint plan: every gemeente listed for its own council's decision, and no error or warning", () => {
    const text = planTemplate({ gemeente: "", titel: "Samen veilig", van: 2025, gemeenten: ["Oudewaard", "Lingevliet", "Heukelveen"] });
    expect(problems(text)).toEqual([]);
    const p = parse(text);
    expect(p.plan.metadata.gemeenten?.map((g) => g.naam)).toEqual(["Oudewaard", "Lingevliet", "Heukelveen"]);
    expect(p.fields.gemeente).toBeUndefined();
    expect(text).toContain("de gemeenten Oudewaard, Lingevliet en Heukelveen");
  });

  it("is already in the formatter's layout, goals tables included (so 'format --check' passes on a new plan), with goals the kwaliteit rules accept", () => {
    for (const text of [planTemplate({ gemeente: "Voorbeeldstad", titel: "Veilig", van: 2027 }), planTemplate({ gemeente: "", titel: "Samen", van: 2027, gemeenten: ["A", "B"] })]) {
      expect(formatText(text, { fix: false }).output).toBe(text);
      const doelen = readDoelen(parse(text)).flatMap((s) => s.doelen);
      expect(doelen.map((d) => [d.nulmeting?.jaar, d.streefwaarde?.jaar])).toEqual([
        [2026, 2030],
        [2026, 2030],
      ]);
      expect(lint(text, { today: "2027-01-10" }).diagnostics.filter((d) => d.ruleId.startsWith("kwaliteit-"))).toEqual([]);
    }
  });
});
