/**
 * A joint plan's report shows each council's adoption (issue 14), and the checks on each adoption name
 * the gemeente; a merger shows its predecessors, a strategic framework its uitvoeringsplannen.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lint, renderReport } from "@veiligheidsplan/core";

const fixture = (name: string) => readFileSync(new URL(`../rules/fixtures/${name}.veiligheidsplan`, import.meta.url), "utf8").replace(/[ \t]*<!--\s*verwacht:[^]*?-->/g, "").replace(/[ \t]+#\s*verwacht:.*$/gm, "");
const TODAY = "2026-11-28";
const table = (html: string, caption: string) => html.match(new RegExp(`<table class="besluiten">\\n<caption>${caption}</caption>[^]*?</table>`))?.[0];

describe("the report of a joint plan", () => {
  const html = renderReport(lint(fixture("vaststelling/fout-gezamenlijk"), { today: TODAY }));

  it("shows each council's adoption in a table, and says which council has not adopted it yet", () => {
    const t = table(html, "Vaststelling per gemeente")!;
    expect(t).toBeDefined();
    expect(t).toContain(`<tr><th scope="row">Bergendal</th><td>gemeenteraad op 27 februari 2025</td></tr>`);
    expect(t).toMatch(/<th scope="row">Sibbeveld<\/th><td><span class="kenmerk kenmerk-waarschuwing">nog niet vastgesteld<\/span><\/td>/);
    expect(t.match(/<tr><th scope="row">/g)).toHaveLength(6);
  });

  it("names the gemeenten in the document's title and on the cover", () => {
    expect(html).toContain("<title>Samen veilig in het Heuvelland — Bergendal, Kalkhoven, Geulle-aan-de-Maas, Sibbeveld, Wahlwijk en Eijsterdal 2025–2028</title>");
    expect(html).toContain(`<p class="soort">Integraal veiligheidsplan · Bergendal, Kalkhoven`);
  });

  it("lists the checks' findings with the gemeente they are about", () => {
    expect(html).toContain("Gemeente Kalkhoven: Dit plan is vastgesteld door &#39;burgemeester&#39;");
    expect(html).toContain("Gemeente Geulle-aan-de-Maas: De vaststellingsdatum 13 maart 2027 ligt na vandaag");
  });

  it("in English too", () => {
    const en = renderReport(lint(fixture("vaststelling/fout-gezamenlijk"), { today: TODAY, locale: "en" }), { locale: "en" });
    expect(table(en, "Adoption per municipality")).toContain("not adopted yet");
    expect(en).toContain("Municipality of Kalkhoven: This plan was adopted by");
  });
});

describe("the report of other shapes", () => {
  it("shows a merged municipality's predecessors and a framework's uitvoeringsplannen", () => {
    expect(table(renderReport(lint(fixture("alle-regels/vorm-fusie"), { today: TODAY })), "Vorige plannen")).toContain("<td>Vierlingsbeek</td><td>2021–2024</td><td>3 juni 2021</td>");
    expect(table(renderReport(lint(fixture("alle-regels/vorm-kader-uitvoeringsplan"), { today: TODAY })), "Uitvoeringsplannen \\(de raad neemt er kennis van\\)")).toContain("Uitvoeringsplan veiligheid 2026");
  });

  it("adds nothing for a plan of one gemeente with one predecessor", () => {
    expect(renderReport(lint(fixture("alle-regels/goed-volledig"), { today: TODAY }))).not.toContain(`class="besluiten"`);
  });
});
