/**
 * bench/RESULTS.md from the measurements of run.mjs: for every ratio the two commands, the bytes each
 * processed, medians and minimums of the interleaved runs (wall and CPU), and the load average.
 */
import os from "node:os";

const f = (x, d = 2) => (x === undefined || Number.isNaN(x) ? "–" : x.toFixed(d));
const s = (ms) => f(ms / 1000, 2);
const mb = (bytes) => (bytes / 1e6).toFixed(1);
const yes = (ok) => (ok ? "yes" : "**no**");
const loadOf = (l) => `${f(l.before, 1)} → ${f(l.after, 1)}`;

export function report(R) {
  const cpu = os.cpus();
  const out = [];
  const row = (...c) => out.push(`| ${c.join(" | ")} |`);
  const missed = [];
  const summary = [];
  out.push("# Benchmark results", "");
  out.push(`- Date: ${R.started.toISOString().replace("T", " ").slice(0, 16)} UTC`);
  out.push(`- Machine: ${cpu[0]?.model ?? "?"}, ${os.availableParallelism?.() ?? cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}`);
  out.push(`- Load average (1, 5, 15 min) at the start: ${R.loadAtStart.map((x) => x.toFixed(1)).join(", ")}; at the end: ${R.loadAtEnd.map((x) => x.toFixed(1)).join(", ")}`);
  out.push(`- Node ${process.version}; markdownlint-cli2 ${R.mdlVersion} (its default configuration)`);
  out.push(`- Corpus: ${R.corpus.files} Nijmegen-derived plans with distinct names (the prose of examples/nijmegen-2022-2026.veiligheidsplan shuffled and perturbed under 40 municipalities' names; ~45 KB each; ${R.corpus.budgetErrors} with a budget error), seed ${R.corpus.seed}, \`${R.corpus.dir}\` (\`node bench/corpus.mjs --large 0\`); each plan also as \`.md\` with the same bytes`);
  out.push(`- Command: \`node bench/run.mjs ${R.argv.join(" ")}\`${R.quick ? " — quick mode: a check, not a result" : ""}${R.cfg.rounds < 5 ? ` — only ${R.cfg.rounds} rounds: not a result` : ""}`);
  if (R.incomplete) out.push(`- **Incomplete**: written while the run went on; not yet measured: ${R.incomplete.join(", ") || "–"}`);
  out.push("", "The machine is shared: each ratio is between commands run in the same rounds, alternating (the order reversed every other round), on the same files. CPU time (user + system of the child, GNU time) moves far less with the machine's load than wall time. The load average is the 1-minute figure before → after each measurement.", "");

  const body = [];
  for (const sec of R.sections) {
    const lines = [];
    const r = (...c) => lines.push(`| ${c.join(" | ")} |`);
    if (sec.kind === "throughput") {
      const o = sec.ours;
      const m = sec.markdownlint;
      const fl = sec.floor;
      const vsPeer = m.wall.median / o.wall.median;
      const vsFloor = o.wall.median / fl.wall.median;
      lines.push(`## Throughput: ${sec.plans} plans (${mb(sec.bytes)} MB)`, "");
      lines.push(`Each command processed the same ${sec.plans} files, ${sec.bytes.toLocaleString("en")} bytes (the \`.md\` copies are the same bytes under another extension). ${o.n} interleaved rounds; load average ${loadOf(sec.load)}.`, "");
      r("command", "wall median (s)", "wall min (s)", "CPU median (s)", "CPU min (s)", "MB/s (wall median)");
      r("---", "---:", "---:", "---:", "---:", "---:");
      for (const [k, x] of [["ours", o], ["markdownlint", m], ["floor", fl]]) r(`\`${sec.commands[k]}\``, s(x.wall.median), s(x.wall.min), s(x.cpu.median), s(x.cpu.min), f(sec.bytes / 1e6 / (x.wall.median / 1000), 1));
      lines.push("");
      r("ratio", "wall, medians", "wall, minimums", "CPU, medians", "CPU, minimums", "target");
      r("---", "---:", "---:", "---:", "---:", "---");
      r("markdownlint-cli2 ÷ veiligheidsplan (how many times faster)", `${f(vsPeer, 1)}×`, `${f(m.wall.min / o.wall.min, 1)}×`, `${f(m.cpu.median / o.cpu.median, 1)}×`, `${f(m.cpu.min / o.cpu.min, 1)}×`, `≥ 20×: ${yes(vsPeer >= 20)}`);
      r("veiligheidsplan ÷ floor (how many times slower)", `${f(vsFloor, 1)}×`, `${f(o.wall.min / fl.wall.min, 1)}×`, `${f(o.cpu.median / fl.cpu.median, 1)}×`, `${f(o.cpu.min / fl.cpu.min, 1)}×`, `≤ 8×: ${yes(vsFloor <= 8)}`);
      lines.push("");
      lines.push(`Wall times per round (s): veiligheidsplan ${o.runs.map((x) => s(x)).join(", ")}; markdownlint-cli2 ${m.runs.map((x) => s(x)).join(", ")}; floor ${fl.runs.map((x) => s(x)).join(", ")}.`, "");
      summary.push([`throughput, ${sec.plans} plans: markdownlint-cli2 ÷ ours (wall medians; CPU)`, `${f(vsPeer, 1)}× (${f(m.cpu.median / o.cpu.median, 1)}×)`, "≥ 20×", yes(vsPeer >= 20), loadOf(sec.load)]);
      summary.push([`throughput, ${sec.plans} plans: ours ÷ read-and-split floor (wall medians; CPU)`, `${f(vsFloor, 1)}× (${f(o.cpu.median / fl.cpu.median, 1)}×)`, "≤ 8×", yes(vsFloor <= 8), loadOf(sec.load)]);
      if (vsPeer < 20) missed.push(`throughput on ${sec.plans} plans: ${f(vsPeer, 1)}× markdownlint-cli2 (target ≥ 20×)`);
      if (vsFloor > 8) missed.push(`throughput on ${sec.plans} plans: ${f(vsFloor, 1)}× the floor (target ≤ 8×)`);
    } else if (sec.kind === "startup") {
      const ratio = sec.ours.wall.median / sec.node.wall.median;
      lines.push("## Start-up", "");
      lines.push(`One plan (${sec.bytes.toLocaleString("en")} bytes; markdownlint-cli2 gets the same bytes as \`plan.md\`), ${sec.ours.n} interleaved rounds after 2 dropped; load average ${loadOf(sec.load)}.`, "");
      r("command", "wall median (ms)", "wall min (ms)", "CPU median (ms)", "vs `node -e 0` (medians)");
      r("---", "---:", "---:", "---:", "---:");
      for (const k of ["node", "ours", "markdownlint"]) r(`\`${sec.commands[k]}\``, f(sec[k].wall.median, 0), f(sec[k].wall.min, 0), f(sec[k].cpu.median, 0), `${f(sec[k].wall.median / sec.node.wall.median, 2)}×`);
      lines.push("");
      summary.push(["start-up, one plan: ours ÷ `node -e 0` (wall medians)", `${f(ratio, 2)}× (${f(sec.ours.wall.median / sec.markdownlint.wall.median, 2)}× markdownlint-cli2)`, "≤ 3×", yes(ratio <= 3), loadOf(sec.load)]);
      if (ratio > 3) missed.push(`start-up: ${f(ratio, 2)}× node -e 0 (target ≤ 3×)`);
    } else if (sec.kind === "ls") {
      lines.push("## Language server", "");
      lines.push(`A one-character edit in a prose paragraph (insert a letter, then delete it again), then fresh diagnostics. Server: \`${sec.server ?? "not built"}\`. Load average ${loadOf(sec.load)}.`, "");
      r("document", "KB", "measured", "edits", "median (ms)", "p95 (ms)");
      r("---", "---:", "---", "---:", "---:", "---:");
      for (const x of sec.rows) {
        if (x.error) r(x.label, "", x.what, "", "failed", x.error.replace(/\|/g, "/").replace(/\n/g, " "));
        else r(x.label, x.bytes ? f(x.bytes / 1000, 0) : "", x.what, x.n, f(x.median, 2), f(x.p95, 2));
      }
      lines.push("");
      if (sec.notes.length > 0) lines.push(...sec.notes, "");
      // Issue 20's target for a large plan: the server's own time per edit, over JSON-RPC.
      const large = sec.rows.find((x) => !x.error && x.label.startsWith("~1 MB") && x.what.startsWith("server time"));
      if (large) {
        summary.push(["language server, ~1 MB plan: server time per one-character edit (median, debounce 0)", `${f(large.median, 2)} ms (p95 ${f(large.p95, 2)} ms)`, "< 10 ms", yes(large.median < 10), loadOf(sec.load)]);
        if (large.median >= 10) missed.push(`language server: ${f(large.median, 2)} ms per edit of the ~1 MB plan (target < 10 ms)`);
      }
    } else if (sec.kind === "memory") {
      lines.push("## Memory", "");
      const rounds = sec.rows[0]?.rssRunsMb?.length ?? 1;
      lines.push(`Peak resident set size (GNU time \`%M\`) of \`veiligheidsplan lint\` (one thread, its defaults) per output format, report written with \`--output-file\`. The larger runs are the same plans several times over under distinct names (hard links). ${rounds} run${rounds === 1 ? "" : "s"} per format, the formats taking turns; the highest peak counts for the target, and every run's peak is listed. Load average ${loadOf(sec.load)}.`, "");
      r("plans", "MB", "format", "peak RSS, highest (MB)", "peak RSS, median (MB)", "each run (MB)", "wall median (s)", "CPU median (s)", "≤ 150 MB");
      r("---:", "---:", "---", "---:", "---:", "---", "---:", "---:", "---");
      for (const x of sec.rows) r(x.plans, mb(x.bytes), x.format, f(x.rssMb, 0), f(x.rssMedianMb ?? x.rssMb, 0), (x.rssRunsMb ?? [x.rssMb]).map((v) => f(v, 0)).join(", "), s(x.ms), s(x.cpuMs), yes(x.rssMb <= 150));
      lines.push("", "What each format keeps from one file to the next: docs/cli.md, \"Output formats and memory\".", "");
      const most = Math.max(...sec.rows.map((x) => x.plans));
      const worst = sec.rows.filter((x) => x.plans === most).reduce((a, b) => (b.rssMb > a.rssMb ? b : a));
      summary.push([`peak RSS, ${most} plans, the highest of the formats and runs (${worst.format})`, `${f(worst.rssMb, 0)} MB`, "≤ 150 MB", yes(worst.rssMb <= 150), loadOf(sec.load)]);
      for (const x of sec.rows) if (x.rssMb > 150) missed.push(`memory: ${f(x.rssMb, 0)} MB on ${x.plans} plans with --format ${x.format} (target ≤ 150 MB)`);
    } else if (sec.kind === "concurrency") {
      lines.push("## Concurrency", "");
      lines.push(`${sec.cores} cores (\`os.availableParallelism()\`). \`veiligheidsplan lint --concurrency <mode> <folder>\`, the three modes interleaved on the same files. Target: \`auto\` never slower than \`off\`.`, "");
      r("plans", "bytes", "mode", "wall median (s)", "wall min (s)", "CPU median (s)", "peak RSS (MB)", "off ÷ mode (wall medians)", "load average");
      r("---:", "---:", "---", "---:", "---:", "---:", "---:", "---:", "---");
      for (const g of sec.figures) {
        for (const mode of ["off", "auto", "2"]) r(g.plans, g.bytes.toLocaleString("en"), `\`${mode}\``, s(g[mode].wall.median), s(g[mode].wall.min), s(g[mode].cpu.median), f(g[mode].rssMb, 0), `${f(g.off.wall.median / g[mode].wall.median, 2)}×`, loadOf(g.load));
        const gain = g.off.wall.median / g.auto.wall.median;
        const gainMin = g.off.wall.min / g.auto.wall.min;
        summary.push([`\`--concurrency auto\` ÷ \`off\`, ${g.plans} plans, ${sec.cores} cores (off ÷ auto, wall medians; minimums)`, `${f(gain, 2)}× (${f(gainMin, 2)}×)`, "≥ 1× (within noise)", sec.cores < 3 ? "yes (on this machine `auto` runs the same code as `off`; below)" : gain >= 0.95 ? "yes" : "**no**", loadOf(g.load)]);
      }
      if (sec.cores < 3) lines.push("", `On ${sec.cores} cores \`auto\` starts no workers (packages/cli/src/concurrency.ts: a lint thread counts as 1.45 cores) and decides without reading the files, so \`auto\` and \`off\` run the same code here: their difference is this machine's noise.`);
      lines.push("", `Command: \`node packages/cli/dist/cli.js lint --concurrency <off|auto|2> ${sec.figures.map((g) => g.dir).join(" | ")}\`.`, "");
    }
    body.push(...lines);
  }

  out.push("## Summary", "");
  row("figure", "measured", "target", "met", "load average");
  row("---", "---:", "---", "---", "---");
  for (const x of summary) row(...x);
  out.push("", ...body);
  out.push("## Missed targets", "");
  out.push(missed.length ? missed.map((m) => `- ${m}`).join("\n") : "None in this run.", "");
  return out.join("\n");
}
