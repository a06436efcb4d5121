/**
 * Tables with merged cells, as goals tables often have them (a header "Meting" over "Nulmeting" and
 * "Streefwaarde"; a theme's name down several rows): each reader keeps every cell in its column, so the
 * columns of the plan's table are the document's. Word (gridSpan, vMerge), OpenDocument
 * (covered-table-cell, number-columns-repeated) and HTML (colspan, rowspan), documents made byte by byte.
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { importDocument } from "@veiligheidsplan/core/import";
import { docxWith } from "./documents.js";

/** The rows of the first table in a plan's text, cells trimmed. */
const tableOf = (plan: string) =>
  plan
    .split("\n")
    .filter((l) => l.startsWith("|") && !/^\|[\s:|-]+\|$/.test(l))
    .map((l) => l.slice(1, -1).split("|").map((c) => c.trim()));

const EXPECTED = [
  ["Doel", "Meting", ""],
  ["", "Nulmeting", "Streefwaarde"],
  ["Minder inbraken", "4,2 (2023)", "3,0 (2028)"],
  ["", "5,0 (2023)", "4,0 (2028)"],
];

describe("tables with merged cells keep their columns", () => {
  it("Word: a cell merged across two columns, and one merged down two rows", async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const tc = (text: string, pr = "") => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ""}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const empty = (pr: string) => `<w:tc><w:tcPr>${pr}</w:tcPr><w:p/></w:tc>`;
    const tr = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
    const table = `<w:tbl>${tr(tc("Doel", '<w:vMerge w:val="restart"/>'), tc("Meting", '<w:gridSpan w:val="2"/>'))}${tr(empty("<w:vMerge/>"), tc("Nulmeting"), tc("Streefwaarde"))}${tr(tc("Minder inbraken", '<w:vMerge w:val="restart"/>'), tc("4,2 (2023)"), tc("3,0 (2028)"))}${tr(empty("<w:vMerge/>"), tc("5,0 (2023)"), tc("4,0 (2028)"))}</w:tbl>`;
    const doc = `<w:document ${W}><w:body><w:p><w:r><w:t>Integraal Veiligheidsplan Voorbeeldstad</w:t></w:r></w:p>${table}</w:body></w:document>`;
    const r = await importDocument(docxWith(doc), { fileName: "plan.docx" });
    expect(tableOf(r.text)).toEqual(EXPECTED);
  });

  it("OpenDocument: covered cells and repeated empty cells", async () => {
    const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
    const cell = (text: string, attrs = "") => `<table:table-cell ${attrs}><text:p>${text}</text:p></table:table-cell>`;
    const covered = "<table:covered-table-cell/>";
    const row = (...cells: string[]) => `<table:table-row>${cells.join("")}</table:table-row>`;
    const table = `<table:table>${row(cell("Doel", 'table:number-rows-spanned="2"'), cell("Meting", 'table:number-columns-spanned="2"'), covered)}${row(covered, cell("Nulmeting"), cell("Streefwaarde"))}${row(cell("Minder inbraken", 'table:number-rows-spanned="2"'), cell("4,2 (2023)"), cell("3,0 (2028)"), '<table:table-cell table:number-columns-repeated="1000"/>')}${row(covered, cell("5,0 (2023)"), cell("4,0 (2028)"))}</table:table>`;
    const content = `<office:document-content ${NS}><office:body><office:text><text:p>Integraal Veiligheidsplan Voorbeeldstad</text:p>${table}</office:text></office:body></office:document-content>`;
    const odt = zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.text"), "content.xml": strToU8(content) });
    const r = await importDocument(odt, { fileName: "plan.odt" });
    // The thousand repeated empty cells at the row's end are left off, not written out.
    expect(tableOf(r.text)).toEqual(EXPECTED);
  });

  it("HTML: colspan and rowspan", async () => {
    const page = `<html><body><h1>Integraal Veiligheidsplan Voorbeeldstad</h1><table>
<tr><th rowspan="2">Doel</th><th colspan="2">Meting</th></tr>
<tr><th>Nulmeting</th><th>Streefwaarde</th></tr>
<tr><td rowspan="2">Minder inbraken</td><td>4,2 (2023)</td><td>3,0 (2028)</td></tr>
<tr><td>5,0 (2023)</td><td>4,0 (2028)</td></tr>
</table></body></html>`;
    const r = await importDocument(new TextEncoder().encode(page), { fileName: "plan.html" });
    expect(tableOf(r.text)).toEqual(EXPECTED);
  });
});
