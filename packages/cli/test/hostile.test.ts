/**
 * Hostile input through the built command line (issue 21): characters a reader cannot see, files that
 * never end or never open (devices, FIFOs, a 1 GB sparse file) wherever the CLI reads a file, odd
 * encodings of configuration and plans. Each gives a clear answer — findings, or a one-line refusal
 * naming the file — within a time limit, never a hang, a full memory or an "Interne fout".
 */
import { spawnSync } from "node:child_process";
import { closeSync, openSync, readFileSync, symlinkSync, truncateSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLEAN, plan, TODAY } from "./fixtures/plans.js";
import { CLI, cleanEnv, ensureBuilt, REPO_DIR, tempDir } from "./harness.js";

beforeAll(() => ensureBuilt(), 300_000);

const STACK_FRAME = /\n\s+at .+:\d+:\d+\)?\n/;

/** Runs the CLI with a time limit (a hang fails the test, not the suite); `stdin` may be a file to read from. */
function cli(args: readonly string[], cwd: string, o: { stdinFile?: string; timeout?: number } = {}) {
  const fd = o.stdinFile !== undefined ? openSync(o.stdinFile, "r") : "pipe";
  try {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: cleanEnv(), encoding: "utf8", timeout: o.timeout ?? 30_000, maxBuffer: 64 * 1024 * 1024, stdio: [fd, "pipe", "pipe"] });
    if (r.error) throw r.error;
    expect(r.signal, "not killed (no hang)").toBeNull();
    expect(r.stderr, "no stack trace").not.toMatch(STACK_FRAME);
    expect(r.stderr, "no internal error").not.toMatch(/Interne fout|Internal error/);
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    if (typeof fd === "number") closeSync(fd);
  }
}

const mkfifo = (path: string) => spawnSync("mkfifo", [path]).status === 0;

const NIJMEGEN = readFileSync(join(REPO_DIR, "examples", "nijmegen-2022-2026.veiligheidsplan"), "utf8");

describe("a character a reader cannot see does not switch a check off (21.1)", () => {
  it.each([
    ["a zero-width space in Totaal", "**Totaal**", "**To\u200Btaal**", "\u200B"],
    ["a soft hyphen in Financiën", "## II. Financiën", "## II. Fina\u00ADnciën", "\u00AD"],
    ["a Cyrillic а in Financiën", "## II. Financiën", "## II. Fin\u0430nciën", "\u0430"],
  ])("%s: the budget errors stay, and the character is reported at its line and column", (_name, from, to, hidden) => {
    const text = NIJMEGEN.replace(from, to);
    const cwd = tempDir({ "plan.veiligheidsplan": text });
    const r = cli(["lint", "plan.veiligheidsplan", "--today", "2025-06-01", "-f", "json"], cwd);
    expect(r.code).toBe(1);
    const messages = (JSON.parse(r.stdout) as { messages: { ruleId: string; severity: number; line: number; column: number; message: string }[] }[])[0]!.messages;
    expect(messages.filter((m) => m.ruleId === "begroting-totalen" && m.severity === 2)).toHaveLength(5);
    const at = text.indexOf(hidden);
    const line = text.slice(0, at).split("\n").length;
    const column = at - text.lastIndexOf("\n", at - 1);
    expect(messages.find((m) => m.ruleId === "syntax")).toMatchObject({ line, column, severity: 1 });
    // --fix takes the character out; the plan reads as it did before.
    cli(["lint", "plan.veiligheidsplan", "--fix", "--today", "2025-06-01"], cwd);
    expect(readFileSync(join(cwd, "plan.veiligheidsplan"), "utf8")).not.toContain(hidden);
  });
});

describe("every file read is bounded (21.2)", () => {
  const withPredecessor = (bestand: string) => plan({ vorigPlan: `vorig-plan:\n  titel: Samen veilig\n  periode: 2021-2024\n  vastgesteld: 2021-02-18\n  bestand: ${bestand}` });
  const predecessorFinding = (cwd: string) => {
    const r = cli(["lint", "plan.veiligheidsplan", "--today", TODAY], cwd);
    expect(r.code).toBe(0);
    return r.stdout.split("\n").find((l) => l.includes("continuiteit")) ?? "";
  };

  it.each([
    ["/dev/zero", /is geen gewoon bestand .* niet gelezen/],
    ["/dev/urandom", /is geen gewoon bestand .* niet gelezen/],
    ["/etc/passwd", /is geen veiligheidsplan/],
  ])("vorig-plan: bestand: %s gets a finding that says why it was not compared", (bestand, why) => {
    const cwd = tempDir({ "plan.veiligheidsplan": withPredecessor(bestand) });
    expect(predecessorFinding(cwd)).toMatch(why);
  });

  it("vorig-plan: bestand: naming a FIFO does not wait for a writer", () => {
    const cwd = tempDir({ "plan.veiligheidsplan": withPredecessor("pijp") });
    if (!mkfifo(join(cwd, "pijp"))) return; // No mkfifo here: nothing to test.
    expect(predecessorFinding(cwd)).toMatch(/is geen gewoon bestand/);
  });

  it("a 1 GB (sparse) predecessor is not read: the finding names the limit", () => {
    const cwd = tempDir({ "plan.veiligheidsplan": withPredecessor("groot.veiligheidsplan"), "groot.veiligheidsplan": "" });
    truncateSync(join(cwd, "groot.veiligheidsplan"), 1024 * 1024 * 1024);
    expect(predecessorFinding(cwd)).toMatch(/is groter dan 128 MB en is niet gelezen/);
  });

  it.each([
    [".veiligheidsplanrc.yaml", "/dev/zero"],
    [".veiligheidsplanignore", "/dev/zero"],
  ])("a committed %s linked to %s is a one-line error naming it", (name, target) => {
    const cwd = tempDir({ "plan.veiligheidsplan": CLEAN });
    symlinkSync(target, join(cwd, name));
    const r = cli(["lint", "plan.veiligheidsplan", "--today", TODAY], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`${name}: is geen bestand (maar een apparaat, pijp of socket) en is niet gelezen`);
  });

  it("--config naming a device, a FIFO or a folder says what it is", () => {
    const cwd = tempDir({ "plan.veiligheidsplan": CLEAN });
    const lintWith = (config: string) => cli(["lint", "plan.veiligheidsplan", "--config", config, "--today", TODAY], cwd);
    expect(lintWith("/dev/zero")).toMatchObject({ code: 2, stderr: "/dev/zero: is geen bestand (maar een apparaat, pijp of socket) en is niet gelezen\n" });
    expect(lintWith("/etc")).toMatchObject({ code: 2, stderr: "/etc: is een map, geen bestand\n" });
    if (mkfifo(join(cwd, "cfg.yaml"))) expect(lintWith("cfg.yaml")).toMatchObject({ code: 2, stderr: "cfg.yaml: is geen bestand (maar een apparaat, pijp of socket) en is niet gelezen\n" });
  });

  it("lint --stdin < /dev/zero stops at the limit with one line", () => {
    const r = cli(["lint", "--stdin", "--max-file-size", "8"], tempDir(), { stdinFile: "/dev/zero" });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^<stdin>: is groter dan 8 MB en is niet gelezen/);
  });

  it("--max-file-size sets the limit for plans, and a bad value is a usage error", () => {
    const cwd = tempDir({ "plan.veiligheidsplan": CLEAN + `\n${"tekst ".repeat(200_000)}\n` });
    expect(cli(["lint", "plan.veiligheidsplan", "--today", TODAY, "--max-file-size", "1"], cwd).stderr).toMatch(/^plan\.veiligheidsplan: is groter dan 1 MB/);
    expect(cli(["lint", "plan.veiligheidsplan", "--today", TODAY, "--max-file-size", "2"], cwd).code).toBe(0);
    expect(cli(["lint", "plan.veiligheidsplan", "--max-file-size", "nul"], cwd)).toMatchObject({ code: 2, stderr: expect.stringContaining("--max-file-size 'nul'") });
  });
});

describe("encodings and configuration files (21.9)", () => {
  it("a JSON configuration with a byte order mark is read", () => {
    const cwd = tempDir({ "plan.veiligheidsplan": CLEAN, ".veiligheidsplanrc.json": `\uFEFF${JSON.stringify({ locale: "en" })}` });
    const r = cli(["lint", "plan.veiligheidsplan", "--today", TODAY], cwd);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("No problems");
  });

  it("a JSON configuration with a key twice is refused, as YAML is", () => {
    const cwd = tempDir({ "plan.veiligheidsplan": CLEAN, ".veiligheidsplanrc.json": `{\n  "rules": { "begroting-totalen": "off" },\n  "rules": {}\n}\n` });
    const r = cli(["lint", "plan.veiligheidsplan", "--today", TODAY], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('.veiligheidsplanrc.json:3:3: de configuratie is ongeldig: invalid JSON (the key "rules" appears twice in the same object)');
  });

  it.each([
    ["with a byte order mark (Notepad's 'Unicode')", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN, "utf16le")]), "little-endian"],
    ["without one", Buffer.from(CLEAN, "utf16le"), "little-endian"],
    ["big-endian", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(CLEAN, "utf16le").swap16()]), "big-endian"],
  ])("a UTF-16 plan %s is called UTF-16, not binary", (_name, bytes, order) => {
    const cwd = tempDir({ "plan.veiligheidsplan": bytes });
    const r = cli(["lint", "plan.veiligheidsplan", "--today", TODAY], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`plan.veiligheidsplan: is opgeslagen als UTF-16 (${order}); sla het bestand op als UTF-8 (in Kladblok: Opslaan als, codering UTF-8)`);
  });
});

