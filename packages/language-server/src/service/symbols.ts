/**
 * textDocument/documentSymbol: the plan's outline — its metadata, its chapters, the themes with their
 * Opgave, Ambitie and pillars, and the budget with its lines and toelichting.
 * textDocument/foldingRange: sections, the front matter, tables, lists, quotes, code and comments.
 * https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#textDocument_documentSymbol
 */
import { formatAmount, metadataEntries, type ParsedPlan, type Section } from "@veiligheidsplan/core";
import { scalarText, type Block, type MetaEntry } from "@veiligheidsplan/core/internal";
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange, type SymbolInformation } from "vscode-languageserver-types";
import { localeOf, toRange, type PlanDocument } from "./document.js";
import { say, TEXT, themeKind } from "./text.js";

export function getDocumentSymbols(doc: PlanDocument): DocumentSymbol[] {
  const p = doc.parsed;
  const locale = localeOf(doc);
  const out: DocumentSymbol[] = [];
  const fm = p.metadata.frontMatter;
  if (fm) {
    out.push({
      name: say(locale, TEXT.metadata),
      kind: SymbolKind.Object,
      range: toRange(p, fm.span),
      selectionRange: toRange(p, { start: fm.span.start, end: p.lines.lineContentEnd(0) }),
      children: metadataEntries(p).map((e) => entrySymbol(p, e)),
    });
  }
  out.push(...p.sections.map((s) => sectionSymbol(doc, s)));
  return out;
}

function entrySymbol(p: ParsedPlan, e: MetaEntry): DocumentSymbol {
  const v = e.value;
  const detail = v.kind === "scalar" ? scalarText(v) : undefined;
  return {
    name: e.keyText || "?",
    ...(detail ? { detail } : {}),
    kind: v.kind === "map" ? SymbolKind.Object : v.kind === "seq" ? SymbolKind.Array : SymbolKind.Property,
    range: toRange(p, e.span),
    selectionRange: toRange(p, e.keySpan),
    ...(v.kind === "map" ? { children: v.entries.map((c) => entrySymbol(p, c)) } : {}),
  };
}

function sectionSymbol(doc: PlanDocument, s: Section): DocumentSymbol {
  const p = doc.parsed;
  const locale = localeOf(doc);
  const range = toRange(p, trimmedSpan(p, s));
  const selectionRange = toRange(p, s.heading.content);
  const children = s.children.map((c) => sectionSymbol(doc, c));
  let kind: SymbolKind = SymbolKind.String;
  let detail: string | undefined;
  const theme = p.themes.find((t) => t.section === s);
  const container = p.themeContainers.find((c) => c.section === s);
  if (theme) {
    kind = SymbolKind.Class;
    detail = themeKind(locale, theme);
  } else if (container) kind = SymbolKind.Namespace;
  else if (p.themes.some((t) => t.opgave === s || t.ambitie === s)) kind = SymbolKind.Field;
  else if (p.themes.some((t) => t.pillars.some((pl) => pl.elaboration === s))) kind = SymbolKind.EnumMember;
  else if (p.budget?.section === s) {
    kind = SymbolKind.Namespace;
    const table = budgetSymbol(doc);
    if (table) children.push(table);
    children.sort((a, b) => a.range.start.line - b.range.start.line);
  } else if (p.budget?.toelichting.some((t) => t.section === s)) kind = SymbolKind.Field;
  return { name: p.text.slice(s.heading.content.start, s.heading.content.end) || "#", ...(detail ? { detail } : {}), kind, range, selectionRange, children };
}

function budgetSymbol(doc: PlanDocument): DocumentSymbol | undefined {
  const p = doc.parsed;
  const b = p.budget;
  if (!b?.table) return undefined;
  const unit = b.unit ?? { label: "", centsPerUnit: 100 };
  const amounts = (cells: readonly { cents: number | null; raw: string }[]) => cells.map((c) => (c.cents === null ? c.raw.trim() || "—" : formatAmount(c.cents, unit))).join(" · ");
  const children: DocumentSymbol[] = b.lines.map((l) => ({
    name: l.deelproduct || "?",
    detail: amounts(l.cells),
    kind: SymbolKind.Field,
    range: toRange(p, l.row.span),
    selectionRange: toRange(p, l.nameSpan),
  }));
  if (b.totals) {
    children.push({
      name: say(localeOf(doc), TEXT.totals),
      detail: amounts(b.totals.cells),
      kind: SymbolKind.Constant,
      range: toRange(p, b.totals.row.span),
      selectionRange: toRange(p, b.totals.labelSpan),
    });
  }
  const header = b.table.header.span;
  return {
    name: say(localeOf(doc), TEXT.budgetTable),
    detail: [b.unit?.label, b.years.map((y) => y.text).join(", ")].filter(Boolean).join(" "),
    kind: SymbolKind.Struct,
    range: toRange(p, { start: b.table.span.start, end: lastContentEnd(p, b.table) }),
    selectionRange: toRange(p, header),
    children,
  };
}

/** Flat symbols for clients without hierarchical outlines. */
export function flattenSymbols(uri: string, symbols: readonly DocumentSymbol[], container?: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const s of symbols) {
    out.push({ name: s.name, kind: s.kind, location: { uri, range: s.selectionRange }, ...(container ? { containerName: container } : {}) });
    if (s.children) out.push(...flattenSymbols(uri, s.children, s.name));
  }
  return out;
}

/** A block's end without its line terminator. */
function lastContentEnd(p: ParsedPlan, b: Block): number {
  let e = b.span.end;
  while (e > b.span.start && (p.text[e - 1] === "\n" || p.text[e - 1] === "\r")) e--;
  return e;
}

/** A section's span without the blank lines at its end. */
function trimmedSpan(p: ParsedPlan, s: Section): { start: number; end: number } {
  let k = s.endBlock - 1;
  while (k > s.firstBlock && p.blocks[k]!.kind === "blank") k--;
  return { start: s.span.start, end: Math.max(s.heading.content.end, lastContentEnd(p, p.blocks[k]!)) };
}

// ---------------------------------------------------------------------------------------------
// Folding

export interface FoldingOptions {
  /** The most ranges the client wants (foldingRange.rangeLimit). */
  readonly rangeLimit?: number;
}

export function getFoldingRanges(doc: PlanDocument, options: FoldingOptions = {}): FoldingRange[] {
  const p = doc.parsed;
  const ranges: FoldingRange[] = [];
  const lineOf = (offset: number) => p.lines.lineAt(offset);
  const add = (start: number, end: number, kind?: FoldingRangeKind) => {
    const a = lineOf(start);
    const b = lineOf(end);
    if (b > a) ranges.push({ startLine: a, endLine: b, ...(kind ? { kind } : {}) });
  };
  const walk = (sections: readonly Section[]) => {
    for (const s of sections) {
      add(s.span.start, trimmedSpan(p, s).end);
      walk(s.children);
    }
  };
  for (const b of p.blocks) {
    switch (b.kind) {
      case "frontMatter":
        add(b.span.start, lastContentEnd(p, b));
        break;
      case "comment":
        add(b.span.start, lastContentEnd(p, b), FoldingRangeKind.Comment);
        break;
      case "table":
      case "fence":
      case "list":
      case "quote":
      case "footnote":
        add(b.span.start, lastContentEnd(p, b));
        break;
      default:
        break;
    }
  }
  walk(p.sections);
  ranges.sort((x, y) => x.startLine - y.startLine || y.endLine - x.endLine);
  // Two ranges starting on the same line fold the same way in most editors: keep the outer one.
  const unique = ranges.filter((r, i) => i === 0 || r.startLine !== ranges[i - 1]!.startLine);
  return options.rangeLimit !== undefined && unique.length > options.rangeLimit ? unique.slice(0, Math.max(0, options.rangeLimit)) : unique;
}
