/**
 * What issue 19 asked of the editor, over real JSON-RPC on the Nijmegen plan: the budget's sums in
 * place (inlay hints, and a code lens for clients without them), updated as the writer types; the
 * themes of every plan in the workspace as symbols; "fix all" among the source actions.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CodeActionRequest,
  CodeLensRequest,
  InlayHintRequest,
  WorkspaceSymbolRequest,
  type CodeAction,
  type InlayHint,
  type SymbolInformation,
} from "vscode-languageserver-protocol/node";
import { examplePath, find, readExample, repoRoot } from "./helpers.js";
import { startTestServer, type TestClient } from "./lsp-client.js";

const nijmegen = readExample("nijmegen-2022-2026.veiligheidsplan");
const URI = `file://${examplePath("nijmegen-2022-2026.veiligheidsplan")}`;
const lines = nijmegen.split("\n");
const totaalLine = lines.findIndex((l) => l.startsWith("| **Totaal**"));
const label = (h: InlayHint) => (typeof h.label === "string" ? h.label : h.label.map((p) => p.value).join(""));
const amount = (s: string) => Number(s.trim().replace(/\./g, ""));

/** The column sums and totals as a reader computes them from the table's text. */
function expected(text: string): { sum: number; total: number }[] {
  const rows = text.split("\n");
  const end = rows.findIndex((l) => l.startsWith("| **Totaal**"));
  let start = end;
  while (/^\|\s*\d+\./.test(rows[start - 1] ?? "")) start--;
  const cells = (l: string) => l.split("|").slice(2, -1);
  return cells(rows[end]!).map((t, k) => ({ total: amount(t), sum: rows.slice(start, end).reduce((n, r) => n + amount(cells(r)[k]!), 0) }));
}
const fmt = (n: number) => `${n < 0 ? "-" : ""}${String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;

describe("the budget's sums in the editor", () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startTestServer({ initializationOptions: { debounceMs: 0, validateWorkspace: false }, workspaceFolders: [`${repoRoot}examples`] });
    await client.open(URI, nijmegen);
  });
  afterAll(async () => {
    await client?.stop();
  });
  const all = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };

  it("shows the sum and the difference after each total as an inlay hint", async () => {
    const hints = (await client.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri: URI }, range: all })) ?? [];
    const want = expected(nijmegen);
    expect(hints.map((h) => h.position.line)).toEqual(want.map(() => totaalLine));
    expect(hints.map(label)).toEqual(want.map((w) => (w.total === w.sum ? `som ${fmt(w.sum)} · klopt` : `som ${fmt(w.sum)} · verschil ${fmt(w.total - w.sum)}`)));
    // 2022: the lines add up to 6.706 and the table says 16.848, as the issue describes.
    expect(label(hints[0]!)).toBe("som 6.706 · verschil 10.142");
    // Each hint sits right after its amount.
    for (const h of hints) expect(lines[totaalLine]!.slice(0, h.position.character)).toMatch(/\d$/);
  });

  it("updates the hints as the writer types", async () => {
    const row = lines.findIndex((l) => l.includes("2. Brandweerzorg"));
    const at = { line: row, character: lines[row]!.indexOf("4.736") };
    await client.change(URI, 2, [{ range: { start: at, end: { line: at.line, character: at.character + 5 } }, text: "14.878" }]);
    const hints = (await client.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri: URI }, range: all })) ?? [];
    expect(label(hints[0]!)).toBe("som 16.848 · klopt");
    await client.change(URI, 3, [{ range: { start: at, end: { line: at.line, character: at.character + 6 } }, text: "4.736" }]);
  });

  it("shows the same in one code lens above the Totaal row (for clients without inlay hints)", async () => {
    const lenses = (await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: URI } })) ?? [];
    expect(lenses).toHaveLength(1);
    expect(lenses[0]!.range.start.line).toBe(totaalLine);
    expect(lenses[0]!.command?.title).toContain("2022: som 6.706 · verschil 10.142");
  });

  it("finds the themes of every plan in the workspace", async () => {
    const symbols = ((await client.conn.sendRequest(WorkspaceSymbolRequest.type, { query: "" })) ?? []) as SymbolInformation[];
    const files = new Set(symbols.map((s) => s.location.uri.replace(/.*\//, "")));
    expect(files).toEqual(new Set(["nijmegen-2022-2026.veiligheidsplan", "minimaal.veiligheidsplan", "rivierstede-2024-2027.veiligheidsplan"]));
    const ondermijning = ((await client.conn.sendRequest(WorkspaceSymbolRequest.type, { query: "ondermijn" })) ?? []) as SymbolInformation[];
    expect(ondermijning.length).toBeGreaterThan(0);
    expect(ondermijning.every((s) => /ondermijn/i.test(s.name))).toBe(true);
    expect(ondermijning.some((s) => s.location.uri === URI)).toBe(true);
  });

  it("offers fix-all among the source actions", async () => {
    // A status written with a typo has an automatic fix.
    const status = find(nijmegen, "status: voorstel", 8);
    await client.change(URI, 4, [{ range: { start: status, end: { line: status.line, character: status.character + 8 } }, text: "voorstl" }]);
    const at = find(nijmegen, "**Totaal**");
    const actions = ((await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: { start: at, end: at },
      context: { diagnostics: [], only: ["source"] },
    })) ?? []) as CodeAction[];
    expect(actions.map((a) => a.kind)).toContain("source.fixAll.veiligheidsplan");
    expect(actions.every((a) => a.kind?.startsWith("source"))).toBe(true);
  });
});
