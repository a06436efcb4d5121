#!/usr/bin/env node
/**
 * Issue 21's language-server cases, timed with peak RSS, for a before/after table: a burst of edits
 * to a very large document, keystrokes in a plan whose predecessor is a large file, and a client that
 * stops reading. Pass --server to measure another build (e.g. the one before the fixes).
 *
 *   node packages/language-server/bench/hostile.mjs [--server path/to/dist/bin.js] [--mb 20] [--edits 5000] [--only burst,predecessor,reader]
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { LspClient } from "../../../bench/lib/lsp-client.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../..");
const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const server = resolve(opt("--server", join(here, "..", "dist", "bin.js")));
const only = new Set(opt("--only", "burst,predecessor,reader").split(","));
const nijmegen = readFileSync(join(root, "examples", "nijmegen-2022-2026.veiligheidsplan"), "utf8");

const rss = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]) / 1024;
  } catch {
    return 0;
  }
};
function sampler(pid) {
  let peak = 0;
  const t = setInterval(() => (peak = Math.max(peak, rss(pid))), 50);
  return () => (clearInterval(t), Math.max(peak, rss(pid)));
}
const publishedFor = (uri, version) => (m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri && (m.params.version ?? 0) >= version;

async function burst(mb, edits) {
  const appendix = "\n## Bijlage\n\n" + "Een alinea van de bijlage met wat tekst erin, zoals een plan die heeft.\n\n".repeat(Math.round((mb * 1e6) / 73));
  const text = nijmegen + appendix;
  const uri = "file:///tmp/groot.veiligheidsplan";
  const c = new LspClient(process.execPath, [server, "--stdio"]);
  const peak = sampler(c.proc.pid);
  await c.initialize(null, { validateWorkspace: false });
  const t0 = performance.now();
  const first = c.waitFor(publishedFor(uri, 1), 600_000);
  c.notify("textDocument/didOpen", { textDocument: { uri, languageId: "veiligheidsplan", version: 1, text } });
  await first;
  const open = performance.now() - t0;
  const line = text.slice(0, text.indexOf("## Bijlage")).split("\n").length + 1;
  const last = edits + 1;
  const done = c.waitFor(publishedFor(uri, last), 1_800_000);
  for (let i = 0; i < edits; i++) c.notify("textDocument/didChange", { textDocument: { uri, version: i + 2 }, contentChanges: [{ range: { start: { line, character: i % 50 }, end: { line, character: i % 50 } }, text: "e" }] });
  const t1 = performance.now();
  await done;
  const settle = performance.now() - t1;
  const p = peak();
  await c.shutdown();
  return { case: `burst: ${(text.length / 1e6).toFixed(1)} MB document, ${edits} edits`, firstCheckMs: Math.round(open), settleMs: Math.round(settle), peakRssMb: Math.round(p) };
}

async function predecessor(mb, keys) {
  const dir = mkdtempSync(join(tmpdir(), "vp-hostile-"));
  try {
    writeFileSync(join(dir, "oud.veiligheidsplan"), nijmegen + "\nTekst.\n".repeat(Math.round((mb * 1e6) / 7)));
    const plan = nijmegen.replace(/^vorig-plan:\n/m, "vorig-plan:\n  bestand: oud.veiligheidsplan\n");
    const uri = pathToFileURL(join(dir, "nieuw.veiligheidsplan")).href;
    const c = new LspClient(process.execPath, [server, "--stdio"]);
    const peak = sampler(c.proc.pid);
    await c.request("initialize", { processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: "w" }], capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } }, initializationOptions: { validateWorkspace: false, debounceMs: 0, reportTiming: true } });
    c.notify("initialized", {});
    const first = c.waitFor(publishedFor(uri, 1), 120_000);
    c.notify("textDocument/didOpen", { textDocument: { uri, languageId: "veiligheidsplan", version: 1, text: plan } });
    await first;
    const times = [];
    const line = plan.split("\n").findIndex((l) => l.startsWith("## Voorwoord"));
    for (let v = 2; v < keys + 2; v++) {
      const got = c.waitFor((m) => m.method === "veiligheidsplan/validated" && m.params.uri === uri && m.params.version === v, 120_000);
      c.notify("textDocument/didChange", { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line, character: 12 }, end: { line, character: 12 } }, text: "e" }] });
      times.push((await got).params.durationMs);
    }
    const p = peak();
    await c.shutdown();
    times.sort((a, b) => a - b);
    return { case: `keystrokes in a plan whose predecessor is ${mb} MB (unchanged)`, serverMedianMs: +times[times.length >> 1].toFixed(1), peakRssMb: Math.round(p) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function reader(requests) {
  const proc = spawn(process.execPath, [server, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  proc.stdin.on("error", () => undefined);
  proc.stdout.pause();
  const peak = sampler(proc.pid);
  const send = (m) => {
    const body = Buffer.from(JSON.stringify(m));
    proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  };
  const uri = pathToFileURL(join(root, "examples", "nijmegen-2022-2026.veiligheidsplan")).href;
  send({ jsonrpc: "2.0", id: 0, method: "initialize", params: { processId: null, rootUri: null, capabilities: {}, initializationOptions: { validateWorkspace: false } } });
  send({ jsonrpc: "2.0", method: "initialized", params: {} });
  send({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "veiligheidsplan", version: 1, text: nijmegen } } });
  const t0 = performance.now();
  let sent = 0;
  while (sent < requests && proc.exitCode === null) {
    for (let i = 0; i < 200; i++) send({ jsonrpc: "2.0", id: ++sent, method: "textDocument/documentSymbol", params: { textDocument: { uri } } });
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 3000));
  const exited = proc.exitCode;
  const p = peak();
  proc.kill();
  return { case: `client stops reading, ${sent} documentSymbol requests`, exitCode: exited, seconds: +((performance.now() - t0) / 1000).toFixed(1), peakRssMb: Math.round(p) };
}

const out = [];
if (only.has("burst")) out.push(await burst(Number(opt("--mb", 20)), Number(opt("--edits", 5000))));
if (only.has("predecessor")) out.push(await predecessor(Number(opt("--pred-mb", 10)), Number(opt("--keys", 20))));
if (only.has("reader")) out.push(await reader(Number(opt("--requests", 20000))));
console.log(JSON.stringify({ server, load: loadavg().map((x) => x.toFixed(1)).join(" "), results: out }, null, 2));
