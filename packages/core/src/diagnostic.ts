/**
 * Findings and diagnostics. A rule reports a `Finding` (a message id, its data and spans); the engine
 * turns it into a `Diagnostic` (a message in the chosen locale, LSP ranges, severity from config).
 */
import type { Range, Span } from "./text/positions.js";

export type Severity = "error" | "warning" | "info" | "hint";
export type Locale = "nl" | "en";
export const LOCALES: readonly Locale[] = ["nl", "en"];

/**
 * A value a message is filled with. Text and numbers are the same in every language; what is written
 * differently per language is passed as data and written by the catalog (messages/values.ts): a date,
 * a list of years or theme numbers, the name of a body with its article, a count as the plan writes
 * it ("drie"; English gives the number), a nested message, a list of alternatives. Rules never write locale text themselves.
 */
export type MessageValue =
  | string
  | number
  | { readonly date: string }
  | { readonly years: readonly number[] }
  | { readonly numbers: readonly number[] }
  | { readonly body: string }
  | { readonly written: string; readonly count?: number }
  | { readonly message: string; readonly data?: MessageData }
  | { readonly alternatives: readonly MessageValue[] };

export type MessageData = Readonly<Record<string, MessageValue>>;

/** A message inside a message: its full key (`<rule-id>.<message-id>`) and data, written by the catalog. */
export const messagePart = (message: string, data?: MessageData): MessageValue => (data ? { message, data } : { message });

/** One replacement of a slice of the source text. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/** A fix or suggestion as a rule reports it: a message id for its title and the edits. */
export interface FixFinding {
  readonly messageId: string;
  readonly data?: MessageData;
  readonly edits: readonly TextEdit[];
}

export interface RelatedFinding {
  readonly span: Span;
  readonly messageId: string;
  readonly data?: MessageData;
}

export interface Finding {
  readonly messageId: string;
  readonly data?: MessageData;
  readonly span: Span;
  /** Overrides the rule's severity for this finding (e.g. "info" for "not checked"). */
  readonly severity?: Severity;
  readonly related?: readonly RelatedFinding[];
  /** Safe fixes: applied by `--fix` and the formatter. */
  readonly fix?: FixFinding;
  /** Offered in the editor, never applied on their own. */
  readonly suggestions?: readonly FixFinding[];
}

export interface Fix {
  readonly message: string;
  readonly edits: readonly TextEdit[];
}

export interface RelatedLocation {
  readonly range: Range;
  readonly message: string;
}

export interface Diagnostic {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly related: readonly RelatedLocation[];
  readonly fix?: Fix;
  readonly suggestions: readonly Fix[];
  /** The rule's page. */
  readonly docsUrl?: string;
  readonly data?: MessageData;
  /** Set when an inline directive suppresses this diagnostic (reported to SARIF, hidden elsewhere). */
  readonly suppressed?: { readonly justification?: string };
}
