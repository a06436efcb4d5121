/**
 * The TextMate grammar, tested with vscode-tmgrammar-test (the same vscode-textmate and Oniguruma as
 * VS Code) on test/grammar/*.test.veiligheidsplan, whose `^^^` lines state the scopes a span must have
 * (and, after ` - `, must not have).
 *
 * The embedded grammars (YAML for the front matter, Markdown for the body, and HTML that Markdown
 * embeds) are not part of this extension: VS Code ships them. Offline, the tests load the copies that
 * the npm package tm-grammars ships. Its Markdown grammar is VS Code's own; its YAML grammar is
 * TextMate's classic one, while VS Code ships a newer one, so the YAML scopes asserted here are only the
 * basic ones both share; the end-to-end test checks the front matter in a real VS Code.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PACKAGE_DIR } from "./vsix.js";

const require = createRequire(import.meta.url);
const TOOL = join(PACKAGE_DIR, "node_modules/vscode-tmgrammar-test/dist/unit.js");
const FIXTURE_GRAMMARS = ["yaml", "markdown", "html-derivative", "html"].map((n) => require.resolve(`tm-grammars/grammars/${n}.json`));
const TEST_DIR = join(PACKAGE_DIR, "test/grammar");
const GRAMMAR_FILE = join(PACKAGE_DIR, "syntaxes/veiligheidsplan.tmLanguage.json");
const testFiles = readdirSync(TEST_DIR).filter((f) => f.endsWith(".test.veiligheidsplan"));

const scratch = mkdtempSync(join(tmpdir(), "veiligheidsplan-grammar-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runTool(files: string[]) {
  const result = spawnSync(
    process.execPath,
    [TOOL, "--config", join(PACKAGE_DIR, "package.json"), ...FIXTURE_GRAMMARS.flatMap((g) => ["-g", g]), ...files],
    // A malformed assertion can make the tool's own parser backtrack for minutes; never wait that long.
    { encoding: "utf8", timeout: 60_000, cwd: PACKAGE_DIR },
  );
  // Markdown names ~60 languages for fenced code that are not loaded here; those warnings are noise.
  const output = `${result.stdout}${result.stderr}`
    .split("\n")
    .filter((l) => !l.startsWith("grammar not found for"))
    .join("\n");
  return { status: result.status, signal: result.signal, output };
}

describe("the grammar tests", () => {
  it("has test files for front matter, headings, the budget table, references and directives", () => {
    expect(testFiles.sort()).toEqual(["budget", "directives", "front-matter", "headings", "references"].map((n) => `${n}.test.veiligheidsplan`));
  });

  it("pass: every asserted span has the scopes the test files state", () => {
    const { status, signal, output } = runTool(testFiles.map((f) => join(TEST_DIR, f)));
    expect(signal, output).toBeNull();
    expect(output).not.toMatch(/failed/);
    expect(status, output).toBe(0);
    for (const f of testFiles) expect(output).toContain(`${f} run successfuly`);
  });

  it("fail when a span lacks a scope (the harness can fail)", () => {
    const wrong = join(scratch, "wrong.test.veiligheidsplan");
    writeFileSync(
      wrong,
      ['<!-- SYNTAX TEST "text.veiligheidsplan" "deliberately wrong"', "| **Totaal** | 15.584 |", "<!--           ^^^^^^ keyword.other.total.veiligheidsplan", ""].join("\n"),
    );
    const { status, output } = runTool([wrong]);
    expect(status).not.toBe(0);
    expect(output).toContain("missing required scopes: keyword.other.total.veiligheidsplan");
    expect(output).toContain("constant.numeric.amount.veiligheidsplan");
  });

  it("cover every scope the grammar names", () => {
    const grammar = readFileSync(GRAMMAR_FILE, "utf8");
    const named = new Set<string>();
    for (const m of grammar.matchAll(/"(?:name|contentName)":\s*"([^"]+)"/g)) {
      for (const scope of m[1]!.split(" ")) if (scope.endsWith(".veiligheidsplan")) named.add(scope);
    }
    const asserted = testFiles.map((f) => readFileSync(join(TEST_DIR, f), "utf8")).join("\n");
    const untested = [...named].filter((s) => !new RegExp(`[ ^-]${s.replace(/\./g, "\\.")}\\b`).test(asserted));
    expect(untested).toEqual([]);
  });

  it("use one ' - ' per assertion line (the tool's parser hangs on a second one)", () => {
    for (const f of testFiles) {
      const lines = readFileSync(join(TEST_DIR, f), "utf8").split("\n");
      const bad = lines.filter((l) => l.startsWith("<!--") && /^\s*(\^|<)/.test(l.slice(4)) && (l.match(/ - /g) ?? []).length > 1);
      expect(bad, f).toEqual([]);
    }
  });
});
