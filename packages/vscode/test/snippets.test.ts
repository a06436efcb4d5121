/**
 * The snippets, expanded as the editor does when the writer accepts every default, produce text the
 * toolkit reads as intended: a new plan without errors or warnings, a theme with opgave and ambitie,
 * pillars that match their elaborations, a budget table whose total is checked, a toelichting that
 * names its theme.
 */
import { readFileSync } from "node:fs";
import { lint, parse, type Diagnostic } from "@veiligheidsplan/core";
import { describe, expect, it } from "vitest";
import { expandSnippet } from "./snippet-expansion.js";

type Snippets = Record<string, { prefix: string[]; description: string; body: string[] }>;
const SNIPPETS = JSON.parse(readFileSync(new URL("../snippets/veiligheidsplan.code-snippets", import.meta.url), "utf8")) as Snippets;
const MINIMAL = readFileSync(new URL("../../../examples/minimaal.veiligheidsplan", import.meta.url), "utf8");
const DAY = new Date("2026-11-28T00:00:00Z");
const TODAY = "2026-11-28";

const expand = (name: string) => {
  const snippet = SNIPPETS[name];
  if (!snippet) throw new Error(`no snippet ${name}`);
  return expandSnippet(snippet.body, DAY);
};
const problems = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.severity === "error" || d.severity === "warning").map((d) => `${d.ruleId}: ${d.message}`);

describe("the snippets", () => {
  it("each have a Dutch description and a prefix a writer would type", () => {
    for (const [name, s] of Object.entries(SNIPPETS)) {
      expect(s.description, name).toMatch(/\b(de|het|een|één)\b/i);
      expect(s.prefix.length, name).toBeGreaterThan(0);
    }
  });

  it("'Nieuw veiligheidsplan' gives a plan with no errors or warnings once the end year is filled in", () => {
    const text = expand("Nieuw veiligheidsplan");
    // The one placeholder a snippet cannot compute: the last year of the period.
    expect(text).toContain("periode: 2026-JJJJ");
    const filled = text.replace(/JJJJ/g, "2029");
    const result = lint(filled, { today: TODAY });
    expect(problems(result.diagnostics)).toEqual([]);
    const parsed = parse(filled);
    expect(parsed.themes.map((t) => `${t.nummer}. ${t.title} (${t.soort})`)).toEqual(["1. Ondermijning (prioritair)", "2. Brandveiligheid (kern)"]);
    expect(parsed.themes[0]!.pillars.map((p) => p.title)).toEqual(["Een weerbare samenleving", "Een weerbare organisatie"]);
    expect(parsed.budget?.lines.map((l) => l.deelproduct)).toEqual(["Aanpak ondermijning", "Brandweerzorg"]);
  });

  it("'Nieuw veiligheidsplan' leaves the period unreadable until the end year is filled in, and the check says so", () => {
    const result = lint(expand("Nieuw veiligheidsplan"), { today: TODAY });
    expect(result.diagnostics.some((d) => d.ruleId === "periode" && d.severity === "error")).toBe(true);
  });

  it("'Thema' adds a theme with opgave and ambitie under Kernthema's", () => {
    // At the end of the Kernthema's chapter, before whatever chapter follows it.
    const end = MINIMAL.indexOf("\n## ", MINIMAL.indexOf("## Kernthema's")) + 1;
    const text = `${MINIMAL.slice(0, end)}${expand("Thema").replace("### 1.", "### 4.")}\n${MINIMAL.slice(end)}`;
    const theme = parse(text).themes.find((t) => t.nummer === 4);
    expect(theme).toMatchObject({ soort: "kern", title: "Titel van het thema" });
    expect(theme!.opgave).toBeDefined();
    expect(theme!.ambitie).toBeDefined();
  });

  it("'Pijlers' announces as many pillars as it lists and elaborates each", () => {
    const start = MINIMAL.indexOf("#### Ambitie\n\nPer wijk stellen");
    expect(start).toBeGreaterThan(0);
    const ambitie = MINIMAL.slice(start, MINIMAL.indexOf("\n", start + "#### Ambitie\n\n".length) + 1);
    const text = MINIMAL.replace(ambitie, `#### Ambitie\n\n${expand("Pijlers")}`);
    const theme = parse(text).themes.find((t) => t.nummer === 2)!;
    expect(theme.pillarIntro?.count).toBe(2);
    expect(theme.pillars.map((p) => p.title)).toEqual(["Eerste pijler", "Tweede pijler"]);
    expect(problems(lint(text, { today: TODAY }).diagnostics).filter((p) => p.startsWith("pijlers"))).toEqual([]);
  });

  it("'Begrotingstabel' is read as the budget table, with the Totaal row as stated totals", () => {
    const table = expand("Begrotingstabel").replace("JJJJ", "2027");
    const text = `${MINIMAL.slice(0, MINIMAL.indexOf("| (bedragen"))}${table}\n`;
    const budget = parse(text).budget;
    expect(budget?.years.map((y) => y.value)).toEqual([2026, 2027]);
    expect(budget?.lines.map((l) => l.deelproduct)).toEqual(["Deelproduct"]);
    expect(budget?.totals).toBeDefined();
  });

  it("'Toelichting' names a theme that the plan has, in a form the checks read", () => {
    const entry = expand("Toelichting");
    expect(entry).toContain("(Thema 1 — Titel van het thema)");
    const refs = parse(`${MINIMAL}\n${entry}`).themeRefs;
    expect(refs.at(-1)).toMatchObject({ kind: "number", nummer: 1, title: "Titel van het thema" });
  });

  it("'Melding overslaan' writes a directive the checks recognise", () => {
    const directive = expand("Melding overslaan").trim();
    expect(directive).toBe("<!-- veiligheidsplan-disable-next-line regel-id -- reden -->");
    expect(parse(`${MINIMAL}\n${directive}\n`).comments.at(-1)?.body.trim()).toBe("veiligheidsplan-disable-next-line regel-id -- reden");
  });
});
