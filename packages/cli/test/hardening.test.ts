/**
 * Bad input through the built command line: special files given as plans, huge files and lines,
 * odd encodings and line endings, broken front matter, absurd amounts, deep nesting. Each gives a
 * clear answer — findings (exit 1), a one-line refusal (exit 2) or a clean pass — never a stack trace,
 * never a hang (every run has a time limit), never a changed file.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLEAN, plan, TODAY, WRONG_TOTAL } from "./fixtures/plans.js";
import { CLI, cleanEnv, ensureBuilt, run, tempDir } from "./harness.js";

beforeAll(() => ensureBuilt(), 300_000);

const STACK_FRAME = /\n\s+at .+:\d+:\d+\)?\n/;

/** Runs `lint` with a time limit; a hang fails the test instead of the suite. */
function lint(args: readonly string[], cwd: string, timeout = 60_000) {
  const r = spawnSync(process.execPath, [CLI, "lint", ...args], { cwd, env: cleanEnv(), encoding: "utf8", timeout, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  expect(r.stderr, "no stack trace").not.toMatch(STACK_FRAME);
  expect(r.signal, "not killed (no hang)").toBeNull();
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("paths that are not plan files", () => {
  it("a folder named like a plan is searched for plans, and says it found none", () => {
    const cwd = tempDir({ "map.veiligheidsplan/notitie.txt": "x" });
    const r = lint(["map.veiligheidsplan"], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Geen plannen gevonden voor 'map.veiligheidsplan'.");
  });

  it("a named pipe is refused at once instead of waiting for a writer", () => {
    const cwd = tempDir();
    const made = spawnSync("mkfifo", [join(cwd, "pijp.veiligheidsplan")]);
    if (made.status !== 0) return; // No mkfifo on this system: nothing to test.
    const r = lint(["pijp.veiligheidsplan"], cwd, 20_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pijp\.veiligheidsplan: is geen bestand/m);
  });

  it("a device is refused", () => {
    const r = lint(["/dev/zero"], tempDir(), 20_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("/dev/zero: is geen bestand");
  });

  it("a dangling symbolic link and a link to itself are named, and the good plan beside them is still checked", () => {
    const cwd = tempDir({ "goed.veiligheidsplan": WRONG_TOTAL });
    symlinkSync("nergens.veiligheidsplan", join(cwd, "los.veiligheidsplan"));
    symlinkSync("kring.veiligheidsplan", join(cwd, "kring.veiligheidsplan"));
    const r = lint(["goed.veiligheidsplan", "los.veiligheidsplan", "kring.veiligheidsplan", "--today", TODAY], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("los.veiligheidsplan: bestaat niet");
    expect(r.stderr).toMatch(/kring\.veiligheidsplan: .*(ELOOP|gelezen)/);
    expect(r.stdout).toContain("goed.veiligheidsplan");
    expect(r.stdout).toContain("begroting-totalen");
  });
});

describe("contents that are not a plan, or a broken one", () => {
  it("random bytes with a plan's extension are refused with one line, not a stream of findings", () => {
    let x = 0x2545f491;
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      bytes[i] = x & 0xff;
    }
    const cwd = tempDir({ "ruis.veiligheidsplan": bytes });
    const r = lint(["ruis.veiligheidsplan"], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^ruis\.veiligheidsplan: /);
  });

  it("broken YAML front matter: the error at its 1-based line and column, in Dutch", () => {
    const text = CLEAN.replace("gemeente: Voorbeeldstad", "gemeente: Voorbeeldstad\n  provincie: Gelderland");
    const cwd = tempDir({ "plan.veiligheidsplan": text });
    const r = lint(["plan.veiligheidsplan", "--today", TODAY], cwd);
    expect(r.code).toBe(1);
    const line = text.split("\n").findIndex((l) => l.startsWith("gemeente:")) + 1;
    expect(r.stdout).toMatch(new RegExp(`^\\s+${line}:11\\s+fout\\s+De gegevens bovenaan het plan .*niet te lezen: .+syntax`, "m"));
  });

  it("an amount beyond 2^53 cents is reported, never rounded into a wrong total", () => {
    const text = CLEAN.replace("| 3. Brandweerzorg     | 2.450 |", "| 3. Brandweerzorg     | 9.007.199.254.740.993 |");
    const cwd = tempDir({ "plan.veiligheidsplan": text });
    const r = lint(["plan.veiligheidsplan", "--today", TODAY, "-f", "json"], cwd);
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout) as { messages: { ruleId: string; line: number; message: string }[] }[];
    const row = text.split("\n").findIndex((l) => l.includes("9.007.199.254.740.993")) + 1;
    expect(file!.messages.some((m) => m.line === row && /te groot om exact mee te rekenen/.test(m.message))).toBe(true);
  });

  it("a BOM and CRLF line endings give the same findings at the same places as the plain file", () => {
    const cwd = tempDir({ "lf.veiligheidsplan": WRONG_TOTAL, "crlf.veiligheidsplan": "\uFEFF" + WRONG_TOTAL.replace(/\n/g, "\r\n"), "cr.veiligheidsplan": WRONG_TOTAL.replace(/\n/g, "\r") });
    const findings = (f: string) => {
      const r = lint([f, "--today", TODAY, "-f", "json"], cwd);
      expect(r.code).toBe(1);
      return (JSON.parse(r.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[])[0]!.messages.map((m) => [m.ruleId, m.line, m.column]);
    };
    const lf = findings("lf.veiligheidsplan");
    expect(findings("crlf.veiligheidsplan")).toEqual(lf);
    expect(findings("cr.veiligheidsplan")).toEqual(lf);
  });

  it("--fix on a CRLF plan with a BOM keeps the BOM and the line endings of every line", () => {
    const text = "\uFEFF" + plan({ beforeKernthemas: "<!-- veiligheidsplan-disable-next-line -->", eol: "\r\n" });
    const cwd = tempDir({ "plan.veiligheidsplan": text });
    lint(["plan.veiligheidsplan", "--fix", "--today", TODAY], cwd);
    const after = readFileSync(join(cwd, "plan.veiligheidsplan"), "utf8");
    expect(after.startsWith("\uFEFF")).toBe(true);
    expect(after).not.toContain("veiligheidsplan-disable-next-line");
    expect(after.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(after).toBe(text.replace("<!-- veiligheidsplan-disable-next-line -->\r\n", ""));
  });
});

describe("size and depth", () => {
  it("a 100 MB plan is checked to the end without a crash", () => {
    const body = CLEAN.slice(CLEAN.indexOf("## Prioritaire"));
    const cwd = tempDir();
    writeFileSync(join(cwd, "groot.veiligheidsplan"), CLEAN + body.repeat(Math.ceil(100_000_000 / body.length)));
    const t0 = performance.now();
    const r = lint(["groot.veiligheidsplan", "--today", TODAY, "-f", "json", "-o", "uit.json"], cwd, 280_000);
    console.info(`veiligheidsplan lint on 100 MB: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    expect([0, 1], r.stderr.slice(0, 2000)).toContain(r.code);
    expect(JSON.parse(readFileSync(join(cwd, "uit.json"), "utf8"))[0].filePath).toContain("groot.veiligheidsplan");
  }, 300_000);

  it.each([
    ["a line of 1 MB", "woord ".repeat(170_000)],
    ["a table row of 100,000 cells", "| a | b |\n| - | - |\n" + "| 1.234 ".repeat(100_000)],
    ["10,000 nested lists", "- ".repeat(10_000) + "diep"],
    ["10,000 nested quotes", ">".repeat(10_000) + " diep"],
  ])("%s: checked without a stack overflow", (_label, extra) => {
    const cwd = tempDir({ "plan.veiligheidsplan": plan({ tail: `\n${extra}\n` }) });
    const r = lint(["plan.veiligheidsplan", "--today", TODAY], cwd);
    expect([0, 1]).toContain(r.code);
    expect(r.stdout).toMatch(/plan|Geen problemen/);
  });

  it("a folder of 300 plans is checked in one run, each named once", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`plannen/${String(i).padStart(3, "0")}.veiligheidsplan`] = i % 3 === 0 ? WRONG_TOTAL : CLEAN;
    const cwd = tempDir(files);
    mkdirSync(join(cwd, "plannen", "leeg"));
    const r = lint(["plannen", "--today", TODAY, "-f", "json"], cwd);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { filePath: string; errorCount: number }[];
    expect(out).toHaveLength(300);
    expect(out.filter((f) => f.errorCount > 0)).toHaveLength(100);
  });
});

describe("standard input", () => {
  it("binary bytes on standard input are refused with one line", () => {
    const r = run(["lint", "--stdin"], { cwd: tempDir(), stdin: Buffer.from([0x00, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0x00]) });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});
