import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests import the sources; scenario tests that need the built artefacts run dist/ themselves.
    alias: [
      // The subpaths first.
      { find: /^@veiligheidsplan\/core\/import$/, replacement: fileURLToPath(new URL("./packages/core/src/import/index.ts", import.meta.url)) },
      { find: /^@veiligheidsplan\/core\/export$/, replacement: fileURLToPath(new URL("./packages/core/src/export/index.ts", import.meta.url)) },
      { find: /^@veiligheidsplan\/core\/(workspace|internal)$/, replacement: fileURLToPath(new URL("./packages/core/src/$1.ts", import.meta.url)) },
      { find: /^@veiligheidsplan\/core$/, replacement: src("core") },
      { find: /^@veiligheidsplan\/language-service$/, replacement: fileURLToPath(new URL("./packages/language-server/src/service/index.ts", import.meta.url)) },
    ],
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "bench/test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
