// Start-up cost of the CLI: whole-process wall time of `veiligheidsplan lint <one plan>` against
// `node -e 0`, interleaved so that both see the same machine load; prints the medians and the ratio.
//   node packages/cli/scripts/startup.mjs [plan] [runs]
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const plan = process.argv[2] || fileURLToPath(new URL("../../../examples/nijmegen-2022-2026.veiligheidsplan", import.meta.url));
const runs = Number(process.argv[3] ?? 21);

const time = (args) => {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return ms;
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Warm the file cache first.
time(["-e", "0"]);
time([cli, "lint", plan]);
const base = [];
const lint = [];
for (let i = 0; i < runs; i++) {
  base.push(time(["-e", "0"]));
  lint.push(time([cli, "lint", plan]));
}
const b = median(base);
const l = median(lint);
console.log(`node -e 0:                   median ${b.toFixed(1)} ms over ${runs} runs`);
console.log(`veiligheidsplan lint <plan>: median ${l.toFixed(1)} ms over ${runs} runs`);
console.log(`ratio: ${(l / b).toFixed(2)}x`);
