import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

const serverPackage = JSON.parse(readFileSync(new URL("../language-server/package.json", import.meta.url), "utf8")) as { version: string };
const coreSource = fileURLToPath(new URL("../core/src/index.ts", import.meta.url));
const coreInternalSource = fileURLToPath(new URL("../core/src/internal.ts", import.meta.url));
const serverSource = fileURLToPath(new URL("../language-server/src/server.ts", import.meta.url));

// Both bundles are CommonJS for VS Code's Node (20 since VS Code 1.90) and carry all their
// dependencies, so that the .vsix needs no node_modules.
export default defineConfig([
  {
    entry: { extension: "src/extension.ts" },
    format: ["cjs"],
    platform: "node",
    target: "node20",
    external: ["vscode"],
    noExternal: [/^(?!vscode$).*/],
    sourcemap: true,
    minify: true,
    clean: false,
    outDir: "dist",
  },
  {
    // Core for the report preview, loaded by the extension only when a preview opens.
    entry: { report: "src/report-main.ts" },
    format: ["cjs"],
    platform: "node",
    target: "node20",
    noExternal: [/.*/],
    sourcemap: true,
    minify: true,
    clean: false,
    outDir: "dist",
    esbuildOptions(options) {
      options.alias = { ...options.alias, "@veiligheidsplan/core/internal": coreInternalSource, "@veiligheidsplan/core": coreSource };
    },
  },
  {
    // The importer and its document readers, loaded by the extension only when the import command runs.
    entry: { importer: "src/import-main.ts" },
    format: ["cjs"],
    platform: "node",
    target: "node20",
    noExternal: [/.*/],
    sourcemap: false,
    minify: true,
    clean: false,
    outDir: "dist",
    esbuildOptions(options) {
      options.alias = {
        ...options.alias,
        "@veiligheidsplan/core/import": fileURLToPath(new URL("../core/src/import/index.ts", import.meta.url)),
        "@veiligheidsplan/core": coreSource,
      };
    },
  },
  {
    // The language server, built from its sources (and core's), not from their dist/ folders.
    entry: { server: "src/server-main.ts" },
    format: ["cjs"],
    platform: "node",
    target: "node20",
    noExternal: [/.*/],
    sourcemap: true,
    minify: true,
    clean: false,
    outDir: "dist",
    define: { __VERSION__: JSON.stringify(serverPackage.version) },
    esbuildOptions(options) {
      options.alias = { ...options.alias, "@veiligheidsplan/language-server": serverSource, "@veiligheidsplan/core/internal": coreInternalSource, "@veiligheidsplan/core": coreSource };
    },
  },
  {
    // VS Code for the web: the extension for the browser's extension host (CommonJS, as VS Code loads it).
    entry: { "web/extension": "src/web/extension.ts" },
    format: ["cjs"],
    platform: "browser",
    target: "es2022",
    external: ["vscode"],
    noExternal: [/^(?!vscode$).*/],
    sourcemap: true,
    minify: true,
    clean: false,
    outDir: "dist",
    esbuildOptions(options) {
      options.mainFields = ["browser", "module", "main"];
      options.conditions = ["browser"];
    },
  },
  {
    // ... and its language server, the language server's browser build, as a classic worker script.
    entry: { "web/server": "../language-server/src/browser.ts" },
    format: ["iife"],
    outExtension: () => ({ js: ".js" }),
    platform: "browser",
    target: "es2022",
    noExternal: [/.*/],
    sourcemap: true,
    minify: true,
    clean: false,
    outDir: "dist",
    define: { __VERSION__: JSON.stringify(serverPackage.version) },
    esbuildOptions(options) {
      options.alias = { ...options.alias, "@veiligheidsplan/core/internal": coreInternalSource, "@veiligheidsplan/core": coreSource };
      options.mainFields = ["browser", "module", "main"];
      options.conditions = ["browser"];
    },
  },
]);
