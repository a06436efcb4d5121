/**
 * The two halves of checking one plan in `veiligheidsplan lint`, so that the first can run on a worker
 * thread and the second stays on the main thread:
 *
 * - {@link PlanChecker} reads, parses and lints (or fixes, without writing) one plan and describes the
 *   result as plain data ({@link PlanOutcome}), which can cross from a worker to the main thread.
 * - {@link RunCollector} takes the outcomes in file order: writes fixes (`--fix`), hands each file's
 *   findings to the report (which writes them and lets them go), and collects counts, notices and
 *   one-line failures.
 *
 * The single-threaded run uses both halves one plan after the other; with `--concurrency` workers do
 * the first and the main thread the second, so both give the same output.
 */
import { fixText, lint, type Diagnostic, type LintOptions, type LintResult, type Locale, type NotChecked, type ParsedPlan, RuleOptionsError } from "@veiligheidsplan/core";
import { ConfigResolver, readRuleFlags } from "./config.js";
import { CliError } from "./errors.js";
import { decodeText, readSource, type SourceFile, writeErrorText } from "./files.js";
import { loadPlan } from "./plans.js";
import { type FileReport, isShown, piecesUnderFixes, type TextPiece, textPieces } from "./report.js";
import { TEXTS, type Texts } from "./texts.js";
import { replaceIfUnchanged } from "./write.js";
import { ProgressReader, unmatchedRows } from "./voortgang.js";

/** What checking a plan depends on, as plain data (a worker thread gets a copy). */
export interface LintSettings {
  readonly cwd: string;
  readonly locale: Locale;
  readonly today: string;
  readonly config?: string;
  readonly rule: readonly string[];
  readonly quiet: boolean;
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  /** Whether the report prints the fixed text (only json does; the others would just hold it). */
  readonly keepOutput: boolean;
  /**
   * Whether the report prints suggestions (only json does). Core tries each suggestion by linting the
   * changed plan again when it is first read (core's verify.ts), so the other formats never read them.
   */
  readonly keepSuggestions: boolean;
  readonly debug: boolean;
  /** The run's size limit for plans (`--max-file-size`), for worker threads. */
  readonly maxFileBytes: number;
  /**
   * `--voortgang`: absolute paths of the progress files for every plan of the run (already read once on
   * the main thread, which reported what they lack). Without it, each plan takes the files beside it.
   */
  readonly voortgang?: readonly string[];
}

/** A file to check, by its place in the run's file order. */
export interface PlanJob {
  readonly index: number;
  readonly display: string;
  readonly absolute: string;
}

export interface FailureLine {
  readonly message: string;
  readonly file?: string;
}

/** A plan that was linted: what the report needs of it, and with `--fix` what to write. */
export interface CheckedPlan {
  readonly display: string;
  readonly absolute: string;
  /** The text under fixes of several edits, which json prints (see piecesUnderFixes). */
  readonly pieces: readonly TextPiece[];
  readonly diagnostics: readonly Diagnostic[];
  readonly suppressed: readonly Diagnostic[];
  /** The parts of the plan no check could read (plain data, whatever --quiet hides). */
  readonly notChecked: readonly NotChecked[];
  readonly errors: number;
  readonly warnings: number;
  /** The fixed text, when the fixes changed the plan (with --fix always, with --fix-dry-run for json). */
  readonly output?: string;
  /** With --fix: the bytes and time read, so that the fix is written only over exactly that file. */
  readonly read?: { readonly bytes: Uint8Array; readonly mtimeMs: number };
}

/** Everything checking one file gives, in the order the single-threaded run prints it. */
export interface PlanOutcome {
  /** Stack traces of internal failures (only with --debug). */
  readonly debug: readonly string[];
  readonly notices: readonly string[];
  readonly failures: readonly FailureLine[];
  readonly checked?: CheckedPlan;
}

/** A diagnostic without its suggestions, copied without reading them (reading one tries it). */
function withoutSuggestions(d: Diagnostic): Diagnostic {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(d)) if (k !== "suggestions") out[k] = (d as unknown as Record<string, unknown>)[k];
  out.suggestions = [];
  return out as unknown as Diagnostic;
}

export const failed = (failure: CliError, debug: readonly string[] = []): PlanOutcome => ({ debug, notices: [], failures: [{ message: failure.message, file: failure.file }] });

export class PlanChecker {
  readonly t: Texts;
  readonly configs: ConfigResolver;
  private readonly progress: ProgressReader;
  /** Progress files whose problems were told already (the named ones are told by the main thread). */
  private readonly progressTold: Set<string>;

  constructor(
    readonly settings: LintSettings,
    configs?: ConfigResolver,
  ) {
    this.t = TEXTS[settings.locale];
    // A worker builds its own (the flags were checked on the main thread already).
    this.configs = configs ?? new ConfigResolver(settings.cwd, this.t, settings.config, readRuleFlags(settings.rule, this.t));
    this.progress = new ProgressReader(settings.cwd, this.t);
    this.progressTold = new Set(settings.voortgang ?? []);
  }

  /** Reads a file of the run and checks it. */
  checkFile(job: PlanJob, resolvePlan: LintOptions["resolvePlan"]): { outcome: PlanOutcome } {
    let source: SourceFile;
    try {
      source = readSource(job.display, job.absolute, this.t);
    } catch (e) {
      const debug: string[] = [];
      return { outcome: failed(this.failure(e, job.display, debug), debug) };
    }
    return this.check(source, { resolvePlan });
  }

  /**
   * Parses and lints (or fixes, without writing) one plan. `lintOnly`: lint as read even with --fix.
   * The findings are not copied: the report writes them as soon as the file is done and drops them
   * (a worker's postMessage copies them anyway).
   */
  check(s: SourceFile, o: { resolvePlan: LintOptions["resolvePlan"]; configDir?: string; lintOnly?: boolean; beforeLint?: (parsed: ParsedPlan) => void }): { outcome: PlanOutcome } {
    const { settings, t } = this;
    const debug: string[] = [];
    let loaded;
    try {
      loaded = loadPlan(s, this.configs, t, o.configDir);
    } catch (e) {
      return { outcome: failed(this.failure(e, s.display, debug), debug) };
    }
    o.beforeLint?.(loaded.parsed);
    const notices: string[] = [];
    let voortgang;
    try {
      const progress = this.progress.forPlan(s.absolute === "<stdin>" ? undefined : s.absolute, settings.voortgang, this.progressTold);
      voortgang = progress.voortgang;
      notices.push(...progress.notices, ...unmatchedRows(loaded.parsed, voortgang, s.display, t));
    } catch (e) {
      return { outcome: failed(this.failure(e, s.display, debug), debug) };
    }
    const options: LintOptions = {
      filePath: s.absolute === "<stdin>" ? undefined : s.display,
      locale: settings.locale,
      today: settings.today,
      config: loaded.config,
      resolvePlan: o.resolvePlan,
      parsed: loaded.parsed,
      ...(voortgang.length > 0 ? { voortgang } : {}),
    };
    try {
      let result: LintResult;
      let output: string | undefined;
      if ((settings.fix || settings.fixDryRun) && !o.lintOnly) {
        const fixed = fixText(s.text, options);
        result = fixed.result;
        if (fixed.changed && (settings.fix || settings.keepOutput)) output = fixed.output;
      } else result = lint(s.text, options);
      const shown = (d: Diagnostic) => isShown(d.severity, settings.quiet);
      const kept = settings.keepSuggestions ? (d: Diagnostic) => d : withoutSuggestions;
      const diagnostics = result.diagnostics.filter(shown).map(kept);
      const suppressed = result.suppressed.filter(shown).map(kept);
      const checked: CheckedPlan = {
        display: s.display,
        absolute: s.absolute,
        pieces: !settings.keepSuggestions ? [] : piecesUnderFixes(s.text, [...diagnostics, ...suppressed]),
        diagnostics,
        suppressed,
        notChecked: result.notChecked,
        errors: result.errorCount,
        warnings: result.warningCount,
        ...(output !== undefined ? { output } : {}),
        ...(output !== undefined && settings.fix ? { read: { bytes: s.bytes, mtimeMs: s.mtimeMs } } : {}),
      };
      return { outcome: { debug, notices, failures: [], checked } };
    } catch (e) {
      return { outcome: failed(this.failure(e, s.display, debug, s.absolute), debug) };
    }
  }

  /** A failure tied to one file: reported on stderr, the run goes on with the other files. */
  failure(e: unknown, display: string, debug: string[], absolute?: string): CliError {
    if (e instanceof CliError) return e;
    if (e instanceof RuleOptionsError) {
      let source: string | undefined;
      try {
        source = absolute ? this.configs.sourceOf(absolute, e.ruleId) : undefined;
      } catch {
        source = undefined;
      }
      return new CliError(this.t.ruleOptions(e.ruleId, e.detail), source ?? display);
    }
    if (this.settings.debug && e instanceof Error) debug.push(e.stack ?? String(e));
    return new CliError(this.t.internal(e instanceof Error ? e.message : String(e)), display);
  }
}

/**
 * The main thread's half: takes each file's outcome in file order, writes its fixes (`--fix`) and hands
 * the file's findings to the report, keeping only counts, notices and failures.
 */
export class RunCollector {
  readonly failures: CliError[] = [];
  readonly notices: string[] = [];
  errors = 0;
  warnings = 0;
  fixedFiles = 0;

  constructor(
    private readonly checker: PlanChecker,
    private readonly resolvePlan: LintOptions["resolvePlan"],
    private readonly err: (line: string) => void,
    private readonly report: (file: FileReport) => void,
  ) {}

  /** Takes one file's outcome; returns whether its fixes were written. */
  commit(outcome: PlanOutcome): boolean {
    const { settings, t } = this.checker;
    for (const line of outcome.debug) this.err(line);
    this.notices.push(...outcome.notices);
    for (const f of outcome.failures) this.failures.push(new CliError(f.message, f.file));
    let checked = outcome.checked;
    if (!checked) return false;
    let written = false;
    if (settings.fix && checked.output !== undefined && checked.read) {
      const read = { bytes: Buffer.from(checked.read.bytes.buffer, checked.read.bytes.byteOffset, checked.read.bytes.byteLength), mtimeMs: checked.read.mtimeMs };
      let state: "written" | "changed";
      try {
        state = replaceIfUnchanged(checked.absolute, checked.output, read);
      } catch (e) {
        // A full disk or a read-only file is the user's to solve, not an internal error.
        if (settings.debug && e instanceof Error) this.err(e.stack ?? e.message);
        this.failures.push(new CliError(writeErrorText(e, t), checked.display));
        return false;
      }
      if (state === "changed") {
        this.failures.push(new CliError(t.changedOnDisk, checked.display));
        // Report what is on disk as it was read, not the fixes that were not written.
        const source: SourceFile = { display: checked.display, absolute: checked.absolute, bytes: read.bytes, mtimeMs: read.mtimeMs, text: decodeText(read.bytes, checked.display, t) };
        const again = this.checker.check(source, { resolvePlan: this.resolvePlan, lintOnly: true }).outcome;
        for (const line of again.debug) this.err(line);
        for (const f of again.failures) this.failures.push(new CliError(f.message, f.file));
        if (!again.checked) return false;
        checked = again.checked;
      } else {
        this.fixedFiles++;
        written = true;
      }
    }
    this.errors += checked.errors;
    this.warnings += checked.warnings;
    this.report({
      display: checked.display,
      absolute: checked.absolute,
      source: textPieces(checked.pieces),
      diagnostics: checked.diagnostics,
      suppressed: checked.suppressed,
      notChecked: checked.notChecked,
      ...(checked.output !== undefined && settings.keepOutput ? { output: checked.output } : {}),
    });
    return written;
  }
}
