/**
 * Scenario tests for writing commands (lint --fix, format, init, export) and the informational ones
 * (rules, explain, --help, --version), against the built binary.
 */
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLEAN, SYNTAX_ERROR, TODAY, UNALIGNED, UNUSED_DIRECTIVE, UNUSED_DIRECTIVE_FIXED } from "./fixtures/plans.js";
import { ensureBuilt, REPO_DIR, run, start, tempDir } from "./harness.js";

beforeAll(() => ensureBuilt(), 300_000);

const noTempFiles = (dir: string) => expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);

describe("lint --fix", () => {
  it("writes the safe fixes back and reports what remains", () => {
    const cwd = tempDir({ "a.veiligheidsplan": UNUSED_DIRECTIVE, "b.veiligheidsplan": CLEAN });
    chmodSync(join(cwd, "a.veiligheidsplan"), 0o640);
    const before = statSync(join(cwd, "b.veiligheidsplan")).mtimeMs;
    const r = run(["lint", "--fix", "--today", TODAY], { cwd });
    expect(r.code).toBe(0);
    expect(readFileSync(join(cwd, "a.veiligheidsplan"), "utf8")).toBe(UNUSED_DIRECTIVE_FIXED);
    expect(r.stdout).not.toContain("ongebruikte-uitzondering");
    expect(r.stderr).toContain("1 bestand hersteld.");
    // An unchanged plan is not rewritten; the fixed one keeps its permissions; no temporary files remain.
    expect(statSync(join(cwd, "b.veiligheidsplan")).mtimeMs).toBe(before);
    expect(statSync(join(cwd, "a.veiligheidsplan")).mode & 0o777).toBe(0o640);
    noTempFiles(cwd);
  });

  it("keeps CRLF line endings and a BOM", () => {
    const crlf = `\uFEFF${UNUSED_DIRECTIVE.replace(/\n/g, "\r\n")}`;
    const cwd = tempDir({ "plan.veiligheidsplan": crlf });
    const r = run(["lint", "--fix", "plan.veiligheidsplan", "--today", TODAY], { cwd });
    expect(r.code).toBe(0);
    expect(readFileSync(join(cwd, "plan.veiligheidsplan"), "utf8")).toBe(`\uFEFF${UNUSED_DIRECTIVE_FIXED.replace(/\n/g, "\r\n")}`);
  });

  it("still fails on errors that cannot be fixed", () => {
    const cwd = tempDir({ "plan.veiligheidsplan": SYNTAX_ERROR });
    expect(run(["lint", "--fix", "plan.veiligheidsplan", "--today", TODAY], { cwd }).code).toBe(1);
    expect(readFileSync(join(cwd, "plan.veiligheidsplan"), "utf8")).toBe(SYNTAX_ERROR);
  });

  it("does not overwrite a plan that changed on disk while it was being checked", async () => {
    const cwd = tempDir({ "plan.veiligheidsplan": UNUSED_DIRECTIVE });
    const file = join(cwd, "plan.veiligheidsplan");
    const edited = `${UNUSED_DIRECTIVE}\nEen zin die iemand net heeft toegevoegd.\n`;
    // The CLI stops between writing its temporary file and replacing the plan (test hook); meanwhile
    // someone saves the plan. The CLI must notice and leave the new text alone.
    const child = start(["lint", "--fix", "plan.veiligheidsplan", "--today", TODAY], { cwd, env: { VEILIGHEIDSPLAN_PAUSE_BEFORE_WRITE: "1" } });
    let stderr = "";
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes("pause-before-write ") && !stderr.includes("edited")) {
          writeFileSync(file, edited);
          stderr += "(edited)";
          child.stdin.write("\n");
        }
      });
      child.on("close", resolve);
    });
    expect(code).toBe(2);
    expect(stderr).toContain("plan.veiligheidsplan: is gewijzigd terwijl het werd gecontroleerd; het is NIET overschreven");
    expect(readFileSync(file, "utf8")).toBe(edited);
    // What is reported is the text as it was read (the directive is still there).
    expect(stdout).toContain("ongebruikte-uitzondering");
    noTempFiles(cwd);
  });
});

describe("format", () => {
  it("--check lists the plans that would change and exits 1; --write fixes them; then --check passes", () => {
    const cwd = tempDir({ "a.veiligheidsplan": UNALIGNED, "b.veiligheidsplan": CLEAN });
    const check = run(["format", "--check", "--today", TODAY], { cwd });
    expect(check.code).toBe(1);
    expect(check.stdout).toBe("a.veiligheidsplan\n");
    expect(check.stderr).toContain("1 bestand is niet netjes opgemaakt");
    expect(readFileSync(join(cwd, "a.veiligheidsplan"), "utf8")).toBe(UNALIGNED);

    const write = run(["format", "--write", "--today", TODAY], { cwd });
    expect(write.code).toBe(0);
    expect(write.stdout).toBe("a.veiligheidsplan: opgemaakt\n");
    expect(readFileSync(join(cwd, "a.veiligheidsplan"), "utf8")).toBe(CLEAN);
    noTempFiles(cwd);

    const again = run(["format", "--check", "--today", TODAY], { cwd });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("2 plannen zijn netjes opgemaakt.");
  });

  it("one plan without --check or --write goes to standard output; standard input too", () => {
    const cwd = tempDir({ "a.veiligheidsplan": UNALIGNED });
    const r = run(["format", "a.veiligheidsplan", "--today", TODAY], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(CLEAN);
    expect(readFileSync(join(cwd, "a.veiligheidsplan"), "utf8")).toBe(UNALIGNED);
    expect(run(["format", "--stdin", "--today", TODAY], { cwd, stdin: UNALIGNED }).stdout).toBe(CLEAN);
  });

  it("usage errors and files that are not plans exit 2", () => {
    const cwd = tempDir({ "a.veiligheidsplan": CLEAN, "b.veiligheidsplan": CLEAN, "notitie.md": "# Notitie\n" });
    expect(run(["format"], { cwd }).stderr).toContain("Geef --check of --write op");
    expect(run(["format", "--check", "--write"], { cwd }).code).toBe(2);
    const notPlan = run(["format", "--check", "notitie.md"], { cwd });
    expect(notPlan.code).toBe(2);
    expect(notPlan.stderr).toContain("notitie.md: is geen veiligheidsplan");
    expect(run(["format", "--check", "weg.veiligheidsplan"], { cwd }).stderr).toContain("weg.veiligheidsplan: bestaat niet");
  });
});

describe("export", () => {
  it("writes the plan's JSON form to stdout or a file", () => {
    const cwd = tempDir({ "plan.veiligheidsplan": CLEAN });
    const r = run(["export", "--to", "json", "plan.veiligheidsplan"], { cwd });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.metadata).toMatchObject({ gemeente: "Voorbeeldstad", periode: { van: 2025, tot: 2028 } });
    expect(json.themas.map((t: { titel: string }) => t.titel)).toEqual(["Ondermijning", "Veilige wijken", "Brandveiligheid"]);
    expect(run(["export", "plan.veiligheidsplan", "-o", "uit/plan.json"], { cwd }).code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, "uit", "plan.json"), "utf8"))).toEqual(json);
  });

  it("refuses what is not a plan", () => {
    const cwd = tempDir({ "x.md": "tekst\n" });
    const r = run(["export", "--to", "json", "x.md"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^x\.md: is geen veiligheidsplan/);
    expect(run(["export", "--to", "xml", "x.md"], { cwd }).code).toBe(2);
  });
});

describe("init", () => {
  it("writes a plan from the template without asking when there is no terminal, and it passes lint", () => {
    const cwd = tempDir();
    const r = run(["init", "--gemeente", "Nijmegen", "--today", "2026-03-01"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Nieuw plan aangemaakt: nijmegen-2026-2029.veiligheidsplan");
    const text = readFileSync(join(cwd, "nijmegen-2026-2029.veiligheidsplan"), "utf8");
    expect(text).toMatch(/^---\nformaat: veiligheidsplan\/1\n/);
    expect(text).toContain("gemeente: Nijmegen\nperiode: 2026-2029\nstatus: concept");
    for (const heading of ["## Prioritaire thema's", "#### Opgave", "#### Ambitie", "## Kernthema's", "## Financiën", "### Toelichting"]) expect(text).toContain(`\n${heading}\n`);
    expect(text).toContain("| (bedragen x € 1.000) |");
    const lint = run(["lint", "nijmegen-2026-2029.veiligheidsplan", "--today", "2026-03-01"], { cwd });
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
    const fmt = run(["format", "--check", "--today", "2026-03-01"], { cwd });
    expect(fmt.code, fmt.stdout + fmt.stderr).toBe(0);
  });

  it("starts a joint plan named after its gemeenten, each listed for its own council's decision", () => {
    const cwd = tempDir();
    const r = run(["init", "--gemeenten", "Oudewaard, Lingevliet", "--today", "2026-03-01"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Nieuw plan aangemaakt: oudewaard-en-lingevliet-2026-2029.veiligheidsplan");
    const text = readFileSync(join(cwd, "oudewaard-en-lingevliet-2026-2029.veiligheidsplan"), "utf8");
    expect(text).toContain("titel: Integraal Veiligheidsplan Oudewaard en Lingevliet\n");
    expect(text).toContain("gemeenten:\n  - naam: Oudewaard\n  - naam: Lingevliet\n");
    expect(text).not.toContain("gemeente: ");
    expect(text).toContain("de gemeenten Oudewaard en Lingevliet in de jaren 2026 tot en met 2029 op het terrein van de veiligheid nastreven");
    const lint = run(["lint", ".", "--today", "2026-03-01", "-f", "json"], { cwd });
    const [result] = JSON.parse(lint.stdout) as { errorCount: number; warningCount: number }[];
    expect([result!.errorCount, result!.warningCount]).toEqual([0, 0]);
  });

  it("never overwrites a file", () => {
    const cwd = tempDir({ "plan.veiligheidsplan": "mijn tekst\n" });
    const r = run(["init", "plan.veiligheidsplan"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan\.veiligheidsplan: bestaat al/);
    expect(readFileSync(join(cwd, "plan.veiligheidsplan"), "utf8")).toBe("mijn tekst\n");
    // A name without extension gets one.
    expect(run(["init", "nieuw", "--titel", "Veilig: samen"], { cwd }).code).toBe(0);
    expect(readFileSync(join(cwd, "nieuw.veiligheidsplan"), "utf8")).toContain('titel: "Veilig: samen"\n');
    noTempFiles(cwd);
  });
});

describe("rules and explain", () => {
  it("rules lists every rule, as a table or as JSON", () => {
    const cwd = tempDir();
    const table = run(["rules"], { cwd });
    expect(table.code).toBe(0);
    expect(table.stdout.split("\n")[0]).toMatch(/^regel +categorie +ernst +herstel +beschrijving$/);
    expect(table.stdout).toMatch(/\nbegroting-totalen +begroting +fout +\S/);
    const json = JSON.parse(run(["rules", "--format", "json"], { cwd }).stdout) as { id: string; category: string; defaultSeverity: string; fixable: boolean; description: { nl: string; en: string }; docsUrl: string }[];
    expect(json.find((r) => r.id === "begroting-totalen")).toMatchObject({ category: "begroting", defaultSeverity: "error" });
    expect(run(["rules", "--locale", "en"], { cwd }).stdout.split("\n")[0]).toMatch(/^rule +category +severity +fix +description$/);
  });

  it("explain shows the rule's facts and its page", () => {
    const cwd = tempDir();
    const r = run(["explain", "begroting-totalen"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^begroting-totalen — /);
    expect(r.stdout).toContain("Standaard ernst: fout");
    const page = join(REPO_DIR, "docs", "rules", "begroting-totalen.md");
    if (existsSync(page)) expect(r.stdout).toContain(readFileSync(page, "utf8").trim().split("\n")[0]!);
    const unknown = run(["explain", "begroting"], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Onbekende regel 'begroting'\. Bekende regels: .*begroting-totalen/);
    // A near miss gets the rule it most likely means (issue 19).
    expect(run(["explain", "begroting-totaal"], { cwd }).stderr).toBe("Onbekende regel 'begroting-totaal'. Bedoelt u 'begroting-totalen'? Alle regels: 'veiligheidsplan rules'.\n");
  });

  it("every rule a finding can name has a page to explain it, and no link points to a site that does not exist (issue 19)", () => {
    const cwd = tempDir();
    const rules = JSON.parse(run(["rules", "--format", "json"], { cwd }).stdout) as { id: string; docsUrl?: string }[];
    for (const { id, docsUrl } of rules) {
      expect(docsUrl, id).toBeUndefined();
      const r = run(["explain", id], { cwd });
      expect(r.code, id).toBe(0);
      expect(r.stdout, id).toContain(`# ${id}\n`);
      expect(r.stdout, id).not.toContain("github.com");
    }
    // A team that hosts the pages sets docsBaseUrl; then every place links there.
    const hosted = tempDir({ ".veiligheidsplanrc.json": JSON.stringify({ docsBaseUrl: "https://intranet.example/vp/regels/" }) });
    const withBase = JSON.parse(run(["rules", "--format", "json"], { cwd: hosted }).stdout) as { id: string; docsUrl?: string }[];
    expect(withBase.find((r) => r.id === "ongebruikte-uitzondering")!.docsUrl).toBe("https://intranet.example/vp/regels/ongebruikte-uitzondering.md");
    expect(run(["explain", "syntax"], { cwd: hosted }).stdout).toContain("Documentatie: https://intranet.example/vp/regels/syntax.md");
  });
});

describe("--help and --version", () => {
  for (const command of ["lint", "format", "export", "init", "rules", "explain"]) {
    it(`${command} --help has a description and examples`, () => {
      const cwd = tempDir();
      const nl = run([command, "--help"], { cwd });
      expect(nl.code).toBe(0);
      expect(nl.stdout).toContain(`veiligheidsplan ${command}`);
      expect(nl.stdout).toContain("Voorbeelden:");
      const en = run([command, "--help", "--locale", "en"], { cwd });
      expect(en.stdout).toContain("Examples:");
    });
  }

  it("--help lists the commands and the exit codes; --version prints the version", () => {
    const cwd = tempDir();
    const help = run(["--help"], { cwd });
    expect(help.code).toBe(0);
    for (const c of ["lint", "format", "export", "init", "rules", "explain"]) expect(help.stdout).toContain(`veiligheidsplan ${c}`);
    expect(help.stdout).toContain("Afsluitcodes: 0");
    const version = run(["--version"], { cwd });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
