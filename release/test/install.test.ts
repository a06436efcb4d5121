/**
 * The packages as a stranger gets them: the three tarballs (release/pack.mjs) installed with plain npm
 * into empty projects outside the repository, each on its own, and used there: core imported from ES
 * modules and required from CommonJS, type-checked by tsc in a CommonJS and an ES module project; the
 * CLI run with `npx veiligheidsplan lint`; the language server started with `--stdio` and initialised.
 *
 * npm fetches core's dependencies (effect, yaml) and the server's (vscode-languageserver-types) from
 * the registry (or its cache). Where npm cannot reach them, the tests that need them skip with a message;
 * the CLI installs from its tarball alone and is never skipped.
 */
import { type SpawnSyncReturns, spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain ES module script without types
import { pack } from "../pack.mjs";

const root = resolve(__dirname, "../..");
const tsc = join(root, "node_modules/typescript/bin/tsc");
const examplePlan = join(root, "examples/minimaal.veiligheidsplan");
const work = mkdtempSync(join(tmpdir(), "vp-install-"));
let tarballs: Record<"core" | "cli" | "language-server", string>;

/** An empty npm project with the given tarball installed; undefined (with the reason) when npm cannot reach the registry. */
function project(name: string, tarball: string, manifest: Record<string, unknown> = {}): { dir: string } | { offline: string } {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, version: "1.0.0", private: true, ...manifest }, null, 2));
  const r = run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", tarball], dir);
  if (r.status !== 0) {
    const out = `${r.stdout}${r.stderr}`;
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ENETUNREACH|ENOTCACHED/.test(out)) return { offline: out.split("\n").find((l) => /E[A-Z]+/.test(l)) ?? out };
    throw new Error(`npm install ${tarball} failed:\n${out}`);
  }
  return { dir };
}

function run(cmd: string, args: string[], cwd: string, input?: string): SpawnSyncReturns<string> {
  // A clean environment for npm: pnpm's npm_config_* (set when the suite runs under pnpm) would steer it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return spawnSync(cmd, args, { cwd, encoding: "utf8", input, env, timeout: 300_000 });
}

const installed: Record<string, { dir: string } | { offline: string }> = {};

beforeAll(() => {
  tarballs = pack(join(work, "tarballs"));
  installed.coreEsm = project("core-esm", tarballs.core, { type: "module" });
  installed.coreCjs = project("core-cjs", tarballs.core);
  installed.cli = project("cli-only", tarballs.cli);
  installed.ls = project("ls-only", tarballs["language-server"]);
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The project's folder, or a skip with npm's reason. */
function dirOf(key: string, skip: (note: string) => void): string {
  const p = installed[key]!;
  if ("offline" in p) {
    skip(`npm cannot reach the registry for this package's dependencies: ${p.offline}`);
    throw new Error("unreachable");
  }
  return p.dir;
}

describe("the tarballs", () => {
  it("carry a LICENSE, a README and no workspace: protocol", () => {
    for (const [name, file] of Object.entries(tarballs)) {
      const list = run("tar", ["-tzf", file], work).stdout.split("\n");
      expect(list, name).toContain("package/LICENSE");
      expect(list, name).toContain("package/README.md");
      const manifest = run("tar", ["-xzOf", file, "package/package.json"], work).stdout;
      expect(manifest, name).not.toContain("workspace:");
    }
  });

  it("the CLI declares no runtime dependency: everything it runs is bundled", () => {
    const manifest = JSON.parse(run("tar", ["-xzOf", tarballs.cli, "package/package.json"], work).stdout);
    expect(manifest.dependencies ?? {}).toEqual({});
    const ls = run("npm", ["ls", "--all", "--parseable"], dirOf("cli", () => {}));
    // The project itself and the CLI, nothing else.
    expect(ls.stdout.trim().split("\n").map((l) => l.replace(/.*node_modules\//, ""))).toEqual([expect.stringMatching(/cli-only$/), "@veiligheidsplan/cli"]);
  });
});

describe("core installed on its own", () => {
  const script = (kind: "esm" | "cjs") =>
    `${kind === "esm" ? 'import { lint, parse } from "@veiligheidsplan/core";\nimport { readFileSync } from "node:fs";' : 'const { lint, parse } = require("@veiligheidsplan/core");\nconst { readFileSync } = require("node:fs");'}
const text = readFileSync("plan.veiligheidsplan", "utf8");
const broken = text.replace("gemeente: Voorbeeldstad", "gemeente: ");
const r = lint(broken, { today: "2026-01-01" });
console.log(JSON.stringify({ themes: parse(text).themes.map((t) => t.title), errors: r.errorCount, first: r.diagnostics[0] && r.diagnostics[0].message }));`;

  for (const kind of ["esm", "cjs"] as const) {
    it(`works from ${kind === "esm" ? "an ES module (import)" : "CommonJS (require)"}`, ({ skip }) => {
      const dir = dirOf(kind === "esm" ? "coreEsm" : "coreCjs", skip);
      cpSync(examplePlan, join(dir, "plan.veiligheidsplan"));
      writeFileSync(join(dir, "check.js"), script(kind));
      const r = run(process.execPath, ["check.js"], dir);
      expect(r.stderr).toBe("");
      const out = JSON.parse(r.stdout);
      expect(out.themes.length).toBeGreaterThan(0);
      expect(out.errors).toBeGreaterThan(0);
      expect(out.first).toMatch(/gemeente/i);
    });
  }

  it("type-checks in a CommonJS TypeScript project (node16: .ts and .cts with import = require)", ({ skip }) => {
    const dir = dirOf("coreCjs", skip);
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "node16", moduleResolution: "node16", strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ["es2022", "dom"] }, include: ["*.ts", "*.cts"] }));
    writeFileSync(join(dir, "a.ts"), 'import { lint, type LintResult } from "@veiligheidsplan/core";\nexport const r: LintResult = lint("");\nexport const n: number = r.errorCount;\n');
    writeFileSync(join(dir, "b.cts"), 'import core = require("@veiligheidsplan/core");\nexport const n: number = core.lint("").diagnostics.length;\n// @ts-expect-error a wrong type is caught: the types are real, not any\nexport const s: string = core.lint("").errorCount;\n');
    const r = run(process.execPath, [tsc, "-p", "."], dir);
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 600_000);

  it("type-checks in an ES module TypeScript project (node16 and bundler)", ({ skip }) => {
    const dir = dirOf("coreEsm", skip);
    writeFileSync(join(dir, "a.ts"), 'import { lint, parse } from "@veiligheidsplan/core";\nexport const n: number = lint("").errorCount + parse("").themes.length;\n// @ts-expect-error a wrong type is caught: the types are real, not any\nexport const s: string = lint("").errorCount;\n');
    for (const resolution of [{ module: "node16", moduleResolution: "node16" }, { module: "esnext", moduleResolution: "bundler" }]) {
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...resolution, strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ["es2022", "dom"] }, include: ["a.ts"] }));
      const r = run(process.execPath, [tsc, "-p", "."], dir);
      expect(r.stdout + r.stderr, resolution.moduleResolution).toBe("");
      expect(r.status).toBe(0);
    }
  }, 600_000);
});

describe("the CLI installed on its own", () => {
  it("`npx veiligheidsplan lint` checks a plan as the repository's build does", () => {
    const dir = dirOf("cli", () => {});
    writeFileSync(join(dir, "plan.veiligheidsplan"), readFileSync(examplePlan, "utf8").replace("gemeente: Voorbeeldstad", "gemeente: "));
    const r = run("npx", ["--no", "veiligheidsplan", "lint", "plan.veiligheidsplan", "--today", "2026-01-01"], dir);
    const repo = spawnSync(process.execPath, [join(root, "packages/cli/dist/cli.js"), "lint", "plan.veiligheidsplan", "--today", "2026-01-01"], { cwd: dir, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("plan.veiligheidsplan");
    expect(r.stdout).toMatch(/gemeente/i);
    expect(r.stdout).toBe(repo.stdout);
    expect(run("npx", ["--no", "--", "veiligheidsplan", "--version"], dir).stdout.trim()).toBe(JSON.parse(readFileSync(join(root, "packages/cli/package.json"), "utf8")).version);
  }, 120_000);
});

describe("the language server installed on its own", () => {
  it("`veiligheidsplan-language-server --stdio` answers initialize and shuts down", async ({ skip }) => {
    const dir = dirOf("ls", skip);
    const proc = spawn(join(dir, "node_modules/.bin/veiligheidsplan-language-server"), ["--stdio"], { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
    const frame = (msg: object) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...msg }), "utf8");
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "ascii"), body]);
    };
    const replies: { id?: number; result?: any; method?: string }[] = [];
    let buffer = Buffer.alloc(0);
    const waitFor = (id: number) =>
      new Promise<{ result?: any }>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no reply to request ${id}`)), 30_000);
        const check = () => {
          const hit = replies.find((r) => r.id === id);
          if (hit) {
            clearTimeout(timer);
            done(hit);
          } else setTimeout(check, 20);
        };
        check();
      });
    proc.stdout.on("data", (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const end = buffer.indexOf("\r\n\r\n");
        if (end < 0) return;
        const len = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString("ascii"))![1]);
        if (buffer.length < end + 4 + len) return;
        replies.push(JSON.parse(buffer.subarray(end + 4, end + 4 + len).toString("utf8")));
        buffer = buffer.subarray(end + 4 + len);
      }
    });
    const exited = new Promise<number | null>((done) => proc.on("exit", (code) => done(code)));
    proc.stdin.write(frame({ id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } }));
    const init = await waitFor(1);
    expect(init.result.serverInfo.name).toMatch(/veiligheidsplan/);
    expect(init.result.capabilities.hoverProvider).toBeTruthy();
    expect(init.result.capabilities.documentFormattingProvider).toBeTruthy();
    proc.stdin.write(frame({ method: "initialized", params: {} }));
    proc.stdin.write(frame({ id: 2, method: "shutdown" }));
    await waitFor(2);
    proc.stdin.write(frame({ method: "exit" }));
    expect(await exited).toBe(0);
  }, 60_000);
});
