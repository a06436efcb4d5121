#!/usr/bin/env node
/**
 * `veiligheidsplan`: starts the command line with V8's code cache.
 *
 * Most of a short run's time went to compiling JavaScript: the command line (yargs) and the engine
 * (core with effect and yaml, about 1 MB). Node 22 caches compiled code by itself
 * (module.enableCompileCache); Node 20 does not. So the bundles are CommonJS files run through
 * vm.Script with the code cache that the build wrote next to them (`*.v8cache`, made by
 * scripts/build-code-cache.mjs after a sample run, so it also holds the functions a lint compiles).
 * V8 checks that a cache belongs to the same source, V8 version and flags, and otherwise ignores it:
 * then the code is compiled as usual, only slower. The engine bundle is loaded only when a command
 * runs, so `--help` and usage errors never read it.
 *
 * The worker threads of `lint --concurrency` start here too (workerData names them): a worker loads
 * only the engine, from the same code cache, instead of compiling it cold.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { isMainThread, workerData } from "node:worker_threads";
import { LINT_WORKER } from "./worker-key.js";

const here = dirname(fileURLToPath(import.meta.url));
const writeCache = process.env.VEILIGHEIDSPLAN_WRITE_CODE_CACHE === "1" && isMainThread;
const loaded = new Map<string, { exports: unknown; script: Script }>();

function load(name: string): unknown {
  const file = join(here, name);
  const hit = loaded.get(file);
  if (hit) return hit.exports;
  const source = readFileSync(file, "utf8");
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(`${file}.v8cache`);
  } catch {
    cachedData = undefined;
  }
  // The CommonJS wrapper on the first line, so line numbers in stack traces stay right.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as unknown };
  loaded.set(file, { exports: module.exports, script });
  (script.runInThisContext() as (...a: unknown[]) => void)(module.exports, createRequire(file), module, file, here);
  loaded.set(file, { exports: module.exports, script });
  return module.exports;
}

if (writeCache) {
  process.on("exit", () => {
    // After the run, so the cache also holds the functions that were compiled while it ran.
    for (const [file, { script }] of loaded) writeFileSync(`${file}.v8cache`, script.createCachedData());
  });
}

if (!isMainThread && typeof workerData === "object" && workerData !== null && LINT_WORKER in workerData) {
  (load("engine.cjs") as { runLintWorker: () => void }).runLintWorker();
} else {
  const { main } = load("main.cjs") as { main: (argv: readonly string[], load: (name: string) => unknown, entry: string) => Promise<number> };
  main(process.argv.slice(2), load, fileURLToPath(import.meta.url)).then(
    (code) => {
      // Let pending output drain instead of calling process.exit (which can cut a piped report short).
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
