/**
 * textDocument/completion: help with the structured parts, so that a policy writer writes prose and the
 * tool keeps the structure right. What is offered depends on where the cursor is:
 * - in the front matter: the keys not yet written, and values (status, door, formaat, dates, periode,
 *   grondslag citations);
 * - on a heading line: Opgave and Ambitie inside a theme, a new theme with the next number, the pillars
 *   listed in the Ambitie, Toelichting and its deelproducten, the plan's main chapters;
 * - after "Thema ": the themes; after "het thema: ": their titles;
 * - after "artikel " or "art. ": the citations the register knows;
 * - in the budget table's first column: deelproducten that have a toelichting but no line;
 * - in a Doelen section: the goals table's header and columns, sources, a value with its year;
 * - in a `<!-- veiligheidsplan-… -->` comment: the directives and the rule ids.
 * https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#textDocument_completion
 */
import { resolveToday } from "@veiligheidsplan/core";
import { CompletionItemKind, type CompletionItem, type CompletionList, type Position } from "vscode-languageserver-types";
import { type Ctx, item, md } from "./completion-context.js";
import { citationCompletions } from "./completion-citations.js";
import { frontMatterCompletions } from "./completion-frontmatter.js";
import { doelenCompletions } from "./completion-doelen.js";
import { headingCompletions } from "./completion-headings.js";
import { eolOf, lineText, linePrefix, localeOf, rulesOf, offsetAt, type PlanDocument } from "./document.js";
import { say, TEXT, themeKind } from "./text.js";
export { registryCitations } from "./completion-citations.js";

export interface CompletionOptions {
  /** Whether the client expands snippets (completionItem.snippetSupport). */
  readonly snippets?: boolean;
  /** Today as JJJJ-MM-DD, for date values (the "today" setting); the clock's date otherwise. */
  readonly today?: string;
}

/** Characters after which a client should ask for completions unprompted. */
export const COMPLETION_TRIGGER_CHARACTERS = ["#", " ", ":", "|", "-", "“", "\""];

export function getCompletions(doc: PlanDocument, position: Position, options: CompletionOptions = {}): CompletionList {
  const p = doc.parsed;
  const offset = offsetAt(p, position);
  const { text: prefix, lineStart, line } = linePrefix(p, offset);
  const ctx: Ctx = {
    doc,
    p,
    offset,
    locale: localeOf(doc),
    prefix,
    lineStart,
    line,
    lineEnd: lineText(p, line).end,
    snippets: options.snippets ?? false,
    today: resolveToday({ explicit: options.today, now: Date.now }),
    eol: eolOf(p.text),
  };
  return { isIncomplete: false, items: completionsAt(ctx) };
}

function completionsAt(c: Ctx): CompletionItem[] {
  const fm = c.p.metadata.frontMatter;
  if (fm && c.offset >= fm.content.start && c.offset <= fm.content.end && !/^---|^\.\.\./.test(c.prefix)) return frontMatterCompletions(c);
  if (fm && c.offset < fm.span.end) return [];
  if (inFence(c)) return [];
  const directive = directiveCompletions(c);
  if (directive) return directive;
  const cell = budgetCellCompletions(c);
  if (cell) return cell;
  const doelen = doelenCompletions(c);
  if (doelen) return doelen;
  const heading = headingCompletions(c);
  if (heading) return heading;
  return [...themeRefCompletions(c), ...citationCompletions(c, /(?<![\p{L}\d])(artikel|art\.?)(\s+[\p{L}\d]*)?$/iu)];
}

function inFence(c: Ctx): boolean {
  return c.p.blocks.some((b) => b.kind === "fence" && c.offset > b.span.start && c.offset < b.span.end);
}

// ---------------------------------------------------------------------------------------------
// Directives

const DIRECTIVE_KINDS: readonly { readonly name: string; readonly doc: string }[] = [
  { name: "veiligheidsplan-disable-next-line", doc: "languageServer.completion.directive.veiligheidsplan-disable-next-line" },
  { name: "veiligheidsplan-disable-line", doc: "languageServer.completion.directive.veiligheidsplan-disable-line" },
  { name: "veiligheidsplan-disable", doc: "languageServer.completion.directive.veiligheidsplan-disable" },
  { name: "veiligheidsplan-enable", doc: "languageServer.completion.directive.veiligheidsplan-enable" },
  { name: "veiligheidsplan-disable-file", doc: "languageServer.completion.directive.veiligheidsplan-disable-file" },
];

function directiveCompletions(c: Ctx): CompletionItem[] | undefined {
  const ruleIds = /<!--\s*veiligheidsplan-(?:disable-next-line|disable-line|disable-file|disable|enable)\s+(?:[\w-]+\s*,?\s*)*?([\w-]*)$/.exec(c.prefix);
  if (ruleIds) {
    const start = c.offset - ruleIds[1]!.length;
    return rulesOf(c.doc).map((r) =>
      item(c, r.meta.id, start, r.meta.id, { kind: CompletionItemKind.EnumMember, detail: r.meta.name[c.locale], documentation: md(r.meta.description[c.locale]) }),
    );
  }
  const kind = /<!--\s*([\w-]*)$/.exec(c.prefix);
  if (kind) {
    const start = c.offset - kind[1]!.length;
    return DIRECTIVE_KINDS.map((d, i) =>
      item(c, d.name, start, `${d.name} `, {
        kind: CompletionItemKind.Keyword,
        detail: say(c.locale, TEXT.directive),
        documentation: md(say(c.locale, d.doc)),
        sortText: String(i),
        snippet: `${d.name} \${1:rule-id} -- \${2:reden}`,
      }),
    );
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The budget table's first column

function budgetCellCompletions(c: Ctx): CompletionItem[] | undefined {
  const b = c.p.budget;
  const table = b?.table;
  if (!b || !table) return undefined;
  if (c.lineStart < table.delimiter.span.end || c.lineStart > table.span.end) return undefined;
  if (c.lineStart === table.span.end && c.offset === c.lineStart) return undefined;
  const m = /^\s*\|?([^|]*)$/.exec(c.prefix);
  if (!m || !c.prefix.includes("|")) return undefined;
  const typed = m[1]!.trimStart();
  const start = c.offset - typed.length;
  const withLine = new Set(b.lines.filter((l) => c.p.lines.lineAt(l.row.span.start) !== c.line).map((l) => l.deelproduct.toLowerCase()));
  const missing = b.toelichting.filter((t) => !withLine.has(t.deelproduct.toLowerCase()));
  const numbered = b.lines.length > 0 && b.lines.every((l) => l.nummer !== undefined);
  let next = Math.max(0, ...b.lines.filter((l) => c.p.lines.lineAt(l.row.span.start) !== c.line).map((l) => l.nummer ?? 0)) + 1;
  return missing.map((t, i) => {
    const label = numbered ? `${next++}. ${t.deelproduct}` : t.deelproduct;
    return item(c, label, start, label, {
      kind: CompletionItemKind.Field,
      detail: say(c.locale, TEXT.deelproductFromToelichting),
      filterText: label,
      sortText: String(i).padStart(3, "0"),
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Theme references

function themeRefCompletions(c: Ctx): CompletionItem[] {
  if (/^ {0,3}#/.test(c.prefix)) return [];
  const byNumber = /(?<![\p{L}])[Tt]hema\s+(\d{0,3})$/u.exec(c.prefix);
  if (byNumber) {
    const start = c.offset - byNumber[1]!.length;
    return c.p.themes
      .filter((t) => t.nummer !== undefined)
      .map((t) => {
        const text = `${t.nummer} — ${t.title}`;
        return item(c, text, start, text, {
          kind: CompletionItemKind.Reference,
          detail: themeKind(c.locale, t),
          filterText: `${t.nummer} ${t.title}`,
          sortText: String(t.nummer).padStart(3, "0"),
        });
      });
  }
  const byTitle = /\bhet\s+thema\s*:?\s*([“"‘]?)([^”"’\n]*)$/i.exec(c.prefix);
  if (byTitle && (byTitle[1] || /:\s*[^\n]*$/.test(byTitle[0]))) {
    const start = c.offset - byTitle[2]!.length;
    const close = byTitle[1] === "“" ? "”" : byTitle[1] === "‘" ? "’" : byTitle[1] === '"' ? '"' : "";
    const after = c.p.text.slice(c.offset, c.offset + 1);
    return c.p.themes.map((t) =>
      item(c, t.title, start, close && after !== close ? `${t.title}${close}` : t.title, {
        kind: CompletionItemKind.Reference,
        detail: `${t.nummer ?? "?"} — ${themeKind(c.locale, t)}`,
        sortText: String(t.nummer ?? 999).padStart(3, "0"),
        filterText: t.title,
      }),
    );
  }
  return [];
}
