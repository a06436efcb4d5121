import { describe, expect, it } from "vitest";
import type { CompletionItem, TextEdit } from "vscode-languageserver-types";
import { getCompletions } from "../src/service/index.js";
import { applyEdits, doc, marked, wordRule } from "./helpers.js";

/** A small plan in the documented format; `slot` names where the test puts its cursor line. */
function plan(slots: Partial<Record<"meta" | "ambitie1" | "thema2" | "kern" | "tabel" | "toelichting" | "tail", string>> = {}): string {
  return [
    "---",
    "formaat: veiligheidsplan/1",
    "titel: Veilig Testdorp",
    "gemeente: Testdorp",
    "periode: 2024-2028",
    slots.meta ?? "status: concept",
    "vorig-plan:",
    "  titel: Samen veilig",
    "  periode: 2020-2024",
    "---",
    "",
    "# Veilig Testdorp",
    "",
    "## Prioritaire thema's",
    "",
    "### 1. Ondermijning",
    "",
    "#### Opgave",
    "",
    "Criminelen misbruiken panden en diensten.",
    "",
    "#### Ambitie",
    "",
    "Onze aanpak berust op twee pijlers:",
    "",
    "1. Een weerbare samenleving.",
    "2. Een weerbare organisatie.",
    "",
    "##### Een weerbare samenleving",
    "",
    "Bewoners herkennen signalen.",
    "",
    slots.ambitie1 ?? "",
    "",
    "### 2. Veilige wijken",
    "",
    "#### Opgave",
    "",
    "Overlast verschilt per wijk.",
    "",
    slots.thema2 ?? "",
    "",
    "## Kernthema's",
    "",
    "### 3. Brandveiligheid",
    "",
    "#### Opgave",
    "",
    "Brandveilige gebouwen.",
    "",
    "#### Ambitie",
    "",
    "Controles op tijd.",
    "",
    slots.kern ?? "",
    "",
    "## Financiën",
    "",
    "| (bedragen x € 1.000) | 2024 | 2025 |",
    "| :------------------- | ---: | ---: |",
    "| 1. Ondermijning      |  120 |  125 |",
    "| 2. Veilige wijken    |  310 |  315 |",
    ...(slots.tabel !== undefined ? [slots.tabel] : []),
    "| **Totaal**           |  430 |  440 |",
    "",
    "### Toelichting",
    "",
    "#### Ondermijning",
    "",
    "Bibob en voorlichting. (Thema 1 - Ondermijning)",
    "",
    "#### Brandweerzorg",
    "",
    "Bijdrage aan de veiligheidsregio. (Thema 3 - Brandveiligheid)",
    "",
    slots.toelichting ?? "",
    slots.tail ?? "",
  ].join("\n");
}

function complete(source: string, options: Parameters<typeof getCompletions>[2] = {}, rules?: NonNullable<Parameters<typeof doc>[1]>["rules"]) {
  const m = marked(source);
  const d = doc(m.text, { lint: false, ...(rules ? { rules } : {}) });
  const list = getCompletions(d, m.cursors[0]!, { today: "2024-06-01", ...options });
  return { ...m, items: list.items, labels: list.items.map((i) => i.label) };
}

/** The text after accepting `item`. */
const accept = (text: string, item: CompletionItem) => applyEdits(text, [item.textEdit as TextEdit]);

describe("completion in the front matter", () => {
  it("offers the status values after 'status:'", () => {
    const { labels } = complete(plan({ meta: "status: <|>" }));
    expect(labels).toEqual(["concept", "voorstel", "vastgesteld"]);
  });

  it("offers the gemeenteraad first for 'door' under vastgesteld, the college under voorgesteld", () => {
    const under = (key: string) => complete(plan({ meta: `status: voorstel\n${key}:\n  door: <|>` })).items;
    const v = under("vastgesteld");
    expect(v.find((i) => i.preselect)?.label).toBe("gemeenteraad");
    expect(under("voorgesteld").find((i) => i.preselect)?.label).toBe("college van burgemeester en wethouders");
  });

  it("offers only the keys not yet written at the top level, and the nested keys of a map", () => {
    const top = complete(plan({ meta: "status: concept\n<|>" })).labels;
    expect(top).toContain("grondslag");
    expect(top).toContain("vastgesteld");
    expect(top).not.toContain("titel");
    expect(top).not.toContain("gemeente");
    const nested = complete(plan({ meta: "status: concept\nvastgesteld:\n  <|>" })).labels;
    expect(nested).toEqual(["door", "datum"]);
  });

  it("inserts a whole 'vastgesteld' block as a snippet when the client expands snippets", () => {
    const { text, items } = complete(plan({ meta: "status: concept\nvastg<|>" }), { snippets: true });
    const item = items.find((i) => i.label === "vastgesteld")!;
    expect(item.insertTextFormat).toBe(2);
    expect(accept(text, item)).toContain("vastgesteld:\n  door: ${1:gemeenteraad}\n  datum: ${2:2024-06-01}");
  });

  it("suggests the period after the previous plan's", () => {
    expect(complete(plan({ meta: "periode: <|>" })).labels[0]).toBe("2024-2028");
  });

  it("offers the register's citations in the grondslag list, the two the law requires first", () => {
    const { text, items } = complete(plan({ meta: "status: concept\ngrondslag:\n  - <|>" }));
    expect(items.slice(0, 2).map((i) => i.label)).toEqual(["artikel 38b, eerste lid, Politiewet 2012", "artikel 3a Wet veiligheidsregio's"]);
    expect(accept(text, items[0]!)).toContain("grondslag:\n  - artikel 38b, eerste lid, Politiewet 2012\n");
    const doc0 = items[0]!.documentation as { value: string };
    expect(doc0.value).toContain("De gemeenteraad stelt ten minste eenmaal in de vier jaar");
  });
});

describe("completion of headings", () => {
  it("offers Ambitie (not Opgave, which is there) inside a theme without one, at the right level", () => {
    const { text, items } = complete(plan({ thema2: "#<|>" }));
    const labels = items.map((i) => i.label);
    expect(labels).toContain("Ambitie");
    expect(labels).not.toContain("Opgave");
    const out = accept(text, items.find((i) => i.label === "Ambitie")!);
    expect(out).toContain("Overlast verschilt per wijk.\n\n#### Ambitie\n");
  });

  it("offers the listed pillar that has no elaboration yet, one level below the Ambitie", () => {
    const { text, items } = complete(plan({ ambitie1: "##<|>" }));
    const pillar = items.find((i) => i.label === "Een weerbare organisatie")!;
    expect(pillar).toBeDefined();
    expect(items.find((i) => i.label === "Een weerbare samenleving")).toBeUndefined();
    expect(accept(text, pillar)).toContain("\n##### Een weerbare organisatie\n");
  });

  it("offers a new theme with the next number in the last theme chapter, with Opgave and Ambitie as a snippet", () => {
    const { text, items } = complete(plan({ kern: "###<|>" }), { snippets: true });
    const theme = items.find((i) => i.label === "4. ")!;
    expect(theme.detail).toContain("Nieuw thema 4 (kernthema)");
    expect(accept(text, theme)).toContain("### 4. ${1:Titel}\n\n#### Opgave\n\n${2}\n\n#### Ambitie\n\n${0}");
  });

  it("offers the deelproducten of the table that have no toelichting yet, under Toelichting", () => {
    const { items } = complete(plan({ toelichting: "####<|>" }));
    expect(items.map((i) => i.label)).toContain("Veilige wijken");
    expect(items.map((i) => i.label)).not.toContain("Ondermijning");
  });

  it("offers nothing on a line of prose", () => {
    expect(complete(plan({ thema2: "Wij werken samen met de<|>" })).labels).toEqual([]);
  });
});

describe("completion in the text", () => {
  it("offers the themes after 'Thema '", () => {
    const { text, items } = complete(plan({ thema2: "Dit hangt samen met (Thema <|>" }));
    expect(items.map((i) => i.label)).toEqual(["1 — Ondermijning", "2 — Veilige wijken", "3 — Brandveiligheid"]);
    expect(accept(text, items[0]!)).toContain("(Thema 1 — Ondermijning");
  });

  it("offers the theme titles after 'het thema “', closing the quote", () => {
    const { text, items } = complete(plan({ thema2: "Zie het thema “<|>" }));
    expect(accept(text, items.find((i) => i.label === "Brandveiligheid")!)).toContain("Zie het thema “Brandveiligheid”");
  });

  it("offers citations after 'artikel ', keeping a capital A", () => {
    const { text, items } = complete(plan({ thema2: "Artikel <|>" }));
    expect(items[0]!.label).toBe("Artikel 38b, eerste lid, Politiewet 2012");
    expect(accept(text, items[0]!)).toContain("\nArtikel 38b, eerste lid, Politiewet 2012\n");
  });

  it("offers deelproducten that have a toelichting but no line in the table's first column, numbered on", () => {
    const { text, items } = complete(plan({ tabel: "| <|>" }));
    expect(items.map((i) => i.label)).toEqual(["3. Brandweerzorg"]);
    expect(accept(text, items[0]!)).toContain("| 2. Veilige wijken    |  310 |  315 |\n| 3. Brandweerzorg\n");
  });

  it("offers the directives and then the rule ids inside a veiligheidsplan comment", () => {
    expect(complete(plan({ tail: "<!-- veiligheidsplan-<|>" })).labels).toContain("veiligheidsplan-disable-next-line");
    const rules = [wordRule("test-woord", "FOUT", "goed")];
    expect(complete(plan({ tail: "<!-- veiligheidsplan-disable-next-line <|>" }), {}, rules).labels).toEqual(["test-woord"]);
  });
});
