import { defineConfig } from "tsup";

export default defineConfig({
  // The importer (`@veiligheidsplan/core/import`) and the workspace names (`/workspace`) are their own
  // entries, so that loading core never loads the importer, and the extension loads only the names.
  entry: { index: "src/index.ts", workspace: "src/workspace.ts", "import/index": "src/import/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
});
