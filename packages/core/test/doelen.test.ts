/**
 * Goals as data (issue 17): a theme's Doelen table read into the typed model, carried by the JSON form
 * (decoded by the same Schema the JSON Schema is generated from), printed back, and matched with the
 * realised values of a .voortgang file to say whether each goal is on track.
 */
import { describe, expect, it } from "vitest";
import { decodePlan, judge, lint, parse, printPlan, readDoelen, readMeting, readVoortgang } from "@veiligheidsplan/core";

const PLAN = `---
formaat: veiligheidsplan/1
titel: Veilig in Voorbeeldstad
gemeente: Voorbeeldstad
periode: 2024-2027
---

# Veilig in Voorbeeldstad

## Prioritaire thema's

### 1. Veilige wijken

#### Opgave

Inbraken.

#### Ambitie

Minder inbraken.

#### Doelen

| Doel                          | Indicator                                     | Nulmeting  | Streefwaarde | Bron               |
| ----------------------------- | --------------------------------------------- | ---------: | -----------: | ------------------ |
| Minder woninginbraken         | Woninginbraken per 1.000 woningen             | 4,2 (2023) |   3,0 (2027) | politie            |
| Bewoners voelen zich veiliger | Inwoners die zich weleens onveilig voelen (%) | 31% (2023) |   25% (2027) | Veiligheidsmonitor |
| Meer meldingen                | Meldingen van ondermijning                    | –          | 1.250 (2027) | politie            |
`;

describe("goals as data", () => {
  const parsed = parse(PLAN);

  it("reads each row: indicator, nulmeting and streefwaarde as value and year, percentages, Dutch numbers, an empty cell", () => {
    expect(parsed.plan.themas[0]!.doelen).toEqual([
      { doel: "Minder woninginbraken", indicator: "Woninginbraken per 1.000 woningen", nulmeting: { tekst: "4,2 (2023)", waarde: 4.2, jaar: 2023 }, streefwaarde: { tekst: "3,0 (2027)", waarde: 3, jaar: 2027 }, bron: "politie" },
      { doel: "Bewoners voelen zich veiliger", indicator: "Inwoners die zich weleens onveilig voelen (%)", nulmeting: { tekst: "31% (2023)", waarde: 31, jaar: 2023, eenheid: "%" }, streefwaarde: { tekst: "25% (2027)", waarde: 25, jaar: 2027, eenheid: "%" }, bron: "Veiligheidsmonitor" },
      { doel: "Meer meldingen", indicator: "Meldingen van ondermijning", streefwaarde: { tekst: "1.250 (2027)", waarde: 1250, jaar: 2027 }, bron: "politie" },
    ]);
    // Located: the indicator's cell, for findings and the editor.
    const first = readDoelen(parsed)[0]!.doelen[0]!;
    expect(PLAN.slice(first.indicatorSpan!.start, first.indicatorSpan!.end)).toBe("Woninginbraken per 1.000 woningen");
  });

  it("writes them in the JSON form, which the Schema decodes again, and prints them back as a Doelen table", () => {
    const json = JSON.parse(JSON.stringify(parsed.plan));
    expect(decodePlan(json).themas[0]!.doelen).toEqual(parsed.plan.themas[0]!.doelen);
    expect(parse(printPlan(parsed.plan)).plan.themas[0]!.doelen).toEqual(parsed.plan.themas[0]!.doelen);
  });

  it.each([
    ["31 % in 2021", { waarde: 31, jaar: 2021, eenheid: "%" }],
    ["2021: 31 procent", { waarde: 31, jaar: 2021, eenheid: "%" }],
    ["1.250", { waarde: 1250 }],
    ["−3,5 (2026)", { waarde: -3.5, jaar: 2026 }],
    ["onbekend", {}],
  ])("reads the cell %s", (cell, expected) => {
    const { text: _t, span: _s, ...rest } = readMeting(cell, { start: 0, end: cell.length });
    expect(rest).toEqual(expected);
  });

  it("takes the year from the column's header when the cells name none (\"Streefwaarde 2028\" over \"3,0\")", () => {
    const src = "---\nformaat: veiligheidsplan/1\n---\n\n# P\n\n## Prioriteiten\n\n### 1. Woninginbraak\n\n#### Doelen\n\n| Doelstelling | Indicator | Nulmeting 2023 | Streefwaarde 2028 | Bron |\n| --- | --- | ---: | ---: | --- |\n| Minder inbraken | Inbraken per 1.000 woningen | 4,2 | 3,0 (2027) | politie |\n| Veiliger gevoel | Onveilig (%) | 31% | 25% | monitor |\n";
    const [a, b] = readDoelen(parse(src))[0]!.doelen;
    expect([a!.nulmeting?.jaar, a!.streefwaarde?.jaar, a!.streefwaarde?.waarde]).toEqual([2023, 2027, 3]);
    expect([b!.nulmeting?.jaar, b!.nulmeting?.waarde, b!.streefwaarde?.jaar, b!.streefwaarde?.eenheid]).toEqual([2023, 31, 2028, "%"]);
    const found = lint(src, { today: "2026-12-07" }).diagnostics.filter((d) => d.ruleId === "kwaliteit-meetbare-doelen");
    expect(found).toEqual([]);
    // "Doel 2026" over values is the target column; "Stand 2023" the baseline.
    const other = src.replace("| Doelstelling | Indicator | Nulmeting 2023 | Streefwaarde 2028 | Bron |", "| Doelstelling | Indicator | Stand 2023 | Doel 2028 | Bron |");
    const [c] = readDoelen(parse(other))[0]!.doelen;
    expect([c!.doel, c!.nulmeting?.jaar, c!.streefwaarde?.waarde, c!.streefwaarde?.jaar]).toEqual(["Minder inbraken", 2023, 3, 2027]);
  });

  it.each([
    ["Doel | KPI | Baseline 2023 | Target 2028 | Bron"],
    ["Doelstelling | Prestatie-indicator | 0-meting (2023) | Streven 2028 | Bron"],
    ["Wat willen we bereiken | Indicator | Huidige situatie 2023 | Gewenste situatie 2028 | Bron"],
    ["Doel | KPI's | T0 2023 | Beoogd resultaat 2028 | Bron"],
  ])("reads the goals columns as other plans head them: %s", (header) => {
    const src = `---\nformaat: veiligheidsplan/1\n---\n\n# P\n\n## Prioriteiten\n\n### 1. Woninginbraak\n\n#### Doelen\n\n| ${header} |\n| --- | --- | ---: | ---: | --- |\n| Minder inbraken | Inbraken per 1.000 woningen | 4,2 | 3,0 | politie |\n`;
    const goals = readDoelen(parse(src))[0]!.doelen;
    expect(goals.map((d) => [d.doel, d.indicator, d.nulmeting?.waarde, d.nulmeting?.jaar, d.streefwaarde?.waarde, d.streefwaarde?.jaar, d.bron])).toEqual([["Minder inbraken", "Inbraken per 1.000 woningen", 4.2, 2023, 3, 2028, "politie"]]);
  });

  it("reads a begroting's indicator table: 'Naam indicator', and the target's year in a 'Jaar' column of its own", () => {
    const src = "---\nformaat: veiligheidsplan/1\n---\n\n# P\n\n## Prioriteiten\n\n### 1. Vernielingen\n\n#### Doelen\n\n| Naam indicator | Streefwaarde | Jaar | Realisatie 2018 |\n| --- | --- | --- | --- |\n| Vernielingen (per 1.000 inwoners) | 1,50 | 2030 | 2,50 |\n| Winkeldiefstal (per 1.000 inwoners) | 1 (2027) | 2030 | 1,4 |\n";
    const goals = readDoelen(parse(src))[0]!.doelen;
    expect(goals.map((d) => [d.indicator, d.streefwaarde?.waarde, d.streefwaarde?.jaar, d.nulmeting?.waarde, d.nulmeting?.jaar])).toEqual([
      ["Vernielingen (per 1.000 inwoners)", 1.5, 2030, 2.5, 2018],
      ["Winkeldiefstal (per 1.000 inwoners)", 1, 2027, 1.4, 2018],
    ]);
    expect(lint(src, { today: "2026-12-08" }).diagnostics.filter((d) => d.ruleId === "kwaliteit-meetbare-doelen").map((d) => d.messageId)).toEqual([]);
  });

  it("reads a header set on two rows ('Meting' over 'Nulmeting 2023 | Streefwaarde 2028', a merged cell in Word)", () => {
    const src = "---\nformaat: veiligheidsplan/1\n---\n\n# P\n\n## Prioriteiten\n\n### 1. Woninginbraak\n\n#### Doelen\n\n| Doel | Indicator | Meting | | Bron |\n| --- | --- | --- | --- | --- |\n| | | Nulmeting 2023 | Streefwaarde 2028 | |\n| Minder inbraken | Inbraken per 1.000 woningen | 4,2 | 3,0 | politie |\n";
    const goals = readDoelen(parse(src))[0]!.doelen;
    expect(goals.map((d) => [d.doel, d.indicator, d.nulmeting?.waarde, d.nulmeting?.jaar, d.streefwaarde?.waarde, d.streefwaarde?.jaar, d.bron])).toEqual([["Minder inbraken", "Inbraken per 1.000 woningen", 4.2, 2023, 3, 2028, "politie"]]);
  });

  it("judges progress against the straight line from nulmeting to streefwaarde", () => {
    const voortgang = [
      readVoortgang("---\nformaat: veiligheidsplan-voortgang/1\njaar: 2025\n---\n\n| Indicator | Waarde |\n| --- | ---: |\n| Woninginbraken per 1.000 woningen | 3,5 |\n| inwoners die zich weleens ONVEILIG voelen (%) | 30% |\n", "2025.voortgang"),
    ];
    const [inbraak, gevoel, meldingen] = readDoelen(parsed)[0]!.doelen;
    // Halfway (2025 of 2023–2027) the line asks 3,6; 3,5 is better (lower is better here).
    expect(judge(inbraak!, voortgang)).toMatchObject({ koers: "opKoers", verwacht: 3.6 });
    // The line asks 28%; 30% is behind.
    expect(judge(gevoel!, voortgang)).toMatchObject({ koers: "achter", verwacht: 28 });
    expect(judge(meldingen!, voortgang).koers).toBe("geenGegevens");
    expect(judge(inbraak!, [readVoortgang("---\njaar: 2026\n---\n| Indicator | Waarde |\n| - | - |\n| Woninginbraken per 1.000 woningen | 2,9 |\n")]).koers).toBe("behaald");
  });

  it.each([
    ["10% minder in 2027"],
    ["-10% (2027)"],
    ["een daling van 10% in 2027"],
    ["10 procent lager (2027)"],
  ])("reads the target %j as a change of the nulmeting, and judges progress by it", (target) => {
    const src = `---\nformaat: veiligheidsplan/1\nperiode: 2024-2027\n---\n\n# P\n\n## Prioriteiten\n\n### 1. Woninginbraak\n\n#### Doelen\n\n| Doel | Indicator | Nulmeting | Streefwaarde | Bron |\n| --- | --- | ---: | ---: | --- |\n| Minder inbraken | Woninginbraken | 412 (2022) | ${target} | politie |\n`;
    const [d] = readDoelen(parse(src))[0]!.doelen;
    expect([d!.streefwaarde?.waarde, d!.streefwaarde?.jaar, d!.streefwaarde?.verandering, d!.streefwaarde?.eenheid]).toEqual([370.8, 2027, -0.1, undefined]);
    expect(parse(src).plan.themas[0]!.doelen![0]!.streefwaarde).toMatchObject({ tekst: target, waarde: 370.8, verandering: -0.1 });
    // 2025 of 2022–2027: the line asks 412 − 41,2 × 3/5 = 387,28; 385 is on course.
    const voortgang = [readVoortgang("---\nformaat: veiligheidsplan-voortgang/1\njaar: 2025\n---\n\n| Indicator | Waarde |\n| --- | ---: |\n| Woninginbraken | 385 |\n", "2025.voortgang")];
    const j = judge(d!, voortgang);
    expect(j.koers).toBe("opKoers");
    expect(j.verwacht).toBeCloseTo(387.28, 6);
  });

  it("keeps '-10%' beside a nulmeting in percent as written (it may mean ten points), and asks for a nulmeting where a change has none", () => {
    const src = (nul: string) => `---\nformaat: veiligheidsplan/1\nperiode: 2024-2027\n---\n\n# P\n\n## Prioriteiten\n\n### 1. Veiligheidsgevoel\n\n#### Doelen\n\n| Doel | Indicator | Nulmeting | Streefwaarde | Bron |\n| --- | --- | ---: | ---: | --- |\n| Veiliger gevoel | Voelt zich onveilig | ${nul} | 10% minder in 2027 | monitor |\n`;
    expect(readDoelen(parse(src("31% (2022)")))[0]!.doelen[0]!.streefwaarde).toMatchObject({ waarde: 10, eenheid: "%" });
    const found = lint(src(""), { today: "2025-06-01" }).diagnostics.filter((x) => x.ruleId === "kwaliteit-meetbare-doelen");
    expect(found.map((x) => x.messageId)).toEqual(["relatiefZonderNulmeting"]);
    expect(found[0]!.message).toContain("is een verandering ('10% minder in 2027')");
  });

  it("says what it cannot read in a voortgang file, and never throws", () => {
    expect(readVoortgang("geen tabel").problemen.map((p) => p.wat)).toEqual(["geenJaar", "geenTabel"]);
    expect(readVoortgang("---\njaar: 2025\n---\n| Indicator | Waarde |\n| - | - |\n| X | veel |\n").problemen).toEqual([{ regel: 5, wat: "onleesbaar", tekst: "veel" }]);
  });

  it("needs no 'jaar' when every row has its year (a Jaar column or a year in the value), and names it once when a row lacks one", () => {
    const withColumn = readVoortgang("| Indicator | Jaar | Waarde |\n| - | - | - |\n| X | 2024 | 3 |\n| X | 2025 | 4 |\n");
    expect(withColumn.problemen).toEqual([]);
    expect(withColumn.realisaties.map((r) => [r.jaar, r.waarde])).toEqual([
      [2024, 3],
      [2025, 4],
    ]);
    expect(readVoortgang("| Indicator | Waarde |\n| - | - |\n| X | 3,9 (2023) |\n").problemen).toEqual([]);
    const lacking = readVoortgang("| Indicator | Waarde |\n| - | - |\n| X | 3,9 (2023) |\n| Y | 4 |\n| Z | 5 |\n");
    expect(lacking.problemen).toEqual([{ regel: 0, wat: "geenJaar" }]);
    expect(lacking.realisaties.map((r) => r.indicator)).toEqual(["X"]);
  });
});

describe("one goals table for the whole plan", () => {
  const plan = (rows: string) => `---
formaat: veiligheidsplan/1
titel: Veilig
gemeente: Voorbeeldstad
periode: 2025-2028
---

# Veilig

## Prioriteiten

### 1. Ondermijning

Tekst.

### 2. Jeugd en veiligheid

#### Doelen

| Doel | Indicator | Streefwaarde |
| --- | --- | --- |
| Minder drinken | Scholieren die drinken | 25% (2028) |

### 3. Verkeer

Tekst.

## Bijlage: doelen en indicatoren

| Thema | Doel | Indicator | Streefwaarde 2028 |
| --- | --- | --- | --- |
${rows}
`;

  it("gives each theme the rows that name it, by title, by number or under a merged cell; a theme's own table comes first", () => {
    const p = parse(plan("| Aanpak ondermijning | Meer signalen | Signalen RIEC | 80 |\n| | Meer controles | Panden | 60 |\n| Thema 2 | Minder overlast | Meldingen | 150 |\n| Onbekend | Iets | Iets | 1 |"));
    const byTheme = readDoelen(p).map((d) => [d.theme.title, d.section.title, d.doelen.map((g) => [g.doel, g.streefwaarde?.waarde, g.streefwaarde?.jaar])]);
    expect(byTheme).toEqual([
      ["Ondermijning", "Bijlage: doelen en indicatoren", [["Meer signalen", 80, 2028], ["Meer controles", 60, 2028]]],
      ["Jeugd en veiligheid", "Doelen", [["Minder drinken", 25, 2028]]],
    ]);
    expect(p.plan.themas[0]!.doelen?.map((d) => d.indicator)).toEqual(["Signalen RIEC", "Panden"]);
  });
});
