/**
 * The kwaliteit messages name a theme as the plan does: "Prioriteit 1 (Ondermijning)" in a plan with
 * "Prioriteit N:" headings, "Thema 'Jeugd'" for an unnumbered theme — never "Prioritair thema  (Jeugd)"
 * with a number left out, nor "thema 1" in a plan that says "Prioriteit 1". (The fixtures check which
 * findings there are; this checks how they read.)
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lint, renderReport } from "@veiligheidsplan/core";

const shape = (name: string) => readFileSync(fileURLToPath(new URL(`./rules/fixtures/alle-regels/${name}.veiligheidsplan`, import.meta.url)), "utf8").replace(/\s*<!-- verwacht:[^>]*-->/g, "").replace(/\s*# verwacht:.*$/gm, "");
const messages = (text: string, locale?: "nl" | "en") =>
  lint(text, { today: "2026-11-28", ...(locale ? { locale } : {}) }).diagnostics.filter((d) => d.ruleId === "kwaliteit-meetbare-doelen").map((d) => d.message);

describe("kwaliteit messages name themes in the plan's own words", () => {
  it("an unnumbered theme by its title, without an empty number", () => {
    const [m] = messages(shape("vorm-ongenummerd"));
    expect(m).toMatch(/^Thema 'Jeugd' heeft geen meetbaar doel, terwijl het een prioriteit van dit plan is:/);
    expect(messages(shape("vorm-ongenummerd"), "en")[0]).toMatch(/^Theme 'Jeugd' has no measurable goal/);
  });

  it("a theme under 'Prioriteit 1:' as Prioriteit 1", () => {
    const text = shape("vorm-prioriteit-n").replace("In 2028 pakken gemeente en politie 90% van de meldingen over verdachte loodsen binnen een week samen op; in 2024 was dat 60%.", "Gemeente en politie pakken meldingen over verdachte loodsen samen op.");
    expect(messages(text)).toEqual([expect.stringMatching(/^Prioriteit 1 \(Ondermijning\) heeft geen meetbaar doel/)]);
  });

  it("the report's kwaliteitstoets lists such a theme as its heading numbers it", () => {
    const text = shape("vorm-prioriteit-n").replace("In 2028 pakken gemeente en politie 90% van de meldingen over verdachte loodsen binnen een week samen op; in 2024 was dat 60%.", "Gemeente en politie pakken meldingen over verdachte loodsen samen op.");
    const row = /<tr class="stap uitkomst-\w+" data-stap="doelen">([^]*?)<\/tr>/.exec(renderReport(lint(text, { today: "2026-11-28" })))![1]!;
    expect(row).toContain("Prioriteit 1: Ondermijning");
  });

  it("a goal in a Doelen table by the theme's own number word", () => {
    const text = shape("vorm-speerpunten");
    const withoutYear = text.replace("|   90% (2028) |", "|   90%        |");
    expect(messages(withoutYear)).toEqual([expect.stringMatching(/bij speerpunt 1 \(Ondermijning\) noemt geen jaar/)]);
  });
});
