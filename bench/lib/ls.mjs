/**
 * The language-server figures of the benchmark: a one-character edit in a prose paragraph, then fresh
 * diagnostics, timed in-process (parse + lint) and over JSON-RPC against the built server (its own time
 * from its timing hook, and the client's round trip didChange → publishDiagnostics with debounce 0).
 */
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { makeRng } from "../corpus.mjs";
import { LspClient } from "./lsp-client.mjs";
import { median, percentile } from "./measure.mjs";

const node = process.execPath;

/**
 * `parse` + `lint` per edit in this process: the language service's path without I/O or debounce. Each
 * edit is checked twice, in alternating order: from scratch, and as the server does, with the parse
 * before it (`parse(text, { previous })`, which reuses what the edit left alone). Both lints see the
 * same text, so the two figures are paired. The edited text is flattened before either is timed; the
 * server pays that (about 1 ms per 1 MB) inside its own time, the next rows.
 */
export function inProcess(core, path, n) {
  const text = readFileSync(path, "utf8");
  const edits = editScript(core, text, n);
  let current = text;
  let previous = core.parse(current);
  core.lint(current, { parsed: previous, filePath: path });
  const scratch = [];
  const reusing = [];
  const fromScratch = (t) => {
    const t0 = performance.now();
    core.lint(t, { parsed: core.parse(t), filePath: path });
    return performance.now() - t0;
  };
  const withPrevious = (t) => {
    const t0 = performance.now();
    const parsed = core.parse(t, { previous });
    core.lint(t, { parsed, filePath: path });
    previous = parsed;
    return performance.now() - t0;
  };
  for (let i = 0; i < n + 10; i++) {
    current = edits[i % edits.length](current);
    // Flat before either is timed (a search flattens the concatenation the edit made), so that
    // neither pays for it alone.
    current.indexOf("\u0001");
    let a;
    let b;
    if (i % 2 === 0) {
      a = fromScratch(current);
      b = withPrevious(current);
    } else {
      b = withPrevious(current);
      a = fromScratch(current);
    }
    if (i >= 10) {
      scratch.push(a);
      reusing.push(b);
    }
  }
  return {
    scratch: { median: median(scratch), p95: percentile(scratch, 95) },
    reusing: { median: median(reusing), p95: percentile(reusing, 95) },
  };
}

/**
 * Deterministic one-character edits in prose: each step inserts a letter in a paragraph and the next
 * removes it again, so the document keeps its size over many edits (as typing and undo would).
 */
function editScript(core, text, n) {
  const rng = makeRng(7);
  const parsed = core.parse(text);
  const paras = parsed.blocks.filter((b) => b.kind === "paragraph" && b.span.end - b.span.start > 20);
  const spots = paras.length ? paras : [{ span: { start: 0, end: text.length } }];
  const out = [];
  for (let i = 0; i < Math.max(2, n); i += 2) {
    const p = spots[rng.int(0, spots.length - 1)];
    const at = rng.int(p.span.start + 1, p.span.end - 2);
    out.push((t) => t.slice(0, at) + "e" + t.slice(at));
    out.push((t) => t.slice(0, at) + t.slice(at + 1));
  }
  return out;
}

/**
 * Opens the plan in the built server and times each one-character didChange until the
 * publishDiagnostics of that version arrives (round trip, client side). The server's own time for
 * the validation (parse + rules + conversion) comes from its timing hook, `veiligheidsplan/validated`
 * (initializationOptions.reportTiming); the debounce is set to 0 so that the round trip is work and
 * transport only.
 */
export async function endToEnd(core, serverPath, path, n, cwd) {
  const client = new LspClient(node, [serverPath, "--stdio"], { cwd });
  try {
    await client.initialize(pathToFileURL(dirname(path)).href, { debounceMs: 0, reportTiming: true, validateWorkspace: false });
    const uri = pathToFileURL(path).href;
    const text = readFileSync(path, "utf8");
    const first = client.waitFor((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri);
    client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "veiligheidsplan", version: 1, text } });
    await first;
    const rng = makeRng(11);
    const parsed = core.parse(text);
    const paras = parsed.blocks.filter((b) => b.kind === "paragraph" && b.span.end - b.span.start > 20);
    let current = text;
    let lines = new core.LineIndex(current);
    const roundTrip = [];
    const server = [];
    let versionSeen = false;
    let lastAt = 0;
    for (let v = 2; v < n + 2; v++) {
      const p = paras[rng.int(0, paras.length - 1)];
      // Even versions insert a letter, odd ones take it out again, so the document keeps its size.
      const insert = v % 2 === 0;
      const at = insert ? rng.int(p.span.start + 1, p.span.end - 2) : lastAt;
      lastAt = at;
      const pos = lines.position(at);
      const end = insert ? pos : lines.position(at + 1);
      const diagnostics = client.waitFor((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri && (m.params.version === undefined || m.params.version === v));
      const validated = client.waitFor((m) => m.method === "veiligheidsplan/validated" && m.params.uri === uri && m.params.version === v, 30_000).catch(() => undefined);
      const t0 = performance.now();
      client.notify("textDocument/didChange", {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: pos.line, character: pos.character }, end: { line: end.line, character: end.character } }, text: insert ? "e" : "" }],
      });
      const msg = await diagnostics;
      roundTrip.push(performance.now() - t0);
      const hook = await Promise.race([validated, new Promise((r) => setTimeout(r, 1000))]);
      if (hook?.params?.durationMs !== undefined) server.push(hook.params.durationMs);
      if (msg.params.version === v) versionSeen = true;
      current = insert ? current.slice(0, at) + "e" + current.slice(at) : current.slice(0, at) + current.slice(at + 1);
      lines = new core.LineIndex(current);
    }
    return {
      median: median(roundTrip),
      p95: percentile(roundTrip, 95),
      serverMedian: server.length ? median(server) : undefined,
      serverP95: server.length ? percentile(server, 95) : undefined,
      versioned: versionSeen,
    };
  } finally {
    await client.shutdown();
  }
}

