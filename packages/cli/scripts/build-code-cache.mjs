// Writes V8's code cache next to the bundles (dist/*.cjs.v8cache) after a sample run: a new plan from
// the template is linted and formatted, so the cache holds the functions such a run compiles. The
// launcher (src/launcher.ts) uses the cache when it matches the running V8, and ignores it otherwise.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const cli = join(dist, "cli.js");
const dir = mkdtempSync(join(tmpdir(), "veiligheidsplan-cache-"));
const run = (args, env = {}) => {
  try {
    execFileSync(process.execPath, [cli, ...args], { cwd: dir, env: { ...process.env, ...env }, stdio: "pipe" });
  } catch (e) {
    // Exit code 1 (findings in the sample) is fine; anything else is a broken build.
    if (e.status !== 1) throw new Error(`build-code-cache: '${args.join(" ")}' failed: ${e.stderr}`);
  }
};
try {
  run(["init", "plan.veiligheidsplan", "--gemeente", "Voorbeeldstad", "--today", "2026-01-01"]);
  run(["lint", "--format", "stylish", "--fix-dry-run", "plan.veiligheidsplan"], { VEILIGHEIDSPLAN_WRITE_CODE_CACHE: "1" });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const name of ["main.cjs", "engine.cjs"]) {
  const file = join(dist, `${name}.v8cache`);
  if (!existsSync(file)) throw new Error(`build-code-cache: ${file} was not written`);
  console.log(`build-code-cache: ${name}.v8cache (${Math.round(statSync(file).size / 1024)} KB)`);
}
