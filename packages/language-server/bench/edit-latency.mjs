#!/usr/bin/env node
/**
 * Edit latency of the built language server: how long after a one-character edit the editor has fresh
 * diagnostics. The server measures its own time inside its validation (parse + rules + conversion,
 * performance.now) and reports it through `veiligheidsplan/validated` (initializationOptions.reportTiming);
 * the client side also measures the round trip from sending didChange to receiving publishDiagnostics.
 * The debounce is set to 0 so that the round trip is all work and transport, no waiting.
 *
 *   node packages/language-server/bench/edit-latency.mjs [--edits 400] [--large-edits 40] [--json]
 *
 * Plans: examples/nijmegen-2022-2026.veiligheidsplan (~46 KB), and a ~1 MB plan generated from it
 * (its themes repeated and renumbered, a budget line and toelichting per theme).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CompletionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver-protocol/node";
import { largePlan as makeLargePlan } from "../../../bench/lib/ls-typing.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../..");
const serverBin = join(here, "..", "dist", "bin.js");
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const EDITS = flag("--edits", 400);
const LARGE_EDITS = flag("--large-edits", 40);
const asJson = args.includes("--json");

if (!existsSync(serverBin)) {
  console.error(`${serverBin} is missing: run \`npm run build\` first`);
  process.exit(2);
}

const nijmegen = readFileSync(join(root, "examples", "nijmegen-2022-2026.veiligheidsplan"), "utf8");

const largePlan = (targetBytes = 1_000_000) => makeLargePlan(nijmegen, targetBytes);

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const summary = (xs) => ({ n: xs.length, median: pct(xs, 50), p95: pct(xs, 95), max: Math.max(...xs) });
const ms = (x) => `${x.toFixed(2)} ms`;

async function measure(label, text, edits) {
  const proc = spawn(process.execPath, [serverBin, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const validated = new Map();
  const published = new Map();
  const waiting = new Map();
  const settle = (version) => {
    const w = waiting.get(version);
    if (w && validated.has(version) && published.has(version)) {
      waiting.delete(version);
      w();
    }
  };
  conn.onNotification("veiligheidsplan/validated", (p) => {
    validated.set(p.version, p);
    settle(p.version);
  });
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.set(p.version, { at: performance.now(), count: p.diagnostics.length });
    settle(p.version);
  });
  conn.onRequest("workspace/configuration", (p) => p.items.map(() => null));
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } } },
    initializationOptions: { debounceMs: 0, reportTiming: true, validateWorkspace: false },
  });
  await conn.sendNotification(InitializedNotification.type, {});
  const uri = pathToFileURL(join(root, "examples", `bench-${label.replace(/\W+/g, "-")}.veiligheidsplan`)).href;
  const done = (version) => new Promise((r) => (validated.has(version) && published.has(version) ? r() : waiting.set(version, r)));

  const openedAt = performance.now();
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "veiligheidsplan", version: 1, text } });
  await done(1);
  const open = { serverMs: validated.get(1).durationMs, roundTripMs: published.get(1).at - openedAt, diagnostics: published.get(1).count };

  // Type into a prose line in the middle of the plan: insert a character, then delete it, and so on.
  const lines = text.split("\n");
  const line = lines.findIndex((l, i) => i > lines.length / 2 && l.length > 40 && /^[A-Z]/.test(l));
  const server = [];
  const parseTimes = [];
  const lintTimes = [];
  const roundTrip = [];
  const warmup = Math.min(30, Math.floor(edits / 4));
  let version = 1;
  for (let i = 0; i < edits + warmup; i++) {
    version++;
    const insert = i % 2 === 0;
    const sentAt = performance.now();
    await conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [insert ? { range: { start: { line, character: 10 }, end: { line, character: 10 } }, text: "x" } : { range: { start: { line, character: 10 }, end: { line, character: 11 } }, text: "" }],
    });
    await done(version);
    if (i < warmup) continue;
    server.push(validated.get(version).durationMs);
    parseTimes.push(validated.get(version).parseMs);
    lintTimes.push(validated.get(version).lintMs);
    roundTrip.push(published.get(version).at - sentAt);
  }

  // The requests a writer makes while typing, on the same plan.
  const request = async (type, params, n = 20) => {
    const times = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await conn.sendRequest(type, params);
      times.push(performance.now() - t0);
    }
    return summary(times);
  };
  const cite = lines.findIndex((l) => l.includes("artikel 38b"));
  const requests = {
    hover: await request(HoverRequest.type, { textDocument: { uri }, position: { line: cite, character: lines[cite].indexOf("artikel 38b") + 3 } }),
    completion: await request(CompletionRequest.type, { textDocument: { uri }, position: { line: line, character: 0 } }),
    documentSymbol: await request(DocumentSymbolRequest.type, { textDocument: { uri } }),
  };
  await conn.sendRequest(ShutdownRequest.type);
  await conn.sendNotification(ExitNotification.type);
  await new Promise((r) => proc.on("exit", r));
  conn.dispose();
  return { label, bytes: Buffer.byteLength(text), lines: lines.length, open, server: summary(server), parse: summary(parseTimes), rules: summary(lintTimes), roundTrip: summary(roundTrip), requests };
}

const writeLarge = args.indexOf("--write-large");
if (writeLarge >= 0) {
  // For profiling the core on the same plan: write it and stop.
  (await import("node:fs")).writeFileSync(args[writeLarge + 1], largePlan());
  process.exit(0);
}

const results = [await measure("nijmegen-2022-2026", nijmegen, EDITS), await measure("1 MB plan", largePlan(), LARGE_EDITS)];
if (asJson) console.log(JSON.stringify(results, null, 2));
else {
  console.log(`Language server edit latency (node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
  console.log("| plan | size | edits | server time median | p95 | max | of which parse / rules (median) | edit → diagnostics median | p95 | open (server) | hover median | completion median |");
  console.log("| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |");
  for (const r of results) {
    console.log(
      `| ${r.label} | ${(r.bytes / 1024).toFixed(0)} KB | ${r.server.n} | ${ms(r.server.median)} | ${ms(r.server.p95)} | ${ms(r.server.max)} | ${ms(r.parse.median)} / ${ms(r.rules.median)} | ${ms(r.roundTrip.median)} | ${ms(r.roundTrip.p95)} | ${ms(r.open.serverMs)} | ${ms(r.requests.hover.median)} | ${ms(r.requests.completion.median)} |`,
    );
  }
  console.log("\nServer time: parse + rules + conversion to LSP, measured inside the server per version. Edit → diagnostics: didChange sent until publishDiagnostics received, debounce 0.");
}
