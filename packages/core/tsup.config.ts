import { defineConfig } from "tsup";

export default defineConfig({
  // The importer and the Word export are entries of their own (`@veiligheidsplan/core/import`, `/export`),
  // so that loading core never loads them.
  entry: { index: "src/index.ts", "import/index": "src/import/index.ts", "export/index": "src/export/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
});
