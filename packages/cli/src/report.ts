/**
 * What the lint command hands to an output format: per file, the findings to show, as soon as that file
 * is done (see {@link ReportWriter}). Positions in the diagnostics are core's 0-based LSP positions;
 * each format converts them to 1-based at its edge.
 */
import type { Diagnostic, Locale, NotChecked, Severity } from "@veiligheidsplan/core";
import type { Texts } from "./texts.js";

export interface FileReport {
  /** Relative to the current folder, with `/`; `<stdin>` for unnamed standard input. */
  readonly display: string;
  /** Absolute path (ESLint's json names files absolutely); `<stdin>` for unnamed standard input. */
  readonly absolute: string;
  /** The file's text, or as much of it as the formats need (see {@link piecesUnderFixes}). */
  readonly source: SourceText;
  /** What to show, sorted by position: no hints (editor-only), and with --quiet only errors. */
  readonly diagnostics: readonly Diagnostic[];
  /** Findings an inline directive suppressed (SARIF and json report them as suppressed). */
  readonly suppressed: readonly Diagnostic[];
  /** The parts of the plan no check could read, each once (core's `LintResult.notChecked`). */
  readonly notChecked?: readonly NotChecked[];
  /** The fixed text, when --fix or --fix-dry-run changed it. */
  readonly output?: string;
}

/** Read access to a file's text by UTF-16 offsets; a string is one. */
export interface SourceText {
  slice(start: number, end: number): string;
}

/** The kept text (see {@link piecesUnderFixes}) as a {@link SourceText}. */
export function textPieces(pieces: readonly TextPiece[]): SourceText {
  return new TextPieces(pieces);
}

export interface TextPiece {
  readonly start: number;
  readonly text: string;
}

/**
 * What a report needs of a file's text once the plan itself is dropped (lint keeps a report per file
 * until the end, so keeping every text would hold the whole run in memory): the text under each fix
 * and suggestion with more than one edit, which json writes as one edit spanning them. Plain data (a
 * worker thread sends it to the main thread), and copies, so that they do not keep the whole text alive.
 */
export function piecesUnderFixes(text: string, diagnostics: readonly Diagnostic[]): TextPiece[] {
  const spans: [number, number][] = [];
  for (const d of diagnostics) {
    for (const f of d.fix ? [d.fix, ...d.suggestions] : d.suggestions) {
      if (f.edits.length < 2) continue;
      spans.push([Math.min(...f.edits.map((e) => e.span.start)), Math.max(...f.edits.map((e) => e.span.end))]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  // A copy, not a slice: V8 may keep a slice as a view into the whole text.
  return merged.map(([start, end]) => ({ start, text: Buffer.from(text.slice(start, end), "utf16le").toString("utf16le") }));
}

/** Kept apart from the function that cut the pieces, so that no closure holds on to the whole text. */
class TextPieces implements SourceText {
  constructor(private readonly pieces: readonly TextPiece[]) {}

  slice(start: number, end: number): string {
    if (end <= start) return "";
    const piece = this.pieces.find((p) => p.start <= start && end <= p.start + p.text.length);
    if (!piece) throw new Error(`text ${start}–${end} was not kept for the report`);
    return piece.text.slice(start - piece.start, end - piece.start);
  }
}

export interface ReportContext {
  readonly locale: Locale;
  readonly t: Texts;
  readonly color: boolean;
  readonly cwd: string;
  readonly version: string;
  /** Where the team hosts the rule pages (config `docsBaseUrl`), for links; none by default. */
  readonly docsBaseUrl?: string;
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

/** Adds `c` to `total`. */
export function addCounts(total: Counts, c: Counts): void {
  for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
}

/** 1-based line and column (UTF-16 code units, as ESLint and SARIF's default count) of a diagnostic. */
export function oneBased(d: Diagnostic): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 };
}

export const isShown = (s: Severity, quiet: boolean): boolean => (quiet ? s === "error" : s !== "hint");

/**
 * An output format, written while the run goes on, so that memory does not grow with the number of
 * plans: `start` once, `file` for each linted file in file order (the report is dropped after it),
 * `end` once; each returns the next piece of the output. What a format keeps between files is listed in
 * docs/cli.md ("Output formats and memory"). A format whose first lines are known only at the end
 * (JUnit's totals) gives them as `head`; the output spools the rest meanwhile (report-output.ts).
 */
export interface ReportWriter {
  start(): string;
  file(report: FileReport): string;
  end(): string;
  head?(): string;
}

export type Format = (ctx: ReportContext) => ReportWriter;

/** A whole report at once, for a list of files in memory. */
export function renderAll(format: Format, reports: readonly FileReport[], ctx: ReportContext): string {
  const w = format(ctx);
  let body = w.start();
  for (const r of reports) body += w.file(r);
  body += w.end();
  return (w.head?.() ?? "") + body;
}
