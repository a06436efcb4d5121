/**
 * A goals table over three pages of a designed plan: a running header and "Pagina n van m" on every
 * page, the table's header repeated at the top of each page (LibreOffice's "table:table-header-rows",
 * Word's "Kopregel herhalen"), rows cut by the pages. Its rows have a gap per column, and the last
 * column "Politie en gemeente" is three words: page 2 was taken for two columns of prose and read
 * column by column (the targets became headings, "### 84 (2027) Politie en gemeente"), and the footer
 * right under the table went into its last row ("Minder overlast en Pagina 1 van 3"); a first cell that runs
 * up to 4 pt from the next column's text ("verkeersveiligheid in" beside "per jaar") made one cell of both
 * and ended the table there.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { importDocument } from "@veiligheidsplan/core/import";
import { convertedByLibreOffice, SKIPPED, TOOLS, type Made } from "./made.js";
import { unaccountedWords } from "./support.js";

const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const p = (t: string, style = "Body") => `<text:p text:style-name="${style}">${esc(t)}</text:p>`;
const h = (t: string, level: number) => `<text:h text:style-name="H${level}" text:outline-level="${level}">${esc(t)}</text:h>`;
const THEMES = ["Ondermijning", "Woninginbraken", "Jeugdoverlast", "Drugsoverlast", "Verkeersveiligheid", "Huiselijk geweld", "Cybercriminaliteit", "Evenementen", "Horeca", "Radicalisering", "Mensenhandel", "Zorg en veiligheid", "Brandveiligheid", "Crisisbeheersing"];
const ROWS = [["Doel", "Indicator", "Nulmeting", "Streefwaarde", "Bron"], ...THEMES.map((t, i) => [`Minder overlast en criminaliteit rond ${t.toLowerCase()} in alle kernen van de gemeente`, `Meldingen ${t.toLowerCase()} per jaar`, `${100 + i} (2023)`, `${80 + i} (2027)`, "Politie en gemeente"])];
const row = (r: readonly string[]) => `<table:table-row>${r.map((c) => `<table:table-cell office:value-type="string">${p(c)}</table:table-cell>`).join("")}</table:table-row>`;
const TABLE = `<table:table table:name="Doelen"><table:table-column table:number-columns-repeated="5"/><table:table-header-rows>${row(ROWS[0]!)}</table:table-header-rows>${ROWS.slice(1).map(row).join("")}</table:table>`;
const INTRO = "Dit integraal veiligheidsplan van de gemeente Dijkwaard beschrijft de koers voor 2025-2028. ".repeat(4).trim();
const THEMES_SENTENCE = `Onze thema's zijn ${THEMES.map((t) => t.toLowerCase()).join(", ")}.`;
const LAST = "Jaarlijks informeren we de gemeenteraad over de voortgang.";
const body = [p("Veilig samen in Dijkwaard", "Cover"), p("Integraal Veiligheidsplan 2025-2028", "Cover2"), h("1. Inleiding", 1), ...Array.from({ length: 6 }, () => p(INTRO)), p(THEMES_SENTENCE), h("2. Doelen", 1), TABLE, h("3. Sturing", 1), p(LAST)].join("\n");
const style = (name: string, props: string, level?: number) => `<style:style style:name="${name}" style:family="paragraph"${level ? ` style:default-outline-level="${level}"` : ""}>${props}</style:style>`;
const FODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
${style("Body", '<style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="11pt"/>')}
${style("Small", '<style:text-properties fo:font-size="9pt"/>')}
${style("Cover", '<style:text-properties fo:font-size="28pt" fo:font-weight="bold"/>')}
${style("Cover2", '<style:text-properties fo:font-size="18pt"/>')}
${style("H1", '<style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>', 1)}
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">
<style:header>${p("Integraal Veiligheidsplan Dijkwaard 2025-2028", "Small")}</style:header>
<style:footer><text:p text:style-name="Small">Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body></office:document>`;

describe.skipIf(!TOOLS)(`a goals table over three pages, with a running header, a footer and its header repeated${SKIPPED}`, () => {
  let docs: Made;
  beforeAll(() => {
    docs = convertedByLibreOffice("langetabel", "fodt", FODT);
  }, 300_000);

  it("pdf: the table's pages are not taken for two columns, and no footer goes into a row", async () => {
    const r = await importDocument(docs.pdf, { fileName: "plan.pdf" });
    expect(r.text).not.toMatch(/^#+ \d+ \(\d{4}\)/m);
    expect(r.text.split("\n").filter((l) => l.startsWith("|") && /Pagina \d/.test(l))).toEqual([]);
    // Every row whole, also those the pages cut and those whose first cell runs up to a few points from the next.
    const rows = r.text.split("\n").filter((l) => l.startsWith("| Minder")).map((l) => l.split("|").slice(1, -1).map((c) => c.trim()));
    expect(rows).toEqual(ROWS.slice(1));
    expect(r.text).toContain(LAST);
    expect(unaccountedWords([INTRO, THEMES_SENTENCE, ...ROWS.flat(), LAST].join("\n"), r.text, r.notes)).toEqual([]);
  });
});
