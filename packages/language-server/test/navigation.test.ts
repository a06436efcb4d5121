import { formatText } from "@veiligheidsplan/core";
import { describe, expect, it } from "vitest";
import { getDefinition, getDocumentLinks, getReferences, getRenameEdits, prepareRename } from "../src/service/index.js";
import { applyEdits, doc, editsOf, find, marked, readExample, URI } from "./helpers.js";

const nijmegen = readExample("nijmegen-2022-2026.veiligheidsplan");
const minimaal = readExample("minimaal.veiligheidsplan");
const lineOf = (text: string, needle: string) => find(text, needle).line;

describe("go to definition", () => {
  it("from a theme reference to the theme's heading", () => {
    const defs = getDefinition(doc(nijmegen, { lint: false }), find(nijmegen, "(Thema 4 — Zorg & Veiligheid)", 8));
    expect(defs).toHaveLength(1);
    expect(defs![0]!.uri).toBe(URI);
    expect(defs![0]!.range.start.line).toBe(lineOf(nijmegen, "### 4. Zorg & Veiligheid"));
  });

  it("from a range reference to every theme in it", () => {
    const defs = getDefinition(doc(nijmegen, { lint: false }), find(nijmegen, "thema’s 7 t/m 9", 9));
    expect(defs!.map((d) => d.range.start.line)).toEqual(["### 7.", "### 8.", "### 9."].map((h) => lineOf(nijmegen, h)));
  });

  it("from a toelichting heading to its budget line, and back", () => {
    const d = doc(minimaal, { lint: false });
    const toLine = getDefinition(d, find(minimaal, "#### Brandweerzorg", 7));
    expect(toLine![0]!.range.start.line).toBe(lineOf(minimaal, "| 3. Brandweerzorg"));
    const toToelichting = getDefinition(d, find(minimaal, "| 3. Brandweerzorg", 8));
    expect(toToelichting![0]!.range.start.line).toBe(lineOf(minimaal, "#### Brandweerzorg"));
  });

  it("from a listed pillar to its elaboration", () => {
    const defs = getDefinition(doc(minimaal, { lint: false }), find(minimaal, "2. Een weerbare organisatie.", 5));
    expect(defs![0]!.range.start.line).toBe(lineOf(minimaal, "##### Een weerbare organisatie"));
  });

  it("from a pillar named in the sentence to its elaboration under a labelled heading, and back (the structure's one reading)", () => {
    const text = "---\nformaat: veiligheidsplan/1\n---\n\n# Plan\n\n## Prioritaire thema's\n\n### 1. Ondermijning\n\n#### Ambitie\n\nOnze aanpak kent twee pijlers: preventie en handhaving.\n\n##### Pijler 1: Preventie\n\nVoorlichting.\n\n##### Pijler 2 – Handhaving\n\nControles.\n";
    const d = doc(text, { lint: false });
    expect(getDefinition(d, find(text, "handhaving.", 3))![0]!.range.start.line).toBe(lineOf(text, "##### Pijler 2"));
    const back = getDefinition(d, find(text, "##### Pijler 1: Preventie", 8))![0]!.range;
    expect(back.start).toEqual(find(text, "preventie en"));
  });

  it("nowhere from plain prose", () => {
    expect(getDefinition(doc(minimaal, { lint: false }), find(minimaal, "Criminelen maken", 3))).toBeNull();
  });
});

describe("find references", () => {
  it("finds a theme's heading and every reference to it, also by number inside a range", () => {
    const d = doc(nijmegen, { lint: false });
    const refs = getReferences(d, find(nijmegen, "### 4. Zorg & Veiligheid", 8), true)!;
    const lines = refs.map((r) => r.range.start.line);
    expect(lines[0]).toBe(lineOf(nijmegen, "### 4. Zorg & Veiligheid"));
    expect(lines).toContain(lineOf(nijmegen, "(Thema 4 — Zorg & Veiligheid)"));
    expect(lines).toContain(lineOf(nijmegen, "(Thema 4 - Zorg & Veiligheid & Thema 5"));
    expect(lines).toContain(lineOf(nijmegen, "thema’s 1 t/m 6"));
    const withoutDeclaration = getReferences(d, find(nijmegen, "### 4. Zorg & Veiligheid", 8), false)!;
    expect(withoutDeclaration).toHaveLength(refs.length - 1);
  });

  it("finds a deelproduct's budget line and its toelichting", () => {
    const refs = getReferences(doc(minimaal, { lint: false }), find(minimaal, "#### Veilige wijken", 7), true)!;
    expect(refs.map((r) => r.range.start.line)).toEqual([lineOf(minimaal, "| 2. Veilige wijken"), lineOf(minimaal, "#### Veilige wijken")]);
  });
});

describe("rename", () => {
  it("renames a theme from its heading and updates the title in every numbered reference", () => {
    const d = doc(minimaal, { lint: false });
    const at = find(minimaal, "### 3. Brandveiligheid", 10);
    const prepared = prepareRename(d, at);
    expect(prepared).toMatchObject({ placeholder: "Brandveiligheid" });
    const out = applyEdits(minimaal, editsOf(getRenameEdits(d, at, "Brandveiligheid en brandweerzorg") as never));
    expect(out).toContain("### 3. Brandveiligheid en brandweerzorg\n");
    expect(out).toContain("(Thema 3 - Brandveiligheid en brandweerzorg)");
    expect(out.replace(/Brandveiligheid en brandweerzorg/g, "Brandveiligheid")).toBe(minimaal);
  });

  it("renames a theme from a reference's title, and a by-title reference too", () => {
    const m = marked("## Prioritaire thema's\n\n### 1. Veilige wijken\n\nTekst.\n\n## Financiën\n\nZie het thema “Veilige wijken” en (Thema 1 - Veilige <|>wijken).\n");
    const d = doc(m.text, { lint: false });
    const out = applyEdits(m.text, editsOf(getRenameEdits(d, m.cursors[0]!, "Leefbare buurten", { documentChanges: true }) as never));
    expect(out).toBe("## Prioritaire thema's\n\n### 1. Leefbare buurten\n\nTekst.\n\n## Financiën\n\nZie het thema “Leefbare buurten” en (Thema 1 - Leefbare buurten).\n");
  });

  it("refuses to rename through a theme's number, and says how", () => {
    const d = doc(minimaal, { lint: false });
    const r = prepareRename(d, find(minimaal, "### 3. Brandveiligheid", 4));
    expect(r).toMatchObject({ error: expect.stringContaining("via zijn titel") });
    expect(getRenameEdits(d, find(minimaal, "### 2. Veilige wijken", 10), "  ")).toMatchObject({ error: expect.stringContaining("niet leeg") });
  });

  it("renames a deelproduct in the table and its toelichting, keeping the table aligned", () => {
    const d = doc(minimaal, { lint: false });
    const at = find(minimaal, "| 2. Veilige wijken", 8);
    expect(prepareRename(d, at)).toMatchObject({ placeholder: "Veilige wijken" });
    const out = applyEdits(minimaal, editsOf(getRenameEdits(d, at, "Wijkgerichte veiligheidsaanpak") as never));
    expect(out).toContain("| 2. Wijkgerichte veiligheidsaanpak |");
    expect(out).toContain("#### Wijkgerichte veiligheidsaanpak\n");
    // Still the canonical layout: the formatter has nothing left to do in the table.
    expect(formatText(out, { fix: false }).output).toBe(out);
  });
});

describe("document links", () => {
  it("links citations to wetten.overheid.nl and the predecessor's file to its path", () => {
    const text = minimaal.replace(/(  vastgesteld: \d{4}-\d{2}-\d{2}\n)(?=grondslag)/, "$1  bestand: ../oud/samen-veilig.veiligheidsplan\n");
    const links = getDocumentLinks(doc(text, { lint: false }));
    expect(links.map((l) => l.target)).toContain("https://wetten.overheid.nl/jci1.3:c:BWBR0027466&artikel=3a");
    const file = links.find((l) => l.target?.startsWith("file:"))!;
    expect(file.target).toBe("file:///werk/oud/samen-veilig.veiligheidsplan");
    expect(file.range.start).toEqual(find(text, "../oud/samen-veilig"));
  });
});
