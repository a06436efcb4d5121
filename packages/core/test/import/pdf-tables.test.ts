/**
 * Tables found in a PDF's text by where the words stand (src/import/pdf-tables.ts), on lines laid out
 * as LibreOffice lays out a Word table (12 pt type, lines 14 pt apart, columns 94 pt wide), and on
 * layouts that are not tables: prose in three columns, a table of contents, a budget (left to the
 * amount rows), a bulleted list. The same on real PDFs: cli/test/third-party-shapes.test.ts.
 */
import { describe, expect, it } from "vitest";
import { findTables, type PlacedItem } from "../../src/import/pdf-tables.js";

const COLUMN = [72, 166, 259, 353, 447];
/** One line: its cells' texts by column (undefined: empty), at baseline `y`; about 5 pt a character. */
const line = (y: number, cells: readonly (string | undefined)[], columns = COLUMN): PlacedItem[] =>
  cells.flatMap((text, k) => (text === undefined ? [] : [{ text, x: columns[k]!, y, size: 12, width: text.length * 5 }]));

describe("tables in a PDF, by the position of their words", () => {
  it("reads a goals table whose header is set on two lines and whose cells wrap", () => {
    const rows = [
      line(300, [undefined, undefined, "Nulmeting", "Streefwaarde"]),
      line(286, ["Doel", "Indicator", "2024", "2028", "Bron"]),
      line(268, ["Meer", "Signalen van", "40", "80", "RIEC"]),
      line(254, ["signalen", "ondermijning"]),
      line(240, [undefined, "bij het RIEC"]),
      line(222, ["Minder koeriers", "Jongeren in beeld", "40", "30", "politie"]),
    ];
    const found = [...findTables(rows).values()];
    expect(found.map((r) => r.cells)).toEqual([
      ["Doel", "Indicator", "Nulmeting 2024", "Streefwaarde 2028", "Bron"],
      ["Meer signalen", "Signalen van ondermijning bij het RIEC", "40", "80", "RIEC"],
      ["Minder koeriers", "Jongeren in beeld", "40", "30", "politie"],
    ]);
    expect(found.map((r) => r.lines)).toEqual([[0, 1], [2, 3, 4], [5]]);
  });

  it("ends the table where the next text stands further off, or runs across its columns", () => {
    const rows = [
      line(286, ["Doel", "Indicator", "Streefwaarde"]),
      line(268, ["Minder inbraken", "Inbraken", "3,0 (2028)"]),
      line(254, ["Minder overlast", "Meldingen", "200 (2028)"]),
      [{ text: "Wat gaan we daarvoor doen? Dat staat in het uitvoeringsprogramma.", x: 72, y: 240, size: 12, width: 380 }],
    ];
    expect([...findTables(rows).values()].flatMap((r) => r.lines)).toEqual([0, 1, 2]);
  });

  it("takes no prose set in three columns, no table of contents, no budget and no bulleted list", () => {
    const prose = [300, 286, 272, 258].map((y) => line(y, ["Veiligheid is een zaak van", "iedereen in de wijk, samen", "met de politie en de boa"], [72, 240, 408]));
    const contents = [300, 286, 272].map((y, k) => line(y, [`${k + 1}.`, ["Inleiding", "Prioriteiten", "Financiën"][k], String(k + 3)], [72, 100, 500]));
    const budget = [line(300, ["(bedragen x € 1.000)", "2025", "2026", "2027"]), line(286, ["Wijken", "150", "150", "150"]), line(272, ["Jeugd", "90", "90", "90"])];
    const bullets = [300, 286, 272].map((y) => line(y, ["•", "de politie en de boa's;"], [84, 108]));
    for (const rows of [prose, contents, budget, bullets]) expect(findTables(rows).size).toBe(0);
  });

  it("takes a header word alone above the table ('Streefwaarde' over '2027') and indicators wider than the header's word", () => {
    const rows = [
      line(314, [undefined, undefined, "Streefwaarde"]),
      line(300, ["Indicator", "Nulmeting 2023", "2027", "Bron"]),
      line(286, ["Aantal", "4,1", "3,0", "Politie"]),
      line(272, ["woninginbraken"]),
      line(258, ["Inwoners", "62%", "75%", "Monitor"]),
    ];
    expect([...findTables(rows).values()].map((r) => r.cells)).toEqual([
      ["Indicator", "Nulmeting 2023", "Streefwaarde 2027", "Bron"],
      ["Aantal woninginbraken", "4,1", "3,0", "Politie"],
      ["Inwoners", "62%", "75%", "Monitor"],
    ]);
  });

  it("keeps lines set as tightly as a cell's wrapped lines in their row where the rows stand further apart, whatever their words", () => {
    // "Politie, RIEC," over "Belastingdienst": a capital, a figure and lower case beside each other, 14 pt
    // under the row's first line; the next row 18 pt further.
    const rows = [
      line(300, ["Thema", "Doel", "Aanpak", "Partners"]),
      line(282, ["Ondermijning", "In 2027 worden", "Bewustwording", "Politie, RIEC,"]),
      line(268, [undefined, "30% meer", "bij ondernemers,", "Belastingdienst"]),
      line(254, [undefined, "signalen.", "controles."]),
      line(236, ["Jeugdoverlast", "Minder meldingen.", "Jongerenwerk.", "Scholen"]),
    ];
    expect([...findTables(rows).values()].map((r) => r.cells)).toEqual([
      ["Thema", "Doel", "Aanpak", "Partners"],
      ["Ondermijning", "In 2027 worden 30% meer signalen.", "Bewustwording bij ondernemers, controles.", "Politie, RIEC, Belastingdienst"],
      ["Jeugdoverlast", "Minder meldingen.", "Jongerenwerk.", "Scholen"],
    ]);
  });

  it("reads a theme's card of two columns, its text wrapping to the right edge, and no other table of two columns", () => {
    const wide = [72, 306];
    const card = [
      line(300, ["Onderdeel", "Uitwerking"], wide),
      line(282, ["Opgave", "Criminelen misbruiken"], wide),
      line(268, [undefined, "bedrijfspanden op de bedrijventerreinen en in het"], wide),
      line(250, ["Ambitie", "In 2028 is alles gecontroleerd."], wide),
    ];
    expect([...findTables(card).values()].map((r) => r.cells)).toEqual([
      ["Onderdeel", "Uitwerking"],
      ["Opgave", "Criminelen misbruiken bedrijfspanden op de bedrijventerreinen en in het"],
      ["Ambitie", "In 2028 is alles gecontroleerd."],
    ]);
    const names = [line(300, ["Naam", "Functie"], wide), line(282, ["J. de Vries", "Burgemeester"], wide), line(264, ["A. Bakker", "Wethouder"], wide)];
    expect(findTables(names).size).toBe(0);
  });

  it("keeps a row whose wrapped lines fill the columns one row, and glues a word the column broke", () => {
    // "Zorg en" over "veiligheid" beside the other cells' next lines; "Jongerenwerk op" over "straat."
    // with no first column; "veiligheidsoverle" (filling its column) over "g.".
    const rows = [
      line(300, ["Thema", "Doel", "Aanpak"]),
      line(282, ["Zorg en", "In 2027 krijgt", "Een wekelijks"]),
      line(268, ["veiligheid", "90% zorg.", "veiligheidsoverle"]),
      line(254, [undefined, undefined, "g."]),
      line(236, ["Jeugdoverlast", "Het aantal", "Jongerenwerk op"]),
      line(222, [undefined, "daalt naar 300.", "straat."]),
    ];
    expect([...findTables(rows).values()].map((r) => r.cells)).toEqual([
      ["Thema", "Doel", "Aanpak"],
      ["Zorg en veiligheid", "In 2027 krijgt 90% zorg.", "Een wekelijks veiligheidsoverleg."],
      ["Jeugdoverlast", "Het aantal daalt naar 300.", "Jongerenwerk op straat."],
    ]);
  });
});
