/**
 * Plans laid out as other municipalities lay theirs out, made into documents by pandoc (.docx) and
 * LibreOffice (.odt, .pdf) as ./made.ts does: themes as bold paragraphs in a Word document without
 * heading styles, a theme named as a veiligheidsveld is ("Jeugd en veiligheid") among the priorities.
 * The prose is written for these tests; the layouts follow published plans.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";
import { importDocument } from "@veiligheidsplan/core/import";
import { made, SKIPPED, TOOLS, type Made } from "./made.js";
import { unaccountedWords } from "./support.js";

const headings = (plan: string) => plan.split("\n").filter((l) => /^#{1,6} /.test(l));
const KINDS = ["docx", "odt", "pdf"] as const;

// Oosterwolde's shape: a Word document whose author made every heading bold by hand, the themes
// unnumbered, each answering the begroting's questions in bold too.
const BOLD = `**Integraal Veiligheidsplan Oosterwolde 2023-2026**

**Hoofdstuk 1 Inleiding**

Voor u ligt het integraal veiligheidsplan van de gemeente Oosterwolde voor de periode 2023-2026.

**Hoofdstuk 2 Prioriteiten**

We kiezen voor de komende periode twee prioriteiten.

**Ondermijning**

**Wat zien we?**

Criminelen gebruiken leegstaande schuren in het buitengebied voor drugslabs.

**Wat willen we bereiken?**

In 2026 zijn alle agrarische ondernemers bezocht.

**Wat gaan we daarvoor doen?**

We zetten een ondermijningsteam op.

**Verkeersveiligheid**

**Wat zien we?**

Rond de scholen wordt te hard gereden.

**Wat willen we bereiken?**

In 2026 zijn er geen ongevallen met letsel meer rond de scholen.

**Hoofdstuk 3 Organisatie**

Jaarlijks informeren we de raad.
`;

describe.skipIf(!TOOLS)(`themes as bold paragraphs under a chapter of priorities, without heading styles${SKIPPED}`, () => {
  let docs: Made;
  beforeAll(() => {
    docs = made("oosterwolde", BOLD);
  }, 300_000);

  it.each(KINDS)("%s: each bold name followed by a theme's part is a theme, its questions under it", async (kind) => {
    const r = await importDocument(docs[kind], { fileName: `plan.${kind}` });
    const p = parse(r.text);
    expect(p.themes.map((t) => [t.title, t.opgave?.title, t.ambitie?.title])).toEqual([
      ["Ondermijning", "Wat zien we?", "Wat willen we bereiken?"],
      ["Verkeersveiligheid", "Wat zien we?", "Wat willen we bereiken?"],
    ]);
    expect(headings(r.text)).toContain("#### Wat gaan we daarvoor doen?");
    expect(unaccountedWords(BOLD, r.text, r.notes)).toEqual([]);
  });
});

// A theme named as a veiligheidsveld ("Jeugd en veiligheid") among the numbered priorities.
const VELD_AS_THEME = `# Integraal Veiligheidsplan Rijnweerd 2025-2028

## 1. Inleiding

De gemeente Rijnweerd legt in dit plan haar veiligheidsbeleid vast.

## 2. Prioriteiten

### 2.1 Ondermijning

#### Opgave

Criminelen misbruiken bedrijfspanden.

#### Ambitie

In 2028 zijn alle bedrijventerreinen gecontroleerd.

### 2.2 Jeugd en veiligheid

#### Opgave

Een kleine groep jongeren veroorzaakt overlast in het centrum.

#### Ambitie

In 2028 is het aantal meldingen van jeugdoverlast met een kwart gedaald.

## 3. Organisatie

Jaarlijks informeren we de raad.
`;

describe.skipIf(!TOOLS)(`a priority named as a veiligheidsveld is ('Jeugd en veiligheid')${SKIPPED}`, () => {
  let docs: Made;
  beforeAll(() => {
    docs = made("rijnweerd", VELD_AS_THEME);
  }, 300_000);

  it.each(KINDS)("%s: is a theme of the priorities, its Opgave and Ambitie side by side under it", async (kind) => {
    const r = await importDocument(docs[kind], { fileName: `plan.${kind}` });
    const hs = headings(r.text);
    expect(hs.slice(hs.indexOf("### 2.2 Jeugd en veiligheid"))).toEqual(["### 2.2 Jeugd en veiligheid", "#### Opgave", "#### Ambitie", "## 3. Organisatie"]);
  });
});

// Zuidervaart's shape: the priorities as the rows of one table, a column per part of the theme.
const THEME_TABLE = `# Integraal Veiligheidsplan Zuidervaart 2024-2027

## 1. Inleiding

Dit plan beschrijft de koers van de gemeente Zuidervaart op het gebied van veiligheid.

## 2. Prioriteiten

Voor de komende vier jaar kiezen we drie prioriteiten.

| Thema | Doel | Aanpak | Partners |
|---|---|---|---|
| Ondermijning | In 2027 worden 30% meer signalen gemeld bij het RIEC dan in 2023. | Integrale controles op bedrijventerreinen. | Politie, RIEC, Belastingdienst |
| Zorg en veiligheid | In 2027 krijgt 90% van de personen met verward gedrag binnen een week zorg. | Een wekelijks zorg- en veiligheidsoverleg. | GGD, politie |
| Jeugdoverlast | Het aantal meldingen daalt van 410 in 2023 naar 300 in 2027. | Jongerenwerk op straat. | Jongerenwerk, scholen |

## 3. Organisatie

Jaarlijks informeren we de raad met een voortgangsrapportage.
`;

describe.skipIf(!TOOLS)(`themes as the rows of one table under the priorities ('Thema | Doel | Aanpak | Partners')${SKIPPED}`, () => {
  let docs: Made;
  beforeAll(() => {
    docs = made("zuidervaart", THEME_TABLE);
  }, 300_000);

  it.each(KINDS)("%s: each row is a theme, each column a heading under it, and the goal its ambitie", async (kind) => {
    const r = await importDocument(docs[kind], { fileName: `plan.${kind}` });
    const p = parse(r.text);
    expect(p.themes.map((t) => [t.title, t.soort, t.ambitie?.title])).toEqual([
      ["Ondermijning", "prioritair", "Doel"],
      ["Zorg en veiligheid", "prioritair", "Doel"],
      ["Jeugdoverlast", "prioritair", "Doel"],
    ]);
    const hs = headings(r.text);
    expect(hs.slice(hs.indexOf("### Ondermijning"), hs.indexOf("### Zorg en veiligheid"))).toEqual(["### Ondermijning", "#### Doel", "#### Aanpak", "#### Partners"]);
    expect(r.notes.filter((n) => n.messageId === "import.tabelAlsThemas").map((n) => n.data.aantal)).toEqual([3]);
    // In the PDF, LibreOffice broke two words the narrow column could not hold: "veiligheidsoverle" over
    // "g." is glued again; "bedrijventerrein" over "en." stays two words, as "en" is a word of its own.
    expect(unaccountedWords(THEME_TABLE, r.text, r.notes)).toEqual(kind === "pdf" ? ["bedrijventerreinen"] : []);
  });

  it("leaves a table of actions by theme alone ('Actie | Thema | Doel': its rows are no themes)", async () => {
    const table = "<table><tr><td>Actie</td><td>Thema</td><td>Doel</td></tr><tr><td>Controles</td><td>Ondermijning</td><td>Meer signalen</td></tr><tr><td>Straatwerk</td><td>Jeugd</td><td>Minder overlast</td></tr></table>";
    const r = await importDocument(new TextEncoder().encode(`<html><body><h1>Integraal Veiligheidsplan Zuidervaart 2024-2027</h1><h2>1. Prioriteiten</h2>${table}</body></html>`), { fileName: "plan.html" });
    expect(r.text).toContain("| Actie");
    expect(r.notes.map((n) => n.messageId)).not.toContain("import.tabelAlsThemas");
  });
});

// Helderveen's shape: a goals table under each theme's Ambitie, its header wrapping in one column only
// ("Streefwaarde" over "2027") and its indicators wrapping over more lines than the header's word is wide.
const GOALS = `# Integraal Veiligheidsplan Helderveen 2024-2027

## 1. Prioritaire thema's

### 1.1 Woninginbraak

#### Opgave

Het aantal woninginbraken ligt boven het landelijk gemiddelde.

#### Ambitie

We willen minder woninginbraken.

| Indicator | Nulmeting 2023 | Streefwaarde 2027 | Bron |
|---|---|---|---|
| Aantal woninginbraken per 1.000 woningen | 4,1 | 3,0 | Politie |
| Inwoners die hun woning goed afsluiten | 62% | 75% | Veiligheidsmonitor |

## 2. Organisatie

Jaarlijks informeren we de raad.
`;

describe.skipIf(!TOOLS)(`a goals table in a PDF whose header wraps in one column only${SKIPPED}`, () => {
  let docs: Made;
  beforeAll(() => {
    docs = made("helderveen", GOALS, ["pdf"]);
  }, 300_000);

  it("is one table with its header whole and each indicator in its row, not a heading 'Streefwaarde' and loose text, nor the budget", async () => {
    const r = await importDocument(docs.pdf, { fileName: "plan.pdf" });
    const rows = r.text.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| -")).map((l) => l.split("|").slice(1, -1).map((c) => c.trim()));
    expect(rows).toEqual([
      ["Indicator", "Nulmeting 2023", "Streefwaarde 2027", "Bron"],
      ["Aantal woninginbraken per 1.000 woningen", "4,1", "3,0", "Politie"],
      ["Inwoners die hun woning goed afsluiten", "62%", "75%", "Veiligheidsmonitor"],
    ]);
    expect(headings(r.text)).not.toContain("##### Streefwaarde");
    // "per 1.000 woningen" under years is no money: the table stays the theme's, not a budget.
    expect(r.notes.map((n) => n.messageId)).not.toContain("import.begroting");
  });
});

describe.skipIf(!TOOLS)(`a Word document with a table of contents Word has not filled in, through LibreOffice${SKIPPED}`, () => {
  let docs: Made;
  beforeAll(() => {
    docs = made("toc", VELD_AS_THEME, ["odt"], ["--toc", "-M", "toc-title=Inhoudsopgave"]);
  }, 300_000);

  it.each(["docx", "odt"] as const)("%s: the chapters stay chapters, not sections of 'Inhoudsopgave'", async (kind) => {
    const r = await importDocument(docs[kind], { fileName: `plan.${kind}` });
    expect(headings(r.text).slice(0, 4)).toEqual(["# Integraal Veiligheidsplan Rijnweerd 2025-2028", "## Inhoudsopgave", "## 1. Inleiding", "## 2. Prioriteiten"]);
  });
});

// Rijnweerd's appendix: the uitvoeringsprogramma as a planning, a mark under each year an action runs.
const PLANNING = `${VELD_AS_THEME}
## Bijlage 1 Uitvoeringsprogramma

| Actie | Thema | Trekker | 2025 | 2026 | 2027 | 2028 |
|---|---|---|---|---|---|---|
| Integrale controles | Ondermijning | Team Veiligheid | x | x | x | x |
| Campagne voor ondernemers | Ondermijning | Communicatie | x | x |  |  |
| Groepsaanpak in het centrum | Jeugd en veiligheid | Jongerenwerk | x | x | x | x |
`;

describe.skipIf(!TOOLS)(`an uitvoeringsprogramma as a planning of marks by year, in a PDF${SKIPPED}`, () => {
  let docs: Made;
  beforeAll(() => {
    docs = made("planning", PLANNING, ["pdf"]);
  }, 300_000);

  it("is a table, each action a row with its marks under its years (empty where it does not run), and not the budget", async () => {
    const r = await importDocument(docs.pdf, { fileName: "plan.pdf" });
    const rows = r.text.slice(r.text.indexOf("Bijlage 1")).split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| -")).map((l) => l.split("|").slice(1, -1).map((c) => c.trim()));
    expect(rows.map((row) => row.slice(3))).toEqual([["2025", "2026", "2027", "2028"], ["x", "x", "x", "x"], ["x", "x", "", ""], ["x", "x", "x", "x"]]);
    expect(r.notes.map((n) => n.messageId)).not.toContain("import.begroting");
  });
});

// Kaarsdorp's shape: each theme as a card of two columns under a header row, a row per part.
const CARDS = `# Integraal Veiligheidsplan Kaarsdorp 2025-2028

## 1. Prioriteiten

### 1.1 Ondermijning

| Onderdeel | Uitwerking |
|---|---|
| Opgave | Criminelen misbruiken bedrijfspanden op de bedrijventerreinen en in het buitengebied. |
| Ambitie | In 2028 zijn alle bedrijventerreinen twee keer gecontroleerd. |
| Partners | Politie, RIEC, Belastingdienst |

### 1.2 Jeugd

| Onderdeel | Uitwerking |
|---|---|
| Opgave | Een kleine groep jongeren veroorzaakt overlast in het centrum. |
| Ambitie | In 2028 is het aantal meldingen van jeugdoverlast met een kwart gedaald. |
| Partners | Jongerenwerk, politie |

## 2. Organisatie

Jaarlijks informeren we de raad.
`;

describe.skipIf(!TOOLS)(`themes as cards of two columns under a header row ('Onderdeel | Uitwerking')${SKIPPED}`, () => {
  let docs: Made;
  beforeAll(() => {
    docs = made("kaarsdorp", CARDS);
  }, 300_000);

  it.each(KINDS)("%s: each card's rows are the theme's parts, the header's words reported", async (kind) => {
    const r = await importDocument(docs[kind], { fileName: `plan.${kind}` });
    expect(parse(r.text).themes.map((t) => [t.title, t.opgave?.title, t.ambitie?.title])).toEqual([
      ["Ondermijning", "Opgave", "Ambitie"],
      ["Jeugd", "Opgave", "Ambitie"],
    ]);
    expect(r.notes.filter((n) => n.messageId === "import.kaartAlsKoppen").map((n) => n.text)).toEqual(["Onderdeel Uitwerking", "Onderdeel Uitwerking"]);
    expect(unaccountedWords(CARDS, r.text, r.notes)).toEqual([]);
  });
});

// Waterland's shape: no chapter named for the priorities; the table itself names them.
const NO_GROUP = `# Integraal Veiligheidsplan Waterland 2025-2028

## 1. Samenvatting

| Prioriteit | Doel |
|---|---|
| Ondermijning | Meer signalen. |
| Jeugd | Minder overlast. |

## 2. Onze aanpak

| Prioriteit | Doel | Aanpak |
|---|---|---|
| Ondermijning | In 2028 zijn twee keer zoveel signalen gemeld als in 2024. | Controles met de politie. |
| Jeugd | In 2028 is het aantal meldingen van jeugdoverlast gehalveerd. | Straatwerk. |

## 3. Organisatie

Jaarlijks informeren we de raad.
`;

describe.skipIf(!TOOLS)(`themes as the rows of a table in a plan with no chapter named for its priorities${SKIPPED}`, () => {
  let docs: Made;
  beforeAll(() => {
    docs = made("waterland", NO_GROUP);
  }, 300_000);

  it.each(KINDS)("%s: the rows under the chapter are its themes; the summary's table stays a table", async (kind) => {
    const r = await importDocument(docs[kind], { fileName: `plan.${kind}` });
    expect(parse(r.text).themes.map((t) => [t.title, t.ambitie?.title])).toEqual([
      ["Ondermijning", "Doel"],
      ["Jeugd", "Doel"],
    ]);
    // (In the PDF, a table of two columns without figures is read as its words.)
    expect(r.text).toMatch(kind === "pdf" ? /## 1\. Samenvatting\n\nPrioriteit Doel Ondermijning/ : /## 1\. Samenvatting\n\n\| Prioriteit/);
  });
});
