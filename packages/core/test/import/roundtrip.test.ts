/**
 * Round trip through Word: plan → export to .docx → import → the same plan, modulo formatting: the
 * same front matter, themes, pillars, budget (every amount as written), toelichting and words. And the
 * .docx itself is what a griffie expects: Word heading styles, the budget as a Word table with its
 * amounts right-aligned, citations as links to wetten.overheid.nl, a title page.
 */
import { describe, expect, it } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import { parse, type ParsedPlan } from "@veiligheidsplan/core";
import { exportDocx } from "@veiligheidsplan/core/export";
import { importDocument } from "@veiligheidsplan/core/import";
import { agreement, bodyWords, readExample } from "./support.js";

export const planShape = (p: ParsedPlan) => ({
  metadata: p.plan.metadata,
  themes: p.themes.map((t) => [t.nummer, t.title, t.soort, t.opgave !== undefined, t.ambitie !== undefined, t.pillars.map((x) => [x.title, x.elaboration !== undefined])]),
  budget: p.budget && {
    unit: p.budget.unit?.centsPerUnit,
    years: p.budget.years.map((y) => y.text),
    lines: p.budget.lines.map((l) => [l.nummer, l.deelproduct, ...l.cells.map((c) => c.raw)]),
    totals: p.budget.totals?.cells.map((c) => c.raw),
    toelichting: p.budget.toelichting.map((t) => [t.deelproduct, t.alleThemas, t.refs.map((r) => r.nummer)]),
  },
  footnotes: p.blocks.filter((b) => b.kind === "footnote").length,
});

describe.each(["minimaal.veiligheidsplan", "nijmegen-2022-2026.veiligheidsplan"])("%s through Word and back", (name) => {
  const source = readExample(name);

  it("comes back as the same plan", async () => {
    const docx = await exportDocx(source);
    const back = await importDocument(docx, { fileName: "plan.docx" });
    expect(planShape(parse(back.text))).toEqual(planShape(parse(source)));
    expect(agreement(bodyWords(source), bodyWords(back.text))).toBe(1);
    expect(agreement(bodyWords(back.text), bodyWords(source))).toBe(1);
  });

  it("is a Word document with heading styles, the budget as a right-aligned table, citations as links and a title page", async () => {
    const files = unzipSync(await exportDocx(source));
    const xml = strFromU8(files["word/document.xml"]!);
    const rels = strFromU8(files["word/_rels/document.xml.rels"]!);
    const plan = parse(source);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*?Prioritaire thema/);
    expect(xml).toContain(`Gemeente ${plan.plan.metadata.gemeente}`);
    // Every amount of the budget sits right-aligned in a table cell.
    for (const line of plan.budget!.lines) {
      for (const c of line.cells) expect(xml).toMatch(new RegExp(`<w:jc w:val="(?:right|end)"/>(?:(?!</w:tc>)[\\s\\S])*?<w:t(?: [^>]*)?>${c.raw.replace(/[.]/g, "\\.")}</w:t>`));
    }
    expect(xml).toContain("<w:tbl>");
    expect(rels).toContain("https://wetten.overheid.nl/jci1.3:c:BWBR0031788&amp;artikel=38b&amp;lid=1");
  });
});
