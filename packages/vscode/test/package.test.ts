/**
 * Inspects the packaged extension (the .vsix that the build writes with vsce): what VS Code reads from
 * its manifest, that every file the manifest names is inside, that nothing else is (no node_modules,
 * sources or source maps), that the bundles need nothing but Node and VS Code, and its size.
 */
import { builtinModules } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { readVsix, type Vsix } from "./vsix.js";

interface Manifest {
  name: string;
  publisher: string;
  displayName: string;
  version: string;
  license: string;
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean | string }; virtualWorkspaces: { supported: boolean | string; description?: string } };
  contributes: {
    languages: { id: string; extensions: string[]; aliases: string[]; configuration: string }[];
    grammars: { language: string; scopeName: string; path: string; embeddedLanguages?: Record<string, string> }[];
    snippets: { language: string; path: string }[];
    configuration: { properties: Record<string, { type: string; enum?: string[]; default?: unknown; description?: string; markdownDescription?: string }> };
    commands: { command: string; title: string; category: string }[];
    jsonValidation: { fileMatch: string[]; url: string }[];
    yamlValidation: { fileMatch: string[]; url: string }[];
  };
}

/**
 * 1.5 MiB: the importer's bundle (dist/importer.js, loaded only by the import command) carries PDF.js
 * and brought the .vsix from under 1 MiB to 1.17 MiB (measured 1,195,324 bytes).
 */
const MAX_VSIX_BYTES = 1536 * 1024;

let vsix: Vsix;
let manifest: Manifest;
const file = (name: string) => vsix.files.get(`extension/${name.replace(/^\.\//, "")}`);
const text = (name: string) => file(name)?.toString("utf8");

beforeAll(async () => {
  vsix = await readVsix();
  manifest = JSON.parse(text("package.json") ?? "null") as Manifest;
});

describe("the .vsix manifest", () => {
  it("names the extension and the VS Code versions it runs on", () => {
    expect(manifest.name).toBe("veiligheidsplan-vscode");
    expect(manifest.publisher).toBe("veiligheidsplan");
    expect(manifest.displayName).toBe("Veiligheidsplan");
    expect(manifest.license).toBe("MIT");
    // vscode-languageclient 11 needs VS Code 1.91 or later.
    expect(manifest.engines.vscode).toBe("^1.91.0");
    expect(manifest.main).toBe("./dist/extension.js");
  });

  it("activates on a plan explicitly, and on a workspace that contains plans", () => {
    expect(manifest.activationEvents).toContain("onLanguage:veiligheidsplan");
    expect(manifest.activationEvents).toContain("workspaceContains:**/*.veiligheidsplan");
  });

  it("contributes the language, its grammar, language configuration and snippets", () => {
    const [language] = manifest.contributes.languages;
    expect(language).toMatchObject({ id: "veiligheidsplan", extensions: [".veiligheidsplan"] });
    expect(language!.aliases[0]).toBe("Veiligheidsplan");
    expect(manifest.contributes.grammars).toEqual([
      expect.objectContaining({ language: "veiligheidsplan", scopeName: "text.veiligheidsplan", embeddedLanguages: { "meta.embedded.block.frontmatter.veiligheidsplan": "yaml" } }),
    ]);
    expect(manifest.contributes.snippets).toEqual([expect.objectContaining({ language: "veiligheidsplan" })]);
  });

  it("contributes the settings the language server reads, with Dutch descriptions", () => {
    const props = manifest.contributes.configuration.properties;
    expect(Object.keys(props).sort()).toEqual(["veiligheidsplan.locale", "veiligheidsplan.rules", "veiligheidsplan.today", "veiligheidsplan.trace.server"]);
    expect(props["veiligheidsplan.locale"]).toMatchObject({ type: "string", enum: ["nl", "en"], default: "nl" });
    expect(props["veiligheidsplan.rules"]!.type).toBe("object");
    expect(props["veiligheidsplan.today"]!.type).toBe("string");
    expect(props["veiligheidsplan.trace.server"]).toMatchObject({ enum: ["off", "messages", "verbose"], default: "off" });
    for (const [key, p] of Object.entries(props)) {
      const description = p.markdownDescription ?? p.description ?? "";
      expect(description, key).toMatch(/\b(de|het|een)\b/);
    }
  });

  it("contributes the five commands, in Dutch, under the category Veiligheidsplan", () => {
    const byId = Object.fromEntries(manifest.contributes.commands.map((c) => [c.command, `${c.category}: ${c.title}`]));
    expect(byId).toEqual({
      "veiligheidsplan.lintWorkspace": "Veiligheidsplan: Controleer alle plannen in de werkruimte",
      "veiligheidsplan.newPlan": "Veiligheidsplan: Nieuw plan",
      "veiligheidsplan.importDocument": "Veiligheidsplan: Importeer uit Word/PDF…",
      "veiligheidsplan.openRuleDocs": "Veiligheidsplan: Open de uitleg van de regel",
      "veiligheidsplan.showReport": "Veiligheidsplan: Toon het rapport (voorbeeld naast de editor)",
    });
  });

  it("registers every contributed command in the bundled extension", () => {
    const code = text("dist/extension.js") ?? "";
    for (const { command } of manifest.contributes.commands) expect(code, command).toContain(`"${command}"`);
  });

  it("declares honestly what it supports: untrusted workspaces yes, virtual workspaces only in part", () => {
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
    expect(manifest.capabilities.virtualWorkspaces.supported).toBe("limited");
    expect(manifest.capabilities.virtualWorkspaces.description).toMatch(/schijf/);
  });

  it("validates the config files against core's schema, shipped inside", () => {
    expect(manifest.contributes.jsonValidation[0]!.fileMatch).toEqual([".veiligheidsplanrc.json", "veiligheidsplan.config.json"]);
    expect(manifest.contributes.yamlValidation[0]!.fileMatch).toEqual([".veiligheidsplanrc.yaml", ".veiligheidsplanrc.yml"]);
    const schema = JSON.parse(text(manifest.contributes.jsonValidation[0]!.url) ?? "null") as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["locale", "rules", "root"]));
  });
});

describe("the files in the .vsix", () => {
  it("holds every file the manifest refers to", () => {
    const referenced = [
      manifest.main,
      "dist/server.js",
      ...manifest.contributes.grammars.map((g) => g.path),
      ...manifest.contributes.languages.map((l) => l.configuration),
      ...manifest.contributes.snippets.map((s) => s.path),
      ...manifest.contributes.jsonValidation.map((j) => j.url),
    ];
    for (const name of referenced) expect(file(name), name).toBeDefined();
  });

  it("holds only the bundles, the language files, the schema, README and LICENSE", () => {
    const names = vsix.entries.map((e) => e.name).filter((n) => n.startsWith("extension/") && !n.endsWith("/"));
    expect(names.sort()).toEqual(
      [
        "extension/LICENSE.txt",
        "extension/dist/extension.js",
        "extension/dist/server.js",
        "extension/dist/report.js",
        "extension/dist/importer.js",
        "extension/language-configuration.json",
        "extension/package.json",
        "extension/readme.md",
        "extension/schema/config.schema.json",
        "extension/snippets/veiligheidsplan.code-snippets",
        "extension/syntaxes/veiligheidsplan.tmLanguage.json",
      ].sort(),
    );
    expect(names.some((n) => n.includes("node_modules"))).toBe(false);
  });

  it("bundles everything: the code needs only Node's own modules and VS Code", () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    for (const bundle of ["dist/extension.js", "dist/server.js", "dist/report.js", "dist/importer.js"]) {
      const code = text(bundle) ?? "";
      const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
      const foreign = [...new Set(required)].filter((m) => !builtins.has(m) && !(bundle === "dist/extension.js" && m === "vscode"));
      expect(foreign, bundle).toEqual([]);
    }
    expect(text("dist/extension.js")).toMatch(/require\(["']vscode["']\)/);
    expect(text("dist/server.js")).not.toMatch(/require\(["']vscode["']\)/);
  });

  it("ships valid JSON for the grammar, the language configuration and the snippets", () => {
    const grammar = JSON.parse(text("syntaxes/veiligheidsplan.tmLanguage.json")!) as { scopeName: string };
    expect(grammar.scopeName).toBe("text.veiligheidsplan");
    const config = JSON.parse(text("language-configuration.json")!) as { comments: { blockComment: string[] } };
    expect(config.comments.blockComment).toEqual(["<!--", "-->"]);
    const snippets = JSON.parse(text("snippets/veiligheidsplan.code-snippets")!) as Record<string, { prefix: string[]; body: string[] }>;
    expect(Object.keys(snippets)).toEqual(expect.arrayContaining(["Nieuw veiligheidsplan", "Thema", "Pijlers", "Begrotingstabel", "Toelichting"]));
  });

  it("shows the Dutch README on the marketplace page", () => {
    expect(text("readme.md")).toMatch(/^# Veiligheidsplan voor Visual Studio Code/);
  });

  it(`stays small: under ${MAX_VSIX_BYTES / 1024} KiB`, () => {
    // The measured size, for the report: vitest prints it with --reporter=verbose.
    console.info(`vsix size: ${vsix.bytes} bytes (${(vsix.bytes / 1024).toFixed(0)} KiB)`);
    expect(vsix.bytes).toBeLessThan(MAX_VSIX_BYTES);
  });
});
