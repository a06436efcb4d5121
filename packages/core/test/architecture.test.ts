/**
 * The invariants docs/architecture.md states about the packages' rooms and boundaries (issue 13), held
 * as a test so that they stay true: core is platform-neutral, rules write no locale text, packages
 * import each other only as packages, and long files say why they are long.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(join(root, dir)).flatMap((name) => {
    const p = join(dir, name);
    return statSync(join(root, p)).isDirectory() ? files(p) : /\.(ts|mts)$/.test(name) ? [p] : [];
  });
const imports = (file: string) => [...readFileSync(join(root, file), "utf8").matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((m) => m[1]!);

describe("package boundaries", () => {
  it("core imports no Node module and no other package of this repository (it runs in a browser)", () => {
    for (const f of files("packages/core/src")) {
      for (const spec of imports(f)) {
        expect(spec.startsWith("node:") || spec.startsWith("@veiligheidsplan/"), `${f} imports ${spec}`).toBe(false);
      }
    }
  });

  it("the CLI, the server and the extension import other packages as packages, never their sources", () => {
    for (const pkg of ["cli", "language-server", "vscode"]) {
      for (const f of files(`packages/${pkg}/src`)) {
        for (const spec of imports(f)) expect(/\.\.\/\.\.\/[a-z-]+\/src\//.test(spec) || spec.includes("core/src"), `${f} imports ${spec}`).toBe(false);
      }
    }
  });

  it("nothing depends back up: core on nothing here, the server and CLI on core only", () => {
    const deps = (pkg: string) => Object.keys((JSON.parse(readFileSync(join(root, `packages/${pkg}/package.json`), "utf8")) as { dependencies?: Record<string, string> }).dependencies ?? {});
    expect(deps("core").filter((d) => d.startsWith("@veiligheidsplan/"))).toEqual([]);
    expect(deps("cli").filter((d) => d.startsWith("@veiligheidsplan/"))).toEqual(["@veiligheidsplan/core"]);
    expect(deps("language-server").filter((d) => d.startsWith("@veiligheidsplan/"))).toEqual(["@veiligheidsplan/core"]);
  });
});

describe("texts apart from logic", () => {
  it("no rule imports the message catalog or fills a separate English field", () => {
    for (const f of files("packages/core/src/rules")) {
      const text = readFileSync(join(root, f), "utf8");
      expect(imports(f).some((s) => s.includes("messages/")), f).toBe(false);
      expect(text, f).not.toMatch(/\b[a-z]\w*En\s*:/);
    }
  });
});

describe("one typed, located model", () => {
  it("rules read the front matter as typed located fields, not by string key from the YAML", () => {
    for (const f of files("packages/core/src/rules")) expect(readFileSync(join(root, f), "utf8"), f).not.toMatch(/metadata\.get\(/);
  });
});

describe("rooms a newcomer can read", () => {
  it("a source file over 330 lines says at its top why it is long", () => {
    const exempt = new Set<string>();
    for (const pkg of ["core", "cli", "language-server", "vscode"]) {
      for (const f of files(`packages/${pkg}/src`)) {
        const text = readFileSync(join(root, f), "utf8");
        if (exempt.has(relative(root, join(root, f))) || text.split("\n").length <= 330) continue;
        const header = /^\/\*\*[^]*?\*\//.exec(text)?.[0] ?? "";
        expect(header, `${f} has ${text.split("\n").length} lines and no reason at its top`).toMatch(/\b(long|longer|over \d{3} lines)\b/i);
      }
    }
  });
});
