/**
 * The built server against hostile clients and files (issue 21), over real JSON-RPC: a broken header,
 * requests after shutdown, a client that stops reading, predecessors that are pipes, devices or
 * outside the workspace, and a burst of edits to a very large document.
 */
import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HoverRequest, ShutdownRequest } from "vscode-languageserver-protocol/node";
import { examplePath, find, readExample } from "./helpers.js";
import { RawSession, SERVER_BIN, requireBuiltServer, rssMb, startTestServer, type TestClient } from "./lsp-client.js";

const nijmegen = readExample("nijmegen-2022-2026.veiligheidsplan");
const NIJMEGEN_URI = pathToFileURL(examplePath("nijmegen-2022-2026.veiligheidsplan")).href;
const text = (m: string | { value: string }) => (typeof m === "string" ? m : m.value);


const exitOf = (proc: { exitCode: number | null; once(e: "exit", l: (code: number | null) => void): unknown }, ms: number) =>
  new Promise<number | null | "still running">((resolve) => {
    if (proc.exitCode !== null) return resolve(proc.exitCode);
    const timer = setTimeout(() => resolve("still running"), ms);
    proc.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });

/** A raw session past initialize, with the server's stderr collected. */
async function initializedRawSession(): Promise<{ s: RawSession; stderr: () => string }> {
  const s = new RawSession();
  let err = "";
  s.proc.stderr.on("data", (d) => (err += String(d)));
  s.proc.stdin.on("error", () => undefined);
  s.write([{ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } }]);
  await s.response(1);
  return { s, stderr: () => err };
}

describe("the protocol, abused", () => {
  it("stops with a log line after a header without a usable Content-Length (the stream is out of step)", async () => {
    const { s, stderr } = await initializedRawSession();
    s.writeRaw('Content-Lenght: 20\r\n\r\n{"jsonrpc":"2.0"}');
    const code = await exitOf(s.proc, 10_000);
    s.kill();
    expect(code).toBe(1);
    expect(stderr()).toMatch(/unreadable message header/);
  });

  it("skips a message whose body is not JSON (the stream stays in step), says so, and answers the next", async () => {
    const { s, stderr } = await initializedRawSession();
    const junk = Buffer.from("{ dit is geen json", "utf8");
    s.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${junk.length}\r\n\r\n`), junk]));
    s.write([{ jsonrpc: "2.0", id: 2, method: "shutdown", params: null }]);
    expect((await s.response(2, 10_000)).result).toBeNull();
    s.kill();
    expect(stderr()).toMatch(/not valid JSON-RPC/);
  });

  it("refuses requests after shutdown with InvalidRequest", async () => {
    const c = await startTestServer({ initializationOptions: { debounceMs: 0, validateWorkspace: false } });
    await c.open(NIJMEGEN_URI, nijmegen);
    await c.conn.sendRequest(ShutdownRequest.type);
    const answer = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: NIJMEGEN_URI }, position: find(nijmegen, "artikel 38b", 3) }).then(
      () => "answered",
      (e: { code?: number }) => e.code,
    );
    expect(answer).toBe(-32600);
    await c.conn.sendNotification("exit");
    expect(await c.exited).toBe(0);
    c.conn.dispose();
  });

  it("does not grow without limit when the client stops reading: it stops, and says why", async () => {
    requireBuiltServer();
    const proc = spawn(process.execPath, [SERVER_BIN, "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, VEILIGHEIDSPLAN_LS_MAX_QUEUE_MB: "16" } });
    let stderr = "";
    proc.stderr.on("data", (d) => (stderr += String(d)));
    proc.stdin.on("error", () => undefined);
    // Never read stdout: after the pipe's buffer fills, every answer waits in the server.
    proc.stdout.pause();
    const send = (m: unknown) => {
      const body = Buffer.from(JSON.stringify(m));
      proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
    };
    send({ jsonrpc: "2.0", id: 0, method: "initialize", params: { processId: null, rootUri: null, capabilities: { textDocument: { semanticTokens: { requests: { full: true } } } }, initializationOptions: { validateWorkspace: false } } });
    send({ jsonrpc: "2.0", method: "initialized", params: {} });
    send({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri: NIJMEGEN_URI, languageId: "veiligheidsplan", version: 1, text: nijmegen } } });
    let peak = 0;
    let sent = 0;
    for (let round = 0; round < 60 && proc.exitCode === null; round++) {
      for (let i = 0; i < 100; i++) send({ jsonrpc: "2.0", id: ++sent, method: "textDocument/documentSymbol", params: { textDocument: { uri: NIJMEGEN_URI } } });
      await new Promise((r) => setTimeout(r, 100));
      peak = Math.max(peak, rssMb(proc.pid) ?? 0);
    }
    const code = await exitOf(proc, 20_000);
    if (code === "still running") proc.kill();
    console.info(`client not reading: ${sent} requests sent, server peak RSS ${peak.toFixed(0)} MB, exit ${String(code)}`);
    expect(code).toBe(1);
    expect(stderr).toMatch(/has not read \d+ MB of answers/);
  }, 60_000);
});

describe("files a plan names", () => {
  let root: string;
  const clients: TestClient[] = [];
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "vp-ls-hard-"));
  });
  afterAll(async () => {
    while (clients.length > 0) await clients.pop()!.stop();
    rmSync(root, { recursive: true, force: true });
  });
  const plan = (bestand: string) =>
    ["---", "formaat: veiligheidsplan/1", "titel: Test", "gemeente: Testdorp", "periode: 2022-2026", "status: concept", "vorig-plan:", "  titel: Oud", "  periode: 2018-2022", `  bestand: ${bestand}`, "---", "", "# Test", ""].join("\n");

  async function check(ws: string, bestand: string, extra: object = {}) {
    const c = await startTestServer({ workspaceFolders: [ws], initializationOptions: { debounceMs: 0, validateWorkspace: false, ...extra } });
    clients.push(c);
    const uri = pathToFileURL(join(ws, "nieuw.veiligheidsplan")).href;
    await c.open(uri, plan(bestand));
    const p = await c.waitForDiagnostics((d) => d.uri === uri && d.version === 1, 10_000);
    return { c, uri, messages: p.diagnostics.filter((d) => d.code === "continuiteit").map((d) => text(d.message)) };
  }

  it("does not hang on a FIFO, and says it is not a regular file", async () => {
    const ws = join(root, "fifo");
    mkdirSync(ws);
    try {
      execFileSync("mkfifo", [join(ws, "pijp.veiligheidsplan")]);
    } catch {
      console.warn("mkfifo is not available: skipped");
      return;
    }
    const { c, uri, messages } = await check(ws, "pijp.veiligheidsplan");
    expect(messages.some((m) => m.includes("geen gewoon bestand"))).toBe(true);
    // And it still answers.
    expect(await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 2 } })).not.toBeUndefined();
  });

  it("does not read a device (a committed link to /dev/zero), and stays small", async () => {
    const ws = join(root, "device");
    mkdirSync(ws);
    symlinkSync("/dev/zero", join(ws, "nul.veiligheidsplan"));
    const { c, messages } = await check(ws, "nul.veiligheidsplan");
    expect(messages.some((m) => m.includes("geen gewoon bestand"))).toBe(true);
    expect(rssMb(c.proc.pid) ?? 0).toBeLessThan(400);
  });

  it("reads nothing outside the workspace, says so, and echoes nothing of it", async () => {
    const ws = join(root, "werkmap");
    const elders = join(root, "elders");
    mkdirSync(ws);
    mkdirSync(elders);
    writeFileSync(join(elders, "oud.veiligheidsplan"), plan("x").replace("2022-2026", "1999-2003"));
    const { messages } = await check(ws, "../elders/oud.veiligheidsplan");
    expect(messages.some((m) => m.includes("buiten de geopende werkmap"))).toBe(true);
    expect(messages.join("\n")).not.toContain("1999");
    const passwd = await check(ws, "/etc/passwd");
    expect(passwd.messages.some((m) => m.includes("buiten de geopende werkmap"))).toBe(true);
    expect(passwd.messages.join("\n")).not.toMatch(/root|nologin/);
  });

  it("does not read a config file that is a device or a FIFO, and says so on the plan", async () => {
    for (const kind of ["device", "fifo"] as const) {
      const ws = join(root, `config-${kind}`);
      mkdirSync(ws);
      const config = join(ws, ".veiligheidsplanrc.yaml");
      if (kind === "device") symlinkSync("/dev/zero", config);
      else {
        try {
          execFileSync("mkfifo", [config]);
        } catch {
          continue;
        }
      }
      const c = await startTestServer({ workspaceFolders: [ws], initializationOptions: { debounceMs: 0, validateWorkspace: false } });
      clients.push(c);
      const uri = pathToFileURL(join(ws, "nieuw.veiligheidsplan")).href;
      await c.open(uri, plan("oud.veiligheidsplan"));
      const p = await c.waitForDiagnostics((d) => d.uri === uri && d.version === 1, 10_000);
      expect(p.diagnostics.some((d) => d.code === "configuratie" && text(d.message).includes("not a regular file")), kind).toBe(true);
      expect(rssMb(c.proc.pid) ?? 0).toBeLessThan(400);
    }
  });

  it("does not read a predecessor larger than the limit", async () => {
    const ws = join(root, "groot");
    mkdirSync(ws);
    writeFileSync(join(ws, "oud.veiligheidsplan"), "x".repeat(200_000));
    const { messages } = await check(ws, "oud.veiligheidsplan", { maxFileBytes: 100_000 });
    expect(messages.some((m) => m.includes("groter dan"))).toBe(true);
  });
});

describe("a burst of edits to a very large document", () => {
  it("settles in time proportional to one check, not to the number of edits", async () => {
    // ~8 MB: Nijmegen's plan with a long appendix of paragraphs.
    const appendix = "\n## Bijlage\n\n" + "Een alinea van de bijlage met wat tekst erin, zoals een plan die heeft.\n\n".repeat(110_000);
    const big = nijmegen + appendix;
    const uri = "file:///tmp/groot.veiligheidsplan";
    const c = await startTestServer({ initializationOptions: { validateWorkspace: false, reportTiming: true } });
    try {
      const t0 = performance.now();
      await c.open(uri, big);
      await c.waitForDiagnostics((d) => d.uri === uri && d.version === 1, 120_000);
      const oneCheck = performance.now() - t0;
      const line = find(big, "## Bijlage").line + 2;
      const edits = 5000;
      for (let i = 0; i < edits; i++) {
        void c.change(uri, i + 2, [{ range: { start: { line, character: i % 50 }, end: { line, character: i % 50 } }, text: "e" }]);
      }
      const t1 = performance.now();
      const last = edits + 1;
      let peak = 0;
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb(c.proc.pid) ?? 0)), 100);
      const p = await c.waitForDiagnostics((d) => d.uri === uri && d.version === last, 300_000, false).finally(() => clearInterval(sampler));
      const settle = performance.now() - t1;
      const validated = c.notifications.filter((n) => n.method === "veiligheidsplan/validated").length;
      console.info(`${(big.length / 1e6).toFixed(1)} MB: first check ${oneCheck.toFixed(0)} ms; ${edits} edits settled ${settle.toFixed(0)} ms after the last was sent; ${validated} checks in all; server peak RSS ${peak.toFixed(0)} MB`);
      expect(p.version).toBe(last);
      // A check per edit (or a copy of the text per edit) would take hundreds of checks' time.
      expect(settle).toBeLessThan(6 * oneCheck + 2000);
      expect(validated).toBeLessThan(10);
    } finally {
      await c.stop();
    }
  }, 400_000);
});

describe("the transport VS Code uses", () => {
  it("speaks node-ipc (the guarded reader and writer), and exits 0 after shutdown and exit", async () => {
    requireBuiltServer();
    const { fork } = await import("node:child_process");
    const child = fork(SERVER_BIN, ["--node-ipc"], { stdio: ["pipe", "pipe", "pipe", "ipc"] });
    const answers = new Map<number, any>();
    child.on("message", (m: any) => {
      if (m.id !== undefined && !m.method) answers.set(m.id, m);
    });
    const answer = async (id: number) => {
      const until = Date.now() + 10_000;
      while (!answers.has(id) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      return answers.get(id);
    };
    child.send({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: process.pid, rootUri: null, capabilities: {} } });
    expect((await answer(1))?.result?.capabilities?.inlayHintProvider).toBeTruthy();
    child.send({ jsonrpc: "2.0", id: 2, method: "shutdown" });
    await answer(2);
    child.send({ jsonrpc: "2.0", method: "exit" });
    expect(await exitOf(child, 10_000)).toBe(0);
  });
});
