/**
 * Scenario tests for `veiligheidsplan lint`, run against the built binary: arguments, fixture files,
 * the exit code, and what a user or CI job reads on stdout and stderr.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLEAN, plan, SYNTAX_ERROR, TODAY, UNUSED_DIRECTIVE, WRONG_TOTAL } from "./fixtures/plans.js";
import { ensureBuilt, run, tempDir } from "./harness.js";

beforeAll(() => ensureBuilt(), 300_000);

interface Scenario {
  readonly name: string;
  readonly args: readonly string[];
  readonly files?: Record<string, string | Buffer>;
  readonly stdin?: string;
  readonly env?: Record<string, string>;
  readonly exitCode: 0 | 1 | 2;
  /** Each must occur in stdout (a RegExp must match). */
  readonly stdout?: readonly (string | RegExp)[];
  readonly stderr?: readonly (string | RegExp)[];
  readonly notStdout?: readonly (string | RegExp)[];
}

const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b40000000049454e44ae426082", "hex");

/** The syntax error's position: the line of the unclosed comment, column 1. */
const syntaxLine = SYNTAX_ERROR.split("\n").findIndex((l) => l.startsWith("<!-- deze opmerking")) + 1;

const SCENARIOS: Scenario[] = [
  // Exit code 0.
  { name: "a clean plan", args: ["lint", "plan.veiligheidsplan", "--today", TODAY], files: { "plan.veiligheidsplan": CLEAN }, exitCode: 0, stdout: ["✔ Geen problemen gevonden in 1 plan."] },
  {
    name: "warnings alone do not fail",
    args: ["lint", "plan.veiligheidsplan", "--today", TODAY],
    files: { "plan.veiligheidsplan": UNUSED_DIRECTIVE },
    exitCode: 0,
    stdout: ["plan.veiligheidsplan", /\d+:1 +waarschuwing +Deze uitzondering \(veiligheidsplan-disable-next-line\) schakelt niets uit/, "ongebruikte-uitzondering", "✖ 1 probleem (0 fouten, 1 waarschuwing)", "0 fouten en 1 waarschuwing zijn automatisch te herstellen met --fix."],
  },
  { name: "--max-warnings not exceeded", args: ["lint", "plan.veiligheidsplan", "--today", TODAY, "--max-warnings", "1"], files: { "plan.veiligheidsplan": UNUSED_DIRECTIVE }, exitCode: 0 },
  // Exit code 1.
  {
    name: "an error",
    args: ["lint", "plan.veiligheidsplan", "--today", TODAY],
    files: { "plan.veiligheidsplan": SYNTAX_ERROR },
    exitCode: 1,
    stdout: [new RegExp(`${syntaxLine}:1 +fout +Deze opmerking \\(<!--\\) wordt nergens afgesloten`), "syntax", "✖ 1 probleem (1 fout, 0 waarschuwingen)"],
  },
  {
    name: "--max-warnings exceeded",
    args: ["lint", "plan.veiligheidsplan", "--today", TODAY, "--max-warnings", "0"],
    files: { "plan.veiligheidsplan": UNUSED_DIRECTIVE },
    exitCode: 1,
    stderr: ["Te veel waarschuwingen: 1, terwijl --max-warnings 0 toestaat."],
  },
  {
    name: "--quiet shows errors only",
    args: ["lint", "--quiet", "a.veiligheidsplan", "b.veiligheidsplan", "--today", TODAY],
    files: { "a.veiligheidsplan": UNUSED_DIRECTIVE, "b.veiligheidsplan": SYNTAX_ERROR },
    exitCode: 1,
    stdout: ["b.veiligheidsplan", "1 probleem (1 fout, 0 waarschuwingen)"],
    notStdout: ["a.veiligheidsplan", "waarschuwing  "],
  },
  {
    name: "the budget error is found and explained",
    args: ["lint", "plan.veiligheidsplan", "--today", TODAY],
    files: { "plan.veiligheidsplan": WRONG_TOTAL },
    exitCode: 1,
    stdout: ["begroting-totalen", "2026", /fout/],
  },
  // Exit code 2: files.
  { name: "a missing file", args: ["lint", "nope.veiligheidsplan"], exitCode: 2, stderr: [/^nope\.veiligheidsplan: bestaat niet\n$/] },
  { name: "a PNG is not a plan", args: ["lint", "plaatje.png"], files: { "plaatje.png": PNG }, exitCode: 2, stderr: [/^plaatje\.png: is geen tekstbestand/] },
  { name: "a Markdown file without front matter or structure is not a plan", args: ["lint", "README.md"], files: { "README.md": "# Over dit project\n\nHier staat uitleg.\n" }, exitCode: 2, stderr: ["README.md: is geen veiligheidsplan", "veiligheidsplan init"] },
  { name: "an empty file is not a plan", args: ["lint", "leeg.veiligheidsplan"], files: { "leeg.veiligheidsplan": "" }, exitCode: 2, stderr: ["leeg.veiligheidsplan: is leeg"] },
  { name: "invalid UTF-8 is refused, naming the byte", args: ["lint", "latin1.veiligheidsplan"], files: { "latin1.veiligheidsplan": Buffer.concat([Buffer.from("---\ntitel: Financi"), Buffer.from([0xeb]), Buffer.from("n\n---\n")]) }, exitCode: 2, stderr: ["latin1.veiligheidsplan: is geen geldige UTF-8-tekst (ongeldige byte op positie 18)"] },
  { name: "a folder without plans", args: ["lint", "leeg"], files: { "leeg/notities.txt": "x" }, exitCode: 2, stderr: ["Geen plannen gevonden voor 'leeg'."] },
  { name: "a glob without matches", args: ["lint", "plannen/**/*.veiligheidsplan"], files: { "x.txt": "" }, exitCode: 2, stderr: ["Geen plannen gevonden voor 'plannen/**/*.veiligheidsplan'."] },
  { name: "no plans under the current folder", args: ["lint"], files: { "x.txt": "" }, exitCode: 2, stderr: ["Geen .veiligheidsplan-bestanden gevonden"] },
  {
    name: "one missing file among good ones: the others are still reported, exit 2",
    args: ["lint", "a.veiligheidsplan", "weg.veiligheidsplan", "--today", TODAY],
    files: { "a.veiligheidsplan": SYNTAX_ERROR },
    exitCode: 2,
    stdout: ["a.veiligheidsplan", "1 fout"],
    stderr: ["weg.veiligheidsplan: bestaat niet"],
  },
  // Exit code 2: configuration and usage.
  {
    name: "a config with a JSON syntax error",
    args: ["lint", "plan.veiligheidsplan"],
    files: { "plan.veiligheidsplan": CLEAN, ".veiligheidsplanrc.json": '{\n  "rules": {\n    "syntax": "off",\n  }\n}\n' },
    exitCode: 2,
    stderr: [/^\.veiligheidsplanrc\.json:\d+:\d+: de configuratie is ongeldig: invalid JSON/],
  },
  {
    name: "a config that violates the schema",
    args: ["lint", "plan.veiligheidsplan"],
    files: { "plan.veiligheidsplan": CLEAN, ".veiligheidsplanrc.json": '{ "rules": { "syntax": "streng" } }' },
    exitCode: 2,
    stderr: [/^\.veiligheidsplanrc\.json: de configuratie is ongeldig: invalid configuration/],
  },
  {
    name: "a YAML config with an unknown key",
    args: ["lint", "sub/plan.veiligheidsplan"],
    files: { "sub/plan.veiligheidsplan": CLEAN, "sub/.veiligheidsplanrc.yaml": "regels:\n  syntax: off\n" },
    exitCode: 2,
    stderr: [/^sub\/\.veiligheidsplanrc\.yaml: de configuratie is ongeldig/],
  },
  {
    name: "a config naming an unknown rule",
    args: ["lint", "plan.veiligheidsplan"],
    files: { "plan.veiligheidsplan": CLEAN, ".veiligheidsplanrc.json": '{ "rules": { "begrotingtotalen": "off" } }' },
    exitCode: 2,
    stderr: [".veiligheidsplanrc.json: de configuratie noemt een onbekende regel 'begrotingtotalen'"],
  },
  { name: "--config naming a missing file", args: ["lint", "plan.veiligheidsplan", "--config", "weg.json"], files: { "plan.veiligheidsplan": CLEAN }, exitCode: 2, stderr: ["weg.json: bestaat niet"] },
  { name: "an unreadable --rule", args: ["lint", "plan.veiligheidsplan", "--rule", "syntax"], files: { "plan.veiligheidsplan": CLEAN }, exitCode: 2, stderr: ["--rule 'syntax' is niet te lezen"] },
  { name: "--rule naming an unknown rule", args: ["lint", "plan.veiligheidsplan", "--rule", "bestaat-niet:off"], files: { "plan.veiligheidsplan": CLEAN }, exitCode: 2, stderr: ["Onbekende regel 'bestaat-niet'"] },
  { name: "an invalid --today", args: ["lint", "plan.veiligheidsplan", "--today", "2025-02-30"], files: { "plan.veiligheidsplan": CLEAN }, exitCode: 2, stderr: ["--today '2025-02-30' is geen geldige datum"] },
  { name: "an unknown option", args: ["lint", "--fixx"], exitCode: 2, stderr: [/^Onbekende optie --fixx\. Bedoelt u --fix\? Zie 'veiligheidsplan lint --help'\.\n$/] },
  { name: "a mistyped option, with its camelCase twin named once", args: ["lint", "--max-warning", "3"], exitCode: 2, stderr: [/^Onbekende optie --max-warning\. Bedoelt u --max-warnings\? Zie 'veiligheidsplan lint --help'\.\n$/] },
  { name: "a transposed option", args: ["lint", "--fromat", "json"], exitCode: 2, stderr: [/^Onbekende optie --fromat\. Bedoelt u --format\? Zie 'veiligheidsplan lint --help'\.\n$/] },
  { name: "an option nothing is near", args: ["lint", "--bogus"], exitCode: 2, stderr: [/^Onbekende optie --bogus\. Zie 'veiligheidsplan lint --help'\.\n$/] },
  { name: "an unknown format", args: ["lint", "-f", "xml"], exitCode: 2, stderr: ["Ongeldige waarden"] },
  { name: "no command", args: [], exitCode: 2, stderr: ["Kies een opdracht"] },
  { name: "a misspelt command", args: ["lnit"], exitCode: 2, stderr: ["Onbekende opdracht 'lnit'. Bedoelde u lint?"] },
  { name: "--stdin with paths", args: ["lint", "--stdin", "a.veiligheidsplan"], exitCode: 2, stderr: ["Geef bij --stdin geen bestanden op"] },
  { name: "--fix with --stdin", args: ["lint", "--stdin", "--fix"], stdin: CLEAN, exitCode: 2, stderr: ["--fix kan niet schrijven naar de standaardinvoer"] },
  // Configuration that changes the result.
  {
    name: "a config turns a rule off",
    args: ["lint", "plan.veiligheidsplan", "--today", TODAY],
    files: { "plan.veiligheidsplan": SYNTAX_ERROR, ".veiligheidsplanrc.json": '{ "rules": { "syntax": "off" } }' },
    exitCode: 0,
  },
  {
    name: "the nearest config wins, found from the plan's folder upward",
    args: ["lint", "deel/plan.veiligheidsplan", "--today", TODAY],
    files: {
      "deel/plan.veiligheidsplan": UNUSED_DIRECTIVE,
      ".veiligheidsplanrc.json": '{ "rules": { "ongebruikte-uitzondering": "error" } }',
      "deel/.veiligheidsplanrc.yml": "rules:\n  ongebruikte-uitzondering: warning\n",
    },
    exitCode: 0,
    stdout: ["1 waarschuwing"],
  },
  {
    name: "a config with root: true stops the search",
    args: ["lint", "deel/plan.veiligheidsplan", "--today", TODAY],
    files: { "deel/plan.veiligheidsplan": UNUSED_DIRECTIVE, ".veiligheidsplanrc.json": '{ "rules": { "ongebruikte-uitzondering": "error" } }', "deel/.veiligheidsplanrc.json": '{ "root": true }' },
    exitCode: 0,
  },
  { name: "--rule makes a warning an error", args: ["lint", "plan.veiligheidsplan", "--rule", "ongebruikte-uitzondering:error", "--today", TODAY], files: { "plan.veiligheidsplan": UNUSED_DIRECTIVE }, exitCode: 1, stdout: ["1 fout"] },
  { name: "--rule wins over the config", args: ["lint", "plan.veiligheidsplan", "--rule", "ongebruikte-uitzondering:off", "--today", TODAY], files: { "plan.veiligheidsplan": UNUSED_DIRECTIVE, ".veiligheidsplanrc.json": '{ "rules": { "ongebruikte-uitzondering": "error" } }' }, exitCode: 0, notStdout: ["ongebruikte-uitzondering"] },
  { name: "--config replaces discovery", args: ["lint", "plan.veiligheidsplan", "--config", "ci/strikt.json", "--today", TODAY], files: { "plan.veiligheidsplan": SYNTAX_ERROR, ".veiligheidsplanrc.json": '{ "rules": { "syntax": "off" } }', "ci/strikt.json": '{ "rules": {} }' }, exitCode: 1 },
  // Which files.
  {
    name: "a folder: every plan in it, not node_modules",
    args: ["lint", "plannen", "--today", TODAY],
    files: { "plannen/a.veiligheidsplan": CLEAN, "plannen/sub/b.veiligheidsplan": SYNTAX_ERROR, "plannen/node_modules/x/c.veiligheidsplan": SYNTAX_ERROR, "plannen/notities.md": "# x" },
    exitCode: 1,
    stdout: ["plannen/sub/b.veiligheidsplan", "1 probleem"],
    notStdout: ["node_modules"],
  },
  {
    name: "no argument: every plan under the current folder, minus .veiligheidsplanignore",
    args: ["lint", "--today", TODAY],
    files: { "a.veiligheidsplan": CLEAN, "concepten/b.veiligheidsplan": SYNTAX_ERROR, ".veiligheidsplanignore": "# concepten tellen nog niet\nconcepten/\n" },
    exitCode: 0,
    stdout: ["Geen problemen gevonden in 1 plan."],
  },
  { name: "--no-ignore", args: ["lint", "--no-ignore", "--today", TODAY], files: { "a.veiligheidsplan": CLEAN, "concepten/b.veiligheidsplan": SYNTAX_ERROR, ".veiligheidsplanignore": "concepten/\n" }, exitCode: 1, stdout: ["concepten/b.veiligheidsplan"] },
  {
    name: "the config's ignores",
    args: ["lint", "--today", TODAY],
    files: { "a.veiligheidsplan": CLEAN, "archief/oud.veiligheidsplan": SYNTAX_ERROR, ".veiligheidsplanrc.json": '{ "ignores": ["archief/**"] }' },
    exitCode: 0,
  },
  { name: "a glob", args: ["lint", "**/b*.veiligheidsplan", "--today", TODAY], files: { "a.veiligheidsplan": SYNTAX_ERROR, "x/b1.veiligheidsplan": CLEAN }, exitCode: 0, stdout: ["in 1 plan"] },
  {
    name: "an explicitly named but ignored file is skipped with a notice",
    args: ["lint", "concepten/b.veiligheidsplan", "a.veiligheidsplan", "--today", TODAY],
    files: { "a.veiligheidsplan": CLEAN, "concepten/b.veiligheidsplan": SYNTAX_ERROR, ".veiligheidsplanignore": "concepten/\n" },
    exitCode: 0,
    stderr: ["concepten/b.veiligheidsplan: overgeslagen"],
  },
  // Standard input.
  { name: "--stdin", args: ["lint", "--stdin", "--today", TODAY], stdin: SYNTAX_ERROR, exitCode: 1, stdout: ["<stdin>", "syntax"] },
  { name: "--stdin --stdin-filename", args: ["lint", "--stdin", "--stdin-filename", "plannen/x.veiligheidsplan", "--today", TODAY], stdin: SYNTAX_ERROR, exitCode: 1, stdout: ["plannen/x.veiligheidsplan"] },
  { name: "--stdin that is not a plan", args: ["lint", "--stdin"], stdin: "hallo\n", exitCode: 2, stderr: ["<stdin>: is geen veiligheidsplan"] },
  // Language.
  {
    name: "--locale en",
    args: ["lint", "plan.veiligheidsplan", "--locale", "en", "--today", TODAY],
    files: { "plan.veiligheidsplan": SYNTAX_ERROR },
    exitCode: 1,
    stdout: [/error +This comment \(<!--\) is never closed/, "✖ 1 problem (1 error, 0 warnings)"],
  },
  { name: "English from LANG", args: ["lint", "plan.veiligheidsplan", "--today", TODAY], env: { LANG: "en_GB.UTF-8" }, files: { "plan.veiligheidsplan": SYNTAX_ERROR }, exitCode: 1, stdout: ["1 problem (1 error, 0 warnings)"] },
  { name: "LC_ALL wins over LANG", args: ["lint", "plan.veiligheidsplan", "--today", TODAY], env: { LANG: "en_GB.UTF-8", LC_ALL: "nl_NL.UTF-8" }, files: { "plan.veiligheidsplan": SYNTAX_ERROR }, exitCode: 1, stdout: ["1 probleem (1 fout"] },
  {
    name: "the config's locale wins over the environment",
    args: ["lint", "plan.veiligheidsplan", "--today", TODAY],
    env: { LANG: "en_US.UTF-8" },
    files: { "plan.veiligheidsplan": SYNTAX_ERROR, ".veiligheidsplanrc.json": '{ "locale": "nl" }' },
    exitCode: 1,
    stdout: ["1 probleem (1 fout"],
  },
  { name: "English failures", args: ["lint", "nope.veiligheidsplan", "--locale", "en"], exitCode: 2, stderr: ["nope.veiligheidsplan: does not exist"] },
  // --today decides what "still current" means.
  { name: "--today after the plan's period", args: ["lint", "plan.veiligheidsplan", "--today", "2031-01-01"], files: { "plan.veiligheidsplan": CLEAN }, exitCode: 0, stdout: ["geldigheid"] },
];

describe("veiligheidsplan lint", () => {
  for (const s of SCENARIOS) {
    it(s.name, () => {
      const cwd = tempDir(s.files);
      const r = run(s.args, { cwd, stdin: s.stdin, env: s.env });
      const context = `\n--- stdout ---\n${r.stdout}\n--- stderr ---\n${r.stderr}`;
      expect(r.code, `exit code${context}`).toBe(s.exitCode);
      for (const p of s.stdout ?? []) (typeof p === "string" ? expect(r.stdout, context).toContain(p) : expect(r.stdout, context).toMatch(p));
      for (const p of s.stderr ?? []) (typeof p === "string" ? expect(r.stderr, context).toContain(p) : expect(r.stderr, context).toMatch(p));
      for (const p of s.notStdout ?? []) (typeof p === "string" ? expect(r.stdout, context).not.toContain(p) : expect(r.stdout, context).not.toMatch(p));
      // Never a stack trace without --debug.
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    });
  }

  it("reads a predecessor named by vorig-plan: bestand, from the plans being linted and from disk", () => {
    const vorig = plan({ vorigPlan: "vorig-plan:\n  titel: Ouder\n  periode: 2017-2020\n  vastgesteld: 2017-02-01" }).replace(/periode: 2025-2028/, "periode: 2021-2024").replace("datum: 2025-02-13", "datum: 2021-02-18");
    const huidig = plan({ vorigPlan: "vorig-plan:\n  titel: Samen veilig\n  periode: 2020-2024\n  vastgesteld: 2021-02-18\n  bestand: ../archief/vorig.veiligheidsplan" });
    const cwd = tempDir({ "plannen/huidig.veiligheidsplan": huidig, "archief/vorig.veiligheidsplan": vorig });
    // Only the current plan is named: the predecessor is read from disk.
    const fromDisk = run(["lint", "plannen/huidig.veiligheidsplan", "--today", TODAY, "-f", "json"], { cwd });
    const messages = (JSON.parse(fromDisk.stdout) as { messages: { ruleId: string; message: string }[] }[])[0]!.messages;
    expect(messages.some((m) => m.ruleId === "continuiteit" && m.message.includes("2021-2024")), fromDisk.stdout).toBe(true);
    // Both named: the same finding, from the set being linted.
    const together = run(["lint", "plannen/huidig.veiligheidsplan", "archief/vorig.veiligheidsplan", "--today", TODAY, "-f", "json"], { cwd });
    const first = (JSON.parse(together.stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[]).find((f) => f.filePath.endsWith("huidig.veiligheidsplan"))!;
    expect(first.messages.some((m) => m.ruleId === "continuiteit" && m.message.includes("2021-2024"))).toBe(true);
    // A predecessor file that does not exist is reported by the rule, not as a failure.
    const missing = tempDir({ "huidig.veiligheidsplan": huidig });
    const r = run(["lint", "huidig.veiligheidsplan", "--today", TODAY], { cwd: missing });
    expect(r.stdout).toContain("../archief/vorig.veiligheidsplan");
    expect(r.code).not.toBe(2);
  });

  it("writes the report to --output-file and nothing to stdout", () => {
    const cwd = tempDir({ "plan.veiligheidsplan": SYNTAX_ERROR });
    const r = run(["lint", "plan.veiligheidsplan", "-f", "json", "-o", "rapporten/lint.json", "--today", TODAY], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const report = JSON.parse(readFileSync(join(cwd, "rapporten", "lint.json"), "utf8")) as { errorCount: number }[];
    expect(report[0]!.errorCount).toBe(1);
  });

  it("colours only when asked or on a terminal", () => {
    const cwd = tempDir({ "plan.veiligheidsplan": SYNTAX_ERROR });
    expect(run(["lint", "plan.veiligheidsplan", "--today", TODAY], { cwd }).stdout).not.toContain("\u001b[");
    expect(run(["lint", "plan.veiligheidsplan", "--today", TODAY, "--color"], { cwd }).stdout).toContain("\u001b[31m");
    expect(run(["lint", "plan.veiligheidsplan", "--today", TODAY], { cwd, env: { FORCE_COLOR: "1" } }).stdout).toContain("\u001b[");
    expect(run(["lint", "plan.veiligheidsplan", "--today", TODAY, "--no-color"], { cwd, env: { FORCE_COLOR: "1" } }).stdout).not.toContain("\u001b[");
  });

  it("reports an invalid rule option as one line naming the config file", () => {
    // A rule option the rule's Schema rejects is a configuration error: one line, naming the config.
    const cwd = tempDir({ "plan.veiligheidsplan": CLEAN, ".veiligheidsplanrc.json": '{ "rules": { "begroting-totalen": ["error", { "toegestaanVerschil": "veel" }] } }' });
    const r = run(["lint", "plan.veiligheidsplan", "--today", TODAY], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^\.veiligheidsplanrc\.json: ongeldige opties voor regel 'begroting-totalen'/);
  });
});
