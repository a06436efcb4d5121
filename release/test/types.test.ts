/**
 * Are the types wrong? `@arethetypeswrong/cli` on the packed tarballs: core must resolve to real types
 * under every module resolution a consumer may use (node10, node16 from CommonJS and from ES modules,
 * bundler), each format with its own declaration file; the language server is an ES module package and
 * is checked as one (`--profile esm-only`).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain ES module script without types
import { pack } from "../pack.mjs";

const root = resolve(__dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "vp-attw-"));
let tarballs: Record<string, string>;

beforeAll(() => {
  tarballs = pack(work);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function attw(tarball: string, ...flags: string[]) {
  const r = spawnSync(process.execPath, [join(root, "node_modules/@arethetypeswrong/cli/dist/index.js"), tarball, "--format", "json", ...flags], { encoding: "utf8", timeout: 300_000 });
  return { status: r.status, report: JSON.parse(r.stdout) as AttwReport, stderr: r.stderr };
}

interface AttwReport {
  /** By kind; empty when there is none. */
  problems: Record<string, { kind: string; entrypoint?: string; resolutionKind?: string }[]>;
  analysis: { entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string } }> }> };
}

describe("arethetypeswrong", () => {
  it("finds no problem in core, with CommonJS types for require and ES module types for import", () => {
    const { status, report } = attw(tarballs.core!);
    expect(report.problems).toEqual({});
    expect(status).toBe(0);
    const files = Object.fromEntries(Object.entries(report.analysis.entrypoints["."]!.resolutions).map(([kind, r]) => [kind, r.resolution?.fileName.replace(/.*\/dist\//, "")]));
    expect(files).toEqual({ node10: "index.d.cts", "node16-cjs": "index.d.cts", "node16-esm": "index.d.ts", bundler: "index.d.ts" });
  }, 300_000);

  it("finds no problem in the language server as an ES module package", () => {
    const { status, report } = attw(tarballs["language-server"]!, "--profile", "esm-only", "--exclude-entrypoints", "./bin", "./browser");
    // The JSON lists every resolution; the esm-only profile (and so the exit code) leaves out CommonJS and node10.
    const counted = Object.values(report.problems)
      .flat()
      .filter((p) => p.entrypoint !== "./bin" && p.entrypoint !== "./browser" && p.resolutionKind !== "node10" && p.resolutionKind !== "node16-cjs");
    expect(counted).toEqual([]);
    expect(status).toBe(0);
  }, 300_000);
});
