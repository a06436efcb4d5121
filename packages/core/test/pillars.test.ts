/**
 * A theme's pillars are read once (structure/pillars.ts): the typed model, the report's pillar links and
 * the pijlers rule see the same pillars, also where the plan names them in the announcing sentence or
 * elaborates them under a heading with a label ("Pijler 1: Preventie").
 */
import { describe, expect, it } from "vitest";
import { lint, parse, renderReport } from "@veiligheidsplan/core";

const PLAN = `---
formaat: veiligheidsplan/1
titel: Veilig in Proefstad
gemeente: Proefstad
periode: 2025-2028
status: concept
---

# Veilig in Proefstad

## Prioritaire thema's

### 1. Ondermijning

#### Ambitie

Onze aanpak berust op twee pijlers:

1. Preventie
2. Handhaving

##### Pijler 1: Preventie

Voorlichting aan ondernemers.

##### **Pijler 2 –** Handhaving

Controles met het RIEC.

### 2. Veilige wijken

#### Ambitie

Onze wijkaanpak kent drie pijlers: preventie, repressie en zorg.

##### Preventie

Buurtpreventie.

##### Eerste pijler: Repressie

Handhaving op straat.

##### 3. Zorg

Nazorg na een melding.
`;

describe("the pillars of a theme, read once", () => {
  const p = parse(PLAN);
  const [ondermijning, wijken] = p.themes;

  it("takes a heading with a label for the pillar's elaboration", () => {
    expect(ondermijning!.pillarIntro).toMatchObject({ form: "lijst", count: 2, countText: "twee", words: "berust op twee pijlers" });
    expect(ondermijning!.pillarList).toBeDefined();
    expect(ondermijning!.pillars.map((x) => [x.title, x.elaboration?.title])).toEqual([
      ["Preventie", "Pijler 1: Preventie"],
      ["Handhaving", "**Pijler 2 –** Handhaving"],
    ]);
  });

  it("reads pillars named in the announcing sentence, located in it, with no list", () => {
    expect(wijken!.pillarIntro).toMatchObject({ form: "zin", count: 3 });
    expect(wijken!.pillarList).toBeUndefined();
    expect(wijken!.pillars.map((x) => [PLAN.slice(x.span.start, x.span.end), x.elaboration?.title])).toEqual([
      ["preventie", "Preventie"],
      ["repressie", "Eerste pijler: Repressie"],
      ["zorg", "3. Zorg"],
    ]);
  });

  it("gives the model (and so the export) the pillars with their elaborations", () => {
    expect(p.plan.themas.map((t) => t.pijlers)).toEqual([
      [
        { titel: "Preventie", uitwerking: "Voorlichting aan ondernemers." },
        { titel: "Handhaving", uitwerking: "Controles met het RIEC." },
      ],
      [
        { titel: "preventie", uitwerking: "Buurtpreventie." },
        { titel: "repressie", uitwerking: "Handhaving op straat." },
        { titel: "zorg", uitwerking: "Nazorg na een melding." },
      ],
    ]);
  });

  it("has the rule agree: nothing to report", () => {
    expect(lint(PLAN, { today: "2026-01-01" }).diagnostics.filter((d) => d.ruleId === "pijlers")).toEqual([]);
  });

  it("links them in the report: the list and the sentence to the labelled and plain headings", () => {
    const html = renderReport(lint(PLAN, { today: "2026-01-01" }));
    const list = /<ol class="pijlers">([^]*?)<\/ol>/.exec(html)![1]!;
    expect([...list.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual(["thema-1-pijler-1", "thema-1-pijler-2"]);
    expect(html).toMatch(/<h5 id="thema-1-pijler-1" class="pijler-kop"><span class="kenmerk kenmerk-pijler">Pijler 1<\/span> Pijler 1: Preventie<\/h5>/);
    expect(html).toContain('<p>Onze wijkaanpak kent drie pijlers: <a href="#thema-2-pijler-1">preventie</a>, <a href="#thema-2-pijler-2">repressie</a> en <a href="#thema-2-pijler-3">zorg</a>.</p>');
    for (const n of [1, 2, 3]) expect(html).toContain(`<h5 id="thema-2-pijler-${n}" class="pijler-kop">`);
  });
});
