import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The language service must also run in a browser worker: no Node modules, no server library.
describe("the language service", () => {
  it("imports only core, the LSP types and its own modules", () => {
    const dir = new URL("../src/service/", import.meta.url);
    for (const file of readdirSync(dir)) {
      const text = readFileSync(new URL(file, dir), "utf8");
      for (const m of text.matchAll(/from\s+"([^"]+)"/g)) {
        expect([file, m[1]]).toSatisfy(([, spec]: [string, string]) => spec === "@veiligheidsplan/core" || spec === "@veiligheidsplan/core/internal" || spec === "vscode-languageserver-types" || spec.startsWith("./"));
      }
      expect(text, file).not.toMatch(/\b(process|require|Buffer)\s*[.(]/);
    }
  });
});
