/**
 * textDocument/codeAction: for every diagnostic its fix and its suggestions, "disable for this line"
 * and "disable for this plan" in the file's own comment syntax (`<!-- veiligheidsplan-… -->`), and
 * "open the rule's page"; plus "fix all" (source.fixAll.veiligheidsplan) for fix-on-save.
 * https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#textDocument_codeAction
 */
import { applyFixes, ENGINE_RULE_IDS, type Diagnostic as CoreDiagnostic, type Fix, type Locale, type ParsedPlan, type TextEdit as CoreEdit } from "@veiligheidsplan/core";
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from "vscode-languageserver-types";
import { sameDiagnostic, toLspDiagnostic } from "./diagnostics.js";
import { blockIndexAt, eolOf, lineText, localeOf, rangeToSpan, type PlanDocument } from "./document.js";
import { workspaceEdit, type WorkspaceEditOptions } from "./navigation.js";
import { structuralFixes } from "./structuralFixes.js";
import { say, TEXT } from "./text.js";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.veiligheidsplan`;
/** A command the client implements (open a URL); the server answers it too, with window/showDocument. */
export const OPEN_RULE_DOCS_COMMAND = "veiligheidsplan.openRuleDocs";

export interface CodeActionContextLike {
  readonly diagnostics?: readonly Diagnostic[];
  readonly only?: readonly string[];
}

export type CodeActionOptions = WorkspaceEditOptions;

export function getCodeActions(doc: PlanDocument, range: Range, context: CodeActionContextLike = {}, options: CodeActionOptions = {}): CodeAction[] {
  const lint = doc.lint;
  if (!lint) return [];
  const p = doc.parsed;
  const locale = localeOf(doc);
  const only = context.only;
  const wants = (kind: string) => !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const span = rangeToSpan(p, range);
  const inRange = lint.diagnostics.filter(
    (d) => (d.range.start.offset <= span.end && d.range.end.offset >= span.start) || (context.diagnostics ?? []).some((c) => sameDiagnostic(c, d)),
  );
  const edit = (edits: readonly CoreEdit[]) => workspaceEdit(doc, edits, options);
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const lsp = (d: CoreDiagnostic) => toLspDiagnostic(doc.uri, d);
    for (const d of inRange) {
      if (d.fix) actions.push({ title: d.fix.message, kind: CodeActionKind.QuickFix, diagnostics: [lsp(d)], isPreferred: true, edit: edit(d.fix.edits) });
      for (const s of d.suggestions) actions.push({ title: s.message, kind: CodeActionKind.QuickFix, diagnostics: [lsp(d)], edit: edit(s.edits) });
    }
    const fixable = lint.diagnostics.filter((d) => d.fix);
    if (fixable.length > 1 && inRange.some((d) => d.fix)) {
      const all = fixAllEdits(p.text, fixable.map((d) => d.fix!));
      if (all.length > 0) actions.push({ title: say(locale, TEXT.fixAll), kind: CodeActionKind.QuickFix, edit: edit(all) });
    }
    for (const f of structuralFixes(p, span, locale)) actions.push({ title: f.title, kind: CodeActionKind.QuickFix, edit: edit(f.edits) });
    const seenLine = new Set<string>();
    const seenFile = new Set<string>();
    const seenDocs = new Set<string>();
    for (const d of inRange) {
      const suppressible = d.ruleId !== ENGINE_RULE_IDS.syntax && d.ruleId !== ENGINE_RULE_IDS.unusedDirective;
      if (suppressible) {
        const key = `${d.ruleId}:${d.range.start.line}`;
        const line = seenLine.has(key) ? undefined : disableForLine(p, d.ruleId, d.range.start.line, locale);
        seenLine.add(key);
        if (line) actions.push({ title: line.title, kind: CodeActionKind.QuickFix, diagnostics: [lsp(d)], edit: edit(line.edits) });
        if (!seenFile.has(d.ruleId)) {
          seenFile.add(d.ruleId);
          actions.push({ title: say(locale, TEXT.disableFile, { id: d.ruleId }), kind: CodeActionKind.QuickFix, diagnostics: [lsp(d)], edit: edit(disableForFile(p, d.ruleId)) });
        }
      }
      if (d.docsUrl && !seenDocs.has(d.ruleId)) {
        seenDocs.add(d.ruleId);
        const title = say(locale, TEXT.openRuleDocs, { id: d.ruleId });
        actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [lsp(d)], command: { title, command: OPEN_RULE_DOCS_COMMAND, arguments: [d.docsUrl, d.ruleId] } });
      }
    }
  }

  // Fix-on-save asks for exactly this kind; it is not offered in the light bulb unless asked for.
  if (only && only.length > 0 && wants(FIX_ALL_KIND)) {
    const all = fixAllEdits(p.text, lint.diagnostics.filter((d) => d.fix).map((d) => d.fix!));
    if (all.length > 0) actions.push({ title: say(locale, TEXT.fixAll), kind: FIX_ALL_KIND, edit: edit(all) });
  }
  return actions;
}

/** The edits of every fix that does not overlap an earlier one (one pass, as ESLint's editor fix-all does). */
export function fixAllEdits(text: string, fixes: readonly Fix[]): CoreEdit[] {
  const { applied } = applyFixes(text, fixes);
  return applied.flatMap((f) => f.edits);
}

const DIRECTIVE_LINE = /^(\s*<!--\s*veiligheidsplan-disable-next-line\s+)([\w-]+(?:\s*,\s*[\w-]+)*)/;

/**
 * Where a "disable for this line" goes so that the plan still reads the same:
 * - a heading, the first line of a block, or a blank line: a `disable-next-line` comment on its own line above;
 * - a later line of a paragraph: a `disable-line` comment at the line's end (a comment line in the middle
 *   would split the paragraph in two);
 * - a later row of a table or item of a list: `disable` … `enable` around the block (a line in between
 *   would cut the table or list in two).
 * Front matter lines get no line directive (comments there would be YAML): only "disable for this plan".
 */
export function disableForLine(p: ParsedPlan, ruleId: string, line: number, locale: Locale): { title: string; edits: CoreEdit[] } | undefined {
  const { text, start: lineStart, end: lineEnd } = lineText(p, line);
  const block = p.blocks[blockIndexAt(p, lineStart)];
  if (block?.kind === "frontMatter") return undefined;
  const eol = eolOf(p.text);
  const firstLineOfBlock = !block || p.lines.lineAt(block.span.start) === line;
  const title = say(locale, TEXT.disableLine, { id: ruleId });
  if (block && !firstLineOfBlock && (block.kind === "table" || block.kind === "list" || block.kind === "quote")) {
    const what = say(locale, block.kind === "table" ? TEXT.blockTable : block.kind === "list" ? TEXT.blockList : TEXT.blockQuote);
    const end = block.span.end;
    const endsWithBreak = end > 0 && (p.text[end - 1] === "\n" || p.text[end - 1] === "\r");
    return {
      title: say(locale, TEXT.disableBlock, { id: ruleId, block: what }),
      edits: [
        { span: { start: block.span.start, end: block.span.start }, newText: `<!-- veiligheidsplan-disable ${ruleId} -->${eol}` },
        { span: { start: end, end }, newText: `${endsWithBreak ? "" : eol}<!-- veiligheidsplan-enable ${ruleId} -->${eol}` },
      ],
    };
  }
  if (block && !firstLineOfBlock && block.kind === "paragraph") {
    return { title, edits: [{ span: { start: lineEnd, end: lineEnd }, newText: ` <!-- veiligheidsplan-disable-line ${ruleId} -->` }] };
  }
  // Join an existing directive on the line above rather than stacking a second one.
  if (line > 0) {
    const above = lineText(p, line - 1);
    const m = DIRECTIVE_LINE.exec(above.text);
    if (m && !m[2]!.split(/\s*,\s*/).includes(ruleId)) {
      const at = above.start + m[1]!.length + m[2]!.length;
      return { title, edits: [{ span: { start: at, end: at }, newText: `, ${ruleId}` }] };
    }
  }
  const indent = /^[ \t]*/.exec(text)![0].slice(0, 3);
  return { title, edits: [{ span: { start: lineStart, end: lineStart }, newText: `${indent}<!-- veiligheidsplan-disable-next-line ${ruleId} -->${eol}` }] };
}

const FILE_DIRECTIVE = /<!--\s*veiligheidsplan-disable-file\s+([\w-]+(?:\s*,\s*[\w-]+)*)/;

/** `<!-- veiligheidsplan-disable-file rule-id -->` just below the front matter (or joined to one that is there). */
export function disableForFile(p: ParsedPlan, ruleId: string): CoreEdit[] {
  for (const c of p.comments) {
    const m = FILE_DIRECTIVE.exec(p.text.slice(c.span.start, c.span.end));
    if (!m) continue;
    if (m[1]!.split(/\s*,\s*/).includes(ruleId)) return [];
    const at = c.span.start + m.index + m[0].length;
    return [{ span: { start: at, end: at }, newText: `, ${ruleId}` }];
  }
  const eol = eolOf(p.text);
  const fm = p.metadata.frontMatter;
  const comment = `<!-- veiligheidsplan-disable-file ${ruleId} -->${eol}`;
  if (fm) {
    const at = fm.span.end;
    const broken = at > 0 && (p.text[at - 1] === "\n" || p.text[at - 1] === "\r");
    return [{ span: { start: at, end: at }, newText: broken ? comment : `${eol}${comment}` }];
  }
  const at = p.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return [{ span: { start: at, end: at }, newText: comment }];
}
