/**
 * The front matter's fast reader (the plain `key: value` subset read without the YAML library) must
 * give exactly what `yaml` gives — the same values, texts and ranges — or decline. Checked on YAML
 * generated from the subset and from just outside it (comments, blank lines, tabs, quotes, escapes,
 * typed scalars, odd indentation, maps in lists, CRLF), and on every front matter the repository has.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";
import { readSimpleYaml, readWithYaml } from "../src/syntax/frontmatter.js";
import { runs } from "./hardening/support.js";

const BASE = 17;
const reference = (source: string) => readWithYaml(source, { start: BASE, end: BASE + source.length });

/** The fast reader's answer, checked against yaml's; true when it took the fast path. */
function expectSameAsYaml(source: string): boolean {
  const fast = readSimpleYaml(source, BASE);
  if (fast === undefined) return false;
  const slow = reference(source);
  expect(slow.findings, `yaml finds errors in YAML the fast reader accepted:\n${source}`).toEqual([]);
  expect(fast, source).toEqual(slow.root);
  return true;
}

const goodWord = fc.constantFrom("titel", "periode", "Vorig plan", "vorig-plan", "door", "datum", "bestand", "gemeente", "grondslag", "x", "ÉÉn", "a_b");
const goodScalar = fc.constantFrom("Samen veilig en weerbaar", "2022-2026", "2022–2026", "2022 t/m 2026", "2022-10-18", "2022", "007", "artikel 3a Wet veiligheidsregio's", "veiligheidsplan/1", "./vorig.veiligheidsplan", "'it''s'", "\"double\"", "é", "  spaced  ", "", "B&W", "a#b", "x # opmerking", "'q' # c", "\"q\" #c", "https://example.nl/a#b");
const trickyWord = fc.constantFrom("titel", "periode", "Vorig plan", "vorig-plan", "door", "datum", "bestand", "gemeente", "grondslag", "x", "ÉÉn", "a_b", "true", "Null", "123", "key ", " key", "a:b", "#c", "-k");
const trickyScalar = fc.constantFrom(
  "Samen veilig en weerbaar", "2022-2026", "2022–2026", "2022 t/m 2026", "2022-10-18", "2022", "007", "-3", "+4", "1.5", "1e3", ".5", "0x1F", "0o17",
  "~", "null", "NULL", "true", "False", "yes", ".inf", ".NaN", "artikel 3a Wet veiligheidsregio's", "veiligheidsplan/1", "./vorig.veiligheidsplan",
  "https://example.nl/a#b", "a: b", "a #b", "a#b", "ends:", "'quoted'", "'it''s'", "'bad' x'", "'open", "'", "'a' #", "'a'#b", "'a' b # c", "\"a\" b", "\"double\"", "\"esc\\\"\"", "\"a'b\"", "'", "\"",
  "- item", "[a, b]", "{a: b}", "&anchor x", "*alias", "!tag x", "| block", "> folded", "%x", "@x", "`x`", "? x", ", x", "é", "  spaced  ", "",
  "12345678901234567890", "B&W", "college van burgemeester en wethouders",
);
const word = fc.oneof({ weight: 8, arbitrary: goodWord }, { weight: 1, arbitrary: trickyWord });
const scalar = fc.oneof({ weight: 8, arbitrary: goodScalar }, { weight: 1, arbitrary: trickyScalar });
const indentOf = fc.constantFrom("", " ", "  ", "   ", "    ");
type Line = string;

/** A block of YAML lines: map entries, nested maps and lists, with now and then something outside the subset. */
const block: fc.Memo<Line[]> = fc.memo((depth) => {
  const entry = fc.tuple(word, scalar).map(([k, v]) => [`${k}:${v === "" ? "" : ` ${v}`}`]);
  const nestedMap = depth > 1 ? fc.tuple(word, indentOf, block(depth - 1)).map(([k, ind, inner]) => [`${k}:`, ...inner.map((l) => `${ind === "" ? "  " : ind}${l}`)]) : entry;
  const list = fc.tuple(word, fc.constantFrom("", "  ", "    "), fc.array(fc.oneof({ weight: 8, arbitrary: scalar.map((v) => `- ${v}`) }, { weight: 1, arbitrary: fc.constantFrom("-", "- a: b", "-x") }), { minLength: 1, maxLength: 4 })).map(([k, ind, items]) => [`${k}:`, ...items.map((i) => ind + i)]);
  const odd = fc.constantFrom(["# comment"], [""], ["  "], ["\ttab: x"], ["a:\tb"], ["  continued"], ["titel: # comment"], ["- los"], ["x:  "], ["---"]);
  return fc.array(fc.oneof({ weight: 6, arbitrary: entry }, { weight: 2, arbitrary: nestedMap }, { weight: 2, arbitrary: list }, { weight: 1, arbitrary: fc.oneof(odd, fc.constant([])) }), { minLength: 1, maxLength: 8 }).map((parts) => parts.flat());
});

const yamlText = fc.tuple(block(3), fc.constantFrom("\n", "\r\n", "\r"), fc.boolean()).map(([lines, eol, finalEol]) => lines.join(eol) + (finalEol ? eol : ""));

describe("the front matter's fast reader", () => {
  it("gives exactly yaml's tree (values, texts, ranges), or leaves the text to yaml", () => {
    let fast = 0;
    let total = 0;
    fc.assert(
      fc.property(yamlText, (source) => {
        total++;
        if (expectSameAsYaml(source)) fast++;
      }),
      { numRuns: runs(1500) },
    );
    // Not vacuous: a good share of the generated YAML is inside the subset.
    expect(fast / total).toBeGreaterThan(0.1);
  });

  it("reads simple front matter without yaml: maps, nested maps, lists at either indentation, quotes, integers, CRLF", () => {
    const cases = [
      "formaat: veiligheidsplan/1\ntitel: Samen veilig en weerbaar\nperiode: 2022-2026\n",
      "voorgesteld:\n  door: college van burgemeester en wethouders\n  datum: 2022-10-18\nstatus: voorstel\n",
      "grondslag:\n  - artikel 38b, eerste lid, Politiewet 2012\n  - 'artikel 3a Wet veiligheidsregio''s'\n",
      "grondslag:\n- artikel 38b\n- \"artikel 3a\"\nvolgnummer: 12\n",
      "vorig-plan:\n    titel: De weerbare stad\n    vastgesteld:\n        datum: 2018-07-04\nleeg:\n",
      "titel: Samen veilig\r\nvorig plan:\r\n  periode: 2018-2022\r\n",
      "titel:   ruimte rondom   \n",
    ];
    for (const c of cases) expect(expectSameAsYaml(c), c).toBe(true);
  });

  it("leaves comments, blank lines, flow collections, block scalars, escapes and typed values to yaml", () => {
    const cases = [
      "# opmerking\ntitel: x\n",
      "titel: x\n\nperiode: 2022-2026\n",
      "titel: # opmerking\n",
      "grondslag: [a, b]\n",
      "toelichting: |\n  tekst\n",
      "titel: \"met \\\" escape\"\n",
      "bedrag: 1.5\n",
      "actief: true\n",
      "titel: x\ntitel: y\n",
      "titel: lange\n  regel\n",
      "lijst:\n  - a: b\n",
      "\ttitel: x\n",
    ];
    for (const c of cases) {
      expect(readSimpleYaml(c, BASE), c).toBeUndefined();
      // …and the plan still reads it through yaml.
      expect(parse(`---\n${c}---\n`).metadata.root).toBeDefined();
    }
  });

  it("takes the fast path for every front matter in the examples and the rule fixtures", () => {
    const root = join(__dirname, "../../..");
    const files = [
      ...readdirSync(join(root, "examples")).filter((f) => f.endsWith(".veiligheidsplan")).map((f) => join(root, "examples", f)),
      ...readdirSync(join(__dirname, "rules/fixtures"), { recursive: true }).map(String).filter((f) => f.endsWith(".veiligheidsplan") && !f.includes("__fixed__")).map((f) => join(__dirname, "rules/fixtures", f)),
    ];
    let fast = 0;
    let withFrontMatter = 0;
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      const fm = parse(text).metadata.frontMatter;
      if (!fm) continue;
      withFrontMatter++;
      const source = text.slice(fm.content.start, fm.content.end);
      if (expectSameAsYaml(source)) fast++;
    }
    expect(withFrontMatter).toBeGreaterThan(50);
    // Fixtures that test broken or unusual YAML go to yaml on purpose; the rest take the fast path.
    expect(fast / withFrontMatter).toBeGreaterThan(0.8);
    expect(expectSameAsYaml(readFileSync(join(root, "examples/nijmegen-2022-2026.veiligheidsplan"), "utf8").split("---\n")[1]!)).toBe(true);
  });
});
