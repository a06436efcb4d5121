/**
 * textDocument/publishDiagnostics: core's diagnostics as LSP diagnostics, with the rule id as code,
 * a link to the rule's page (codeDescription) and related locations.
 * https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#textDocument_publishDiagnostics
 */
import { ENGINE_RULE_IDS, type Diagnostic as CoreDiagnostic, type Severity } from "@veiligheidsplan/core";
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from "vscode-languageserver-types";
import { lspRange, type PlanDocument } from "./document.js";

export const DIAGNOSTIC_SOURCE = "veiligheidsplan";

export interface DiagnosticOptions {
  /** Whether the client shows related locations (clientCapabilities…publishDiagnostics.relatedInformation). */
  readonly relatedInformation?: boolean;
}

/** What a published diagnostic carries in `data`, so that a code action can find its origin again. */
export interface DiagnosticData {
  readonly ruleId: string;
  readonly messageId: string;
}

export function toLspSeverity(s: Severity): DiagnosticSeverity {
  return s === "error" ? DiagnosticSeverity.Error : s === "warning" ? DiagnosticSeverity.Warning : s === "info" ? DiagnosticSeverity.Information : DiagnosticSeverity.Hint;
}

export function toLspDiagnostic(uri: string, d: CoreDiagnostic, options: DiagnosticOptions = {}): Diagnostic {
  const unnecessary = d.ruleId === ENGINE_RULE_IDS.unusedDirective && d.messageId === "directives.unused";
  const data: DiagnosticData = { ruleId: d.ruleId, messageId: d.messageId };
  return {
    range: lspRange(d.range),
    severity: toLspSeverity(d.severity),
    code: d.ruleId,
    ...(d.docsUrl ? { codeDescription: { href: d.docsUrl } } : {}),
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
    ...(unnecessary ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    ...(options.relatedInformation !== false && d.related.length > 0
      ? { relatedInformation: d.related.map((r) => ({ location: { uri, range: lspRange(r.range) }, message: r.message })) }
      : {}),
    data,
  };
}

/** The document's diagnostics (it must carry its lint result). */
export function getDiagnostics(doc: PlanDocument, options: DiagnosticOptions = {}): Diagnostic[] {
  if (!doc.lint) return [];
  return doc.lint.diagnostics.map((d) => toLspDiagnostic(doc.uri, d, options));
}

/** Whether a client's diagnostic (from a code action request) is this core diagnostic. */
export function sameDiagnostic(lsp: Diagnostic, d: CoreDiagnostic): boolean {
  return (
    lsp.code === d.ruleId &&
    lsp.range.start.line === d.range.start.line &&
    lsp.range.start.character === d.range.start.character &&
    lsp.range.end.line === d.range.end.line &&
    lsp.range.end.character === d.range.end.character &&
    lsp.message === d.message
  );
}
