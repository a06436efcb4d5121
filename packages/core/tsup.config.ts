import { defineConfig } from "tsup";

export default defineConfig({
  // The importer is its own entry (`@veiligheidsplan/core/import`), so that loading core never loads it.
  entry: { index: "src/index.ts", "import/index": "src/import/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
});
