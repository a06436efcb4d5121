/**
 * Text as policy writers get it out of other programs: copied from a web page (a paragraph per line,
 * no blank line), out of a PDF viewer (lists with Word's bullets, numbers that start again), or typed
 * with a Markdown-like table. Shapes seen in published plans (Bernheze, Súdwest-Fryslân, Heemskerk);
 * the words are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { lint } from "@veiligheidsplan/core";
import { importDocument } from "@veiligheidsplan/core/import";
import { unaccountedWords, words } from "./support.js";

const importText = (text: string) => importDocument(new TextEncoder().encode(text), { fileName: "plan.txt" });
/** The plan without its front matter: what stands in the body, not what the notes explain. */
const body = (plan: string) => plan.replace(/^---\n[\s\S]*?\n---\n/, "");
/** The input's words that the plan's body lacks (the notes do not count: a note is no place for the text). */
function lostFromBody(input: string, plan: string): string[] {
  const have = new Map<string, number>();
  for (const w of words(body(plan))) have.set(w, (have.get(w) ?? 0) + 1);
  const lost: string[] = [];
  for (const w of words(input)) {
    const n = have.get(w) ?? 0;
    if (n > 0) have.set(w, n - 1);
    else lost.push(w);
  }
  return lost;
}

describe("text copied from a web page", () => {
  const VOORWOORD =
    "Voor u ligt de kadernota Integrale Veiligheid van de gemeente Dommelrode voor de periode 2025-2028. Dit stuk geeft inzicht in de samenhang tussen de landelijke, regionale en lokale speerpunten. Veiligheid is van ons allemaal; iedereen wil een veilig huis en een veilige straat. De gemeente Dommelrode is een veilige gemeente, zo blijkt uit de Veiligheidsmonitor van 2024 onder onze inwoners. Wat goed is, moet zo blijven. De gemeente kan dit niet alleen: instanties en organisaties hebben elkaar nodig.";

  it("keeps a long paragraph on one line in the body, also when it names the gemeente after a fact line", async () => {
    // One line of facts, one paragraph of 500 characters, a signature: no blank line anywhere. The
    // paragraph once went whole into the notes ("from the title page"), cut at each "gemeente Dommelrode".
    const source = `Vastgesteld door de gemeenteraad van Dommelrode op 23 april 2025.\n${VOORWOORD}\nBurgemeester J. de Vries\n`;
    const r = await importText(source);
    expect(lostFromBody(VOORWOORD, r.text)).toEqual([]);
    expect(body(r.text)).toContain("Burgemeester J. de Vries");
    expect(r.text).toMatch(/vastgesteld:\n {2}door: gemeenteraad\n {2}datum: 2025-04-23/);
  });

  it("reads a paragraph per line where the long lines hold most of the text", async () => {
    const second = "Dit plan volgt op de kadernota van 2021 en houdt vast aan wat daarin goed werkte, zoals de wijkgerichte aanpak met buurtregisseurs, de samenwerking met de politie in het driehoeksoverleg en de jaarlijkse veiligheidsbrief aan de gemeenteraad over de voortgang van de prioriteiten.";
    const r = await importText(`Integraal Veiligheidsplan Dommelrode 2025-2028\n${VOORWOORD}\n${second}\n`);
    const paragraphs = body(r.text).split(/\n{2,}/).map((p) => p.trim());
    expect(paragraphs).toContain(VOORWOORD);
    expect(paragraphs).toContain(second);
  });

  it("keeps text wrapped at 70 characters one paragraph, even with one long line among it", async () => {
    const wrapped = [
      "Dit plan beschrijft hoe de gemeente de komende vier jaar werkt aan een",
      "veilige woon- en leefomgeving, samen met de politie, het Openbaar",
      "Ministerie en de inwoners van de gemeente. Het bouwt voort op de",
      "kadernota van 2021 en op de veiligheidsanalyse van 2024, waarin de",
      "politie, de gemeente en de inwoners zelf zeggen waar het onveilig is",
      "en waar het beter gaat. Daaruit volgen de vier prioriteiten van dit",
      "plan: ondermijning, jeugd, zorg en veiligheid, en de veilige wijk.",
    ];
    const link = `Bron: https://example.nl/${"a".repeat(320)}`;
    const r = await importText(`Integraal Veiligheidsplan Dommelrode 2025-2028\n${wrapped.join("\n")}\n${link}\n`);
    expect(body(r.text)).toContain(wrapped.join(" "));
  });
});

describe("lists as text copied out of a PDF gives them", () => {
  it("keeps every item's own number and bullet: a list that starts again is a new list", async () => {
    const source = [
      "Integraal Veiligheidsplan Dommelrode 2025-2028",
      "",
      "Wat we doen, in de volgorde van de vorige kadernota:",
      "3. Veiligheid en handhaving versterken;",
      "1. de sociale kwaliteit van de woonomgeving bevorderen;",
      "2. de fysieke kwaliteit van de woonomgeving bevorderen.",
      "Voorbeelden daarvan zijn:",
      "- het betrekken van inwoners bij de aanpak van overlast;",
      "- het samen optrekken met de politie.",
      "",
    ].join("\n");
    const r = await importText(source);
    const b = body(r.text);
    expect(b).toMatch(/^3\. Veiligheid en handhaving versterken;$/m);
    expect(b).toMatch(/^1\. de sociale kwaliteit van de woonomgeving bevorderen;$/m);
    expect(b).toMatch(/^2\. de fysieke kwaliteit/m);
    expect(b).toMatch(/^- het betrekken van inwoners/m);
    expect(b).toMatch(/^- het samen optrekken met de politie\.$/m);
    expect(b).not.toMatch(/^[4-9]\. /m);
    expect(unaccountedWords(source, r.text, r.notes)).toEqual([]);
  });

  it("reads Word's bullets from a PDF's text (Symbol's private-use glyph, 'o' for the second level) as list items, also set apart by space", async () => {
    const source = [
      "Integraal Veiligheidsplan Dommelrode 2025-2028",
      "",
      "1. Prioriteiten",
      "",
      "De gemeente kiest drie prioriteiten:",
      "",
      "\uF0B7 Ondermijning",
      "",
      "o drugshandel en witwassen",
      "",
      "\uF0B7 Jeugd en veiligheid",
      "",
      "• Zorg en veiligheid",
      "",
      "2. Financiën",
      "",
      "Er is geen extra geld nodig.",
      "",
    ].join("\n");
    const r = await importText(source);
    const b = body(r.text);
    for (const item of ["Ondermijning", "drugshandel en witwassen", "Jeugd en veiligheid", "Zorg en veiligheid"]) expect(b).toMatch(new RegExp(`^- ${item}$`, "m"));
    expect(b).not.toMatch(/^#+ (?:Ondermijning|Jeugd en veiligheid|Zorg en veiligheid)$/m);
    expect(b).not.toMatch(/[\uF0B7•]/);
  });
});

describe("tables in text", () => {
  it("reads a table typed as Markdown (pipes, a line of dashes under the header) as a table", async () => {
    const source = [
      "Integraal Veiligheidsplan Dommelrode 2025-2028",
      "",
      "Relevante beleidsnota's",
      "",
      "Naam | Periode | Vastgesteld in de raad |",
      "---|---|---|",
      "Kadernota Integraal veiligheidsbeleid | 2015-2018 | 31-aug-15 |",
      "Uitvoeringsprogramma Veiligheid | 2017-2018 | v.k.a. 24-mei-17 |",
      "",
    ].join("\n");
    const r = await importText(source);
    const rows = body(r.text).split("\n").filter((l) => l.startsWith("|"));
    expect(rows.map((l) => l.split("|").slice(1, -1).map((c) => c.trim()))).toEqual([
      ["Naam", "Periode", "Vastgesteld in de raad"],
      [expect.stringMatching(/^:?-+$/), expect.stringMatching(/^:?-+$/), expect.stringMatching(/^:?-+$/)],
      ["Kadernota Integraal veiligheidsbeleid", "2015-2018", "31-aug-15"],
      ["Uitvoeringsprogramma Veiligheid", "2017-2018", "v.k.a. 24-mei-17"],
    ]);
  });

  it("reads a budget whose years carry the kind of figure ('Rekening 2023 Begroting 2024 Raming 2025'), not its amounts as years", async () => {
    const source = [
      "Integraal Veiligheidsplan Dommelrode 2024-2027",
      "",
      "Financiën",
      "",
      "(bedragen x € 1.000) Rekening 2023 Begroting 2024 Raming 2025 Raming 2026",
      "Lasten 4.652 5.000 5.355 5.133",
      "Baten 51 70 66 63",
      "Geraamde totaal saldo van baten en lasten -4.601 -4.930 -5.289 -5.070",
      "",
    ].join("\n");
    const r = await importText(source);
    expect(body(r.text)).toMatch(/^\| \(bedragen x € 1\.000\) +\| Rekening 2023 \| Begroting 2024 \| Raming 2025 \| Raming 2026 \|$/m);
    expect(body(r.text)).toMatch(/^\| Lasten +\| +4\.652 \| +5\.000 \| +5\.355 \| +5\.133 \|$/m);
    const budgetErrors = lint(r.text, { today: "2026-12-08" }).diagnostics.filter((d) => d.ruleId.startsWith("begroting-") && d.severity === "error");
    expect(budgetErrors).toEqual([]);
  });
});

describe("a cover's lines", () => {
  const titleOf = (plan: string) => /^titel: (.*)$/m.exec(plan)?.[1];

  it.each([
    [["Integraal", "Veiligheidsplan", "Zuidplas", "2024 - 2027"], "Integraal Veiligheidsplan Zuidplas 2024 - 2027"],
    [["REGIONAAL", "BELEIDSPLAN VEILIGHEID", "Noord-Nederland", "2020 - 2023"], "REGIONAAL BELEIDSPLAN VEILIGHEID Noord-Nederland 2020 - 2023"],
    [["Integraal", "Veiligheidsbeleid", "Maart 2024"], "Integraal Veiligheidsbeleid"],
  ])("make one title where the name is set a few words per line: %j", async (cover, title) => {
    const source = `${cover.join("\n\n")}\n\n1. Inleiding\n\nDit plan beschrijft de prioriteiten voor de komende jaren.\n`;
    const r = await importText(source);
    expect(titleOf(r.text)).toBe(title);
    expect(body(r.text)).toMatch(/^## 1\. Inleiding$/m);
    expect(unaccountedWords(source, r.text, r.notes)).toEqual([]);
  });

  it("leave a slogan over a title on one line as it is", async () => {
    const source = "Samen werken aan veiligheid\n\nIntegraal Veiligheidsplan Zuidplas 2024-2027\n\n1. Inleiding\n\nDit plan beschrijft de prioriteiten voor de komende jaren.\n";
    const r = await importText(source);
    expect(titleOf(r.text)).not.toMatch(/^Samen werken aan veiligheid Integraal/);
  });

  it("take a council proposal's subject as the plan's name, its page head ('PAGINA' over '1 van 10') set aside", async () => {
    const source = [
      "PAGINA",
      "1 van 10",
      "Raadsvoorstel",
      "VOLGNUMMER DATUM ORGANISATIEONDERDEEL",
      "ONDERWERP RAADSVOORSTEL",
      "Meerjarenprogramma Veiligheid Dommelrode 2025-2028.",
      "AAN DE GEMEENTERAAD,",
      "1. Samenvatting",
      "Bijgaand treft u het Meerjarenprogramma Veiligheid Dommelrode 2025-2028 ter vaststelling aan.",
    ].join("\n\n");
    const r = await importText(source);
    expect(titleOf(r.text)).toBe("Meerjarenprogramma Veiligheid Dommelrode 2025-2028");
    expect(body(r.text)).not.toMatch(/PAGINA/);
    expect(r.notes.filter((n) => n.kind === "dropped").map((n) => n.text)).toEqual(["PAGINA", "1 van 10"]);
  });
});

describe("a document of two pages", () => {
  it("sets aside a running header that stands at the top of both pages", async () => {
    const page1 = "IVP Dommelrode concept\n\nIntegraal Veiligheidsplan Dommelrode 2025-2028\n\n1. Inleiding\n\nDit plan beschrijft de prioriteiten voor de komende jaren.\n\nHet volgt op de kadernota van 2021.";
    const page2 = "IVP Dommelrode concept\n\n2. Prioriteiten\n\nDe gemeente kiest voor ondermijning en jeugd.\n\nDaarover gaat de rest van dit plan.";
    const source = `${page1}\n\f${page2}\n`;
    const r = await importText(source);
    expect(body(r.text)).not.toMatch(/IVP Dommelrode concept/);
    expect(/^titel: (.*)$/m.exec(r.text)?.[1]).toBe("Integraal Veiligheidsplan Dommelrode 2025-2028");
    expect(r.notes.filter((n) => n.messageId === "import.kopregel").map((n) => n.text)).toEqual(["IVP Dommelrode concept", "IVP Dommelrode concept"]);
  });
});

describe("the report's quotes of the source", () => {
  it("are one line, cut after a whole word", async () => {
    const { importMessage } = await import("@veiligheidsplan/core/import");
    const name = "Besluit van de gemeenteraad van de gemeente Heemskerk houdende regels omtrent het werken aan veiligheid en handhaving 2021 - 2024";
    const m = importMessage("import.vastgesteldBesluit", { bron: name });
    expect(m).toContain("'Besluit van de gemeenteraad van de gemeente Heemskerk houdende regels omtrent het werken aan veiligheid en handhaving …'");
    expect(importMessage("import.gemeente", { gemeente: "Neder-Betuwe", bron: "Gemeente\n\nNeder-Betuwe" })).toContain("'Gemeente Neder-Betuwe'");
  });
});

describe("lines that are no headings", () => {
  it.each(["Figuur 1: Aantal woninginbraken 2019-2023", "Tabel 2. Meldingen jeugdoverlast per wijk", "Versie 1.0 – januari 2024"])("'%s' stays text", async (line) => {
    const source = `Integraal Veiligheidsplan Dommelrode 2025-2028\n\n1. Inleiding\n\nDit plan beschrijft de prioriteiten voor de komende jaren.\n\n${line}\n\nHet aantal woninginbraken daalde de laatste jaren.\n`;
    const r = await importText(source);
    expect(body(r.text)).not.toMatch(new RegExp(`^#+ ${line.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
    expect(body(r.text)).toContain(line);
  });
});

describe("themes without numbers", () => {
  it("a veiligheidsveld's name under the priorities, with a theme's part under it, is a theme beside the others", async () => {
    const source = [
      "Integraal Veiligheidsplan Dommelrode 2025-2028",
      "Prioriteiten",
      "Ondermijning",
      "Wat willen we bereiken?",
      "In 2028 zijn er minder drugslabs in het buitengebied dan in 2024.",
      "Jeugd en veiligheid",
      "Wat willen we bereiken?",
      "In 2028 is de jeugdoverlast met een kwart gedaald.",
    ].join("\n\n");
    const r = await importText(`${source}\n`);
    const heads = body(r.text).split("\n").filter((l) => /^#{2,} /.test(l));
    expect(heads).toEqual(["## Prioriteiten", "### Ondermijning", "#### Wat willen we bereiken?", "### Jeugd en veiligheid", "#### Wat willen we bereiken?"]);
  });
});

describe("a cover's name broken after a word it cannot end with", () => {
  it("is finished by the next line", async () => {
    const r = await importText("Jaarplan Veiligheid 2021 Gemeente\n\nNeder-Betuwe\n\nd.d. april 2021\n\nManagementsamenvatting\n\nVoor u ligt het jaarplan veiligheid 2021.\n");
    expect(/^titel: (.*)$/m.exec(r.text)?.[1]).toBe("Jaarplan Veiligheid 2021 Gemeente Neder-Betuwe");
    expect(/^gemeente: (.*)$/m.exec(r.text)?.[1]).toBe("Neder-Betuwe");
  });
});
