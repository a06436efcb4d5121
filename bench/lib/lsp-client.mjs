/**
 * A minimal LSP client over stdio (Content-Length framing), enough to time the language server end to
 * end: open a document, send incremental edits, and wait for the diagnostics of each new version.
 */
import { spawn } from "node:child_process";

export class LspClient {
  constructor(command, args, { cwd } = {}) {
    this.proc = spawn(command, args, { cwd, stdio: ["pipe", "pipe", "pipe"] });
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Set();
    this.buffer = Buffer.alloc(0);
    this.stderr = "";
    this.proc.stdout.on("data", (chunk) => this.onData(chunk));
    this.proc.stderr.on("data", (d) => {
      this.stderr = (this.stderr + d).slice(-4000);
    });
    this.exited = new Promise((res) => this.proc.on("exit", (code) => res(code)));
  }

  onData(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString("ascii");
      const m = /Content-Length:\s*(\d+)/i.exec(header);
      if (!m) throw new Error(`bad LSP header: ${header}`);
      const len = Number(m[1]);
      if (this.buffer.length < headerEnd + 4 + len) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString("utf8");
      this.buffer = this.buffer.subarray(headerEnd + 4 + len);
      this.onMessage(JSON.parse(body));
    }
  }

  onMessage(msg) {
    if (msg.id !== undefined && (msg.result !== undefined || msg.error !== undefined) && this.pending.has(msg.id)) {
      const { resolve, reject } = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }));
      else resolve(msg.result);
      return;
    }
    if (msg.id !== undefined && msg.method) {
      // A request from the server (configuration, registerCapability, …): answer with nothing.
      const result = msg.method === "workspace/configuration" ? (msg.params?.items ?? []).map(() => null) : null;
      this.write({ jsonrpc: "2.0", id: msg.id, result });
      return;
    }
    for (const l of this.listeners) l(msg);
  }

  write(msg) {
    const body = Buffer.from(JSON.stringify(msg), "utf8");
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.write({ jsonrpc: "2.0", id, method, params });
    });
  }

  notify(method, params) {
    this.write({ jsonrpc: "2.0", method, params });
  }

  /** Resolves with the first notification that satisfies `pred`, or rejects after `ms`. */
  waitFor(pred, ms = 30_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(l);
        reject(new Error(`timed out waiting for a notification; server stderr: ${this.stderr}`));
      }, ms);
      const l = (msg) => {
        if (!pred(msg)) return;
        clearTimeout(timer);
        this.listeners.delete(l);
        resolve(msg);
      };
      this.listeners.add(l);
    });
  }

  async initialize(rootUri, initializationOptions) {
    const result = await this.request("initialize", {
      processId: process.pid,
      rootUri,
      initializationOptions,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { dynamicRegistration: false } }, workspace: { configuration: true } },
      workspaceFolders: null,
    });
    this.notify("initialized", {});
    return result;
  }

  async shutdown() {
    try {
      await Promise.race([this.request("shutdown", null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify("exit", null);
    } catch {
      // Already gone.
    }
    const timer = setTimeout(() => this.proc.kill(), 3000);
    await this.exited;
    clearTimeout(timer);
  }
}
