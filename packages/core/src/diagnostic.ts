/**
 * Findings and diagnostics. A rule reports a `Finding` (a message id, its data and spans); the engine
 * turns it into a `Diagnostic` (a message in the chosen locale, LSP ranges, severity from config).
 */
import type { Range, Span } from "./text/positions.js";

export type Severity = "error" | "warning" | "info" | "hint";
export type Locale = "nl" | "en";
export const LOCALES: readonly Locale[] = ["nl", "en"];

export type MessageData = Readonly<Record<string, string | number>>;

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
