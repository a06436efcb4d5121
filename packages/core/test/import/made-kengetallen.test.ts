/**
 * A plan as smaller municipalities lay theirs out (the shapes of Land van Cuijk's, Opmeer's and De
 * Ronde Venen's published plans): a slogan on the title page with the plan's kind and the municipality
 * under it ("Integraal Veiligheidsplan gemeente Lingedal"), the period only as its first and last day
 * ("van 1 januari 2024 tot en met 31 december 2027"), a table of key figures by year in the analysis
 * and a goals table per priority, all in the narrow equal columns pandoc gives a Word table, which
 * LibreOffice's PDF breaks inside words ("Woninginb" over "raken"); the PDF's text as `pdftotext -layout`
 * gives it has the same tables, by the columns of its characters. Made as ./made.ts makes documents.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";
import { importDocument } from "@veiligheidsplan/core/import";
import { rejoinBrokenCells } from "../../src/import/budget-table.js";
import type { DocBlock } from "../../src/import/document.js";
import type { ImportNote } from "../../src/import/report.js";
import { asLayoutText, made, PDFTOTEXT, SKIPPED, TOOLS, type Made } from "./made.js";
import { unaccountedWords } from "./support.js";

const LINGEDAL = `# Samen veilig in Lingedal

Integraal Veiligheidsplan gemeente Lingedal

Vastgesteld door de gemeenteraad op 25 januari 2024

# 1. Inleiding

Dit integraal veiligheidsplan geldt van 1 januari 2024 tot en met 31 december 2027. Op grond van artikel 38b van de Politiewet 2012 stelt de gemeenteraad ten minste eenmaal in de vier jaar de doelen vast.

# 2. Terugblik

Het vorige plan werkte goed in de kernen: het aantal woninginbraken is gedaald. De aanpak van jeugdoverlast kwam pas laat op gang.

# 3. Veiligheidsanalyse

De cijfers komen uit de politieregistratie en de Veiligheidsmonitor.

| Indicator | 2020 | 2021 | 2022 | 2023 |
|---|---|---|---|---|
| Woninginbraken | 84 | 71 | 66 | 59 |
| Meldingen jeugdoverlast | 190 | 240 | 231 | 220 |

# 4. Prioriteiten

## 4.1 Prioriteit 1: Ondermijning

### Wat is er aan de hand?

Criminelen gebruiken panden in het buitengebied voor drugsproductie.

### Wat willen we bereiken?

| Doel | Indicator | Nulmeting 2023 | Streefwaarde 2027 | Bron |
|---|---|---|---|---|
| Meer meldingen van ondermijning | Meldingen per jaar | 30 | 60 | Meld Misdaad Anoniem |

## 4.2 Prioriteit 2: Jeugd en veiligheid

### Wat is er aan de hand?

Groepen jongeren veroorzaken overlast rond de winkelcentra.

### Wat willen we bereiken?

| Doel | Indicator | Nulmeting 2023 | Streefwaarde 2027 | Bron |
|---|---|---|---|---|
| Minder jeugdoverlast | Meldingen jeugdoverlast | 220 | 150 | Politie |

# 5. Monitoring en evaluatie

Jaarlijks informeren we de gemeenteraad met een raadsinformatiebrief over de voortgang. Eind 2026 vindt een evaluatie plaats.
`;

const cellsOf = (plan: string) => plan.split("\n").filter((l) => l.startsWith("|") && !/^\|\s*-/.test(l)).flatMap((l) => l.split("|").map((c) => c.trim()).filter((c) => c !== ""));

describe.skipIf(!TOOLS)(`a title page with the municipality under a slogan, the period as two dates, tables in narrow columns${SKIPPED}`, () => {
  let docs: Made;
  beforeAll(() => {
    docs = made("lingedal", LINGEDAL, ["pdf"]);
  }, 300_000);

  it.each(["docx", "pdf"] as const)("%s: the municipality from the title page and the period from its first and last day", async (kind) => {
    const r = await importDocument(docs[kind], { fileName: `plan.${kind}` });
    const m = parse(r.text).plan.metadata;
    expect([m.gemeente, m.periode, m.status, m.vastgesteld?.datum]).toEqual(["Lingedal", { van: 2024, tot: 2027 }, "vastgesteld", "2024-01-25"]);
  });

  it("pdf: a table's words the narrow columns broke are whole again, and the report says which", async () => {
    const r = await importDocument(docs.pdf, { fileName: "plan.pdf" });
    const cells = cellsOf(r.text);
    expect(cells).toEqual(expect.arrayContaining(["Woninginbraken", "Meldingen jeugdoverlast", "Minder jeugdoverlast", "Streefwaarde 2027", "Meld Misdaad Anoniem", "Meldingen per jaar", "Meer meldingen van ondermijning"]));
    expect(cells.filter((c) => /\p{L} \p{Ll}{1,5}$/u.test(c) && !/ (?:jaar|van|per)\b/u.test(c))).toEqual([]);
    expect(unaccountedWords(LINGEDAL.replace(/[#|*-]/g, " "), r.text, r.notes)).toEqual([]);
  });

  it.each(["docx", "pdf"] as const)("%s: both priorities keep their goals table", async (kind) => {
    const p = parse((await importDocument(docs[kind], { fileName: `plan.${kind}` })).text);
    expect(p.themes.map((t) => t.title)).toEqual(["Ondermijning", "Jeugd en veiligheid"]);
  });

  it.skipIf(!PDFTOTEXT)(`the PDF's text as pdftotext -layout gives it: the same tables as the Word document${PDFTOTEXT ? "" : " (skipped: pdftotext not installed)"}`, async () => {
    const text = asLayoutText(docs.pdf);
    const fromText = await importDocument(text, { fileName: "plan.txt" });
    const fromWord = await importDocument(docs.docx, { fileName: "plan.docx" });
    expect(cellsOf(fromText.text)).toEqual(cellsOf(fromWord.text));
    expect(parse(fromText.text).themes.map((t) => t.title)).toEqual(["Ondermijning", "Jeugd en veiligheid"]);
  });
});

describe("a table cell's pieces glued only where the document writes them as one word", () => {
  const table = (rows: string[][]): DocBlock => ({ kind: "table", rows, origin: { page: 1 } });
  const para = (text: string): DocBlock => ({ kind: "paragraph", text, origin: { page: 1 } });
  const mend = (cells: string[], text: string) => {
    const notes: ImportNote[] = [];
    const out = rejoinBrokenCells([para(text), table([["Thema", "Indicator"], cells])], undefined, notes);
    return { cells: (out[1] as { rows: string[][] }).rows[1], notes };
  };
  it("glues a piece that is no word of the document, and one after a piece that is none", () => {
    expect(mend(["Woninginb raken", "Streefwaar de 2027"], "Het aantal woninginbraken daalt; de streefwaarde is laag.").cells).toEqual(["Woninginbraken", "Streefwaarde 2027"]);
  });
  it("leaves two words of the document apart, even where they make a third", () => {
    expect(mend(["Drugs overlast", "Veilige wijken"], "Drugs geven overlast; drugsoverlast neemt toe in veilige wijken.").cells).toEqual(["Drugs overlast", "Veilige wijken"]);
  });
  it("glues nothing the document does not write whole elsewhere, and reports each repair", () => {
    expect(mend(["Jeugdoverl ast", "Meldingen"], "Niets over de jeugd.").cells).toEqual(["Jeugdoverl ast", "Meldingen"]);
    expect(mend(["Jeugdoverl ast", "Meldingen"], "Er is jeugdoverlast.").notes.map((n) => n.data)).toEqual([{ van: "Jeugdoverl ast", naar: "Jeugdoverlast" }]);
  });
});
