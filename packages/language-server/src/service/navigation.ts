/**
 * Navigation between the parts of a plan that name each other: theme references and theme headings,
 * budget lines and their toelichting, listed pillars and their elaboration, and citations to the law.
 * - textDocument/definition, textDocument/references, textDocument/prepareRename, textDocument/rename,
 *   textDocument/documentLink.
 * https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#textDocument_definition
 */
import { type BudgetLineNode, type ParsedPlan, type PillarNode, type Span, type TextEdit as CoreEdit, type ThemeNode, type ThemeRef, type ToelichtingNode } from "@veiligheidsplan/core";
import { alignTable, applyEdits, citationUrl, foldText, getEntry, sameIgnoringSpaces, sameTitle, scanBlocks } from "@veiligheidsplan/core/internal";
import type { DocumentLink, Location, Position, Range, TextEdit, WorkspaceEdit } from "vscode-languageserver-types";
import { innerSpan, localeOf, offsetAt, themesByNumber, toRange, touches, type PlanDocument } from "./document.js";
import { say, TEXT } from "./text.js";

// ---------------------------------------------------------------------------------------------
// What is under the cursor

export type ThemeHit =
  | { readonly kind: "heading"; readonly theme: ThemeNode; readonly on: "number" | "title" }
  | { readonly kind: "reference"; readonly ref: ThemeRef; readonly on: "number" | "title" | "other" };

/** The theme heading or theme reference at `offset`. */
export function themeAt(p: ParsedPlan, offset: number): ThemeHit | undefined {
  for (const t of p.themes) {
    if (touches(t.numberSpan, offset)) return { kind: "heading", theme: t, on: "number" };
    if (touches(t.titleSpan, offset)) return { kind: "heading", theme: t, on: "title" };
  }
  let best: ThemeRef | undefined;
  for (const r of p.themeRefs) {
    if (r.span.start > offset) break;
    if (touches(r.span, offset) && (!best || r.span.end - r.span.start < best.span.end - best.span.start)) best = r;
  }
  if (!best) return undefined;
  const on = touches(best.titleSpan, offset) ? "title" : touches(best.numberSpan, offset) ? "number" : "other";
  return { kind: "reference", ref: best, on };
}

/** The themes a reference points at (none when it points at nothing). */
export function resolveThemeRef(p: ParsedPlan, r: ThemeRef): ThemeNode[] {
  switch (r.kind) {
    case "number":
      return themesByNumber(p, r.nummer);
    case "range":
      return p.themes.filter((t) => t.nummer !== undefined && r.nummer !== undefined && r.tot !== undefined && t.nummer >= r.nummer && t.nummer <= r.tot);
    case "title": {
      const title = r.title ?? "";
      const exact = p.themes.filter((t) => sameTitle(t.title, title));
      return exact.length > 0 ? exact : p.themes.filter((t) => sameIgnoringSpaces(t.title, title));
    }
    case "all":
      return [...p.themes];
  }
}

/** The theme meant at `offset`: on its heading, or through a reference that names one theme. */
export function targetTheme(p: ParsedPlan, offset: number): ThemeNode | undefined {
  const hit = themeAt(p, offset);
  if (!hit) return undefined;
  if (hit.kind === "heading") return hit.theme;
  if (hit.ref.kind === "range" || hit.ref.kind === "all") return undefined;
  return resolveThemeRef(p, hit.ref)[0];
}

export function budgetLineAt(p: ParsedPlan, offset: number): BudgetLineNode | undefined {
  return p.budget?.lines.find((l) => touches(l.row.cells[0]?.content, offset));
}

export function toelichtingAt(p: ParsedPlan, offset: number): ToelichtingNode | undefined {
  return p.budget?.toelichting.find((t) => touches(t.section.heading.content, offset));
}

/** A budget line's name and its toelichting headings, matched the way a reader would (case, numbering). */
export function deelproductLinks(p: ParsedPlan, name: string): { lines: BudgetLineNode[]; toelichtingen: ToelichtingNode[]; toelichting?: ToelichtingNode } {
  const key = foldText(name);
  const lines = p.budget?.lines.filter((l) => foldText(l.deelproduct) === key) ?? [];
  const toelichtingen = p.budget?.toelichting.filter((t) => foldText(t.deelproduct) === key) ?? [];
  return { lines, toelichtingen, toelichting: toelichtingen[0] };
}

function deelproductAt(p: ParsedPlan, offset: number): string | undefined {
  return budgetLineAt(p, offset)?.deelproduct ?? toelichtingAt(p, offset)?.deelproduct;
}

function pillarAt(p: ParsedPlan, offset: number): { theme: ThemeNode; pillar: PillarNode; on: "list" | "heading" } | undefined {
  for (const t of p.themes) {
    for (const pl of t.pillars) {
      if (touches(pl.span, offset)) return { theme: t, pillar: pl, on: "list" };
      if (pl.elaboration && touches(pl.elaboration.heading.content, offset)) return { theme: t, pillar: pl, on: "heading" };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Definition and references

const loc = (doc: PlanDocument, span: Span): Location => ({ uri: doc.uri, range: toRange(doc.parsed, span) });

export function getDefinition(doc: PlanDocument, position: Position): Location[] | null {
  const p = doc.parsed;
  const offset = offsetAt(p, position);
  const hit = themeAt(p, offset);
  if (hit?.kind === "reference") {
    const targets = resolveThemeRef(p, hit.ref);
    return targets.length > 0 ? targets.map((t) => loc(doc, t.section.heading.content)) : null;
  }
  if (hit?.kind === "heading") return null;
  const line = budgetLineAt(p, offset);
  if (line) {
    const { toelichtingen } = deelproductLinks(p, line.deelproduct);
    return toelichtingen.length > 0 ? toelichtingen.map((t) => loc(doc, t.section.heading.content)) : null;
  }
  const tl = toelichtingAt(p, offset);
  if (tl) {
    const { lines } = deelproductLinks(p, tl.deelproduct);
    return lines.length > 0 ? lines.map((l) => loc(doc, l.nameSpan)) : null;
  }
  const pillar = pillarAt(p, offset);
  if (pillar) {
    if (pillar.on === "list") return pillar.pillar.elaboration ? [loc(doc, pillar.pillar.elaboration.heading.content)] : null;
    return [loc(doc, pillar.pillar.span)];
  }
  return null;
}

export function getReferences(doc: PlanDocument, position: Position, includeDeclaration = true): Location[] | null {
  const p = doc.parsed;
  const offset = offsetAt(p, position);
  const theme = targetTheme(p, offset);
  if (theme) {
    const out: Location[] = [];
    if (includeDeclaration) out.push(loc(doc, theme.section.heading.content));
    for (const r of p.themeRefs) if (resolveThemeRef(p, r).includes(theme)) out.push(loc(doc, r.span));
    return out;
  }
  const name = deelproductAt(p, offset);
  if (name !== undefined) {
    const { lines, toelichtingen } = deelproductLinks(p, name);
    return [...(includeDeclaration ? lines.map((l) => loc(doc, l.nameSpan)) : []), ...toelichtingen.map((t) => loc(doc, t.section.heading.content))];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Rename

export type PrepareRenameResult = { readonly range: Range; readonly placeholder: string } | { readonly error: string } | null;

export function prepareRename(doc: PlanDocument, position: Position): PrepareRenameResult {
  const p = doc.parsed;
  const offset = offsetAt(p, position);
  const locale = localeOf(doc);
  const hit = themeAt(p, offset);
  if (hit) {
    if (hit.kind === "heading") {
      if (hit.on === "number") return { error: say(locale, TEXT.renameViaTitle) };
      const s = innerSpan(p.text, hit.theme.titleSpan);
      return { range: toRange(p, s), placeholder: p.text.slice(s.start, s.end) };
    }
    const r = hit.ref;
    if (hit.on === "title" && r.titleSpan && resolveThemeRef(p, r).length > 0) return { range: toRange(p, r.titleSpan), placeholder: p.text.slice(r.titleSpan.start, r.titleSpan.end) };
    if (r.kind === "number" || r.kind === "range") return { error: say(locale, TEXT.renameViaTitle) };
  }
  const line = budgetLineAt(p, offset);
  if (line) {
    const s = innerSpan(p.text, line.nameSpan);
    return { range: toRange(p, s), placeholder: p.text.slice(s.start, s.end) };
  }
  const tl = toelichtingAt(p, offset);
  if (tl) {
    const s = innerSpan(p.text, tl.titleSpan);
    return { range: toRange(p, s), placeholder: p.text.slice(s.start, s.end) };
  }
  return null;
}

/** The edits (on offsets) that rename what is at `offset`, or an error a person can act on. */
export function renameEdits(doc: PlanDocument, position: Position, newName: string): { edits: CoreEdit[] } | { error: string } {
  const p = doc.parsed;
  const locale = localeOf(doc);
  const name = newName.trim();
  if (name === "" || /[\r\n]/.test(name)) return { error: say(locale, TEXT.renameEmpty) };
  const prepared = prepareRename(doc, position);
  if (!prepared) return { error: say(locale, TEXT.renameNothing) };
  if ("error" in prepared) return prepared;
  const offset = offsetAt(p, position);
  const edits: CoreEdit[] = [];
  const theme = targetTheme(p, offset);
  if (theme) {
    edits.push({ span: innerSpan(p.text, theme.titleSpan), newText: name });
    for (const r of p.themeRefs) {
      if (!r.titleSpan) continue;
      // A numbered reference names the theme by number: its title follows the theme, whatever it said before.
      const byNumber = r.kind === "number" && theme.nummer !== undefined && r.nummer === theme.nummer;
      const byTitle = r.kind === "title" && resolveThemeRef(p, r).includes(theme);
      if (byNumber || byTitle) edits.push({ span: r.titleSpan, newText: name });
    }
    return { edits: dedupe(edits) };
  }
  const deelproduct = deelproductAt(p, offset);
  if (deelproduct !== undefined) {
    const { lines, toelichtingen } = deelproductLinks(p, deelproduct);
    for (const l of lines) edits.push({ span: innerSpan(p.text, l.nameSpan), newText: name });
    for (const t of toelichtingen) edits.push({ span: innerSpan(p.text, t.titleSpan), newText: name });
    return { edits: realignBudgetTable(p, dedupe(edits)) };
  }
  return { error: say(locale, TEXT.renameNothing) };
}

function dedupe(edits: CoreEdit[]): CoreEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const k = `${e.span.start}:${e.span.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * A renamed deelproduct changes the width of the table's first column. If the table was neatly aligned
 * before, the edits inside it become one edit that leaves it aligned; an unaligned table keeps the
 * author's layout and only the names change.
 */
function realignBudgetTable(p: ParsedPlan, edits: CoreEdit[]): CoreEdit[] {
  const table = p.budget?.table;
  if (!table) return edits;
  if (alignTable(p.text, table).length > 0) return edits;
  const inside = edits.filter((e) => e.span.start >= table.span.start && e.span.end <= table.span.end);
  if (inside.length === 0) return edits;
  const renamed = applyEdits(p.text, inside, table.span);
  const block = scanBlocks(renamed).find((b) => b.kind === "table");
  if (!block || block.kind !== "table") return edits;
  return [...edits.filter((e) => !inside.includes(e)), { span: table.span, newText: applyEdits(renamed, alignTable(renamed, block)) }];
}

export function toLspEdits(p: ParsedPlan, edits: readonly CoreEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(p, e.span), newText: e.newText }));
}

export interface WorkspaceEditOptions {
  /** Versioned edits (clientCapabilities.workspace.workspaceEdit.documentChanges). */
  readonly documentChanges?: boolean;
}

export function workspaceEdit(doc: PlanDocument, edits: readonly CoreEdit[], options: WorkspaceEditOptions = {}): WorkspaceEdit {
  const lsp = toLspEdits(doc.parsed, edits);
  if (options.documentChanges) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version ?? null }, edits: lsp }] };
  return { changes: { [doc.uri]: lsp } };
}

export function getRenameEdits(doc: PlanDocument, position: Position, newName: string, options: WorkspaceEditOptions = {}): WorkspaceEdit | { error: string } {
  const r = renameEdits(doc, position, newName);
  return "error" in r ? r : workspaceEdit(doc, r.edits, options);
}

// ---------------------------------------------------------------------------------------------
// Links

/** Citations link to wetten.overheid.nl; `vorig-plan: bestand:` links to the predecessor's file. */
export function getDocumentLinks(doc: PlanDocument): DocumentLink[] {
  const p = doc.parsed;
  const links: DocumentLink[] = [];
  for (const c of p.citations) {
    const url = citationUrl(c);
    if (url) links.push({ range: toRange(p, c.span), target: url, tooltip: "wetten.overheid.nl" });
  }
  const bestand = getEntry(p.metadata.get("vorigplan")?.value, "bestand")?.value;
  if (bestand?.kind === "scalar" && typeof bestand.value === "string" && bestand.value.trim() !== "") {
    try {
      const target = new URL(bestand.value.trim(), doc.uri).href;
      const raw = p.text.slice(bestand.span.start, bestand.span.end);
      const at = bestand.span.start + Math.max(0, raw.indexOf(bestand.value.trim()));
      const s = { start: at, end: at + bestand.value.trim().length };
      links.push({ range: toRange(p, s), target });
    } catch {
      // A URI the URL parser does not understand (an untitled buffer): no link.
    }
  }
  return links;
}
