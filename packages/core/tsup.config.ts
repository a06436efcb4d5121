import { defineConfig } from "tsup";

export default defineConfig({
  // The importer and the Word export (`@veiligheidsplan/core/import`, `/export`), the workspace names
  // (`/workspace`) and what the CLI and server use besides the public API (`/internal`) are their own
  // entries, so that loading core never loads the importer or the Word writer, and the extension loads
  // only the names.
  entry: { index: "src/index.ts", internal: "src/internal.ts", workspace: "src/workspace.ts", "import/index": "src/import/index.ts", "export/index": "src/export/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
});
