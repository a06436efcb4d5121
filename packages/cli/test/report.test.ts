/**
 * Scenario tests for `veiligheidsplan report`, against the built binary: where the report goes, what it
 * holds (core's renderer is tested in packages/core/test/report), and what it refuses.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLEAN, TODAY, WRONG_TOTAL } from "./fixtures/plans.js";
import { ensureBuilt, REPO_DIR, run, tempDir } from "./harness.js";

beforeAll(() => ensureBuilt(), 300_000);

describe("report", () => {
  it("writes plan.html beside the plan, a self-contained document with the chart and the checks", () => {
    const cwd = tempDir({ "plannen/plan.veiligheidsplan": WRONG_TOTAL });
    const r = run(["report", "plannen/plan.veiligheidsplan", "--today", TODAY], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`Het rapport staat in ${join("plannen", "plan.html")}.\n`);
    const html = readFileSync(join(cwd, "plannen", "plan.html"), "utf8");
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<svg class="begrotingsgrafiek"');
    expect(html).toContain('data-telt-op="nee"');
    expect(html).not.toMatch(/<script/i);
    // The checks are the ones lint finds; no link to a rule page without a configured docsBaseUrl (the
    // project has no public site, issue 19).
    expect(html).toMatch(/<tr class="ernst-error">[^]*?begroting-totalen/);
    expect(html).not.toMatch(/href="[^"]*\.md"/);
    expect(readdirSync(join(cwd, "plannen")).sort()).toEqual(["plan.html", "plan.veiligheidsplan"]);
  });

  it("writes to -o (creating folders, replacing an old report) or to standard output with -o -", () => {
    const cwd = tempDir({ "plan.veiligheidsplan": CLEAN, "raad/rapport.html": "oud" });
    expect(run(["report", "plan.veiligheidsplan", "-o", "raad/rapport.html"], { cwd }).code).toBe(0);
    expect(readFileSync(join(cwd, "raad", "rapport.html"), "utf8")).toContain("</html>");
    expect(run(["report", "plan.veiligheidsplan", "-o", "nieuw/map/r.html"], { cwd }).code).toBe(0);
    expect(existsSync(join(cwd, "nieuw", "map", "r.html"))).toBe(true);
    const stdout = run(["report", "plan.veiligheidsplan", "-o", "-", "--locale", "en"], { cwd });
    expect(stdout.code).toBe(0);
    expect(stdout.stdout).toContain('<html lang="en">');
    expect(stdout.stdout).toContain("Legal basis");
    expect(stdout.stderr).toBe("");
  });

  it("follows the configuration: a rule turned off is not in the report's checks", () => {
    // With docsBaseUrl, the checks link to the team's copy of the rule pages.
    const cwd = tempDir({ "plan.veiligheidsplan": WRONG_TOTAL, ".veiligheidsplanrc.json": JSON.stringify({ rules: { "begroting-totalen": "off" }, docsBaseUrl: "https://intranet.example/regels/" }) });
    expect(run(["report", "plan.veiligheidsplan", "-o", "-", "--today", TODAY], { cwd }).stdout).not.toContain("begroting-totalen.md");
    expect(run(["report", "plan.veiligheidsplan", "-o", "-", "--today", TODAY, "--rule", "begroting-totalen:error"], { cwd }).stdout).toContain('href="https://intranet.example/regels/begroting-totalen.md"');
  });

  it("never writes over the plan, and refuses what is not a plan or cannot be read (exit 2)", () => {
    const cwd = tempDir({ "plan.veiligheidsplan": CLEAN, "x.md": "# Alleen een kop\n" });
    const over = run(["report", "plan.veiligheidsplan", "-o", "plan.veiligheidsplan"], { cwd });
    expect(over.code).toBe(2);
    expect(over.stderr).toContain("het rapport zou het plan zelf overschrijven");
    expect(readFileSync(join(cwd, "plan.veiligheidsplan"), "utf8")).toBe(CLEAN);
    expect(run(["report", "x.md"], { cwd }).code).toBe(2);
    expect(existsSync(join(cwd, "x.html"))).toBe(false);
    const missing = run(["report", "weg.veiligheidsplan"], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(run(["report"], { cwd }).code).toBe(2);
    expect(run(["report", "plan.veiligheidsplan", "--today", "morgen"], { cwd }).code).toBe(2);
  });

  const example = join(REPO_DIR, "examples", "nijmegen-2022-2026.veiligheidsplan");
  it.runIf(existsSync(example))("renders the Nijmegen example", () => {
    const r = run(["report", example, "-o", "-", "--today", "2022-11-01"], { cwd: tempDir() });
    expect(r.code).toBe(0);
    expect(r.stdout.match(/<h3 id="thema-\d+" class="thema-kop">/g)).toHaveLength(9);
    expect(r.stdout).toContain("telt niet op: som 6.706, vermeld 16.848");
  });

  it("--help describes the command with examples", () => {
    const r = run(["report", "--help"], { cwd: tempDir() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("HTML-rapport voor de gemeenteraad");
    expect(r.stdout).toContain("veiligheidsplan report plan.veiligheidsplan -o raad/rapport.html");
  });
});
