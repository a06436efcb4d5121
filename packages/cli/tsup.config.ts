import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

const shared: Options = {
  target: "node20",
  platform: "node",
  bundle: true,
  // Everything (core, effect, yaml, yargs) goes into dist: the installed CLI reads three local files.
  noExternal: [/.*/],
  sourcemap: false,
  minify: process.env.NO_MINIFY !== "1",
  define: { __CLI_VERSION__: JSON.stringify(pkg.version) },
  esbuildOptions(options) {
    // Build against core's sources, so the CLI never lags behind a stale core dist.
    options.alias = {
      "@veiligheidsplan/core/import": fileURLToPath(new URL("../core/src/import/index.ts", import.meta.url)),
      "@veiligheidsplan/core/export": fileURLToPath(new URL("../core/src/export/index.ts", import.meta.url)),
      "@veiligheidsplan/core/internal": fileURLToPath(new URL("../core/src/internal.ts", import.meta.url)),
      "@veiligheidsplan/core": fileURLToPath(new URL("../core/src/index.ts", import.meta.url)),
    };
  },
};

export default defineConfig([
  {
    ...shared,
    // The command line (yargs) and the engine (the commands with core), run by the launcher with V8's code cache.
    entry: { main: "src/main.ts", engine: "src/engine.ts", convert: "src/convert.ts" },
    format: ["cjs"],
    outExtension: () => ({ js: ".cjs" }),
    splitting: false,
    clean: false,
    // Bundled ES modules (yargs) read import.meta.url; in CommonJS it comes from __filename.
    define: { ...shared.define, "import.meta.url": "__importMetaUrl" },
    banner: { js: "var __importMetaUrl=require('url').pathToFileURL(__filename).href;" },
  },
  {
    ...shared,
    entry: { cli: "src/launcher.ts" },
    format: ["esm"],
    clean: false,
  },
]);
