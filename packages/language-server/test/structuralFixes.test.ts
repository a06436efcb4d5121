/**
 * The structural quick fixes on the Nijmegen plan, as a writer meets them: a theme inserted in the
 * middle (renumber all, references follow), a theme without its Opgave heading, a budget line without
 * a toelichting. Each fix is applied and the plan linted again: the finding it answers is gone and no
 * new one appears. A property test inserts a theme anywhere and renumbers.
 */
import fc from "fast-check";
import { lint, parse } from "@veiligheidsplan/core";
import { describe, expect, it } from "vitest";
import type { CodeAction } from "vscode-languageserver-types";
import { getCodeActions } from "../src/service/index.js";
import { applyEdits, doc, editsOf, find, readExample } from "./helpers.js";

const nijmegen = readExample("nijmegen-2022-2026.veiligheidsplan");
const TODAY = "2024-06-01";
const findings = (text: string, rule: string) => lint(text, { today: TODAY }).diagnostics.filter((d) => d.ruleId === rule).map((d) => d.message);

function actionsAt(text: string, needle: string, delta = 0): CodeAction[] {
  const at = find(text, needle, delta);
  return getCodeActions(doc(text, { today: TODAY }), { start: at, end: at }, { only: ["quickfix"] });
}
const apply = (text: string, a: CodeAction | undefined) => {
  expect(a, "the action is offered").toBeDefined();
  return applyEdits(text, editsOf(a!.edit));
};

const NEW_THEME = "### 3. Nieuw thema\n\n#### Opgave\n\nWat er speelt.\n\n#### Ambitie\n\nWat we willen.\n\n";

describe("structural quick fixes", () => {
  it("number the themes again after one was inserted, with their references", () => {
    const inserted = nijmegen.replace("### 3. Digitale criminaliteit", `${NEW_THEME}### 3. Digitale criminaliteit`);
    expect(findings(inserted, "thema-nummering").length).toBeGreaterThan(0);
    const fixed = apply(inserted, actionsAt(inserted, "Nieuw thema").find((a) => a.title.startsWith("Nummer de thema's opnieuw")));
    expect(parse(fixed).themes.map((t) => t.nummer)).toEqual(parse(fixed).themes.map((_, i) => i + 1));
    expect(findings(fixed, "thema-nummering")).toEqual([]);
    // "(Thema 4 — Zorg & Veiligheid)" in the toelichting now says 5, as the theme does.
    expect(fixed).toContain("(Thema 5 — Zorg & Veiligheid)");
    expect(findings(fixed, "thema-verwijzingen")).toEqual(findings(nijmegen, "thema-verwijzingen"));
  });

  it("renumber after a theme is inserted anywhere (property)", () => {
    const headings = [...nijmegen.matchAll(/^### \d+\. .*$/gm)].map((m) => m.index!);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: headings.length - 1 }), fc.integer({ min: 1, max: 12 }), (k, nummer) => {
        const at = headings[k]!;
        const inserted = nijmegen.slice(0, at) + NEW_THEME.replace("3.", `${nummer}.`) + nijmegen.slice(at);
        const actions = actionsAt(inserted, "Nieuw thema");
        const renumber = actions.find((a) => a.title.startsWith("Nummer de thema's opnieuw"));
        if (!renumber) return; // Already in order (the number fitted).
        const fixed = applyEdits(inserted, editsOf(renumber.edit));
        expect(parse(fixed).themes.map((t) => t.nummer)).toEqual(parse(fixed).themes.map((_, i) => i + 1));
        expect(findings(fixed, "thema-verwijzingen")).toEqual(findings(nijmegen, "thema-verwijzingen"));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 40) },
    );
  });

  it("add a missing Opgave heading under the theme's heading", () => {
    const without = nijmegen.replace("### 2. Veilige wijken\n\n#### Opgave\n\n", "### 2. Veilige wijken\n\n");
    expect(findings(without, "opgave-ambitie").length).toBe(1);
    const fixed = apply(without, actionsAt(without, "### 2. Veilige wijken", 8).find((a) => a.title === "Voeg de kop 'Opgave' toe"));
    expect(fixed).toBe(nijmegen);
  });

  it("add a missing Ambitie heading after the Opgave, for the writer to fill", () => {
    const without = nijmegen.replace(/(### 6\.[^]*?)#### Ambitie\n\n/, "$1");
    expect(findings(without, "opgave-ambitie")).toEqual([expect.stringContaining("heeft geen kop 'Ambitie'")]);
    const fixed = apply(without, actionsAt(without, "### 6. Polarisatie", 8).find((a) => a.title === "Voeg de kop 'Ambitie' toe"));
    // The heading is there, at the end of the theme; what the ambition is, the writer writes.
    expect(parse(fixed).themes[5]!.ambitie).toBeDefined();
    expect(findings(fixed, "opgave-ambitie")).toEqual([expect.stringContaining("is leeg")]);
    expect(fixed.indexOf("#### Ambitie", fixed.indexOf("### 6."))).toBeLessThan(fixed.indexOf("## Kernthema's"));
  });

  it("add a toelichting for a budget line that has none", () => {
    const row = "| 10. Cameratoezicht               |      1 |      1 |      1 |      1 |      1 |\n";
    const withLine = nijmegen.replace(/(\| 9\. Veilige wijken[^\n]*\n)/, `$1${row}`);
    const fixed = apply(withLine, actionsAt(withLine, "10. Cameratoezicht", 5).find((a) => a.title === "Voeg een toelichting voor Cameratoezicht toe"));
    const toelichting = parse(fixed).budget!.toelichting.map((t) => t.deelproduct);
    expect(toelichting).toContain("Cameratoezicht");
    expect(toelichting.length).toBe(parse(nijmegen).budget!.toelichting.length + 1);
  });
});
