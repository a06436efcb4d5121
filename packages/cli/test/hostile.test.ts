/**
 * Hostile input through the built command line (issue 21): characters a reader cannot see, files that
 * never end or never open (devices, FIFOs, a 1 GB sparse file) wherever the CLI reads a file, odd
 * encodings of configuration and plans. Each gives a clear answer — findings, or a one-line refusal
 * naming the file — within a time limit, never a hang, a full memory or an "Interne fout".
 */
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, closeSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
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

  it("import of a device or a FIFO is refused at once", () => {
    const cwd = tempDir();
    expect(cli(["import", "/dev/zero"], cwd)).toMatchObject({ code: 2, stderr: expect.stringMatching(/dev\/zero: is geen bestand \(maar een apparaat, pijp of socket\)/) });
    if (mkfifo(join(cwd, "pijp.docx"))) expect(cli(["import", "pijp.docx"], cwd)).toMatchObject({ code: 2, stderr: "pijp.docx: is geen bestand (maar een apparaat, pijp of socket) en is niet gelezen\n" });
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


describe("writing back keeps what the user has (21.5, 21.9)", () => {
  const FIXABLE = plan({ beforeKernthemas: "<!-- veiligheidsplan-disable-next-line -->" });
  const isRoot = process.getuid?.() === 0;
  const commands: [string, string[]][] = [
    ["lint --fix", ["lint", "--fix", "--today", TODAY]],
    ["format --write", ["format", "--write", "--today", TODAY]],
  ];
  /** What the command makes of FIXABLE where nothing stands in its way. */
  const expected = new Map<string, string>();
  const fixedBy = (args: string[]) => {
    const key = args.join(" ");
    if (!expected.has(key)) {
      const cwd = tempDir({ "plan.veiligheidsplan": FIXABLE });
      expect(cli([...args, "plan.veiligheidsplan"], cwd).code).toBe(0);
      expected.set(key, readFileSync(join(cwd, "plan.veiligheidsplan"), "utf8"));
    }
    const text = expected.get(key)!;
    expect(text).not.toContain("veiligheidsplan-disable-next-line");
    return text;
  };

  it.each(commands)("%s writes through a symbolic link: the link stays, its target is fixed", (_name, args) => {
    const cwd = tempDir({ "echt/plan.veiligheidsplan": FIXABLE });
    symlinkSync("echt/plan.veiligheidsplan", join(cwd, "link.veiligheidsplan"));
    const r = cli([...args, "link.veiligheidsplan"], cwd);
    expect(r.code).toBe(0);
    expect(lstatSync(join(cwd, "link.veiligheidsplan")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(cwd, "echt/plan.veiligheidsplan"), "utf8")).toBe(fixedBy(args));
  });

  it.each(commands)("%s keeps a hard-linked file one file: every name shows the fix", (_name, args) => {
    const cwd = tempDir({ "plan.veiligheidsplan": FIXABLE });
    linkSync(join(cwd, "plan.veiligheidsplan"), join(cwd, "kopie.veiligheidsplan"));
    const inode = statSync(join(cwd, "plan.veiligheidsplan")).ino;
    expect(cli([...args, "plan.veiligheidsplan"], cwd).code).toBe(0);
    expect(statSync(join(cwd, "plan.veiligheidsplan")).ino).toBe(inode);
    expect(readFileSync(join(cwd, "kopie.veiligheidsplan"), "utf8")).toBe(fixedBy(args));
  });

  it.each(commands)("%s keeps owner, group and mode (as root, for a file of another user)", (_name, args) => {
    if (!isRoot) return console.info("skipped: changing a file's owner needs root");
    const cwd = tempDir({ "plan.veiligheidsplan": FIXABLE });
    const file = join(cwd, "plan.veiligheidsplan");
    chownSync(file, 65534, 65534);
    chmodSync(file, 0o640);
    expect(cli([...args, "plan.veiligheidsplan"], cwd).code).toBe(0);
    const st = statSync(file);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([65534, 65534, 0o640]);
    expect(readFileSync(file, "utf8")).toBe(fixedBy(args));
  });

  it.each(commands)("%s leaves a read-only file alone and says so (also as root)", (_name, args) => {
    const cwd = tempDir({ "plan.veiligheidsplan": FIXABLE });
    chmodSync(join(cwd, "plan.veiligheidsplan"), 0o444);
    const r = cli([...args, "plan.veiligheidsplan"], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("plan.veiligheidsplan: is alleen-lezen en is daarom niet gewijzigd; maak het schrijfbaar als u het wilt laten herstellen");
    expect(readFileSync(join(cwd, "plan.veiligheidsplan"), "utf8")).toBe(FIXABLE);
  });

  it.each(commands)("%s on a full disk: one line naming the file, the file unchanged (a small tmpfs)", (_name, args) => {
    const cwd = tempDir();
    const disk = join(cwd, "schijf");
    mkdirSync(disk);
    if (spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", disk]).status !== 0) return console.info("skipped: cannot mount a tmpfs here (needs root)");
    try {
      writeFileSync(join(disk, "plan.veiligheidsplan"), FIXABLE);
      // Fill the rest of the disk, so that no new copy of the plan fits.
      try {
        writeFileSync(join(disk, "vol"), Buffer.alloc(64 * 1024));
      } catch {
        // ENOSPC: full, as intended.
      }
      const r = cli([...args, "plan.veiligheidsplan"], disk);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe("plan.veiligheidsplan: kan niet worden geschreven: de schijf is vol. Het bestand is niet gewijzigd; maak ruimte vrij en voer de opdracht opnieuw uit");
      expect(readFileSync(join(disk, "plan.veiligheidsplan"), "utf8")).toBe(FIXABLE);
      expect(readdirSync(disk).sort()).toEqual(["plan.veiligheidsplan", "vol"]);
    } finally {
      spawnSync("umount", [disk]);
    }
  });
});

describe("init (issue 19)", () => {
  it("without --gemeente, the file is named after the gemeente the plan names", () => {
    const cwd = tempDir();
    const r = cli(["init", "--today", TODAY], cwd);
    expect(r.code).toBe(0);
    expect(readdirSync(cwd)).toEqual(["voorbeeldgemeente-2025-2028.veiligheidsplan"]);
    expect(readFileSync(join(cwd, "voorbeeldgemeente-2025-2028.veiligheidsplan"), "utf8")).toContain("gemeente: Voorbeeldgemeente");
  });

  it("Ctrl+C at the prompt ends quietly with 130 and writes nothing (in a real terminal, through python's pty)", () => {
    const cwd = tempDir();
    const script = [
      "import os, pty, sys, time, select",
      "pid, fd = pty.fork()",
      "if pid == 0:",
      "    os.execv(sys.argv[1], [sys.argv[1], sys.argv[2], 'init'])",
      "out = b''",
      "def read(t):",
      "    global out",
      "    end = time.time() + t",
      "    while time.time() < end and b'Gemeente' not in out:",
      "        r, _, _ = select.select([fd], [], [], 0.1)",
      "        if r:",
      "            try: out += os.read(fd, 4096)",
      "            except OSError: return",
      "read(20)",
      "os.write(fd, b'\\x03')",
      "time.sleep(0.5)",
      "try: out += os.read(fd, 4096)",
      "except OSError: pass",
      "_, status = os.waitpid(pid, 0)",
      "sys.stdout.write(str(os.waitstatus_to_exitcode(status)) + '\\n' + out.decode(errors='replace'))",
    ].join("\n");
    const r = spawnSync("python3", ["-c", script, process.execPath, CLI], { cwd, encoding: "utf8", timeout: 30_000, env: cleanEnv() });
    if (r.error || r.status !== 0) return console.info(`skipped: no python3 with pty here (${r.error?.message ?? r.stderr})`);
    const [code, ...screen] = r.stdout.split("\n");
    expect(screen.join("\n")).toContain("Gemeente");
    expect(code).toBe("130");
    expect(screen.join("\n")).not.toMatch(/Interne fout|Internal error/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("a line break in --titel or --gemeente cannot start Markdown of its own", () => {
    const cwd = tempDir();
    expect(cli(["init", "plan", "--titel", "Veilig\n\n## Ingevoegd\n---", "--gemeente", "Test\rstad", "--today", TODAY], cwd).code).toBe(0);
    const text = readFileSync(join(cwd, "plan.veiligheidsplan"), "utf8");
    expect(text).toContain("\n# Veilig ## Ingevoegd ---\n");
    expect(text).not.toMatch(/^## Ingevoegd/m);
    expect(text).toContain("gemeente: Test stad\n");
    expect(cli(["lint", "plan.veiligheidsplan", "--today", TODAY], cwd).code).not.toBe(2);
  });
});

describe("output cannot inject (21.7)", () => {
  const PAYLOAD = "college\r::error file=README.md,line=1::Spoofed\r::add-mask::x\u001b[8m\u0085\u202e";
  const text = CLEAN.replace(/(vastgesteld:\n {2}door: )gemeenteraad/, `$1${JSON.stringify(PAYLOAD)}`);

  it.each(["stylish", "github", "junit"])("a CR, ESC, C1 or bidi control quoted from the plan is made visible in %s", (format) => {
    expect(text).toContain("Spoofed");
    const cwd = tempDir({ "plan.veiligheidsplan": text });
    for (const color of format === "stylish" ? ["--no-color", "--color"] : ["--no-color"]) {
      const r = cli(["lint", "plan.veiligheidsplan", "--today", TODAY, "-f", format, color], cwd);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain("Spoofed");
      expect(r.stdout).not.toMatch(/[\r\u0085\u202e]/);
      expect(r.stdout).not.toContain("\u001b[8m");
      if (color === "--no-color") expect(r.stdout).not.toContain("\u001b");
      // No line of the output starts a workflow command of its own.
      expect(r.stdout.split(/\r\n|\r|\n/).filter((l) => l.startsWith("::")).every((l) => l.includes("plan.veiligheidsplan"))).toBe(true);
      expect(r.stdout).toContain("␛[8m");
    }
  });

  it("a control character in a file name is made visible in a one-line error", () => {
    const cwd = tempDir({ "a\u001b[8mb.veiligheidsplan": "" });
    const r = cli(["lint", "a\u001b[8mb.veiligheidsplan"], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("a␛[8mb.veiligheidsplan: is leeg en dus (nog) geen veiligheidsplan; begin een nieuw plan met 'veiligheidsplan init'\n");
  });

  it("a run with only info findings passes and does not speak of problems (issue 19)", () => {
    const cwd = tempDir({ "plan.veiligheidsplan": CLEAN.replace("status: vastgesteld", "status: voorstel").replace(/vastgesteld:\n {2}door: gemeenteraad\n {2}datum: [\d-]+\n/, "") });
    // A plan awaiting the council's decision: an info (the continuity deadline, an error here, aside).
    const r = cli(["lint", "plan.veiligheidsplan", "--today", TODAY, "--rule", "continuiteit:off"], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ info /);
    expect(r.stdout).not.toMatch(/✖|\d+ problemen?\b/);
    expect(r.stdout).toMatch(/✔ Geen problemen gevonden in 1 plan \(\d+ ter informatie\)\./);
  });
});

describe("huge and deep YAML front matter (21.6, 21.8)", () => {
  it.each([
    ["a 10 MB flow list", `lijst: [${"a, ".repeat(3_400_000)}b]`, /zijn \d+ kB groot; meer dan 256 kB wordt niet gelezen/],
    ["a key of 5 million letters and a character beyond Latin-1", `${"a".repeat(5_000_000)}: x\nnotitie: 20 €`, /zijn \d+ kB groot; meer dan 256 kB wordt niet gelezen/],
    ["3,000 levels of nested flow maps", `x: ${"{a: ".repeat(3000)}b${"}".repeat(3000)}`, /meer dan 64 niveaus diep genest/],
  ])("%s: a finding (exit 1), never an abort or an internal error", (_name, extra, message) => {
    const cwd = tempDir({ "plan.veiligheidsplan": CLEAN.replace("formaat: veiligheidsplan/1", `formaat: veiligheidsplan/1\n${extra}`) });
    const r = cli(["lint", "plan.veiligheidsplan", "--today", TODAY], cwd, { timeout: 60_000 });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(message);
    expect(r.stdout).not.toMatch(/ontbreekt in de gegevens/);
  });
});
