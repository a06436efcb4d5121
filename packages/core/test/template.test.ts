/** The template `init` writes (core/src/template.ts): a single plan and a joint plan both start clean. */
import { describe, expect, it } from "vitest";
import { lint, parse, planTemplate } from "@veiligheidsplan/core";

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
});
