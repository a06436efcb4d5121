/** What every completion provider works from: the plan, the cursor and the client's abilities, and how an item is made. */
import { type Locale, type ParsedPlan } from "@veiligheidsplan/core";
import { InsertTextFormat, MarkupKind, type CompletionItem, type Range } from "vscode-languageserver-types";
import { toPosition, type PlanDocument } from "./document.js";

export interface Ctx {
  readonly doc: PlanDocument;
  readonly p: ParsedPlan;
  readonly offset: number;
  readonly locale: Locale;
  readonly prefix: string;
  readonly lineStart: number;
  readonly line: number;
  readonly lineEnd: number;
  readonly snippets: boolean;
  readonly today: string;
  readonly eol: string;
}

export const range = (c: Ctx, start: number, end = c.offset): Range => ({ start: toPosition(c.p, start), end: toPosition(c.p, end) });

export function item(c: Ctx, label: string, start: number, plain: string, extra: Partial<CompletionItem> & { snippet?: string; end?: number } = {}): CompletionItem {
  const { snippet, end, ...rest } = extra;
  const useSnippet = c.snippets && snippet !== undefined;
  return {
    label,
    textEdit: { range: range(c, start, end ?? c.offset), newText: useSnippet ? snippet! : plain },
    ...(useSnippet ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
    ...rest,
  };
}

export const md = (value: string) => ({ kind: MarkupKind.Markdown, value });
