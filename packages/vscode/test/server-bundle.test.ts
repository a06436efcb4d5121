/**
 * The language server as the .vsix carries it: dist/server.js is taken out of the package into an
 * empty folder (no node_modules anywhere near) and started the way VS Code's client starts it. It
 * must answer real JSON-RPC: initialize, checks on an opened plan, a hover on a legal citation.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readVsix } from "./vsix.js";

interface Message {
  jsonrpc: "2.0";
  id?: number;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string };
}

/** A minimal LSP client over stdio: Content-Length framing, requests by id, notifications by method. */
class StdioClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (m: Message) => void>();
  private readonly listeners: ((m: Message) => void)[] = [];
  readonly notifications: Message[] = [];
  stderr = "";

  constructor(readonly process: ChildProcessWithoutNullStreams) {
    process.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
    process.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString("utf8")));
  }

  private receive(chunk: Buffer) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString("ascii"))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8")) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      if (message.id !== undefined && message.method === undefined) this.pending.get(message.id)?.(message);
      else if (message.method !== undefined && message.id !== undefined) this.send({ jsonrpc: "2.0", id: message.id, result: null });
      else {
        this.notifications.push(message);
        for (const l of this.listeners) l(message);
      }
    }
  }

  private send(message: Message) {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.process.stdin.write(body);
  }

  request(method: string, params: unknown, timeoutMs = 10_000): Promise<Message> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer in ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.pending.set(id, (m) => {
        clearTimeout(timer);
        resolve(m);
      });
      this.send({ jsonrpc: "2.0", id, method, params });
    });
  }

  notify(method: string, params: unknown) {
    this.send({ jsonrpc: "2.0", method, params });
  }

  waitFor(predicate: (m: Message) => boolean, timeoutMs = 10_000): Promise<Message> {
    const seen = this.notifications.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching notification in ${timeoutMs} ms`)), timeoutMs);
      this.listeners.push((m) => {
        if (!predicate(m)) return;
        clearTimeout(timer);
        resolve(m);
      });
    });
  }
}

const PLAN = readFileSync(new URL("../../../examples/minimaal.veiligheidsplan", import.meta.url), "utf8");
// The same plan with one budget total off by one: the server must report it.
const WRONG_TOTAL = PLAN.replace("| **Totaal**           | 2.880 |", "| **Totaal**           | 2.881 |");

let folder: string;
let client: StdioClient;

beforeAll(async () => {
  const vsix = await readVsix();
  folder = mkdtempSync(join(tmpdir(), "veiligheidsplan-vsix-server-"));
  const serverFile = join(folder, "server.js");
  writeFileSync(serverFile, vsix.files.get("extension/dist/server.js")!);
  const child = spawn(process.execPath, [serverFile, "--stdio"], { cwd: folder, stdio: ["pipe", "pipe", "pipe"] });
  client = new StdioClient(child);
});

afterAll(() => {
  if (client && client.process.exitCode === null) client.process.kill();
  rmSync(folder, { recursive: true, force: true });
});

describe("the language server inside the .vsix", () => {
  it("is a plan whose total is wrong (test precondition)", () => {
    expect(WRONG_TOTAL).not.toBe(PLAN);
  });

  it("answers initialize with its capabilities", async () => {
    const answer = await client.request("initialize", {
      processId: process.pid,
      rootUri: null,
      locale: "nl",
      capabilities: { textDocument: { hover: { contentFormat: ["markdown", "plaintext"] }, publishDiagnostics: {} } },
      initializationOptions: { settings: { today: "2026-03-01" } },
    });
    expect(answer.error).toBeUndefined();
    expect(answer.result.serverInfo.name).toBe("veiligheidsplan-language-server");
    expect(answer.result.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: true, documentFormattingProvider: true });
    client.notify("initialized", {});
  });

  it("checks an opened plan and reports the wrong total in Dutch", async () => {
    const uri = pathToFileURL(join(folder, "plan.veiligheidsplan")).href;
    client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "veiligheidsplan", version: 1, text: WRONG_TOTAL } });
    const published = await client.waitFor((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri && m.params.diagnostics.length > 0);
    const totals = published.params.diagnostics.filter((d: { code?: string }) => d.code === "begroting-totalen");
    expect(totals).toHaveLength(1);
    expect(totals[0].range.start.line).toBe(WRONG_TOTAL.split("\n").findIndex((l) => l.startsWith("| **Totaal**")));
    expect(totals[0].severity).toBe(1);
    expect(totals[0].message).toMatch(/\b(totaal|som|regels)\b/i);
  });

  it("shows the article's text on a hover over the citation in the front matter", async () => {
    const uri = pathToFileURL(join(folder, "plan.veiligheidsplan")).href;
    const line = WRONG_TOTAL.split("\n").findIndex((l) => l.includes("artikel 38b, eerste lid, Politiewet 2012"));
    const answer = await client.request("textDocument/hover", { textDocument: { uri }, position: { line, character: 14 } });
    expect(answer.error).toBeUndefined();
    expect(answer.result.contents.value).toContain("De gemeenteraad stelt ten minste eenmaal in de vier jaar de doelen vast");
    expect(answer.result.contents.value).toContain("https://wetten.overheid.nl/jci1.3:c:BWBR0031788");
  });

  it("shuts down and exits cleanly when asked", async () => {
    const exited = new Promise<number | null>((resolve) => client.process.on("exit", (code) => resolve(code)));
    const answer = await client.request("shutdown", null);
    expect(answer.error).toBeUndefined();
    client.notify("exit", null);
    expect(await exited).toBe(0);
  });
});
