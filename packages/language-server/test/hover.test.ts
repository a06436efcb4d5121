import { describe, expect, it } from "vitest";
import { getCodeLenses, getHover, getInlayHints } from "../src/service/index.js";
import { doc, find, readExample, wordRule } from "./helpers.js";

const nijmegen = readExample("nijmegen-2022-2026.veiligheidsplan");
const value = (h: ReturnType<typeof getHover>) => (h && typeof h.contents === "object" && "value" in h.contents ? h.contents.value : "");

describe("hover", () => {
  it("on a legal citation in the front matter: the article's text and its wetten.overheid.nl link", () => {
    const h = getHover(doc(nijmegen), find(nijmegen, "artikel 38b, eerste lid, Politiewet 2012", 10));
    const v = value(h);
    expect(v).toContain("Artikel 38b, eerste lid, Politiewet 2012");
    expect(v).toContain("De gemeenteraad stelt ten minste eenmaal in de vier jaar de doelen vast");
    expect(v).toContain("(https://wetten.overheid.nl/jci1.3:c:BWBR0031788&artikel=38b&lid=1)");
    // The highlighted range is the citation itself.
    expect(h!.range!.start).toEqual(find(nijmegen, "artikel 38b, eerste lid, Politiewet 2012"));
  });

  it("on a citation in the prose of a law the register does not know: says so and names the known laws", () => {
    const text = "# Plan\n\nZie artikel 5 Wet op de kansspelen voor de regels.\n";
    const v = value(getHover(doc(text), find(text, "artikel 5", 3)));
    expect(v).toContain("staat niet in het register");
    expect(v).toContain("Politiewet 2012");
  });

  it("on the budget's 2022 total: the sum, the stated total and the difference in one line, without repeating the finding", () => {
    const row = nijmegen.split("\n").find((l) => /^\|\s*\*\*Totaal\*\*/.test(l))!;
    const cell = row.indexOf("16.848");
    expect(cell).toBeGreaterThan(0);
    const v = value(getHover(doc(nijmegen), find(nijmegen, row, cell + 2)));
    expect(v.split("\n")[0]).toBe("**Totaal 2022** · Opgeteld uit de regels: 6.706 · In de tabel: 16.848 · Verschil: 10.142");
    // The editor shows the finding's message itself; the hover names the rule and links its page.
    expect(v).not.toContain("een verschil van 10.142");
    expect(v).toContain("begroting-totalen");
    expect(v.split("\n").filter((l) => l.trim() !== "").length).toBeLessThanOrEqual(5);
  });

  it("on the Totaal label: every year at once, in English when asked", () => {
    const v = value(getHover(doc(nijmegen, { locale: "en" }), find(nijmegen, "**Totaal**", 3)));
    expect(v).toContain("Sum of the lines");
    for (const y of ["2022", "2023", "2024", "2025", "2026"]) expect(v).toContain(y);
    expect(v).toMatch(/Difference \| 10\.142 \| 142 \| 142 \| 142 \| 142 \|/);
  });

  // As begroting-totalen reads them: each part against its own totals row, a saldo as baten − lasten.
  const inParts = `# Plan

## Financiën

| Collegeproducten        |   2023 |   2024 |
| :---------------------- | -----: | -----: |
| Veiligheid              |        |        |
| Baten                   |     27 |     27 |
| Lasten                  |  2.597 |  2.640 |
| Totaal Veiligheid       | -2.570 | -2.613 |
| Brandweerzorg           |        |        |
| Lasten                  |  7.133 |  7.077 |
| Totaal Brandweerzorg    | -7.133 | -7.070 |
`;

  it("on a total in a table in parts: that part's saldo against its own total", () => {
    const first = value(getHover(doc(inParts), find(inParts, "-2.570", 2)));
    expect(first.split("\n")[0]).toBe("**Totaal 2023** · Saldo van de regels (baten min lasten of lasten min baten, zoals het totaal): -2.570 · In de tabel: -2.570 · Het totaal klopt.");
    const last = value(getHover(doc(inParts), find(inParts, "-7.070", 2)));
    expect(last.split("\n")[0]).toContain("-7.077 · In de tabel: -7.070 · Verschil: 7");
  });

  it("inlay hints and code lenses after every part's totals row, not only the last", () => {
    const hints = getInlayHints(doc(inParts)).map((h) => [h.position.line, h.label]);
    expect(hints).toEqual([
      [9, "saldo -2.570 · klopt"],
      [9, "saldo -2.613 · klopt"],
      [12, "saldo -7.133 · klopt"],
      [12, "saldo -7.077 · verschil 7"],
    ]);
    expect(getCodeLenses(doc(inParts)).map((l) => [l.range.start.line, l.command?.title])).toEqual([
      [9, "Totalen: 2023: saldo -2.570 · klopt  |  2024: saldo -2.613 · klopt"],
      [12, "Totalen: 2023: saldo -7.133 · klopt  |  2024: saldo -7.077 · verschil 7"],
    ]);
  });

  it("on a theme reference: the theme's number, title and kind", () => {
    const h = getHover(doc(nijmegen), find(nijmegen, "(Thema 4 — Zorg & Veiligheid)", 3));
    const v = value(h);
    expect(v).toContain("Thema 4: Zorg & Veiligheid");
    expect(v).toContain("prioritair thema");
  });

  it("on a theme heading: its kind, how often it is referred to, and which deelproducten fund it", () => {
    const text = readExample("minimaal.veiligheidsplan");
    const v = value(getHover(doc(text), find(text, "### 3. Brandveiligheid", 8)));
    expect(v).toContain("Thema 3: Brandveiligheid");
    expect(v).toContain("kernthema");
    expect(v).toContain("1 verwijzing(en)");
    expect(v).toContain("Gefinancierd uit: Brandweerzorg");
  });

  it("on a reference to a theme that does not exist: says there is none", () => {
    const text = "## Prioritaire thema's\n\n### 1. Ondermijning\n\nZie ook de aanpak van jeugdoverlast (Thema 12).\n";
    expect(value(getHover(doc(text), find(text, "Thema 12", 7)))).toContain("Er is geen thema 12 in dit plan.");
  });

  it("on a diagnostic: its message, the rule's explanation and a link to its page", () => {
    const text = "# Plan\n\nDit is FOUT geschreven.\n";
    const v = value(getHover(doc(text, { rules: [wordRule("test-woord", "FOUT", "goed")] }), find(text, "FOUT", 1)));
    expect(v).toContain("Geen FOUT");
    expect(v).toContain("Het woord FOUT hoort hier niet.");
    expect(v).toContain("docs/rules/test-woord.md");
  });

  it("as plain text for clients without Markdown", () => {
    const h = getHover(doc(nijmegen), find(nijmegen, "artikel 38b, eerste lid, Politiewet 2012", 10), { markdown: false });
    expect(h!.contents).toMatchObject({ kind: "plaintext" });
    const v = value(h);
    expect(v).toContain("Lees het artikel op wetten.overheid.nl: https://wetten.overheid.nl/jci1.3:c:BWBR0031788&artikel=38b&lid=1");
    expect(v).not.toMatch(/\*\*|\]\(/);
  });

  it("on plain prose: nothing", () => {
    expect(getHover(doc(nijmegen), find(nijmegen, "raakt aan de kernwaarden", 8))).toBeNull();
  });
});
