/**
 * A plan laid out as most published plans are (a joint plan; chapters numbered "3." with sections
 * "3.1 Prioriteit 1: …"; "Bovenlokale prioriteiten" and "Strategische thema's"), made into documents by
 * real third-party software: pandoc writes the .docx (once with heading styles, once with headings
 * made by hand as bold paragraphs), LibreOffice (headless soffice) the .pdf, and poppler's pdftotext
 * the plain text a colleague would copy out of that PDF (headings directly above their text, no blank
 * line between). Each is imported with the built CLI: the same municipalities,
 * themes and chapters must come back, and the plan must lint without a finding about its structure.
 * .ci/run installs the tools; without them these tests skip with a message.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";
import { ensureBuilt, run, tempDir } from "./harness.js";
import { imported, madeByPandocAndLibreOffice, TOOLS } from "./third-party.js";


const PLAN = `# Integraal Veiligheidsplan Heuvelrand 2024-2027

gemeente Gulpen-Wittem · gemeente Meerssen · gemeente Vaals · gemeente Valkenburg aan de Geul

Maart 2024

## 1. Inleiding

Dit is het gezamenlijke veiligheidsplan van de gemeenten Gulpen-Wittem, Meerssen, Vaals en Valkenburg aan de Geul voor de jaren 2024 tot en met 2027. De vier gemeenteraden stellen het elk vast, op grond van artikel 38b, eerste lid, Politiewet 2012.

## 2. Veiligheidsbeeld

Volgens de politie daalde het aantal woninginbraken tussen 2020 en 2023. Uit de Veiligheidsmonitor blijkt dat een op de zeven inwoners zich weleens onveilig voelt in de eigen buurt.

## 3. Bovenlokale prioriteiten

### 3.1 Prioriteit 1: Zorg en veiligheid verbinden

Inwoners met verward gedrag krijgen sneller passende zorg. In 2027 worden 90% van de meldingen binnen een week opgepakt.

### 3.2 Prioriteit 2: Ondermijning tegengaan

We willen dat in 2027 het aantal meldingen van ondermijning met 25% is gestegen, omdat meer signalen worden herkend.

## 4. Strategische thema’s

### 4.1 Veilige kernen

Bewoners kennen hun wijkagent en hun boa.

### 4.2 Jeugd en veiligheid

Jongeren die overlast geven worden snel begeleid.

## 5. Sturing en verantwoording

Jaarlijks informeren we de vier gemeenteraden met een veiligheidsrapportage over de voortgang. Aan het einde van de planperiode evalueren we dit plan.
`;

describe.skipIf(!TOOLS)(`a joint plan with numbered sections, made by pandoc, LibreOffice and pdftotext${TOOLS ? "" : " (skipped: soffice, pandoc or pdftotext not installed; .ci/run installs them)"}`, () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    // The same plan with its headings made by hand: bold paragraphs, no heading styles.
    dir = tempDir({ "plan.md": PLAN, "bold.md": PLAN.replace(/^#{2,3} (.*)$/gm, "**$1**") });
    for (const name of ["plan", "bold"]) execFileSync("pandoc", ["-f", "markdown", "-t", "docx", "-o", join(dir, `${name}.docx`), join(dir, `${name}.md`)]);
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "plan.docx"), join(dir, "bold.docx")], { timeout: 240_000, stdio: "ignore" });
    execFileSync("pdftotext", [join(dir, "plan.pdf"), join(dir, "plan-pdftotext.txt")]);
    // What the test is about: the copied text has each heading directly above its text.
    expect(readFileSync(join(dir, "plan-pdftotext.txt"), "utf8")).toMatch(/3\.1 Prioriteit 1: Zorg en veiligheid verbinden\nInwoners/);
  }, 300_000);

  it.each([["plan.docx"], ["plan.pdf"], ["plan-pdftotext.txt"], ["bold.docx"], ["bold.pdf"]])("%s comes back with its municipalities, themes and chapters", (file) => {
    const text = imported(dir, file);
    const p = parse(text);
    expect(p.plan.metadata.titel).toBe("Integraal Veiligheidsplan Heuvelrand 2024-2027");
    expect(p.plan.metadata.gemeenten?.map((g) => g.naam)).toEqual(["Gulpen-Wittem", "Meerssen", "Vaals", "Valkenburg aan de Geul"]);
    expect(p.themes.map((t) => [t.title, t.soort])).toEqual([
      ["Zorg en veiligheid verbinden", "prioritair"],
      ["Ondermijning tegengaan", "prioritair"],
      ["Veilige kernen", "kern"],
      ["Jeugd en veiligheid", "kern"],
    ]);
    // The chapter after the themes is a chapter, not a third strategic theme.
    expect(text).toMatch(/^## 5\. Sturing en verantwoording$/m);
    const lint = run(["lint", `${file}.veiligheidsplan`, "--format", "json", "--today", "2026-12-07"], { cwd: dir });
    const rules = (JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[]).flatMap((f) => f.messages.map((m) => m.ruleId));
    expect(rules).not.toContain("thema-nummering");
    expect(rules).not.toContain("metadata");
  });
});

/** For one describe block: writes `fodt` as `<name>.fodt` and has LibreOffice convert it to each format. */
function madeByLibreOffice(name: string, fodt: string, formats: readonly string[]): () => string {
  let dir = "";
  beforeAll(() => {
    ensureBuilt();
    dir = tempDir({ [`${name}.fodt`]: fodt });
    for (const to of formats) {
      execFileSync("soffice", [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", to, "--outdir", dir, join(dir, `${name}.fodt`)], { timeout: 240_000, stdio: "ignore" });
    }
  }, 300_000);
  return () => dir;
}

/**
 * An OpenDocument with what a word processor adds: a running header and a page-number footer on every
 * page, and a typed table of contents with dot leaders. LibreOffice turns it into .pdf, .odt and .docx.
 */
const FODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="24pt"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style/><style:footer-style/></style:page-layout>
  <style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Standard">Integraal Veiligheidsplan Heuvelrand 2024-2027</text:p></style:header>
   <style:footer><text:p text:style-name="Standard">Pagina <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
  <text:p text:style-name="Title">Integraal Veiligheidsplan Heuvelrand 2024-2027</text:p>
  <text:p text:style-name="Standard">gemeente Gulpen-Wittem · gemeente Meerssen · gemeente Vaals · gemeente Valkenburg aan de Geul</text:p>
  <text:p text:style-name="PB">Inhoudsopgave</text:p>
  <text:p text:style-name="Standard">1. Inleiding ........................................ 3</text:p>
  <text:p text:style-name="Standard">2. Bovenlokale prioriteiten ........................ 3</text:p>
  <text:p text:style-name="Standard">2.1 Prioriteit 1: Zorg en veiligheid verbinden ........ 3</text:p>
  <text:p text:style-name="Standard">2.2 Prioriteit 2: Ondermijning tegengaan ........... 4</text:p>
  <text:p text:style-name="Standard">3. Sturing en verantwoording ....................... 4</text:p>
  <text:h text:style-name="PB" text:outline-level="1">1. Inleiding</text:h>
  <text:p text:style-name="Standard">Dit is het gezamenlijke veiligheidsplan van de gemeenten Gulpen-Wittem, Meerssen, Vaals en Valkenburg aan de Geul voor de jaren 2024 tot en met 2027.</text:p>
  <text:h text:style-name="Heading_20_1" text:outline-level="1">2. Bovenlokale prioriteiten</text:h>
  <text:h text:style-name="Heading_20_2" text:outline-level="2">2.1 Prioriteit 1: Zorg en veiligheid verbinden</text:h>
  <text:p text:style-name="Standard">Inwoners met verward gedrag krijgen sneller passende zorg.</text:p>
  <text:h text:style-name="Heading_20_2" text:outline-level="2">2.2 Prioriteit 2: Ondermijning tegengaan</text:h>
  <text:p text:style-name="Standard">We herkennen meer signalen van ondermijning.</text:p>
  <text:h text:style-name="Heading_20_1" text:outline-level="1">3. Sturing en verantwoording</text:h>
  <text:p text:style-name="Standard">Jaarlijks informeren we de raden over de voortgang.</text:p>
 </office:text></office:body>
</office:document>
`;

describe.skipIf(!TOOLS)(`a plan with a running header, page numbers and a table of contents, made by LibreOffice${TOOLS ? "" : " (skipped: soffice, pandoc or pdftotext not installed; .ci/run installs them)"}`, () => {
  const dir = madeByLibreOffice("framed", FODT, ["pdf", "odt", "docx:MS Word 2007 XML"]);

  it.each([["framed.pdf"], ["framed.odt"], ["framed.docx"]])("%s: the table of contents is one list, the page furniture is gone, the headings are the plan's", (file) => {
    const text = imported(dir(), file);
    expect(text).toContain("## Inhoudsopgave\n\n- 1. Inleiding\n- 2. Bovenlokale prioriteiten\n- 2.1 Prioriteit 1: Zorg en veiligheid verbinden\n- 2.2 Prioriteit 2: Ondermijning tegengaan\n- 3. Sturing en verantwoording\n");
    expect(text).not.toMatch(/Pagina \d|\.{5}/);
    expect(text.match(/^#+ .*$/gm)).toEqual(["# Integraal Veiligheidsplan Heuvelrand 2024-2027", "## Inhoudsopgave", "## 1. Inleiding", "## 2. Bovenlokale prioriteiten", "### 2.1 Prioriteit 1: Zorg en veiligheid verbinden", "### 2.2 Prioriteit 2: Ondermijning tegengaan", "## 3. Sturing en verantwoording"]);
    expect(parse(text).themes.map((t) => t.title)).toEqual(["Zorg en veiligheid verbinden", "Ondermijning tegengaan"]);
  });
});

/** The same document with its headings numbered by the word processor (outline numbering), not typed. */
const NUMBERED = FODT.replace(
  " </office:styles>",
  `  <text:outline-style style:name="Outline">
   <text:outline-level-style text:level="1" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:outline-level-style>
   <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:outline-level-style>
  </text:outline-style>
 </office:styles>`,
)
  .replace(/(<text:h [^>]*>)\d+(?:\.\d+)?\.? /g, "$1")
  .replace(/ {2}<text:p text:style-name="PB">Inhoudsopgave<\/text:p>\n(?: {2}<text:p text:style-name="Standard">\d.*\n)+/, "")
  .replace('<text:h text:style-name="PB"', '<text:h text:style-name="Heading_20_1"');

describe.skipIf(!TOOLS)(`a plan whose headings the word processor numbers, made by LibreOffice${TOOLS ? "" : " (skipped: soffice, pandoc or pdftotext not installed; .ci/run installs them)"}`, () => {
  const dir = madeByLibreOffice("numbered", NUMBERED, ["pdf", "odt", "docx:MS Word 2007 XML"]);

  it.each([["numbered.pdf"], ["numbered.odt"], ["numbered.docx"]])("%s: the headings carry the numbers the document shows (2.1 under 2)", (file) => {
    const text = imported(dir(), file);
    expect(text.match(/^#+ .*$/gm)).toEqual(["# Integraal Veiligheidsplan Heuvelrand 2024-2027", "## 1. Inleiding", "## 2. Bovenlokale prioriteiten", "### 2.1 Prioriteit 1: Zorg en veiligheid verbinden", "### 2.2 Prioriteit 2: Ondermijning tegengaan", "## 3. Sturing en verantwoording"]);
  });
});

/** With a table of contents the word processor made (an index, as LibreOffice stores its last layout). */
const INDEXED = NUMBERED.replace(
  '  <text:h text:style-name="Heading_20_1" text:outline-level="1">Inleiding',
  `  <text:table-of-content text:name="Inhoudsopgave1">
   <text:table-of-content-source text:outline-level="2"><text:index-title-template>Inhoudsopgave</text:index-title-template></text:table-of-content-source>
   <text:index-body>
    <text:index-title text:name="Inhoudsopgave1_Head"><text:p text:style-name="PB">Inhoudsopgave</text:p></text:index-title>
    <text:p text:style-name="Standard">1. Inleiding<text:tab/>2</text:p>
    <text:p text:style-name="Standard">2. Bovenlokale prioriteiten<text:tab/>2</text:p>
    <text:p text:style-name="Standard">2.1 Prioriteit 1: Zorg en veiligheid verbinden<text:tab/>2</text:p>
    <text:p text:style-name="Standard">2.2 Prioriteit 2: Ondermijning tegengaan<text:tab/>2</text:p>
    <text:p text:style-name="Standard">3. Sturing en verantwoording<text:tab/>2</text:p>
   </text:index-body>
  </text:table-of-content>
  <text:h text:style-name="Heading_20_1" text:outline-level="1">Inleiding`,
);

describe.skipIf(!TOOLS)(`a plan with a table of contents the word processor made, by LibreOffice${TOOLS ? "" : " (skipped: soffice, pandoc or pdftotext not installed; .ci/run installs them)"}`, () => {
  const dir = madeByLibreOffice("indexed", INDEXED, ["odt", "docx:MS Word 2007 XML"]);

  it.each([["indexed.odt"], ["indexed.docx"]])("%s: the table of contents is kept, as one list without page numbers", (file) => {
    const text = imported(dir(), file);
    expect(text).toContain("## Inhoudsopgave\n\n- 1. Inleiding\n- 2. Bovenlokale prioriteiten\n- 2.1 Prioriteit 1: Zorg en veiligheid verbinden\n- 2.2 Prioriteit 2: Ondermijning tegengaan\n- 3. Sturing en verantwoording\n\n## 1. Inleiding\n");
  });
});

/** With a text box (a "kader" with key figures) anchored in a paragraph, as plans set their highlights. */
const BOXED = FODT.replace(
  '<text:p text:style-name="Standard">Inwoners met verward gedrag krijgen sneller passende zorg.</text:p>',
  `<text:p text:style-name="Standard">Inwoners met verward gedrag krijgen sneller passende zorg.<draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" text:anchor-type="paragraph" svg:width="8cm" svg:height="2cm"><draw:text-box><text:p text:style-name="Standard">Kader: 412 meldingen van verward gedrag in 2023.</text:p></draw:text-box></draw:frame></text:p>`,
);

describe.skipIf(!TOOLS)(`a plan with a text box, made by LibreOffice${TOOLS ? "" : " (skipped: soffice, pandoc or pdftotext not installed; .ci/run installs them)"}`, () => {
  // Not the PDF: there a box that lies over the text is read line by line with the text beside it (docs/import.md).
  const dir = madeByLibreOffice("boxed", BOXED, ["odt", "docx:MS Word 2007 XML"]);

  it.each([["boxed.odt"], ["boxed.docx"]])("%s: the text box's text is kept, once", (file) => {
    const text = imported(dir(), file);
    expect(text.match(/412 meldingen van verward gedrag in 2023/g)).toHaveLength(1);
  });
});

/**
 * A plan written the way many municipalities write theirs (no "Prioriteiten" word over the themes: each
 * theme a section asking the begroting's questions, the goals in a table with the years in its header,
 * the money in a "Financiële paragraaf", the predecessor named only by its years, the adopting council
 * in one sentence, a title long enough to wrap on the cover). pandoc writes the .docx, LibreOffice the .pdf.
 */
const QUESTIONS = `# Integraal Veiligheidsplan Rivierenland-Oost 2025–2028

Vastgesteld door de gemeenteraad van Rivierenland-Oost op 3 april 2025.

## 1. Terugblik op het vorige plan

Het Integraal Veiligheidsplan 2021–2024 had drie prioriteiten. De woninginbraken daalden met 18%.

## 2. Veiligheidsbeeld

Volgens de politie daalde het aantal misdrijven in 2024 met 6%. Uit de Veiligheidsmonitor 2023 blijkt dat 22% van de inwoners zich weleens onveilig voelt.

## 3. Ondermijning

### 3.1 Wat speelt er?

Criminelen gebruiken bedrijfspanden in het buitengebied voor drugsproductie.

### 3.2 Wat willen we bereiken?

Het aantal signalen van ondermijning bij het RIEC stijgt tot 2028 met 50 procent.

### 3.3 Wat mag het kosten?

Hiervoor is jaarlijks € 150.000 beschikbaar.

## 4. Jeugd en veiligheid

### 4.1 Wat speelt er?

Jongeren worden geronseld als drugskoerier.

### 4.2 Wat willen we bereiken?

| Doel | Indicator | Nulmeting 2024 | Streefwaarde 2028 | Bron |
|---|---|---|---|---|
| Minder jonge koeriers | Jongeren in beeld bij de politie | 40 | 30 | politie |

### 4.3 Wat mag het kosten?

Hiervoor is jaarlijks € 90.000 beschikbaar.

## 5. Financiële paragraaf

| (bedragen x € 1.000) | 2025 | 2026 | 2027 | 2028 |
|---|---:|---:|---:|---:|
| Ondermijning | 150 | 150 | 150 | 150 |
| Jeugd | 90 | 90 | 90 | 90 |
| **Totaal** | 240 | 240 | 240 | 240 |

## 6. Monitoring

Jaarlijks informeren we de gemeenteraad met een voortgangsrapportage over de doelen. In 2028 evalueren we het plan.
`;

describe.skipIf(!TOOLS)(`a plan that asks the begroting's questions per theme, made by pandoc and LibreOffice${TOOLS ? "" : " (skipped: soffice, pandoc or pdftotext not installed; .ci/run installs them)"}`, () => {
  const made = madeByPandocAndLibreOffice("vragen", QUESTIONS);

  it.each([["vragen.docx"], ["vragen.pdf"]])("%s: title, municipality, predecessor, themes and budget come back, and the goal and money checks pass", (file) => {
    const text = imported(made(), file);
    const p = parse(text);
    const m = p.plan.metadata;
    // On the PDF's cover the title wraps after "2025–"; it is one title all the same.
    expect([m.titel, m.gemeente, m.vorigPlan?.titel]).toEqual(["Integraal Veiligheidsplan Rivierenland-Oost 2025–2028", "Rivierenland-Oost", "Integraal Veiligheidsplan 2021–2024"]);
    expect(p.themes.map((t) => [t.title, t.opgave !== undefined, t.ambitie !== undefined])).toEqual([
      ["Ondermijning", true, true],
      ["Jeugd en veiligheid", true, true],
    ]);
    expect(p.budget?.lines.map((l) => l.deelproduct)).toEqual(["Ondermijning", "Jeugd"]);
    const lint = run(["lint", `${file}.veiligheidsplan`, "--format", "json", "--today", "2026-12-07"], { cwd: made() });
    const rules = (JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[]).flatMap((f) => f.messages.map((m) => m.ruleId));
    for (const rule of ["thema-nummering", "metadata", "opgave-ambitie", "begroting-totalen"]) expect(rules).not.toContain(rule);
    // The goals table comes back as a table (in the PDF, from where its words stand), its years from its header.
    const goals = p.themes[1]!.section;
    expect(text.slice(goals.span.start, goals.span.end)).toMatch(/^\| *Minder jonge koeriers *\| *Jongeren in beeld bij de politie *\| *40 *\| *30 *\| *politie *\|$/m);
    expect(rules).not.toContain("kwaliteit-meetbare-doelen");
  });
});

/**
 * What Word's default styles give in a PDF: headings below the second level in the body text's size
 * (found by their shape, not their type), a footnote with its raised number after a full stop, a
 * numbered list whose last item stands above the next heading. pandoc writes the .docx, LibreOffice the .pdf.
 */
const FOOTNOTED = `# Integraal Veiligheidsplan Zeewolde-Noord 2026–2029

## 1. Inleiding

De gemeenteraad stelt met dit plan de doelen vast voor de lokale veiligheid.[^1] We werken samen met:

- de politie;
- het Openbaar Ministerie;
- de Veiligheidsregio Flevoland.

[^1]: Artikel 38b, eerste lid, Politiewet 2012.

## 2. Prioriteiten

We kiezen drie prioriteiten:

1. Ondermijning
2. Jeugd
3. Zorg en veiligheid

### 2.1 Ondermijning

#### Opgave

Criminelen misbruiken vakantieparken.

#### Ambitie

In 2029 is het aantal controles op vakantieparken verdubbeld ten opzichte van 2025.

### 2.2 Jeugd

#### Opgave

Jongeren raken betrokken bij drugshandel.

#### Ambitie

In 2029 zijn 25% minder jongeren betrokken bij drugshandel dan in 2025.

### 2.3 Zorg en veiligheid

#### Opgave

Meldingen over verward gedrag nemen toe.

#### Ambitie

In 2029 krijgt elke melding binnen 24 uur opvolging.

## 3. Monitoring

Jaarlijks informeren we de gemeenteraad over de voortgang. In 2029 evalueren we het plan.
`;

describe.skipIf(!TOOLS)(`a plan with a footnote and a numbered list, made by pandoc and LibreOffice${TOOLS ? "" : " (skipped: soffice, pandoc or pdftotext not installed; .ci/run installs them)"}`, () => {
  const made = madeByPandocAndLibreOffice("voetnoot", FOOTNOTED);

  it.each([["voetnoot.docx"], ["voetnoot.pdf"]])("%s: the footnote stays with its sentence, the list stays a list, the themes are found", (file) => {
    const text = imported(made(), file);
    // The raised number after "veiligheid." is the reference, not a line or a heading of its own.
    expect(text).toContain("De gemeenteraad stelt met dit plan de doelen vast voor de lokale veiligheid.[^1] We werken samen met:");
    expect(text).toMatch(/^\[\^1\]: Artikel 38b, eerste lid, Politiewet 2012\.$/m);
    // "3. Zorg en veiligheid" above "2.1 Ondermijning" is the list's last item, not a chapter.
    expect(text).toContain("1. Ondermijning\n2. Jeugd\n3. Zorg en veiligheid\n");
    const p = parse(text);
    expect(p.themes.map((t) => [t.title, t.opgave !== undefined, t.ambitie !== undefined])).toEqual([
      ["Ondermijning", true, true],
      ["Jeugd", true, true],
      ["Zorg en veiligheid", true, true],
    ]);
  });
});

/**
 * A "Kadernota Integrale Veiligheid" (a plan by another name, as several municipalities call theirs):
 * a colophon of "Label: value" lines, each priority under the three questions in bold, a table of
 * safety figures by year before the money chapter, a budget in euros ("€ 45.000") whose row names wrap
 * and break inside a word in the narrow first column and whose header LibreOffice repeats on the next
 * page, and a numbered list of appendices. pandoc writes the .docx, LibreOffice the .pdf.
 */
const KADERNOTA = `---
title: Kadernota Integrale Veiligheid 2025-2028
---

December 2024

# Colofon

Uitgave: Gemeente Dommelrode

Opsteller: Team Openbare Orde en Veiligheid

Datum: november 2024

# Inleiding

## Aanleiding

Veiligheid is een van de belangrijkste levensbehoeften van onze inwoners. Met deze kadernota stelt de gemeenteraad de doelen vast voor de lokale veiligheid en de brandveiligheid in de periode 2025-2028. De kadernota volgt op de Kadernota Integrale Veiligheid 2021-2024.

## Samenwerking

De gemeente werkt samen met politie, Openbaar Ministerie, de Veiligheidsregio Brabant-Zuidoost (VRBZO) en de woningcorporaties. De prioriteiten van het Regionaal Veiligheidsplan Oost-Brabant 2025-2028 zijn meegenomen.

## Procedure kaderstelling

Op grond van artikel 38b van de Politiewet 2012 stelt de gemeenteraad ten minste eenmaal in de vier jaar de doelen vast die de gemeente op het terrein van de veiligheid wil bereiken. Het college werkt deze kaders jaarlijks uit in een uitvoeringsprogramma.

# Trends en ontwikkelingen

Uit de Veiligheidsmonitor 2023 blijkt dat 82% van de inwoners zich meestal veilig voelt in de eigen buurt. Het aantal woninginbraken daalde van 96 in 2020 naar 61 in 2023. Het aantal meldingen van verward gedrag steeg in dezelfde periode met 35%.

| Indicator | 2020 | 2023 |
|---|---|---|
| Woninginbraken | 96 | 61 |
| Meldingen verward gedrag | 140 | 189 |
| Fietsendiefstal | 210 | 174 |

# Prioriteiten

## Prioriteit 1: Samen met bewoners de veilige woon- en leefomgeving versterken

**Wat is het probleem?**

Inwoners ervaren overlast van jongeren en van verkeer in de wijken Hoogveld en Dommelzicht. Het aantal meldingen van jeugdoverlast nam toe van 120 in 2022 naar 165 in 2023.

**Wat willen we bereiken?**

In 2028 is het aantal meldingen van jeugdoverlast gedaald tot onder de 110 per jaar. Het aandeel inwoners dat zich veilig voelt in de eigen buurt stijgt van 82% naar 85% in 2028.

**Wat gaan we doen?**

- We zetten in elke wijk een buurtpreventieteam op.
- We breiden het jongerenwerk uit met twee fte.

## Prioriteit 2: Het versterken van de verbinding tussen zorg en veiligheid

**Wat is het probleem?**

Het aantal meldingen van personen met verward gedrag steeg van 140 in 2020 naar 189 in 2023.

**Wat willen we bereiken?**

Alle meldingen van personen met verward gedrag worden binnen vijf werkdagen opgepakt door het zorg- en veiligheidsoverleg.

**Wat gaan we doen?**

- We richten een lokaal zorg- en veiligheidsoverleg op.
- We sluiten aan bij het Zorg- en Veiligheidshuis Brabant Zuidoost.

## Prioriteit 3: De aanpak van ondermijning versterken

**Wat is het probleem?**

Ondermijnende criminaliteit is vaak onzichtbaar. Signalen komen niet altijd bij de gemeente terecht.

**Wat willen we bereiken?**

In 2026 heeft de gemeente een Bibob-beleid voor alle horeca- en exploitatievergunningen, en in 2028 worden jaarlijks ten minste 40 signalen van ondermijning opgevolgd.

**Wat gaan we doen?**

- We stellen een ondermijningsbeeld op.
- We trainen medewerkers in het herkennen van signalen.

## Prioriteit 4: Brandveiligheid en crisisbeheersing

**Wat is het probleem?**

Het aantal woningbranden is met 28 in 2023 hoger dan het regionale gemiddelde.

**Wat willen we bereiken?**

Het aantal woningbranden daalt naar ten hoogste 20 in 2028.

**Wat gaan we doen?**

- Samen met de VRBZO voeren we 300 brandveiligheidschecks per jaar uit.

# Organisatie en coördinatie

## Politiek-bestuurlijke en ambtelijke borging

De burgemeester is portefeuillehouder openbare orde en veiligheid. De raad wordt jaarlijks geïnformeerd over de voortgang.

## Financiën

De uitvoering wordt betaald uit de bestaande begroting. Voor de prioriteiten is per jaar het volgende beschikbaar:

| Prioriteit | 2025 | 2026 | 2027 | 2028 |
|---|---|---|---|---|
| 1. Veilige woon- en leefomgeving | € 45.000 | € 45.000 | € 45.000 | € 45.000 |
| 2. Zorg en veiligheid | € 60.000 | € 60.000 | € 60.000 | € 60.000 |
| 3. Ondermijning | € 80.000 | € 80.000 | € 80.000 | € 80.000 |
| 4. Brandveiligheid | € 15.000 | € 15.000 | € 15.000 | € 15.000 |
| Totaal | € 200.000 | € 200.000 | € 200.000 | € 200.000 |

## Planning en control

Het college stelt elk jaar een uitvoeringsprogramma vast en legt in een jaarverslag verantwoording af aan de raad. In 2027 evalueren we deze kadernota.

# Bijlagen

1. Veiligheidsanalyse 2020-2023

2. Amendement raadsvergadering 30 januari 2025

Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Dommelrode van 30 januari 2025.
`;

describe.skipIf(!TOOLS)(`a kadernota with a budget in euros across a page break, made by pandoc and LibreOffice${TOOLS ? "" : " (skipped: soffice, pandoc or pdftotext not installed; .ci/run installs them)"}`, () => {
  const made = madeByPandocAndLibreOffice("kadernota", KADERNOTA);
  // And as OpenDocument, where LibreOffice keeps the bold question lines as bold paragraphs.
  beforeAll(() => {
    execFileSync("soffice", [`-env:UserInstallation=file://${made()}/lo-profile`, "--headless", "--convert-to", "odt", "--outdir", made(), join(made(), "kadernota.docx")], { timeout: 240_000, stdio: "ignore" });
  }, 300_000);

  it.each([["kadernota.docx"], ["kadernota.pdf"], ["kadernota.odt"]])("%s: its period and predecessor, the budget in euros whole and once, no colophon headings, the appendices a list", (file) => {
    const text = imported(made(), file);
    const p = parse(text);
    const m = p.plan.metadata;
    expect([m.titel, m.periode, m.vorigPlan?.titel]).toEqual(["Kadernota Integrale Veiligheid 2025-2028", { van: 2025, tot: 2028 }, "Kadernota Integrale Veiligheid 2021-2024"]);
    expect(p.themes.map((t) => [t.opgave?.title, t.ambitie?.title])).toEqual(Array(4).fill(["Wat is het probleem?", "Wat willen we bereiken?"]));
    expect(p.budget?.lines.map((l) => l.deelproduct)).toEqual(["Veilige woon- en leefomgeving", "Zorg en veiligheid", "Ondermijning", "Brandveiligheid"]);
    expect(text.match(/^\| *Prioriteit *\|/gm)).toHaveLength(1);
    expect(text).toMatch(/^Uitgave: Gemeente Dommelrode$/m);
    expect(text).toContain("1. Veiligheidsanalyse 2020-2023\n2. Amendement raadsvergadering 30 januari 2025\n");
    const lint = run(["lint", `${file}.veiligheidsplan`, "--format", "json", "--today", "2026-12-07"], { cwd: made() });
    const rules = (JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[]).flatMap((f) => f.messages.map((x) => x.ruleId));
    for (const rule of ["periode", "geldigheid", "begroting-totalen", "kwaliteit-monitoring", "kwaliteit-meetbare-doelen", "kwaliteit-keten"]) expect(rules).not.toContain(rule);
  });
});

/**
 * An "Integraal Veiligheidsbeleid" numbered "Hoofdstuk 4: Speerpunten" / "4.1 Speerpunt 1 – …", each
 * theme under "Probleemanalyse" and "Doelstelling", the money in "Hoofdstuk 5: Organisatie en
 * financiën" in a table whose narrow first column breaks "Ondermijning" and "Verkeersveiligheid"
 * inside the word, the predecessor named "het IVB 2019 – 2023". pandoc writes the .docx, LibreOffice the .pdf.
 */
const BELEID = `---
title: Integraal Veiligheidsbeleid 2024 – 2027
subtitle: Gemeente Westerveld-Zuid
---

# Woord vooraf

Veiligheid is een basisbehoefte. Met dit beleid kiezen we waar we de komende jaren op inzetten.

Burgemeester A. de Vries

# Hoofdstuk 1: Inleiding

Op grond van art. 38b Politiewet 2012 en art. 3a Wvr stelt de gemeenteraad eens in de vier jaar de doelen vast voor de lokale veiligheid en de brandveiligheid. Dit Integraal Veiligheidsbeleid (IVB) geldt voor de jaren 2024 tot en met 2027 en volgt het IVB 2019 – 2023 op.

# Hoofdstuk 2: Terugblik op het IVB 2019 – 2023

Het aantal woninginbraken daalde van 110 in 2019 naar 64 in 2023. De aanpak van jeugdoverlast had minder resultaat: het aantal meldingen bleef gelijk. Daarom blijft jeugd een speerpunt.

# Hoofdstuk 3: Veiligheidsbeeld

Uit de veiligheidsmonitor van 2023 blijkt dat inwoners zich gemiddeld veilig voelen (een 7,4). Zorgen zijn er over drugshandel en verkeer rond scholen.

# Hoofdstuk 4: Speerpunten

## 4.1 Speerpunt 1 – Ondermijning

### Probleemanalyse

In het buitengebied staan veel leegstaande agrarische gebouwen. Die worden gebruikt voor drugsproductie.

### Doelstelling

| Indicator | Nulmeting (2023) | Streefwaarde (2027) | Bron |
|---|---|---|---|
| Controles van leegstaande schuren | 12 | 60 | gemeente |
| Meldingen bij Meld Misdaad Anoniem | 8 | 20 | MMA |

## 4.2 Speerpunt 2 – Jeugd en veiligheid

### Probleemanalyse

Jongeren veroorzaken overlast op het dorpsplein. Er zijn 85 meldingen per jaar.

### Doelstelling

In 2027 is het aantal meldingen van jeugdoverlast met 30% gedaald ten opzichte van 2023.

## 4.3 Speerpunt 3 – Verkeersveiligheid rond scholen

### Probleemanalyse

Ouders voelen zich onveilig bij het brengen van hun kinderen.

### Doelstelling

Voor het einde van 2026 heeft iedere basisschool een schoolzone.

# Hoofdstuk 5: Organisatie en financiën

De burgemeester is verantwoordelijk voor de openbare orde. De middelen staan in de programmabegroting, programma 1 Veiligheid.

| (bedragen x € 1.000) | 2024 | 2025 | 2026 | 2027 |
|---|---|---|---|---|
| Ondermijning | 120 | 120 | 125 | 125 |
| Jeugd en veiligheid | 80 | 80 | 80 | 80 |
| Verkeersveiligheid | 40 | 45 | 45 | 45 |
| Totaal | 240 | 245 | 250 | 250 |

# Hoofdstuk 6: Monitoring en evaluatie

De raad ontvangt jaarlijks een voortgangsrapportage. In 2027 wordt het IVB geëvalueerd, als basis voor het volgende beleid.

Vastgesteld door de gemeenteraad van Westerveld-Zuid op 14 maart 2024.
`;

describe.skipIf(!TOOLS)(`a veiligheidsbeleid with 'Hoofdstuk' chapters and section-numbered speerpunten, made by pandoc and LibreOffice${TOOLS ? "" : " (skipped: soffice, pandoc or pdftotext not installed; .ci/run installs them)"}`, () => {
  const made = madeByPandocAndLibreOffice("beleid", BELEID);

  it.each([["beleid.docx"], ["beleid.pdf"]])("%s: the speerpunten with their probleemanalyse and doelstelling, the budget's names whole, the predecessor", (file) => {
    const text = imported(made(), file);
    const p = parse(text);
    expect(p.themes.map((t) => [t.title, t.opgave?.title, t.ambitie?.title])).toEqual([
      ["Ondermijning", "Probleemanalyse", "Doelstelling"],
      ["Jeugd en veiligheid", "Probleemanalyse", "Doelstelling"],
      ["Verkeersveiligheid rond scholen", "Probleemanalyse", "Doelstelling"],
    ]);
    expect(text).toMatch(/^### 4\.1 Speerpunt 1 – Ondermijning\n\n#### Probleemanalyse$/m);
    expect(p.budget?.lines.map((l) => l.deelproduct)).toEqual(["Ondermijning", "Jeugd en veiligheid", "Verkeersveiligheid"]);
    expect(p.plan.metadata.vorigPlan?.titel).toBe("IVB 2019 – 2023");
    const lint = run(["lint", `${file}.veiligheidsplan`, "--format", "json", "--today", "2026-12-07"], { cwd: made() });
    const rules = (JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[]).flatMap((f) => f.messages.map((x) => x.ruleId));
    for (const rule of ["opgave-ambitie", "begroting-totalen", "kwaliteit-monitoring", "kwaliteit-meetbare-doelen", "kwaliteit-evaluatie"]) expect(rules).not.toContain(rule);
  });
  it("as plain text copied out of the PDF (pdftotext, headings directly above their text): the chapters, the speerpunten with their parts", () => {
    execFileSync("pdftotext", [join(made(), "beleid.pdf"), join(made(), "beleid.txt")]);
    const text = imported(made(), "beleid.txt");
    expect(text.match(/^## .*$/gm)).toEqual(expect.arrayContaining(["## Hoofdstuk 1: Inleiding", "## Hoofdstuk 2: Terugblik op het IVB 2019 – 2023", "## Hoofdstuk 4: Speerpunten", "## Hoofdstuk 5: Organisatie en financiën"]));
    expect(parse(text).themes.map((t) => [t.title, t.opgave?.title, t.ambitie?.title])).toEqual([
      ["Ondermijning", "Probleemanalyse", "Doelstelling"],
      ["Jeugd en veiligheid", "Probleemanalyse", "Doelstelling"],
      ["Verkeersveiligheid rond scholen", "Probleemanalyse", "Doelstelling"],
    ]);
  });
});

/**
 * A plan set in two columns (a LibreOffice section with two columns, as designed plans are): read line by
 * line across the page, the columns' lines would be interleaved. Six numbered paragraphs under the
 * introduction, three in each column, then a theme whose Opgave and Ambitie run over both columns.
 */
const TWO_COLUMNS = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm"/><style:text-properties fo:font-size="11pt"/></style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:default-outline-level="3"><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="24pt"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Sect2" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
 </office:automatic-styles>
 <office:body><office:text><text:p text:style-name="Title">Integraal Veiligheidsplan Tweestroom 2025-2028</text:p><text:h text:style-name="Heading_20_1" text:outline-level="1">1. Inleiding</text:h><text:section text:style-name="Sect2" text:name="S1"><text:p text:style-name="Standard">Alinea 1 van de inleiding. Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad. Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad. </text:p><text:p text:style-name="Standard">Alinea 2 van de inleiding. Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad. Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad. </text:p><text:p text:style-name="Standard">Alinea 3 van de inleiding. Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad. Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad. </text:p><text:p text:style-name="Standard">Alinea 4 van de inleiding. Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad. Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad. </text:p><text:p text:style-name="Standard">Alinea 5 van de inleiding. Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad. Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad. </text:p><text:p text:style-name="Standard">Alinea 6 van de inleiding. Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad. Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad. </text:p></text:section><text:h text:style-name="Heading_20_1" text:outline-level="1">2. Prioriteiten</text:h><text:h text:style-name="Heading_20_2" text:outline-level="2">2.1 Woninginbraak</text:h><text:section text:style-name="Sect2" text:name="S2"><text:h text:style-name="Heading_20_3" text:outline-level="3">Opgave</text:h><text:p text:style-name="Standard">Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad. Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad. Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad. </text:p><text:h text:style-name="Heading_20_3" text:outline-level="3">Ambitie</text:h><text:p text:style-name="Standard">In 2028 is het aantal woninginbraken met 25% gedaald ten opzichte van 2024. Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad. Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad. </text:p></text:section></office:text></office:body>
</office:document>`;

describe.skipIf(!TOOLS)(`a plan set in two columns, made by LibreOffice${TOOLS ? "" : " (skipped: soffice, pandoc or pdftotext not installed; .ci/run installs them)"}`, () => {
  const dir = madeByLibreOffice("kolommen", TWO_COLUMNS, ["pdf"]);

  it("reads the left column before the right one: the paragraphs in their order, each whole, the theme with its opgave and ambitie", () => {
    const text = imported(dir(), "kolommen.pdf");
    const intro = text.slice(text.indexOf("## 1. Inleiding"), text.indexOf("## 2. Prioriteiten"));
    const paragraphs = intro.split("\n\n").slice(1).map((p) => p.trim()).filter((p) => p !== "");
    expect(paragraphs.map((p) => p.slice(0, 25))).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Alinea ${n} van de inleiding`));
    for (const p of paragraphs) expect(p).toMatch(/^Alinea \d van de inleiding\. (Het aantal woninginbraken in de gemeente is de afgelopen jaren gedaald, maar ligt nog boven het gemiddelde van de regio\. Vooral in de wijken Oost en Noord worden veel inbraken gepleegd\. Bewoners geven aan zich daar minder veilig te voelen dan elders in de stad\. ?){2}$/);
    const theme = parse(text).themes[0]!;
    expect([theme.title, theme.opgave?.title, theme.ambitie?.title]).toEqual(["Woninginbraak", "Opgave", "Ambitie"]);
    expect(text).toContain("#### Ambitie\n\nIn 2028 is het aantal woninginbraken met 25% gedaald ten opzichte van 2024. Het aantal");
  });
});
