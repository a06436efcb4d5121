/**
 * What the findings of issue 15 say and offer, beyond which rule fires where (the fixtures check that):
 * they quote the plan as it is written, replace a wrong citation instead of adding one next to it, and
 * fill their templates without gaps, in Dutch and in English.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ALL_RULES, applyFixes, lint, renderReport } from "@veiligheidsplan/core";
import { readFixture } from "./harness.js";

const ALL_IDS = ALL_RULES.map((r) => r.meta.id);
const only = (rule: string) => ({ today: "2026-11-28", config: { rules: Object.fromEntries(ALL_IDS.filter((r) => r !== rule).map((r) => [r, "off" as const])) } });

const plan = (front: string, body = "") => `---\nformaat: veiligheidsplan/1\ntitel: Veilig\ngemeente: Voorbeeldstad\nperiode: 2025-2028\nstatus: concept\n${front}---\n\n# Veilig\n\n${body}\n`;

describe("grondslag quotes the plan and replaces what is wrong", () => {
  it("quotes the citation as the text writes it, without adding 'eerste lid'", () => {
    const text = plan("", "De raad stelt de doelen vast op grond van artikel 38b van de Politiewet.");
    const [d] = lint(text, only("grondslag")).diagnostics.filter((x) => x.messageId === "alleenInTekst");
    expect(d!.message).toContain("De tekst noemt 'artikel 38b van de Politiewet'");
    expect(d!.message).not.toMatch(/noemt '[^']*eerste lid/);
  });

  it.each([
    ["artikel 38c Politiewet 2012", "verkeerdArtikel", "De regioburgemeester overlegt met de burgemeesters."],
    ["artikel 38b, tweede lid, Politiewet 2012", "ander38bLid", "De burgemeester hoort de raad over het beleidsplan (artikel 38b, tweede lid, Politiewet 2012)."],
  ])("replaces '%s' in the grondslag with 38b lid 1 (%s), keeping no wrong entry", (wrong, messageId, prose) => {
    const text = plan(`grondslag:\n  - ${wrong}\n  - artikel 3a Wet veiligheidsregio's\n`, prose);
    const d = lint(text, only("grondslag")).diagnostics.find((x) => x.messageId === messageId)!;
    // The finding stands on the grondslag entry, not on the prose.
    expect(text.slice(d.range.start.offset, d.range.end.offset)).toBe(wrong);
    expect(d.suggestions).toHaveLength(1);
    const { output } = applyFixes(text, [d.suggestions[0]!]);
    expect(output).toContain("grondslag:\n  - artikel 38b, eerste lid, Politiewet 2012\n  - artikel 3a Wet veiligheidsregio's\n");
    expect(output.slice(0, output.indexOf("\n---\n"))).not.toContain(wrong);
    expect(lint(output, only("grondslag")).diagnostics.filter((x) => x.messageId === messageId)).toEqual([]);
  });
});

describe("message templates", () => {
  it("names a theme without a readable number by its title: no empty number, no double space", () => {
    const text = plan("", "## Prioritaire thema's\n\n### II. Jeugd\n\n#### Opgave\n\nJongeren.\n");
    for (const locale of ["nl", "en"] as const) {
      const d = lint(text, { ...only("opgave-ambitie"), locale }).diagnostics.find((x) => x.messageId === "geenAmbitie")!;
      // The Roman number is the plan's way of ordering, not part of the title (structure/themes.ts UNNUMBERED_LEAD).
      expect(d.message).toMatch(locale === "nl" ? /^Thema 'Jeugd' heeft geen kop 'Ambitie'/ : /^Theme 'Jeugd' has no 'Ambitie' heading/);
      expect(d.message).not.toMatch(/ {2}|\( /);
    }
    // A section number before the theme's own ("3.2 Prioriteit 2: Jeugd", issue 14) is the document's: the theme is Prioriteit 2.
    const numbered = plan("", "## Prioritaire thema's\n\n### 3.2 Prioriteit 2: Jeugd\n\n#### Opgave\n\nJongeren.\n");
    expect(lint(numbered, only("opgave-ambitie")).diagnostics.find((x) => x.messageId === "geenAmbitie")!.message).toMatch(/^Prioriteit 2 \(Jeugd\) heeft geen kop 'Ambitie'/);
  });

  it("writes 'het college' in Dutch and 'the college' in English", () => {
    const text = `---\nformaat: veiligheidsplan/1\ntitel: Veilig\ngemeente: Voorbeeldstad\nperiode: 2023-2026\nstatus: vastgesteld\nvastgesteld:\n  door: college van burgemeester en wethouders\n  datum: 2023-03-30\n---\n\n# Veilig\n`;
    const nl = lint(text, only("vaststelling")).diagnostics.find((x) => x.messageId === "verkeerdOrgaan")!;
    const en = lint(text, { ...only("vaststelling"), locale: "en" }).diagnostics.find((x) => x.messageId === "verkeerdOrgaan")!;
    expect(nl.message).toContain("Een besluit van het college van burgemeester en wethouders is dus geen vaststelling");
    expect(en.message).toContain("A decision by the college van burgemeester en wethouders is therefore no adoption");
  });

  it("counts pillars in English with a number, not the Dutch word", () => {
    const text = plan("", "## Prioritaire thema's\n\n### 1. Jeugd\n\n#### Opgave\n\nJongeren.\n\n#### Ambitie\n\nOnze aanpak berust op drie pijlers:\n\n1. Preventie.\n2. Handhaving.\n");
    const en = lint(text, { ...only("pijlers"), locale: "en" }).diagnostics.find((x) => x.messageId === "aantal")!;
    expect(en.message).toContain("rests on 3 pillars");
    expect(en.message).not.toContain("drie pillars");
  });
});

describe("the report quotes the citations in the text as written", () => {
  it("lists 'artikel 38b, eerste lid, …' and 'artikel 3a Wet veiligheidsregio's' without 'lid 1' or a stray comma", () => {
    const text = plan("", "Zie artikel 38b, eerste lid, Politiewet 2012 en artikel 3a Wet veiligheidsregio's.");
    const html = renderReport(lint(text, { today: "2026-11-28" }));
    const list = html.slice(html.indexOf('<ul class="aangehaald">'));
    expect(list).toContain(">artikel 38b, eerste lid, Politiewet 2012</a>");
    expect(list).toContain(">artikel 3a Wet veiligheidsregio&#39;s</a>");
    expect(list).not.toContain("lid 1");
    expect(list).not.toContain("3a, Wet");
  });
});

describe("budget diagnoses", () => {
  const fixture = (name: string) => readFixture(readFileSync(fileURLToPath(new URL(`./fixtures/begroting-totalen/${name}`, import.meta.url)), "utf8"), name).text;
  const totals = (text: string) => lint(text, { today: "2026-11-28" }).diagnostics.filter((d) => d.ruleId === "begroting-totalen");

  it("names a duplicated row once, as a duplicate, with nothing beside it, and offers to remove it", () => {
    const text = fixture("fout-dubbele-regel.veiligheidsplan");
    const ds = totals(text);
    expect(ds).toHaveLength(2);
    for (const d of ds) {
      expect(d.message.match(/staat twee keer in de tabel/g)).toHaveLength(1);
      expect(d.message).not.toMatch(/niet mee|241 waar 24|250 waar 25/);
      expect(d.suggestions.map((s) => s.message)).toEqual(["Verwijder de dubbele regel Openbare orde"]);
    }
    const fixed = applyFixes(text, [ds[0]!.suggestions[0]!]).output;
    expect(fixed.match(/Openbare orde/g)).toHaveLength(2); // the prose and the one row left
    expect(totals(fixed)).toEqual([]);
  });

  it("reads '15,407' as 15.407 when that explains the total, and never offers a total of '473,407'", () => {
    const text = fixture("fout-duizendtal-komma.veiligheidsplan");
    const [d] = totals(text);
    expect(d!.message).toContain("bij Brandweer staat 15,407, wat als een getal met drie decimalen telt; bedoeld lijkt 15.407");
    expect(d!.suggestions.map((s) => s.message)).toEqual(["Verander Brandweer 2023 van 15,407 in 15.407"]);
    expect(totals(applyFixes(text, [d!.suggestions[0]!]).output)).toEqual([]);
  });
});

describe("citations of articles that do not exist", () => {
  it("say which text they were checked against, and offer the article one keystroke away", () => {
    const text = plan("grondslag:\n  - artikel 83b, eerste lid, Politiewet 2012\n");
    for (const locale of ["nl", "en"] as const) {
      const d = lint(text, { ...only("wetsverwijzingen"), locale }).diagnostics.find((x) => x.messageId === "artikelBestaatNietBedoeld")!;
      expect(d.message).toBe(
        locale === "nl"
          ? "De Politiewet 2012 heeft geen artikel 83b (gecontroleerd tegen de tekst van 20 juli 2015 op wetten.overheid.nl). Bedoelt u artikel 38b?"
          : "The Politiewet 2012 has no article 83b (checked against the text of 20 July 2015 on wetten.overheid.nl). Did you mean article 38b?",
      );
      expect(text.slice(d.range.start.offset, d.range.end.offset)).toBe("83b");
      const fixed = applyFixes(text, [d.suggestions[0]!]).output;
      expect(fixed).toContain("  - artikel 38b, eerste lid, Politiewet 2012\n");
    }
  });
});
