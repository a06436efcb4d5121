#!/usr/bin/env node
/**
 * Keystroke → diagnostics as an editor sees it: the built language server, started with its default
 * (adaptive) debounce, is sent one character every 100 ms (10 characters a second) into a paragraph;
 * for each keystroke the time from sending `didChange` to receiving the `publishDiagnostics` of that
 * version is measured on the client side. The server's own time per check comes from its timing hook
 * (`veiligheidsplan/validated`, which does not change the debounce). Used by bench/run.mjs and on its
 * own:
 *
 *   node bench/lib/ls-typing.mjs [--chars 100] [--rate 10] [--large-chars 40] [--json]
 *
 * Plans: examples/nijmegen-2022-2026.veiligheidsplan (~46 KB) and a ~1 MB plan made from it
 * (largePlan below). Owned by the language-server helper; bench/run.mjs calls measureTyping.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { LspClient } from "./lsp-client.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
export const SERVER_BIN = join(root, "packages", "language-server", "dist", "bin.js");
export const NIJMEGEN = join(root, "examples", "nijmegen-2022-2026.veiligheidsplan");

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? undefined : s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** A ~1 MB plan: Nijmegen's front matter and chapters, its themes repeated with new numbers, one budget line each. */
export function largePlan(nijmegen, targetBytes = 1_000_000) {
  const fmEnd = nijmegen.indexOf("\n---\n", 4) + 5;
  const front = nijmegen.slice(0, fmEnd);
  const prio = nijmegen.indexOf("## Prioritaire thema's");
  const kern = nijmegen.indexOf("## Kernthema's");
  const fin = nijmegen.search(/^## .*Financi/m);
  const intro = nijmegen.slice(fmEnd, prio);
  const themes = nijmegen.slice(prio, kern).split(/^(?=### \d+\. )/m).slice(1);
  const out = [front, intro, "## Prioritaire thema's\n\n"];
  let size = out.join("").length;
  const titles = [];
  for (let n = 1; size < targetBytes - 40_000; n++) {
    const t = themes[(n - 1) % themes.length].replace(/^### \d+\. (.*)$/m, (_, title) => `### ${n}. ${title} ${n}`);
    titles.push(/^### \d+\. (.*)$/m.exec(t)[1]);
    out.push(t);
    size += t.length;
  }
  const years = [2022, 2023, 2024, 2025, 2026];
  out.push(nijmegen.slice(kern, fin));
  out.push("## Financiën\n\n", `| (bedragen x € 1.000) | ${years.join(" | ")} |\n`, `| :-- | ${years.map(() => "--:").join(" | ")} |\n`);
  const totals = years.map(() => 0);
  titles.forEach((t, i) => {
    const amounts = years.map((_, k) => 100 + ((i * 37 + k * 11) % 900));
    amounts.forEach((a, k) => (totals[k] += a));
    out.push(`| ${i + 1}. Aanpak ${t} | ${amounts.join(" | ")} |\n`);
  });
  out.push(`| **Totaal** | ${totals.map((x) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ".")).join(" | ")} |\n\n### Toelichting\n\n`);
  titles.forEach((t, i) => out.push(`#### Aanpak ${t}\n\nDit deelproduct dient het thema. (Thema ${i + 1} — ${t})\n\n`));
  return out.join("");
}

/**
 * Types `chars` characters at `rateHz` into the first long paragraph of `text` and measures each
 * keystroke's round trip. Returns medians and p95s in ms, how many keystrokes got their own
 * diagnostics, and whether any publication was older than one already received (stale).
 */
export async function measureTyping({ serverPath = SERVER_BIN, text, uri = pathToFileURL(NIJMEGEN).href, chars = 100, rateHz = 10, initializationOptions = {} } = {}) {
  const client = new LspClient(process.execPath, [serverPath, "--stdio"], { cwd: root });
  try {
    await client.initialize(null, { validateWorkspace: false, reportTiming: true, ...initializationOptions });
    const published = [];
    const server = [];
    let newest = 0;
    let stale = 0;
    client.listeners.add((m) => {
      if (m.method === "textDocument/publishDiagnostics" && m.params.uri === uri) {
        const v = m.params.version ?? 0;
        if (v < newest) stale++;
        newest = Math.max(newest, v);
        published.push({ version: v, at: performance.now() });
      } else if (m.method === "veiligheidsplan/validated" && m.params.uri === uri && m.params.version > 1) server.push(m.params.durationMs);
    });
    const first = client.waitFor((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri, 120_000);
    client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "veiligheidsplan", version: 1, text } });
    await first;
    // The cursor: the end of the first line of a long paragraph (not a heading, table or front matter).
    const lines = text.split("\n");
    let line = lines.findIndex((l, i) => i > 20 && l.length > 80 && /^[A-Z]/.test(l));
    if (line < 0) line = lines.length - 1;
    let character = lines[line].length;
    const word = " veiligheid";
    const sentAt = new Map();
    const period = 1000 / rateHz;
    const start = performance.now();
    for (let i = 0; i < chars; i++) {
      const target = start + i * period;
      const wait = target - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const v = i + 2;
      sentAt.set(v, performance.now());
      client.notify("textDocument/didChange", {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: word[i % word.length] }],
      });
      character++;
    }
    const last = chars + 1;
    if (newest < last) await client.waitFor((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri && (m.params.version ?? 0) >= last, 60_000);
    // Each keystroke's latency: until the first publication of its version or a newer one.
    const latency = [];
    let own = 0;
    for (const [v, at] of sentAt) {
      const p = published.find((x) => x.version >= v && x.at >= at);
      if (!p) continue;
      if (p.version === v) own++;
      latency.push(p.at - at);
    }
    return { keystrokes: chars, rateHz, median: pct(latency, 50), p95: pct(latency, 95), max: Math.max(...latency), ownPublications: own, stale, serverMedian: pct(server, 50), serverP95: pct(server, 95), bytes: Buffer.byteLength(text) };
  } finally {
    await client.shutdown();
  }
}

/** Both plans, as bench/run.mjs reports them. */
export async function measureAll({ serverPath = SERVER_BIN, chars = 100, largeChars = 40, rateHz = 10 } = {}) {
  const nijmegen = readFileSync(NIJMEGEN, "utf8");
  return {
    nijmegen: await measureTyping({ serverPath, text: nijmegen, chars, rateHz }),
    large: await measureTyping({ serverPath, text: largePlan(nijmegen), uri: "file:///bench/groot.veiligheidsplan", chars: largeChars, rateHz }),
  };
}

/** Markdown lines for RESULTS.md. */
export function reportLines(r, command = "node bench/lib/ls-typing.mjs") {
  const f = (x) => (x === undefined ? "–" : x.toFixed(1));
  const row = (label, x) =>
    `| ${label} | ${(x.bytes / 1000).toFixed(0)} KB | ${x.keystrokes} at ${x.rateHz}/s | ${f(x.median)} | ${f(x.p95)} | ${f(x.serverMedian)} | ${f(x.serverP95)} | ${x.ownPublications}/${x.keystrokes} | ${x.stale} |`;
  return [
    "### Typing: keystroke → diagnostics (language server, default adaptive debounce)",
    "",
    `Command: \`${command}\`. Client side: \`didChange\` sent → \`publishDiagnostics\` of that version (or a newer one) received over stdio. Targets (issue 20): Nijmegen median < 30 ms, p95 < 60 ms; 1 MB plan server time median < 10 ms.`,
    "",
    "| plan | size | keystrokes | round trip median (ms) | round trip p95 (ms) | server median (ms) | server p95 (ms) | own diagnostics | stale |",
    "| :-- | --: | --: | --: | --: | --: | --: | --: | --: |",
    row("Nijmegen", r.nijmegen),
    row("~1 MB plan", r.large),
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (n, d) => (args.includes(n) ? Number(args[args.indexOf(n) + 1]) : d);
  if (!existsSync(SERVER_BIN)) {
    console.error(`${SERVER_BIN} is missing: run \`npm run build\` first`);
    process.exit(2);
  }
  const r = await measureAll({ chars: opt("--chars", 100), largeChars: opt("--large-chars", 40), rateHz: opt("--rate", 10) });
  console.log(args.includes("--json") ? JSON.stringify(r, null, 2) : reportLines(r, `node bench/lib/ls-typing.mjs ${args.join(" ")}`.trim()).join("\n"));
}
