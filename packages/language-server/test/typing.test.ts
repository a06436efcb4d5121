/**
 * Typing with the server's own (adaptive) timing, over real JSON-RPC: diagnostics arrive while the
 * writer types (not only when they stop, as with the old 150 ms debounce at 10 keys a second), never
 * for a version older than one already published, and the last version is always published. And what
 * it publishes after edits (parsed with the parse before each: core's `previous`) is what it publishes
 * for the same text opened fresh.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { examplePath, find, positionAt, readExample } from "./helpers.js";
import { DocumentSymbolRequest } from "vscode-languageserver-protocol/node";
import { startTestServer, type TestClient } from "./lsp-client.js";

const nijmegen = readExample("nijmegen-2022-2026.veiligheidsplan");
const URI = `file://${examplePath("nijmegen-2022-2026.veiligheidsplan")}`;

describe("typing with the default timing", () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startTestServer({ initializationOptions: { validateWorkspace: false } });
    await client.open(URI, nijmegen);
    await client.waitForDiagnostics((d) => d.uri === URI && d.version === 1);
  });
  afterAll(async () => {
    await client?.stop();
  });

  it("publishes while the writer types, in order, ending with the last version", async () => {
    const start = find(nijmegen, "## Voorwoord");
    const keys = 40;
    const before = client.diagnostics.length;
    for (let i = 0; i < keys; i++) {
      await client.change(URI, i + 2, [{ range: { start: { line: start.line, character: 12 + i }, end: { line: start.line, character: 12 + i } }, text: "e" }]);
      await new Promise((r) => setTimeout(r, 40));
    }
    const last = keys + 1;
    await client.waitForDiagnostics((d) => d.uri === URI && d.version === last, 15_000);
    const versions = client.diagnostics.slice(before).filter((d) => d.uri === URI).map((d) => d.version ?? 0);
    expect(versions.at(-1)).toBe(last);
    // Never an older version after a newer one.
    for (let i = 1; i < versions.length; i++) expect(versions[i]).toBeGreaterThanOrEqual(versions[i - 1]!);
    // Checked during the typing, not only after it (a debounce longer than the 40 ms between keys gives one).
    expect(versions.filter((v) => v < last).length).toBeGreaterThan(1);
  });
});

describe("edits that change the plan's structure", () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startTestServer({ initializationOptions: { validateWorkspace: false, debounceMs: 0 } });
  });
  afterAll(async () => {
    await client?.stop();
  });

  it("publish the diagnostics and outline of the same text opened fresh", async () => {
    const uri = `file://${examplePath("getypt.veiligheidsplan")}`;
    await client.open(uri, nijmegen);
    await client.waitForDiagnostics((d) => d.uri === uri && d.version === 1);
    // Each edit: [where (text searched for), characters removed after it, text inserted].
    const edits: [string | RegExp, number, string][] = [
      ["## Voorwoord", 0, " en inleiding"],
      // The blank line between two paragraphs taken out: one paragraph of the two.
      [/\n## Missie en visie\n\n[^\n]+\n/, 1, ""],
      // A line of === under a paragraph: a setext heading of it.
      [/\n## Missie en visie\n\n[^\n]+\n/, 0, "===\n"],
      ["Thema 2", 7, "Thema 9"],
      ["### 1. ", 0, "Thema: "],
      ["## II. Financi", 0, "| a | b |\n|---|---|\n| 1 | 2 |\n\n"],
      ["RIEC", 4, "XYZQ"],
      ["Opgave", 6, "Opdracht"],
      ["artikel 38b", 11, "artikel 99"],
      ["## Voorwoord", 3, "#"],
    ];
    let text = nijmegen;
    let version = 1;
    for (const [at, remove, insert] of edits) {
      // A regex names the place after its match: there an edit changes what the block before it is.
      const m = typeof at === "string" ? undefined : at.exec(text);
      const i = m ? m.index + m[0].length : text.indexOf(at as string);
      expect(i, String(at)).toBeGreaterThanOrEqual(0);
      const range = { start: positionAt(text, i), end: positionAt(text, i + remove) };
      text = text.slice(0, i) + insert + text.slice(i + remove);
      await client.change(uri, ++version, [{ range, text: insert }]);
      const v = version;
      await client.waitForDiagnostics((d) => d.uri === uri && d.version === v);
    }
    const typed = client.diagnostics.filter((d) => d.uri === uri && d.version === version).at(-1)!;
    const freshUri = `file://${examplePath("vers.veiligheidsplan")}`;
    await client.open(freshUri, text);
    const fresh = await client.waitForDiagnostics((d) => d.uri === freshUri && d.version === 1);
    expect(typed.diagnostics.length).toBeGreaterThan(0);
    // Related information points into its own document: the one difference allowed.
    expect(JSON.parse(JSON.stringify(typed.diagnostics).replaceAll(uri, freshUri))).toEqual(fresh.diagnostics);
    // The outline shows the blocks as read: the paragraphs joined, the setext heading.
    const outline = (u: string) => client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: u } });
    const typedOutline = await outline(uri);
    expect(JSON.stringify(typedOutline)).toContain("De veiligheid van de burger");
    expect(typedOutline).toEqual(await outline(freshUri));
  });
});
