/**
 * The built server under abuse, over stdio: ten thousand rapid edits (three bursts, memory measured
 * between them), edits that point outside the document or at a document that is not open, a huge
 * paste, and notifications with nonsense params. After each it must still be up, answer the next
 * request on the right text, and publish the same diagnostics as for the same text typed calmly.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HoverRequest, type Diagnostic, type Hover, type MarkupContent } from "vscode-languageserver-protocol/node";
import { examplePath, find, readExample } from "./helpers.js";
import { rssMb, startTestServer, type TestClient } from "./lsp-client.js";

const nijmegen = readExample("nijmegen-2022-2026.veiligheidsplan");
const URI = `file://${examplePath("nijmegen-2022-2026.veiligheidsplan")}`;
const hoverText = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? "";
/** What a user sees of a diagnostic: where, which rule, what it says. */
const seen = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} ${typeof d.message === "string" ? d.message : ""}`).sort();


describe("the language server under abuse", () => {
  let client: TestClient;
  let version = 1;
  let baseline: string[];

  beforeAll(async () => {
    client = await startTestServer({ initializationOptions: { debounceMs: 20, validateWorkspace: false } });
    await client.open(URI, nijmegen, version);
    baseline = seen((await client.waitForDiagnostics((d) => d.uri === URI && d.version === version, 30_000)).diagnostics);
  }, 60_000);
  afterAll(async () => {
    await client?.stop();
  });

  /** Types `n` characters into the Voorwoord heading and deletes them again, one notification per key, without waiting. */
  async function burst(n: number): Promise<void> {
    const line = find(nijmegen, "## Voorwoord").line;
    for (let i = 0; i < n / 2; i++) void client.change(URI, ++version, [{ range: { start: { line, character: 12 + i }, end: { line, character: 12 + i } }, text: i % 7 === 6 ? " " : "e" }]);
    for (let i = n / 2 - 1; i >= 0; i--) void client.change(URI, ++version, [{ range: { start: { line, character: 12 + i }, end: { line, character: 13 + i } }, text: "" }]);
    const last = version;
    const p = await client.waitForDiagnostics((d) => d.uri === URI && d.version === last, 60_000, false);
    // The text is the original again, so the diagnostics are too.
    expect(seen(p.diagnostics)).toEqual(baseline);
  }

  it("stays up through 10,000 rapid edits (three times), answers correctly after, and its memory stays flat", async () => {
    expect(baseline.length).toBeGreaterThan(0);
    await burst(10_000);
    const after1 = rssMb(client.proc.pid);
    await burst(10_000);
    await burst(10_000);
    const after3 = rssMb(client.proc.pid);
    if (after1 !== undefined && after3 !== undefined) {
      console.info(`server RSS after 10,000 edits: ${after1.toFixed(0)} MB; after 30,000: ${after3.toFixed(0)} MB`);
      // Keeping every version of a 47 KB document would grow by about a gigabyte over 20,000 edits.
      expect(after3 - after1).toBeLessThan(60);
    }
    const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: find(nijmegen, "artikel 38b, eerste lid", 5) });
    expect(hoverText(h)).toContain("38b");
    expect(client.proc.exitCode).toBeNull();
  }, 180_000);

  it("ignores edits outside the document or to a document that is not open, and stays consistent", async () => {
    // Out of range: LSP says clamp; whatever the server does, it must not crash and must stay in step with the client.
    await client.change(`${URI}.niet-open`, 1, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "x" }]);
    await client.conn.sendNotification("textDocument/didChange", { textDocument: { uri: URI } });
    await client.conn.sendNotification("textDocument/didChange", null);
    await client.conn.sendNotification("textDocument/didOpen", { textDocument: { uri: 42 } });
    await client.conn.sendNotification("$/setTrace", { value: ["niet", "geldig"] });
    // Replace the whole document (a full-text change), so client and server agree again, then check the answer.
    await client.change(URI, ++version, [{ text: nijmegen }]);
    const last = version;
    const p = await client.waitForDiagnostics((d) => d.uri === URI && d.version === last, 30_000, false);
    expect(seen(p.diagnostics)).toEqual(baseline);
    const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: find(nijmegen, "artikel 38b, eerste lid", 5) });
    expect(hoverText(h)).toContain("38b");
  }, 60_000);

  it("takes a 5 MB paste and its undo, and gives the original diagnostics back", async () => {
    const line = find(nijmegen, "## Voorwoord").line + 1;
    const paste = "Geplakte tekst zonder einde. ".repeat(180_000);
    await client.change(URI, ++version, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: paste }]);
    const pasted = version;
    await client.waitForDiagnostics((d) => d.uri === URI && d.version === pasted, 60_000, false);
    await client.change(URI, ++version, [{ range: { start: { line, character: 0 }, end: { line, character: paste.length } }, text: "" }]);
    const undone = version;
    const p = await client.waitForDiagnostics((d) => d.uri === URI && d.version === undone, 60_000, false);
    expect(seen(p.diagnostics)).toEqual(baseline);
    expect(client.proc.exitCode).toBeNull();
  }, 120_000);
});
