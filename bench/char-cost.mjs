#!/usr/bin/env node
/**
 * What one pass over a plan's text costs in JavaScript on this machine, per character: a loop that
 * only reads `charCodeAt`, the same with a symbol table lookup, and a table-driven automaton of the
 * word lists' size (221 states × 32 symbols, as kwaliteit/woorden.ts builds it; random transitions).
 * Each is set against the floor's work on the same file in the same run (read, decode and split in
 * native code, as bench/lib/floor.mjs does), in interleaved rounds: this says how many passes over the
 * text a linter within a few times the floor can afford.
 *
 *   node bench/char-cost.mjs [plan file]
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { load } from "./lib/measure.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const plans = join(here, ".corpus/n1000-l0-s2022/set-1000/plans");
const file = process.argv[2] ?? join(plans, readdirSync(plans).filter((f) => f.endsWith(".veiligheidsplan")).sort()[0]);
const text = readFileSync(file, "utf8");

const SYMBOL = new Uint8Array(0x10000);
for (let u = 0; u < 0x10000; u++) SYMBOL[u] = u >= 97 && u <= 122 ? 3 + u - 97 : u >= 65 && u <= 90 ? 3 + u - 65 : u === 32 ? 2 : u >= 48 && u <= 57 ? 1 : 0;
const STATES = 221;
const delta = new Uint16Array(STATES << 5);
for (let i = 0; i < delta.length; i++) delta[i] = (i * 7919) % STATES;

function codes(t) {
  let s = 0;
  for (let i = 0; i < t.length; i++) s += t.charCodeAt(i);
  return s;
}
function symbols(t) {
  let s = 0;
  for (let i = 0; i < t.length; i++) s += SYMBOL[t.charCodeAt(i)];
  return s;
}
function automaton(t) {
  let state = 0;
  let hits = 0;
  for (let i = 0; i < t.length; i++) {
    state = delta[(state << 5) | SYMBOL[t.charCodeAt(i)]];
    if (state >= 185) hits++;
  }
  return hits;
}

/** The floor's work on the same file (bench/lib/floor.mjs): read, decode and split into lines, in native code. */
function floor() {
  return new TextDecoder().decode(readFileSync(file)).split("\n").length;
}

const passes = { "floor (read, decode, split)": floor, "charCodeAt only": codes, "+ symbol table": symbols, "automaton (table per character)": automaton };
const before = load();
let sink = 0;
for (const f of Object.values(passes)) for (let w = 0; w < 50; w++) sink += f(text);
// Rounds interleave the passes, so that each is measured at the same moments as the floor.
const times = Object.fromEntries(Object.keys(passes).map((k) => [k, []]));
for (let r = 0; r < 9; r++) {
  for (const [name, f] of Object.entries(passes)) {
    const t0 = performance.now();
    for (let k = 0; k < 30; k++) sink += f(text);
    times[name].push((((performance.now() - t0) / 30) * 1e6) / text.length);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[4];
console.log(`${file}: ${text.length} characters (${readFileSync(file).length} bytes); load average ${before.toFixed(2)} → ${load().toFixed(2)}`);
for (const [name, xs] of Object.entries(times)) {
  console.log(`${name.padEnd(34)} ${median(xs).toFixed(2)} ns per character (median of 9 interleaved rounds × 30 calls; min ${Math.min(...xs).toFixed(2)}; ${(median(xs) / median(times["floor (read, decode, split)"])).toFixed(2)}× the floor)`);
}
if (sink === 0.5) console.log(sink);
