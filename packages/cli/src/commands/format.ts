/**
 * `veiligheidsplan format`: the canonical layout from core's formatter (aligned tables with amounts
 * right-aligned, safe fixes applied, tidy blank lines). Without --check or --write one plan is written
 * to standard output; --check lists plans that would change (exit 1); --write rewrites them atomically.
 */
import { resolve } from "node:path";
import { formatText } from "@veiligheidsplan/core";
import { CliError, EXIT } from "../errors.js";
import { collectTargets, decodeText, IgnoreRules, readSource, type SourceFile, writeErrorText } from "../files.js";
import { loadPlan, type LoadedPlan, planResolver } from "../plans.js";
import { replaceIfUnchanged } from "../write.js";
import { err, out, type PlanInputArgs, readStdin, runToday, setupRun } from "./common.js";

export interface FormatArgs extends PlanInputArgs {
  readonly paths: readonly string[];
  readonly check?: boolean;
  readonly write?: boolean;
}

export function runFormat(args: FormatArgs): number {
  const { cwd, t, configs, locale } = setupRun(args);
  if (args.check && args.write) throw new CliError(t.checkAndWrite);
  if (args.stdin && args.paths.length > 0) throw new CliError(t.stdinNeedsNoPaths);
  if (args.stdinFilename !== undefined && !args.stdin) throw new CliError(t.stdinFilenameNeedsStdin);
  if (args.stdin && args.write) throw new CliError(t.fixWithStdin);
  const today = runToday(args.today, t);
  const failures: CliError[] = [];

  const sources: SourceFile[] = [];
  if (args.stdin) {
    const display = args.stdinFilename ?? "<stdin>";
    const bytes = readStdin(t);
    sources.push({ display, absolute: args.stdinFilename !== undefined ? resolve(cwd, args.stdinFilename) : "<stdin>", bytes, mtimeMs: 0, text: decodeText(bytes, display, t) });
  } else {
    const collected = collectTargets(args.paths, cwd, new IgnoreRules(cwd, args.ignore !== false, t), t);
    failures.push(...collected.failures);
    for (const f of collected.ignored) err(t.ignored(f));
    for (const target of collected.targets) {
      try {
        if (args.ignore !== false && configs.ignores(target.absolute)) continue;
        sources.push(readSource(target.display, target.absolute, t));
      } catch (e) {
        failures.push(e instanceof CliError ? e : new CliError(t.internal(String(e)), target.display));
      }
    }
  }
  if (!args.check && !args.write && sources.length + failures.length > 1) throw new CliError(t.formatNeedsMode);

  const plans: LoadedPlan[] = [];
  for (const s of sources) {
    try {
      plans.push(loadPlan(s, configs, t, s.absolute === "<stdin>" ? cwd : undefined));
    } catch (e) {
      failures.push(e instanceof CliError ? e : new CliError(t.internal(String(e)), s.display));
    }
  }
  const resolvePlan = planResolver(cwd, plans, t);
  const changed: string[] = [];
  for (const p of plans) {
    let output: string;
    try {
      ({ output } = formatText(p.source.text, { filePath: p.source.absolute === "<stdin>" ? undefined : p.source.display, locale, today, config: p.config, resolvePlan }));
    } catch (e) {
      if (args.debug && e instanceof Error) err(e.stack ?? String(e));
      failures.push(new CliError(t.internal(e instanceof Error ? e.message : String(e)), p.source.display));
      continue;
    }
    const differs = output !== p.source.text;
    if (!args.check && !args.write) {
      out(output);
      continue;
    }
    if (!differs) continue;
    if (args.check) {
      changed.push(p.source.display);
      out(`${p.source.display}\n`);
      continue;
    }
    try {
      if (replaceIfUnchanged(p.source.absolute, output, p.source) === "changed") failures.push(new CliError(t.changedOnDisk, p.source.display));
      else {
        changed.push(p.source.display);
        out(`${t.formatted(p.source.display)}\n`);
      }
    } catch (e) {
      failures.push(new CliError(writeErrorText(e, t), p.source.display));
    }
  }
  for (const f of failures) err(f.line);
  if (failures.length > 0) return EXIT.failure;
  if (args.check) {
    err(changed.length > 0 ? t.wouldChange(changed.length) : t.allFormatted(plans.length));
    return changed.length > 0 ? EXIT.problems : EXIT.ok;
  }
  return EXIT.ok;
}
