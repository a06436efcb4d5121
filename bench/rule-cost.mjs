#!/usr/bin/env node
/**
 * What each rule costs on its own, in process, once V8 is warm: `parse` + `lint` with only that rule
 * switched on, over the same corpus plans, best of three rounds (each round parses the plans afresh, so
 * that the per-plan caches — sentences, word-list marks, goals — are cold as in a real run). A rule that
 * reads what others read too (the kwaliteit rules and the plan's sentences and word marks) pays for that
 * shared work here in full, so the figures do not add up to a whole lint: they say which rule to look at,
 * not how the run divides. "engine alone" is `lint` with no rule.
 *
 *   node bench/rule-cost.mjs [--core packages/core/dist] [--plans bench/.corpus/n1000-l0-s2022/plans] [--count 300]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    core: { type: "string", default: "packages/core/dist" },
    plans: { type: "string", default: "bench/.corpus/n1000-l0-s2022/plans" },
    count: { type: "string", default: "300" },
  },
});
const core = await import(pathToFileURL(join(resolve(values.core), "index.js")).href);
const files = readdirSync(values.plans).filter((f) => f.endsWith(".veiligheidsplan")).sort().slice(0, Number(values.count)).map((f) => join(values.plans, f));
if (files.length === 0) throw new Error(`no plans in ${values.plans}: generate them with 'node bench/corpus.mjs --count 1000 --large 0 --seed 2022 --out bench/.corpus/n1000-l0-s2022'`);
const texts = files.map((f) => readFileSync(f, "utf8"));
const options = { today: "2026-12-06" };

// Two passes of everything first: V8 optimises what a real run's later plans run.
for (let p = 0; p < 2; p++) for (const t of texts) core.lint(t, { ...options, parsed: core.parse(t) });

/** Best of three rounds, ms per plan, with these rules switched on. */
function cost(rules) {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const parsed = texts.map((t) => core.parse(t));
    const t0 = performance.now();
    for (let i = 0; i < texts.length; i++) core.lint(texts[i], { ...options, parsed: parsed[i], rules });
    best = Math.min(best, performance.now() - t0);
  }
  return best / texts.length;
}

const all = cost(core.ALL_RULES);
const none = cost([]);
const rows = core.ALL_RULES.map((rule) => [rule.meta.id, cost([rule])]).sort((a, b) => b[1] - a[1]);
console.log(`${texts.length} plans from ${values.plans}; ms per plan, warm, best of 3`);
console.log(`${all.toFixed(3).padStart(7)}  all rules`);
console.log(`${none.toFixed(3).padStart(7)}  engine alone`);
for (const [id, ms] of rows) console.log(`${ms.toFixed(3).padStart(7)}  ${id}`);
