/**
 * The pre-commit hooks (.pre-commit-hooks.yaml) with pre-commit itself, in a temporary git repository
 * that installed the CLI from its tarball: a staged plan with an error stops the commit and says why,
 * a good plan commits, a bad plan that is not staged is not checked. Also the `repo: local` hook from
 * docs/cli.md, in which pre-commit installs the CLI itself (here: from the tarball).
 * Skips with a message where pre-commit is not installed (.ci/run installs Debian's package).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain ES module script without types
import { pack } from "../pack.mjs";

const root = resolve(__dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "vp-pre-commit-"));
const preCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
const missing = preCommit.status !== 0 ? "pre-commit is not installed (apt-get install pre-commit; .ci/run does this)" : undefined;

// No npm_* from a pnpm-run suite, a pre-commit cache of its own, and a git identity for the commits.
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_|^GIT_/i.test(k))),
  PRE_COMMIT_HOME: join(work, "cache"),
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.org",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.org",
};
const run = (cmd: string, args: string[], cwd: string) => {
  const r = spawnSync(cmd, args, { cwd, env, encoding: "utf8", timeout: 300_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
};
const git = (cwd: string, ...args: string[]) => {
  const r = run("git", args, cwd);
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.out}`);
  return r.out.trim();
};

const good = readFileSync(join(root, "examples/minimaal.veiligheidsplan"), "utf8");
const bad = good.replace("gemeente: Voorbeeldstad", "gemeente: ");
let tarball = "";
let hooksRepo = "";
let hooksRev = "";

beforeAll(() => {
  if (missing) return;
  tarball = pack(join(work, "tarballs")).cli;
  // The hooks as a remote repository would offer them: this repository's file, committed.
  hooksRepo = join(work, "hooks");
  mkdirSync(hooksRepo);
  git(hooksRepo, "init", "-q");
  copyFileSync(join(root, ".pre-commit-hooks.yaml"), join(hooksRepo, ".pre-commit-hooks.yaml"));
  git(hooksRepo, "add", ".");
  git(hooksRepo, "commit", "-qm", "hooks");
  hooksRev = git(hooksRepo, "rev-parse", "HEAD");
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A git repository with pre-commit installed and the given config; `withCli`: the CLI as a devDependency. */
function project(name: string, config: string, withCli: boolean): string {
  const dir = join(work, name);
  mkdirSync(dir);
  git(dir, "init", "-q");
  writeFileSync(join(dir, ".pre-commit-config.yaml"), config);
  writeFileSync(join(dir, ".gitignore"), "node_modules/\n");
  if (withCli) {
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name, version: "1.0.0", private: true }));
    const r = run("npm", ["install", "--no-audit", "--no-fund", "--save-dev", tarball], dir);
    if (r.status !== 0) throw new Error(r.out);
  }
  git(dir, "add", ".");
  git(dir, "commit", "-qm", "start");
  const installed = run("pre-commit", ["install"], dir);
  if (installed.status !== 0) throw new Error(installed.out);
  return dir;
}

/** Stages `files` and tries to commit them: the hook's exit and output, and whether HEAD moved. */
function commit(dir: string, files: Record<string, string>, stage = Object.keys(files)) {
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  git(dir, "add", ...stage);
  const before = git(dir, "rev-parse", "HEAD");
  const r = run("git", ["commit", "-m", "plannen"], dir);
  return { ...r, committed: git(dir, "rev-parse", "HEAD") !== before };
}

describe.skipIf(missing)(`pre-commit hooks${missing ? ` (skipped: ${missing})` : ""}`, () => {
  it("the veiligheidsplan hook stops a commit of a plan with an error, and lets a good plan through", () => {
    const config = `repos:\n  - repo: ${hooksRepo}\n    rev: ${hooksRev}\n    hooks:\n      - id: veiligheidsplan\n        args: [--today, "2026-06-01"]\n`;
    const dir = project("hook", config, true);

    const refused = commit(dir, { "plan.veiligheidsplan": bad });
    expect(refused.committed).toBe(false);
    expect(refused.out).toMatch(/veiligheidsplan lint\.+Failed/);
    expect(refused.out).toContain("plan.veiligheidsplan");
    expect(refused.out).toMatch(/gemeente/i);

    const accepted = commit(dir, { "plan.veiligheidsplan": good });
    expect(accepted.out).toMatch(/veiligheidsplan lint\.+Passed/);
    expect(accepted.committed).toBe(true);

    // Only what is staged: a broken plan beside it in the working tree is not this commit's business.
    const partly = commit(dir, { "ander.veiligheidsplan": bad, "notitie.txt": "x" }, ["notitie.txt"]);
    expect(partly.out).toMatch(/veiligheidsplan lint\.+\(no files to check\)Skipped/);
    expect(partly.committed).toBe(true);
  }, 600_000);

  it("the repo: local hook of docs/cli.md installs the CLI itself (language: node)", () => {
    const docs = readFileSync(join(root, "docs/cli.md"), "utf8");
    const block = /```yaml\n(# \.pre-commit-config\.yaml without Node packages[^]*?)```/.exec(docs)?.[1];
    expect(block, "docs/cli.md has the repo: local example").toBeDefined();
    // The published package name, replaced by the tarball until it is published.
    const config = block!.replace(/"@veiligheidsplan\/cli@[^"]+"/, JSON.stringify(tarball)) + `        args: [--today, "2026-06-01"]\n`;
    const dir = project("local", config, false);
    const refused = commit(dir, { "plan.veiligheidsplan": bad });
    expect(refused.out).toContain("plan.veiligheidsplan");
    expect(refused.committed).toBe(false);
    expect(commit(dir, { "plan.veiligheidsplan": good }).committed).toBe(true);
  }, 600_000);
});
