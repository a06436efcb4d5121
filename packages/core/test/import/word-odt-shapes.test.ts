/**
 * Word and OpenDocument shapes a tester found lost or misread: text in a shape (LibreOffice writes
 * Word's text box as `draw:custom-shape`), a field's shown value (a caption's number), headings made by
 * hand and numbered by a Word list, hand-made headings set alike at different levels, and a table of
 * contents' heading that inherits the heading numbering. Documents made byte by byte; where soffice is
 * installed, LibreOffice's .odt of the .docx as well.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";
import { importDocument } from "@veiligheidsplan/core/import";
import { docxWith } from "./documents.js";
import { unaccountedWords } from "./support.js";

const headings = (plan: string) => plan.split("\n").filter((l) => /^#{1,6} /.test(l));
const SOFFICE = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

/** A document converted by LibreOffice (headless) to `to`. */
function viaLibreOffice(bytes: Uint8Array, ext: string, to: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "vp-wo-"));
  writeFileSync(join(dir, `doc.${ext}`), bytes);
  execFileSync("soffice", [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", to, "--outdir", dir, join(dir, `doc.${ext}`)], { timeout: 240_000, stdio: "ignore" });
  return new Uint8Array(readFileSync(join(dir, `doc.${to}`)));
}

// ── Word ──────────────────────────────────────────────────────────────────────────────────────

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const NS = `${W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"`;
const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
/** A run: bold, in `size` points, or in character style `rStyle`. */
const wr = (t: string, o: { b?: boolean; size?: number; rStyle?: string } = {}) => {
  const rPr = `${o.rStyle ? `<w:rStyle w:val="${o.rStyle}"/>` : ""}${o.b ? "<w:b/>" : ""}${o.size ? `<w:sz w:val="${o.size * 2}"/>` : ""}`;
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
};
/** A paragraph: its runs, style, and the list (numId, level) that numbers it. */
const wp = (runs: string, o: { style?: string; num?: [number, number] } = {}) => {
  const pPr = `${o.style ? `<w:pStyle w:val="${o.style}"/>` : ""}${o.num ? `<w:numPr><w:ilvl w:val="${o.num[1]}"/><w:numId w:val="${o.num[0]}"/></w:numPr>` : ""}`;
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${runs}</w:p>`;
};
/** A .docx Word and LibreOffice open: the document, its styles and numbering, with their content types and relationships. */
function wordDocx(document: string, styles: string, numbering?: string): Uint8Array {
  const ct = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>${numbering ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' : ""}</Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  const docRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${numbering ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : ""}</Relationships>`;
  return zipSync({
    "[Content_Types].xml": strToU8(ct),
    "_rels/.rels": strToU8(rels),
    "word/_rels/document.xml.rels": strToU8(docRels),
    "word/document.xml": strToU8(document),
    "word/styles.xml": strToU8(styles),
    ...(numbering ? { "word/numbering.xml": strToU8(numbering) } : {}),
  });
}
const wdoc = (body: string) => `<w:document ${NS}><w:body>${body}</w:body></w:document>`;
/** Styles as Word writes them: 11 pt text by default, Normal the default paragraph style. */
const wstyles = (more = "") =>
  `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>${more}</w:styles>`;
/** A multilevel list, "%1." over "%1.%2" (as writers number their own headings), as numId 4; and plain "%1." lists as numIds 5 and 6. */
const NUMBERING = `<w:numbering ${W}>
<w:abstractNum w:abstractNumId="4"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="6"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="4"><w:abstractNumId w:val="4"/></w:num><w:num w:numId="5"><w:abstractNumId w:val="5"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="6"/></w:num>
</w:numbering>`;

const TITLE = wp(wr("Integraal Veiligheidsplan Dijkhoven 2024-2027", { b: true, size: 24 }));
/** Headings made by hand, bold in 14 and 12 pt, numbered by the multilevel list; a numbered list of sentences and one of bold names inside. */
const HANDMADE_NUMBERED = [
  TITLE,
  wp(wr("Inleiding", { b: true, size: 14 }), { style: "ListParagraph", num: [4, 0] }),
  wp(wr("Dit plan beschrijft de koers van de gemeente Dijkhoven.")),
  wp(wr("Prioriteiten", { b: true, size: 14 }), { style: "ListParagraph", num: [4, 0] }),
  wp(wr("Wij kiezen voor twee prioriteiten.")),
  wp(wr("Ondermijning", { b: true, size: 12 }), { style: "ListParagraph", num: [4, 1] }),
  wp(wr("Minder criminele inmenging in de legale economie.")),
  wp(wr("Wij doen drie dingen:")),
  wp(wr("Wij versterken de Bibob-toets."), { style: "ListParagraph", num: [5, 0] }),
  wp(wr("Wij werken samen met het RIEC."), { style: "ListParagraph", num: [5, 0] }),
  wp(wr("Wij sluiten panden waar dat moet."), { style: "ListParagraph", num: [5, 0] }),
  // Bold character style ("Strong", "Zwaar"), not bold set on the run.
  wp(wr("Jeugd en veiligheid", { rStyle: "Zwaar", size: 12 }), { style: "ListParagraph", num: [4, 1] }),
  wp(wr("Minder overlast van jongeren in het centrum.")),
  wp(wr("Onze partners zijn:")),
  wp(wr("Politie", { b: true }), { style: "ListParagraph", num: [6, 0] }),
  wp(wr("Jongerenwerk", { b: true }), { style: "ListParagraph", num: [6, 0] }),
  wp(wr("Organisatie", { b: true, size: 14 }), { style: "ListParagraph", num: [4, 0] }),
  wp(wr("Jaarlijks informeren we de raad.")),
].join("");
const STRONG = '<w:style w:type="character" w:styleId="Zwaar"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>';
const HANDMADE_WORDS =
  "Integraal Veiligheidsplan Dijkhoven 2024-2027 1. Inleiding Dit plan beschrijft de koers van de gemeente Dijkhoven. 2. Prioriteiten Wij kiezen voor twee prioriteiten. 2.1 Ondermijning Minder criminele inmenging in de legale economie. Wij doen drie dingen: Wij versterken de Bibob-toets. Wij werken samen met het RIEC. Wij sluiten panden waar dat moet. 2.2 Jeugd en veiligheid Minder overlast van jongeren in het centrum. Onze partners zijn: Politie Jongerenwerk 3. Organisatie Jaarlijks informeren we de raad.";

describe("headings made by hand and numbered by a Word list (numPr on the paragraph, no heading style)", () => {
  const docx = wordDocx(wdoc(HANDMADE_NUMBERED), wstyles(STRONG), NUMBERING);

  const expectPlan = (text: string) => {
    expect(headings(text)).toEqual(["# Integraal Veiligheidsplan Dijkhoven 2024-2027", "## 1. Inleiding", "## 2. Prioriteiten", "### 2.1 Ondermijning", "### 2.2 Jeugd en veiligheid", "## 3. Organisatie"]);
    expect(parse(text).themes.map((t) => t.title)).toEqual(["Ondermijning", "Jeugd en veiligheid"]);
    // A numbered list of sentences stays a list, and so does a list of bold names side by side.
    expect(text).toContain("1. Wij versterken de Bibob-toets.\n2. Wij werken samen met het RIEC.\n3. Wij sluiten panden waar dat moet.");
    expect(text).toMatch(/1\. \*\*Politie\*\*\n2\. \*\*Jongerenwerk\*\*/);
  };

  it("docx: each is a heading with the number Word shows, its level from the list's level; the themes are found", async () => {
    const r = await importDocument(docx, { fileName: "plan.docx" });
    expectPlan(r.text);
    expect(unaccountedWords(HANDMADE_WORDS, r.text, r.notes)).toEqual([]);
  });

  it.skipIf(!SOFFICE)("odt (LibreOffice's, each heading a list of its own that continues the numbering): the same", async () => {
    const r = await importDocument(viaLibreOffice(docx, "docx", "odt"), { fileName: "plan.odt" });
    expectPlan(r.text);
    expect(unaccountedWords(HANDMADE_WORDS, r.text, r.notes)).toEqual([]);
  }, 300_000);
});

describe("headings made by hand, not numbered: two set alike under the same heading", () => {
  const body = (second: string) =>
    [
      TITLE,
      wp(wr("Prioriteiten", { b: true, size: 14 })),
      wp(wr("Wij kiezen voor twee prioriteiten.")),
      wp(wr("Ondermijning", { b: true, size: 12 })),
      wp(wr("Minder criminele inmenging in de legale economie.")),
      wp(wr(second, { b: true, size: 12 })),
      wp(wr("Minder overlast van jongeren in het centrum.")),
    ].join("");

  it("stand beside each other as themes, whether the second is named as a veiligheidsveld ('Jeugd en veiligheid') or not ('Drugs en overlast'), in .docx and LibreOffice's .odt", async () => {
    for (const second of ["Jeugd en veiligheid", "Drugs en overlast"]) {
      const docx = wordDocx(wdoc(body(second)), wstyles());
      for (const [kind, bytes] of [["docx", docx], ...(SOFFICE ? [["odt", viaLibreOffice(docx, "docx", "odt")]] : [])] as [string, Uint8Array][]) {
        const r = await importDocument(bytes, { fileName: `plan.${kind}` });
        expect(headings(r.text), `${kind}: ${second}`).toEqual(["# Integraal Veiligheidsplan Dijkhoven 2024-2027", "## Prioriteiten", "### Ondermijning", `### ${second}`]);
        expect(parse(r.text).themes.map((t) => t.title), `${kind}: ${second}`).toEqual(["Ondermijning", second]);
      }
    }
  }, 300_000);
});

describe("a Word table of contents whose heading style inherits the heading numbering", () => {
  const styles = wstyles(
    `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>`,
  );
  const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="7"/></w:num></w:numbering>`;
  const toc = (n: string, t: string, page: number) => wp(wr(`${n}`) + "<w:r><w:tab/></w:r>" + wr(t) + "<w:r><w:tab/></w:r>" + wr(String(page)), { style: "TOC1" });
  const body = [
    wp(wr("Integraal Veiligheidsplan Dijkhoven 2024-2027"), { style: "Title" }),
    wp(wr("Inhoud"), { style: "TOCHeading" }),
    toc("1", "Inleiding", 3),
    toc("2", "Prioriteiten", 4),
    toc("3", "Organisatie", 6),
    wp(wr("Inleiding"), { style: "Heading1" }),
    wp(wr("Dit plan beschrijft de koers van de gemeente Dijkhoven.")),
    wp(wr("Prioriteiten"), { style: "Heading1" }),
    wp(wr("Wij kiezen voor twee prioriteiten.")),
    wp(wr("Organisatie"), { style: "Heading1" }),
    wp(wr("Jaarlijks informeren we de raad.")),
  ].join("");

  it("is the contents' heading, not a numbered item; the contents one list without page numbers; the chapters numbered from 1", async () => {
    const r = await importDocument(docxWith(wdoc(body), { "word/styles.xml": styles, "word/numbering.xml": numbering }), { fileName: "plan.docx" });
    expect(headings(r.text)).toEqual(["# Integraal Veiligheidsplan Dijkhoven 2024-2027", "## Inhoud", "## 1 Inleiding", "## 2 Prioriteiten", "## 3 Organisatie"]);
    expect(r.text).toContain("- 1 Inleiding\n- 2 Prioriteiten\n- 3 Organisatie");
    expect(r.text).not.toMatch(/^\d+\. Inhoud/m);
  });
});

// ── OpenDocument ─────────────────────────────────────────────────────────────────────────────

const ODF_NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
].join(" ");
/** An .odt with the given body (office:text's content) and automatic styles. */
function odtWith(body: string, automatic = ""): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NS} office:version="1.3"><office:automatic-styles>${automatic}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${ODF_NS} office:version="1.3"><office:styles><style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"/><style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph"/></office:styles></office:document-styles>`;
  return zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.text"), "content.xml": strToU8(content), "styles.xml": strToU8(styles) });
}

describe("an OpenDocument text whose cover title is in a shape and whose caption is numbered by a field", () => {
  // As LibreOffice writes a Word text box: a draw:custom-shape, its paragraphs directly in it.
  const shape = `<text:p text:style-name="Standard"><draw:custom-shape text:anchor-type="char" draw:name="Tekstvak 1" svg:width="14cm" svg:height="3cm"><text:p text:style-name="Frame_20_contents"><text:span text:style-name="T1">Integraal Veiligheidsplan Dijkhoven 2024-2027</text:span></text:p><draw:enhanced-geometry draw:type="ooxml-rect" svg:viewBox="0 0 0 0"/></draw:custom-shape></text:p>`;
  // A rectangle with a key figure, in a group, and a frame's text box: each read once.
  const more = `<text:p text:style-name="Standard"><draw:g><draw:rect draw:name="Kader"><text:p>In 2023: 61 woninginbraken.</text:p></draw:rect></draw:g><draw:frame draw:name="Citaat"><draw:text-box><text:p>Veiligheid maken we samen.</text:p></draw:text-box></draw:frame></text:p>`;
  const body = [
    shape,
    `<text:h text:style-name="Heading_20_1" text:outline-level="1">Inleiding</text:h>`,
    `<text:p text:style-name="Standard">Het aantal woninginbraken daalt, zie <text:sequence-ref text:reference-format="category-and-value" text:ref-name="refFiguur0">Figuur 1</text:sequence-ref> in hoofdstuk <text:chapter text:display="number" text:outline-level="1">1</text:chapter>, stand <text:date style:data-style-name="N1" text:date-value="2024-01-23">23 januari 2024</text:date>, zie ook <text:bookmark-ref text:reference-format="text" text:ref-name="b1">de bijlage</text:bookmark-ref>.</text:p>`,
    more,
    `<text:p text:style-name="Caption">Figuur <text:sequence text:ref-name="refFiguur0" text:name="Figuur" text:formula="ooow:Figuur+1" style:num-format="1">1</text:sequence>: Aantal woninginbraken 2019-2023</text:p>`,
    `<text:p text:style-name="Footer">Pagina <text:page-number text:select-page="current">4</text:page-number> van <text:page-count>9</text:page-count></text:p>`,
  ].join("");
  const WORDS =
    "Integraal Veiligheidsplan Dijkhoven 2024-2027 Inleiding Het aantal woninginbraken daalt, zie Figuur 1 in hoofdstuk 1, stand 23 januari 2024, zie ook de bijlage. In 2023: 61 woninginbraken. Veiligheid maken we samen. Figuur 1: Aantal woninginbraken 2019-2023 Pagina van";

  it("reads the shape's text after its paragraph, once, as the title; keeps each field's shown text; leaves the page number out", async () => {
    const r = await importDocument(odtWith(body, '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-size="28pt"/></style:style>'), { fileName: "plan.odt" });
    expect(parse(r.text).plan.metadata.titel).toBe("Integraal Veiligheidsplan Dijkhoven 2024-2027");
    expect(r.text).toContain("Figuur 1: Aantal woninginbraken 2019-2023");
    expect(r.text).toContain("zie Figuur 1 in hoofdstuk 1, stand 23 januari 2024, zie ook de bijlage.");
    expect(r.text.match(/61 woninginbraken/g)).toHaveLength(1);
    expect(r.text.match(/Veiligheid maken we samen/g)).toHaveLength(1);
    expect(r.text).toContain("Pagina van");
    expect(unaccountedWords(WORDS, r.text, r.notes)).toEqual([]);
  });

  it("a contents heading the outline numbers is the contents' heading, without a number, and no chapter's number goes to it", async () => {
    const outline = `<text:h text:style-name="Contents_20_Heading" text:outline-level="1">Inhoud</text:h><text:h text:style-name="Heading_20_1" text:outline-level="1">Inleiding</text:h><text:p>Tekst.</text:p>`;
    const styles = `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${ODF_NS}><office:styles><style:style style:name="Heading_20_1" style:family="paragraph"/><style:style style:name="Contents_20_Heading" style:family="paragraph"/><text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="1" style:num-suffix="."/></text:outline-style></office:styles></office:document-styles>`;
    const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NS}><office:body><office:text><text:p text:style-name="Title">Veiligheidsplan Dijkhoven</text:p>${outline}</office:text></office:body></office:document-content>`;
    const r = await importDocument(zipSync({ "content.xml": strToU8(content), "styles.xml": strToU8(styles) }), { fileName: "plan.odt" });
    expect(headings(r.text).slice(1)).toEqual(["## Inhoud", "## 1. Inleiding"]);
  });
});

describe.skipIf(!SOFFICE)("LibreOffice's .odt of a Word document with a text box on its cover and a numbered caption", () => {
  const box = wp(wr("Integraal Veiligheidsplan Dijkhoven 2024-2027", { b: true, size: 28 }));
  const shape = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="5000000" cy="1000000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="Tekstvak 1"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5000000" cy="1000000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>${box}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="Tekstvak 1" type="#_x0000_t202" style="position:absolute;width:393.7pt;height:78.75pt"><v:textbox><w:txbxContent>${box}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
  const field = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> SEQ Figuur \\* ARABIC </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + wr("1") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
  const styles = wstyles(`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/></w:style>`);
  const body = [shape, wp(wr("Inleiding"), { style: "Heading1" }), wp(wr("Het aantal woninginbraken daalt, zie figuur 1.")), wp(wr("Figuur ") + field + wr(": Aantal woninginbraken 2019-2023"), { style: "Caption" })].join("");

  it("has the box's title as its title and the caption's number", async () => {
    const odt = viaLibreOffice(wordDocx(wdoc(body), styles), "docx", "odt");
    const r = await importDocument(odt, { fileName: "plan.odt" });
    expect(parse(r.text).plan.metadata.titel).toBe("Integraal Veiligheidsplan Dijkhoven 2024-2027");
    expect(r.text).toContain("Figuur 1: Aantal woninginbraken 2019-2023");
    expect(r.text.match(/Integraal Veiligheidsplan Dijkhoven/g)).toHaveLength(2); // the front matter's titel and the # heading
  }, 300_000);
});
