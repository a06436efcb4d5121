/**
 * Theme headings as published plans number them (issue 14): a section number before the theme's own
 * ("3.1 Prioriteit 1: …", "4.2 Jeugd en veiligheid", Heuvelland) belongs to the document, and a section
 * "Strategische thema's" after one named for the priorities holds the other themes.
 */
import { describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";

const plan = (body: string) => `---\nformaat: veiligheidsplan/1\ntitel: Veilig\ngemeente: Voorbeeldstad\nperiode: 2025-2028\nstatus: concept\n---\n\n# Veilig\n\n${body}`;
const themes = (body: string) => parse(plan(body)).themes.map((t) => ({ soort: t.soort, nummer: t.nummer, woord: t.numberWord, titel: t.title }));

describe("theme headings with a section number", () => {
  it("reads 'Prioriteit 1' after a section number, and a plain title after one", () => {
    expect(themes("## 3. Bovenlokale prioriteiten\n\n### 3.1 Prioriteit 1: Zorg en veiligheid\n\nTekst.\n\n### 3.2 Prioriteit 2: Ondermijning\n\nTekst.\n\n## 4. Strategische thema's\n\n### 4.1 Veilige kernen\n\nTekst.\n")).toEqual([
      { soort: "prioritair", nummer: 1, woord: "Prioriteit", titel: "Zorg en veiligheid" },
      { soort: "prioritair", nummer: 2, woord: "Prioriteit", titel: "Ondermijning" },
      { soort: "kern", nummer: undefined, woord: undefined, titel: "Veilige kernen" },
    ]);
  });

  it("keeps 'Strategische thema's' as the priorities when no section is named for them", () => {
    expect(themes("## Strategische thema's\n\n### 1. Ondermijning\n\nTekst.\n\n## Overige thema's\n\n### Verkeer\n\nTekst.\n").map((t) => t.soort)).toEqual(["prioritair", "kern"]);
  });

  it("leaves a heading with a plain number as it was ('1. Ondermijning')", () => {
    expect(themes("## Prioritaire thema's\n\n### 1. Ondermijning\n\nTekst.\n")).toEqual([{ soort: "prioritair", nummer: 1, woord: undefined, titel: "Ondermijning" }]);
  });

  it.each(["Prioriteiten 2027-2030", "Onze prioriteiten voor 2027–2030", "Kernthema's 2027 t/m 2030", "Speerpunten voor de periode 2027-2030", "Veiligheidsprioriteiten", "Lokale veiligheidsprioriteiten", "Prioriteiten en ambities", "Speerpunten en doelen"])("reads '%s' (other words, the plan's period after them) as the section of themes", (heading) => {
    const found = themes(`## ${heading}\n\n### 1. Ondermijning\n\nTekst.\n\n### 2. Jeugd\n\nTekst.\n`);
    expect(found.map((t) => [t.soort, t.nummer, t.titel])).toEqual([
      [heading.startsWith("Kern") ? "kern" : "prioritair", 1, "Ondermijning"],
      [heading.startsWith("Kern") ? "kern" : "prioritair", 2, "Jeugd"],
    ]);
  });

  it("takes the title after a number in words ('Prioriteit twee: …', 'Eerste speerpunt: …')", () => {
    const body = "## Prioriteiten\n\n### Prioriteit één: Woninginbraak\n\nTekst.\n\n### Tweede speerpunt – Ondermijning\n\nTekst.\n";
    expect(themes(body).map((t) => t.titel)).toEqual(["Woninginbraak", "Ondermijning"]);
  });

  it("does not take a section about the priorities for one of them (Valkenswaard's layout)", () => {
    const body = "## Prioriteiten\n\n### Prioriteiten Regionaal Veiligheidsplan 2025-2028\n\nDe regio kiest.\n\n### Inleiding\n\nTekst.\n\n### Prioriteit 1: Veilige woonomgeving\n\nTekst.\n\n### Prioriteit 2: Zorg en veiligheid\n\nTekst.\n";
    expect(themes(body).map((t) => `${t.woord} ${t.nummer}: ${t.titel}`)).toEqual(["Prioriteit 1: Veilige woonomgeving", "Prioriteit 2: Zorg en veiligheid"]);
  });

  it("reads a chapter named 'Hoofdstuk 2: Prioriteiten' (or 'Deel III – Overige thema's') as the number it is", () => {
    const body = "## Hoofdstuk 2: Prioriteiten\n\n### 2.1 Ondermijning\n\nTekst.\n\n## Deel III – Overige thema's\n\n### Verkeer\n\nTekst.\n";
    expect(themes(body).map((t) => [t.soort, t.titel])).toEqual([
      ["prioritair", "Ondermijning"],
      ["kern", "Verkeer"],
    ]);
  });
});

describe("themes as chapters whose sections ask the begroting's questions", () => {
  it("reads each chapter as a theme, the questions as its opgave and ambitie", () => {
    const body =
      "## 1. Inleiding\n\nTekst.\n\n## 2. Veilige woonomgeving\n\n### 2.1 Wat speelt er?\n\nVeel inbraken.\n\n### 2.2 Wat willen we bereiken?\n\nMinder inbraken.\n\n### 2.3 Wat gaan we daarvoor doen?\n\nBuurtpreventie.\n\n" +
      "## 3. Jeugd\n\n### 3.1 Waar staan we nu?\n\nOverlast.\n\n### 3.2 Waar willen we naartoe?\n\nMinder overlast.\n\n## 4. Organisatie\n\nTekst.\n";
    const p = parse(plan(body));
    expect(p.themes.map((t) => [t.title, t.opgave?.title, t.ambitie?.title])).toEqual([
      ["Veilige woonomgeving", "2.1 Wat speelt er?", "2.2 Wat willen we bereiken?"],
      ["Jeugd", "3.1 Waar staan we nu?", "3.2 Waar willen we naartoe?"],
    ]);
  });
});

describe("the words plans use for opgave and ambitie", () => {
  it.each([["Probleemanalyse", "Doelstelling"], ["Analyse", "Doelstellingen"], ["Opgave", "Doel"], ["Wat is het probleem?", "Doelen"], ["Wat zien we?", "Wat willen we?"], ["Probleemschets", "Beoogd maatschappelijk effect"], ["Huidige situatie", "Gewenste situatie"], ["Probleembeschrijving", "Beoogde resultaten"], ["Situatie", "Streefbeeld"]])("'%s' and '%s'", (opgave, ambitie) => {
    const p = parse(plan(`## Speerpunten\n\n### 4.1 Speerpunt 1 – Ondermijning\n\n#### ${opgave}\n\nDrugs in schuren.\n\n#### ${ambitie}\n\nIn 2027 controleren we 60 schuren.\n`));
    expect(p.themes.map((t) => [t.title, t.opgave?.title, t.ambitie?.title])).toEqual([["Ondermijning", opgave, ambitie]]);
  });
});

describe("a plan set out by the five veiligheidsvelden (Kernbeleid Veiligheid)", () => {
  const velden = (mark: string) =>
    `## 3. Veilige woon- en leefomgeving\n\n### 3.1 Woninginbraak${mark}\n\n#### Opgave\n\nVeel inbraken.\n\n#### Ambitie\n\nIn 2028 minder dan 70.\n\n### 3.2 Overlast\n\nTekst.\n\n` +
    `## 4. Bedrijvigheid en veiligheid\n\n### 4.1 Veilig uitgaan\n\nTekst.\n\n## 5. Jeugd en veiligheid\n\n### 5.1 Jeugdoverlast${mark}\n\nTekst.\n\n## 6. Organisatie\n\nTekst.\n`;

  it("reads each veld's sections as its themes, those marked '(prioriteit)' as the priorities, without the mark in their title", () => {
    const p = parse(plan(velden(" (prioriteit)")));
    expect(p.themes.map((t) => [t.title, t.soort])).toEqual([
      ["Woninginbraak", "prioritair"],
      ["Overlast", "kern"],
      ["Veilig uitgaan", "kern"],
      ["Jeugdoverlast", "prioritair"],
    ]);
    expect(p.themes[0]!.opgave?.title).toBe("Opgave");
    expect(p.themeContainers.map((c) => c.section.title)).toEqual(["3. Veilige woon- en leefomgeving", "4. Bedrijvigheid en veiligheid", "5. Jeugd en veiligheid"]);
  });

  it("takes every theme for a priority when none is marked", () => {
    expect(parse(plan(velden(""))).themes.map((t) => t.soort)).toEqual(["prioritair", "prioritair", "prioritair", "prioritair"]);
  });

  it("needs three velden: two chapters so named are chapters like any other", () => {
    const two = "## Jeugd en veiligheid\n\n### Alcohol\n\nTekst.\n\n## Fysieke veiligheid\n\n### Brand\n\nTekst.\n";
    expect(parse(plan(two)).themeStructure).toBe("none");
  });
});

describe("a theme's title without what the plan numbers or names it with", () => {
  it.each([
    ["Prioriteit: Ondermijning", "Ondermijning"],
    ["Prioriteit B – Ondermijning", "Ondermijning"],
    ["II. Ondermijning", "Ondermijning"],
    ["Speerpunt IV: Ondermijning", "Ondermijning"],
    ["A. Ondermijning", "Ondermijning"],
    ["E-handhaving", "E-handhaving"],
    ["Drugs: productie en handel", "Drugs: productie en handel"],
  ])("'%s' is the theme '%s', without a number", (heading, title) => {
    const p = parse(plan(`## Prioriteiten\n\n### ${heading}\n\nTekst.\n`));
    expect(p.themes.map((t) => [t.title, t.nummer])).toEqual([[title, undefined]]);
  });
});
