/**
 * The output formats as the tools that read them see them: ESLint's json shape, SARIF 2.1.0 (validated
 * against the official schema, kept in fixtures/), GitHub workflow commands, JUnit XML and GitLab Code
 * Quality.
 */
import { readFileSync } from "node:fs";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { CLEAN, SUPPRESSED_TOTAL, SYNTAX_ERROR, TODAY, UNUSED_DIRECTIVE, UNUSED_DIRECTIVE_FIXED, WRONG_TOTAL } from "./fixtures/plans.js";
import { ensureBuilt, run, tempDir } from "./harness.js";

beforeAll(() => ensureBuilt(), 300_000);

const FILES = {
  "fout.veiligheidsplan": SYNTAX_ERROR,
  "goed.veiligheidsplan": CLEAN,
  "waarschuwing.veiligheidsplan": UNUSED_DIRECTIVE,
  "begroting.veiligheidsplan": WRONG_TOTAL,
  "uitzondering.veiligheidsplan": SUPPRESSED_TOTAL,
};
const lintAll = (format: string, extra: string[] = []) => {
  const cwd = tempDir(FILES);
  return { cwd, ...run(["lint", "--today", TODAY, "-f", format, ...extra], { cwd }) };
};

interface EslintMessage {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}
interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: (EslintMessage & { suppressions: { kind: string; justification: string }[] })[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  output?: string;
}

describe("--format json (ESLint's shape)", () => {
  it("has the fields tools that read ESLint's JSON rely on", () => {
    const { cwd, code, stdout } = lintAll("json");
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as EslintResult[];
    expect(results.map((r) => r.filePath)).toEqual(Object.keys(FILES).sort().map((f) => `${cwd}/${f}`));
    for (const r of results) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(["filePath", "messages", "errorCount", "warningCount", "fixableErrorCount", "fixableWarningCount"]));
      const source = readFileSync(r.filePath, "utf8");
      const lines = source.split("\n");
      for (const m of r.messages) {
        expect(typeof m.ruleId).toBe("string");
        expect([1, 2]).toContain(m.severity);
        expect(m.message.length).toBeGreaterThan(0);
        // 1-based and inside the file.
        expect(m.line).toBeGreaterThanOrEqual(1);
        expect(m.column).toBeGreaterThanOrEqual(1);
        expect(m.endLine).toBeGreaterThanOrEqual(m.line);
        expect(m.line).toBeLessThanOrEqual(lines.length);
        expect(m.column).toBeLessThanOrEqual(lines[m.line - 1]!.length + 1);
        for (const f of [m.fix, ...(m.suggestions ?? []).map((s) => s.fix)].filter((x) => x !== undefined)) {
          expect(f.range[0]).toBeLessThanOrEqual(f.range[1]);
          expect(f.range[1]).toBeLessThanOrEqual(source.length);
          expect(typeof f.text).toBe("string");
        }
      }
      // Counts agree with the messages (info findings carry severity 1 but are not warnings).
      expect(r.errorCount).toBe(r.messages.filter((m) => m.severity === 2).length);
      expect(r.warningCount).toBe(r.messages.filter((m) => m.severity === 1 && (m as { severityName?: string }).severityName === "warning").length);
      expect(r.fixableErrorCount).toBe(r.messages.filter((m) => m.severity === 2 && m.fix).length);
    }
    const byName = (n: string) => results.find((r) => r.filePath.endsWith(`/${n}`))!;
    expect(byName("goed.veiligheidsplan").messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(byName("fout.veiligheidsplan").messages).toContainEqual(expect.objectContaining({ ruleId: "syntax", severity: 2, column: 1, line: SYNTAX_ERROR.split("\n").findIndex((l) => l.startsWith("<!-- deze")) + 1 }));
    expect(byName("begroting.veiligheidsplan").messages).toContainEqual(expect.objectContaining({ ruleId: "begroting-totalen", severity: 2 }));
    // The suppressed budget error is not a message but a suppressed message, with the reason.
    const suppressed = byName("uitzondering.veiligheidsplan");
    expect(suppressed.messages.some((m) => m.ruleId === "begroting-totalen")).toBe(false);
    expect(suppressed.suppressedMessages).toContainEqual(expect.objectContaining({ ruleId: "begroting-totalen", suppressions: [{ kind: "directive", justification: "zo gepubliceerd in de begroting" }] }));
  });

  it("says per file what could not be checked (notChecked), each part once, also with --quiet", () => {
    const noBudget = CLEAN.slice(0, CLEAN.indexOf("## Financiën"));
    const cwd = tempDir({ "zonder-begroting.veiligheidsplan": noBudget, "goed.veiligheidsplan": CLEAN });
    const { stdout } = run(["lint", "--today", TODAY, "-f", "json", "--quiet"], { cwd });
    const results = JSON.parse(stdout) as (EslintResult & { notChecked: { check: string; label: string; reason: string; message: string; line: number; column: number }[] })[];
    const byName = (n: string) => results.find((r) => r.filePath.endsWith(`/${n}`))!;
    expect(byName("goed.veiligheidsplan").notChecked).toEqual([]);
    const [n, ...rest] = byName("zonder-begroting.veiligheidsplan").notChecked;
    expect(rest).toEqual([]);
    expect(n).toEqual(expect.objectContaining({ check: "begroting", reason: "begroting-totalen.geenFinancien", label: expect.stringContaining("begroting") }));
    expect(n!.message).toContain("niet gecontroleerd");
    expect(n!.line).toBeGreaterThanOrEqual(1);
    // --quiet hides the info itself; the data stays.
    expect(byName("zonder-begroting.veiligheidsplan").messages.some((m) => m.ruleId === "begroting-totalen")).toBe(false);
  });

  it("a fix applied as ESLint applies it gives the fixed text", () => {
    const { stdout } = lintAll("json");
    const r = (JSON.parse(stdout) as EslintResult[]).find((x) => x.filePath.endsWith("/waarschuwing.veiligheidsplan"))!;
    const m = r.messages.find((x) => x.ruleId === "ongebruikte-uitzondering")!;
    expect(m.fix).toBeDefined();
    const source = UNUSED_DIRECTIVE;
    const fixed = source.slice(0, m.fix!.range[0]) + m.fix!.text + source.slice(m.fix!.range[1]);
    expect(fixed).toBe(UNUSED_DIRECTIVE_FIXED);
    expect(r.fixableWarningCount).toBe(1);
  });

  it("--fix-dry-run puts the fixed text in output and writes nothing", () => {
    const cwd = tempDir({ "plan.veiligheidsplan": UNUSED_DIRECTIVE });
    const r = run(["lint", "--fix-dry-run", "-f", "json", "plan.veiligheidsplan", "--today", TODAY], { cwd });
    expect(r.code).toBe(0);
    const [result] = JSON.parse(r.stdout) as EslintResult[];
    expect(result!.output).toBe(UNUSED_DIRECTIVE_FIXED);
    // What is reported is what remains after fixing.
    expect(result!.messages.some((m) => m.ruleId === "ongebruikte-uitzondering")).toBe(false);
    expect(readFileSync(`${cwd}/plan.veiligheidsplan`, "utf8")).toBe(UNUSED_DIRECTIVE);
  });

  it("--fix-dry-run from standard input", () => {
    const cwd = tempDir();
    const r = run(["lint", "--stdin", "--fix-dry-run", "-f", "json", "--today", TODAY], { cwd, stdin: UNUSED_DIRECTIVE });
    const [result] = JSON.parse(r.stdout) as EslintResult[];
    expect(result!.filePath).toBe("<stdin>");
    expect(result!.output).toBe(UNUSED_DIRECTIVE_FIXED);
  });
});

describe("--format sarif", () => {
  it("validates against the SARIF 2.1.0 JSON Schema", () => {
    const { stdout } = lintAll("sarif");
    const schema = JSON.parse(readFileSync(new URL("./fixtures/sarif-schema-2.1.0.json", import.meta.url), "utf8"));
    // The schema's language pattern is not valid with the u flag; it was written for ECMAScript without it.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const log = JSON.parse(stdout);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("lists the rules with their shipped page as help, points at 1-based regions, and marks suppressions", () => {
    const { stdout } = lintAll("sarif");
    const log = JSON.parse(stdout);
    const run0 = log.runs[0];
    const rules = run0.tool.driver.rules as { id: string; helpUri?: string; help: { text: string; markdown?: string }; shortDescription: { text: string } }[];
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(["begroting-totalen", "syntax", "ongebruikte-uitzondering"]));
    // No link to a site that does not exist (issue 19): the page itself, shipped with the CLI, is the help.
    for (const r of rules) {
      expect(r.helpUri, r.id).toBeUndefined();
      expect(r.help.markdown, r.id).toMatch(new RegExp(`^# ${r.id}\n`));
      expect(r.help.text, r.id).toContain(`veiligheidsplan explain ${r.id}`);
    }
    expect(run0.tool.driver.informationUri).toBeUndefined();
    const results = run0.results as { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }[]; suppressions: { kind: string; justification?: string }[] }[];
    const syntax = results.find((r) => r.ruleId === "syntax")!;
    expect(syntax.level).toBe("error");
    expect(rules[syntax.ruleIndex]!.id).toBe("syntax");
    expect(syntax.locations[0]!.physicalLocation.artifactLocation).toMatchObject({ uri: "fout.veiligheidsplan", uriBaseId: "%SRCROOT%" });
    expect(syntax.locations[0]!.physicalLocation.region).toMatchObject({ startLine: SYNTAX_ERROR.split("\n").findIndex((l) => l.startsWith("<!-- deze")) + 1, startColumn: 1 });
    expect(syntax.suppressions).toEqual([]);
    const suppressed = results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === "uitzondering.veiligheidsplan" && r.ruleId === "begroting-totalen");
    expect(suppressed.length).toBeGreaterThan(0);
    for (const s of suppressed) expect(s.suppressions).toEqual([{ kind: "inSource", justification: "zo gepubliceerd in de begroting" }]);
    expect(results.find((r) => r.ruleId === "ongebruikte-uitzondering")!.level).toBe("warning");
  });
});

describe("--format github", () => {
  it("prints one workflow command per finding", () => {
    const cwd = tempDir({ "plan.veiligheidsplan": UNUSED_DIRECTIVE });
    const r = run(["lint", "-f", "github", "plan.veiligheidsplan", "--today", TODAY], { cwd });
    const line = UNUSED_DIRECTIVE.split("\n").findIndex((l) => l.startsWith("<!-- veiligheidsplan-disable")) + 1;
    const end = "<!-- veiligheidsplan-disable-next-line -->".length + 1;
    expect(r.stdout).toMatch(new RegExp(`^::warning file=plan\\.veiligheidsplan,line=${line},endLine=${line},col=1,endColumn=${end},title=veiligheidsplan \\(ongebruikte-uitzondering\\)::Deze uitzondering .+\\n$`));
  });

  it("escapes property values and messages as the runner requires", () => {
    const cwd = tempDir({ "plan, versie 2: concept.veiligheidsplan": SYNTAX_ERROR });
    const r = run(["lint", "-f", "github", "--today", TODAY], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("::error file=plan%2C versie 2%3A concept.veiligheidsplan,line=");
    for (const l of r.stdout.trimEnd().split("\n")) expect(l).toMatch(/^::(error|warning|notice) [^\n\r]+::[^\n\r]+$/);
  });
});

/** A small well-formedness check: tags balance, attributes are quoted, no stray & or <. */
function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, "");
  const stack: string[] = [];
  const re = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>|([^<]+)/g;
  let consumed = 0;
  for (const m of body.matchAll(re)) {
    expect(m.index).toBe(consumed);
    consumed += m[0].length;
    if (m[5] !== undefined) {
      expect(m[5]).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
      continue;
    }
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else if (!m[4]) stack.push(m[2]!);
  }
  expect(consumed).toBe(body.length);
  expect(stack).toEqual([]);
}

describe("--format junit", () => {
  it("one suite per plan, a failed test per error or warning, a passing test for a clean plan", () => {
    const { stdout } = lintAll("junit");
    assertWellFormedXml(stdout);
    expect(stdout).toMatch(/<testsuite name="goed\.veiligheidsplan" tests="1" failures="0"[^>]*>\s*<testcase classname="goed\.veiligheidsplan" name="veiligheidsplan" time="0" \/>/);
    expect(stdout).toMatch(/<testsuite name="fout\.veiligheidsplan" tests="1" failures="1"/);
    expect(stdout).toMatch(/<failure type="error" message="Deze opmerking \(&lt;!--\) wordt nergens afgesloten met --&gt;/);
    expect(stdout).toMatch(/<failure type="warning" message="Deze uitzondering/);
  });
});

describe("--format codequality", () => {
  it("GitLab Code Quality issues with stable, distinct fingerprints", () => {
    const first = lintAll("codequality");
    const issues = JSON.parse(first.stdout) as { check_name: string; severity: string; fingerprint: string; location: { path: string; lines: { begin: number } } }[];
    expect(issues).toContainEqual(expect.objectContaining({ check_name: "syntax", severity: "major", location: expect.objectContaining({ path: "fout.veiligheidsplan" }) }));
    expect(issues).toContainEqual(expect.objectContaining({ check_name: "ongebruikte-uitzondering", severity: "minor" }));
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(JSON.parse(lintAll("codequality").stdout).map((i: { fingerprint: string }) => i.fingerprint)).toEqual(issues.map((i) => i.fingerprint));
  });
});
