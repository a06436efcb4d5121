/**
 * Typing with the server's own (adaptive) timing, over real JSON-RPC: diagnostics arrive while the
 * writer types (not only when they stop, as with the old 150 ms debounce at 10 keys a second), never
 * for a version older than one already published, and the last version is always published.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { examplePath, find, readExample } from "./helpers.js";
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
