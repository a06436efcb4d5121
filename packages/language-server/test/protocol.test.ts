/**
 * The built server over stdio, spoken to in real JSON-RPC (vscode-languageserver-protocol's client
 * side): the lifecycle, diagnostics as the plan is edited, every request an editor makes, and abuse.
 */
import { formatText } from "@veiligheidsplan/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CancellationTokenSource,
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokensRequest,
  ShowDocumentRequest,
  type CompletionList,
  type Hover,
  type Location,
  type MarkupContent,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver-protocol/node";
import { applyEdits, examplePath, find, readExample } from "./helpers.js";
import { eventually, RawSession, startTestServer, type TestClient } from "./lsp-client.js";

const nijmegen = readExample("nijmegen-2022-2026.veiligheidsplan");
const URI = `file://${examplePath("nijmegen-2022-2026.veiligheidsplan")}`;
const pos = (needle: string, delta = 0, nth = 0) => find(nijmegen, needle, delta, nth);
const hoverText = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? "";
/** LSP 3.18 allows Markdown messages; this server sends plain strings. */
const msg = (d: { message: string | MarkupContent }) => (typeof d.message === "string" ? d.message : d.message.value);
const docEdits = (e: WorkspaceEdit | null) => (e?.documentChanges ?? []).flatMap((c) => ("edits" in c ? (c.edits as TextEdit[]) : []));

describe("the language server over stdio", () => {
  let client: TestClient;

  beforeAll(async () => {
    client = await startTestServer({ initializationOptions: { debounceMs: 20, validateWorkspace: false, reportTiming: true, settings: { docsBaseUrl: "https://docs.example.org/veiligheidsplan/docs/rules/" } } });
    await client.open(URI, nijmegen);
  });
  afterAll(async () => {
    await client?.stop();
  });

  it("initializes with the capabilities the client can use", async () => {
    const caps = client.initializeResult.capabilities;
    expect(client.initializeResult.serverInfo?.name).toBe("veiligheidsplan-language-server");
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(caps.renameProvider).toEqual({ prepareProvider: true });
    expect(caps.codeActionProvider).toMatchObject({ codeActionKinds: ["quickfix", "source.fixAll.veiligheidsplan"] });
    expect(caps.semanticTokensProvider).toMatchObject({ full: true, range: true });
    for (const k of ["hoverProvider", "completionProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider", "foldingRangeProvider", "documentFormattingProvider", "documentRangeFormattingProvider"] as const) {
      expect(caps[k], k).toBeTruthy();
    }
    // It watches plan and config files, because the client can.
    await eventually(() => client.registrations.length > 0);
    expect(JSON.stringify(client.registrations)).toContain("**/*.veiligheidsplan");
  });

  it("publishes the budget errors of the Nijmegen plan, in Dutch, with the rule's page and related locations", async () => {
    const p = await client.waitForDiagnostics((d) => d.uri === URI && d.version === 1);
    const total2022 = p.diagnostics.find((d) => msg(d).includes("6.706") && msg(d).includes("16.848"));
    expect(total2022, JSON.stringify(p.diagnostics.map(msg), null, 1)).toBeDefined();
    expect(total2022!.severity).toBe(1);
    expect(total2022!.source).toBe("veiligheidsplan");
    expect(total2022!.codeDescription?.href).toMatch(/^https:\/\/.*docs\/rules\/.+\.md$/);
    expect(total2022!.range.start.line).toBe(pos("| **Totaal**").line);
    expect(total2022!.relatedInformation?.length).toBeGreaterThan(0);
    // 2023–2026: each column is 142 short.
    expect(p.diagnostics.filter((d) => /\b142\b/.test(msg(d))).length).toBeGreaterThanOrEqual(1);
  });

  it("reports the server time of each validation when asked to (for benchmarks)", async () => {
    const timing = (await eventually(() => client.notifications.find((n) => n.method === "veiligheidsplan/validated"))) as { params: { uri: string; durationMs: number } };
    expect(timing?.params.uri).toBe(URI);
    expect(timing!.params.durationMs).toBeGreaterThan(0);
  });

  it("answers hover on a citation with the article", async () => {
    const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: pos("artikel 3a Wet veiligheidsregio's", 9) });
    expect(hoverText(h)).toContain("brandweerzorg");
    expect(hoverText(h)).toContain("https://wetten.overheid.nl/jci1.3:c:BWBR0027466&artikel=3a");
  });

  it("answers completion, definition and references", async () => {
    const c = (await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: pos("status: voorstel", 8) })) as CompletionList;
    expect(c.items.map((i) => i.label)).toEqual(["concept", "voorstel", "vastgesteld"]);
    const def = (await client.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: URI }, position: pos("(Thema 4 — Zorg & Veiligheid)", 8) })) as Location[];
    expect(def[0]!.range.start.line).toBe(pos("### 4. Zorg & Veiligheid").line);
    const refs = (await client.conn.sendRequest(ReferencesRequest.type, { textDocument: { uri: URI }, position: pos("### 4. Zorg & Veiligheid", 9), context: { includeDeclaration: true } }))!;
    expect(refs.length).toBeGreaterThanOrEqual(3);
  });

  it("answers symbols, folding, links and semantic tokens", async () => {
    const symbols = await client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } });
    expect(JSON.stringify(symbols)).toContain("Begroting");
    const folds = await client.conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: URI } });
    expect(folds!.length).toBeGreaterThan(20);
    const links = await client.conn.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: URI } });
    expect(links!.some((l) => l.target === "https://wetten.overheid.nl/jci1.3:c:BWBR0031788&artikel=38b&lid=1")).toBe(true);
    const tokens = await client.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } });
    expect(tokens!.data.length % 5).toBe(0);
    expect(tokens!.data.length).toBeGreaterThan(100);
  });

  it("renames a theme everywhere, and says why it will not rename through the number", async () => {
    const at = pos("### 4. Zorg & Veiligheid", 9);
    const prepared = await client.conn.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: URI }, position: at });
    expect(prepared).toMatchObject({ placeholder: "Zorg & Veiligheid" });
    const edit = await client.conn.sendRequest(RenameRequest.type, { textDocument: { uri: URI }, position: at, newName: "Zorg en veiligheid" });
    const out = applyEdits(nijmegen, docEdits(edit));
    expect(out).toContain("### 4. Zorg en veiligheid");
    expect(out).toContain("(Thema 4 — Zorg en veiligheid)");
    expect(out).not.toContain("Thema 4 - Zorg & Veiligheid");
    await expect(client.conn.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: URI }, position: pos("### 4. Zorg & Veiligheid", 4) })).rejects.toMatchObject({
      message: expect.stringContaining("titel"),
    });
  });

  it("offers code actions for a diagnostic, and opens the rule's page through the client", async () => {
    const p = await client.waitForDiagnostics((d) => d.uri === URI);
    const d = p.diagnostics.find((x) => msg(x).includes("16.848"))!;
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } }))!;
    const titles = actions.map((a) => a.title);
    expect(titles.some((t) => /voor deze (regel|tabel)/.test(t))).toBe(true);
    expect(titles.some((t) => t.includes("voor dit hele plan"))).toBe(true);
    const open = actions.find((a) => "command" in a && a.command && typeof a.command === "object" && a.command.command === "veiligheidsplan.openRuleDocs")!;
    expect(open).toBeDefined();
    const shown: string[] = [];
    const sub = client.conn.onRequest(ShowDocumentRequest.type, (params) => {
      shown.push(params.uri);
      return { success: true };
    });
    const cmd = (open as { command: { command: string; arguments: unknown[] } }).command;
    await client.conn.sendRequest(ExecuteCommandRequest.type, { command: cmd.command, arguments: cmd.arguments });
    sub.dispose();
    expect(shown).toEqual([d.codeDescription!.href]);
  });

  it("formats to the formatter's output", async () => {
    const edits = (await client.conn.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: URI }, options: { tabSize: 2, insertSpaces: true } }))!;
    expect(applyEdits(nijmegen, edits)).toBe(formatText(nijmegen, { today: new Date().toISOString().slice(0, 10) }).output);
  });

  it("gives fresh diagnostics after an incremental edit, for the new version", async () => {
    // Brandweerzorg 2022 as the budget meant it: 4.736 → 14.736.
    const row = nijmegen.split("\n").find((l) => /^\|\s*\d+\.\s*Brandweerzorg/.test(l))!;
    const at = pos(row, row.indexOf("4.736"));
    await client.change(URI, 2, [{ range: { start: at, end: at }, text: "1" }]);
    const p = await client.waitForDiagnostics((d) => d.uri === URI && d.version === 2);
    const sum2022 = /(?<![\d.])6\.706/;
    expect(p.diagnostics.some((d) => sum2022.test(msg(d)))).toBe(false);
    expect(p.diagnostics.some((d) => msg(d).includes("16.706") && msg(d).includes("16.848"))).toBe(true);
    // Undo, and the old findings are back.
    await client.change(URI, 3, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: "" }]);
    const back = await client.waitForDiagnostics((d) => d.uri === URI && d.version === 3);
    expect(back.diagnostics.some((d) => sum2022.test(msg(d)))).toBe(true);
  });

  describe("abuse", () => {
    it("rejects malformed params with InvalidParams and keeps answering", async () => {
      await expect(client.conn.sendRequest(HoverRequest.type, {} as never)).rejects.toMatchObject({ code: -32602 });
      await expect(client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: "x" } } as never)).rejects.toMatchObject({ code: -32602 });
      const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: pos("artikel 3a Wet", 3) });
      expect(hoverText(h)).toContain("3a");
    });

    it("clamps positions out of range instead of failing", async () => {
      const far = { line: 1_000_000, character: 1_000_000 };
      await expect(client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: far })).resolves.toBeNull();
      const c = (await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: { line: -5, character: -9 } })) as CompletionList;
      expect(Array.isArray(c.items)).toBe(true);
      await expect(client.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: "file:///nergens.veiligheidsplan" }, position: far })).resolves.toBeNull();
    });

    it("answers an unknown method with MethodNotFound and stays up", async () => {
      await expect(client.conn.sendRequest("veiligheidsplan/bestaatNiet", { x: 1 })).rejects.toMatchObject({ code: -32601 });
      await client.conn.sendNotification("veiligheidsplan/ookNiet", { y: 2 });
      const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: pos("artikel 3a Wet", 3) });
      expect(hoverText(h)).toContain("3a");
    });

    it("survives 1,200 rapid edits, validates only the last version, and answers the next request on it", async () => {
      const before = client.diagnostics.length;
      const line = pos("## Voorwoord").line;
      // Type 600 characters into the Voorwoord heading, then delete them again, one edit per character.
      let version = 3;
      for (let i = 0; i < 600; i++) {
        void client.change(URI, ++version, [{ range: { start: { line, character: 12 + i }, end: { line, character: 12 + i } }, text: i % 10 === 9 ? " " : "x" }]);
      }
      for (let i = 599; i >= 0; i--) {
        void client.change(URI, ++version, [{ range: { start: { line, character: 12 + i }, end: { line, character: 13 + i } }, text: "" }]);
      }
      const last = version;
      const p = await client.waitForDiagnostics((d) => d.uri === URI && d.version === last, 20_000, false);
      expect(p.diagnostics.some((d) => msg(d).includes("6.706"))).toBe(true);
      // Debounced: a handful of validations, not one per keystroke.
      expect(client.diagnostics.length - before).toBeLessThan(50);
      const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: pos("artikel 38b, eerste lid", 5) });
      expect(hoverText(h)).toContain("38b");
    });

    it("answers a cancelled request with RequestCancelled (or its result) and stays up", async () => {
      const source = new CancellationTokenSource();
      const pending = client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: pos("artikel 3a Wet", 3) }, source.token);
      source.cancel();
      const outcome = await pending.then(
        (r) => ({ ok: r }),
        (e: { code?: number }) => ({ code: e.code }),
      );
      expect("ok" in outcome ? hoverText(outcome.ok as Hover) : outcome.code).toSatisfy((x: unknown) => x === -32800 || (typeof x === "string" && x.includes("3a")));
      const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: pos("artikel 3a Wet", 3) });
      expect(hoverText(h)).toContain("3a");
    });
  });
});

describe("the language server read raw", () => {
  it("cancels a request whose $/cancelRequest arrives with it, answering RequestCancelled", async () => {
    const s = new RawSession();
    try {
      s.write([{ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } }]);
      expect((await s.response(1)).result.capabilities.hoverProvider).toBe(true);
      s.write([
        { jsonrpc: "2.0", method: "initialized", params: {} },
        { jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri: URI, languageId: "veiligheidsplan", version: 1, text: nijmegen } } },
        { jsonrpc: "2.0", id: 2, method: "textDocument/hover", params: { textDocument: { uri: URI }, position: pos("artikel 3a Wet", 3) } },
        { jsonrpc: "2.0", method: "$/cancelRequest", params: { id: 2 } },
      ]);
      expect((await s.response(2)).error.code).toBe(-32800);
      // Garbage that is not JSON, then a proper request: still answered.
      s.writeRaw("Content-Length: 9\r\n\r\n{not json");
      s.write([{ jsonrpc: "2.0", id: 3, method: "textDocument/hover", params: { textDocument: { uri: URI }, position: pos("artikel 3a Wet", 3) } }]);
      expect((await s.response(3)).result.contents.value).toContain("3a");
      s.write([{ jsonrpc: "2.0", id: 4, method: "shutdown" }]);
      expect((await s.response(4)).result).toBeNull();
      s.write([{ jsonrpc: "2.0", method: "exit" }]);
      const code = await new Promise((r) => s.proc.on("exit", r));
      expect(code).toBe(0);
    } finally {
      s.kill();
    }
  });
});

describe("shutdown and exit", () => {
  it("exits with 0 after shutdown, and with 1 on exit without shutdown", async () => {
    const a = await startTestServer();
    expect(await a.stop()).toBe(0);
    const b = await startTestServer();
    await b.conn.sendNotification("exit");
    expect(await b.exited).toBe(1);
    b.conn.dispose();
  });
});
