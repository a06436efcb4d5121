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
import { convertedByLibreOffice, SKIPPED, TOOLS, type Made } from "./made.js";

const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const p = (t: string, style = "Body") => `<text:p text:style-name="${style}">${esc(t)}</text:p>`;
const h = (t: string, level: number) => `<text:h text:style-name="H${level}" text:outline-level="${level}">${esc(t)}</text:h>`;
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
const style = (name: string, props: string, level?: number) => `<style:style style:name="${name}" style:family="paragraph"${level ? ` style:default-outline-level="${level}"` : ""}>${props}</style:style>`;
const FODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
${style("Body", '<style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="11pt"/>')}
${style("Small", '<style:text-properties fo:font-size="9pt"/>')}
${style("Bold", '<style:text-properties fo:font-size="11pt" fo:font-weight="bold"/>')}
${style("Cover", '<style:text-properties fo:font-size="28pt" fo:font-weight="bold"/>')}
${style("Cover2", '<style:text-properties fo:font-size="18pt"/>')}
${style("H1", '<style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>', 1)}
${style("H2", '<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>', 2)}
</office:styles>
<office:automatic-styles>
<style:style style:name="TwoColumns" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body></office:document>`;

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
