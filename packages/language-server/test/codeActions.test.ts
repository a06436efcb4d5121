import { lint } from "@veiligheidsplan/core";
import { describe, expect, it } from "vitest";
import type { CodeAction } from "vscode-languageserver-types";
import { FIX_ALL_KIND, getCodeActions, OPEN_RULE_DOCS_COMMAND } from "../src/service/index.js";
import { applyEdits, doc, editsOf, find, marked, wordRule } from "./helpers.js";

const rule = wordRule("test-woord", "FOUT", "goed");
const rules = [rule];

function actionsAt(text: string, needle: string, nth = 0, only?: string[]) {
  const d = doc(text, { rules });
  // The cursor stands on the word the rule reports, inside the first (or nth) occurrence of `needle`.
  const at = find(text, needle, needle.indexOf("FOUT") + 1, nth);
  return { d, actions: getCodeActions(d, { start: at, end: at }, only ? { only } : {}) };
}
const titled = (actions: CodeAction[], part: string) => actions.find((a) => a.title.includes(part));
/** What the rule still reports after an action is applied. */
const remaining = (text: string, action: CodeAction) => lint(applyEdits(text, editsOf(action.edit)), { rules }).diagnostics.filter((x) => x.ruleId === "test-woord").length;

const PLAN = [
  "---",
  "formaat: veiligheidsplan/1",
  "titel: FOUT",
  "---",
  "",
  "# Plan",
  "",
  "## Een FOUT kop",
  "",
  "Eerste regel van een alinea",
  "en een tweede met FOUT erin.",
  "",
  "| (bedragen x € 1.000) | 2024 |",
  "| :------------------- | ---: |",
  "| 1. FOUT              |   10 |",
  "| **Totaal**           |   10 |",
  "",
].join("\n");

describe("code actions", () => {
  it("offers the fix (preferred) and the suggestion for the diagnostic under the cursor", () => {
    const { actions } = actionsAt(PLAN, "Een FOUT kop", 0);
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.kind).toBe("quickfix");
    expect(fix.diagnostics![0]).toMatchObject({ code: "test-woord", source: "veiligheidsplan" });
    expect(applyEdits(PLAN, editsOf(fix.edit))).toContain("## Een goed kop");
    expect(actions.filter((a) => !a.isPreferred && a.edit && applyEdits(PLAN, editsOf(a.edit)).includes("## Een  kop"))).toHaveLength(1);
  });

  it("disables a rule for a heading line with a comment on its own line above, which suppresses it", () => {
    const { actions } = actionsAt(PLAN, "Een FOUT kop");
    const a = titled(actions, "voor deze regel")!;
    const out = applyEdits(PLAN, editsOf(a.edit));
    expect(out).toContain("\n<!-- veiligheidsplan-disable-next-line test-woord -->\n## Een FOUT kop\n");
    expect(remaining(PLAN, a)).toBe(3);
  });

  it("disables for a later line of a paragraph at the line's end, so the paragraph stays one", () => {
    const { actions } = actionsAt(PLAN, "tweede met FOUT", 0);
    const a = titled(actions, "voor deze regel")!;
    expect(applyEdits(PLAN, editsOf(a.edit))).toContain("Eerste regel van een alinea\nen een tweede met FOUT erin. <!-- veiligheidsplan-disable-line test-woord -->\n");
    expect(remaining(PLAN, a)).toBe(3);
  });

  it("disables for a table row around the whole table, so the table stays one", () => {
    const { actions } = actionsAt(PLAN, "| 1. FOUT");
    const a = titled(actions, "voor deze tabel")!;
    const out = applyEdits(PLAN, editsOf(a.edit));
    expect(out).toContain("<!-- veiligheidsplan-disable test-woord -->\n| (bedragen x € 1.000) | 2024 |\n");
    expect(out).toContain("| **Totaal**           |   10 |\n<!-- veiligheidsplan-enable test-woord -->\n");
    expect(remaining(PLAN, a)).toBe(3);
  });

  it("offers only 'disable for this plan' in the front matter, placed below it", () => {
    const { actions } = actionsAt(PLAN, "titel: FOUT", 0);
    expect(titled(actions, "voor deze regel")).toBeUndefined();
    const a = titled(actions, "voor dit hele plan")!;
    expect(applyEdits(PLAN, editsOf(a.edit))).toContain("titel: FOUT\n---\n<!-- veiligheidsplan-disable-file test-woord -->\n\n# Plan");
    expect(remaining(PLAN, a)).toBe(0);
  });

  it("joins an existing disable-next-line comment instead of stacking a second one", () => {
    const other = wordRule("ander-woord", "kop", "titel");
    const text = PLAN.replace("## Een FOUT kop", "<!-- veiligheidsplan-disable-next-line ander-woord -->\n## Een FOUT kop");
    const d = doc(text, { rules: [rule, other] });
    const at = find(text, "Een FOUT kop", 5);
    const a = titled(getCodeActions(d, { start: at, end: at }), "Schakel test-woord uit voor deze regel")!;
    expect(applyEdits(text, editsOf(a.edit))).toContain("<!-- veiligheidsplan-disable-next-line ander-woord, test-woord -->\n## Een FOUT kop");
  });

  it("offers the rule's page through a command the client implements, with the URL", () => {
    const { actions } = actionsAt(PLAN, "Een FOUT kop");
    const a = titled(actions, "Open de uitleg")!;
    expect(a.command).toEqual({ title: a.title, command: OPEN_RULE_DOCS_COMMAND, arguments: [expect.stringMatching(/docs\/rules\/test-woord\.md$/), "test-woord"] });
  });

  it("fixes everything on request of source.fixAll.veiligheidsplan, and nothing else", () => {
    const { actions } = actionsAt(PLAN, "Een FOUT kop", 0, ["source.fixAll"]);
    expect(actions.map((a) => a.kind)).toEqual([FIX_ALL_KIND]);
    const out = applyEdits(PLAN, editsOf(actions[0]!.edit));
    expect(out).not.toContain("FOUT");
    expect(out).toContain("| 1. goed              |   10 |");
  });

  it("answers in English with locale en, and with versioned edits when the client wants them", () => {
    const m = marked("# Plan\n\nDit is F<|>OUT.\n");
    const d = { ...doc(m.text, { rules, locale: "en" }) };
    const actions = getCodeActions(d, { start: m.cursors[0]!, end: m.cursors[0]! }, {}, { documentChanges: true });
    expect(actions.map((a) => a.title)).toContain("Disable test-woord for this line");
    expect(actions[0]!.edit!.documentChanges![0]).toMatchObject({ textDocument: { uri: d.uri, version: 1 } });
  });
});
