/**
 * Runs the BUILT command line (`node packages/cli/dist/cli.js …`) as a user or CI job would, in a
 * temporary folder with fixture files. CI builds before testing (`pnpm -r build`); locally the build
 * is made (again) when dist is missing or older than the sources.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));
export const REPO_DIR = join(PACKAGE_DIR, "..", "..");
export const CLI = join(PACKAGE_DIR, "dist", "cli.js");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds dist once per test run when it is missing or stale; a lock folder keeps parallel test files from building twice. */
export function ensureBuilt(): void {
  const built = () => existsSync(CLI) && existsSync(join(PACKAGE_DIR, "dist", "engine.cjs"));
  const fresh = () =>
    built() && statSync(join(PACKAGE_DIR, "dist", "engine.cjs")).mtimeMs >= Math.max(newestMtime(join(PACKAGE_DIR, "src")), newestMtime(join(REPO_DIR, "packages", "core", "src")));
  if (fresh()) return;
  const lock = join(PACKAGE_DIR, ".build-lock");
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      spawnSync(process.execPath, ["-e", "setTimeout(()=>{},200)"]);
      if (fresh()) return;
    }
  }
  try {
    if (fresh()) return;
    const r = spawnSync("npm", ["run", "build"], { cwd: PACKAGE_DIR, encoding: "utf8", shell: process.platform === "win32" });
    if (r.status !== 0) throw new Error(`building the CLI failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    rmdirSync(lock);
  }
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A neutral environment: no locale variables (so Dutch), no colour forcing. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ["LANG", "LC_ALL", "LC_MESSAGES", "FORCE_COLOR", "NO_COLOR", "VEILIGHEIDSPLAN_PAUSE_BEFORE_WRITE", "VEILIGHEIDSPLAN_WRITE_CODE_CACHE"]) delete env[k];
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** Runs the built CLI; `nodeFlags` go to node before the CLI (`--trace-gc-nvp`, `--import` of a probe). */
export function run(
  args: readonly string[],
  options: { cwd: string; stdin?: string | Buffer; env?: Record<string, string | undefined>; nodeFlags?: readonly string[]; timeoutMs?: number },
): RunResult {
  const r = spawnSync(process.execPath, [...(options.nodeFlags ?? []), CLI, ...args], {
    cwd: options.cwd,
    input: options.stdin ?? "",
    env: cleanEnv(options.env),
    encoding: "utf8",
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the CLI without waiting (for the change-on-disk test, which talks to it while it runs). */
export function start(args: readonly string[], options: { cwd: string; env?: Record<string, string | undefined> }) {
  return spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, env: cleanEnv(options.env), stdio: ["pipe", "pipe", "pipe"] });
}

/** A fresh temporary folder holding `files` (paths relative to it). */
export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "veiligheidsplan-cli-"));
  for (const [name, content] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}
