/**
 * The HTML reader on a plan saved from its official publication: a page laid out as
 * lokaleregelgeving.overheid.nl lays out a council's decision (site navigation and scripts, the frame
 * "Gegevens van de regeling" and the row of dates as tables, then the text), with the plan's own text
 * written for this test. pandoc's and LibreOffice's HTML of the examples are in the CLI's
 * third-party-import test.
 */
import { describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";
import { detectFormat, importDocument } from "@veiligheidsplan/core/import";
import { unaccountedWords } from "./support.js";

const PAGE = `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Integraal Veiligheidsplan 2023 – 2026 Gemeente Son en Breugel | Lokale wet- en regelgeving</title>
<script>window.dataLayer = [{ "page": "regeling" }];</script><style>.kop { font-weight: bold }</style></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/zoeken">Zoeken</a></li></ul></nav>
<main>
<h1>Integraal Veiligheidsplan 2023 – 2026 Gemeente Son en Breugel</h1>
<h2>Wetstechnische informatie</h2>
<h3>Gegevens van de regeling</h3>
<table>
<tr><th>Organisatie</th><td>Son en Breugel</td></tr>
<tr><th>Organisatietype</th><td>Gemeente</td></tr>
<tr><th>Officiële naam regeling</th><td>Integraal Veiligheidsplan 2023 – 2026 Gemeente Son en Breugel</td></tr>
<tr><th>Vastgesteld door</th><td>gemeenteraad</td></tr>
</table>
<h3>Overzicht van in de tekst verwerkte wijzigingen</h3>
<table>
<tr><th>Datum inwerkingtreding</th><th>Terugwerkende kracht tot en met</th><th>Datum uitwerkingtreding</th><th>Betreft</th><th>Datum ondertekening</th><th>Bron bekendmaking</th><th>Kenmerk voorstel</th></tr>
<tr><td>01-02-2023</td><td></td><td></td><td>Nieuwe regeling</td><td>19-01-2023</td><td>gmb-2023-50001</td><td>1360001</td></tr>
</table>
<h2>Tekst van de regeling</h2>
<h3>Intitulé</h3>
<p><strong>1. Inleiding</strong></p>
<p>Veiligheid maken we samen met onze inwoners en partners &amp; de politie. Dit plan loopt van 2023 tot en met 2026.</p>
<p><strong>2. Prioriteiten</strong></p>
<p><strong>2.1 Georganiseerde criminaliteit</strong></p>
<p>We willen dat ondermijning eerder wordt herkend:</p>
<ul><li>meer meldingen bij het <em>Meld Misdaad Anoniem</em>;</li><li>een weerbare ambtelijke organisatie.</li></ul>
<p><strong>2.2 Digitale veiligheid</strong></p>
<p>Inwoners weten hoe ze zich tegen online fraude beschermen.</p>
</main>
<footer><p>Ziet u een fout in deze regeling? Meld het ons.</p></footer>
<script>track();</script>
</body></html>`;

describe("a plan saved from its official publication as a web page", () => {
  it("is read as HTML by its start, whatever its name", () => {
    expect(detectFormat(new TextEncoder().encode(PAGE), "regeling.txt")).toBe("html");
    expect(detectFormat(new TextEncoder().encode("Integraal veiligheidsplan\n\n<b>kop</b>"), "plan.txt")).toBe("text");
  });

  it("takes its title, municipality and the council's decision from the page's frame", async () => {
    const r = await importDocument(new TextEncoder().encode(PAGE), { fileName: "regeling.html" });
    const m = parse(r.text).plan.metadata;
    expect([m.titel, m.gemeente, m.status, m.vastgesteld?.door, m.vastgesteld?.datum]).toEqual(["Integraal Veiligheidsplan 2023 – 2026 Gemeente Son en Breugel", "Son en Breugel", "vastgesteld", "gemeenteraad", "2023-01-19"]);
  });

  it("reads the text as the plan, headings made by hand in bold included, and leaves out scripts, styles and navigation", async () => {
    const r = await importDocument(new TextEncoder().encode(PAGE), { fileName: "regeling.html" });
    const headings = r.text.split("\n").filter((l) => /^#{1,6} /.test(l));
    expect(headings).toEqual(["# Integraal Veiligheidsplan 2023 – 2026 Gemeente Son en Breugel", "## 1. Inleiding", "## 2. Prioriteiten", "### 2.1 Georganiseerde criminaliteit", "### 2.2 Digitale veiligheid"]);
    expect(parse(r.text).themes.map((t) => [t.title, t.soort])).toEqual([
      ["Georganiseerde criminaliteit", "prioritair"],
      ["Digitale veiligheid", "prioritair"],
    ]);
    expect(r.text).toContain("partners & de politie");
    expect(r.text).toContain("- meer meldingen bij het *Meld Misdaad Anoniem*;\n- een weerbare ambtelijke organisatie.");
    expect(r.text).not.toMatch(/dataLayer|font-weight|track\(\)|Zoeken/);
    // The frame is kept, as a comment at the top.
    expect(r.text).toMatch(/<!-- uit de publicatie:\n[\s\S]*Datum ondertekening[\s\S]*-->/);
    expect(unaccountedWords(PAGE.replace(/<(script|style|nav|title)[\s\S]*?<\/\1>/g, "").replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&"), r.text, r.notes)).toEqual([]);
  });
});

describe("a plan on a municipality's web page, with the site around it", () => {
  const SITE = `<!DOCTYPE html>
<html lang="nl"><head><title>Integraal Veiligheidsplan | Gemeente Heuvelrand</title></head>
<body>
<div class="cookiebar" role="dialog"><p>Deze website gebruikt cookies. <button>Akkoord</button></p></div>
<header class="site"><a href="/"><img src="logo.svg" alt="Logo gemeente Heuvelrand"></a><p>Gemeente Heuvelrand: samen sterk</p>
<nav><ul><li>Wonen</li><li>Werken</li></ul></nav></header>
<nav aria-label="Kruimelpad"><ol><li>Home</li><li>Veiligheid</li></ol></nav>
<main>
<article>
<header><h1>Integraal Veiligheidsplan Heuvelrand 2025-2028</h1><p>Vastgesteld door de gemeenteraad op 12 maart 2025</p></header>
<h2>1. Inleiding</h2>
<p>Dit plan beschrijft de doelen <span aria-hidden="true">★</span> voor de veiligheid in Heuvelrand.</p>
<h2>2. Prioriteiten</h2>
<h3>2.1 Ondermijning</h3>
<p>We pakken ondermijning samen met de partners aan.</p>
<footer><p>Bijlage: de veiligheidsanalyse 2024.</p></footer>
</article>
</main>
<aside><h2>Zie ook</h2><ul><li>Melden openbare ruimte</li></ul></aside>
<footer><p>Contact: 14 0123, Postbus 1, 1234 AB Heuvelrand</p></footer>
</body></html>`;

  it("reads the plan in the page's article and leaves out the site's header, footer, sidebar and cookie banner, reporting each", async () => {
    const r = await importDocument(new TextEncoder().encode(SITE), { fileName: "ivp.html" });
    const headings = r.text.split("\n").filter((l) => /^#{1,6} /.test(l));
    expect(headings).toEqual(["# Integraal Veiligheidsplan Heuvelrand 2025-2028", "## 1. Inleiding", "## 2. Prioriteiten", "### 2.1 Ondermijning"]);
    expect(r.text).not.toMatch(/cookies|samen sterk|Zie ook|Melden openbare ruimte|Postbus|Wonen|Kruimelpad/);
    // An icon hidden from screen readers is left out, and the text after it is not.
    expect(r.text).toContain("Dit plan beschrijft de doelen voor de veiligheid in Heuvelrand.");
    expect(r.text).toContain("Bijlage: de veiligheidsanalyse 2024.");
    expect(parse(r.text).plan.metadata.vastgesteld?.datum).toBe("2025-03-12");
    const left = r.notes.filter((n) => n.messageId === "import.webpagina").map((n) => n.data.tekst);
    expect(left).toEqual(["Deze website gebruikt cookies.", "Gemeente Heuvelrand: samen sterk", "Zie ook Melden openbare ruimte", "Contact: 14 0123, Postbus 1, 1234 AB Heuvelrand"]);
  });

  it("makes a bold label that opens a paragraph ('<strong>Ambitie:</strong> …') the heading it stands for", async () => {
    const page = "<html><body><h1>Integraal Veiligheidsplan Heuvelrand</h1><h2>Prioriteiten</h2><h3>Ondermijning</h3><p><strong>Opgave:</strong> criminelen misbruiken panden.</p><p><strong>Ambitie</strong>: in 2028 minder misbruik.</p></body></html>";
    const r = await importDocument(new TextEncoder().encode(page), { fileName: "ivp.html" });
    expect(parse(r.text).themes.map((t) => [t.title, t.opgave?.title, t.ambitie?.title])).toEqual([["Ondermijning", "Opgave", "Ambitie"]]);
    expect(r.text).toContain("criminelen misbruiken panden.");
  });

  it("reads only the page's main when it has one: a skip link and a cookie bar without a role are the site's, and so is a breadcrumb by its class", async () => {
    const page = `<html><body><a class="skiplink" href="#c">Spring naar content</a><div class="cookie-melding">Deze website gebruikt cookies.</div>
<div class="wrapper"><ol class="breadcrumb"><li>Home</li><li>Bestuur</li></ol>
<main id="c"><h1>Integraal Veiligheidsplan 2027-2030</h1><p>De gemeenteraad van Peelrode heeft op 26 november 2026 het Integraal Veiligheidsplan 2027-2030 vastgesteld.</p>
<h2>1. Inleiding</h2><p>Veiligheid maken we samen.</p><aside><p>Kader: wat is ondermijning?</p></aside></main>
<p>Laatst gewijzigd: 1 december 2026</p></div></body></html>`;
    const r = await importDocument(new TextEncoder().encode(page), { fileName: "ivp.html" });
    expect(r.text).not.toMatch(/Spring naar|cookies|Bestuur|Laatst gewijzigd/);
    // Inside main, a text box is the plan's.
    expect(r.text).toContain("Kader: wat is ondermijning?");
    expect(r.notes.filter((n) => n.messageId === "import.webpagina").map((n) => n.data.tekst)).toEqual(["Spring naar content", "Deze website gebruikt cookies.", "Home Bestuur", "Laatst gewijzigd: 1 december 2026"]);
    // The council's decision told with the council first.
    expect(parse(r.text).plan.metadata.vastgesteld).toEqual({ door: "gemeenteraad", datum: "2026-11-26" });
  });

  it("reports a header outside any article as the site's, and keeps the rest", async () => {
    const bare = "<html><body><h1>Integraal Veiligheidsplan Heuvelrand</h1><header><p>Kop in de tekst</p></header><p>Tekst.</p></body></html>";
    const r = await importDocument(new TextEncoder().encode(bare), { fileName: "ivp.html" });
    // A header outside any article is the site's: reported, not silently lost.
    expect(r.notes.filter((n) => n.messageId === "import.webpagina").map((n) => n.data.tekst)).toEqual(["Kop in de tekst"]);
    expect(r.text).toContain("Tekst.");
  });
});

describe("a web page whose priorities are the numbered rows of one table ('Nr. | Prioriteit | Doelstelling | Aanpak')", () => {
  const page = `<!DOCTYPE html><html lang="nl"><body><main><h1>Integraal Veiligheidsplan Waterland-Noord 2024-2027</h1>
<h2>3. Prioriteiten</h2><p>We kiezen twee prioriteiten.</p>
<table><tr><th>Nr.</th><th>Prioriteit</th><th>Doelstelling</th><th>Aanpak</th></tr>
<tr><td>1</td><td>Ondermijning</td><td>In 2027 zijn alle bedrijven in de haven bezocht.</td><td>Controles met de politie.</td></tr>
<tr><td>2</td><td>Jongeren en veiligheid</td><td>In 2027 is het aantal meldingen gehalveerd.</td><td>Straatwerk.</td></tr></table>
<h2>4. Organisatie</h2><p>Jaarlijks informeren we de raad.</p></main></body></html>`;

  it("makes each row a theme with its number, the goal its ambitie", async () => {
    const r = await importDocument(new TextEncoder().encode(page), { fileName: "plan.html" });
    const p = parse(r.text);
    expect(p.themes.map((t) => [t.nummer, t.title, t.ambitie?.title])).toEqual([
      [1, "Ondermijning", "Doelstelling"],
      [2, "Jongeren en veiligheid", "Doelstelling"],
    ]);
    expect(unaccountedWords(page.replace(/<[^>]+>/g, " "), r.text, r.notes)).toEqual([]);
  });
});
