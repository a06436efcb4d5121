#!/usr/bin/env node
/**
 * What a web page pays for core: a browser bundle (esbuild, minified, ES module) of one export at a
 * time, as a developer's bundler would make it from `import { lint } from "@veiligheidsplan/core"`.
 *   node release/bundle-size.mjs            sizes of `lint` and `parse`, and what weighs most in them
 *   node release/bundle-size.mjs lintEffect  any other exports, comma-separated
 * Built from core's sources (as the published dist is built from them, by the same esbuild).
 */
import { build } from "esbuild";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// VP_CORE_SRC measures another checkout (say, main before a change) with the same script.
const core = process.env.VP_CORE_SRC ? resolve(process.env.VP_CORE_SRC) : join(root, "packages/core/src/index.ts");

/** Minified and gzipped bytes of a browser bundle of `names`, and the bytes per package or core folder. */
export async function measure(names) {
  const r = await build({
    stdin: { contents: `export { ${names.join(", ")} } from ${JSON.stringify(core)};`, resolveDir: dirname(core), loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    outfile: "bundle.js",
    metafile: true,
    logLevel: "silent",
  });
  const out = r.outputFiles.find((f) => f.path.endsWith(".js")).contents;
  const parts = {};
  for (const [file, input] of Object.entries(r.metafile.outputs[Object.keys(r.metafile.outputs).find((k) => k.endsWith(".js"))].inputs)) {
    parts[groupOf(file)] = (parts[groupOf(file)] ?? 0) + input.bytesInOutput;
  }
  return { minified: out.length, gzipped: gzipSync(out, { level: 9 }).length, parts, inputs: Object.keys(r.metafile.inputs).map((f) => relative(root, resolve(root, f))) };
}

/** `effect/Schema`, `yaml`, `core/rules`: what a byte count is grouped under. */
function groupOf(file) {
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\/(?:dist\/)?([^/]+)/.exec(file);
  if (m) return m[1] === "effect" ? `effect/${m[2].replace(/\.js$/, "")}` : m[1];
  const c = /packages\/core\/src\/([^/]+)/.exec(file);
  return c ? `core/${c[1].replace(/\.ts$/, "")}` : file;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sets = process.argv[2] ? [process.argv[2].split(",")] : [["lint"], ["parse"]];
  for (const names of sets) {
    const m = await measure(names);
    console.log(`${names.join(", ")}: ${kb(m.minified)} minified, ${kb(m.gzipped)} gzipped`);
    for (const [part, bytes] of Object.entries(m.parts).sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${kb(bytes).padStart(9)}  ${part}`);
  }
}
