/**
 * `veiligheidsplan lint`: checks plans and reports in the chosen format; with `--fix` writes the safe
 * fixes back. Exit code 0 (no errors, warnings within --max-warnings), 1 (errors, or too many
 * warnings), 2 (a usage error, a file that cannot be read or is not a plan, a bad configuration, an
 * internal failure; printed as one line naming the file).
 */
import { resolve } from "node:path";
import { type Diagnostic, fixText, lint, type LintOptions, type LintResult, type Locale, RuleOptionsError } from "@veiligheidsplan/core";
import { ConfigResolver, readRuleFlags } from "../config.js";
import { CliError, EXIT } from "../errors.js";
import { collectTargets, decodeText, IgnoreRules, readSource, type SourceFile } from "../files.js";
import { FORMATTERS, type FormatName } from "../formatters/index.js";
import { loadPlan, type LoadedPlan, planResolver } from "../plans.js";
import { type FileReport, isShown } from "../report.js";
import type { Texts } from "../texts.js";
import { replaceIfUnchanged, writeAtomic } from "../write.js";
import { err, out, readStdin, runLocale, runToday, textsFor } from "./common.js";

export interface LintArgs {
  readonly paths: readonly string[];
  readonly format: FormatName;
  readonly outputFile?: string;
  readonly color?: boolean;
  readonly maxWarnings?: number;
  readonly quiet?: boolean;
  readonly fix?: boolean;
  readonly fixDryRun?: boolean;
  readonly stdin?: boolean;
  readonly stdinFilename?: string;
  readonly ignore?: boolean;
  readonly locale?: Locale;
  readonly today?: string;
  readonly config?: string;
  readonly rule?: readonly string[];
  readonly debug?: boolean;
}

export const VERSION: string = typeof __CLI_VERSION__ === "string" ? __CLI_VERSION__ : "0.0.0";

function validate(args: LintArgs, t: Texts): void {
  if (args.stdin && args.paths.length > 0) throw new CliError(t.stdinNeedsNoPaths);
  if (args.stdinFilename !== undefined && !args.stdin) throw new CliError(t.stdinFilenameNeedsStdin);
  if (args.fix && args.fixDryRun) throw new CliError(t.fixBoth);
  if (args.fix && args.stdin) throw new CliError(t.fixWithStdin);
  if (args.maxWarnings !== undefined && (!Number.isInteger(args.maxWarnings) || args.maxWarnings < -1)) throw new CliError(t.badMaxWarnings(String(args.maxWarnings)));
}

/** A failure tied to one file: reported on stderr, the run goes on with the other files. */
function fileFailure(e: unknown, display: string, t: Texts, debug: boolean, configs?: ConfigResolver, absolute?: string): CliError {
  if (e instanceof CliError) return e;
  if (e instanceof RuleOptionsError) {
    const source = configs && absolute ? configs.sourceOf(absolute, e.ruleId) : undefined;
    return new CliError(t.ruleOptions(e.ruleId, e.detail), source ?? display);
  }
  if (debug && e instanceof Error) err(e.stack ?? String(e));
  return new CliError(t.internal(e instanceof Error ? e.message : String(e)), display);
}

export function runLint(args: LintArgs): number {
  const cwd = process.cwd();
  let t = textsFor(args.locale ?? "nl");
  const configs = new ConfigResolver(cwd, t, args.config, readRuleFlags(args.rule ?? [], t));
  const locale = runLocale(args.locale, configs, cwd);
  t = textsFor(locale);
  configs.t = t;
  validate(args, t);
  const today = runToday(args.today, t);
  const debug = args.debug === true;
  const failures: CliError[] = [];
  const notices: string[] = [];

  // 1. What to read.
  const sources: SourceFile[] = [];
  if (args.stdin) {
    const display = args.stdinFilename ?? "<stdin>";
    const absolute = args.stdinFilename !== undefined ? resolve(cwd, args.stdinFilename) : "<stdin>";
    const bytes = readStdin();
    sources.push({ display, absolute, bytes, mtimeMs: 0, text: decodeText(bytes, display, t) });
  } else {
    const ignoreRules = new IgnoreRules(cwd, args.ignore !== false);
    const collected = collectTargets(args.paths, cwd, ignoreRules, t);
    failures.push(...collected.failures);
    for (const f of collected.ignored) notices.push(t.ignored(f));
    for (const target of collected.targets) {
      try {
        if (args.ignore !== false && configs.ignores(target.absolute)) {
          if (target.explicit) notices.push(t.ignored(target.display));
          continue;
        }
        sources.push(readSource(target.display, target.absolute, t));
      } catch (e) {
        failures.push(fileFailure(e, target.display, t, debug));
      }
    }
  }

  // 2. Parse, refuse what is not a plan, find each plan's configuration.
  const plans: LoadedPlan[] = [];
  for (const s of sources) {
    try {
      // Unnamed standard input takes the configuration of the current folder.
      plans.push(loadPlan(s, configs, t, s.absolute === "<stdin>" ? cwd : undefined));
    } catch (e) {
      failures.push(fileFailure(e, s.display, t, debug));
    }
  }

  // 3. Lint (and fix), with the other plans of this run available to cross-plan rules.
  const resolvePlan = planResolver(cwd, plans, t);
  const reports: FileReport[] = [];
  let errors = 0;
  let warnings = 0;
  let fixedFiles = 0;
  for (const p of plans) {
    const options: LintOptions = { filePath: p.source.absolute === "<stdin>" ? undefined : p.source.display, locale, today, config: p.config, resolvePlan, parsed: p.parsed };
    try {
      let result: LintResult;
      let output: string | undefined;
      if (args.fix || args.fixDryRun) {
        const fixed = fixText(p.source.text, options);
        result = fixed.result;
        if (fixed.changed) output = fixed.output;
        if (args.fix && output !== undefined) {
          const written = replaceIfUnchanged(p.source.absolute, output, p.source);
          if (written === "changed") {
            failures.push(new CliError(t.changedOnDisk, p.source.display));
            // Report what is on disk as it was read, not the fixes that were not written.
            result = lint(p.source.text, options);
            output = undefined;
          } else fixedFiles++;
        }
      } else result = lint(p.source.text, options);
      errors += result.errorCount;
      warnings += result.warningCount;
      const quiet = args.quiet === true;
      const shown = (d: Diagnostic) => isShown(d.severity, quiet);
      reports.push({
        display: p.source.display,
        absolute: p.source.absolute,
        source: p.source.text,
        diagnostics: result.diagnostics.filter(shown),
        suppressed: result.suppressed.filter(shown),
        ...(output !== undefined ? { output } : {}),
      });
    } catch (e) {
      failures.push(fileFailure(e, p.source.display, t, debug, configs, p.source.absolute));
    }
  }

  // 4. Report.
  const color = args.outputFile === undefined && (args.color ?? defaultColor());
  const text = FORMATTERS[args.format](reports, { locale, t, color, cwd, version: VERSION });
  if (args.outputFile !== undefined) {
    try {
      writeAtomic(resolve(cwd, args.outputFile), text);
    } catch (e) {
      failures.push(new CliError(t.writeFailed((e as NodeJS.ErrnoException).code ?? String(e)), args.outputFile));
    }
  } else out(text);
  if (args.fix && fixedFiles > 0 && args.format === "stylish" && args.outputFile === undefined) err(t.fixedFiles(fixedFiles));
  for (const n of notices) err(n);
  for (const f of failures) err(f.line);

  if (failures.length > 0) return EXIT.failure;
  if (errors > 0) return EXIT.problems;
  if (args.maxWarnings !== undefined && args.maxWarnings >= 0 && warnings > args.maxWarnings) {
    err(t.tooManyWarnings(warnings, args.maxWarnings));
    return EXIT.problems;
  }
  return EXIT.ok;
}

export function defaultColor(): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== "0" && process.env.FORCE_COLOR !== "false") return true;
  return process.stdout.isTTY === true;
}
