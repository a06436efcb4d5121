/**
 * ESLint's json formatter shape, so that tools reading ESLint's JSON (reviewdog, code-review bots,
 * dashboards) read ours: one object per file with `messages` (1-based positions, severity 2 = error,
 * 1 = warning, `fix: {range, text}` in UTF-16 offsets of the file's text) and the counts.
 *
 * ESLint knows only two levels. A finding of level info (for example "this could not be checked")
 * appears with severity 1, so such tools still show it, but is not counted in `warningCount` and never
 * fails a run; `severityName` ("error", "warning" or "info") tells it apart. Hints are editor-only and
 * not written. Findings suppressed by an inline directive go to `suppressedMessages`, as in ESLint.
 *
 * Beyond ESLint (tools ignore fields they do not know, as they do ESLint's own `stats`): `notChecked`,
 * the parts of the plan no check could read, each once — `check` (a stable id such as "begroting"),
 * `label` (what, in the run's language), `reason` (the finding that says so, `<rule-id>.<message-id>`),
 * `message`, and where it was said (1-based `line`, `column`). Empty when everything was checked.
 */
import type { Diagnostic, Fix } from "@veiligheidsplan/core";
import { countOf, type Format, oneBased, type SourceText } from "../report.js";

export interface EslintFix {
  readonly range: [number, number];
  readonly text: string;
}

/** ESLint's fix is one range and its replacement: several edits become the span they cover. */
export function toEslintFix(source: SourceText, fix: Fix): EslintFix {
  const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
  const start = edits[0]!.span.start;
  const end = Math.max(...edits.map((e) => e.span.end));
  let text = "";
  let at = start;
  for (const e of edits) {
    text += source.slice(at, e.span.start) + e.newText;
    at = Math.max(at, e.span.end);
  }
  text += source.slice(at, end);
  return { range: [start, end], text };
}

function message(source: SourceText, d: Diagnostic, suppressed: boolean) {
  const p = oneBased(d);
  return {
    ruleId: d.ruleId,
    severity: d.severity === "error" ? 2 : 1,
    severityName: d.severity,
    message: d.message,
    messageId: d.messageId,
    line: p.line,
    column: p.column,
    endLine: p.endLine,
    endColumn: p.endColumn,
    ...(d.fix && d.fix.edits.length > 0 ? { fix: toEslintFix(source, d.fix) } : {}),
    ...(d.suggestions.length > 0 ? { suggestions: d.suggestions.filter((s) => s.edits.length > 0).map((s) => ({ desc: s.message, fix: toEslintFix(source, s) })) } : {}),
    ...(suppressed ? { suppressions: [{ kind: "directive", justification: d.suppressed?.justification ?? "" }] } : {}),
  };
}

/** Keeps nothing between files: one array, written element by element. */
export const json: Format = () => {
  let files = 0;
  return {
    start: () => "[",
    file(r) {
      const c = countOf(r.diagnostics);
      const element = {
        filePath: r.absolute,
        messages: r.diagnostics.map((d) => message(r.source, d, false)),
        suppressedMessages: r.suppressed.map((d) => message(r.source, d, true)),
        errorCount: c.errors,
        fatalErrorCount: 0,
        warningCount: c.warnings,
        infoCount: c.infos,
        fixableErrorCount: c.fixableErrors,
        fixableWarningCount: c.fixableWarnings,
        usedDeprecatedRules: [],
        notChecked: (r.notChecked ?? []).map((n) => ({ check: n.check, label: n.label, reason: n.reason, message: n.message, line: n.range.start.line + 1, column: n.range.start.character + 1 })),
        ...(r.output !== undefined ? { output: r.output } : {}),
      };
      return (files++ === 0 ? "" : ",") + JSON.stringify(element);
    },
    end: () => "]\n",
  };
};
