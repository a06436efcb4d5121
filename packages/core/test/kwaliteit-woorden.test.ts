/**
 * The kwaliteit word lists searched in one pass (kwaliteit/woorden.ts) must find what their regexes
 * find, sentence by sentence: every list's triggers stand in every string its regex matches, and over
 * every fixture, example and random prose the one-pass marks give the regex's own answer.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import "../src/kwaliteit/toets.js";
import { sentences } from "../src/kwaliteit/tekst.js";
import { sentenceTester, wordList, wordLists } from "../src/kwaliteit/woorden.js";
import { parse } from "../src/parse.js";
import { runs } from "./hardening/support.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const plansUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? plansUnder(p) : f.endsWith(".veiligheidsplan") ? [p] : [];
  });
const plans = [...plansUnder(join(here, "rules", "fixtures")), ...plansUnder(join(here, "../../../examples"))];

/** The regex without what fast-check cannot generate from (`\b`, lookaheads and lookbehinds): it matches more, never less. */
const superset = (re: RegExp) => new RegExp(re.source.replace(/\\b/g, "").replace(/\(\?<?[!=][^()]*(?:\([^()]*\)[^()]*)*\)/g, ""), re.flags);

/** Every sentence, every list: the marks' answer is the regex's. */
function expectSameAnswers(text: string) {
  const plan = parse(text);
  const has = sentenceTester(plan);
  for (const s of sentences(plan)) for (const list of wordLists()) expect(has(s, list), `${list.re} on "${s.folded}"`).toBe(list.re.test(s.folded));
}

describe("kwaliteit word lists in one pass", () => {
  it("declares the kwaliteit lists", () => expect(wordLists().length).toBeGreaterThanOrEqual(9));

  it.each(wordLists().map((l) => [String(l.re).slice(0, 60), l] as const))("every match of %s holds a trigger (property)", (_name, list) => {
    fc.assert(
      fc.property(fc.stringMatching(superset(list.re)), (s) => {
        const m = superset(list.re).exec(s)!;
        expect(list.triggers.some((t) => m[0].includes(t)), `"${m[0]}" has none of ${list.triggers.join(", ")}`).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });

  it("gives the regexes' answers on every fixture and example", () => {
    expect(plans.length).toBeGreaterThan(40);
    for (const p of plans) expectSameAnswers(readFileSync(p, "utf8"));
  });

  it("gives the regexes' answers on prose made of the lists' own words (property)", () => {
    const words = [...new Set(wordLists().flatMap((l) => l.triggers))];
    const unit = fc.oneof(fc.constantFrom(...words, " ", ". ", "\n", "\r\n", "\r", "\n- ", "2026", "De", "É", "raad.", "binnen twee jaar", "met 25%", "ß", "Σ", "e\u0301", "İ", "ŉ", "ANALYSE", "Rààd"), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => expectSameAnswers(`# Plan\n\n${units.join("")}\n`)),
      { numRuns: runs(500) },
    );
  });

  // Last: it declares a list of its own, which the tests above would then also see.
  it("lets the regex decide for a list declared after a plan was marked", () => {
    const plan = parse("# Plan\n\nDe zeldzame kwakzalver komt.\n");
    const s = sentences(plan)[0]!;
    const first = wordLists()[0]!;
    const has = sentenceTester(plan);
    expect(has(s, first)).toBe(first.re.test(s.folded));
    const late = wordList(/kwakzalver/, ["kwakzalver"]);
    expect(has(s, late)).toBe(true);
  });

  it("refuses a trigger the folded text cannot hold, and a regex that keeps state", () => {
    expect(() => wordList(/x/, ["Groot"])).toThrow(/lower-case letters/);
    expect(() => wordList(/x/g, ["x"])).toThrow(/keep state/);
  });
});
