/**
 * Issue 14: completion for joint plans (`gemeenten:`), mergers (`vorige-plannen:`) and a framework's
 * `uitvoeringsplannen:`: the keys of a list item, the body values inside an item's decisions, and a
 * whole item as a snippet when the key is chosen.
 */
import { describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";
import { getCompletions } from "../src/service/index.js";
import { renumberThemes } from "../src/service/structuralFixes.js";
import { doc, marked } from "./helpers.js";

const plan = (meta: string) => ["---", "formaat: veiligheidsplan/1", "titel: Samen veilig", "periode: 2025-2028", "status: vastgesteld", meta, "---", "", "# Samen veilig", ""].join("\n");

function complete(source: string, snippets = false) {
  const m = marked(source);
  const d = doc(m.text);
  const list = getCompletions(d, m.cursors[0]!, { today: "2025-06-01", snippets });
  return { items: list.items, labels: list.items.map((i) => i.label) };
}

describe("completion in a joint plan", () => {
  it("offers gemeenten, vorige-plannen and uitvoeringsplannen at the top, each with a whole item as a snippet", () => {
    const { items } = complete(plan("<|>"), true);
    const snippet = (label: string) => {
      const i = items.find((x) => x.label === label)!;
      return (i.textEdit as { newText: string } | undefined)?.newText ?? i.insertText;
    };
    expect(snippet("gemeenten")).toMatch(/^gemeenten:\n  - naam: .*\n    vastgesteld:\n      door: \$\{\d+:gemeenteraad\}\n      datum: /);
    expect(snippet("vorige-plannen")).toMatch(/^vorige-plannen:\n  - titel: .*\n    gemeente: .*\n    periode: .*\n    vastgesteld: /);
    expect(snippet("uitvoeringsplannen")).toMatch(/^uitvoeringsplannen:\n  - titel: .*\n    door: .*college.*\n    datum: /);
  });

  it("offers a gemeente's keys inside its item, not the keys it already has", () => {
    expect(complete(plan("gemeenten:\n  - naam: Oudewaard\n    <|>")).labels).toEqual(["voorgesteld", "vastgesteld"]);
    expect(complete(plan("gemeenten:\n  - <|>")).labels).toEqual(["naam", "voorgesteld", "vastgesteld"]);
  });

  it("writes a gemeente's decision as a block indented inside the item", () => {
    const { items } = complete(plan("gemeenten:\n  - naam: Oudewaard\n    vast<|>"), true);
    const i = items.find((x) => x.label === "vastgesteld")!;
    expect((i.textEdit as { newText: string }).newText).toBe("vastgesteld:\n      door: ${1:gemeenteraad}\n      datum: ${2:2025-06-01}");
  });

  it("offers the keys of a previous plan inside a vorige-plannen item", () => {
    expect(complete(plan("vorige-plannen:\n  - titel: Veilig Beersel\n    <|>")).labels).toEqual(expect.arrayContaining(["periode", "vastgesteld", "gemeente", "bestand"]));
  });

  it("offers the gemeenteraad first for 'door' in a gemeente's decision", () => {
    const { items } = complete(plan("gemeenten:\n  - naam: Oudewaard\n    vastgesteld:\n      door: <|>"));
    expect(items.find((i) => i.preselect)?.label).toBe("gemeenteraad");
  });
});

describe("a new theme heading in the plan's style", () => {
  it("offers 'Prioriteit 3: ' under Prioriteiten whose themes read 'Prioriteit 1: …'", () => {
    const text = [plan("gemeente: Dalmerveen"), "## Prioriteiten", "", "### Prioriteit 1: Ondermijning", "", "#### Opgave", "", "Tekst.", "", "### Prioriteit 2: Veilige wijken", "", "#### Opgave", "", "Tekst.", "", "### <|>"].join("\n");
    expect(complete(text).labels).toContain("Prioriteit 3: ");
    expect(complete(text).labels).not.toContain("3. ");
  });
});

describe("renumbering themes in the plan's style", () => {
  it("gives an unnumbered priority 'Prioriteit 2: ' when the others read 'Prioriteit N:'", () => {
    const text = [plan("gemeente: Dalmerveen"), "## Prioriteiten", "", "### Prioriteit 1: Ondermijning", "", "Tekst.", "", "### Jeugd", "", "Tekst.", "", "### Prioriteit 2: Veilige wijken", "", "Tekst.", ""].join("\n");
    const edits = renumberThemes(parse(text));
    expect(edits.map((e) => e.newText)).toEqual(["Prioriteit 2: ", "3"]);
  });
});
