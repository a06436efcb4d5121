/**
 * The Nijmegen plan 2022-2026 (examples/, transcribed from the published plan) as the parser and the
 * rules must read it: nine themes, the pillars, the legal basis, the budget with its published errors,
 * and what the linter says about it on a fixed day. The titles and amounts are the published plan's
 * (shared/seed), so a change in the parser or the rules that reads the real plan differently fails here.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { applyFixes, lint, parse, type Diagnostic } from "@veiligheidsplan/core";

const FILE = fileURLToPath(new URL("../../../examples/nijmegen-2022-2026.veiligheidsplan", import.meta.url));
const text = readFileSync(FILE, "utf8");
const TODAY = "2026-11-28";
const thousand = (n: number) => n * 100_000;

const THEMES: [number, string, "prioritair" | "kern"][] = [
  [1, "Ondermijning", "prioritair"],
  [2, "Veilige wijken", "prioritair"],
  [3, "Digitale criminaliteit", "prioritair"],
  [4, "Zorg & Veiligheid", "prioritair"],
  [5, "Jonge aanwas in de criminaliteit", "prioritair"],
  [6, "Polarisatie en maatschappelijke ontwrichting", "prioritair"],
  [7, "Openbare orde", "kern"],
  [8, "Veilige evenementen, horeca en markten", "kern"],
  [9, "Veilige fysieke leefomgeving", "kern"],
];

// The published table, in thousands of euros, with the themes each toelichting names.
const BUDGET: [string, number[], number[], boolean][] = [
  ["Aanpak multiproblematiek", [848, 570, 570, 374, 374], [4], false],
  ["Brandweerzorg", [4736, 15407, 15407, 15407, 15407], [9], false],
  ["Intelligence", [143, 129, 129, 30, 30], [], true],
  ["Jeugdbeschermingstafel", [-71, -71, -71, -71, -71], [4, 5], false],
  ["Ondermijning", [325, 58, 63, 166, 166], [1, 3], false],
  ["Openbare orde", [217, 100, 100, 100, 100], [7], false],
  ["Veilige evenementen en horeca", [262, 276, 276, 276, 276], [8], false],
  ["Veilige fysieke leefomgeving", [5, 5, 5, 5, 5], [9], false],
  ["Veilige wijken", [241, 582, 584, 585, 585], [2], false],
];
const TOTALS = [16848, 17198, 17205, 17014, 17014];

describe("the Nijmegen plan as parsed", () => {
  const { plan } = parse(text);

  it("has nine themes: 1-6 prioritair and 7-9 kern, with the published titles, each with an opgave and an ambitie", () => {
    expect(plan.themas.map((t) => [t.nummer, t.titel, t.soort])).toEqual(THEMES);
    for (const t of plan.themas) {
      expect(t.opgave.length, `opgave of ${t.titel}`).toBeGreaterThan(100);
      expect(t.ambitie.length, `ambitie of ${t.titel}`).toBeGreaterThan(100);
    }
  });

  it("has three pillars for themes 1, 2, 4 and 5, each elaborated", () => {
    const pillars = Object.fromEntries(plan.themas.filter((t) => t.pijlers.length > 0).map((t) => [t.nummer, t.pijlers.map((p) => p.titel)]));
    expect(pillars).toEqual({
      1: ["Een weerbare samenleving", "Een weerbare organisatie", "Bestuurlijke en integrale aanpak"],
      2: ["Voortzetting van de Veiliger Wijkteams", "Bewonersbetrokkenheid", "Samenwerking met sociaal en fysiek domein"],
      4: ["Preventie en vroeginterventie", "Maatwerk voor individu en wijk", "Bevorderen van samenwerking en ontdubbeling"],
      5: ["Jongeren in beeld krijgen en houden", "Zicht op jeugdcriminaliteit", "Doorontwikkeling van het netwerk"],
    });
    for (const t of plan.themas) for (const p of t.pijlers) expect(p.uitwerking.length, p.titel).toBeGreaterThan(100);
  });

  it("rests on art. 38b lid 1 Politiewet 2012 and art. 3a Wet veiligheidsregio's, resolved to their BWB ids", () => {
    expect(plan.metadata.grondslag.map((g) => [g.bwb, g.artikel, g.lid])).toEqual([
      ["BWBR0031788", "38b", 1],
      ["BWBR0027466", "3a", undefined],
    ]);
    expect(plan.metadata.grondslag[0]!.url).toBe("https://wetten.overheid.nl/jci1.3:c:BWBR0031788&artikel=38b&lid=1");
  });

  it("has the budget of nine deelproducten over 2022-2026 with the published amounts and totals, each linked to the themes its toelichting names", () => {
    const b = plan.begroting!;
    expect(b.eenheid.centenPerEenheid).toBe(thousand(1));
    expect(b.jaren).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(b.regels.map((r) => [r.deelproduct, r.bedragen, r.themas, r.alleThemas])).toEqual(
      BUDGET.map(([name, amounts, themas, alle]) => [name, amounts.map(thousand), themas, alle]),
    );
    expect(b.totalen).toEqual(TOTALS.map(thousand));
  });
});

describe("the Nijmegen plan as linted on 28 November 2026", () => {
  const result = lint(text, { today: TODAY, filePath: FILE });
  const totals = result.diagnostics.filter((d) => d.ruleId === "begroting-totalen");
  const byYear = (year: string) => totals.find((d) => d.data?.jaar === year)!;
  const suggestion = (d: Diagnostic, title: RegExp) => d.suggestions.find((s) => title.test(s.message));

  it("reports the budget as it is: five columns that do not add up, and nothing else as an error; the only warnings are goals that cannot be measured", () => {
    expect(totals.map((d) => [d.data?.jaar, d.severity])).toEqual(["2022", "2023", "2024", "2025", "2026"].map((y) => [y, "error"]));
    expect(result.errorCount).toBe(5);
    expect(result.diagnostics.filter((d) => d.severity === "warning").map((d) => `${d.ruleId}.${d.messageId}`)).toEqual(Array(6).fill("kwaliteit-meetbare-doelen.geenMeetbaarDoel"));
    expect(result.diagnostics.filter((d) => d.severity === "error" && d.ruleId !== "begroting-totalen")).toEqual([]);
  });

  it("explains 2022: the lines add up to 6.706 against 16.848, by Brandweerzorg 4.736 → 14.736 together with Jeugdbeschermingstafel -71 → 71", () => {
    const d = byYear("2022");
    expect(d.data).toMatchObject({ som: "6.706", totaal: "16.848", verschil: "10.142" });
    expect(d.message).toBe(
      "2022: de regels tellen op tot 6.706, maar het totaal is 16.848, een verschil van 10.142 (bedragen x € 1.000). Het verschil wordt precies verklaard door twee fouten samen: bij Jeugdbeschermingstafel staat -71 waar 71 bedoeld lijkt (omgekeerd teken, net als in 2023–2026), en bij Brandweerzorg staat 4.736 waar 14.736 bedoeld lijkt (een cijfer weggevallen).",
    );
    const both = suggestion(d, /Jeugdbeschermingstafel in 71 en Brandweerzorg in 14\.736/)!;
    // Each edit takes the whole cell, so that the cell keeps its width (the table stays aligned).
    expect(both.edits.map((e) => [text.slice(e.span.start, e.span.end), e.newText])).toEqual([
      ["    -71 ", "     71 "],
      ["  4.736 ", " 14.736 "],
    ]);
    // Where to look: the total, and the two cells.
    expect(d.related.map((r) => r.message)).toEqual(["het vermelde totaal voor 2022: 16.848", "Jeugdbeschermingstafel 2022: -71, bedoeld lijkt 71", "Brandweerzorg 2022: 4.736, bedoeld lijkt 14.736"]);
    expect(suggestion(d, /Zet het totaal voor 2022 op de som van de regels: 6\.706/)).toBeDefined();
  });

  it.each(["2023", "2024", "2025", "2026"])("explains %s: 142 short, by the sign of Jeugdbeschermingstafel", (year) => {
    const d = byYear(year);
    expect(d.data?.verschil).toBe("142");
    expect(d.message).toMatch(/Waarschijnlijke oorzaak: bij Jeugdbeschermingstafel staat -71 waar 71 bedoeld lijkt \(omgekeerd teken, net als in /);
    expect(suggestion(d, new RegExp(`Verander Jeugdbeschermingstafel ${year} van -71 in 71`))).toBeDefined();
    expect(suggestion(d, /Herstel Jeugdbeschermingstafel in alle jaren met dezelfde fout \(2022–2026\)/)!.edits).toHaveLength(5);
  });

  it("adds up once the explained causes are repaired, one offered suggestion after the other", () => {
    const d = byYear("2022");
    // Brandweerzorg alone would leave 2022 wrong, so it is not offered on its own before the sign is repaired.
    expect(suggestion(d, /Verander Brandweerzorg 2022 van 4\.736 in 14\.736/)).toBeUndefined();
    const signs = applyFixes(text, [suggestion(d, /alle jaren/)!]).output;
    const left = lint(signs, { today: TODAY }).diagnostics.filter((x) => x.ruleId === "begroting-totalen" && x.messageId === "verschil");
    expect(left.map((x) => x.data?.jaar)).toEqual(["2022"]);
    const repaired = applyFixes(signs, [left[0]!.suggestions.find((s) => /Verander Brandweerzorg 2022 van 4\.736 in 14\.736/.test(s.message))!]).output;
    expect(lint(repaired, { today: TODAY }).diagnostics.filter((x) => x.ruleId === "begroting-totalen")).toEqual([]);
  });

  it("says the plan is a college proposal of 18 October 2022 that the raad still has to adopt", () => {
    const d = result.diagnostics.find((x) => x.ruleId === "vaststelling")!;
    expect(d.severity).toBe("info");
    expect(d.message).toMatch(/^Dit plan is een voorstel van het college van burgemeester en wethouders van 18 oktober 2022; de gemeenteraad moet het nog vaststellen \(artikel 38b, eerste lid, Politiewet 2012 en artikel 3a Wet veiligheidsregio's\)\./);
    const en = lint(text, { today: TODAY, locale: "en" }).diagnostics.find((x) => x.ruleId === "vaststelling")!;
    expect(en.message).toMatch(/^This plan is a proposal by the college van burgemeester en wethouders of 18 October 2022; the gemeenteraad still has to adopt it/);
  });

  it("measures the period 2022-2026 against today: 33 days left on 28 November 2026, run out in 2027, quiet in 2024", () => {
    const d = result.diagnostics.find((x) => x.ruleId === "geldigheid")!;
    expect([d.severity, d.message]).toEqual([
      "info",
      "Dit plan loopt af op 31 december 2026 (het einde van de periode 2022-2026), over 33 dagen. Zorg dat de gemeenteraad vóór die datum een nieuw plan vaststelt (artikel 38b, eerste lid, Politiewet 2012).",
    ]);
    expect(text.slice(d.range.start.offset, d.range.end.offset)).toBe("2022-2026");
    const later = lint(text, { today: "2027-02-01" }).diagnostics.find((x) => x.ruleId === "geldigheid")!;
    expect([later.severity, later.message]).toEqual([
      "warning",
      "De periode van dit plan (2022-2026) is op 31 december 2026 afgelopen; vandaag is het 1 februari 2027. De gemeenteraad moet ten minste eenmaal in de vier jaar de doelen vaststellen (artikel 38b, eerste lid, Politiewet 2012): stel een nieuw plan op.",
    ]);
    expect(lint(text, { today: "2024-01-01" }).diagnostics.filter((x) => x.ruleId === "geldigheid")).toEqual([]);
  });

  it("reads every theme reference, pillar and citation in the plan without a finding", () => {
    for (const id of ["thema-verwijzingen", "pijlers", "thema-nummering", "opgave-ambitie", "wetsverwijzingen", "grondslag", "begroting-themas", "begroting-structuur", "metadata", "periode"]) {
      expect(result.diagnostics.filter((d) => d.ruleId === id).map((d) => d.message), id).toEqual([]);
    }
  });
});

describe("the Nijmegen plan against the kwaliteitstoets (the CCV checklist)", () => {
  const plan = text;
  const r = lint(plan, { filePath: FILE, today: TODAY });
  const kwaliteit = r.diagnostics.filter((d) => d.ruleId.startsWith("kwaliteit-"));
  const line = (d: (typeof kwaliteit)[number]) => plan.split("\n")[d.range.start.line]!;

  it("gets exactly the findings a reader of the plan can check for themselves", () => {
    expect(kwaliteit.map((d) => `${d.ruleId}.${d.messageId} ${d.severity}`)).toEqual([
      // Its reporting to the raad is complete (yearly Veiligheidsbrief to the gemeenteraad); an end evaluation is not named.
      "kwaliteit-monitoring.geenEindevaluatie info",
      // "De relatie met het Veiligheidsplan 2018-2022" says they looked at what can be better, not what it was.
      "kwaliteit-evaluatie.geenResultaten info",
      // Six of nine themes are prioritair.
      "kwaliteit-aantal-prioriteiten.teVeel info",
      // The analysis is the Veiligheidsbrief 2022 and a Platform31 trend study, referred to, not included.
      "kwaliteit-veiligheidsanalyse.analyseElders info",
      "kwaliteit-afkortingen.onverklaard info",
      "kwaliteit-afkortingen.onverklaard info",
      "kwaliteit-meetbare-doelen.geenMeetbaarDoel warning",
      "kwaliteit-meetbare-doelen.geenMeetbaarDoel warning",
      "kwaliteit-meetbare-doelen.geenMeetbaarDoel warning",
      // "Ons doel is: preventie." names a means.
      "kwaliteit-meetbare-doelen.middel info",
      "kwaliteit-meetbare-doelen.geenMeetbaarDoel warning",
      "kwaliteit-meetbare-doelen.geenMeetbaarDoel warning",
      // Polarisatie is funded only through Intelligence, the line for all themes.
      "kwaliteit-keten.alleenAlleThemas info",
      "kwaliteit-meetbare-doelen.geenMeetbaarDoel warning",
    ]);
  });

  it("points at the sentence or heading each finding is about", () => {
    const at = (id: string) => kwaliteit.filter((d) => `${d.ruleId}.${d.messageId}` === id).map(line);
    expect(at("kwaliteit-meetbare-doelen.middel")).toEqual(["Ons doel is: preventie. De lokale overheid kan hierbij tijdelijk een aanjaagfunctie vervullen met als belangrijkste doelgroepen: jeugd, ouderen en kleine en middelgrote ondernemers. Uit onderzoeken, ook in Nijmegen, blijkt dat dit de gebruikers zijn die online het hoogste risico lopen. Het versterken van risicobewustzijn en handelingsperspectief zijn de speerpunten van een preventieve aanpak op maat. Daarbij kunnen we volop gebruikmaken van initiatieven en programma’s die reeds op de markt zijn."]);
    expect(at("kwaliteit-keten.alleenAlleThemas")).toEqual(["### 6. Polarisatie en maatschappelijke ontwrichting"]);
    expect(at("kwaliteit-afkortingen.onverklaard").map((l) => l.slice(0, 30))).toEqual(Array(2).fill("In de Veiligheidsbrief 2022 (o"));
    expect(kwaliteit.filter((d) => d.messageId === "onverklaard").map((d) => d.data?.afkorting)).toEqual(["G40", "M50"]);
    expect(at("kwaliteit-evaluatie.geenResultaten")).toEqual(["### De relatie met het Veiligheidsplan 2018-2022 ‘De weerbare stad’"]);
    // No veld of Kernbeleid Veiligheid is left uncovered, and the monitoring sentence is found.
    expect(kwaliteit.some((d) => d.ruleId === "kwaliteit-veiligheidsvelden" || d.messageId === "geenMonitoring" || d.messageId === "onvolledig")).toBe(false);
  });
});

