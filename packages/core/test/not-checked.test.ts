/**
 * "No check is skipped silently" (issue 14): a plan whose themes, budget or predecessor cannot be read
 * is told so once, as an info, and `LintResult.notChecked` lists each part once with that finding; the
 * report shows it under "Niet gecontroleerd".
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lint, NOT_CHECKED, renderReport } from "@veiligheidsplan/core";

const GOOD = readFileSync(new URL("./rules/fixtures/alle-regels/goed-volledig.veiligheidsplan", import.meta.url), "utf8").replace(/ *<!-- verwacht:[^>]*-->/g, "");
const TODAY = "2026-11-28";

/** The good plan with its themes in a layout no heading reveals: no theme section, no Opgave/Ambitie/Doelen. */
const THEMES_HIDDEN = GOOD.replace("## Prioritaire thema's", "## Waar we aan werken")
  .replace("## Kernthema's", "## Ook van belang")
  .replace(/^#### Opgave$/gm, "#### Wat er speelt")
  .replace(/^#### Ambitie$/gm, "#### Wat we doen")
  .replace(/^#### Doelen$/gm, "#### Wat we willen zien");

describe("a plan whose themes cannot be found", () => {
  const r = lint(THEMES_HIDDEN, { today: TODAY });

  it("gets one clear finding: an info that names the checks that did not run and how to mark the themes", () => {
    expect(r.diagnostics.map((d) => `${d.ruleId}.${d.messageId}@${d.severity}`)).toEqual(["thema-nummering.geenThemas@info"]);
    const [d] = r.diagnostics;
    expect(d!.message).toContain("niet te herkennen");
    expect(d!.message).toContain("nummering, opgave en ambitie, pijlers, verwijzingen");
    expect(d!.message).toContain("structuur:");
    expect(r.errorCount + r.warningCount).toBe(0);
  });

  it("lists the themes once as not checked, as data", () => {
    expect(r.notChecked.map((n) => [n.check, n.reason])).toEqual([["themas", "thema-nummering.geenThemas"]]);
    expect(r.notChecked[0]!.label).toContain("thema's");
    expect(r.notChecked[0]!.range.start.line).toBe(r.diagnostics[0]!.range.start.line);
  });

  it("shows it in the report under 'Niet gecontroleerd' (and in English under 'Not checked')", () => {
    const html = renderReport(r);
    expect(html).toContain("<h3>Niet gecontroleerd</h3>");
    expect(html).toMatch(/<ul class="niet-gecontroleerd">\n<li>De thema&#39;s \(nummering[^<]*<span class="regel">\(thema-nummering\)<\/span><\/li>\n<\/ul>/);
    expect(renderReport(lint(THEMES_HIDDEN, { today: TODAY, locale: "en" }), { locale: "en" })).toContain("<h3>Not checked</h3>");
  });
});

describe("what is not checked", () => {
  it("is empty, and the report has no such part, when everything was checked", () => {
    const r = lint(GOOD, { today: TODAY });
    expect(r.notChecked).toEqual([]);
    expect(renderReport(r)).not.toContain("Niet gecontroleerd");
  });

  it("names a missing budget once, whatever number of budget rules skip it", () => {
    const r = lint(GOOD.slice(0, GOOD.indexOf("## Financiën")), { today: TODAY });
    expect(r.notChecked.map((n) => n.check)).toEqual(["begroting"]);
    expect(r.diagnostics.filter((d) => d.ruleId.startsWith("begroting-"))).toHaveLength(1);
  });

  it("keeps a part listed when an inline directive hides the finding: it is still not checked", () => {
    const text = GOOD.slice(0, GOOD.indexOf("## Financiën")).replace("# Veilig in Voorbeeldstad\n", "<!-- veiligheidsplan-disable-next-line begroting-totalen -- de begroting staat in de programmabegroting -->\n# Veilig in Voorbeeldstad\n");
    const r = lint(text, { today: TODAY });
    expect(r.diagnostics.some((d) => d.ruleId === "begroting-totalen")).toBe(false);
    expect(r.notChecked.map((n) => [n.check, n.suppressed])).toEqual([["begroting", true]]);
  });

  it("declares only findings that rules report as info, each naming a part with a label in both languages", async () => {
    const { ALL_RULES, MESSAGES } = await import("@veiligheidsplan/core");
    for (const [key, check] of Object.entries(NOT_CHECKED)) {
      const [ruleId, messageId] = [key.slice(0, key.indexOf(".")), key.slice(key.indexOf(".") + 1)];
      expect(ALL_RULES.find((x) => x.meta.id === ruleId)?.meta.messages, key).toContain(messageId);
      expect(MESSAGES[`nietGecontroleerd.${check}`]?.nl, check).toBeTruthy();
      expect(MESSAGES[`nietGecontroleerd.${check}`]?.en, check).toBeTruthy();
    }
  });
});

describe("the declaration", () => {
  it("holds every finding on the rule fixtures that says a part was not checked", () => {
    const dir = new URL("./rules/fixtures/", import.meta.url);
    const undeclared = new Set<string>();
    for (const folder of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const name of readdirSync(new URL(`${folder.name}/`, dir)).filter((n) => n.endsWith(".veiligheidsplan"))) {
        const text = readFileSync(new URL(`${folder.name}/${name}`, dir), "utf8").replace(/[ \t]*<!--\s*verwacht:[^]*?-->/g, "");
        for (const d of lint(text, { today: TODAY }).diagnostics) {
          const key = `${d.ruleId}.${d.messageId}`;
          if (/niet gecontroleerd|niet uitgevoerd/.test(d.message) !== key in NOT_CHECKED) undeclared.add(key);
          if (key in NOT_CHECKED) expect(d.severity, key).toBe("info");
        }
      }
    }
    expect([...undeclared]).toEqual([]);
  });
});
