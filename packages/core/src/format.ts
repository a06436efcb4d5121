/**
 * The formatter: the canonical layout of a plan. It applies the safe fixes, aligns every table (the
 * budget table's amounts right-aligned), collapses runs of blank lines, and ends the file with one
 * line break. It only ever changes white space and table padding (plus what safe fixes change), so
 * every word and every comment survives; it is idempotent.
 */
import type { TextEdit } from "./diagnostic.js";
import { fixText } from "./fix.js";
import { looksLikeAmount } from "./model/amount.js";
import type { LintOptions } from "./lint.js";
import { parse, type ParsedPlan } from "./parse.js";
import type { TableBlock } from "./syntax/blocks.js";
import { applyEdits } from "./text/edits.js";
import { lineEnding } from "./text/line-endings.js";

export interface FormatOptions extends LintOptions {
  /** Apply safe fixes first (default true). */
  readonly fix?: boolean;
}

export interface FormatResult {
  readonly output: string;
  readonly changed: boolean;
}

/** Display width: combining marks take no room, East Asian wide characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x300 && c <= 0x36f) || c === 0x200b || (c >= 0xfe00 && c <= 0xfe0f)) continue;
    if ((c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60) || (c >= 0x1f300 && c <= 0x1faff)) w += 2;
    else w += 1;
  }
  return w;
}

/** The aligned form of one table, as the text that replaces its rows (terminators kept per row). */
export function alignTable(text: string, table: TableBlock): TextEdit[] {
  const rows = [table.header, table.delimiter, ...table.rows];
  const cols = Math.max(...rows.map((r) => r.cells.length));
  const content = rows.map((r) => Array.from({ length: cols }, (_, i) => {
    const c = r.cells[i];
    return c ? text.slice(c.content.start, c.content.end) : "";
  }));
  const body = content.slice(2);
  const align = Array.from({ length: cols }, (_, i) => {
    const a = table.align[i];
    if (a) return a;
    // A column of amounts reads best right-aligned (as in a begroting).
    const numeric = body.length > 0 && body.some((r) => r[i] !== "") && body.every((r) => looksLikeAmount(r[i]!));
    return numeric && i > 0 ? "right" : undefined;
  });
  const widths = Array.from({ length: cols }, (_, i) => Math.max(3, ...content.filter((_, k) => k !== 1).map((r) => displayWidth(r[i]!))));
  const pad = (s: string, i: number) => {
    const gap = widths[i]! - displayWidth(s);
    if (gap <= 0) return s;
    if (align[i] === "right") return " ".repeat(gap) + s;
    if (align[i] === "center") return " ".repeat(gap >> 1) + s + " ".repeat(gap - (gap >> 1));
    return s + " ".repeat(gap);
  };
  const delimiter = (i: number) => {
    const w = widths[i]!;
    const a = align[i];
    if (a === "left") return ":" + "-".repeat(w - 1);
    if (a === "right") return "-".repeat(w - 1) + ":";
    if (a === "center") return ":" + "-".repeat(w - 2) + ":";
    return "-".repeat(w);
  };
  const edits: TextEdit[] = [];
  rows.forEach((r, k) => {
    const cells = k === 1 ? Array.from({ length: cols }, (_, i) => delimiter(i)) : content[k]!.map((c, i) => pad(c, i));
    const line = `| ${cells.join(" | ")} |`;
    const current = text.slice(r.span.start, r.span.end);
    if (current !== line) edits.push({ span: r.span, newText: line });
  });
  return edits;
}

/** Layout edits (tables, blank lines, final newline) for a parsed plan; no fixes. */
export function layoutEdits(parsed: ParsedPlan): TextEdit[] {
  const { text, blocks } = parsed;
  const edits: TextEdit[] = [];
  const eol = lineEnding(text);
  let blankRun: { start: number; end: number; count: number } | undefined;
  const flushBlank = () => {
    // Two or more blank lines in a row become one; a blank line carries no words.
    // After a line ending in a lone CR, an LF would join it into one CRLF and the blank line would vanish.
    if (blankRun && blankRun.count > 1) edits.push({ span: { start: blankRun.start, end: blankRun.end }, newText: text.charCodeAt(blankRun.start - 1) === 13 && eol === "\n" ? "\r" : eol });
    blankRun = undefined;
  };
  for (const b of blocks) {
    if (b.kind === "blank") {
      // Keep white space of a blank line only if it is the BOM-carrying first line.
      if (b.span.start === 0 && text.charCodeAt(0) === 0xfeff) continue;
      if (blankRun) {
        blankRun.end = b.span.end;
        blankRun.count++;
      } else blankRun = { start: b.span.start, end: b.span.end, count: 1 };
      continue;
    }
    flushBlank();
    if (b.kind === "table") edits.push(...alignTable(text, b));
  }
  // Trailing blank lines at the end: keep none; the file ends with exactly one line break.
  if (blankRun) {
    edits.push({ span: { start: blankRun.start, end: blankRun.end }, newText: "" });
    blankRun = undefined;
  } else if (text.length > 0 && !/[\r\n]$/.test(text)) {
    edits.push({ span: { start: text.length, end: text.length }, newText: eol });
  }
  return edits;
}


/** Formats a plan's text. Never throws on any text. */
export function formatText(text: string, options: FormatOptions = {}): FormatResult {
  const fixed = options.fix === false ? text : fixText(text, { ...options, parsed: undefined }).output;
  const parsed = parse(fixed);
  const output = applyEdits(fixed, layoutEdits(parsed));
  return { output, changed: output !== text };
}
