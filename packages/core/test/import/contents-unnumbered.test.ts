/**
 * Tables of contents as published plans give them, not only "entries ending in page numbers under
 * Inhoud": without page numbers (a CVDR publication's nested list, a Word contents field converted to
 * text), with "pag. N" on some lines only, and without an "Inhoud" heading. Each is one list, every
 * chapter a heading once, no word lost, and the themes come from the chapters, not from the contents.
 * And a numbered list in the text that names later chapters stays text. The layouts follow published
 * plans (a CVDR publication, Word and PDF text); the prose is written for these tests.
 */
import { describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";
import { importDocument } from "@veiligheidsplan/core/import";
import { unaccountedWords } from "./support.js";

const importText = (text: string) => importDocument(new TextEncoder().encode(text), { fileName: "plan.txt" });
const headings = (plan: string) => plan.split("\n").filter((l) => /^#{1,6} /.test(l));
/** The items of the first list in the plan after `after` (a heading line, or the title when omitted). */
function firstList(plan: string, after = "# "): string[] {
  const lines = plan.split("\n");
  const from = lines.findIndex((l) => l.startsWith(after));
  const start = lines.findIndex((l, i) => i > from && l.startsWith("- "));
  const items: string[] = [];
  for (let i = start; i >= 0 && i < lines.length && lines[i]!.startsWith("- "); i++) items.push(lines[i]!.slice(2));
  return items;
}

/** The body every shape below shares: two chapters, the priorities with two themes, and the closing chapter. */
const BODY = (n: { intro: string; prio: string; t1: string; t2: string; work: string; end: string }) => `${n.intro}

Dit plan beschrijft hoe de gemeente Wolderveen de komende vier jaar aan de veiligheid werkt.

${n.prio}

De raad kiest twee prioriteiten.

${n.t1}

Opgave
Criminelen misbruiken bedrijfspanden op de bedrijventerreinen.

Ambitie
In 2028 zijn alle bedrijventerreinen twee keer gecontroleerd.

${n.t2}

Opgave
Steeds meer inwoners worden slachtoffer van online fraude.

Ambitie
In 2028 kent de helft van de inwoners de tips van de campagne.

${n.work}

We werken samen met politie, openbaar ministerie en de zorgpartners.

${n.end}

Dit plan treedt in werking op 1 januari 2025.
`;

const THEMES = ["Ondermijning", "Digitale veiligheid"];

describe("a table of contents without page numbers, as a CVDR publication gives it (each number on a line of its own)", () => {
  const text = `Integraal Veiligheidsplan Wolderveen 2025-2028

Inhoud

  • 1.

    Een nieuw veiligheidsplan

  • 2.

    De prioriteiten

    • 1.

      Ondermijning

    • 2.

      Digitale veiligheid

  • 3.

    Hoe werken we?

  • 4.

    Slotbepalingen

${BODY({ intro: "1. Een nieuw veiligheidsplan", prio: "2. De prioriteiten", t1: "2.1 Ondermijning", t2: "2.2 Digitale veiligheid", work: "3. Hoe werken we?", end: "4. Slotbepalingen" })}`;

  it("is one list, each number with its title, and every chapter a heading once", async () => {
    const r = await importText(text);
    expect(firstList(r.text, "## Inhoud")).toEqual(["1. Een nieuw veiligheidsplan", "2. De prioriteiten", "1. Ondermijning", "2. Digitale veiligheid", "3. Hoe werken we?", "4. Slotbepalingen"]);
    expect(headings(r.text).filter((h) => /Slotbepalingen|Hoe werken we|Een nieuw veiligheidsplan/.test(h))).toEqual(["## 1. Een nieuw veiligheidsplan", "## 3. Hoe werken we?", "## 4. Slotbepalingen"]);
    expect(unaccountedWords(text, r.text, r.notes)).toEqual([]);
  });

  it("takes its themes from the chapter of priorities, not from the contents", async () => {
    const r = await importText(text);
    expect(parse(r.text).themes.map((t) => t.title)).toEqual(THEMES);
  });
});

describe("a table of contents of numbered entries without page numbers, each a block of its own", () => {
  const text = `Integraal Veiligheidsplan Wolderveen 2025-2028

Inhoud

1. Inleiding

2. Prioriteiten

2.1. Ondermijning

2.2. Digitale veiligheid

3. Hoe werken we?

4. Slotbepalingen

${BODY({ intro: "1. Inleiding", prio: "2. Prioriteiten", t1: "2.1. Ondermijning", t2: "2.2. Digitale veiligheid", work: "3. Hoe werken we?", end: "4. Slotbepalingen" })}`;

  it("is one list, and the real chapters are chapters, not headings under the contents' last entry", async () => {
    const r = await importText(text);
    expect(firstList(r.text, "## Inhoud")).toEqual(["1. Inleiding", "2. Prioriteiten", "2.1. Ondermijning", "2.2. Digitale veiligheid", "3. Hoe werken we?", "4. Slotbepalingen"]);
    expect(headings(r.text)).toEqual([
      "# Integraal Veiligheidsplan Wolderveen 2025-2028",
      "## Inhoud",
      "## 1. Inleiding",
      "## 2. Prioriteiten",
      "### 2.1. Ondermijning",
      "#### Opgave",
      "#### Ambitie",
      "### 2.2. Digitale veiligheid",
      "#### Opgave",
      "#### Ambitie",
      "## 3. Hoe werken we?",
      "## 4. Slotbepalingen",
    ]);
    expect(unaccountedWords(text, r.text, r.notes)).toEqual([]);
    expect(parse(r.text).themes.map((t) => t.title)).toEqual(THEMES);
  });
});

describe("a table of contents with 'pag. N' after each entry", () => {
  const text = `Jaarplan Veiligheid 2025 Gemeente Wolderveen

Inhoudsopgave

Hoofdstuk 1. Inleiding pag. 3

Hoofdstuk 2. Prioriteiten pag. 4

2.1. Ondermijning pag. 4

2.2. Digitale veiligheid blz. 6

Hoofdstuk 3. Hoe werken we? pag. 8

Hoofdstuk 4. Slotbepalingen pag. 9

${BODY({ intro: "Hoofdstuk 1. Inleiding", prio: "Hoofdstuk 2. Prioriteiten", t1: "2.1. Ondermijning", t2: "2.2. Digitale veiligheid", work: "Hoofdstuk 3. Hoe werken we?", end: "Hoofdstuk 4. Slotbepalingen" })}`;

  it("is one list without the page references, each reported", async () => {
    const r = await importText(text);
    expect(firstList(r.text, "## Inhoudsopgave")).toEqual(["Hoofdstuk 1. Inleiding", "Hoofdstuk 2. Prioriteiten", "2.1. Ondermijning", "2.2. Digitale veiligheid", "Hoofdstuk 3. Hoe werken we?", "Hoofdstuk 4. Slotbepalingen"]);
    expect(r.notes.filter((n) => n.messageId === "import.inhoudsopgave").map((n) => n.text)).toEqual(["pag. 3", "pag. 4", "pag. 4", "blz. 6", "pag. 8", "pag. 9"]);
    expect(unaccountedWords(text, r.text, r.notes)).toEqual([]);
    expect(parse(r.text).themes.map((t) => t.title)).toEqual(THEMES);
  });
});

describe("a table of contents with page numbers on the sections only, not on the chapters", () => {
  const text = `Jaarplan Veiligheid 2025 Gemeente Wolderveen

Inhoudsopgave

Managementsamenvatting pag. 3

Hoofdstuk 1. Inleiding

Hoofdstuk 2. Prioriteiten

2.1. Ondermijning pag. 4

2.2. Digitale veiligheid pag. 6

Hoofdstuk 3. Hoe werken we?

Hoofdstuk 4. Slotbepalingen

Managementsamenvatting

Het college legt dit jaarplan aan de raad voor.

${BODY({ intro: "Hoofdstuk 1. Inleiding", prio: "Hoofdstuk 2. Prioriteiten", t1: "2.1. Ondermijning", t2: "2.2. Digitale veiligheid", work: "Hoofdstuk 3. Hoe werken we?", end: "Hoofdstuk 4. Slotbepalingen" })}`;

  it("is one list, and the summary after it is a chapter, not a heading under the contents' last entry", async () => {
    const r = await importText(text);
    expect(firstList(r.text, "## Inhoudsopgave")).toEqual(["Managementsamenvatting", "Hoofdstuk 1. Inleiding", "Hoofdstuk 2. Prioriteiten", "2.1. Ondermijning", "2.2. Digitale veiligheid", "Hoofdstuk 3. Hoe werken we?", "Hoofdstuk 4. Slotbepalingen"]);
    const hs = headings(r.text);
    expect(hs).toContain("## Managementsamenvatting");
    for (const h of ["Managementsamenvatting", "Inleiding", "Slotbepalingen"]) expect(hs.filter((l) => l.includes(h))).toHaveLength(1);
    expect(unaccountedWords(text, r.text, r.notes)).toEqual([]);
    expect(parse(r.text).themes.map((t) => t.title)).toEqual(THEMES);
  });
});

describe("a table of contents without a heading, its entries in capitals with page numbers", () => {
  const text = `Integraal Veiligheidsplan Wolderveen 2025-2028

VOORWOORD 3

1. INLEIDING 4

2. PRIORITEITEN 5

2.1. Ondermijning 5

2.2. Digitale veiligheid 7

3. HOE WERKEN WE? 9

4. SLOTBEPALINGEN 10

VOORWOORD

Met trots bieden wij u dit plan aan.

${BODY({ intro: "1. INLEIDING", prio: "2. PRIORITEITEN", t1: "2.1. Ondermijning", t2: "2.2. Digitale veiligheid", work: "3. HOE WERKEN WE?", end: "4. SLOTBEPALINGEN" })}`;

  it("is one list without its page numbers, and the voorwoord and chapters are headings once", async () => {
    const r = await importText(text);
    expect(firstList(r.text)).toEqual(["VOORWOORD", "1. INLEIDING", "2. PRIORITEITEN", "2.1. Ondermijning", "2.2. Digitale veiligheid", "3. HOE WERKEN WE?", "4. SLOTBEPALINGEN"]);
    expect(r.notes.filter((n) => n.messageId === "import.inhoudsopgave").map((n) => n.text)).toEqual(["3", "4", "5", "5", "7", "9", "10"]);
    const hs = headings(r.text);
    expect(hs).toContain("## VOORWOORD");
    for (const h of ["VOORWOORD", "INLEIDING", "SLOTBEPALINGEN"]) expect(hs.filter((l) => l.includes(h))).toHaveLength(1);
    expect(hs.some((h) => / \d+$/.test(h) && !/2025-2028$/.test(h))).toBe(false);
    expect(unaccountedWords(text, r.text, r.notes)).toEqual([]);
    expect(parse(r.text).themes.map((t) => t.title)).toEqual(THEMES);
  });
});

describe("a table of contents without a heading or page numbers, at the document's start", () => {
  const text = `Integraal Veiligheidsplan Wolderveen 2025-2028

Inleiding

Prioriteiten

Ondermijning

Digitale veiligheid

Hoe werken we?

${BODY({ intro: "Inleiding", prio: "Prioriteiten", t1: "Ondermijning", t2: "Digitale veiligheid", work: "Hoe werken we?", end: "Slotbepalingen" })}`;

  it("is one list, because its entries come back in the same order as the chapters, with the text between them", async () => {
    const r = await importText(text);
    expect(firstList(r.text)).toEqual(["Inleiding", "Prioriteiten", "Ondermijning", "Digitale veiligheid", "Hoe werken we?"]);
    for (const h of ["Inleiding", "Prioriteiten", "Hoe werken we?"]) expect(headings(r.text).filter((l) => l.endsWith(` ${h}`))).toHaveLength(1);
    expect(unaccountedWords(text, r.text, r.notes)).toEqual([]);
    expect(parse(r.text).themes.map((t) => t.title)).toEqual(THEMES);
  });
});

describe("a list in the text that names later chapters", () => {
  const numbered = `Integraal Veiligheidsplan Wolderveen 2025-2028

1. Inleiding

Dit plan beschrijft hoe de gemeente Wolderveen de komende vier jaar aan de veiligheid werkt.

We werken aan:

1. Ondermijning

2. Digitale veiligheid

3. Hoe werken we?

2. Ondermijning

Opgave
Criminelen misbruiken bedrijfspanden op de bedrijventerreinen.

3. Digitale veiligheid

Opgave
Steeds meer inwoners worden slachtoffer van online fraude.

4. Hoe werken we?

We werken samen met politie, openbaar ministerie en de zorgpartners.
`;
  // Its items as numbered lines, the chapters they name without numbers: only where it stands tells it from a contents.
  const after = `Integraal Veiligheidsplan Wolderveen 2025-2028

Inleiding

Dit plan beschrijft hoe de gemeente Wolderveen de komende vier jaar aan de veiligheid werkt. We werken aan

1. Ondermijning
2. Digitale veiligheid
3. Hoe werken we?

Ondermijning

Criminelen misbruiken bedrijfspanden op de bedrijventerreinen.

Digitale veiligheid

Steeds meer inwoners worden slachtoffer van online fraude.

Hoe werken we?

We werken samen met politie, openbaar ministerie en de zorgpartners.
`;

  it.each([
    ["numbered, after its lead-in", numbered, /We werken aan:\n\n1\. Ondermijning\n2\. Digitale veiligheid\n3\. Hoe werken we\?\n/],
    ["after the text, its items the next headings", after, /We werken aan\n\n1\. Ondermijning\n2\. Digitale veiligheid\n3\. Hoe werken we\?\n\n#+ Ondermijning\n/],
  ])("stays where it is, as text (%s)", async (_shape, text, list) => {
    const r = await importText(text);
    expect(r.text).toMatch(list);
    expect(r.notes.map((n) => n.messageId)).not.toContain("import.inhoudsopgave");
    expect(unaccountedWords(text, r.text, r.notes)).toEqual([]);
  });

  it("stays text right after the title, too, where its first item is not the next heading", async () => {
    const short = `Integraal Veiligheidsplan Wolderveen 2025-2028

Ondermijning

Digitale veiligheid

Zorg en veiligheid

Inleiding

Dit plan beschrijft de drie prioriteiten: Ondermijning, Digitale veiligheid en Zorg en veiligheid.

Ondermijning

Criminelen misbruiken bedrijfspanden.

Digitale veiligheid

Inwoners worden slachtoffer van online fraude.

Zorg en veiligheid

Inwoners met verward gedrag krijgen sneller zorg.
`;
    const r = await importText(short);
    expect(r.text).not.toMatch(/^- /m);
    expect(unaccountedWords(short, r.text, r.notes)).toEqual([]);
  });
});

describe("a long document: the contents is found without comparing each entry with each heading", () => {
  it("reads the contents of 200 chapters before 2,000 headings, none of them with page numbers", async () => {
    const chapters = Array.from({ length: 200 }, (_, c) => `${c + 1}. Hoofdonderwerp ${c + 1} van het plan`);
    const body = chapters.map((t, c) => [t, "Tekst over dit hoofdonderwerp.", ...Array.from({ length: 9 }, (_, s) => `${c + 1}.${s + 1} Deelonderwerp ${c + 1}.${s + 1} van het plan\n\nTekst over dit deelonderwerp.`)].join("\n\n"));
    const text = `Integraal Veiligheidsplan Wolderveen 2025-2028\n\n${chapters.join("\n\n")}\n\n${body.join("\n\n")}\n`;
    const t0 = performance.now();
    const r = await importText(text);
    const ms = performance.now() - t0;
    expect(firstList(r.text)).toEqual(chapters);
    expect(headings(r.text).filter((h) => h.includes("Hoofdonderwerp"))).toHaveLength(200);
    expect(ms).toBeLessThan(10_000);
  });
});
