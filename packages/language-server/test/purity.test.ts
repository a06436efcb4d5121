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

// Every text the server shows comes from core's catalog (languageServer.*): no nl/en pairs here.
describe("the language server's sources", () => {
  it("hold no Dutch/English text pairs", () => {
    const files: URL[] = [];
    const walk = (dir: URL) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(new URL(`${e.name}/`, dir));
        else if (e.name.endsWith(".ts")) files.push(new URL(e.name, dir));
      }
    };
    walk(new URL("../src/", import.meta.url));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(readFileSync(f, "utf8"), f.pathname).not.toMatch(/\bnl:\s*["'`]/);
  });

  it("and the server's parts do not import Node, so the browser build can use them", () => {
    const dir = new URL("../src/server/", import.meta.url);
    for (const file of readdirSync(dir)) {
      const text = readFileSync(new URL(file, dir), "utf8");
      expect(text, file).not.toMatch(/from\s+"node:|vscode-languageserver\/node/);
    }
  });
});
