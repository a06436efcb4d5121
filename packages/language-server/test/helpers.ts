/**
 * Test helpers in the style of Langium's: a plan text with `<|>` marks the cursor, `<|…|>` marks a
 * range; the helpers return the clean text and the LSP positions.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineRule, lint, parse, type Locale, type Rule } from "@veiligheidsplan/core";
import type { Position, Range, TextEdit, WorkspaceEdit } from "vscode-languageserver-types";
import type { PlanDocument } from "../src/service/index.js";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const examplePath = (name: string) => `${repoRoot}examples/${name}`;
export const readExample = (name: string) => readFileSync(examplePath(name), "utf8");

export interface Marked {
  readonly text: string;
  /** Every `<|>`, in order. */
  readonly cursors: Position[];
  /** Every `<|…|>`, in order. */
  readonly ranges: Range[];
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lastBreak = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  return { line, character: offset - (lastBreak + 1) };
}

export function offsetOf(text: string, p: Position): number {
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  let o = 0;
  for (let i = 0; i < p.line; i++) o += lines[i]?.length ?? 0;
  return o + p.character;
}

export function marked(source: string): Marked {
  let text = "";
  const cursors: Position[] = [];
  const ranges: Range[] = [];
  const open: number[] = [];
  const re = /<\|>|<\||\|>/g;
  let last = 0;
  for (const m of source.matchAll(re)) {
    text += source.slice(last, m.index);
    last = m.index! + m[0].length;
    if (m[0] === "<|>") cursors.push(positionAt(text, text.length));
    else if (m[0] === "<|") open.push(text.length);
    else {
      const start = open.pop();
      if (start === undefined) throw new Error("|> without <|");
      ranges.push({ start: positionAt(text, start), end: positionAt(text, text.length) });
    }
  }
  text += source.slice(last);
  return { text, cursors, ranges };
}

/** The position of the `nth` occurrence of `needle`, plus `delta` characters. */
export function find(text: string, needle: string, delta = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not found: ${needle}`);
  }
  return positionAt(text, at + delta);
}

export const URI = "file:///werk/plannen/test.veiligheidsplan";
/** Where a team hosts the rule pages (a setting or the config's docsBaseUrl); without one, findings carry no link. */
export const TEST_DOCS_BASE_URL = "https://docs.example.org/veiligheidsplan/docs/rules/";

export function doc(text: string, options: { locale?: Locale; rules?: readonly Rule<any>[]; lint?: boolean; today?: string } = {}): PlanDocument {
  const parsed = parse(text);
  const withLint = options.lint !== false;
  return {
    uri: URI,
    version: 1,
    parsed,
    ...(withLint ? { lint: lint(text, { parsed, locale: options.locale ?? "nl", today: options.today ?? "2024-06-01", docsBaseUrl: TEST_DOCS_BASE_URL, ...(options.rules ? { rules: options.rules } : {}) }) } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
  };
}

/** Applies LSP edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const withOffsets = edits.map((e) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), newText: e.newText }));
  withOffsets.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

export function editsOf(edit: WorkspaceEdit | null | undefined, uri = URI): TextEdit[] {
  if (!edit) return [];
  if (edit.changes) return edit.changes[uri] ?? [];
  return (edit.documentChanges ?? []).flatMap((c) => ("edits" in c && c.textDocument.uri === uri ? (c.edits as TextEdit[]) : []));
}

/**
 * A rule for tests: reports each occurrence of a word, with a fix that replaces it and a suggestion.
 * The built-in rules are written elsewhere; the service must work with any rule.
 */
export function wordRule(id: string, word: string, replacement: string): Rule<unknown> {
  return defineRule({
    meta: {
      id,
      name: { nl: `Geen ${word}`, en: `No ${word}` },
      description: { nl: `Het woord ${word} hoort hier niet.`, en: `The word ${word} does not belong here.` },
      category: "structuur",
      defaultSeverity: "warning",
      fixable: true,
      hasSuggestions: true,
      messages: ["found"],
    },
    check(ctx) {
      const t = ctx.plan.text;
      for (let i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
        const span = { start: i, end: i + word.length };
        ctx.report({
          messageId: "found",
          span,
          fix: { messageId: "fix", edits: [{ span, newText: replacement }] },
          suggestions: [{ messageId: "remove", edits: [{ span, newText: "" }] }],
        });
      }
    },
  });
}
