#!/usr/bin/env node
/**
 * Packs the three publishable packages into installable tarballs:
 *   node release/pack.mjs [out-dir]     (default: .packages/)
 * pnpm's pack rewrites `workspace:*` to the real version, which npm pack would leave in. Run after
 * `npm run build`; the tarballs hold dist/ as built. Prints one tarball path per line.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PUBLISHED = ["core", "cli", "language-server"];

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export function pack(outDir = join(root, ".packages")) {
  for (const p of PUBLISHED) {
    const dist = join(root, "packages", p, "dist");
    if (!existsSync(dist)) throw new Error(`packages/${p}/dist is missing: run 'npm run build' first`);
  }
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (f.endsWith(".tgz")) rmSync(join(outDir, f));
  const filters = PUBLISHED.flatMap((p) => ["--filter", `@veiligheidsplan/${p}`]);
  execFileSync("npx", ["-y", "pnpm@12.4.2", ...filters, "pack", "--pack-destination", outDir], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  return Object.fromEntries(PUBLISHED.map((p) => [p, join(outDir, `veiligheidsplan-${p}-${version(p)}.tgz`)]));
}

function version(p) {
  return JSON.parse(readFileSync(join(root, "packages", p, "package.json"), "utf8")).version;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = pack(process.argv[2] ? resolve(process.argv[2]) : undefined);
  for (const file of Object.values(out)) console.log(file);
}
