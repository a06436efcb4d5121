import { Clock, Effect } from "effect";
import { describe, expect, it } from "vitest";
import {
  applyFixes,
  ConfigError,
  defineRule,
  findConfig,
  fixText,
  formatText,
  lint,
  lintEffect,
  lintMany,
  parse,
  parseConfig,
  parseRuleFlag,
} from "@veiligheidsplan/core";

/** A rule that reports every line containing "FOUT", with a fix that writes "goed" in its place. */
const foutRule = defineRule({
  meta: {
    id: "thema-nummering",
    name: { nl: "Test", en: "Test" },
    description: { nl: "Test", en: "Test" },
    category: "structuur",
    defaultSeverity: "error",
    fixable: true,
    hasSuggestions: false,
    messages: ["x"],
  },
  check(ctx) {
    const t = ctx.plan.text;
    for (let i = t.indexOf("FOUT"); i >= 0; i = t.indexOf("FOUT", i + 1)) {
      ctx.report({ messageId: "x", span: { start: i, end: i + 4 }, fix: { messageId: "x", edits: [{ span: { start: i, end: i + 4 }, newText: "goed" }] } });
    }
  },
});
/** A rule that reports today's date, to show where "today" comes from. */
const todayRule = defineRule({
  meta: { ...foutRule.meta, id: "geldigheid", fixable: false },
  check(ctx) {
    ctx.report({ messageId: "x", span: { start: 0, end: 0 }, data: { today: ctx.today } });
  },
});

const rules = [foutRule];

describe("inline directives", () => {
  it("disable-next-line, disable-line, ranges and disable-file suppress, and suppressed findings are kept apart", () => {
    const text = [
      "FOUT",
      "<!-- veiligheidsplan-disable-next-line thema-nummering -- bewust zo -->",
      "FOUT",
      "FOUT <!-- veiligheidsplan-disable-line -->",
      "<!-- veiligheidsplan-disable thema-nummering -->",
      "FOUT",
      "<!-- veiligheidsplan-enable thema-nummering -->",
      "FOUT",
    ].join("\n");
    const r = lint(text, { rules });
    expect(r.diagnostics.map((d) => [d.ruleId, d.range.start.line])).toEqual([
      ["thema-nummering", 0],
      ["thema-nummering", 7],
    ]);
    expect(r.suppressed.map((d) => [d.range.start.line, d.suppressed?.justification])).toEqual([
      [2, "bewust zo"],
      [3, undefined],
      [5, undefined],
    ]);
    const file = lint("<!-- veiligheidsplan-disable-file thema-nummering -->\nFOUT\nFOUT", { rules });
    expect(file.diagnostics).toEqual([]);
    expect(file.suppressed).toHaveLength(2);
  });

  it("reports a directive that suppresses nothing, and an unknown rule, with a fix that removes the comment", () => {
    const text = "Goed\n<!-- veiligheidsplan-disable-next-line thema-nummering -->\nGoed\n<!-- veiligheidsplan-disable-line bestaat-niet -->\n";
    const r = lint(text, { rules });
    expect(r.diagnostics.map((d) => [d.ruleId, d.messageId, d.range.start.line])).toEqual([
      ["ongebruikte-uitzondering", "directives.unused", 1],
      ["ongebruikte-uitzondering", "directives.unknownRule", 3],
    ]);
    expect(r.diagnostics[0]!.message).toMatch(/schakelt niets uit/);
    const fixed = fixText(text, { rules });
    expect(fixed.output).toBe("Goed\nGoed\n<!-- veiligheidsplan-disable-line bestaat-niet -->\n");
  });
});

describe("configuration", () => {
  it("turns rules off, changes severity, and rejects what is not a config with the file named", () => {
    expect(lint("FOUT", { rules, config: parseConfig('{"rules":{"thema-nummering":"off"}}', "c.json") }).diagnostics).toEqual([]);
    expect(lint("FOUT", { rules, config: parseConfig("rules:\n  thema-nummering: warn\n", "c.yaml") }).diagnostics[0]!.severity).toBe("warning");
    expect(() => parseConfig('{"rules": {', "x/.veiligheidsplanrc.json")).toThrow(ConfigError);
    expect(() => parseConfig('{"rulez": {}}', "x/.veiligheidsplanrc.json")).toThrow(/x\/\.veiligheidsplanrc\.json.*rulez/);
    expect(parseRuleFlag("begroting-totalen:warning")).toEqual(["begroting-totalen", "warning"]);
    expect(parseRuleFlag("nonsense")).toBeUndefined();
  });

  it("finds configs from the plan's folder upward; the nearest wins and root stops the search", () => {
    const files: Record<string, string> = {
      "/a/.veiligheidsplanrc.json": '{"rules":{"x":"off","y":"error"}}',
      "/a/b/.veiligheidsplanrc.yaml": "rules:\n  x: warning\n",
      "/a/b/c/veiligheidsplan.config.json": '{"root": true, "locale": "en"}',
    };
    const host = { readFile: (p: string) => files[p] };
    expect(findConfig("/a/b", host)).toEqual({ config: { rules: { x: "warning", y: "error" } }, files: ["/a/b/.veiligheidsplanrc.yaml", "/a/.veiligheidsplanrc.json"] });
    expect(findConfig("/a/b/c", host).config).toEqual({ rules: {}, locale: "en" });
  });
});

describe("today and cross-plan linting", () => {
  it("reads today from effect's Clock, or from the option", () => {
    const fixed = Effect.provideService(lintEffect("", { rules: [todayRule] }), Clock.Clock, {
      ...Clock.Clock.defaultValue(),
      // Noon UTC: the same calendar day in every time zone from UTC-11 to UTC+11 (today is local).
      currentTimeMillis: Effect.succeed(Date.UTC(2030, 0, 2, 12)),
      currentTimeMillisUnsafe: () => Date.UTC(2030, 0, 2, 12),
    } as Clock.Clock);
    expect(Effect.runSync(fixed).diagnostics[0]!.data).toEqual({ today: "2030-01-02" });
    expect(lint("", { rules: [todayRule], today: "2024-05-06" }).diagnostics[0]!.data).toEqual({ today: "2024-05-06" });
  });

  it("lets a rule read a plan's predecessor from the set linted together", () => {
    const seen: string[] = [];
    const rule = defineRule({
      meta: { ...foutRule.meta, id: "continuiteit", fixable: false },
      check(ctx) {
        seen.push(ctx.resolvePlan("../oud/plan.veiligheidsplan")?.plan.metadata.titel ?? "(niet gevonden)");
      },
    });
    lintMany(
      [
        { path: "/w/nieuw/plan.veiligheidsplan", text: "---\ntitel: Nieuw\n---\n" },
        { path: "/w/oud/plan.veiligheidsplan", text: "---\ntitel: Oud\n---\n" },
        { path: "/v/plan.veiligheidsplan", text: "---\ntitel: Elders\n---\n" },
      ],
      { rules: [rule] },
    );
    expect(seen).toEqual(["Oud", "Oud", "(niet gevonden)"]);
  });
});

describe("fixes and formatting", () => {
  it("applies non-overlapping fixes and leaves every other character alone", () => {
    const text = "a FOUT b FOUT c";
    const { output, applied } = applyFixes(text, [
      { message: "1", edits: [{ span: { start: 2, end: 6 }, newText: "goed" }] },
      { message: "2", edits: [{ span: { start: 3, end: 5 }, newText: "X" }] },
      { message: "3", edits: [{ span: { start: 9, end: 13 }, newText: "goed" }] },
    ]);
    expect(output).toBe("a goed b goed c");
    expect(applied.map((f) => f.message)).toEqual(["1", "3"]);
  });

  it("aligns the budget table with amounts right-aligned, keeps comments, and is idempotent", () => {
    const text = [
      "## Financiën",
      "",
      "|(bedragen x € 1.000)|2022|2023|",
      "|---|---|---|",
      "|1. Aanpak multiproblematiek|848|570| ",
      "|2. Brandweerzorg|14.736|15.407|",
      "|**Totaal**|15.584|15.977|",
      "",
      "",
      "",
      "Tekst <!-- blijft -->",
    ].join("\n");
    const { output, changed } = formatText(text, { rules: [] });
    expect(changed).toBe(true);
    expect(output).toBe(
      [
        "## Financiën",
        "",
        "| (bedragen x € 1.000)        |   2022 |   2023 |",
        "| --------------------------- | -----: | -----: |",
        "| 1. Aanpak multiproblematiek |    848 |    570 |",
        "| 2. Brandweerzorg            | 14.736 | 15.407 |",
        "| **Totaal**                  | 15.584 | 15.977 |",
        "",
        "Tekst <!-- blijft -->",
        "",
      ].join("\n"),
    );
    expect(formatText(output, { rules: [] })).toEqual({ output, changed: false });
    expect(parse(output).plan.begroting).toEqual(parse(text).plan.begroting);
  });

  it("keeps CRLF line endings when it formats", () => {
    const text = "| a | 2022 |\r\n|---|---|\r\n| b | 1 |\r\n";
    expect(formatText(text, { rules: [] }).output).toBe("| a   | 2022 |\r\n| --- | ---: |\r\n| b   |    1 |\r\n");
  });
});

describe("the engine's own checks", () => {
  const broken = "---\ntitel: [niet gesloten\n---\n";
  it("reports what the parser cannot read as 'syntax', whose severity the config sets", () => {
    expect(lint(broken, { rules: [] }).diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([["syntax", "error"]]);
    expect(lint(broken, { rules: [], config: parseConfig('{"rules":{"syntax":"warning"}}', "c.json") }).diagnostics.map((d) => d.severity)).toEqual(["warning"]);
    expect(lint(broken, { rules: [], config: parseConfig('{"rules":{"syntax":"off"}}', "c.json") }).diagnostics).toEqual([]);
  });
  it("lets a directive suppress a syntax finding, and knows 'syntax' as a rule id", () => {
    const r = lint(`<!-- veiligheidsplan-disable-file syntax -- oud bestand -->\n\`\`\`\nnooit gesloten\n`, { rules: [] });
    expect(r.diagnostics).toEqual([]);
    expect(r.suppressed.map((d) => d.ruleId)).toEqual(["syntax"]);
  });
});
