/**
 * The Word reader on what real documents hold besides heading styles: headings made by hand (bold
 * paragraphs), footnotes and endnotes side by side (each numbered from 1), and tracked changes.
 * Documents made byte by byte (./documents.ts); LibreOffice-made ones are in the CLI's
 * third-party-shapes test.
 */
import { describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";
import { importDocument } from "@veiligheidsplan/core/import";
import { docxWith } from "./documents.js";

const headings = (plan: string) => plan.split("\n").filter((l) => /^#{1,6} /.test(l));

describe("a Word document whose headings are bold paragraphs, not heading styles", () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (text: string, bold = false) => `<w:p><w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const body = [
    p("Integraal Veiligheidsplan Maasgouw 2023-2026", true),
    p("1. Inleiding", true),
    p("Dit plan is van de gemeente Maasgouw en loopt van 2023 tot en met 2026."),
    p("2. Prioriteiten", true),
    p("2.1 Ondermijning", true),
    p("We pakken ondermijning aan met onze partners."),
    p("2.2 Jeugd", true),
    p("Jongeren doen mee in hun wijk."),
    p("3. Organisatie", true),
    p("Jaarlijks informeren we de raad."),
    p("Let op: een vetgedrukte zin is geen kop.", true),
  ].join("");

  it("reads the bold lines as headings, nested by their numbers, and a bold sentence as text", async () => {
    const r = await importDocument(docxWith(`<w:document ${W}><w:body>${body}</w:body></w:document>`), { fileName: "plan.docx" });
    expect(headings(r.text)).toEqual(["# Integraal Veiligheidsplan Maasgouw 2023-2026", "## 1. Inleiding", "## 2. Prioriteiten", "### 2.1 Ondermijning", "### 2.2 Jeugd", "## 3. Organisatie"]);
    expect(parse(r.text).themes.map((t) => t.title)).toEqual(["Ondermijning", "Jeugd"]);
    expect(r.text).toContain("Let op: een vetgedrukte zin is geen kop.");
  });
});

describe("a Word document with both footnotes and endnotes (each numbered from 1)", () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const note = (tag: string, text: string) => `<w:${tag} w:id="1"><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:${tag}>`;
  const doc = `<w:document ${W}><w:body><w:p><w:r><w:t xml:space="preserve">De politie telde meer meldingen</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> en de GGD ook</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r><w:r><w:t>.</w:t></w:r></w:p></w:body></w:document>`;

  it("keeps each note with its own text and its own label", async () => {
    const bytes = docxWith(doc, { "word/footnotes.xml": `<w:footnotes ${W}>${note("footnote", "Bron: politie, 2023.")}</w:footnotes>`, "word/endnotes.xml": `<w:endnotes ${W}>${note("endnote", "Bron: GGD-monitor, 2022.")}</w:endnotes>` });
    const r = await importDocument(bytes, { fileName: "plan.docx" });
    expect(r.text).toContain("De politie telde meer meldingen[^1] en de GGD ook[^e1].");
    expect(r.text).toContain("[^1]: Bron: politie, 2023.");
    expect(r.text).toContain("[^e1]: Bron: GGD-monitor, 2022.");
  });
});

describe("a Word document with tracked changes", () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
  const doc = `<w:document ${W}><w:body><w:p>${r("We pakken ")}<w:del w:id="1"><w:r><w:delText>snel </w:delText></w:r></w:del><w:ins w:id="2">${r("samen ")}</w:ins>${r("ondermijning aan")}<w:moveFrom w:id="3">${r(" in de wijken")}</w:moveFrom>${r(".")}</w:p><w:p><w:moveTo w:id="4">${r("In de wijken")}</w:moveTo>${r(" zijn we zichtbaar.")}</w:p></w:body></w:document>`;

  it("reads the text as it stands after the changes: insertions and moved text where it went, no deletions", async () => {
    const out = await importDocument(docxWith(doc), { fileName: "plan.docx" });
    expect(out.text).toContain("We pakken samen ondermijning aan.");
    expect(out.text).toContain("In de wijken zijn we zichtbaar.");
    expect(out.text).not.toContain("snel");
  });
});

describe("a Word document that sets each theme out as a card: a table of its parts", () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (text: string, bold = false) => `<w:p><w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const tc = (text: string) => `<w:tc>${p(text)}</w:tc>`;
  const card = (rows: readonly (readonly [string, string])[]) => `<w:tbl>${rows.map(([a, b]) => `<w:tr>${tc(a)}${tc(b)}</w:tr>`).join("")}</w:tbl>`;
  const body = [
    p("Integraal Veiligheidsplan Peelrode 2027-2030", true),
    p("1. Prioriteiten", true),
    p("1.1 Ondermijning", true),
    card([["Wat zien we?", "Criminelen misbruiken panden: 140 signalen in 2025."], ["Wat willen we bereiken?", "In 2030 zijn alle leegstaande schuren gecontroleerd."], ["Wat gaan we doen?", "Controles met de politie."], ["Partners", "Politie, OM en RIEC"]]),
    p("1.2 Jeugd", true),
    card([["Probleemschets", "Jeugdgroepen in het centrum."], ["Doelstelling:", "Het aantal meldingen daalt tot 2030 met 20%."]]),
    p("2. Colofon", true),
    card([["Uitgave", "Gemeente Peelrode"], ["Datum", "november 2026"]]),
  ].join("");

  it("makes each row its label as a heading with the text under it, so the themes have their parts, and reports it", async () => {
    const r = await importDocument(docxWith(`<w:document ${W}><w:body>${body}</w:body></w:document>`), { fileName: "plan.docx" });
    expect(parse(r.text).themes.map((t) => [t.title, t.opgave?.title, t.ambitie?.title])).toEqual([
      ["Ondermijning", "Wat zien we?", "Wat willen we bereiken?"],
      ["Jeugd", "Probleemschets", "Doelstelling"],
    ]);
    expect(r.text).toContain("Politie, OM en RIEC");
    expect(r.text).toMatch(/#### Wat gaan we doen\?\n\nControles met de politie\./);
    expect(r.notes.filter((n) => n.messageId === "import.kaartAlsKoppen")).toHaveLength(2);
    // A table of other labels (a colophon's) stays a table.
    expect(r.text).toMatch(/\| Uitgave +\| Gemeente Peelrode +\|/);
  });
});
