import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

export default defineConfig([
  {
    // The server and its command, bundled with core and the LSP libraries so that it starts fast and
    // needs no node_modules next to it (the VS Code extension ships this file as is).
    entry: { server: "src/server.ts", bin: "src/bin.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    noExternal: [/.*/],
    splitting: false,
    sourcemap: true,
    clean: true,
    dts: { entry: { server: "src/server.ts" } },
    define: { __VERSION__: JSON.stringify(version) },
    // Core from its source, so the bundle never picks up a stale core build.
    esbuildOptions(options) {
      options.alias = {
        "@veiligheidsplan/core/internal": fileURLToPath(new URL("../core/src/internal.ts", import.meta.url)),
        "@veiligheidsplan/core": fileURLToPath(new URL("../core/src/index.ts", import.meta.url)),
      };
    },
    // vscode-languageserver is CommonJS and requires Node built-ins; an ES module bundle needs `require`.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  },
  {
    // The server for a browser web worker (the web extension's worker): everything bundled, no Node.
    entry: { browser: "src/browser.ts" },
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    noExternal: [/.*/],
    splitting: false,
    sourcemap: true,
    define: { __VERSION__: JSON.stringify(version) },
    esbuildOptions(options) {
      options.alias = {
        "@veiligheidsplan/core/internal": fileURLToPath(new URL("../core/src/internal.ts", import.meta.url)),
        "@veiligheidsplan/core": fileURLToPath(new URL("../core/src/index.ts", import.meta.url)),
      };
      options.mainFields = ["browser", "module", "main"];
      options.conditions = ["browser"];
    },
  },
  {
    // The language service alone, platform-neutral, for a browser worker; its dependencies stay imports.
    entry: { service: "src/service/index.ts" },
    format: ["esm"],
    platform: "neutral",
    target: "es2022",
    sourcemap: true,
    dts: true,
    external: ["@veiligheidsplan/core", "@veiligheidsplan/core/internal", "vscode-languageserver-types"],
  },
]);
