/**
 * The HTML reader on Word's own HTML ("Opslaan als webpagina" / "Save as Web Page"): pieces written as
 * Word 2016 writes them (its `Mso` classes, `mso-` styles and conditional comments), each read as the
 * Word reader reads the same document as .docx: tracked deletions and comments left out, footnotes as
 * footnotes, Title and Subtitle as the front matter's, list paragraphs as lists, the table of contents
 * without its dot leaders and page numbers.
 */
import { describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";
import { importDocument } from "@veiligheidsplan/core/import";
import { unaccountedWords } from "./support.js";

const HEAD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>J. de Vries</o:Author></o:DocumentProperties></xml><![endif]-->
<style><!-- p.MsoNormal {margin-bottom:8.0pt;} @list l0:level1 {mso-level-number-format:bullet;} --></style></head>
<body lang=NL style='tab-interval:35.4pt'><div class=WordSection1>
`;
const page = (body: string, after = "") => `${HEAD}${body}\n</div>\n${after}</body></html>`;
const importWord = (html: string) => importDocument(new TextEncoder().encode(html), { fileName: "plan.htm" });
/** The plan's text without its front matter. */
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, "");
/** Words of the kept text that are not in the plan (nor reported as left out). */
const lost = (kept: string, r: { text: string; notes: readonly Parameters<typeof unaccountedWords>[2][number][] }) => unaccountedWords(kept, r.text, r.notes);

const bullet = (level: number, text: string, glyph = "&middot;") =>
  `<p class=MsoListParagraphCxSpMiddle style='margin-left:${36 * level}.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level${level} lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>${glyph}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>${text}<o:p></o:p></p>`;
const numbered = (n: string, text: string) =>
  `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l2 level1 lfo3'><![if !supportLists]><span style='mso-bidi-font-family:Calibri'><span style='mso-list:Ignore'>${n}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>${text}<o:p></o:p></p>`;
const footnoteRef = (kind: "ftn" | "edn", n: number) =>
  `<a style='mso-${kind === "ftn" ? "foot" : "end"}note-id:${kind}${n}' href="#_${kind}${n}" name="_${kind}ref${n}" title=""><span class=Mso${kind === "ftn" ? "Footnote" : "Endnote"}Reference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=Mso${kind === "ftn" ? "Footnote" : "Endnote"}Reference><span style='font-size:11.0pt;line-height:107%'>[${kind === "ftn" ? n : ["i", "ii"][n - 1]}]</span></span><![endif]></span></span></a>`;
const footnoteText = (kind: "ftn" | "edn", n: number, text: string) =>
  `<div style='mso-element:${kind === "ftn" ? "foot" : "end"}note' id=${kind}${n}><p class=Mso${kind === "ftn" ? "Footnote" : "Endnote"}Text><a style='mso-${kind === "ftn" ? "foot" : "end"}note-id:${kind}${n}' href="#_${kind}ref${n}" name="_${kind}${n}" title=""><span class=Mso${kind === "ftn" ? "Footnote" : "Endnote"}Reference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=Mso${kind === "ftn" ? "Footnote" : "Endnote"}Reference>[${kind === "ftn" ? n : ["i", "ii"][n - 1]}]</span><![endif]></span></span></a> ${text}</p></div>`;

describe("a plan Word saved as a web page", () => {
  it("leaves out the text a tracked change deleted and keeps what it inserted, so the adoption date is the new one", async () => {
    const r = await importWord(
      page(`<h1>Inleiding</h1>
<p class=MsoNormal>Het plan is opgesteld met <span class=msoDel><del cite="mailto:J.%20de%20Vries" datetime="2024-01-10T10:00">de brandweer en </del></span>politie en <span class=msoIns><ins cite="mailto:J.%20de%20Vries" datetime="2024-01-10T10:02">het </ins></span>Openbaar Ministerie.</p>
<p class=MsoNormal>De gemeenteraad heeft het plan op <del cite="mailto:J.%20de%20Vries" datetime="2024-01-10T10:00">5 februari 2024</del><ins cite="mailto:J.%20de%20Vries" datetime="2024-01-10T10:00">12 maart 2024</ins> vastgesteld.</p>`),
    );
    const text = body(r.text);
    expect(text).toContain("Het plan is opgesteld met politie en het Openbaar Ministerie.");
    expect(text).toContain("De gemeenteraad heeft het plan op 12 maart 2024 vastgesteld.");
    expect(text).not.toMatch(/februari|brandweer/);
    expect(parse(r.text).plan.metadata.vastgesteld?.datum).toBe("2024-03-12");
    expect(lost("Inleiding Het plan is opgesteld met politie en het Openbaar Ministerie. De gemeenteraad heeft het plan op 12 maart 2024 vastgesteld.", r)).toEqual([]);
    // A web page's own `del` (pandoc writes struck-out text so) is still read as it was.
    const other = await importDocument(new TextEncoder().encode("<!DOCTYPE html><html><body><h1>Inleiding</h1><p>Het plan loopt tot <del>2026</del> 2027.</p></body></html>"), { fileName: "plan.html" });
    expect(other.text).toContain("Het plan loopt tot 2026 2027.");
  });

  it("leaves out comments: no anchor in the text and no comment as a paragraph", async () => {
    const r = await importWord(
      page(
        `<h1>Inleiding</h1>
<p class=MsoNormal>Opgesteld met politie<a class=msocomanchor id="_anchor_1" onmouseover="msoCommentShow('_anchor_1','_com_1')" onmouseout="msoCommentHide('_com_1')" href="#_msocom_1" language=JavaScript name="_msoanchor_1">[JdV1]</a><span class=MsoCommentReference><span style='font-size:8.0pt;line-height:107%'>&nbsp;</span></span>.</p>`,
        `<div style='mso-element:comment-list'><![if !supportAnnotations]><hr class=msocomoff align=left size=1 width="33%"><![endif]>
<div style='mso-element:comment'><![if !supportAnnotations]><div id="_com_1" class=msocomtxt language=JavaScript onmouseover="msoCommentShow('_anchor_1','_com_1')" onmouseout="msoCommentHide('_com_1')"><![endif]>
<p class=MsoCommentText><span class=MsoCommentReference>&nbsp;<a href="#_msoanchor_1" class=msocomoff>[JdV1]</a></span>Brandweer schrappen? Overleg met de veiligheidsregio.</p>
<![if !supportAnnotations]></div><![endif]></div></div>`,
      ),
    );
    const text = body(r.text);
    expect(text).toContain("Opgesteld met politie.");
    expect(text).not.toMatch(/JdV|Brandweer|veiligheidsregio/);
    expect(lost("Inleiding Opgesteld met politie.", r)).toEqual([]);
  });

  it("makes footnotes and endnotes the plan's footnotes, each with its text", async () => {
    const r = await importWord(
      page(
        `<h1>Inleiding</h1>
<p class=MsoNormal>De burgemeester heeft het gezag over de politie${footnoteRef("ftn", 1)}. Het plan volgt de Gemeentewet${footnoteRef("edn", 1)} en de Politiewet${footnoteRef("ftn", 2)}.</p>`,
        `<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
${footnoteText("ftn", 1, "Conform artikel 11 Politiewet 2012.")}
${footnoteText("ftn", 2, "Artikel 38b Politiewet 2012.")}
</div>
<div style='mso-element:endnote-list'><![if !supportEndnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
${footnoteText("edn", 1, "Artikel 172 Gemeentewet.")}
</div>`,
      ),
    );
    const text = body(r.text);
    expect(text).toContain("De burgemeester heeft het gezag over de politie[^1]. Het plan volgt de Gemeentewet[^e1] en de Politiewet[^2].");
    expect(text).toContain("[^1]: Conform artikel 11 Politiewet 2012.");
    expect(text).toContain("[^2]: Artikel 38b Politiewet 2012.");
    expect(text).toContain("[^e1]: Artikel 172 Gemeentewet.");
    expect(text).not.toMatch(/\\?\[(?:1|2|i)\\?\]/);
    expect(lost("Inleiding De burgemeester heeft het gezag over de politie. Het plan volgt de Gemeentewet en de Politiewet. Conform artikel 11 Politiewet 2012. Artikel 38b Politiewet 2012. Artikel 172 Gemeentewet.", r)).toEqual([]);
  });

  it("takes the title and subtitle from Word's Title and Subtitle styles", async () => {
    const r = await importWord(
      page(`<p class=MsoTitle>Integraal Veiligheidsplan Dijkhoven 2024-2027</p>
<p class=MsoSubtitle>Samen werken aan een veilig Dijkhoven</p>
<h1>Inleiding</h1>
<p class=MsoNormal>Dit is het plan.</p>`),
    );
    const m = parse(r.text).plan.metadata;
    expect([m.titel, m.ondertitel, m.periode]).toEqual(["Integraal Veiligheidsplan Dijkhoven 2024-2027", "Samen werken aan een veilig Dijkhoven", { van: 2024, tot: 2027 }]);
    const text = body(r.text);
    // The title before the first chapter, not under it.
    expect(text.indexOf("Integraal Veiligheidsplan Dijkhoven")).toBeLessThan(text.indexOf("Inleiding"));
    expect(text).not.toMatch(/^Samen werken/m);
  });

  it("reads Word's list paragraphs as lists, without the bullet or number Word shows", async () => {
    const r = await importWord(
      page(`<h1>Prioriteiten</h1>
<p class=MsoNormal>Wij kiezen voor:</p>
${bullet(1, "Ondermijning")}
${bullet(2, "drugshandel en witwassen", "o")}
${bullet(1, "Jeugd en veiligheid")}
<p class=MsoNormal>De aanpak kent drie stappen:</p>
${numbered("1.", "signaleren;")}
${numbered("2.", "analyseren;")}
${numbered("3.", "ingrijpen.")}`),
    );
    const text = body(r.text);
    expect(text).toContain("- Ondermijning\n- drugshandel en witwassen\n- Jeugd en veiligheid\n");
    expect(text).toContain("1. signaleren;\n2. analyseren;\n3. ingrijpen.");
    expect(text).not.toMatch(/·|^o /m);
    expect(lost("Prioriteiten Wij kiezen voor: Ondermijning drugshandel en witwassen Jeugd en veiligheid De aanpak kent drie stappen: signaleren; analyseren; ingrijpen.", r)).toEqual([]);
  });

  it("reads the table of contents as one list, without its dot leaders and page numbers, each reported", async () => {
    const entry = (n: number, title: string, pageNo: number, hidden = false) => {
      const hide = (s: string) => (hidden ? `<span style='display:none;mso-hide:screen'>${s}</span>` : s);
      return `<p class=MsoToc1><span class=MsoHyperlink><a href="#_Toc${n}">${n}<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp; </span>${title}${hide(`<span style='mso-tab-count:1 dotted'>. . . . . . . . . . . . </span>`)}${hide(String(pageNo))}</a></span></p>`;
    };
    const r = await importWord(
      page(`<p class=MsoTocHeading>Inhoud</p>
${entry(1, "Inleiding", 3, true)}
${entry(2, "Prioriteiten", 4)}
${entry(3, "Financi&euml;n", 12)}
<h1><a name="_Toc1">1 Inleiding</a></h1><p class=MsoNormal>Tekst.</p><h1><a name="_Toc2">2 Prioriteiten</a></h1><p class=MsoNormal>Tekst.</p><h1><a name="_Toc3">3 Financi&euml;n</a></h1><p class=MsoNormal>Tekst.</p>`),
    );
    const text = body(r.text);
    expect(text).toContain("- 1 Inleiding\n- 2 Prioriteiten\n- 3 Financiën\n");
    expect(text).not.toMatch(/\. \.|Inleiding 3|Financiën 12/);
    expect(r.notes.filter((n) => n.messageId === "import.inhoudsopgave").map((n) => n.text)).toEqual(["3", "4", "12"]);
    expect(lost("Inhoud 1 Inleiding 3 2 Prioriteiten 4 3 Financiën 12 1 Inleiding Tekst. 2 Prioriteiten Tekst. 3 Financiën Tekst.", r)).toEqual([]);
  });
});
