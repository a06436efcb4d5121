/**
 * `veiligheidsplan lint --concurrency`: worker threads must not change anything a user or CI job sees.
 * The same folder — clean plans, errors, fixable warnings, a binary file, files that are not plans, an
 * ignored file, a broken configuration, and plans that name a predecessor fixed in the same run — gives
 * byte-for-byte the same stdout, stderr and exit code with `--concurrency 2` as with `off`, in every
 * format and mode, and `--fix` writes the same files.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { autoThreads, quotaCores, readConcurrency, threadsFor } from "../src/concurrency.js";
import { CliError } from "../src/errors.js";
import { TEXTS } from "../src/texts.js";
import { CLEAN, plan, SYNTAX_ERROR, TODAY, UNUSED_DIRECTIVE, UNUSED_DIRECTIVE_FIXED, WRONG_TOTAL } from "./fixtures/plans.js";
import { ensureBuilt, run, type RunResult, start, tempDir } from "./harness.js";

beforeAll(() => ensureBuilt(), 300_000);

const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b40000000049454e44ae426082", "hex");

/** A predecessor whose periode and adoption date only read once --fix has rewritten them. */
const PREDECESSOR = plan({ vorigPlan: "vorig-plan:\n  titel: Ouder\n  periode: 2017-2020\n  vastgesteld: 2017-02-01" })
  .replace("periode: 2025-2028", "periode: 2021/2024")
  .replace("datum: 2025-02-13", "datum: 18-02-2021");
/** Names the predecessor's file, with a periode that differs from what the fixed predecessor says. */
const SUCCESSOR = plan({ vorigPlan: "vorig-plan:\n  titel: Samen veilig\n  periode: 2020-2024\n  vastgesteld: 2021-02-18\n  bestand: m-vorig.veiligheidsplan" });

function mixedFolder(): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {
    // Sorts before its predecessor (reads it as it was) and after it (reads it as fixed).
    "plannen/a-volgend.veiligheidsplan": SUCCESSOR,
    "plannen/m-vorig.veiligheidsplan": PREDECESSOR,
    "plannen/z-volgend.veiligheidsplan": SUCCESSOR,
    // Right after it, where a worker would most likely read it before its fixes are written.
    "plannen/mz-volgend-1.veiligheidsplan": SUCCESSOR,
    "plannen/mz-volgend-2.veiligheidsplan": SUCCESSOR,
    "plannen/mz-volgend-3.veiligheidsplan": SUCCESSOR,
    "plannen/plaatje.veiligheidsplan": PNG,
    "plannen/leesmij.veiligheidsplan": "# Over dit project\n\nHier staat uitleg.\n",
    "plannen/leeg.veiligheidsplan": "",
    "plannen/archief/oud.veiligheidsplan": SYNTAX_ERROR,
    "plannen/archief/.veiligheidsplanrc.json": '{ "ignores": ["oud.veiligheidsplan"] }',
    "plannen/kapot/p.veiligheidsplan": CLEAN,
    "plannen/kapot/.veiligheidsplanrc.json": '{ "rules": { "syntax": "off", } }',
  };
  for (let i = 0; i < 24; i++) {
    const kind = [CLEAN, SYNTAX_ERROR, UNUSED_DIRECTIVE, WRONG_TOTAL][i % 4]!;
    files[`plannen/n-${String(i).padStart(2, "0")}.veiligheidsplan`] = kind;
  }
  return files;
}

/** The ignored file named first, so that it counts as named explicitly (a notice on stderr). */
const PATHS = ["plannen/archief/oud.veiligheidsplan", "plannen"];

const lint = (cwd: string, concurrency: string, extra: readonly string[] = [], env?: Record<string, string>) => run(["lint", ...PATHS, "--today", TODAY, "--concurrency", concurrency, ...extra], { cwd, env });

function expectSame(serial: RunResult, threaded: RunResult, what: string): void {
  expect(threaded.stdout, `stdout, ${what}`).toBe(serial.stdout);
  expect(threaded.stderr, `stderr, ${what}`).toBe(serial.stderr);
  expect(threaded.code, `exit code, ${what}`).toBe(serial.code);
}

function filesUnder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p).toString("base64"));
    }
  };
  walk(dir);
  return out;
}

describe("lint --concurrency 2 gives the same output as --concurrency off", () => {
  const cwd = tempDir(mixedFolder());

  it("the folder holds what it should: errors, failures (exit 2), a notice, and both kinds of predecessor", () => {
    const r = lint(cwd, "off", ["-f", "json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("plannen/plaatje.veiligheidsplan: is geen tekstbestand");
    expect(r.stderr).toContain("plannen/leesmij.veiligheidsplan: is geen veiligheidsplan");
    expect(r.stderr).toContain("plannen/leeg.veiligheidsplan: is leeg");
    expect(r.stderr).toContain("plannen/archief/oud.veiligheidsplan: overgeslagen");
    expect(r.stderr).toMatch(/plannen\/kapot\/\.veiligheidsplanrc\.json:\d+:\d+: de configuratie is ongeldig/);
    const files = JSON.parse(r.stdout) as { filePath: string; errorCount: number }[];
    expect(files).toHaveLength(30);
  });

  for (const format of ["stylish", "json", "sarif", "github", "junit", "codequality"]) {
    it(`-f ${format}`, () => expectSame(lint(cwd, "off", ["-f", format]), lint(cwd, "2", ["-f", format]), format));
  }

  it("--quiet, --max-warnings 0, --color, -o", () => {
    expectSame(lint(cwd, "off", ["--quiet"]), lint(cwd, "2", ["--quiet"]), "--quiet");
    expectSame(lint(cwd, "off", ["--max-warnings", "0", "plannen/n-02.veiligheidsplan"]), lint(cwd, "2", ["--max-warnings", "0", "plannen/n-02.veiligheidsplan"]), "--max-warnings");
    expectSame(lint(cwd, "off", ["--color"]), lint(cwd, "2", ["--color"]), "--color");
    const a = lint(cwd, "off", ["-f", "sarif", "-o", "uit/serieel.sarif"]);
    const b = lint(cwd, "2", ["-f", "sarif", "-o", "uit/threads.sarif"]);
    expectSame(a, b, "-o");
    expect(readFileSync(join(cwd, "uit/threads.sarif"), "utf8")).toBe(readFileSync(join(cwd, "uit/serieel.sarif"), "utf8"));
  });

  it("--fix-dry-run with json (the fixed text in 'output') and English", () => {
    expectSame(lint(cwd, "off", ["--fix-dry-run", "-f", "json"]), lint(cwd, "2", ["--fix-dry-run", "-f", "json"]), "--fix-dry-run");
    expectSame(lint(cwd, "off", ["--locale", "en"]), lint(cwd, "2", ["--locale", "en"]), "--locale en");
  });

  it("more threads than plans, and auto", () => {
    expectSame(lint(cwd, "off", ["-f", "json"]), lint(cwd, "64", ["-f", "json"]), "64 threads");
    expectSame(lint(cwd, "off", ["-f", "json"]), lint(cwd, "auto", ["-f", "json"]), "auto");
  });
});

describe("lint --fix --concurrency 2", () => {
  it("writes the same files and reads each predecessor as the single-threaded run does", () => {
    const serial = tempDir(mixedFolder());
    const threaded = tempDir(mixedFolder());
    const a = lint(serial, "off", ["--fix"]);
    const b = lint(threaded, "2", ["--fix"]);
    expectSame(a, b, "--fix");
    expect(a.stderr).toMatch(/^\d+ bestanden hersteld\.$/m);
    expect(filesUnder(threaded)).toEqual(filesUnder(serial));
    // The predecessor was fixed: the plan after it reads the fixed periode, the plan before it read the old one.
    expect(readFileSync(join(threaded, "plannen/m-vorig.veiligheidsplan"), "utf8")).toContain("periode: 2021-2024");
    const successorSection = (name: string) => b.stdout.split("\n\n").find((block) => block.startsWith(`plannen/${name}`)) ?? "";
    for (const name of ["mz-volgend-1", "mz-volgend-3", "z-volgend"]) expect(successorSection(`${name}.veiligheidsplan`), name).toMatch(/2020-2024.*2021-2024/);
    expect(successorSection("a-volgend.veiligheidsplan")).not.toContain("2021-2024");
  });
});

describe("lint --fix --concurrency 2 and a plan saved meanwhile", () => {
  it("leaves the new text alone and reports the plan as read, as the single-threaded run does", async () => {
    const cwd = tempDir({ "a.veiligheidsplan": UNUSED_DIRECTIVE, "b.veiligheidsplan": CLEAN, "c.veiligheidsplan": UNUSED_DIRECTIVE });
    const file = join(cwd, "a.veiligheidsplan");
    const edited = `${UNUSED_DIRECTIVE}\nEen zin die iemand net heeft toegevoegd.\n`;
    // The main thread stops before it replaces a.veiligheidsplan (test hook); meanwhile someone saves it.
    const child = start(["lint", "--fix", "--concurrency", "2", "--today", TODAY], { cwd, env: { VEILIGHEIDSPLAN_PAUSE_BEFORE_WRITE: "1" } });
    let stdout = "";
    let stderr = "";
    let answered = 0;
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        // One answer per pause: a (edited first), then c.
        const pauses = stderr.match(/^pause-before-write .*$/gm) ?? [];
        for (; answered < pauses.length; answered++) {
          if (pauses[answered]!.endsWith("/a.veiligheidsplan")) writeFileSync(file, edited);
          child.stdin.write("\n");
        }
      });
      child.on("close", resolve);
    });
    expect(code).toBe(2);
    expect(stderr).toContain("a.veiligheidsplan: is gewijzigd terwijl het werd gecontroleerd; het is NIET overschreven");
    expect(stderr).toContain("1 bestand hersteld.");
    expect(readFileSync(file, "utf8")).toBe(edited);
    expect(readFileSync(join(cwd, "c.veiligheidsplan"), "utf8")).toBe(UNUSED_DIRECTIVE_FIXED);
    // a as it was read (the directive is still there); c fixed.
    expect(stdout).toMatch(/^a\.veiligheidsplan\n.*ongebruikte-uitzondering/m);
    expect(stdout).not.toContain("c.veiligheidsplan");
    expect(readdirSync(cwd).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("a worker that crashes", () => {
  it("costs only the file it was checking: one line naming it, exit code 2, every other file reported", () => {
    const cwd = tempDir(mixedFolder());
    const env = { VEILIGHEIDSPLAN_CRASH_WORKER_ON: "plannen/n-05.veiligheidsplan" };
    const serial = lint(cwd, "off", ["-f", "json"], env);
    const crashed = lint(cwd, "2", ["-f", "json"], env);
    expect(crashed.code).toBe(2);
    const line = crashed.stderr.split("\n").find((l) => l.startsWith("plannen/n-05.veiligheidsplan: "));
    expect(line).toMatch(/^plannen\/n-05\.veiligheidsplan: is niet gecontroleerd: de thread die dit plan controleerde, stopte onverwacht \(.*test crash.*\)\. Controleer het opnieuw met --concurrency off/);
    // Everything else as without the crash, in the same order.
    expect(crashed.stderr.replace(`${line}\n`, "")).toBe(serial.stderr);
    const all = JSON.parse(serial.stdout) as { filePath: string }[];
    const got = JSON.parse(crashed.stdout) as { filePath: string }[];
    expect(got).toEqual(all.filter((f) => !f.filePath.endsWith("/n-05.veiligheidsplan")));
    expect(crashed.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  it("in English too", () => {
    const cwd = tempDir({ "a.veiligheidsplan": CLEAN, "b.veiligheidsplan": CLEAN, "c.veiligheidsplan": SYNTAX_ERROR });
    const r = run(["lint", "--concurrency", "2", "--locale", "en", "--today", TODAY], { cwd, env: { VEILIGHEIDSPLAN_CRASH_WORKER_ON: "b.veiligheidsplan" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^b\.veiligheidsplan: was not checked: the thread checking this plan stopped unexpectedly \(.*\)\. Check it again with --concurrency off/m);
    expect(r.stdout).toContain("c.veiligheidsplan");
  });
});

describe("when no worker threads are started", () => {
  it("workers that cannot start: this thread checks every plan, with the same output (--fix too)", () => {
    const serial = tempDir(mixedFolder());
    const fallback = tempDir(mixedFolder());
    const env = { VEILIGHEIDSPLAN_CRASH_WORKER_ON: "<start>" };
    expectSame(lint(serial, "off", ["-f", "json"]), lint(serial, "2", ["-f", "json"], env), "json");
    expectSame(lint(serial, "off", ["--fix"]), lint(fallback, "2", ["--fix"], env), "--fix");
    expect(filesUnder(fallback)).toEqual(filesUnder(serial));
  });

  it("auto stays on one thread for a few plans (the crash hook, which only a worker obeys, does nothing)", () => {
    const cwd = tempDir({ "a.veiligheidsplan": CLEAN, "b.veiligheidsplan": SYNTAX_ERROR, "c.veiligheidsplan": UNUSED_DIRECTIVE });
    const env = { VEILIGHEIDSPLAN_CRASH_WORKER_ON: "b.veiligheidsplan" };
    const auto = run(["lint", "--concurrency", "auto", "--today", TODAY], { cwd, env });
    expect(auto.code).toBe(1);
    expect(auto.stderr).toBe("");
    expectSame(run(["lint", "--today", TODAY], { cwd }), auto, "auto on 3 plans");
    // The same with threads asked for: the hook works, so the check above means something.
    expect(run(["lint", "--concurrency", "2", "--today", TODAY], { cwd, env }).stderr).toContain("b.veiligheidsplan: is niet gecontroleerd");
  });

  it("--stdin is one plan on this thread", () => {
    const cwd = tempDir();
    const env = { VEILIGHEIDSPLAN_CRASH_WORKER_ON: "<stdin>" };
    const r = run(["lint", "--stdin", "--concurrency", "2", "--today", TODAY], { cwd, stdin: SYNTAX_ERROR, env });
    expectSame(run(["lint", "--stdin", "--today", TODAY], { cwd, stdin: SYNTAX_ERROR }), r, "--stdin");
    expect(r.code).toBe(1);
  });
});

describe("--concurrency values", () => {
  for (const bad of ["0", "-1", "abc", "1.5"]) {
    it(`'${bad}' is a usage error (exit code 2), in Dutch and in English`, () => {
      const cwd = tempDir({ "a.veiligheidsplan": CLEAN });
      const nl = run(["lint", "--concurrency", bad, "--today", TODAY], { cwd });
      expect(nl.code).toBe(2);
      expect(nl.stdout).toBe("");
      expect(nl.stderr).toBe(`--concurrency '${bad}' is geen geldige waarde: geef het aantal threads (een geheel getal van 1 of meer), 'auto' of 'off'.\n`);
      const en = run(["lint", `--concurrency=${bad}`, "--locale", "en", "--today", TODAY], { cwd });
      expect(en.code).toBe(2);
      expect(en.stderr).toBe(`--concurrency '${bad}' is not a valid value: give the number of threads (a whole number of 1 or more), 'auto' or 'off'.\n`);
    });
  }

  it("--concurrency without a value is a usage error", () => {
    const r = run(["lint", "--concurrency"], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("concurrency");
  });

  it("--help explains it, in Dutch and in English", () => {
    const cwd = tempDir();
    expect(run(["lint", "--help"], { cwd }).stdout).toMatch(/Snelheid:\n\s+--concurrency\s+Controleer plannen in zoveel threads tegelijk/);
    expect(run(["lint", "--help", "--locale", "en"], { cwd }).stdout).toMatch(/Speed:\n\s+--concurrency\s+Check plans in this many threads at once/);
  });

  it("reads n, auto and off; anything else names the value", () => {
    const t = TEXTS.nl;
    expect(readConcurrency(undefined, t)).toEqual({ kind: "off" });
    expect(readConcurrency("OFF", t)).toEqual({ kind: "off" });
    expect(readConcurrency("auto", t)).toEqual({ kind: "auto" });
    expect(readConcurrency("3", t)).toEqual({ kind: "threads", threads: 3 });
    for (const bad of ["0", "-2", "2x", "", "99999999999999999999"]) expect(() => readConcurrency(bad, t), bad).toThrow(CliError);
  });

  it("auto starts workers only for runs large enough to gain, and only where the cores leave room for them", () => {
    // A few plans, or 1,000 plans of 45 KB: one thread, however many cores.
    expect(autoThreads(3, 150_000, 2)).toBe(0);
    expect(autoThreads(1000, 48_600_000, 2)).toBe(0);
    expect(autoThreads(1000, 48_600_000, 16)).toBe(0);
    // One thread keeps about one and a half cores busy: on two cores, workers never gain.
    expect(autoThreads(3000, 146_000_000, 2)).toBe(0);
    expect(autoThreads(100_000, 4_860_000_000, 2)).toBe(0);
    expect(autoThreads(3000, 146_000_000, 1)).toBe(0);
    // Three cores or more: two workers for 3,000 plans; more as cores and the run grow.
    expect(autoThreads(3000, 146_000_000, 3)).toBe(2);
    expect(autoThreads(3000, 146_000_000, 4)).toBe(2);
    expect(autoThreads(10_000, 486_000_000, 8)).toBe(5);
    expect(autoThreads(10_000, 486_000_000, 16)).toBe(8);
    // Explicit threads: never more than plans, none for one plan.
    expect(threadsFor({ kind: "threads", threads: 8 }, 3, () => 0)).toBe(3);
    expect(threadsFor({ kind: "threads", threads: 8 }, 1, () => 0)).toBe(0);
    expect(threadsFor({ kind: "off" }, 5000, () => 1e9)).toBe(0);
  });

  it("auto on cores where it can never start workers decides without looking at the files", () => {
    const noFiles = () => {
      throw new Error("auto looked at the files");
    };
    expect(threadsFor({ kind: "auto" }, 5000, noFiles, () => 2)).toBe(0);
    expect(threadsFor({ kind: "auto" }, 5000, noFiles, () => 1)).toBe(0);
    expect(threadsFor({ kind: "auto" }, 5000, () => 240_000_000, () => 8)).toBe(4);
  });

  it("counts a container's CPU quota (cgroup v2 and v1) as the cores it has", () => {
    const files = (f: Record<string, string>) => (path: string) => f[path];
    expect(quotaCores(files({ "/sys/fs/cgroup/cpu.max": "200000 100000\n" }))).toBe(2);
    expect(quotaCores(files({ "/sys/fs/cgroup/cpu.max": "150000 100000\n" }))).toBe(1);
    expect(quotaCores(files({ "/sys/fs/cgroup/cpu.max": "max 100000\n" }))).toBeUndefined();
    expect(quotaCores(files({ "/sys/fs/cgroup/cpu/cpu.cfs_quota_us": "400000\n", "/sys/fs/cgroup/cpu/cpu.cfs_period_us": "100000\n" }))).toBe(4);
    expect(quotaCores(files({ "/sys/fs/cgroup/cpu/cpu.cfs_quota_us": "-1\n", "/sys/fs/cgroup/cpu/cpu.cfs_period_us": "100000\n" }))).toBeUndefined();
    expect(quotaCores(files({}))).toBeUndefined();
  });
});
