/**
 * The client side for protocol tests: starts the BUILT server (dist/bin.js) as a child process and
 * speaks JSON-RPC to it through vscode-languageserver-protocol, as an editor does.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from "vscode-languageserver-protocol/node";

/** Waits until `f` gives a truthy value (for what the server does on its own time). */
export async function eventually<T>(f: () => T | undefined, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** VEILIGHEIDSPLAN_LS_BIN runs the tests against another build (e.g. the one before a fix, to see a test fail). */
export const SERVER_BIN = process.env.VEILIGHEIDSPLAN_LS_BIN ?? fileURLToPath(new URL("../dist/bin.js", import.meta.url));

export function requireBuiltServer(): void {
  if (!existsSync(SERVER_BIN)) throw new Error(`${SERVER_BIN} is missing: build the workspace first (npm run build)`);
}

/** Resident memory of a process in MB, from /proc (Linux); undefined elsewhere. */
export function rssMb(pid: number | undefined): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** What an editor like VS Code declares; tests take parts away to play a smaller client. */
export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true, workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ["markdown", "plaintext"] },
    completion: { completionItem: { snippetSupport: true } },
    rename: { prepareSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source.fixAll"] } } },
    semanticTokens: { requests: { full: true, range: true }, tokenTypes: [], tokenModifiers: [], formats: ["relative"] },
    foldingRange: {},
  },
  window: { showDocument: { support: true } },
};

export interface StartOptions {
  readonly capabilities?: ClientCapabilities;
  readonly initializationOptions?: unknown;
  readonly workspaceFolders?: readonly string[];
  readonly locale?: string;
  /** The answer to workspace/configuration (per item). */
  readonly configuration?: (section: string | undefined, scopeUri: string | undefined) => unknown;
  readonly env?: NodeJS.ProcessEnv;
}

export class TestClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly registrations: unknown[] = [];
  stderr = "";
  initializeResult!: InitializeResult;
  private waiters: { pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly exited: Promise<number | null>;

  constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    readonly conn: ProtocolConnection,
  ) {
    proc.stderr.on("data", (d) => {
      this.stderr += String(d);
    });
    this.exited = new Promise((r) => proc.on("exit", (code) => r(code)));
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (!w.pred(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    conn.onUnhandledNotification(({ method, params }) => {
      this.notifications.push({ method, params });
    });
    conn.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
    });
  }

  /** The next (or an already received) publishDiagnostics that satisfies `pred`. */
  waitForDiagnostics(pred: (p: PublishDiagnosticsParams) => boolean, ms = 15_000, includeReceived = true): Promise<PublishDiagnosticsParams> {
    if (includeReceived) {
      const got = [...this.diagnostics].reverse().find(pred);
      if (got) return Promise.resolve(got);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics within ${ms} ms; received ${this.diagnostics.length}; stderr: ${this.stderr}`)), ms);
      this.waiters.push({
        pred,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "veiligheidsplan", version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  async stop(): Promise<number | null> {
    if (this.proc.exitCode === null) {
      try {
        await this.conn.sendRequest(ShutdownRequest.type);
        await this.conn.sendNotification(ExitNotification.type);
      } catch {
        // Already gone.
      }
    }
    const timer = setTimeout(() => this.proc.kill(), 5000);
    const code = await this.exited;
    clearTimeout(timer);
    this.conn.dispose();
    return code;
  }
}

export async function startTestServer(options: StartOptions = {}): Promise<TestClient> {
  requireBuiltServer();
  const proc = spawn(process.execPath, [SERVER_BIN, "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...options.env } });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const client = new TestClient(proc, conn);
  conn.onRequest(ConfigurationRequest.type, (p) => p.items.map((i) => (options.configuration ? options.configuration(i.section, i.scopeUri) : null)));
  conn.listen();
  const folders = options.workspaceFolders ?? [];
  client.initializeResult = await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: options.capabilities ?? FULL_CAPABILITIES,
    workspaceFolders: folders.map((f) => ({ uri: `file://${f}`, name: f })),
    initializationOptions: options.initializationOptions ?? { debounceMs: 20 },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  await conn.sendNotification(InitializedNotification.type, {});
  return client;
}

/** A raw JSON-RPC session over stdio, for what a library client cannot do (two messages in one write). */
export class RawSession {
  private buffer = Buffer.alloc(0);
  private listeners: ((msg: any) => void)[] = [];
  readonly messages: any[] = [];
  readonly proc: ChildProcessWithoutNullStreams;

  constructor() {
    requireBuiltServer();
    this.proc = spawn(process.execPath, [SERVER_BIN, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    this.proc.stdout.on("data", (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const end = this.buffer.indexOf("\r\n\r\n");
        if (end < 0) return;
        const len = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString("ascii"))![1]);
        if (this.buffer.length < end + 4 + len) return;
        const msg = JSON.parse(this.buffer.subarray(end + 4, end + 4 + len).toString("utf8"));
        this.buffer = this.buffer.subarray(end + 4 + len);
        this.messages.push(msg);
        for (const l of this.listeners) l(msg);
        // A server request (workspace/configuration, client/registerCapability) gets an empty answer.
        if (msg.method && msg.id !== undefined) this.write([{ jsonrpc: "2.0", id: msg.id, result: msg.method === "workspace/configuration" ? msg.params.items.map(() => null) : null }]);
      }
    });
  }

  static frame(msg: unknown): Buffer {
    const body = Buffer.from(JSON.stringify(msg), "utf8");
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "ascii"), body]);
  }

  /** Writes several messages in ONE write, so that the server reads them together. */
  write(msgs: unknown[]): void {
    this.proc.stdin.write(Buffer.concat(msgs.map((m) => RawSession.frame(m))));
  }

  /** Also answers to raw bytes (malformed messages). */
  writeRaw(bytes: string | Buffer): void {
    this.proc.stdin.write(bytes);
  }

  response(id: number, ms = 15_000): Promise<any> {
    const have = this.messages.find((m) => m.id === id && !m.method);
    if (have) return Promise.resolve(have);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no response to ${id}`)), ms);
      this.listeners.push((m) => {
        if (m.id === id && !m.method) {
          clearTimeout(timer);
          resolve(m);
        }
      });
    });
  }

  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill();
  }
}
