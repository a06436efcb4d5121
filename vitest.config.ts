import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests import the sources; scenario tests that need the built artefacts run dist/ themselves.
    alias: {
      // The subpath first: an alias matches by prefix.
      "@veiligheidsplan/core/import": fileURLToPath(new URL("./packages/core/src/import/index.ts", import.meta.url)),
      "@veiligheidsplan/core/export": fileURLToPath(new URL("./packages/core/src/export/index.ts", import.meta.url)),
      "@veiligheidsplan/core": src("core"),
      "@veiligheidsplan/language-service": fileURLToPath(new URL("./packages/language-server/src/service/index.ts", import.meta.url)),
    },
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "bench/test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
