/**
 * What the lint command hands to an output format: per file, the findings to show. Positions in the
 * diagnostics are core's 0-based LSP positions; each format converts them to 1-based at its edge.
 */
import type { Diagnostic, Locale, Severity } from "@veiligheidsplan/core";
import type { Texts } from "./texts.js";

export interface FileReport {
  /** Relative to the current folder, with `/`; `<stdin>` for unnamed standard input. */
  readonly display: string;
  /** Absolute path (ESLint's json names files absolutely); `<stdin>` for unnamed standard input. */
  readonly absolute: string;
  readonly source: string;
  /** What to show, sorted by position: no hints (editor-only), and with --quiet only errors. */
  readonly diagnostics: readonly Diagnostic[];
  /** Findings an inline directive suppressed (SARIF and json report them as suppressed). */
  readonly suppressed: readonly Diagnostic[];
  /** The fixed text, when --fix or --fix-dry-run changed it. */
  readonly output?: string;
}

export interface ReportContext {
  readonly locale: Locale;
  readonly t: Texts;
  readonly color: boolean;
  readonly cwd: string;
  readonly version: string;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  fixableErrors: number;
  fixableWarnings: number;
}

export function countOf(diagnostics: readonly Diagnostic[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const d of diagnostics) {
    if (d.severity === "error") {
      c.errors++;
      if (d.fix) c.fixableErrors++;
    } else if (d.severity === "warning") {
      c.warnings++;
      if (d.fix) c.fixableWarnings++;
    } else if (d.severity === "info") c.infos++;
  }
  return c;
}

export function totalCounts(reports: readonly FileReport[]): Counts {
  const total: Counts = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const r of reports) {
    const c = countOf(r.diagnostics);
    for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
  }
  return total;
}

/** 1-based line and column (UTF-16 code units, as ESLint and SARIF's default count) of a diagnostic. */
export function oneBased(d: Diagnostic): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 };
}

export const isShown = (s: Severity, quiet: boolean): boolean => (quiet ? s === "error" : s !== "hint");

export type Formatter = (reports: readonly FileReport[], ctx: ReportContext) => string;
