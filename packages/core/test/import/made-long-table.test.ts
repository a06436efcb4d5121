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
import { convertedByLibreOffice, flatOdt, odtH as h, odtP as p, odtStyle, SKIPPED, TOOLS, type Made } from "./made.js";
import { unaccountedWords } from "./support.js";

const THEMES = ["Ondermijning", "Woninginbraken", "Jeugdoverlast", "Drugsoverlast", "Verkeersveiligheid", "Huiselijk geweld", "Cybercriminaliteit", "Evenementen", "Horeca", "Radicalisering", "Mensenhandel", "Zorg en veiligheid", "Brandveiligheid", "Crisisbeheersing"];
const ROWS = [["Doel", "Indicator", "Nulmeting", "Streefwaarde", "Bron"], ...THEMES.map((t, i) => [`Minder overlast en criminaliteit rond ${t.toLowerCase()} in alle kernen van de gemeente`, `Meldingen ${t.toLowerCase()} per jaar`, `${100 + i} (2023)`, `${80 + i} (2027)`, "Politie en gemeente"])];
const row = (r: readonly string[]) => `<table:table-row>${r.map((c) => `<table:table-cell office:value-type="string">${p(c)}</table:table-cell>`).join("")}</table:table-row>`;
const TABLE = `<table:table table:name="Doelen"><table:table-column table:number-columns-repeated="5"/><table:table-header-rows>${row(ROWS[0]!)}</table:table-header-rows>${ROWS.slice(1).map(row).join("")}</table:table>`;
const INTRO = "Dit integraal veiligheidsplan van de gemeente Dijkwaard beschrijft de koers voor 2025-2028. ".repeat(4).trim();
const THEMES_SENTENCE = `Onze thema's zijn ${THEMES.map((t) => t.toLowerCase()).join(", ")}.`;
const LAST = "Jaarlijks informeren we de gemeenteraad over de voortgang.";
const body = [p("Veilig samen in Dijkwaard", "Cover"), p("Integraal Veiligheidsplan 2025-2028", "Cover2"), h("1. Inleiding", 1), ...Array.from({ length: 6 }, () => p(INTRO)), p(THEMES_SENTENCE), h("2. Doelen", 1), TABLE, h("3. Sturing", 1), p(LAST)].join("\n");
const FODT = flatOdt({ styles: [
  odtStyle("Body", '<style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="11pt"/>'),
  odtStyle("Small", '<style:text-properties fo:font-size="9pt"/>'),
  odtStyle("Cover", '<style:text-properties fo:font-size="28pt" fo:font-weight="bold"/>'),
  odtStyle("Cover2", '<style:text-properties fo:font-size="18pt"/>'),
  odtStyle("H1", '<style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>', 1),
], body, runningHeader: "Integraal Veiligheidsplan Dijkwaard 2025-2028" });

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
