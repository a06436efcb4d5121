/**
 * The GitHub Action (action.yml): its step runs release/github-action.sh with the inputs as environment
 * variables. Here the script runs as the runner would run it, in a checkout without the CLI (npx installs
 * it from the tarball given as `package`) and in one with the CLI as a devDependency, and its output is
 * GitHub's workflow commands: one `::error file=…,line=…,col=…` per finding.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain ES module script without types
import { pack } from "../pack.mjs";

const root = resolve(__dirname, "../..");
// yaml is core's dependency, not the workspace root's.
const parseYaml = (createRequire(join(root, "packages/core/package.json"))("yaml") as typeof import("yaml")).parse;
const work = mkdtempSync(join(tmpdir(), "vp-action-"));
const script = join(root, "release/github-action.sh");
const plan = readFileSync(join(root, "examples/minimaal.veiligheidsplan"), "utf8");
let tarball = "";

beforeAll(() => {
  tarball = pack(join(work, "tarballs")).cli;
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
function step(cwd: string, inputs: Record<string, string>) {
  const r = spawnSync("bash", [script], { cwd, encoding: "utf8", timeout: 300_000, env: { ...cleanEnv, npm_config_cache: join(work, "npm-cache"), ...inputs } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function checkout(name: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, "plannen"), { recursive: true });
  writeFileSync(join(dir, "plannen/goed.veiligheidsplan"), plan);
  writeFileSync(join(dir, "plannen/fout.veiligheidsplan"), plan.replace("gemeente: Voorbeeldstad", "gemeente: "));
  return dir;
}

describe("the GitHub Action", () => {
  it("maps every input to the script through the environment, never into the script's text", () => {
    const action = parseYaml(readFileSync(join(root, "action.yml"), "utf8"));
    const run = action.runs.steps[0];
    expect(action.runs.using).toBe("composite");
    expect(run.run).toBe('bash "$GITHUB_ACTION_PATH/release/github-action.sh"');
    expect(Object.keys(run.env).sort()).toEqual(["VP_ARGS", "VP_PACKAGE", "VP_PATHS"]);
    for (const name of Object.keys(action.inputs)) expect(Object.values(run.env)).toContain(`\${{ inputs.${name} }}`);
  });

  it("without a CLI in the project: npx installs the given package, and findings become annotations", () => {
    const dir = checkout("zonder-cli");
    const r = step(dir, { VP_PATHS: "plannen", VP_ARGS: "--today 2026-06-01", VP_PACKAGE: tarball });
    expect(r.status).toBe(1);
    const annotations = r.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations.every((l) => l.includes("file=plannen/fout.veiligheidsplan"))).toBe(true);
    expect(annotations.some((l) => /^::error file=plannen\/fout\.veiligheidsplan,line=\d+,.*col=\d+.*::.*gemeente/i.test(l))).toBe(true);
  }, 300_000);

  it("with the CLI as a devDependency: that copy runs, and a clean plan passes", () => {
    const dir = checkout("met-cli");
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "met-cli", version: "1.0.0", private: true }));
    const installed = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--save-dev", tarball], { cwd: dir, encoding: "utf8", env: cleanEnv });
    expect(installed.status, installed.stderr).toBe(0);
    // A package that does not exist: were it used, npx would fail.
    const r = step(dir, { VP_PATHS: "plannen/goed.veiligheidsplan", VP_ARGS: "--today 2026-06-01", VP_PACKAGE: "@veiligheidsplan/bestaat-niet" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("::error"))).toEqual([]);
  }, 300_000);
});
