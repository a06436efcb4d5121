/**
 * What every feature of the language service works on: one plan's parsed form (and, where a feature
 * needs the rules' findings, its lint result), plus helpers that convert between core's spans and
 * LSP's positions. Nothing here touches the file system or Node: the service also runs in a browser
 * worker.
 */
import { ALL_RULES, parse, type Locale, type LintResult, type Rule, type ParsedPlan, type Section, type Span, type ThemeNode, type Voortgang } from "@veiligheidsplan/core";
import type { Position, Range } from "vscode-languageserver-types";

export interface PlanDocument {
  readonly uri: string;
  readonly version?: number;
  readonly parsed: ParsedPlan;
  /** The rules' findings for this very text; features that show or fix diagnostics need it. */
  readonly lint?: LintResult;
  /** The language of texts the service writes (hovers, titles); Dutch by default. */
  readonly locale?: Locale;
  /** The rules the lint result came from, for their names and descriptions (core's ALL_RULES by default). */
  readonly rules?: readonly Rule<any>[];
  /** The plan's progress files (`<plan>.<jaar>.voortgang` beside it), for a goal's on-track status in hover. */
  readonly voortgang?: readonly Voortgang[];
}

/** A document from its text alone (tests, and callers that have no lint result yet). */
export function planDocument(uri: string, text: string, extra: Partial<Omit<PlanDocument, "uri" | "parsed">> = {}): PlanDocument {
  return { uri, parsed: parse(text), ...extra };
}

export const localeOf = (doc: PlanDocument): Locale => doc.locale ?? "nl";
export const rulesOf = (doc: PlanDocument): readonly Rule<any>[] => doc.rules ?? ALL_RULES;

/** The offset of an LSP position; positions outside the text are clamped into it (LSP asks for that). */
export function offsetAt(parsed: ParsedPlan, position: Position): number {
  const line = Number.isFinite(position.line) ? Math.trunc(position.line) : 0;
  const character = Number.isFinite(position.character) ? Math.trunc(position.character) : 0;
  return parsed.lines.offsetAt(line, character);
}

export function toPosition(parsed: ParsedPlan, offset: number): Position {
  const p = parsed.lines.position(offset);
  return { line: p.line, character: p.character };
}

export function toRange(parsed: ParsedPlan, span: Span): Range {
  return { start: toPosition(parsed, span.start), end: toPosition(parsed, span.end) };
}

/** Core's ranges carry offsets too; LSP wants only line and character. */
export function lspRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

/** Whether `offset` touches the span (the cursor just after a word still counts as on it). */
export const touches = (s: Span | undefined, offset: number): boolean => s !== undefined && offset >= s.start && offset <= s.end;

export function rangeToSpan(parsed: ParsedPlan, range: Range): Span {
  const a = offsetAt(parsed, range.start);
  const b = offsetAt(parsed, range.end);
  return a <= b ? { start: a, end: b } : { start: b, end: a };
}

/** The line's text from its start to `offset`. */
export function linePrefix(parsed: ParsedPlan, offset: number): { text: string; lineStart: number; line: number } {
  const line = parsed.lines.lineAt(offset);
  const lineStart = parsed.lines.lineStarts[line]!;
  return { text: parsed.text.slice(lineStart, offset), lineStart, line };
}

export function lineText(parsed: ParsedPlan, line: number): { text: string; start: number; end: number } {
  const start = parsed.lines.lineStarts[line] ?? parsed.text.length;
  const end = parsed.lines.lineContentEnd(Math.min(line, parsed.lines.lineCount - 1));
  return { text: parsed.text.slice(start, end), start, end };
}

/** The index of the block that contains `offset` (blocks cover the text without gaps). */
export function blockIndexAt(parsed: ParsedPlan, offset: number): number {
  const blocks = parsed.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid]!.span.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The innermost section whose span contains `offset`, and its ancestors (innermost first). */
export function sectionsAt(parsed: ParsedPlan, offset: number): Section[] {
  const chain: Section[] = [];
  let level: readonly Section[] = parsed.sections;
  for (;;) {
    const s = level.find((x) => offset >= x.span.start && offset < Math.max(x.span.end, x.span.start + 1));
    if (!s) break;
    chain.unshift(s);
    level = s.children;
  }
  return chain;
}

export function themeOfSection(parsed: ParsedPlan, section: Section): ThemeNode | undefined {
  return parsed.themes.find((t) => t.section === section);
}

/** Themes by number, for references. */
export function themesByNumber(parsed: ParsedPlan, nummer: number | undefined): ThemeNode[] {
  return nummer === undefined ? [] : parsed.themes.filter((t) => t.nummer === nummer);
}


/** A Markdown-safe rendering of text a person wrote (titles in hovers). */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

/** The span without surrounding emphasis markers (`**Titel**` → `Titel`), so that edits keep the emphasis. */
export function innerSpan(text: string, s: Span): Span {
  let a = s.start;
  let b = s.end;
  while (a < b && (text[a] === "*" || text[a] === "_")) a++;
  while (b > a && (text[b - 1] === "*" || text[b - 1] === "_")) b--;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return a < b ? { start: a, end: b } : s;
}

/** The line break the document mostly uses, for text the service inserts (core's one answer). */
export { lineEnding as eolOf } from "@veiligheidsplan/core/internal";
