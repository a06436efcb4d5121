/**
 * The importer on documents it was not tuned on: each example plan set as a plain-text document the way
 * a word processor's "save as text" or an OCR tool gives it (no Markdown, lines wrapped, words broken
 * at line ends, page numbers and breaks, the adoption written out in the text), imported back. The
 * plan must come out with the same structure, amounts and front matter as the source.
 */
import { describe, expect, it } from "vitest";
import { parse, type ParsedPlan } from "@veiligheidsplan/core";
import { importDocument } from "@veiligheidsplan/core/import";
import { agreement, asTextDocument, bodyWords, readExample, unaccountedWords } from "./support.js";

const structure = (p: ParsedPlan) => ({
  themes: p.themes.map((t) => [t.nummer, t.title, t.soort, t.opgave !== undefined, t.ambitie !== undefined, t.pillars.map((x) => x.title)]),
  amounts: p.budget?.lines.map((l) => [l.deelproduct, ...l.cells.map((c) => c.raw)]),
  totals: p.budget?.totals?.cells.map((c) => c.raw),
  unit: p.budget?.unit?.centsPerUnit,
  toelichting: p.budget?.toelichting.map((t) => t.deelproduct.toLowerCase()),
});

describe.each(["minimaal.veiligheidsplan", "nijmegen-2022-2026.veiligheidsplan"])("%s as a plain-text document", (name) => {
  const source = readExample(name);
  const expected = parse(source);
  const document = asTextDocument(source);

  it("comes back with the same themes, pillars, budget and toelichting", async () => {
    const r = await importDocument(new TextEncoder().encode(document), { fileName: "plan.txt" });
    expect(structure(parse(r.text))).toEqual(structure(expected));
  });

  it("comes back with the front matter the text states (gemeente, periode, who proposed and adopted it, when)", async () => {
    const r = await importDocument(new TextEncoder().encode(document), { fileName: "plan.txt" });
    const got = parse(r.text).plan.metadata;
    const want = expected.plan.metadata;
    expect([got.titel, got.gemeente, got.periode, got.status, got.voorgesteld?.datum, got.vastgesteld?.datum]).toEqual([want.titel, want.gemeente, want.periode, want.status, want.voorgesteld?.datum, want.vastgesteld?.datum]);
  });

  it("keeps the words: ≥99% of the source's in order, and every word of the document", async () => {
    const r = await importDocument(new TextEncoder().encode(document), { fileName: "plan.txt" });
    expect(agreement(bodyWords(source), bodyWords(r.text))).toBeGreaterThanOrEqual(0.99);
    expect(unaccountedWords(document, r.text, r.notes)).toEqual([]);
  });
});

describe("a Markdown document", () => {
  it("keeps its structure and every word, and its own front matter as a comment to compare with", async () => {
    const source = readExample("nijmegen-2022-2026.veiligheidsplan");
    const r = await importDocument(new TextEncoder().encode(source), { fileName: "plan.md" });
    expect(structure(parse(r.text))).toEqual(structure(parse(source)));
    expect(agreement(bodyWords(source), bodyWords(r.text))).toBe(1);
    expect(r.text).toContain("<!-- gegevens uit het bronbestand:\nformaat: veiligheidsplan/1");
    expect(unaccountedWords(source, r.text, r.notes)).toEqual([]);
  });
});

describe("a table whose narrow cells were wrapped (text out of a PDF)", () => {
  it("does not turn the wrapped ends of cells ('4)', '4) e') into themes", async () => {
    const text = [
      "Veilig in Proefstad",
      "",
      "Prioritaire thema's",
      "",
      "1. Ondermijning",
      "",
      "Opgave",
      "Ondermijning raakt de hele stad en vraagt om een gezamenlijke aanpak van gemeente en partners.",
      "",
      "Ambitie",
      "We herkennen ondermijning eerder en grijpen samen in.",
      "",
      "Doel                Indicator               Nul    Streef Bro",
      "Eerder herkend      Meldingen per jaar      40     80 gem",
      "                                            (202   (2028) eent",
      "",
      "4) e",
      "",
      "2. Veilige wijken",
      "",
      "Opgave",
      "Bewoners moeten zich veilig voelen in hun straat en hun buurt.",
      "",
      "Ambitie",
      "Per wijk een veiligheidsaanpak.",
      "",
      "4)",
      "",
    ].join("\n");
    const back = parse((await importDocument(new TextEncoder().encode(text), { fileName: "plan.txt" })).text);
    expect(back.themes.map((t) => `${t.nummer}. ${t.title}`)).toEqual(["1. Ondermijning", "2. Veilige wijken"]);
  });
});
