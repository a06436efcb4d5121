/**
 * Issue 13.1: every front-matter field is declared once (model/fields.ts), and the places derived from
 * the declarations agree with them: the typed model and its JSON Schema, the parser's located fields,
 * the printer, and the `metadata` rule's key tables (the language server's completion is held to the
 * same list in packages/language-server/test/fields.test.ts).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FIELD_NAMES, FIELDS, lint, Metadata, parse, planJsonSchema, printPlan } from "@veiligheidsplan/core";
import { normalizeKey } from "@veiligheidsplan/core/internal";

const example = readFileSync(new URL("../../../examples/minimaal.veiligheidsplan", import.meta.url), "utf8");
/** The minimal example with every optional field the example does not use, so that every declaration is exercised. */
const minimaal = example.replace(
  "\n---\n",
  [
    "",
    "gemeenten:",
    "  - naam: Voorbeeldstad",
    "    vastgesteld:",
    "      door: gemeenteraad",
    "      datum: 2025-02-20",
    "vorige-plannen:",
    "  - titel: Veilig Oud-Voorbeeld",
    "    periode: 2021-2024",
    "    vastgesteld: 2021-03-04",
    "    gemeente: Oud-Voorbeeld",
    "uitvoeringsplannen:",
    "  - titel: Uitvoeringsplan 2025",
    "    door: college van burgemeester en wethouders",
    "    datum: 2025-03-11",
    "    periode: 2025-2025",
    "structuur:",
    "  themas: Prioritaire thema's",
    "---",
    "",
  ].join("\n"),
);

describe("front-matter fields", () => {
  it("the typed model has exactly one property per declared field, in declaration order", () => {
    expect(Object.keys(Metadata.fields)).toEqual(FIELD_NAMES);
    const schema = planJsonSchema() as { properties: { metadata: { $ref?: string; properties?: Record<string, unknown> } }; $defs?: Record<string, { properties?: Record<string, unknown> }> };
    const meta = schema.properties.metadata;
    const props = meta.properties ?? schema.$defs?.[meta.$ref!.split("/").pop()!]?.properties;
    expect(Object.keys(props ?? {})).toEqual(FIELD_NAMES);
  });

  it("every declared key is read, located and typed by the parser", () => {
    const p = parse(minimaal);
    for (const name of FIELD_NAMES) {
      const located = p.fields[name];
      expect(located, name).toBeDefined();
      expect(normalizeKey(minimaal.slice(located!.entry.keySpan.start, located!.entry.keySpan.end))).toBe(normalizeKey(FIELDS[name].key));
      expect(p.plan.metadata[name], name).toEqual(located!.value);
    }
  });

  it("the printer writes every field under its declared key, and parsing gives the same metadata back", () => {
    const plan = parse(minimaal).plan;
    const printed = printPlan(plan);
    for (const name of FIELD_NAMES) expect(printed).toMatch(new RegExp(`^${FIELDS[name].key}:`, "m"));
    expect(parse(printed).plan.metadata).toEqual(plan.metadata);
  });

  it("the metadata rule knows every declared key and sub-key, and renames each declared alias to its key", () => {
    expect(lint(minimaal, { today: "2026-01-01" }).diagnostics.filter((d) => d.ruleId === "metadata")).toEqual([]);
    for (const name of FIELD_NAMES) {
      for (const alias of FIELDS[name].aliases) {
        const key = FIELDS[name].key;
        const text = minimaal.replace(new RegExp(`^${key}:`, "m"), `${alias}:`);
        const found = lint(text, { today: "2026-01-01" }).diagnostics.filter((d) => d.ruleId === "metadata" && d.messageId === "onbekendeSleutel");
        expect(found.map((d) => d.fix?.edits[0]?.newText), `${alias} → ${key}`).toEqual([key]);
      }
    }
  });

  it("the required fields are the ones the metadata rule asks for", () => {
    const required = FIELD_NAMES.filter((n) => FIELDS[n].required).map((n) => FIELDS[n].key);
    const bare = "---\nformaat: veiligheidsplan/1\n---\n\n# Plan\n";
    const missing = lint(bare, { today: "2026-01-01" }).diagnostics.filter((d) => d.ruleId === "metadata" && d.messageId === "ontbreekt");
    expect(missing.map((d) => /'([^']+)'/.exec(d.message)![1])).toEqual(required);
  });
});
