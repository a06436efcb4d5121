/**
 * `veiligheidsplan lint`: checks plans and reports in the chosen format; with `--fix` writes the safe
 * fixes back. Exit code 0 (no errors, warnings within --max-warnings), 1 (errors, or too many
 * warnings), 2 (a usage error, a file that cannot be read or is not a plan, a bad configuration, an
 * internal failure; printed as one line naming the file).
 */
import { resolve } from "node:path";
import { type Diagnostic, fixText, lint, type LintOptions, type LintResult, RuleOptionsError } from "@veiligheidsplan/core";
import type { ConfigResolver } from "../config.js";
import { CliError, EXIT } from "../errors.js";
import { collectTargets, decodeText, IgnoreRules, readSource, type SourceFile } from "../files.js";
import { FORMATTERS, type FormatName } from "../formatters/index.js";
import { loadPlan, type LoadedPlan, PlanLibrary } from "../plans.js";
import { LongRunMemory, MANY_PLANS } from "../memory.js";
import { type FileReport, isShown, keepTextForFixes } from "../report.js";
import type { Texts } from "../texts.js";
import { replaceIfUnchanged, writeAtomic } from "../write.js";
import { err, out, type PlanInputArgs, readStdin, runToday, setupRun } from "./common.js";

export interface LintArgs extends PlanInputArgs {
  readonly paths: readonly string[];
  readonly format: FormatName;
  readonly outputFile?: string;
  readonly color?: boolean;
  readonly maxWarnings?: number;
  readonly quiet?: boolean;
  readonly fix?: boolean;
  readonly fixDryRun?: boolean;
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
  const { cwd, t, configs, locale } = setupRun(args);
  validate(args, t);
  const today = runToday(args.today, t);
  const debug = args.debug === true;
  const failures: CliError[] = [];
  const notices: string[] = [];

  // Plan by plan — read, parse, lint (and fix), keep the findings, drop the plan — so that memory
  // stays flat however many plans a run has. A predecessor that a plan names (`vorig-plan: bestand:`)
  // is read when a rule asks for it; the library keeps the last few parsed plans for that.
  const library = new PlanLibrary(cwd, t);
  const quiet = args.quiet === true;
  const shown = (d: Diagnostic) => isShown(d.severity, quiet);
  const reports: FileReport[] = [];
  let errors = 0;
  let warnings = 0;
  let fixedFiles = 0;
  const lintOne = (s: SourceFile, configDir?: string): void => {
    let p: LoadedPlan;
    try {
      p = loadPlan(s, configs, t, configDir);
    } catch (e) {
      failures.push(fileFailure(e, s.display, t, debug));
      return;
    }
    // Standard input named by --stdin-filename stands for that file, also as another plan's predecessor.
    if (args.stdin) library.pin(s.display, s.absolute, p.parsed);
    const options: LintOptions = { filePath: s.absolute === "<stdin>" ? undefined : s.display, locale, today, config: p.config, resolvePlan: library.resolve, parsed: p.parsed };
    try {
      let result: LintResult;
      let output: string | undefined;
      let written = false;
      if (args.fix || args.fixDryRun) {
        const fixed = fixText(s.text, options);
        result = fixed.result;
        if (fixed.changed) output = fixed.output;
        if (args.fix && output !== undefined) {
          if (replaceIfUnchanged(s.absolute, output, s) === "changed") {
            failures.push(new CliError(t.changedOnDisk, s.display));
            // Report what is on disk as it was read, not the fixes that were not written.
            result = lint(s.text, options);
            output = undefined;
          } else {
            fixedFiles++;
            written = true;
          }
        }
      } else result = lint(s.text, options);
      errors += result.errorCount;
      warnings += result.warningCount;
      // Copies: a diagnostic's data holds slices of the text, which would keep the whole text alive.
      const diagnostics = structuredClone(result.diagnostics.filter(shown));
      const suppressed = structuredClone(result.suppressed.filter(shown));
      reports.push({
        display: s.display,
        absolute: s.absolute,
        source: keepTextForFixes(s.text, [...diagnostics, ...suppressed]),
        diagnostics,
        suppressed,
        // Only json prints the fixed text; the others would just hold it until the end.
        ...(output !== undefined && args.format === "json" ? { output } : {}),
      });
      // A later plan that names this one as its predecessor reads it as it now is on disk.
      if (written) library.forget(s.absolute);
      else if (!args.stdin) library.remember(s.absolute, p.parsed);
    } catch (e) {
      failures.push(fileFailure(e, s.display, t, debug, configs, s.absolute));
    }
  };

  if (args.stdin) {
    const display = args.stdinFilename ?? "<stdin>";
    const absolute = args.stdinFilename !== undefined ? resolve(cwd, args.stdinFilename) : "<stdin>";
    const bytes = readStdin();
    const source: SourceFile = { display, absolute, bytes, mtimeMs: 0, text: decodeText(bytes, display, t) };
    // Unnamed standard input takes the configuration of the current folder.
    lintOne(source, absolute === "<stdin>" ? cwd : undefined);
  } else {
    const ignoreRules = new IgnoreRules(cwd, args.ignore !== false);
    const collected = collectTargets(args.paths, cwd, ignoreRules, t);
    failures.push(...collected.failures);
    for (const f of collected.ignored) notices.push(t.ignored(f));
    const memory = new LongRunMemory(collected.targets.length >= MANY_PLANS);
    for (const target of collected.targets) {
      let source: SourceFile;
      try {
        if (args.ignore !== false && configs.ignores(target.absolute)) {
          if (target.explicit) notices.push(t.ignored(target.display));
          continue;
        }
        source = readSource(target.display, target.absolute, t);
      } catch (e) {
        failures.push(fileFailure(e, target.display, t, debug));
        continue;
      }
      lintOne(source);
      memory.afterPlan();
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
