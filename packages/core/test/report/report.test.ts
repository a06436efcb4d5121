import { existsSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lint, renderReport, type Diagnostic, type LintResult } from "@veiligheidsplan/core";
import { DOCS_BASE_URL, element, FIXTURE, linkedUrls, lintFile, MINIMAAL_PATH, NIJMEGEN_PATH, strangeMarkup, tags, TEST_RULE, TEST_RULE_DOCS, textOf, TODAY, urls } from "./support.js";

const ALLOWED_URL = (u: string) => u.startsWith("https://wetten.overheid.nl/") || u.startsWith(DOCS_BASE_URL) || u === "http://www.w3.org/2000/svg";
const fixture = (text = FIXTURE, rules = [TEST_RULE]) => lint(text, { today: TODAY, rules, filePath: "/plannen/proefstad.veiligheidsplan", docsBaseUrl: DOCS_BASE_URL });

describe.runIf(existsSync(NIJMEGEN_PATH))("the Nijmegen plan as a report", () => {
  const result = lintFile(NIJMEGEN_PATH);
  const html = renderReport(result);

  it("is one self-contained document: no scripts, no fetched resources, a policy that forbids both", () => {
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">")).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(http/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(strangeMarkup(html)).toEqual([]);
    const external = urls(html);
    expect(external.filter((u) => !ALLOWED_URL(u))).toEqual([]);
    expect(external).toContain("https://wetten.overheid.nl/jci1.3:c:BWBR0031788&artikel=38b&lid=1");
  });

  it("shows the title on the cover once, with gemeente, period, status and who proposed it", () => {
    const cover = element(html, /<header class="omslag">/)!;
    expect(textOf(cover)).toContain("Samen veilig en weerbaar");
    expect(textOf(cover)).toContain("Integraal Veiligheidsplan 2022-2026");
    expect(textOf(cover)).toContain("2022–2026");
    expect(textOf(cover)).toContain("college van burgemeester en wethouders op 18 oktober 2022");
    expect(textOf(cover)).toContain("‘De weerbare stad’ 2018–2022");
    expect(tags(html).filter((t) => t.name === "h1" && !t.closing)).toHaveLength(1);
  });

  it("renders the nine themes in the plan's order, six marked prioritair and three kern", () => {
    const heads = [...html.matchAll(/<h3 id="(thema-\d+)" class="thema-kop">([^]*?)<\/h3>/g)];
    expect(heads.map((h) => h[1])).toEqual(["thema-1", "thema-2", "thema-3", "thema-4", "thema-5", "thema-6", "thema-7", "thema-8", "thema-9"]);
    expect(heads.filter((h) => h[2]!.includes("Prioritair thema"))).toHaveLength(6);
    expect(heads.filter((h) => h[2]!.includes("Kernthema"))).toHaveLength(3);
    expect(textOf(heads[0]![2]!)).toContain("1. Ondermijning");
    expect(html.match(/<article class="thema thema-prioritair"/g)).toHaveLength(6);
    expect(html.match(/<article class="thema thema-kern"/g)).toHaveLength(3);
  });

  it("links each listed pillar to its elaboration", () => {
    const list = element(html, /<ol class="pijlers">/)!;
    const targets = [...list.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets).toEqual(["thema-1-pijler-1", "thema-1-pijler-2", "thema-1-pijler-3"]);
    for (const id of targets) expect(html).toContain(`<h5 id="${id}" class="pijler-kop"><span class="kenmerk kenmerk-pijler">Pijler`);
    expect(textOf(element(html, /<h5 id="thema-1-pijler-2"/)!)).toBe("Pijler 2 Een weerbare organisatie");
  });

  it("draws the budget: five years, nine deelproducten, 2022 marked as not adding up, by how much", () => {
    const svg = element(html, /<svg class="begrotingsgrafiek"/)!;
    expect(svg).toMatch(/role="img"/);
    expect(svg).toMatch(/aria-label="Begroting per jaar, gestapeld per deelproduct \(bedragen x € 1\.000\)"/);
    expect(svg).toContain("<title>Begroting per jaar");
    expect(textOf(element(svg, /<desc/)!)).toContain("2022: som van de regels 6.706, vermeld totaal 16.848; telt niet op.");
    const columns = [...svg.matchAll(/<g class="kolom[^"]*" data-jaar="(\d+)" data-telt-op="(\w+)">/g)];
    expect(columns.map((c) => c[1])).toEqual(["2022", "2023", "2024", "2025", "2026"]);
    expect(new Set([...svg.matchAll(/data-deelproduct="(\d+)"/g)].map((m) => m[1])).size).toBe(9);
    const y2022 = element(svg, /<g class="kolom telt-niet-op" data-jaar="2022"/)!;
    // One short red line per column (three lines per column crowded the bars); both numbers are in the table.
    expect(textOf(element(y2022, /<text class="label-telt-niet-op"/)!)).toBe("verschil 10.142");
    expect(textOf(element(svg, /<g class="kolom telt-niet-op" data-jaar="2023"/)!)).toContain("verschil 142");
    expect(y2022).toContain('class="markering"');
    // The legend and the table behind the chart name all nine.
    expect(element(html, /<ol class="legenda"/)!.match(/<li /g)).toHaveLength(9);
    const table = element(html, /<table class="begrotingstabel">/)!;
    expect(table.match(/<tbody>[^]*<\/tbody>/)![0].match(/<tr>/g)).toHaveLength(9);
    expect(textOf(table)).toContain("telt niet op: som 6.706, vermeld 16.848");
    expect(textOf(table)).toContain("−71");
    // The totals close the body; a <tfoot> would be repeated on every printed page.
    expect(table).not.toContain("<tfoot>");
    expect(table).toMatch(/<tr class="vermeld">[^]*<tr class="som">[^]*<\/tbody>\s*<\/table>/);
  });

  it("draws each deelproduct on its own scale, so the small ones and the −71 can be read", () => {
    const svg = element(html, /<svg class="deelproductgrafiek"/)!;
    expect(svg).toMatch(/role="img"/);
    const panels = [...svg.matchAll(/<g class="paneel" data-deelproduct="(\d+)">/g)].map((m) => m[1]);
    expect(panels).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    const panel = (n: number) => element(svg, new RegExp(`<g class="paneel" data-deelproduct="${n}">`))!;
    const bars = (n: number) => [...panel(n).matchAll(/<rect class="staaf[^"]*" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/g)].map((m) => ({ top: Number(m[1]), height: Number(m[2]) }));
    // Veilige fysieke leefomgeving (5 a year) is as tall in its panel as Brandweerzorg's 15.407 in its own,
    // where in the stacked chart it is a sliver.
    const maxHeight = (n: number) => Math.max(...bars(n).map((b) => b.height));
    expect(maxHeight(8)).toBeGreaterThan(80);
    expect(Math.abs(maxHeight(8) - maxHeight(2))).toBeLessThan(1);
    // Jeugdbeschermingstafel's −71 hangs below its zero line, full height, labelled in red.
    const zero = Number(/<line x1="[\d.]+" x2="[\d.]+" y1="([\d.]+)"/.exec(panel(4))![1]);
    for (const b of bars(4)) {
      expect(b.top).toBeCloseTo(zero, 0);
      expect(b.height).toBeGreaterThan(80);
    }
    expect(panel(4).match(/<text class="waarde"[^>]*fill="#B00020"[^>]*>−71<\/text>/g)).toHaveLength(5);
    // Every bar says its amount, as the scales differ.
    expect(textOf(panel(2))).toContain("4.736");
    expect(textOf(panel(2))).toContain("15.407");
  });

  it("names where each finding is in the plan's own terms: front matter key, section path, table row and column", () => {
    const checks = element(html, /<section class="hoofdstuk bijlage" id="controles"/)!;
    const places = [...checks.matchAll(/<td class="plaats">([^]*?)<\/td>/g)].map((m) => textOf(m[1]!.replace(/<br>/g, " | ")));
    expect(places).toContain("Gegevens van het plan: ‘status’ | regel 7 van het bestand");
    expect(places).toContain("Gegevens van het plan: ‘vorig-plan’ | regel 11 van het bestand");
    for (const year of ["2022", "2023", "2024", "2025", "2026"]) {
      expect(places).toContain(`II. Financiën › Wat het kost - financieel overzicht 2022-2026 | tabel, rij ‘Totaal’, kolom ${year} | regel 316 van het bestand`);
    }
    // Linked to the section in this report.
    expect(checks).toContain('<a href="#wat-het-kost-financieel-overzicht-2022-2026">II. Financiën › Wat het kost');
    expect(html).toContain('id="wat-het-kost-financieel-overzicht-2022-2026"');
  });

  it("tables the themes against the deelproducten that fund them", () => {
    const matrix = element(html, /<table class="themamatrix">/)!;
    const rows = [...matrix.matchAll(/<tr class="thema-(prioritair|kern)[^"]*">([^]*?)<\/tr>/g)];
    expect(rows).toHaveLength(9);
    // Theme 4 (Zorg & Veiligheid): Aanpak multiproblematiek and Jeugdbeschermingstafel by name, Intelligence for all.
    const cells = [...rows[3]![2]!.matchAll(/<td>([^<]*)/g)].map((m) => m[1]);
    expect(cells).toEqual(["●", "", "○", "●", "", "", "", "", ""]);
    // Theme 9 is funded by Brandweerzorg and Veilige fysieke leefomgeving.
    expect([...rows[8]![2]!.matchAll(/<td>([^<]*)/g)].map((m) => m[1])).toEqual(["", "●", "○", "", "", "", "", "●", ""]);
  });

  it("lists the legal basis with links to the articles and their text", () => {
    const legal = element(html, /<section class="hoofdstuk bijlage" id="wettelijke-grondslag"/)!;
    expect(legal).toContain('<a class="wet" href="https://wetten.overheid.nl/jci1.3:c:BWBR0031788&amp;artikel=38b&amp;lid=1">artikel 38b, eerste lid, Politiewet 2012</a>');
    expect(legal).toContain('href="https://wetten.overheid.nl/jci1.3:c:BWBR0027466&amp;artikel=3a"');
    expect(textOf(legal)).toContain("De gemeenteraad stelt ten minste eenmaal in de vier jaar de doelen vast");
    // Citations in the prose link to the law where they stand.
    expect(html).toMatch(/In <a class="wet" href="https:\/\/wetten\.overheid\.nl\/jci1\.3:c:BWBR0031788&amp;artikel=38b&amp;lid=1">artikel 38b, eerste lid Politiewet 2012<\/a> is vastgelegd/);
  });

  it("renders the prose's emphasis, quotes, footnotes and theme references, and drops comments", () => {
    expect(html).not.toContain("Transcribed from the OCR");
    expect(html).toContain("<blockquote>\n<p>Samen veilig en weerbaar is een concept");
    expect(html).toMatch(/<sup class="voetnootverwijzing"><a href="#voetnoot-2" id="voetnoot-2-ref">\d<\/a><\/sup>/);
    expect(textOf(element(html, /<section class="voetnoten"/)!)).toContain("Socioloog Iliass El Hadioui");
    expect(html).toContain('<a class="themaverwijzing" href="#thema-4">Thema 4 — Zorg &amp; Veiligheid</a>');
    // No Markdown syntax left in the text.
    expect(textOf(element(html, /<main>/)!)).not.toMatch(/\*\*|^#{1,6} |\[\^/m);
  });

  it("is deterministic, and English with locale en", () => {
    expect(renderReport(lintFile(NIJMEGEN_PATH))).toBe(html);
    const en = renderReport(result, { locale: "en" });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("Priority theme");
    expect(en).toContain("Core theme");
    expect(en).toContain("does not add up: sum 6.706, stated 16.848");
    expect(en).toContain("Each sub-product on its own scale");
    expect(en).toContain("row ‘Totaal’, column 2022");
    expect(en).toContain("Proposed by");
    // The report's own labels are English; the findings stay in the language they were linted in.
    expect(en).not.toMatch(/class="kenmerk kenmerk-prioritair">Prioritair thema/);
    // The plan's own text is never translated.
    expect(en).toContain("Onze aanpak berust op drie pijlers:");
  });
});

describe("a plan of our own", () => {
  it("summarises the checks with the place in the plan, severities and a link to each rule's page", () => {
    const result = fixture();
    const html = renderReport(result);
    const checks = element(html, /<section class="hoofdstuk bijlage" id="controles"/)!;
    const rows = [...checks.matchAll(/<tr class="ernst-(\w+)">([^]*?)<\/tr>/g)];
    expect(rows.map((r) => r[1])).toEqual(["error", "warning"]);
    const opgaveLine = FIXTURE.split("\n").indexOf("#### Opgave") + 1;
    // The place as a reader finds it (chapter › theme › section, linked), the 1-based line as an aside.
    expect(rows[0]![2]).toContain('<a href="#opgave">Prioritaire thema&#39;s › 1. Wijkveiligheid › Opgave</a>');
    expect(textOf(rows[1]![2]!)).toContain("Prioritaire thema's › 1. Wijkveiligheid › Ambitie");
    expect(textOf(rows[0]![2]!)).toContain(`regel ${opgaveLine} van het bestand`);
    expect(textOf(rows[0]![2]!)).not.toContain("kolom");
    expect(rows[0]![2]).toContain('<span class="ernst">fout</span>');
    expect(rows[1]![2]).toContain('<span class="ernst">waarschuwing</span>');
    expect(rows[0]![2]).toContain(`<a href="${TEST_RULE_DOCS}">proef-regel</a>`);
    expect(textOf(element(html, /<p class="controlestatus/)!)).toBe("Controles: 1 fout, 1 waarschuwing");
    expect(html).toContain("controlestatus-fouten");
  });

  it("says so when the checks find nothing", () => {
    const html = renderReport(fixture(FIXTURE, []));
    expect(textOf(element(html, /<section class="hoofdstuk bijlage" id="controles"/)!)).toContain("De controles vinden geen fouten of waarschuwingen in dit plan.");
    expect(html).toContain("controlestatus-in-orde");
  });

  it("draws negative amounts below the axis and marks a total that adds up in black", () => {
    const html = renderReport(fixture());
    const svg = element(html, /<svg class="begrotingsgrafiek"/)!;
    const axis = /<line x1="\d+" x2="\d+" y1="([\d.]+)" y2="[\d.]+" stroke="#222"/.exec(svg)!;
    const zero = Number(axis[1]);
    const rects = [...svg.matchAll(/<rect class="segment" data-deelproduct="(\d)" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/g)].map((m) => ({ line: m[1], top: Number(m[2]), bottom: Number(m[2]) + Number(m[3]) }));
    expect(rects).toHaveLength(6);
    for (const r of rects) {
      if (r.line === "3") expect(r.top).toBeGreaterThanOrEqual(zero - 0.1);
      else expect(r.bottom).toBeLessThanOrEqual(zero + 0.1);
    }
    // 2023: 300 + 700 - 100 = 900, as stated; 2024: 920, stated 950.
    expect(svg).toContain('data-jaar="2023" data-telt-op="ja"');
    expect(svg).toContain('data-jaar="2024" data-telt-op="nee"');
    expect(textOf(element(svg, /<g class="kolom" data-jaar="2023"/)!)).toContain("900");
    expect(textOf(element(svg, /<g class="kolom telt-niet-op" data-jaar="2024"/)!)).toContain("verschil 30");
    expect(svg).toMatch(/<line class="vermeld-totaal"[^>]*stroke="#111"/);
  });

  it("marks the (Alle thema's) line in every theme's row and links references to the theme", () => {
    const html = renderReport(fixture());
    const matrix = element(html, /<table class="themamatrix">/)!;
    const rows = [...matrix.matchAll(/<tr class="thema-[^"]*">([^]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<td>([^<]*)/g)].map((m) => m[1]));
    expect(rows).toEqual([
      ["●", "", "○"],
      ["", "●", "○"],
    ]);
    expect(html).toContain('<a class="themaverwijzing" href="#thema-2">Thema 2 - Brandveiligheid</a>');
  });

  it("flags a theme no deelproduct funds, and theme numbers the plan does not have", () => {
    const text = FIXTURE.replace("(Thema 2 - Brandveiligheid)", "(Thema 7 - Bestaat niet)").replace("(Alle thema's)", "Geen.");
    const html = renderReport(fixture(text));
    expect(html).toMatch(/<tr class="thema-kern zonder-deelproduct"><th scope="row"><a href="#thema-2">2\. Brandveiligheid<\/a> <span class="kenmerk kenmerk-kern">Kernthema<\/span> <span class="kenmerk kenmerk-waarschuwing">geen deelproduct<\/span>/);
    expect(textOf(html)).toContain("De toelichting noemt thema's die het plan niet heeft: 7.");
  });

  it("shows the table without a chart when the unit cannot be read", () => {
    const html = renderReport(fixture(FIXTURE.replace("(bedragen x € 1.000)", "Deelproduct")));
    expect(html).not.toContain("<svg class=\"begrotingsgrafiek\"");
    expect(html).toContain("De begrotingstabel kan niet als grafiek worden getoond");
    expect(html).toContain('<td style="text-align:right">-100</td>');
  });

  it("shows a budget table without year columns as written, without a chart", () => {
    const text = FIXTURE.replace(/\| \(bedragen x € 1\.000\)[^]*?\| \*\*Totaal\*\*[^\n]*/, "| (bedragen x € 1.000) |\n| --- |\n| 1. Handhaving |");
    const html = renderReport(fixture(text));
    expect(html).not.toContain('<svg class="begrotingsgrafiek"');
    expect(html).toContain("<td>1. Handhaving</td>");
  });

  it("hatches the tenth and later deelproducten so that every series stays apart", () => {
    const rows = Array.from({ length: 11 }, (_, i) => `| ${i + 1}. Deel ${i + 1} | ${i + 1} | 1 |`).join("\n");
    const text = FIXTURE.replace(/\| 1\. Handhaving[^]*?\| \*\*Totaal\*\*[^\n]*/, rows);
    const html = renderReport(fixture(text));
    expect(html).toContain('<pattern id="vp-arcering-0"');
    expect(html).toContain('fill="url(#vp-arcering-0)"');
    expect(element(html, /<ol class="legenda"/)!.match(/<li /g)).toHaveLength(11);
  });

  it("escapes hostile text everywhere it can come from", () => {
    const hostile = FIXTURE.replace("titel: Proefstad veilig", `titel: '"><script>alert(1)</script>'`)
      .replace("### 1. Wijkveiligheid", "### 1. <script>alert('thema')</script>")
      .replace("1. Handhaving  ", "1. <img src=x onerror=alert(1)>")
      .replace("Overlast in de **binnenstad**.", 'Overlast <iframe src="https://kwaad.example/"></iframe> [klik](javascript:alert(1)) ![x](https://kwaad.example/p.png) <b onclick="x()">b</b> <!-- geheim -->.')
      .replace("Meer boa's op straat.", "Meer <style>body{display:none}</style> & <a href=\"https://kwaad.example\">link</a>.");
    const result = fixture(hostile);
    const withHostileCheck: LintResult = {
      ...result,
      diagnostics: result.diagnostics.map((d): Diagnostic => ({ ...d, message: `<script>alert("melding")</script>`, ruleId: `<b>${d.ruleId}</b>` })),
    };
    const html = renderReport(withHostileCheck, { title: "</title><script>x</script>" });
    expect(strangeMarkup(html)).toEqual([]);
    expect(html).not.toMatch(/<script|<iframe|<img|javascript:|<style>body|<b[ >]/i);
    // Event handlers survive only as visible, escaped text.
    expect(tags(html).flatMap((t) => Object.keys(t.attributes)).filter((a) => /^on/i.test(a))).toEqual([]);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    // The plan's own text may show an address; nothing links to it or loads it.
    expect(linkedUrls(html).filter((u) => !u.startsWith("#") && !u.startsWith("url(#") && !ALLOWED_URL(u))).toEqual([]);
    expect(html).not.toContain("geheim");
    expect(html).toContain("&lt;script&gt;alert(&#39;thema&#39;)&lt;/script&gt; <span class=\"kenmerk kenmerk-prioritair\">");
    expect(html).toContain("<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>");
    expect(html).toContain("&lt;script&gt;alert(&quot;melding&quot;)&lt;/script&gt;");
    expect(html).toContain('<span class="afbeelding">[afbeelding: x]</span>');
    expect(html).toContain("klik"); // the link's text stays, its target does not
  });

  it("renders any text without throwing, and never lets it out of its escaping", () => {
    const pieces = fc.constantFrom(
      "# ", "## Prioritaire thema's\n", "### 1. ", "#### Opgave\n", "## Financiën\n", "| (bedragen x € 1.000) | 2022 |\n| --- | ---: |\n", "| 1. A | 5 |\n", "| **Totaal** | 9 |\n",
      "<script>", "</", "<!--", "-->", "[", "](", "javascript:", ")", "*", "**", "_", "`", "\\", "[^1]", "[^1]: ", "> ", "- ", "1. ", "\n", "\n\n", "&", '"', "'", "<b onclick=x>", "<", ">", "Thema 1 - A", "artikel 38b Politiewet",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        const html = renderReport(lint(text, { today: TODAY, rules: [] }));
        expect(strangeMarkup(html)).toEqual([]);
        expect(linkedUrls(html).filter((u) => !u.startsWith("#") && !u.startsWith("url(#") && !ALLOWED_URL(u))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("stays fast on hostile inline text (thousands of delimiters and brackets)", () => {
    const text = `# T\n\n${"*a_ [".repeat(20_000)}\n\n${"[".repeat(50_000)}\n\n${"`".repeat(30_000)}\n`;
    const start = performance.now();
    const html = renderReport(lint(text, { today: TODAY, rules: [] }));
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(strangeMarkup(html)).toEqual([]);
  });

  it("renders a plan without budget or themes, and an empty file", () => {
    for (const text of ["", "Alleen tekst.", "---\ntitel: x\n"]) {
      const html = renderReport(lint(text, { today: TODAY, rules: [] }));
      expect(html).toContain("</html>");
      expect(html).not.toContain("<svg class=\"begrotingsgrafiek\"");
      expect(strangeMarkup(html)).toEqual([]);
    }
  });

  it.runIf(existsSync(MINIMAAL_PATH))("renders the minimal example with its adoption by the raad", () => {
    const html = renderReport(lintFile(MINIMAAL_PATH));
    expect(textOf(element(html, /<header class="omslag">/)!)).toContain("gemeenteraad op 20 februari 2025");
    expect(strangeMarkup(html)).toEqual([]);
  });

  it("puts only the file's name in the footer, and a date only when given", () => {
    const html = renderReport(fixture(), { generated: "28 november 2026" });
    expect(textOf(element(html, /<footer class="colofon">/)!)).toBe("Gemaakt met veiligheidsplan · bron: proefstad.veiligheidsplan · 28 november 2026");
    expect(html).not.toContain("/plannen/");
  });
});

describe("links to the rule pages (issue 19)", () => {
  it("without a configured docsBaseUrl the report links to no rule page (the project has no public site)", () => {
    const html = renderReport(lint(FIXTURE, { today: TODAY, rules: [TEST_RULE] }));
    expect(html).not.toContain(".md\"");
    expect(html).not.toContain("github.com");
  });

  it("with docsBaseUrl in the configuration, findings link to the team's own copy", () => {
    const r = lint(FIXTURE, { today: TODAY, rules: [TEST_RULE], config: { docsBaseUrl: "https://intranet.example/vp/rules" } });
    expect(r.diagnostics[0]!.docsUrl).toBe("https://intranet.example/vp/rules/proef-regel.md");
  });
});
