/**
 * The importer on documents laid out the way published plans are, not the way Nijmegen's is: a joint
 * plan's PDF text (title page listing the municipalities, a table of contents with page numbers,
 * running headers, chapters numbered "3." with sections "3.1 Prioriteit 1: …"), and a council
 * decision as the official publication (CVDR) prints it ("De raad van de gemeente …; gelezen het
 * voorstel … d.d. …; besluit: …", "Vastgesteld in de openbare vergadering van …"). The prose is
 * written for these tests; the layouts follow published plans (../shared/research/quality.md).
 */
import { describe, expect, it } from "vitest";
import { lint, parse } from "@veiligheidsplan/core";
import { importDocument } from "@veiligheidsplan/core/import";
import { makePdf } from "./documents.js";
import { unaccountedWords } from "./support.js";

/** Imports `source` as text: its headings are `expected`, and none of its words is lost. */
async function importsWithHeadings(source: string, expected: readonly string[]): Promise<Awaited<ReturnType<typeof importText>>> {
  const r = await importText(source);
  expect(headings(r.text)).toEqual(expected);
  expect(unaccountedWords(source, r.text, r.notes)).toEqual([]);
  return r;
}

const importText = (text: string) => importDocument(new TextEncoder().encode(text), { fileName: "plan.txt" });
const headings = (plan: string) => plan.split("\n").filter((l) => /^#{1,6} /.test(l));

/** Pages as a PDF's text layer gives them: a form feed between pages, a running header and a page number on each. */
function pdfText(pages: readonly string[]): string {
  return pages.map((p, i) => `Integraal Veiligheidsplan Heuvelrand 2024-2027\n\n${p.trim()}\n\n${i + 1}`).join("\n\f");
}

const JOINT = pdfText([
  `Integraal Veiligheidsplan Heuvelrand 2024-2027

gemeente Gulpen-Wittem gemeente Meerssen gemeente Vaals

gemeente Valkenburg aan de Geul

Maart 2024`,
  `Inhoudsopgave

1. Inleiding 3

2. Veiligheidsbeeld 3

3. Bovenlokale prioriteiten 4

3.1 Prioriteit 1: Zorg en veiligheid verbinden 4 3.2 Prioriteit 2: Ondermijning tegengaan 4

4. Strategische thema’s 5

4.1 Veilige kernen 5

4.2 Jeugd en veiligheid 5

5. Sturing en verantwoording 6`,
  `1. Inleiding

Dit is het gezamenlijke veiligheidsplan van de gemeenten Gulpen-Wittem, Meerssen, Vaals en Valkenburg aan de Geul voor de jaren 2024 tot en met 2027. De vier gemeenteraden stellen het elk vast, op grond van artikel 38b, eerste lid, Politiewet 2012.

2. Veiligheidsbeeld

Volgens de politie daalde het aantal woninginbraken tussen 2020 en 2023. Uit de Veiligheidsmonitor blijkt dat een op de zeven inwoners zich weleens onveilig voelt in de eigen buurt.`,
  `3. Bovenlokale prioriteiten

3.1 Prioriteit 1: Zorg en veiligheid verbinden

Inwoners met verward gedrag krijgen sneller passende zorg. In 2027 worden 90% van de meldingen binnen een week opgepakt.

3.2 Prioriteit 2: Ondermijning tegengaan

We willen dat in 2027 het aantal meldingen van ondermijning met 25% is gestegen, omdat meer signalen worden herkend.`,
  `4. Strategische thema’s

4.1 Veilige kernen

Bewoners kennen hun wijkagent en hun boa.

4.2 Jeugd en veiligheid

Jongeren die overlast geven worden snel begeleid.`,
  `5. Sturing en verantwoording

Jaarlijks informeren we de vier gemeenteraden met een veiligheidsrapportage over de voortgang. Aan het einde van de planperiode evalueren we dit plan.`,
]);

describe("a joint plan's PDF text: title page, table of contents, running headers, numbered sections", () => {
  it("finds the title and every municipality, and writes a joint plan", async () => {
    const r = await importText(JOINT);
    const m = parse(r.text).plan.metadata;
    expect(m.titel).toBe("Integraal Veiligheidsplan Heuvelrand 2024-2027");
    expect(m.gemeenten?.map((g) => g.naam)).toEqual(["Gulpen-Wittem", "Meerssen", "Vaals", "Valkenburg aan de Geul"]);
    expect(m.periode).toMatchObject({ van: 2024, tot: 2027 });
  });

  it("nests sections under their chapter by their numbers, so the priorities are themes", async () => {
    const r = await importText(JOINT);
    const p = parse(r.text);
    expect(p.themes.map((t) => [t.title, t.soort])).toEqual([
      ["Zorg en veiligheid verbinden", "prioritair"],
      ["Ondermijning tegengaan", "prioritair"],
      ["Veilige kernen", "kern"],
      ["Jeugd en veiligheid", "kern"],
    ]);
    expect(headings(r.text)).toContain("### 3.1 Prioriteit 1: Zorg en veiligheid verbinden");
    expect(headings(r.text)).toContain("## 5. Sturing en verantwoording");
  });

  it("keeps the table of contents as one list without page numbers, not as a second set of headings", async () => {
    const r = await importText(JOINT);
    expect(headings(r.text).filter((h) => /Inleiding/.test(h))).toEqual(["## 1. Inleiding"]);
    expect(r.text).toContain("- 3.1 Prioriteit 1: Zorg en veiligheid verbinden\n- 3.2 Prioriteit 2: Ondermijning tegengaan\n");
    expect(r.notes.filter((n) => n.messageId === "import.inhoudsopgave")).toHaveLength(9);
  });

  it("leaves out the running headers and page numbers, and loses no other word", async () => {
    const r = await importText(JOINT);
    expect(r.text.match(/Integraal Veiligheidsplan Heuvelrand 2024-2027/g)).toHaveLength(2);
    expect(unaccountedWords(JOINT, r.text, r.notes)).toEqual([]);
  });

  it("lints without a finding about its structure", async () => {
    const r = await importText(JOINT);
    const rules = lint(r.text, { today: "2026-12-07" }).diagnostics.map((d) => d.ruleId);
    expect(rules).not.toContain("thema-nummering");
    expect(rules).not.toContain("metadata");
    expect(rules.filter((rule) => rule === "grondslag")).toHaveLength(1); // only the info on art. 3a Wvr
  });
});

const DECISION = `Integraal Veiligheidsplan gemeente Land van Cuijk 2023-2026

Intitulé

De raad van de gemeente Land van Cuijk;

gelezen het voorstel van burgemeester en wethouders d.d. 21 februari 2023;

gelet op artikel 38b Politiewet 2012;

besluit:

vast te stellen het Integraal Veiligheidsplan gemeente Land van Cuijk 2023-2026.

1. Inleiding

1.1. Waarom een nieuw plan

De gemeente Land van Cuijk is in 2022 ontstaan uit vijf gemeenten. Dit is haar eerste veiligheidsplan.

2. Prioriteiten

2.1. Ondermijning

We zien meer signalen van ondermijning in het buitengebied.

2.2. Zorg en veiligheid

Inwoners met verward gedrag krijgen sneller hulp.

3. Overige thema's

3.1. Verkeersveiligheid

Rond scholen rijden auto's te hard.

Ondertekening

Aldus vastgesteld in de openbare vergadering van 25 mei 2023.

De griffier,

De voorzitter,
`;

describe("a council decision as the official publication prints it", () => {
  it("reads the municipality (a name with 'van' in it), the proposal and the adoption", async () => {
    const r = await importText(DECISION);
    const m = parse(r.text).plan.metadata;
    expect([m.gemeente, m.status, m.voorgesteld?.datum, m.vastgesteld?.datum, m.vastgesteld?.door]).toEqual(["Land van Cuijk", "vastgesteld", "2023-02-21", "2023-05-25", "gemeenteraad"]);
  });

  it("finds the priorities and the other themes under their numbered chapters", async () => {
    const r = await importText(DECISION);
    expect(parse(r.text).themes.map((t) => [t.title, t.soort])).toEqual([
      ["Ondermijning", "prioritair"],
      ["Zorg en veiligheid", "prioritair"],
      ["Verkeersveiligheid", "kern"],
    ]);
    expect(unaccountedWords(DECISION, r.text, r.notes)).toEqual([]);
  });
});

describe("municipality names as documents write them", () => {
  it.each([
    ["Land van Cuijk"],
    ["Son en Breugel"],
    ["Alphen aan den Rijn"],
    ["Capelle aan den IJssel"],
    ["Wijk bij Duurstede"],
    ["'s-Hertogenbosch"],
    ["De Ronde Venen"],
    ["West Betuwe"],
    ["Súdwest-Fryslân"],
    ["Bergen op Zoom"],
  ])("%s", async (naam) => {
    const text = `Samen veilig\n\nIntegraal Veiligheidsplan gemeente ${naam} 2025-2028\n\n1. Inleiding\n\nDe gemeente ${naam} Integraal werkt samen met de politie en de gemeente ${naam} en Veiligheidsregio Brabant.\n`;
    const r = await importText(text);
    expect(parse(r.text).plan.metadata.gemeente).toBe(naam);
  });

  it("reads the municipality from the council that adopted the plan ('de gemeenteraad van Rivierenland-Oost')", async () => {
    const text = "Integraal Veiligheidsplan Rivierenland-Oost 2025-2028\n\nVastgesteld door de gemeenteraad van Rivierenland-Oost op 3 april 2025.\n\n1. Inleiding\n\nVeiligheid maken we samen.\n";
    const r = await importText(text);
    expect(parse(r.text).plan.metadata.gemeente).toBe("Rivierenland-Oost");
    expect(r.notes.find((n) => n.messageId === "import.gemeente")?.data.bron).toBe("gemeenteraad van Rivierenland-Oost");
  });
});

describe("headings set directly above their text (copied out of a PDF)", () => {
  const copied = `Samen veilig in Vechtstreek

1. Inleiding
Dit plan beschrijft hoe we de komende jaren werken aan veiligheid.
2. Prioriteiten
2.1 Ondermijning
We pakken ondermijning samen met onze partners aan.
Onze aanpak kent drie sporen:
1. Preventie
2. Signalering
3. Handhaving
2.2 Jeugd
Jongeren krijgen perspectief.
3. Organisatie
Jaarlijks informeren we de raad.
`;

  it("reads numbered headings above their text as headings, nested by their numbers", async () => {
    const r = await importText(copied);
    expect(headings(r.text)).toEqual(["# Samen veilig in Vechtstreek", "## 1. Inleiding", "## 2. Prioriteiten", "### 2.1 Ondermijning", "### 2.2 Jeugd", "## 3. Organisatie"]);
  });

  it("keeps a numbered item wrapped at the line's end an item, even when its next line starts with a capital", async () => {
    // Set in a narrow column, as OCR of a two-column page gives it: about 40 characters a line.
    const wrapped = "Samen veilig in Vechtstreek\n\n1. Inleiding\nOnze doelen voor de komende vier jaar\nzijn in het kort de volgende:\n1. Wij willen dat alle inwoners van\nGemeente Vechtstreek zich veilig voelen.\n2. Minder jongeren komen in aanraking\nmet de politie en het OM.\n";
    const r = await importText(wrapped);
    expect(headings(r.text)).toEqual(["# Samen veilig in Vechtstreek", "## 1. Inleiding"]);
    expect(r.text).toContain("1. Wij willen dat alle inwoners van Gemeente Vechtstreek zich veilig voelen.");
  });

  it("keeps a run of short numbered lines with nothing under them a list", async () => {
    const r = await importText(copied);
    expect(r.text).toContain("1. Preventie\n2. Signalering\n3. Handhaving");
    expect(unaccountedWords(copied, r.text, r.notes)).toEqual([]);
  });
});

describe("themes answering the begroting's three questions, headings as questions", () => {
  // Each veiligheidsveld a chapter, its sections "Wat willen we bereiken?", "Wat gaan we daarvoor
  // doen?", "Wat mag het kosten?" (the programmabegroting's questions), set directly above their text.
  const threeQuestions = `Integraal Veiligheidsbeleid 2025-2028
Gemeente Oosterwolde-Zuid

1. Inleiding
Dit beleid beschrijft welke doelen de raad stelt voor de lokale veiligheid.
2. Veilige woon- en leefomgeving
2.1 Wat willen we bereiken?
In 2028 voelt ten minste 85 procent van de inwoners zich veilig in de eigen buurt.
2.2 Wat gaan we daarvoor doen?
We versterken de wijkaanpak met de wijkagent en de boa's.
2.3 Wat mag het kosten?
Voor dit veld is jaarlijks € 120.000 beschikbaar.
3. Bedrijvigheid en veiligheid
3.1 Wat willen we bereiken?
Het aantal bedrijfsinbraken daalt tot 2028 met 10 procent ten opzichte van 2024.
3.2 Wat gaan we daarvoor doen?
We voeren het Keurmerk Veilig Ondernemen in op de bedrijventerreinen.
3.3 Wat mag het kosten?
Hiervoor is € 40.000 per jaar beschikbaar.
Waarom is dat nodig en wat levert het de ondernemers in de gemeente uiteindelijk op na vier jaar?
Minder schade en minder uitval.
`;

  it("reads short questions as headings, and a long question as a sentence", async () => {
    await importsWithHeadings(threeQuestions, [
      "# Integraal Veiligheidsbeleid 2025-2028",
      "## 1. Inleiding",
      "## 2. Veilige woon- en leefomgeving",
      "### 2.1 Wat willen we bereiken?",
      "### 2.2 Wat gaan we daarvoor doen?",
      "### 2.3 Wat mag het kosten?",
      "## 3. Bedrijvigheid en veiligheid",
      "### 3.1 Wat willen we bereiken?",
      "### 3.2 Wat gaan we daarvoor doen?",
      "### 3.3 Wat mag het kosten?",
    ]);
  });

  it("finds the chapters as themes with their goals and money, so the goal and budget checks run and pass", async () => {
    const r = await importText(threeQuestions);
    const plan = parse(r.text);
    expect(plan.themes.map((t) => t.title)).toEqual(["Veilige woon- en leefomgeving", "Bedrijvigheid en veiligheid"]);
    const ids = lint(r.text, { today: "2026-12-07" }).diagnostics.map((d) => d.ruleId);
    expect(ids).not.toContain("thema-nummering");
    expect(ids).not.toContain("kwaliteit-meetbare-doelen");
    expect(ids).not.toContain("kwaliteit-keten");
  });
});

describe("joint plans named in the opening text, and cooperation that is not one", () => {
  const opening = (sentence: string) => `Samen veilig 2023-2026\n\n1. Inleiding\n\n${sentence}\n\n2. Prioriteiten\n\n2.1 Ondermijning\n\nWe pakken het aan.\n`;

  it.each([
    ["De gemeenteraden van Baarn, Eemnes, Soest, Bunschoten en De Bilt hebben ingestemd met dit Integraal Veiligheidsplan.", ["Baarn", "Eemnes", "Soest", "Bunschoten", "De Bilt"]],
    ["Dit is het gezamenlijke plan van de gemeenten Oss, Maashorst en Land van Cuijk.", ["Oss", "Maashorst", "Land van Cuijk"]],
  ])("%s", async (sentence, names) => {
    const r = await importText(opening(sentence));
    expect(parse(r.text).plan.metadata.gemeenten?.map((g) => g.naam)).toEqual(names);
  });

  it.each([
    ["in one sentence", "Het plan is vastgesteld door de gemeenteraden van Baarn (1 juli 2023), Eemnes (4 juli 2023) en Soest (6 juli 2023)."],
    ["sentence by sentence", "De raad van Baarn stelde het plan vast op 1 juli 2023. De raad van Eemnes stelde het vast op 4 juli 2023, die van Soest op 6 juli 2023."],
    ["in a table", "Vaststelling per gemeente:\n\nGemeente Datum vaststelling\nBaarn 1-7-2023\nEemnes 4-7-2023\nSoest 6-7-2023"],
  ])("takes each council's own adoption date (%s)", async (_, decisions) => {
    const r = await importText(opening(`Dit is het gezamenlijke veiligheidsplan van de gemeenten Baarn, Eemnes en Soest.\n\n${decisions}`));
    const m = parse(r.text).plan.metadata;
    expect(m.gemeenten?.map((g) => [g.naam, g.vastgesteld?.door, g.vastgesteld?.datum])).toEqual([
      ["Baarn", "gemeenteraad", "2023-07-01"],
      ["Eemnes", "gemeenteraad", "2023-07-04"],
      ["Soest", "gemeenteraad", "2023-07-06"],
    ]);
    expect(m.status).toBe("vastgesteld");
  });

  it("takes each council's own adoption date from a table of decisions (HTML)", async () => {
    const html = `<html><body><h1>Samen veilig 2023-2026</h1><h2>1. Inleiding</h2><p>Dit is het gezamenlijke veiligheidsplan van de gemeenten Baarn, Eemnes en Soest.</p><table><tr><th>Gemeente</th><th>Raadsbesluit</th></tr><tr><td>Baarn</td><td>1 juli 2023</td></tr><tr><td>Eemnes</td><td>4 juli 2023</td></tr><tr><td>Soest</td><td>6 juli 2023</td></tr></table><h2>2. Prioriteiten</h2><h3>2.1 Ondermijning</h3><p>We pakken het aan.</p></body></html>`;
    const r = await importDocument(new TextEncoder().encode(html), { fileName: "plan.html" });
    expect(parse(r.text).plan.metadata.gemeenten?.map((g) => [g.naam, g.vastgesteld?.datum])).toEqual([
      ["Baarn", "2023-07-01"],
      ["Eemnes", "2023-07-04"],
      ["Soest", "2023-07-06"],
    ]);
  });

  it("a single plan that works together with other municipalities stays a single plan", async () => {
    const r = await importText(opening("De gemeente Wijchen werkt samen met de gemeenten Nijmegen en Beuningen aan veiligheid. De gemeente Wijchen kiest haar eigen prioriteiten."));
    const m = parse(r.text).plan.metadata;
    expect([m.gemeente, m.gemeenten]).toEqual(["Wijchen", undefined]);
  });
});

describe("a plan saved from the official publication (CVDR), whose decision date is only in its frame", () => {
  const saved = `Son en Breugel

Integraal Veiligheidsplan 2023 – 2026 Gemeente Son en Breugel

Wetstechnische informatie

Gegevens van de regeling
OrganisatieSon en Breugel
OrganisatietypeGemeente
Officiële naam regelingIntegraal Veiligheidsplan 2023 – 2026 Gemeente Son en Breugel
Citeertitel
Vastgesteld doorgemeenteraad
Onderwerpopenbare orde en veiligheid

Overzicht van in de tekst verwerkte wijzigingen

Datum inwerkingtreding

Terugwerkende kracht tot en met

Datum uitwerkingtreding

Betreft

Datum ondertekening

Bron bekendmaking

Kenmerk voorstel

01-02-2023Nieuwe regeling

19-01-2023

gmb-2023-50001

1360001

Tekst van de regeling

Intitulé

Integraal Veiligheidsplan 2023 – 2026 Gemeente Son en Breugel

Voorwoord

Veiligheid maken we samen met onze inwoners en partners. Dit plan zegt waar we de komende vier jaar op inzetten.
`;

  it("takes the municipality from 'Organisatie' and the adoption from 'Vastgesteld door' and 'Datum ondertekening'", async () => {
    const r = await importText(saved);
    const m = parse(r.text).plan.metadata;
    expect([m.titel, m.gemeente, m.status, m.vastgesteld?.door, m.vastgesteld?.datum]).toEqual(["Integraal Veiligheidsplan 2023 – 2026 Gemeente Son en Breugel", "Son en Breugel", "vastgesteld", "gemeenteraad", "2023-01-19"]);
    expect(m.periode).toMatchObject({ van: 2023, tot: 2026 });
  });

  it.each(["nieuw beleid", "nieuw beleidsplan", "Vaststelling integraal veiligheidsplan"])("reads the signing date whatever the decision is said to be ('Betreft': %s)", async (betreft) => {
    const r = await importText(saved.replace("01-02-2023Nieuwe regeling", `01-02-2023${betreft}`));
    expect(parse(r.text).plan.metadata.vastgesteld).toEqual({ door: "gemeenteraad", datum: "2023-01-19" });
  });

  it("keeps who adopted it when the frame's dates cannot be read, and asks for the date", async () => {
    const r = await importText(saved.replace("19-01-2023\n", "\n"));
    const m = parse(r.text).plan.metadata;
    expect([m.status, m.vastgesteld?.door, m.vastgesteld?.datum]).toEqual(["vastgesteld", "gemeenteraad", undefined]);
    expect(r.notes.map((n) => n.messageId)).toContain("import.vastgesteldBesluit");
  });

  it("says in its report who adopted it as the frame says, the college too", async () => {
    const r = await importText(saved.replace("Vastgesteld doorgemeenteraad", "Vastgesteld doorcollege van burgemeester en wethouders"));
    expect(parse(r.text).plan.metadata.vastgesteld?.door).toBe("college van burgemeester en wethouders");
    expect(r.notes.find((n) => n.messageId === "import.vastgesteld")?.data).toMatchObject({ wie: "het college van burgemeester en wethouders", datum: "2023-01-19" });
  });

  it("keeps the publication's frame as a comment at the top, not as chapters of the plan", async () => {
    const r = await importText(saved);
    expect(headings(r.text)).toEqual(["# Integraal Veiligheidsplan 2023 – 2026 Gemeente Son en Breugel", "## Integraal Veiligheidsplan 2023 – 2026 Gemeente Son en Breugel", "## Voorwoord"]);
    expect(r.text).toMatch(/<!-- uit de publicatie:\n[\s\S]*Datum ondertekening[\s\S]*Intitulé\n-->/);
    expect(unaccountedWords(saved, r.text, r.notes)).toEqual([]);
  });
});

describe("a plan saved from the regeling's page on lokaleregelgeving.overheid.nl (its frame without 'Gegevens van de regeling')", () => {
  const page = (top: string) => `${top}

Integraal Veiligheidsbeleid Voorbeeldstad 2025-2028

Geldend van 21-02-2025 t/m heden

Intitulé

Integraal Veiligheidsbeleid Voorbeeldstad 2025-2028

Voorwoord

Voorbeeldstad moet een gemeente zijn waar inwoners veilig zijn en zich veilig voelen. Hierin leest u de prioriteiten voor de periode 2025-2028.
`;

  it.each([
    ["Permanente link\n\nNaar de actuele versie van de regeling\n\nhttp://lokaleregelgeving.overheid.nl/CVDR000001\n\nNaar de door u bekeken versie\n\nhttp://lokaleregelgeving.overheid.nl/CVDR000001/1"],
    ["Regeling vervallen per 01-01-2029"],
  ])("takes the regeling's name as the title, not the page's first line (%#), and keeps the frame as a comment", async (top) => {
    const r = await importText(page(top));
    const m = parse(r.text).plan.metadata;
    expect([m.titel, m.gemeente, m.periode?.van, m.periode?.tot]).toEqual(["Integraal Veiligheidsbeleid Voorbeeldstad 2025-2028", "Voorbeeldstad", 2025, 2028]);
    expect(headings(r.text)).toEqual(["# Integraal Veiligheidsbeleid Voorbeeldstad 2025-2028", "## Integraal Veiligheidsbeleid Voorbeeldstad 2025-2028", "## Voorwoord"]);
    expect(r.text).toMatch(/<!-- uit de publicatie:\n[\s\S]*Geldend van 21-02-2025 t\/m heden\nIntitulé\n-->/);
    expect(unaccountedWords(page(top), r.text, r.notes)).toEqual([]);
  });
});

describe("text copied from a web page: a paragraph per line, no blank line at all", () => {
  const long = (topic: string) => `${topic} is in Voorbeeldstad een zaak van iedereen: inwoners, ondernemers, partners en de gemeente werken er samen aan, wijk voor wijk, met aandacht voor wat inwoners zelf zien en melden, en met de cijfers van politie en brandweer als basis voor wat we de komende vier jaar willen bereiken en hoe we dat gaan doen.`;
  const text = ["Integraal Veiligheidsbeleid Voorbeeldstad 2025-2028", "Voorwoord", long("Veiligheid"), "1. Inleiding", long("Leefbaarheid"), "2. Prioriteiten", "2.1 Ondermijning", long("Ondermijning")].join("\n") + "\n";

  it("reads each line as a block of its own, so the headings stay headings", async () => {
    const r = await importText(text);
    expect(headings(r.text)).toEqual(["# Integraal Veiligheidsbeleid Voorbeeldstad 2025-2028", "## Voorwoord", "## 1. Inleiding", "## 2. Prioriteiten", "### 2.1 Ondermijning"]);
    expect(unaccountedWords(text, r.text, r.notes)).toEqual([]);
  });

  it("keeps two paragraphs apart where the first has no closing full stop", async () => {
    const open = long("Veiligheid").replace(/\.$/, "");
    const r = await importText(["Integraal Veiligheidsbeleid Voorbeeldstad 2025-2028", "Voorwoord", open, long("Leefbaarheid"), "Inleiding", long("Jeugd")].join("\n") + "\n");
    expect(r.text).toContain(`${open}\n\n${long("Leefbaarheid")}`);
  });

  it("but joins the wrapped lines of a text that has blank lines between its paragraphs", async () => {
    const wrapped = "Integraal Veiligheidsbeleid Voorbeeldstad 2025-2028\n\nVoorwoord\n\nVeiligheid is in Voorbeeldstad een zaak van\niedereen: inwoners en ondernemers werken samen.\n";
    const r = await importText(wrapped);
    expect(r.text).toContain("Veiligheid is in Voorbeeldstad een zaak van iedereen: inwoners en ondernemers werken samen.");
  });
});

describe("the council's decision as the official publication prints it, without its date", () => {
  const decision = `De raad van de gemeente Voorbeeldstad;\n\ngezien het voorstel van burgemeester en wethouders van 28 mei 2019;\n\nB E S L U I T :\n\n1. De Kadernota Veiligheid 2019-2022 vast te stellen.\n\n1. Inleiding\n\nVoorbeeldstad wil een veilige gemeente zijn.\n`;

  it("is adopted by the council in the publication, the day left to fill in", async () => {
    const r = await importText(`Kadernota Veiligheid 2019-2022\n\nGeldend van 26-09-2019 t/m heden\n\nIntitulé\n\nKadernota Veiligheid 2019-2022\n\n${decision}`);
    const m = parse(r.text).plan.metadata;
    expect([m.titel, m.status, m.vastgesteld, m.voorgesteld?.datum]).toEqual(["Kadernota Veiligheid 2019-2022", "vastgesteld", { door: "gemeenteraad" }, "2019-05-28"]);
    expect(r.notes.map((n) => n.messageId)).toContain("import.vastgesteldBesluit");
  });

  it("and by its name there ('Besluit van de gemeenteraad van de gemeente … houdende …')", async () => {
    const r = await importText("Besluit van de gemeenteraad van de gemeente Voorbeeldstad houdende regels omtrent het integraal veiligheidsplan\n\nGeldend van 06-01-2021 t/m heden\n\nIntitulé\n\nBesluit van de gemeenteraad van de gemeente Voorbeeldstad houdende regels omtrent het integraal veiligheidsplan\n\n1. Inleiding\n\nDit beleid schetst onze koers in de periode 2021-2024.\n");
    expect([parse(r.text).plan.metadata.status, parse(r.text).plan.metadata.vastgesteld]).toEqual(["vastgesteld", { door: "gemeenteraad" }]);
  });

  it("but a proposal's draft decision, outside a publication, is still a proposal", async () => {
    const r = await importText(`Kadernota Veiligheid 2019-2022\n\n${decision}`);
    expect(parse(r.text).plan.metadata.status).toBe("voorstel");
  });
});

describe("a theme's parts as labels that open a paragraph ('Ambitie: …'), not as headings", () => {
  const labelled = `Integraal Veiligheidsplan Voorbeeldstad 2025-2028

1. Prioriteiten

1.1 Ondermijning

Opgave: criminelen misbruiken bedrijfspanden.

Ambitie: in 2028 zijn alle panden op de bedrijventerreinen gecontroleerd.

1.2 Jeugd

Opgave: jongeren worden geronseld als koerier.

Ambitie: in 2028 worden 20 procent minder jongeren geronseld.

2. Monitoring

Doel: de raad jaarlijks informeren. Dat doen we met een brief.
`;

  it("makes each label the heading it stands for, so the themes have their opgave and ambitie", async () => {
    const r = await importText(labelled);
    const p = parse(r.text);
    expect(p.themes.map((t) => [t.title, t.opgave?.title, t.ambitie?.title])).toEqual([
      ["Ondermijning", "Opgave", "Ambitie"],
      ["Jeugd", "Opgave", "Ambitie"],
    ]);
    expect(r.text).toContain("Ambitie\n\nin 2028 zijn alle panden op de bedrijventerreinen gecontroleerd.");
    expect(r.notes.filter((n) => n.messageId === "import.labelAlsKop")).toHaveLength(4);
    // "Doel:" in another chapter stays the paragraph it is.
    expect(r.text).toContain("Doel: de raad jaarlijks informeren.");
    expect(unaccountedWords(labelled, r.text, r.notes)).toEqual([]);
  });

  it("makes the begroting's questions that open a paragraph ('Wat zien we? …') the headings they stand for, and leaves other questions in the text", async () => {
    const text = "Integraal Veiligheidsplan Voorbeeldstad 2025-2028\n\n1. Prioriteiten\n\n1.1 Jeugd\n\nWat zien we? Jeugdgroepen in het centrum.\n\nWat willen we bereiken? Het aantal meldingen daalt tot 2028 met 20%.\n\nWat gaan we doen? We zetten jongerenwerkers in.\n\n2. Monitoring\n\nWat vindt u ervan? Laat het ons weten.\n";
    const r = await importText(text);
    expect(parse(r.text).themes.map((t) => [t.title, t.opgave?.title, t.ambitie?.title])).toEqual([["Jeugd", "Wat zien we?", "Wat willen we bereiken?"]]);
    expect(headings(r.text)).toContain("#### Wat gaan we doen?");
    expect(r.text).toContain("Wat vindt u ervan? Laat het ons weten.");
    expect(unaccountedWords(text, r.text, r.notes)).toEqual([]);
  });

  it("leaves a single such label in a plan that does not write that way", async () => {
    const r = await importText(labelled.replace(/^(Opgave|Ambitie): /gm, ""));
    expect(r.text).toContain("Doel: de raad jaarlijks informeren.");
    expect(r.notes.filter((n) => n.messageId === "import.labelAlsKop")).toEqual([]);
  });
});

describe("a council proposal bound in front of the plan, as text copied out of a PDF", () => {
  const bound = `Raadsvoorstel

Onderwerp: Integraal Veiligheidsplan 2025-2028
Datum collegebesluit: 14 januari 2025

Voorstel
1. Het Integraal Veiligheidsplan 2025-2028 vast te stellen.

Financiën
De kosten passen binnen de begroting.

Burgemeester en wethouders van Oosterhoven,
de secretaris, de burgemeester,

Integraal Veiligheidsplan Oosterhoven 2025-2028

1. Inleiding
Dit plan beschrijft onze prioriteiten voor de komende vier jaar.

2. Prioriteiten

2.1 Ondermijning
Opgave
Criminelen misbruiken panden.
Ambitie
In 2028 zijn alle panden gecontroleerd.

3. Financiën

(bedragen x € 1.000) 2025 2026 2027 2028
Ondermijning 100 100 100 100
Totaal 100 100 100 100
`;

  it("takes the plan's own name as the title, the college's proposal as its status, and the municipality from the college", async () => {
    const r = await importText(bound);
    const m = parse(r.text).plan.metadata;
    expect([m.titel, m.gemeente, m.status, m.voorgesteld?.datum]).toEqual(["Integraal Veiligheidsplan Oosterhoven 2025-2028", "Oosterhoven", "voorstel", "2025-01-14"]);
  });

  it("starts the plan's chapters again at 1, reads 'Opgave' and 'Ambitie' above their text as headings, and finds the plan's budget", async () => {
    const r = await importText(bound);
    expect(headings(r.text)).toEqual(["# Integraal Veiligheidsplan Oosterhoven 2025-2028", "## Raadsvoorstel", "## Voorstel", "## Financiën", "## 1. Inleiding", "## 2. Prioriteiten", "### 2.1 Ondermijning", "#### Opgave", "#### Ambitie", "## 3. Financiën"]);
    const p = parse(r.text);
    expect(p.themes.map((t) => [t.title, t.opgave?.title, t.ambitie?.title])).toEqual([["Ondermijning", "Opgave", "Ambitie"]]);
    expect(p.budget?.lines.map((l) => l.deelproduct)).toEqual(["Ondermijning"]);
  });
});

describe("an adoption the text dates by its month only", () => {
  it.each([
    "De gemeenteraad heeft in april 2023 unaniem het Integraal Veiligheidsplan 2023-2026 vastgesteld.",
    "Het plan is in april 2023 door de gemeenteraad vastgesteld.",
  ])("is adopted by the council, the day left to fill in: %s", async (sentence) => {
    const r = await importText(`Integraal Veiligheidsplan Rondeveen 2023-2026\n\n1. Inleiding\n\n${sentence}\n\n2. Prioriteiten\n\nWe kiezen twee prioriteiten.\n`);
    const m = parse(r.text).plan.metadata;
    expect([m.status, m.vastgesteld]).toEqual(["vastgesteld", { door: "gemeenteraad" }]);
    expect(r.notes.find((n) => n.messageId === "import.vastgesteldMaand")?.data).toMatchObject({ maand: "april 2023" });
    // The check then asks for the day.
    expect(lint(r.text, { today: "2026-12-08" }).diagnostics.map((d) => d.messageId)).toContain("datumOntbreekt");
  });

  it("not the previous plan's adoption", async () => {
    const r = await importText("Integraal Veiligheidsplan Rondeveen 2023-2026\n\n1. Inleiding\n\nDe gemeenteraad heeft in april 2019 het vorige plan vastgesteld.\n");
    expect(parse(r.text).plan.metadata.status).toBe("concept");
  });
});

describe("the previous plan named only by its years", () => {
  const text = (mention: string) => `Integraal Veiligheidsplan Rivierenland-Oost 2025-2028\n\n1. Terugblik\n\n${mention}\n\n2. Prioriteiten\n\nWe kiezen twee prioriteiten voor 2025-2028.\n`;

  it("takes the latest plan that ended when this one starts, named as the text names it", async () => {
    const r = await importText(text("Het integraal veiligheidsplan 2021–2024 bouwde voort op het Veiligheidsplan 2017-2020. Het had drie prioriteiten."));
    expect(parse(r.text).plan.metadata.vorigPlan).toMatchObject({ titel: "Integraal veiligheidsplan 2021–2024", periode: { van: 2021, tot: 2024 } });
  });

  it("knows a plan by the other names plans go by ('Kadernota Integrale Veiligheid 2021-2024')", async () => {
    const r = await importText("Kadernota Integrale Veiligheid 2025-2028\n\n1. Aanleiding\n\nDeze kadernota volgt op de Kadernota Integrale Veiligheid 2021-2024.\n\n2. Prioriteiten\n\nWe kiezen twee prioriteiten.\n");
    const m = parse(r.text).plan.metadata;
    expect(m.titel).toBe("Kadernota Integrale Veiligheid 2025-2028");
    expect(m.vorigPlan).toMatchObject({ titel: "Kadernota Integrale Veiligheid 2021-2024", periode: { van: 2021, tot: 2024 } });
  });

  it.each([
    ["Masterplan Integrale Veiligheid", "Vier jaar geleden is het Masterplan Integrale Veiligheid 2021-2024 vastgesteld."],
    ["Nota Veiligheid", "Deze nota volgt op de Nota Veiligheid 2021-2024."],
    ["Beleidskader Integrale Veiligheid", "Het Beleidskader Integrale Veiligheid 2021-2024 liep dit jaar af."],
  ])("reads a title line with a subtitle under it as the title, and the predecessor, when the plan calls itself '%s'", async (kind, mention) => {
    // As pdftotext gives a title page: the name, the slogan and the municipality on lines of their own.
    const r = await importText(`${kind} 2025-2028\nSamen werken aan een veilige stad\nGemeente Peelrode\n\n1. Aanleiding\n\n${mention}\n\n2. Prioriteiten\n\nWe kiezen twee prioriteiten.\n`);
    const m = parse(r.text).plan.metadata;
    expect(m.titel).toBe(`${kind} 2025-2028`);
    expect(m.periode).toEqual({ van: 2025, tot: 2028 });
    expect(m.vorigPlan).toMatchObject({ titel: `${kind} 2021-2024`, periode: { van: 2021, tot: 2024 } });
  });

  it.each(["voor de periode", "over de periode", "voor de planperiode"])("reads 'het integrale veiligheidsbeleid %s 2021-2024' as the predecessor", async (words) => {
    const r = await importText(text(`Vier jaar geleden is het integrale veiligheidsbeleid ${words} 2021-2024 vastgesteld.`));
    expect(parse(r.text).plan.metadata.vorigPlan).toMatchObject({ titel: "Integrale veiligheidsbeleid 2021-2024", periode: { van: 2021, tot: 2024 } });
  });

  it("knows a predecessor by its abbreviation ('het IVB 2019 – 2023')", async () => {
    const r = await importText(text("Dit beleid volgt het IVB 2019 – 2023 op."));
    expect(parse(r.text).plan.metadata.vorigPlan).toMatchObject({ titel: "IVB 2019 – 2023", periode: { van: 2019, tot: 2023 } });
  });

  it("does not take the region's or the police's plan of those years for it", async () => {
    const r = await importText(text("Het Regionaal Veiligheidsplan 2021-2024 van de eenheid gaf de richting."));
    expect(parse(r.text).plan.metadata.vorigPlan).toBeUndefined();
  });
});

describe("dates as documents write them", () => {
  it.each([
    ["gelezen het voorstel van burgemeester en wethouders d.d. 21-02-2023;", "Aldus vastgesteld in de openbare vergadering van 25-05-2023.", ["2023-02-21", "2023-05-25"]],
    ["gezien het voorstel van burgemeester en wethouders van 3/4/2023;", "Vastgesteld door de gemeenteraad op 1 juni 2023.", ["2023-04-03", "2023-06-01"]],
  ])("%s / %s", async (proposal, adoption, dates) => {
    const text = `Integraal Veiligheidsplan gemeente Oss 2023-2026\n\nDe raad van de gemeente Oss;\n\n${proposal}\n\nbesluit: vast te stellen het plan.\n\n1. Inleiding\n\nVeiligheid maken we samen.\n\n${adoption}\n`;
    const r = await importText(text);
    const m = parse(r.text).plan.metadata;
    expect([m.voorgesteld?.datum, m.vastgesteld?.datum]).toEqual(dates);
  });
});

describe("a title page's adoption and period as other plans write them", () => {
  const plan = (front: string) => importText(`Integraal Veiligheidsplan\n\nGemeente Oosterwolde\n\n${front}\n\n1. Inleiding\n\nDe gemeente Oosterwolde werkt aan veiligheid.\n`);

  it.each([
    "Vastgesteld door de raad d.d. 12 december 2023",
    "Raadsbesluit d.d. 12-12-2023",
    "Vastgesteld op 12 december 2023",
    "Datum vaststelling: 12 december 2023",
  ])("'%s': adopted by the council on that day", async (line) => {
    const m = parse((await plan(line)).text).plan.metadata;
    expect([m.status, m.vastgesteld?.door, m.vastgesteld?.datum]).toEqual(["vastgesteld", "gemeenteraad", "2023-12-12"]);
  });

  it.each(["Vastgesteld door het college op 12 december 2023", "Vastgesteld op 12 december 2023 door burgemeester en wethouders"])("'%s': not the council's adoption", async (line) => {
    const m = parse((await plan(line)).text).plan.metadata;
    expect(m.vastgesteld).toBeUndefined();
  });

  it.each([
    ["Integraal Veiligheidsplan 2023-'26", { van: 2023, tot: 2026 }],
    ["Integraal Veiligheidsplan 2023-26", { van: 2023, tot: 2026 }],
    ["Integraal Veiligheidsplan 2023-2", undefined],
  ])("a period with its last year in two figures in the title: '%s'", async (title, periode) => {
    const r = await importText(`${title}\n\n1. Inleiding\n\nDe gemeente Oosterwolde werkt aan veiligheid.\n`);
    expect(parse(r.text).plan.metadata.periode).toEqual(periode);
  });
});

describe("a budget copied out of a PDF whose narrow first column wrapped the names", () => {
  const text = `Integraal Veiligheidsplan Zuidervaart 2024-2027\n\n1. Prioriteiten\n\nWe pakken ondermijning en jeugdoverlast aan, met zorg en veiligheid.\n\n2. Financiën\n\nDe kosten (bedragen x € 1.000).\n\nOnderdeel          2024        2025         2026\nOndermijn           120          120         125\ning\nZorg en              80           85           85\nveiligheid\nJeugdoverl           60           60           60\nast\nTotaal              260          265         270\n\n3. Organisatie\n\nJaarlijks informeren we de raad.\n`;

  it("joins each name's wrapped rest to its row, and glues the words the column broke", async () => {
    const r = await importText(text);
    const b = parse(r.text).budget;
    expect(b?.lines.map((l) => l.deelproduct)).toEqual(["Ondermijning", "Zorg en veiligheid", "Jeugdoverlast"]);
    expect(b?.totals).toBeDefined();
    expect(unaccountedWords(text, r.text, r.notes)).toEqual([]);
  });
});

describe("a plan named whole only in its running header", () => {
  it("takes the period and the municipality from the header it leaves out of the text", async () => {
    const pages = ["Veilig samen\n\nMaart 2025", "1. Inleiding\n\nDit plan geeft de koers voor de komende vier jaar.", "2. Prioriteiten\n\n2.1 Ondermijning\n\nWe pakken ondermijning aan."];
    const text = pages.map((p, i) => `Integraal Veiligheidsplan Dijkwaard 2025-2028\n\n${p}\n\n${i + 1}`).join("\n\f");
    const r = await importText(text);
    const m = parse(r.text).plan.metadata;
    expect([m.titel, m.gemeente, m.periode]).toEqual(["Veilig samen", "Dijkwaard", { van: 2025, tot: 2028 }]);
    expect(r.notes.filter((n) => n.messageId === "import.kopregel").length).toBeGreaterThan(0);
  });
});

describe("a plan whose period is only in the name of its file", () => {
  const text = "Integraal Veiligheidsplan\n\nGemeente Brakelveen\n\n1. Inleiding\n\nDit plan beschrijft hoe we de komende vier jaar aan veiligheid werken. In 2027 evalueren we het.\n";

  it.each([
    ["IVP_Brakelveen_2024_2027_def.docx", { van: 2024, tot: 2027 }],
    ["integraal-veiligheidsplan-2024-2027.pdf", { van: 2024, tot: 2027 }],
    ["/downloads/Veiligheidsplan 2024 tm 2027.txt", { van: 2024, tot: 2027 }],
    ["plan.txt", undefined],
    ["raadsbesluit 2023-12-12.txt", undefined],
  ])("%s", async (fileName, periode) => {
    const r = await importDocument(new TextEncoder().encode(text), { fileName, format: "text" });
    expect(parse(r.text).plan.metadata.periode).toEqual(periode);
    expect(r.notes.some((n) => n.messageId === "import.periodeBestandsnaam")).toBe(periode !== undefined);
  });

  it("takes the text's period over the file's", async () => {
    const r = await importDocument(new TextEncoder().encode(text.replace("Integraal Veiligheidsplan", "Integraal Veiligheidsplan 2025-2028")), { fileName: "ivp_2024_2027.txt" });
    expect(parse(r.text).plan.metadata.periode).toEqual({ van: 2025, tot: 2028 });
  });
});

describe("a framework adopted by the council, with the college's execution plan taken note of", () => {
  it("records the execution plan under uitvoeringsplannen, by the college", async () => {
    const text = `Strategisch kader Integraal Veiligheidsplan 2023-2026\n\nDe raad van de gemeente Maasgouw,\n\ngelezen het voorstel van burgemeester en wethouders van 6 december 2022;\n\nB E S L U I T :\n\n1. Het strategisch kader Integraal Veiligheidsplan 2023-2026 (deel 1) vast te stellen;\n\n2. Het Uitvoeringsplan integrale veiligheid (deel 2) voor kennisgeving aan te nemen.\n\n1 Een nieuw veiligheidsplan\n\nEenmaal in de vier jaar stellen gemeenten een integraal veiligheidsplan vast.\n`;
    const r = await importText(text);
    const m = parse(r.text).plan.metadata;
    expect(m.uitvoeringsplannen).toEqual([{ titel: "Uitvoeringsplan integrale veiligheid", door: "college van burgemeester en wethouders" }]);
    expect(m.gemeente).toBe("Maasgouw");
  });
});

describe("a table of safety figures by year is not the budget", () => {
  const text = (money: string) =>
    `Integraal Veiligheidsplan Dommelrode 2025-2028\n\n1. Trends\n\nDe cijfers van de politie:\n\nIndicator 2020 2023\nWoninginbraken 96 61\nFietsendiefstal 210 174\n\n2. Financiën\n\n${money}\n`;

  it("leaves the figures where they are and takes the period from the title", async () => {
    const r = await importText(text("De uitvoering wordt betaald uit de bestaande begroting."));
    const p = parse(r.text);
    expect(p.plan.metadata.periode).toEqual({ van: 2025, tot: 2028 });
    expect(p.budget?.table).toBeUndefined();
    expect(r.notes.map((n) => n.messageId)).not.toContain("import.begroting");
    expect(r.text).toMatch(/## 1\. Trends\n\nDe cijfers van de politie:\n\n\| Indicator/);
  });

  it("glues a budget name the column broke inside a word where the document knows only the whole word", async () => {
    const r = await importText(text("Bedragen per jaar:\n\nDeelproduct 2025 2026\nVerkeersv eiligheid € 40.000 € 45.000\nJeugd en veiligheid € 60.000 € 60.000\nTotaal € 100.000 € 105.000\n\n3. Verkeersveiligheid\n\nRond scholen."));
    expect(parse(r.text).budget?.lines.map((l) => l.deelproduct)).toEqual(["Verkeersveiligheid", "Jeugd en veiligheid"]);
    expect(r.notes.filter((n) => n.messageId === "import.hersteld").map((n) => n.data)).toEqual([{ van: "Verkeersv eiligheid", naar: "Verkeersveiligheid" }]);
  });

  it("still finds a budget by its amounts when the plan has one", async () => {
    const r = await importText(text("Bedragen per jaar:\n\nDeelproduct 2025 2026\nOndermijning € 80.000 € 80.000\nZorg en veiligheid € 60.000 € 60.000\nTotaal € 140.000 € 140.000"));
    const p = parse(r.text);
    expect(p.budget?.years.map((y) => y.value)).toEqual([2025, 2026]);
    expect(p.budget?.lines.map((l) => l.deelproduct)).toEqual(["Ondermijning", "Zorg en veiligheid"]);
  });
});

describe("lines that look like headings and are not", () => {
  const text = `Kadernota Integrale Veiligheid Dommelrode 2025-2028\n\nColofon\n\nUitgave: Gemeente Dommelrode\n\nDatum: november 2024\n\n1. Inleiding\n\nWe stellen de doelen vast.\n\n2. Bijlagen\n\n1. Veiligheidsanalyse 2020-2023\n\n2. Amendement raadsvergadering 30 januari 2025\n`;

  it("a colophon's 'Label: value' lines are text, a numbered run of appendices set apart by space is a list", async () => {
    const r = await importText(text);
    expect(headings(r.text)).toEqual(["# Kadernota Integrale Veiligheid Dommelrode 2025-2028", "## Colofon", "## 1. Inleiding", "## 2. Bijlagen"]);
    expect(r.text).toContain("Uitgave: Gemeente Dommelrode\n\nDatum: november 2024");
    expect(r.text).toContain("1. Veiligheidsanalyse 2020-2023\n2. Amendement raadsvergadering 30 januari 2025");
  });

  it("the end of a bracket opened on the line before ('(zie het thema:' over 'Verkeersveiligheid)') is text, not a theme over the next 'Opgave'", async () => {
    const r = await importText("Integraal Veiligheidsplan Dommelrode 2025-2028\n\n1. Prioriteiten\n\n1.1 Ondermijning\n\nDe aanpak raakt ook de wegen in het buitengebied. (zie het thema:\nVerkeersveiligheid)\n\nOpgave\n\nDrugslabs in schuren.\n");
    expect(headings(r.text)).toEqual(["# Integraal Veiligheidsplan Dommelrode 2025-2028", "## 1. Prioriteiten", "### 1.1 Ondermijning", "#### Opgave"]);
    expect(parse(r.text).themes.map((t) => t.title)).toEqual(["Ondermijning"]);
  });
});

describe("a theme's parts as paragraph labels ending in a full stop, and the municipality only in the plan's name", () => {
  it("makes '**Opgave.**' and '**Ambitie.**' headings and takes the name from 'Integraal Veiligheidsplan Lingewaard-Oost 2025-2028'", async () => {
    const html = `<html><body><h1>Integraal Veiligheidsplan Lingewaard-Oost 2025-2028</h1><h2>Prioriteiten</h2><h3>1. Woninginbraak</h3><p><b>Opgave.</b> Er zijn 95 inbraken per jaar.</p><p><b>Ambitie.</b> In 2028 zijn het er minder dan 70.</p><h3>2. Jeugdoverlast</h3><p><b>Opgave.</b> Veel meldingen.</p><p><b>Ambitie.</b> In 2028 zijn het er 150.</p></body></html>`;
    const r = await importDocument(new TextEncoder().encode(html), { fileName: "plan.html" });
    const p = parse(r.text);
    expect(p.themes.map((t) => [t.title, t.opgave?.title, t.ambitie?.title])).toEqual([
      ["Woninginbraak", "Opgave", "Ambitie"],
      ["Jeugdoverlast", "Opgave", "Ambitie"],
    ]);
    expect(r.text).toContain("#### Opgave\n\nEr zijn 95 inbraken per jaar.");
    expect(p.plan.metadata.gemeente).toBe("Lingewaard-Oost");
  });

  it("does not take a plan's slogan for a municipality ('Integraal Veiligheidsplan Samen Veilig 2025-2028')", async () => {
    const r = await importText("Integraal Veiligheidsplan Samen Veilig 2025-2028\n\n1. Inleiding\n\nTekst.\n");
    expect(r.text).not.toMatch(/^gemeente:/m);
    expect(r.notes.map((n) => n.messageId)).toContain("import.gemeenteOntbreekt");
  });
});

describe("text copied out of a PDF: headings directly above their text", () => {
  it("joins the title and its period, and reads 'Hoofdstuk 2: …', '4.1 Speerpunt 1 – …' and 'Probleemanalyse' as headings", async () => {
    const text = [
      "Integraal Veiligheidsbeleid Westerveld-Zuid",
      "2024 – 2027",
      "1. Inleiding",
      "Op grond van artikel 38b Politiewet 2012 stelt de gemeenteraad de doelen vast voor de veiligheid.",
      "",
      "Hoofdstuk 2: Terugblik op het IVB 2019 – 2023",
      "Het aantal woninginbraken daalde van 110 in 2019 naar 64 in 2023. De aanpak van jeugdoverlast had",
      "minder resultaat.",
      "",
      "Hoofdstuk 4: Speerpunten",
      "4.1 Speerpunt 1 – Ondermijning",
      "Probleemanalyse",
      "In het buitengebied staan veel leegstaande agrarische gebouwen. Die worden gebruikt voor",
      "drugsproductie.",
      "Doelstelling",
      "In 2027 controleren we 60 schuren per jaar.",
      "Wat gaan we daarvoor doen?",
      "We controleren samen met de politie.",
      "",
    ].join("\n");
    const r = await importText(text);
    expect(headings(r.text)).toEqual([
      "# Integraal Veiligheidsbeleid Westerveld-Zuid 2024 – 2027",
      "## 1. Inleiding",
      "## Hoofdstuk 2: Terugblik op het IVB 2019 – 2023",
      "## Hoofdstuk 4: Speerpunten",
      "### 4.1 Speerpunt 1 – Ondermijning",
      "#### Probleemanalyse",
      "#### Doelstelling",
      "#### Wat gaan we daarvoor doen?",
    ]);
    const p = parse(r.text);
    expect(p.themes.map((t) => [t.title, t.opgave?.title, t.ambitie?.title])).toEqual([["Ondermijning", "Probleemanalyse", "Doelstelling"]]);
  });

  it("reads a theme's heading wrapped over two lines as one heading ('Prioriteit 1: … woon- en' over 'leefomgeving versterken')", async () => {
    const text = "Kadernota Integrale Veiligheid 2025-2028\n\nPrioriteiten\nPrioriteit 1: Samen met bewoners de veilige woon- en\nleefomgeving versterken\nWat is het probleem?\nInwoners ervaren overlast van jongeren in de wijken\nHoogveld en Dommelzicht.\nWat willen we bereiken?\nIn 2028 zijn er minder dan 110 meldingen per jaar.\n\nPrioriteit 2: Ondermijning is in onze gemeente een groot\nprobleem dat we aanpakken.\n";
    const r = await importText(text);
    expect(headings(r.text)).toEqual([
      "# Kadernota Integrale Veiligheid 2025-2028",
      "## Prioriteiten",
      "### Prioriteit 1: Samen met bewoners de veilige woon- en leefomgeving versterken",
      "#### Wat is het probleem?",
      "#### Wat willen we bereiken?",
    ]);
    // A sentence that starts like a theme's heading and goes on to its full stop stays a sentence.
    expect(r.text).toContain("Prioriteit 2: Ondermijning is in onze gemeente een groot probleem dat we aanpakken.");
  });

  it("nests a veiligheidsveld's themes under it, and their 'Opgave.' labels under each theme", async () => {
    const text = "Integraal Veiligheidsplan Lingewaard-Oost 2025-2028\n\n3. Veilige woon- en leefomgeving\n\n3.1 Woninginbraak (prioriteit)\n\nOpgave. Er zijn 95 inbraken per jaar.\n\nAmbitie. In 2028 zijn het er minder dan 70.\n\n4. Jeugd en veiligheid\n\n4.1 Jeugdoverlast (prioriteit)\n\nOpgave. Veel meldingen.\n\nAmbitie. In 2028 zijn het er 150.\n\n5. Integriteit en veiligheid\n\n5.1 Ondermijning\n\nWe houden het in beeld.\n";
    const r = await importText(text);
    expect(r.text).toContain("### 3.1 Woninginbraak (prioriteit)\n\n#### Opgave\n\nEr zijn 95 inbraken per jaar.");
    expect(parse(r.text).themes.map((t) => [t.title, t.soort, t.ambitie?.title])).toEqual([
      ["Woninginbraak", "prioritair", "Ambitie"],
      ["Jeugdoverlast", "prioritair", "Ambitie"],
      ["Ondermijning", "kern", undefined],
    ]);
  });
});

describe("a PDF whose title page has a type size of its own, with accents and broad themes (Helmond's masterplan)", () => {
  const part = (text: string) => ({ text, gapBefore: true });
  const pdf = makePdf([
    [{ text: "Masterplan Integrale Veiligheid 2027-2030", size: 24 }, { text: "Samen werken aan een veilige stad", size: 15 }, "Gemeente Peelrode"],
    [
      { text: "Hoofdstuk 1: Accenten", size: 16 },
      part("In ons beleid zetten we accenten: extra aandacht voor twee thema's. De raad"),
      "stelt de doelen vast (artikel 38b Politiewet 2012), ook voor de brandveiligheid",
      "(artikel 3a Wet veiligheidsregio's).",
      { text: "1.1 Ondermijning", size: 13, gapBefore: true },
      part("Wat is er aan de hand?"),
      "Criminelen gebruiken panden in het buitengebied. Er kwamen 140 signalen binnen.",
      "Wat willen we bereiken?",
      "In 2030 is 80% van de ondernemers in het buitengebied bezocht.",
      "Wat gaan we doen?",
      "- We controleren jaarlijks 60 panden in het buitengebied met de",
      "partners.",
      { text: "1.2 Risicojongeren", size: 13, gapBefore: true },
      part("Wat is er aan de hand?"),
      "Een kleine groep jongeren is betrokken bij zware criminaliteit.",
      "Wat willen we bereiken?",
      "Het aantal jongeren dat met de politie in aanraking komt, daalt tot 2030 met",
      "20%.",
    ],
    [
      { text: "Hoofdstuk 2: Aanpak op brede veiligheidsthema's", size: 16 },
      { text: "2.1 Veilige woon- en leefomgeving", size: 13, gapBefore: true },
      part("We werken wijkgericht en houden de leefbaarheid op peil."),
      { text: "2.2 Fysieke veiligheid", size: 13, gapBefore: true },
      part("Samen met de veiligheidsregio werken we aan brandveiligheid. In 2030 hebben"),
      "alle woningen van ouderen een rookmelder.",
    ],
    [{ text: "Hoofdstuk 3: Financiën", size: 16 }, part("Onderdeel                 Bedrag per jaar"), "Ondermijning              \u20ac 250.000", "Risicojongeren            \u20ac 180.000", "Totaal                    \u20ac 430.000"],
  ]);

  it("places the sections one level under their chapter, though the subtitle's size ranks between them, and each theme's parts under it", async () => {
    const r = await importDocument(pdf, { fileName: "masterplan.pdf" });
    const hs = r.text.split("\n").filter((l) => /^#{1,6} /.test(l));
    expect(hs).toEqual(expect.arrayContaining(["## Hoofdstuk 1: Accenten", "### 1.1 Ondermijning", "#### Wat is er aan de hand?", "#### Wat willen we bereiken?", "#### Wat gaan we doen?", "### 1.2 Risicojongeren", "### 2.1 Veilige woon- en leefomgeving"]));
    const plan = parse(r.text).plan;
    expect(plan.metadata.titel).toBe("Masterplan Integrale Veiligheid 2027-2030");
    expect(plan.themas.map((t) => [t.titel, t.soort])).toEqual([
      ["Ondermijning", "prioritair"],
      ["Risicojongeren", "prioritair"],
      ["Veilige woon- en leefomgeving", "kern"],
      ["Fysieke veiligheid", "kern"],
    ]);
    // The accents' parts were read, and the broad theme's own text sets the fire-safety goal that art. 3a asks.
    expect(plan.metadata.grondslag.map((g) => g.artikel)).toContain("3a");
    const codes = lint(r.text, { today: "2026-12-07" }).diagnostics.map((d) => `${d.ruleId}.${d.messageId}`);
    expect(codes).not.toContain("grondslag.3aZonderBrand");
    expect(codes).not.toContain("kwaliteit-meetbare-doelen.geenMeetbaarDoel");
    expect(plan.themas[0]!.ambitie).toContain("80%");
    expect(plan.begroting?.totalen).toEqual([43_000_000]);
    expect(plan.themas[1]!.opgave).toContain("zware criminaliteit");
  });
});

describe("a budget with one column of money, as text copied out of a PDF", () => {
  const plan = (rows: string) => `Integraal Veiligheidsplan Peelrode 2027-2030\n\n1. Prioriteiten\n\nWe kiezen drie prioriteiten.\n\n2. Financiën\n\n${rows}\n`;

  it("reads 'Onderdeel  Bedrag per jaar' over names with one amount each as the budget", async () => {
    const r = await importText(plan("Onderdeel               Bedrag per jaar\nOndermijning            € 250.000\n2. Risicojongeren       € 180.000\nTotaal                  € 430.000"));
    const rows = r.text.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| -")).map((l) => l.split("|").slice(1, -1).map((c) => c.trim()));
    expect(rows).toEqual([["Onderdeel", "Bedrag per jaar"], ["Ondermijning", "€ 250.000"], ["2. Risicojongeren", "€ 180.000"], ["Totaal", "€ 430.000"]]);
    const budget = parse(r.text).plan.begroting;
    expect(budget?.regels.map((d) => [d.deelproduct, d.bedragen])).toEqual([["Ondermijning", [25_000_000]], ["Risicojongeren", [18_000_000]]]);
    expect(budget?.totalen).toEqual([43_000_000]);
  });

  it("leaves a sentence that ends in an amount, and its next line, a paragraph", async () => {
    const r = await importText(plan("Voor de aanpak van ondermijning is € 250.000\nbeschikbaar, voor risicojongeren € 180.000\nper jaar."));
    expect(r.text).not.toContain("|");
    expect(r.text).toContain("Voor de aanpak van ondermijning is € 250.000 beschikbaar, voor risicojongeren € 180.000 per jaar.");
  });
});

describe("a title page with a slogan under the title and the municipality under that", () => {
  it.each([
    ["on lines of their own", "Masterplan Integrale Veiligheid 2027-2030\nSamen werken aan een veilige stad\nGemeente Peelrode\n\nVoorwoord\nVeiligheid is een opgave van ons allemaal.\n"],
    ["set apart by blank lines", "Masterplan Integrale Veiligheid 2027-2030\n\nSamen werken aan een veilige stad\n\nGemeente Peelrode\n\nVoorwoord\n\nVeiligheid is een opgave van ons allemaal.\n"],
  ])("makes the slogan the subtitle and the municipality front matter, %s, not chapters", async (_, text) => {
    const r = await importText(text);
    const m = parse(r.text).plan.metadata;
    expect([m.ondertitel, m.gemeente]).toEqual(["Samen werken aan een veilige stad", "Peelrode"]);
    expect(headings(r.text)).toEqual(["# Masterplan Integrale Veiligheid 2027-2030", "## Voorwoord"]);
  });

  it("makes a slogan right over the first chapter the subtitle, not a chapter without text", async () => {
    const text = "Integraal Veiligheidsplan Zuidervaart 2024-2027\n\nSamen werken aan een veilig Zuidervaart\n\n1. Inleiding\n\nDit plan beschrijft de koers.\n";
    const pdf = makePdf([[{ text: "Integraal Veiligheidsplan Zuidervaart 2024-2027", size: 20 }, { text: "Samen werken aan een veilig Zuidervaart", gapBefore: true }, { text: "1. Inleiding", size: 16, gapBefore: true }, { text: "Dit plan beschrijft de koers.", gapBefore: true }]]);
    for (const r of [await importText(text), await importDocument(pdf, { fileName: "plan.pdf" })]) {
      expect(parse(r.text).plan.metadata.ondertitel).toBe("Samen werken aan een veilig Zuidervaart");
      expect(headings(r.text)).toEqual(["# Integraal Veiligheidsplan Zuidervaart 2024-2027", "## 1. Inleiding"]);
    }
  });

  it("keeps a first chapter that opens with the municipality's name a chapter", async () => {
    const r = await importText("Integraal Veiligheidsplan 2027-2030\n\nInleiding\n\nGemeente Peelrode\n\nDe gemeente heeft 40.000 inwoners.\n");
    expect(headings(r.text)).toContain("## Inleiding");
    expect(parse(r.text).plan.metadata.ondertitel).toBeUndefined();
  });
});

describe("a colophon whose labels have no colon, and a table of contents with spaced dot leaders (Valkenswaard's kadernota)", () => {
  const text = `KADERNOTA INTEGRALE VEILIGHEID 2027-2030

Colofon

Uitgave

Gemeente Valkenrode

Opsteller Team Veiligheid

Datum November 2026

Bronnen

Voor deze nota is gebruik gemaakt van gegevens van de gemeente en de politie.

Inhoudsopgave

Inleiding ... 3
Prioriteiten ... 5
Prioriteit 1: Veilige woonwijken ... 5
Financiën ... 9

Inleiding

Met deze kadernota stelt de gemeenteraad de doelen vast voor 2027-2030.

Prioriteiten

Prioriteit 1: Veilige woonwijken

Opgave
Het aantal woninginbraken ligt met 120 per jaar boven het landelijk gemiddelde.
`;

  it("keeps the colophon's lines as its text, not as chapters, and reads the municipality from it", async () => {
    const r = await importText(text);
    expect(headings(r.text)).toEqual(["# KADERNOTA INTEGRALE VEILIGHEID 2027-2030", "## Colofon", "## Inhoudsopgave", "## Inleiding", "## Prioriteiten", "### Prioriteit 1: Veilige woonwijken", "#### Opgave"]);
    expect(r.text).toContain("Opsteller Team Veiligheid");
    expect(parse(r.text).plan.metadata.gemeente).toBe("Valkenrode");
  });

  it("makes each entry of the contents an item, without its page number", async () => {
    const r = await importText(text);
    expect(r.text).toContain("- Inleiding\n- Prioriteiten\n- Prioriteit 1: Veilige woonwijken\n- Financiën\n");
    expect(unaccountedWords(text, r.text, r.notes)).toEqual([]);
  });
});

describe("a title in small capitals, as PDF text sets the large initials apart", () => {
  it("joins each initial to its word and the broken year range, reporting both, and knows the title", async () => {
    const text = "K ADERNOTA I NTEGRALE V EILIGHEID 2027- 2030\n\nDecember 2026\n\nInleiding\n\nMet deze kadernota stelt de raad de doelen vast. Voor U ligt het plan.\n";
    const r = await importText(text);
    expect(parse(r.text).plan.metadata.titel).toBe("KADERNOTA INTEGRALE VEILIGHEID 2027-2030");
    expect(r.notes.filter((n) => n.kind === "repaired").map((n) => [n.data.van, n.data.naar])).toEqual(expect.arrayContaining([["K ADERNOTA", "KADERNOTA"], ["2027- 2030", "2027-2030"]]));
    expect(unaccountedWords(text, r.text, r.notes)).toEqual([]);
  });

  it("leaves a single capital before a word in capitals elsewhere alone ('VOOR U LIGT')", async () => {
    const r = await importText("Integraal Veiligheidsplan 2027-2030\n\nVOOR U LIGT HET PLAN\n\nDe raad stelt de doelen vast.\n");
    expect(r.text).toContain("VOOR U LIGT HET PLAN");
  });
});

describe("a municipality formed by a merger, whose plan follows the former municipalities' plans", () => {
  const text = `Integraal Veiligheidsplan gemeente Maaskempen 2027-2030

1. Inleiding

Op 1 januari 2026 zijn de gemeenten Beersel, Vierlingsbeek en Cuyk-Noord samengegaan in de gemeente Maaskempen. Dit plan volgt op het Integraal Veiligheidsplan Beersel 2023-2026, het Integraal Veiligheidsplan Vierlingsbeek 2023-2026 en het Veiligheidsplan Cuyk-Noord 2022-2025.

2. Prioriteiten

We kiezen twee prioriteiten.
`;

  it("is the new municipality's own plan, not a joint plan of the former ones", async () => {
    const m = parse((await importText(text)).text).plan.metadata;
    expect([m.gemeente, m.gemeenten]).toEqual(["Maaskempen", undefined]);
  });

  it("lists each former municipality's plan under vorige-plannen", async () => {
    const r = await importText(text);
    expect(parse(r.text).plan.metadata.vorigePlannen).toEqual([
      { titel: "Integraal Veiligheidsplan Beersel 2023-2026", gemeente: "Beersel", periode: { van: 2023, tot: 2026 } },
      { titel: "Integraal Veiligheidsplan Vierlingsbeek 2023-2026", gemeente: "Vierlingsbeek", periode: { van: 2023, tot: 2026 } },
      { titel: "Veiligheidsplan Cuyk-Noord 2022-2025", gemeente: "Cuyk-Noord", periode: { van: 2022, tot: 2025 } },
    ]);
    expect(r.notes.map((n) => n.messageId)).toContain("import.vorigePlannen");
  });

  it("takes a single predecessor named with its municipality whole ('het Integraal Veiligheidsplan Oosterhoven 2023-2026')", async () => {
    const r = await importText("Integraal Veiligheidsplan Oosterhoven 2027-2030\n\n1. Terugblik\n\nHet Integraal Veiligheidsplan Oosterhoven 2023-2026 had drie prioriteiten. Het veiligheidsplan voor 2019-2022 had er vijf.\n");
    expect(parse(r.text).plan.metadata.vorigPlan).toMatchObject({ titel: "Integraal Veiligheidsplan Oosterhoven 2023-2026", periode: { van: 2023, tot: 2026 } });
  });
});

describe("the council's decision told with the council first", () => {
  const plan = (sentence: string) => `Integraal Veiligheidsplan Oosterhoven 2027-2030\n\n1. Inleiding\n\n${sentence}\n\n2. Prioriteiten\n\nWe kiezen twee prioriteiten.\n`;

  it.each([
    ["De gemeenteraad heeft op 26 november 2026 het Integraal Veiligheidsplan 2027-2030 vastgesteld.", "2026-11-26"],
    ["De raad stelde dit plan op 3 december 2026 vast.", "2026-12-03"],
    ["Dit plan is op 10 december 2026 door de gemeenteraad vastgesteld.", "2026-12-10"],
  ])("'%s'", async (sentence, datum) => {
    const m = parse((await importText(plan(sentence))).text).plan.metadata;
    expect([m.status, m.vastgesteld]).toEqual(["vastgesteld", { door: "gemeenteraad", datum }]);
  });

  it.each([
    "Het vorige plan is op 15 december 2022 door de gemeenteraad vastgesteld.",
    "De gemeenteraad heeft op 15 december 2022 het Integraal Veiligheidsplan 2023-2026 vastgesteld.",
  ])("does not take the previous plan's: '%s'", async (sentence) => {
    const m = parse((await importText(plan(sentence))).text).plan.metadata;
    expect([m.status, m.vastgesteld]).toEqual(["concept", undefined]);
  });
});

describe("a theme's number on a line of its own, its title on the next", () => {
  const expected = ["### Prioriteit 1: Ondermijning", "#### Opgave", "#### Ambitie", "### Prioriteit 2: Jeugd en veiligheid", "#### Opgave"];

  it("as text: one heading, with the theme's parts under it", async () => {
    const r = await importText("Integraal Veiligheidsplan Oosterhoven 2027-2030\n\n1. Prioriteiten\n\nPrioriteit 1\nOndermijning\n\nOpgave\nDrugslabs in het buitengebied.\n\nAmbitie\nIn 2030 zijn alle schuren gecontroleerd.\n\nPrioriteit 2\nJeugd en veiligheid\n\nOpgave\nJeugdgroepen in het centrum.\n");
    expect(headings(r.text)).toEqual(expect.arrayContaining(expected));
    expect(parse(r.text).plan.themas.map((t) => t.titel)).toEqual(["Ondermijning", "Jeugd en veiligheid"]);
  });

  it("in a PDF, the number in one size over the title in another", async () => {
    const pdf = makePdf([[
      { text: "Integraal Veiligheidsplan Oosterhoven 2027-2030", size: 22 },
      { text: "1. Prioriteiten", size: 16, gapBefore: true },
      { text: "Prioriteit 1", size: 11, gapBefore: true },
      { text: "Ondermijning", size: 14 },
      { text: "Opgave", size: 13, gapBefore: true },
      "Drugslabs in het buitengebied.",
      { text: "Ambitie", size: 13, gapBefore: true },
      "In 2030 zijn alle schuren gecontroleerd.",
      { text: "Prioriteit 2", size: 11, gapBefore: true },
      { text: "Jeugd en veiligheid", size: 14 },
      { text: "Opgave", size: 13, gapBefore: true },
      "Jeugdgroepen in het centrum.",
    ]]);
    const r = await importDocument(pdf, { fileName: "plan.pdf" });
    expect(parse(r.text).plan.themas.map((t) => t.titel)).toEqual(["Ondermijning", "Jeugd en veiligheid"]);
    expect(r.text).toContain("Prioriteit 1: Ondermijning");
  });

  it("keeps 'Prioriteit 1' over a theme's part apart ('Opgave' is not its title)", async () => {
    const r = await importText("Integraal Veiligheidsplan Oosterhoven 2027-2030\n\n1. Prioriteiten\n\nPrioriteit 1\nOpgave\nDrugslabs in het buitengebied.\n");
    expect(r.text).not.toContain("Prioriteit 1: Opgave");
  });
});

describe("a PDF's title page with the plan's name over its period in a smaller size", () => {
  it("makes them one title, with the period, and no subtitle of the years", async () => {
    const pdf = makePdf([
      [{ text: "Integraal Veiligheidsplan", size: 26 }, { text: "2027-2030", size: 18 }, { text: "Gemeente Peelrode", gapBefore: true }],
      [{ text: "1. Inleiding", size: 16 }, { text: "De raad stelt de doelen vast.", gapBefore: true }],
    ]);
    const m = parse((await importDocument(pdf, { fileName: "plan.pdf" })).text).plan.metadata;
    expect([m.titel, m.periode, m.ondertitel, m.gemeente]).toEqual(["Integraal Veiligheidsplan 2027-2030", { van: 2027, tot: 2030 }, undefined, "Peelrode"]);
  });

  it("takes the period from the plan's name under a slogan in larger type", async () => {
    const pdf = makePdf([
      [{ text: "Veilig samen leven", size: 28 }, { text: "Integraal Veiligheidsplan 2027-2030", size: 18 }, { text: "Gemeente Peelrode", gapBefore: true }],
      [{ text: "1. Inleiding", size: 16 }, { text: "De raad stelt de doelen vast.", gapBefore: true }],
    ]);
    const m = parse((await importDocument(pdf, { fileName: "plan.pdf" })).text).plan.metadata;
    expect([m.titel, m.ondertitel, m.periode]).toEqual(["Veilig samen leven", "Integraal Veiligheidsplan 2027-2030", { van: 2027, tot: 2030 }]);
  });
});

describe("a table of contents whose entries begin 'Hoofdstuk N:' and 'Bijlage N:', its lines run together in one paragraph", () => {
  // Helmond's masterplan heads its chapters "Hoofdstuk 5: Aanpak op brede veiligheidsthema's";
  // Heuvelland's contents end "… 19 Bijlage 2: Uitkomsten veiligheidsanalyse 20 Bijlage 3: …".
  const text = `Masterplan Integrale Veiligheid 2027-2030
Gemeente Hoogmond

Inhoudsopgave
Hoofdstuk 1: Inleiding 3
Hoofdstuk 2: Veiligheidsbeeld 5
Hoofdstuk 3: Accenten 9
Bijlage 1: Gehanteerde afkortingen 14
Bijlage 2: Uitkomsten veiligheidsanalyse 15

Hoofdstuk 1: Inleiding

Met dit masterplan stelt de gemeenteraad de doelen voor de veiligheid vast.

Hoofdstuk 2: Veiligheidsbeeld

Volgens de politie daalde het aantal woninginbraken.

Hoofdstuk 3: Accenten

In ons beleid zetten we accenten.
`;

  it("makes each entry an item, without its page number", async () => {
    const r = await importText(text);
    expect(r.text).toContain("- Hoofdstuk 1: Inleiding\n- Hoofdstuk 2: Veiligheidsbeeld\n- Hoofdstuk 3: Accenten\n- Bijlage 1: Gehanteerde afkortingen\n- Bijlage 2: Uitkomsten veiligheidsanalyse\n");
    expect(r.text).not.toMatch(/Inleiding 3 Hoofdstuk/);
    expect(unaccountedWords(text, r.text, r.notes)).toEqual([]);
  });
});

describe("each theme priced in a table of its own under 'Wat mag het kosten?', and no Financiën chapter", () => {
  // The programmabegroting's three questions per theme; the third answered with a small table by years.
  const text = `# Integraal Veiligheidsbeleid 2025-2028

Gemeente Oosterwolde-Zuid

## 2. Veilige woon- en leefomgeving

### 2.1 Wat willen we bereiken?

In 2028 voelt ten minste 85 procent van de inwoners zich veilig in de eigen buurt.

### 2.2 Wat mag het kosten?

| (bedragen x € 1.000) | 2025 | 2026 | 2027 | 2028 |
| --- | ---: | ---: | ---: | ---: |
| Wijkaanpak | 80 | 80 | 80 | 80 |
| Totaal | 80 | 80 | 80 | 80 |

## 3. Bedrijvigheid en veiligheid

### 3.1 Wat willen we bereiken?

Het aantal bedrijfsinbraken daalt tot 2028 met 10 procent ten opzichte van 2024.

### 3.2 Wat mag het kosten?

| (bedragen x € 1.000) | 2025 | 2026 | 2027 | 2028 |
| --- | ---: | ---: | ---: | ---: |
| Keurmerk | 30 | 30 | 30 | 30 |
| Cameratoezicht | 10 | 10 | 10 | 10 |
| Totaal | 40 | 45 | 40 | 40 |
`;

  it("reports the themes' cost tables instead of 'no budget table', and the totals are checked", async () => {
    const r = await importDocument(new TextEncoder().encode(text), { fileName: "plan.md" });
    expect(r.notes.find((n) => n.messageId === "import.kostenPerThema")?.data.aantal).toBe(2);
    expect(r.notes.filter((n) => n.messageId === "import.geenBegroting")).toEqual([]);
    const totals = lint(r.text).diagnostics.filter((d) => d.ruleId === "begroting-totalen");
    expect(totals.map((d) => d.messageId)).toEqual(["verschil"]);
  });
});

describe("a title set in quotation marks on the cover (Oisterwijk's kadernota: “Oisterwijk Veilig 2015 – 2018”)", () => {
  const text = `“Oosterwijk Veilig 2027 – 2030”

Kadernota december 2026

1. Inleiding

Deze kadernota geeft richting aan het veiligheidsbeleid van de gemeente Oosterwijk.
`;

  it("names the plan without the quotation marks, and keeps them in its heading", async () => {
    const r = await importText(text);
    const m = parse(r.text).plan.metadata;
    expect([m.titel, m.periode]).toEqual(["Oosterwijk Veilig 2027 – 2030", { van: 2027, tot: 2030 }]);
    expect(headings(r.text)[0]).toBe("# “Oosterwijk Veilig 2027 – 2030”");
    expect(unaccountedWords(text, r.text, r.notes)).toEqual([]);
  });
});

describe("a budget in parts copied out of a PDF: the unit on a line of its own, each part named on a line without amounts", () => {
  // Venlo's productenraming: "Bedragen x 1.000" alone above the table, collegeproducten each named on a
  // row of their own, with their Baten, Lasten and a total of their own.
  const text = `Integraal Veiligheidsplan 2027-2030
Gemeente Maasdal

1. Prioriteiten

In 2030 is het aantal woninginbraken met 20% gedaald ten opzichte van 2026.

2. Financiën

Bedragen x 1.000

Collegeproducten 2027 2028 2029 2030
Veiligheid
Baten 27 27 27 27
Lasten 2.597 2.640 2.639 2.633
Totaal Veiligheid -2.570 -2.613 -2.612 -2.606
Brandweerzorg
Lasten 7.133 7.077 7.104 7.052
Totaal Brandweerzorg -7.133 -7.077 -7.104 -7.052
`;

  it("reads one table with the parts' names as rows without amounts, and the unit beside it", async () => {
    const r = await importText(text);
    expect(headings(r.text)).not.toContain("### Bedragen x 1.000");
    const budget = parse(r.text).budget!;
    expect(budget.unit?.centsPerUnit).toBe(100_000);
    expect(budget.years.map((y) => y.value)).toEqual([2027, 2028, 2029, 2030]);
    expect(budget.groups?.map((g) => g.lines.map((i) => budget.lines[i]!.deelproduct))).toEqual([["Baten", "Lasten"], ["Lasten"]]);
    expect(lint(r.text).diagnostics.filter((d) => d.ruleId.startsWith("begroting-totalen") || d.ruleId === "begroting-structuur").filter((d) => d.severity !== "info")).toEqual([]);
    expect(unaccountedWords(text, r.text, r.notes)).toEqual([]);
  });
});

describe("a kadernota's chapters without numbers, copied out of its PDF", () => {
  // As Valkenswaard's Kadernota Integrale Veiligheid sets them: the regional and the basisteam's
  // priorities before the plan's own, "Prioriteit 1: …" each, then "Organisatie en coördinatie" with
  // "Planning en control" under it; no section numbers, no heading levels.
  const kadernota = `Kadernota Integrale Veiligheid Valdal 2024-2027



Inleiding

Veiligheid is een van de belangrijkste levensbehoeften van onze inwoners.

Prioriteiten

Prioriteit 1: Samen met bewoners de veilige woon- en leefomgeving versterken

In 2027 is het aantal woninginbraken met 15% gedaald ten opzichte van 2023.

Prioriteit 2: De aanpak van ondermijning versterken

In 2027 zijn alle bedrijventerreinen integraal gecontroleerd.

Organisatie en coördinatie

De burgemeester voert de regie.

Planning en control

Jaarlijks informeren we de raad via de jaarrekening over de voortgang.
`;

  const headings = [
    "# Kadernota Integrale Veiligheid Valdal 2024-2027",
    "## Inleiding",
    "## Prioriteiten",
    "### Prioriteit 1: Samen met bewoners de veilige woon- en leefomgeving versterken",
    "### Prioriteit 2: De aanpak van ondermijning versterken",
    "## Organisatie en coördinatie",
    "### Planning en control",
  ];

  it("closes the last priority at the plan's organisation chapter, and keeps what follows under that", async () => {
    await importsWithHeadings(kadernota, headings);
  });

  it("keeps a priority's own organisation heading in it when another priority follows", async () => {
    const own = kadernota.replace(
      "Prioriteit 2: De aanpak",
      "Organisatie en samenwerking\n\nDe wijkagent en de woningcorporaties werken samen.\n\nPrioriteit 2: De aanpak",
    );
    // Under the first priority, before the second.
    await importsWithHeadings(own, [...headings.slice(0, 4), "#### Organisatie en samenwerking", ...headings.slice(4)]);
  });
});

describe("indicators with yearly targets and their source in a row of its own (HTML)", () => {
  // As 's-Hertogenbosch prints its indicators: "Indicator | Nulmeting | Doelstelling 2019 | Realisatie
  // 2019 | Ambitie 2022", each indicator followed by a row spanning the table, "Bron: Veiligheidsmonitor".
  const html = `<html><body><h1>Integraal Veiligheidsplan Maasdal 2024-2027</h1>
<h2>Prioriteiten</h2>
<h3>1. Veilige woon- en leefomgeving</h3>
<h4>Doelen</h4>
<table><tr><th>Indicator</th><th>Nulmeting 2023</th><th>Doelstelling 2025</th><th>Realisatie 2025</th><th>Ambitie 2027</th></tr>
<tr><td>Cijfer voor veiligheid van de buurt</td><td>6,9</td><td>7,1</td><td></td><td>7,3</td></tr>
<tr><td colspan="5">Bron: Veiligheidsmonitor</td></tr>
<tr><td>Percentage inwoners dat veel criminaliteit in de buurt ervaart</td><td>12%</td><td>10%</td><td></td><td>9%</td></tr>
<tr><td colspan="5">Bron: Veiligheidsmonitor</td></tr>
</table></body></html>`;

  it("reads two goals towards 2027 with their source, and no goal without a target", async () => {
    const r = await importDocument(new TextEncoder().encode(html), { fileName: "plan.html" });
    const findings = lint(r.text, { today: "2026-12-07" }).diagnostics.filter((d) => d.ruleId === "kwaliteit-meetbare-doelen" && d.severity !== "info");
    expect(findings).toEqual([]);
    const { readDoelen } = await import("../../src/structure/doelen.js");
    const goals = readDoelen(parse(r.text)).flatMap((s) => s.doelen);
    expect(goals.map((d) => [d.streefwaarde?.waarde, d.streefwaarde?.jaar, d.bron])).toEqual([
      [7.3, 2027, "Veiligheidsmonitor"],
      [9, 2027, "Veiligheidsmonitor"],
    ]);
  });
});
