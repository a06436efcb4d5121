/**
 * The public surface under review: API Extractor compares core's built declarations (dist/index.d.ts)
 * with the report kept in the repository (etc/core.api.md), and the reference page (docs/api/core.md)
 * is compared with what the doc model gives now. A change to what core exports, or to a signature,
 * fails here until `npm run api` (in packages/core) has updated both, so that it shows in review.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const core = fileURLToPath(new URL("..", import.meta.url));
const extractor = fileURLToPath(new URL("../node_modules/@microsoft/api-extractor/bin/api-extractor", import.meta.url));
const HOW = "core's public API changed: run `npm run api` in packages/core, review and commit etc/core.api.md and docs/api/core.md";

describe("core's public API", () => {
  it("matches etc/core.api.md", () => {
    const r = spawnSync(process.execPath, [extractor, "run"], { cwd: core, encoding: "utf8", timeout: 300_000 });
    const out = `${r.stdout}${r.stderr}`;
    expect(out, HOW).toMatch(/API Extractor completed successfully/);
    expect(r.status, `${HOW}\n${out}`).toBe(0);
  }, 300_000);

  it("has an up-to-date reference page, docs/api/core.md", () => {
    const r = spawnSync(process.execPath, ["scripts/api-docs.mjs", "--check"], { cwd: core, encoding: "utf8" });
    expect(r.status, `${HOW}\n${r.stderr}`).toBe(0);
  }, 60_000);
});
