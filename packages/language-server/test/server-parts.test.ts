/**
 * The server's parts on their own, through a fake host: settings decoding, the document's edit
 * application (against the reference implementation, vscode-languageserver-textdocument), and the
 * workspace's reading rules (bounded, inside the workspace, a predecessor parsed once per version).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { applyChanges, OpenDocument } from "../src/server/documents.js";
import { memoryHost } from "../src/server/host.js";
import { decodeInitializationOptions, decodeSettings } from "../src/server/settings.js";
import { BoundedWriter } from "../src/server/transport.js";
import { Workspace } from "../src/server/workspace.js";
import { Emitter, type Message, type MessageWriter } from "vscode-languageserver";
import { readExample } from "./helpers.js";

describe("settings", () => {
  it("keep what decodes and drop the rest, field by field", () => {
    expect(decodeSettings({ locale: "en", today: " 2024-05-01 ", rules: { periode: "warn", begroting: ["off"], x: "loud", y: [3] } })).toEqual({
      locale: "en",
      today: "2024-05-01",
      rules: { periode: "warn", begroting: ["off"] },
    });
    expect(decodeSettings({ locale: "fr", today: "1 mei", rules: [] })).toEqual({});
    expect(decodeSettings("nonsense")).toEqual({});
    expect(decodeInitializationOptions({ debounceMs: -5, reportTiming: true, maxFileBytes: 1000, settings: { locale: "en" } })).toEqual({
      reportTiming: true,
      maxFileBytes: 1000,
      settings: { locale: "en" },
    });
  });
});

describe("an open document", () => {
  const base = readExample("minimaal.veiligheidsplan").slice(0, 600);
  const pieces = ["", "a", "\n", "\r\n", "\r", "é", "\u{1F600}", "| x |\n", "\n\n"];
  const edit = fc.record({
    startLine: fc.integer({ min: -1, max: 40 }),
    startChar: fc.integer({ min: 0, max: 90 }),
    endLine: fc.integer({ min: -1, max: 40 }),
    endChar: fc.integer({ min: 0, max: 90 }),
    text: fc.constantFrom(...pieces),
    full: fc.boolean(),
  });

  it("applies any sequence of edits as the reference implementation does", () => {
    fc.assert(
      fc.property(fc.constantFrom(base, base.replace(/\n/g, "\r\n"), base.replace(/\n/g, "\r"), ""), fc.array(edit, { maxLength: 25 }), (start, edits) => {
        const reference = TextDocument.create("file:///x", "veiligheidsplan", 1, start);
        const changes = [];
        for (const e of edits) {
          // Lines inside the document: the reference mishandles a range past the last line (its line
          // table goes wrong), so that case has its own test below.
          const last = reference.lineCount - 1;
          const line = (l: number) => Math.max(0, Math.min(l, last));
          const c =
            e.full && e.text === "\r\n"
              ? { text: "nieuw\r\n" }
              : { range: { start: { line: line(e.startLine), character: e.startChar }, end: { line: line(e.endLine), character: e.endChar } }, text: e.text };
          TextDocument.update(reference, [c], 2);
          changes.push(c);
        }
        // All at once, as a burst is applied.
        expect(applyChanges(start, changes)).toBe(reference.getText());
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it("applies edits one at a time, each placed from where the one before was, as the reference implementation does", () => {
    // Typing: each keystroke applied on its own, so that the document's line anchor carries from one to the next.
    const lines = fc.integer({ min: -1, max: 45 });
    fc.assert(
      fc.property(fc.constantFrom(base, `${base}${base}`, base.replace(/\n/g, "\r\n"), ""), fc.array(fc.record({ line: lines, endLine: lines, ch: fc.integer({ min: 0, max: 90 }), len: fc.integer({ min: 0, max: 3 }), text: fc.constantFrom(...pieces) }), { maxLength: 40 }), (start, edits) => {
        const reference = TextDocument.create("file:///x", "veiligheidsplan", 1, start);
        const doc = new OpenDocument("file:///x", "veiligheidsplan", 1, start);
        let version = 1;
        for (const e of edits) {
          const last = reference.lineCount - 1;
          const line = (l: number) => Math.max(0, Math.min(l, last));
          const c = { range: { start: { line: line(e.line), character: e.ch }, end: { line: line(e.endLine), character: e.ch + e.len } }, text: e.text };
          TextDocument.update(reference, [c], ++version);
          doc.update([c], version);
          expect(doc.getText()).toBe(reference.getText());
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it("clamps positions past the end to the end, as LSP asks", () => {
    const at = (line: number, character: number) => ({ line, character });
    expect(applyChanges("ab\ncd", [{ range: { start: at(9, 0), end: at(12, 4) }, text: "!" }])).toBe("ab\ncd!");
    expect(applyChanges("ab\ncd", [{ range: { start: at(0, 9), end: at(0, 12) }, text: "!" }])).toBe("ab!\ncd");
    expect(applyChanges("ab\r\ncd", [{ range: { start: at(1, 0), end: at(0, 1) }, text: "" }])).toBe("acd");
  });

  it("queues edits and applies them when the text is asked for", () => {
    const d = new OpenDocument("file:///x", "veiligheidsplan", 1, "ab\ncd");
    d.update([{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, text: "e" }], 2);
    d.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: "" }], 3);
    expect(d.version).toBe(3);
    expect(d.getText()).toBe("b\ncde");
    d.update([{ text: "x" }], 4);
    expect(d.getText()).toBe("x");
  });
});

describe("the workspace's reads", () => {
  const plan = readExample("minimaal.veiligheidsplan");

  it("parse an unchanged predecessor once, and again when its file changes", () => {
    const files: Record<string, string> = { "/ws/2018.veiligheidsplan": plan };
    const reads: string[] = [];
    const ws = new Workspace(memoryHost(files, reads), 1_000_000, () => undefined);
    ws.folders = ["/ws"];
    const first = ws.readPredecessor("/ws/2018.veiligheidsplan", "/ws/2022.veiligheidsplan");
    for (let i = 0; i < 20; i++) expect(ws.readPredecessor("/ws/2018.veiligheidsplan", "/ws/2022.veiligheidsplan")).toEqual(first);
    expect(reads).toHaveLength(1);
    files["/ws/2018.veiligheidsplan"] = `${plan}\nNog een regel.\n`;
    ws.readPredecessor("/ws/2018.veiligheidsplan", "/ws/2022.veiligheidsplan");
    expect(reads).toHaveLength(2);
    expect(ws.dependentsOf("/ws/2018.veiligheidsplan")).toEqual(["/ws/2022.veiligheidsplan"]);
  });

  it("read nothing outside the workspace (or, without one, outside the plan's folder) and say why", () => {
    const files = { "/etc/passwd": "root:x:0:0", "/elders/2018.veiligheidsplan": plan, "/ws/sub/2018.veiligheidsplan": plan };
    const reads: string[] = [];
    const ws = new Workspace(memoryHost(files, reads), 1_000_000, () => undefined);
    ws.folders = ["/ws"];
    expect(ws.readPredecessor("/etc/passwd", "/ws/2022.veiligheidsplan")).toEqual({ refused: "outsideWorkspace" });
    expect(ws.readPredecessor("/elders/2018.veiligheidsplan", "/ws/2022.veiligheidsplan")).toEqual({ refused: "outsideWorkspace" });
    expect("parsed" in ws.readPredecessor("/ws/sub/2018.veiligheidsplan", "/ws/2022.veiligheidsplan")).toBe(true);
    expect(reads).toEqual(["/ws/sub/2018.veiligheidsplan"]);
    ws.folders = [];
    expect(ws.readPredecessor("/elders/2018.veiligheidsplan", "/ws/2022.veiligheidsplan")).toEqual({ refused: "outsideWorkspace" });
    expect("parsed" in ws.readPredecessor("/ws/sub/2018.veiligheidsplan", "/ws/2022.veiligheidsplan")).toBe(true);
  });

  it("refuse a file over the size limit", () => {
    const ws = new Workspace(memoryHost({ "/ws/groot.veiligheidsplan": plan }), 100, () => undefined);
    ws.folders = ["/ws"];
    expect(ws.readPredecessor("/ws/groot.veiligheidsplan", "/ws/a.veiligheidsplan")).toEqual({ refused: "tooLarge" });
  });
});

describe("the outgoing queue", () => {
  /** A writer whose client reads only when told to. */
  function slowClient() {
    const written: Message[] = [];
    const waiting: (() => void)[] = [];
    const inner: MessageWriter = {
      onError: new Emitter<[Error, Message | undefined, number | undefined]>().event,
      onClose: new Emitter<void>().event,
      write(msg) {
        written.push(msg);
        return new Promise<void>((r) => waiting.push(r));
      },
      end() {},
      dispose() {},
    };
    const readOne = async () => {
      waiting.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    };
    return { inner, written, readOne };
  }
  const diagnostics = (uri: string, version: number): Message => ({ jsonrpc: "2.0", method: "textDocument/publishDiagnostics", params: { uri, version, diagnostics: [] } }) as Message;
  const version = (m: Message) => (m as unknown as { params: { version: number } }).params.version;

  it("replaces a queued publication of a document by a newer one, and keeps answers in order", async () => {
    const c = slowClient();
    const w = new BoundedWriter(c.inner, () => undefined);
    void w.write(diagnostics("a", 1));
    for (let v = 2; v <= 50; v++) void w.write(diagnostics("a", v));
    void w.write({ jsonrpc: "2.0", id: 7, result: null } as Message);
    void w.write(diagnostics("b", 1));
    for (let i = 0; i < 5; i++) await c.readOne();
    expect(c.written.map((m) => ("id" in m ? `answer ${String(m.id)}` : `${(m as unknown as { params: { uri: string } }).params.uri}@${version(m)}`))).toEqual(["a@1", "a@50", "answer 7", "b@1"]);
  });

  it("gives up past its limit instead of growing, and says how much was waiting", async () => {
    const c = slowClient();
    let overflow = 0;
    const w = new BoundedWriter(c.inner, (chars) => (overflow = chars), 10_000);
    void w.write({ jsonrpc: "2.0", id: 0, result: null } as Message);
    for (let i = 1; i <= 200 && overflow === 0; i++) void w.write({ jsonrpc: "2.0", id: i, result: "x".repeat(100) } as Message);
    expect(overflow).toBeGreaterThan(10_000);
    expect(w.backlog).toBe(0);
  });
});
