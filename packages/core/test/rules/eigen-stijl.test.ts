/**
 * Issue 14: messages, fixes and suggestions speak of themes in the plan's own words. A plan whose
 * headings say "Prioriteit 2: Veilige wijken" hears about "Prioriteit 2", and a theme without a number
 * is numbered "Prioriteit 3: Jeugd", never "3. Jeugd" or "Thema 3"; a plan with plain numbers keeps
 * "Thema 3".
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALL_RULES, fixText, lint, renderReport } from "@veiligheidsplan/core";

const TODAY = "2026-11-28";
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.veiligheidsplan`, import.meta.url), "utf8").replace(/[ \t]*<!--\s*verwacht:[^]*?-->/g, "").replace(/[ \t]+#\s*verwacht:.*$/gm, "");
const only = (rule: string, locale: "nl" | "en" = "nl") => ({ today: TODAY, locale, config: { rules: Object.fromEntries(ALL_RULES.map((r) => r.meta.id).filter((r) => r !== rule).map((r) => [r, "off" as const])) } });
const PRIORITEIT = fixture("thema-nummering/fout-eigen-stijl");

describe("numbering a theme in the plan's style", () => {
  it("numbers an unnumbered priority as the other priorities are numbered, and says so in those words", () => {
    const [jeugd, verkeer] = lint(PRIORITEIT, only("thema-nummering")).diagnostics;
    expect(jeugd!.message).toBe("Het thema 'Jeugd' heeft geen nummer. Verwijzingen als 'Prioriteit 3' hebben een nummer nodig: schrijf 'Prioriteit 3: Jeugd', zoals de andere thema's.");
    expect(jeugd!.fix!.edits.map((e) => e.newText)).toEqual(["Prioriteit 3: "]);
    // The other themes have their own style ("Speerpunt 4 – …"), and the numbering runs on.
    expect(verkeer!.message).toContain("schrijf 'Speerpunt 5 – Verkeer'");
    const fixed = fixText(PRIORITEIT, only("thema-nummering")).output;
    expect(fixed).toContain("### Prioriteit 3: Jeugd\n");
    expect(fixed).toContain("### Speerpunt 5 – Verkeer\n");
    expect(fixed).not.toMatch(/### \d\. /);
  });

  it("keeps plain numbers where the plan writes them", () => {
    const plain = PRIORITEIT.replace("Prioriteit 1: Ondermijning", "1. Ondermijning").replace("Prioriteit 2: Veilige wijken", "2. Veilige wijken");
    const [jeugd] = lint(plain, only("thema-nummering")).diagnostics;
    expect(jeugd!.message).toContain("Verwijzingen als 'Thema 3' hebben een nummer nodig: schrijf '3. Jeugd'");
    expect(jeugd!.fix!.edits[0]!.newText).toBe("3. ");
  });
});

describe("naming a theme in the plan's words", () => {
  const withoutAmbitie = PRIORITEIT.replace("### Prioriteit 2: Veilige wijken\n\n#### Opgave\n\nEen opgave.\n\n#### Ambitie\n\nEen ambitie.", "### Prioriteit 2: Veilige wijken\n\n#### Opgave\n\nEen opgave.");

  it("opgave-ambitie says 'Prioriteit 2 (Veilige wijken)', in Dutch and English", () => {
    expect(lint(withoutAmbitie, only("opgave-ambitie")).diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^Prioriteit 2 \(Veilige wijken\) heeft geen kop 'Ambitie'\./)]);
    expect(lint(withoutAmbitie, only("opgave-ambitie", "en")).diagnostics[0]!.message).toMatch(/^Prioriteit 2 \(Veilige wijken\) has no 'Ambitie' heading\./);
  });

  it("thema-verwijzingen answers a reference in the words it uses, and names the theme it points to so", () => {
    const text = PRIORITEIT.replace("Een ambitie.\n\n### Jeugd", "Een ambitie (zie ook prioriteit 1 - Ondermijnig).\n\n### Jeugd");
    const d = lint(text, only("thema-verwijzingen")).diagnostics.find((x) => x.messageId === "verkeerdeTitel");
    expect(d!.message).toBe("Prioriteit 1 heet 'Ondermijning', niet 'Ondermijnig'.");
    expect(d!.related[0]!.message).toBe("prioriteit 1: Ondermijning");
    expect(d!.fix!.edits[0]!.newText).toBe("Ondermijning");
  });

  it("begroting-themas shows how to name a theme in the plan's words", () => {
    const plan = fixture("alle-regels/vorm-prioriteit-n");
    // A line not named after a theme: a budget per theme needs no toelichting to be checked.
    const noToelichting = plan.slice(0, plan.indexOf("### Toelichting")).replace("| 2. Veilige wijken    |", "| 2. Wijkteams         |");
    expect(lint(noToelichting, only("begroting-themas")).diagnostics[0]!.message).toContain("zoals (Prioriteit 1 — Ondermijning)");
    const unnamed = plan.replace("(Prioriteit 2 - Veilige wijken)", "");
    expect(lint(unnamed, only("begroting-themas")).diagnostics.find((d) => d.messageId === "geenThema")!.message).toContain("zoals (Prioriteit 1 — Ondermijning), of (Alle thema's)");
  });

  it("a plan with plain numbers still hears 'Thema 2 (Veilige wijken)'", () => {
    const plain = withoutAmbitie.replace("Prioriteit 2: Veilige wijken", "2. Veilige wijken").replace("Prioriteit 1: Ondermijning", "1. Ondermijning");
    expect(lint(plain, only("opgave-ambitie")).diagnostics[0]!.message).toMatch(/^Thema 2 \(Veilige wijken\) heeft geen kop 'Ambitie'\./);
  });
});

describe("the report in the plan's words", () => {
  it("links 'Prioriteit 1' in the prose to the theme, and lists the themes as their headings number them", () => {
    const html = renderReport(lint(PRIORITEIT, { today: TODAY }));
    expect(html).toContain(`<a class="themaverwijzing" href="#thema-1">Prioriteit 1</a>`);
    const matrix = renderReport(lint(fixture("alle-regels/vorm-prioriteit-n"), { today: TODAY })).match(/<table class="themamatrix">[^]*?<\/table>/)![0];
    expect(matrix).toContain(">Prioriteit 2: Veilige wijken</a>");
  });
});
