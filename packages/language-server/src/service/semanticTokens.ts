/**
 * textDocument/semanticTokens: colour for the parts that carry the plan's structure, where a reader
 * profits from seeing them at a glance — structural keywords (Opgave, Ambitie, Financiën, Totaal …),
 * theme numbers (declarations in headings, uses in references), amounts in the budget table, and
 * legal citations.
 * https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#textDocument_semanticTokens
 */
import type { ParsedPlan, Span } from "@veiligheidsplan/core";
import type { Range, SemanticTokens, SemanticTokensLegend } from "vscode-languageserver-types";
import { rangeToSpan, type PlanDocument } from "./document.js";

export const TOKEN_TYPES = ["keyword", "enumMember", "number", "macro"] as const;
export const TOKEN_MODIFIERS = ["declaration"] as const;
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = (typeof TOKEN_TYPES)[number];

interface Token {
  readonly span: Span;
  readonly type: TokenType;
  readonly declaration?: boolean;
}

function collect(p: ParsedPlan): Token[] {
  const out: Token[] = [];
  const keywordHeading = (s: { heading: { content: Span } } | undefined) => {
    if (s) out.push({ span: s.heading.content, type: "keyword" });
  };
  for (const c of p.themeContainers) keywordHeading(c.section);
  for (const t of p.themes) {
    if (t.numberSpan) out.push({ span: t.numberSpan, type: "enumMember", declaration: true });
    keywordHeading(t.opgave);
    keywordHeading(t.ambitie);
    if (t.pillarIntro?.countSpan) out.push({ span: t.pillarIntro.countSpan, type: "number" });
  }
  for (const r of p.themeRefs) if (r.numberSpan && (r.kind === "number" || r.kind === "range")) out.push({ span: r.numberSpan, type: "enumMember" });
  const b = p.budget;
  if (b) {
    keywordHeading(b.section);
    keywordHeading(b.toelichtingSection);
    for (const l of b.lines) for (const c of l.cells) if (!c.empty) out.push({ span: trim(p.text, c.span), type: "number" });
    // Every totals row: a table in parts has one per part.
    const totalsRows = new Set(b.groups ? b.groups.map((g) => g.totals) : b.totals ? [b.totals] : []);
    for (const t of totalsRows) {
      out.push({ span: t.labelSpan, type: "keyword" });
      for (const c of t.cells) if (!c.empty) out.push({ span: trim(p.text, c.span), type: "number" });
    }
  }
  for (const c of p.citations) if (!c.unreadable) out.push({ span: c.span, type: "macro" });
  return out.filter((t) => t.span.end > t.span.start).sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
}

function trim(text: string, s: Span): Span {
  let a = s.start;
  let b = s.end;
  while (a < b && (text[a] === " " || text[a] === "\t")) a++;
  while (b > a && (text[b - 1] === " " || text[b - 1] === "\t")) b--;
  return { start: a, end: b };
}

/** Tokens of the whole document, or of a range (textDocument/semanticTokens/range). */
export function getSemanticTokens(doc: PlanDocument, range?: Range): SemanticTokens {
  const p = doc.parsed;
  const limit = range ? rangeToSpan(p, range) : undefined;
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let lastEnd = -1;
  for (const t of collect(p)) {
    if (limit && (t.span.end < limit.start || t.span.start > limit.end)) continue;
    // Tokens must not overlap: a theme number inside a citation's span keeps the outer token.
    if (t.span.start < lastEnd) continue;
    lastEnd = t.span.end;
    const typeIndex = TOKEN_TYPES.indexOf(t.type);
    const mods = t.declaration ? 1 : 0;
    // A token may not span lines (multilineTokenSupport is optional): cut it at line ends.
    let start = t.span.start;
    while (start < t.span.end) {
      const line = p.lines.lineAt(start);
      const lineEnd = Math.min(p.lines.lineContentEnd(line), t.span.end);
      const char = start - p.lines.lineStarts[line]!;
      if (lineEnd > start) {
        data.push(line - prevLine, line === prevLine ? char - prevChar : char, lineEnd - start, typeIndex, mods);
        prevLine = line;
        prevChar = char;
      }
      const next = p.lines.lineStarts[line + 1];
      if (next === undefined) break;
      start = next;
    }
  }
  return { data };
}
