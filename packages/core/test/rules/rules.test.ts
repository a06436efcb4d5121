/**
 * Fixture tests for every rule (markdownlint style, see README.md): each fixture marks its expected
 * findings inline; the findings must be exactly those. Fixable fixtures are fixed, the result is
 * compared with its file snapshot, and the fixed text must have nothing fixable left.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ALL_RULES, fixText, lint } from "@veiligheidsplan/core";
import { compare, lintOptionsFor, readFixture } from "./harness.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const FIXTURES = join(here, "fixtures");
const FIXED = join(here, "__fixed__");

const folders = readdirSync(FIXTURES).filter((f) => statSync(join(FIXTURES, f)).isDirectory()).sort();
const cases = folders.flatMap((folder) =>
  readdirSync(join(FIXTURES, folder))
    .filter((f) => f.endsWith(".veiligheidsplan"))
    .sort()
    .map((name) => [folder, name] as const),
);

describe("every rule has fixtures", () => {
  it.each(ALL_RULES.map((r) => r.meta.id))("%s has a fixture that passes and one that fails", (id) => {
    const names = cases.filter(([folder]) => folder === id).map(([, name]) => name);
    const marked = names.map((n) => readFixture(readFileSync(join(FIXTURES, id, n), "utf8"), n).expected.length);
    expect(marked.filter((m) => m === 0).length, "a fixture without markers").toBeGreaterThan(0);
    expect(marked.filter((m) => m > 0).length, "a fixture with markers").toBeGreaterThan(0);
  });

  it("has no fixture folder for a rule that does not exist", () => {
    const ids = new Set([...ALL_RULES.map((r) => r.meta.id), "alle-regels"]);
    expect(folders.filter((f) => !ids.has(f))).toEqual([]);
  });
});

describe.each(cases)("%s/%s", (ruleId, name) => {
  const file = join(FIXTURES, ruleId, name);
  const fixture = readFixture(readFileSync(file, "utf8"), `${ruleId}/${name}`);

  it("reports exactly the marked findings", () => {
    const r = lint(fixture.text, lintOptionsFor(ruleId, file, fixture));
    expect(compare(fixture.expected, r.diagnostics)).toEqual({ missing: [], unexpected: [] });
  });

  it("writes every message out in Dutch and English", () => {
    for (const locale of ["nl", "en"] as const) {
      const r = lint(fixture.text, lintOptionsFor(ruleId, file, fixture, locale));
      for (const d of r.diagnostics) {
        const texts = [d.message, ...d.related.map((x) => x.message), ...(d.fix ? [d.fix.message] : []), ...d.suggestions.map((s) => s.message)];
        for (const t of texts) {
          expect(t, `${d.ruleId}.${d.messageId} (${locale})`).not.toMatch(/\{[A-Za-z]+\}/);
          expect(t.startsWith(`${d.ruleId}.`), `${d.ruleId}.${d.messageId} (${locale}): ${t}`).toBe(false);
        }
      }
    }
  });

  const options = lintOptionsFor(ruleId, file, fixture);
  const fixable = lint(fixture.text, options).diagnostics.some((d) => d.fix);
  // Only fixtures with a safe fix get this test (declared conditionally, so nothing shows as skipped).
  if (fixable) it("fixes to the snapshot, and leaves nothing fixable", async () => {
    const fixed = fixText(fixture.text, options);
    expect(fixed.changed).toBe(true);
    await expect(fixed.output).toMatchFileSnapshot(join(FIXED, ruleId, name));
    const left = lint(fixed.output, options).diagnostics.filter((d) => d.fix);
    expect(left.map((d) => `${d.range.start.line + 1}: ${d.ruleId}.${d.messageId}`)).toEqual([]);
  });
});
