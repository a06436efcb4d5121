/**
 * A plan whose priorities are set in two columns, with a goals table in the left column beside the
 * right column's prose (as designed plans set their themes, two to a page). The table's short cells
 * and the column's headings made too few lines with prose on both sides of the gutter, so the page was
 * read line by line across both columns: every paragraph of the section interleaved with the other
 * column's. Written as a flat OpenDocument file and turned by LibreOffice into .docx and .pdf (./made.ts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";
import { importDocument } from "@veiligheidsplan/core/import";
import { convertedByLibreOffice, flatOdt, odtH as h, odtP as p, odtStyle, SKIPPED, TOOLS, TWO_COLUMNS, type Made } from "./made.js";

const PROSE = "De politie registreerde minder woninginbraken, maar meer meldingen van overlast door personen met verward gedrag. Inwoners geven hun buurt een 7,4 voor veiligheid.";
const OPGAVE = `Bij woninginbraken gaat het vaak om dezelfde daders. ${PROSE} ${PROSE}`;
const JEUGD = `Groepen jongeren veroorzaken overlast rond de winkelcentra. ${PROSE} ${PROSE}`;
const GOALS = [["Doel", "Indicator", "Nulmeting", "Streefwaarde", "Bron"], ["Minder woninginbraken", "Aantal per jaar", "84 (2023)", "60 (2027)", "Politie"], ["Minder jeugdoverlast", "Meldingen per jaar", "220 (2023)", "150 (2027)", "Politie"]];
const table = `<table:table table:name="Doelen"><table:table-column table:number-columns-repeated="5"/>${GOALS.map((r) => `<table:table-row>${r.map((c) => `<table:table-cell office:value-type="string">${p(c, "Small")}</table:table-cell>`).join("")}</table:table-row>`).join("")}</table:table>`;
const body = [
  p("Veilig samen in Dijkwaard", "Cover"),
  p("Integraal Veiligheidsplan 2025-2028", "Cover2"),
  h("1. Inleiding", 1),
  p(`Dit plan van de gemeente Dijkwaard geeft de koers voor 2025 tot en met 2028. ${PROSE}`),
  h("2. Prioriteiten", 1),
  `<text:section text:style-name="TwoColumns" text:name="Kolommen">${[h("2.1 Prioriteit 1: Woninginbraken", 2), p("Opgave", "Bold"), p(OPGAVE), p("Doelen", "Bold"), table, p(`${PROSE} ${PROSE} ${PROSE}`), h("2.2 Prioriteit 2: Jeugd", 2), p("Opgave", "Bold"), p(JEUGD)].join("")}</text:section>`,
  h("3. Sturing", 1),
  p("Jaarlijks informeren we de gemeenteraad met de Veiligheidsbrief over de voortgang. In 2028 evalueren we het plan."),
].join("\n");
const FODT = flatOdt({ styles: [
  odtStyle("Body", '<style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="11pt"/>'),
  odtStyle("Small", '<style:text-properties fo:font-size="9pt"/>'),
  odtStyle("Bold", '<style:text-properties fo:font-size="11pt" fo:font-weight="bold"/>'),
  odtStyle("Cover", '<style:text-properties fo:font-size="28pt" fo:font-weight="bold"/>'),
  odtStyle("Cover2", '<style:text-properties fo:font-size="18pt"/>'),
  odtStyle("H1", '<style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>', 1),
  odtStyle("H2", '<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>', 2),
], body, automatic: TWO_COLUMNS });

describe.skipIf(!TOOLS)(`priorities in two columns, a goals table in the left one${SKIPPED}`, () => {
  let docs: Made;
  beforeAll(() => {
    docs = convertedByLibreOffice("tweekoloms", "fodt", FODT);
  }, 300_000);

  it.each(["docx", "pdf"] as const)("%s: each column's paragraphs whole and in order, and both priorities with their opgave", async (kind) => {
    const r = await importDocument(docs[kind], { fileName: `plan.${kind}` });
    const paragraphs = r.text.split("\n\n");
    for (const t of [OPGAVE, `${PROSE} ${PROSE} ${PROSE}`, JEUGD]) expect(paragraphs).toContain(t);
    const plan = parse(r.text);
    expect(plan.themes.map((t) => [t.title, Boolean(t.opgave)])).toEqual([
      ["Woninginbraken", true],
      ["Jeugd", true],
    ]);
  });
});
