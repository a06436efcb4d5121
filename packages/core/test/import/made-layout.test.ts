/**
 * A plan laid out as a municipality's designer lays it out in LibreOffice: a title page (a slogan in
 * large type, the plan's name and period under it, the municipality and the council's decision), a
 * running header and a footer "Pagina n van m" on every page, each chapter on a page of its own, the
 * safety picture in two columns, and the budget as a table. Written as a flat OpenDocument file and
 * turned by LibreOffice into .docx, .odt and .pdf (./made.ts); every one must give the same plan.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";
import { importDocument } from "@veiligheidsplan/core/import";
import { convertedByLibreOffice, flatOdt, odtH as h, odtP as p, odtStyle, SKIPPED, TOOLS, TWO_COLUMNS, type Made } from "./made.js";

const PROSE = "De politie registreerde minder woninginbraken, maar meer meldingen van overlast door personen met verward gedrag. Inwoners geven hun buurt een 7,4 voor veiligheid, volgens de Veiligheidsmonitor van 2023. Ondernemers in het buitengebied worden vaker benaderd om hun schuren te verhuren. ";
const ORDINALS = ["Eerste", "Tweede", "Derde", "Vierde", "Vijfde"];
const THEMES = [
  ["Ondermijning", "Criminelen zoeken leegstaande schuren in het buitengebied.", "In 2028 zijn alle agrarische ondernemers bezocht."],
  ["Zorg en veiligheid", "Meer meldingen over verward gedrag.", "In 2028 wordt 90% van de meldingen binnen een week opgepakt."],
  ["Verkeersveiligheid", "Rond scholen wordt te hard gereden.", "In 2028 zijn er geen letselongevallen rond scholen."],
] as const;
const BUDGET = [["Bedragen x € 1.000", "2025", "2026", "2027", "2028"], ["Ondermijning", "120", "120", "125", "125"], ["Zorg en veiligheid", "80", "85", "85", "90"], ["Verkeersveiligheid", "40", "40", "40", "40"], ["Totaal", "240", "245", "250", "255"]];

const body = [
  p("Veilig samen in Dijkwaard", "Cover"),
  p("Integraal Veiligheidsplan 2025-2028", "Cover2"),
  p("Gemeente Dijkwaard"),
  p("Vastgesteld door de gemeenteraad op 18 maart 2025"),
  h("1. Inleiding", 1),
  p(`Dit plan van de gemeente Dijkwaard geeft de koers voor 2025 tot en met 2028, op grond van artikel 38b Politiewet 2012. ${PROSE}`),
  h("2. Veiligheidsbeeld", 1),
  `<text:section text:style-name="TwoColumns" text:name="Kolommen">${ORDINALS.map((o) => p(`${o} alinea van het veiligheidsbeeld. ${PROSE}${PROSE}`)).join("")}</text:section>`,
  h("3. Prioriteiten", 1),
  ...THEMES.flatMap(([name, opgave, ambitie], i) => [h(`3.${i + 1} Prioriteit ${i + 1}: ${name}`, 2), h("Opgave", 3), p(`${opgave} ${PROSE}`), h("Ambitie", 3), p(ambitie)]),
  h("4. Financiën", 1),
  p("De middelen voor de uitvoering staan in de tabel hieronder."),
  `<table:table table:name="Begroting"><table:table-column table:number-columns-repeated="5"/>${BUDGET.map((r) => `<table:table-row>${r.map((c) => `<table:table-cell office:value-type="string">${p(c)}</table:table-cell>`).join("")}</table:table-row>`).join("")}</table:table>`,
  h("5. Sturing en verantwoording", 1),
  p(`Jaarlijks informeren we de gemeenteraad over de voortgang. In 2028 evalueren we het plan. ${PROSE}`),
].join("\n");

const FODT = flatOdt({ styles: [
  odtStyle("Body", '<style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="11pt"/>'),
  odtStyle("Cover", '<style:text-properties fo:font-size="28pt" fo:font-weight="bold"/>'),
  odtStyle("Cover2", '<style:text-properties fo:font-size="18pt"/>'),
  odtStyle("H1", '<style:paragraph-properties fo:break-before="page" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>', 1),
  odtStyle("H2", '<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>', 2),
  odtStyle("H3", '<style:paragraph-properties fo:margin-top="0.3cm"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/>', 3),
  odtStyle("Small", '<style:text-properties fo:font-size="9pt"/>'),
], body, automatic: TWO_COLUMNS, runningHeader: "Integraal Veiligheidsplan Dijkwaard 2025-2028" });

describe.skipIf(!TOOLS)(`a designed plan: title page, running header and footer, two columns, a budget table${SKIPPED}`, () => {
  let docs: Made;
  beforeAll(() => {
    docs = convertedByLibreOffice("dijkwaard", "fodt", FODT);
  }, 300_000);

  it.each(["docx", "odt", "pdf"] as const)("%s: the front matter from the title page, the themes, and the budget", async (kind) => {
    const r = await importDocument(docs[kind], { fileName: `plan.${kind}` });
    const p = parse(r.text);
    const m = p.plan.metadata;
    expect([m.titel, m.ondertitel, m.gemeente, m.periode, m.status, m.vastgesteld?.datum]).toEqual(["Veilig samen in Dijkwaard", "Integraal Veiligheidsplan 2025-2028", "Dijkwaard", { van: 2025, tot: 2028 }, "vastgesteld", "2025-03-18"]);
    expect(p.themes.map((t) => [t.title, Boolean(t.opgave), Boolean(t.ambitie)])).toEqual(THEMES.map(([name]) => [name, true, true]));
    expect(p.budget?.lines.map((l) => l.cells.map((c) => c.raw.trim()))).toEqual(BUDGET.slice(1, 4).map((r) => r.slice(1)));
  });

  it.each(["docx", "odt", "pdf"] as const)("%s: reads the two columns in order, without the running header or the page numbers", async (kind) => {
    const r = await importDocument(docs[kind], { fileName: `plan.${kind}` });
    expect(r.text.match(/\p{Lu}\p{Ll}+ alinea van het veiligheidsbeeld/gu)).toEqual(ORDINALS.map((o) => `${o} alinea van het veiligheidsbeeld`));
    expect(r.text).not.toMatch(/Pagina \d/);
    expect(r.text).not.toContain("Dijkwaard 2025-2028");
  });
});
