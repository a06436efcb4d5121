/**
 * textDocument/hover: what the text under the cursor means.
 * - a legal citation: the article's text from the register and its wetten.overheid.nl link;
 * - a budget total (or the "Totaal" label): the sum of the lines and the difference;
 * - a theme reference or heading: the theme's number, title and kind, and where it is used;
 * - a deelproduct: the themes its toelichting names;
 * - a goal's row in a Doelen table: indicator, nulmeting → streefwaarde, and with progress files whether it is on track;
 * - a diagnostic: its message and the rule's explanation with a link to its page.
 * https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#textDocument_hover
 */
import { budgetArithmetic, formatAmount, formatCitation, LAWS, type AmountCell, type BudgetNode, type CitationNode, type Locale, type ParsedPlan, type Rule, type Span, type ThemeNode, type ThemeRef, type Unit } from "@veiligheidsplan/core";
import { citationText, citationUrl, sameTitle, TEXTS_RETRIEVED } from "@veiligheidsplan/core/internal";
import { MarkupKind, type Hover, type Position } from "vscode-languageserver-types";
import { escapeMarkdown, localeOf, rulesOf, offsetAt, toRange, touches, type PlanDocument } from "./document.js";
import { goalHover } from "./hover-doelen.js";
import { budgetLineAt, deelproductLinks, resolveThemeRef, themeAt } from "./navigation.js";
import { say, TEXT, themeKind } from "./text.js";

export interface HoverOptions {
  /** Whether the client renders Markdown (clientCapabilities.textDocument.hover.contentFormat). */
  readonly markdown?: boolean;
}

interface Part {
  readonly markdown: string;
  readonly span: Span;
}

export function getHover(doc: PlanDocument, position: Position, options: HoverOptions = {}): Hover | null {
  const p = doc.parsed;
  const offset = offsetAt(p, position);
  const locale = localeOf(doc);
  const parts: Part[] = [];

  const citation = p.citations.find((c) => touches(c.span, offset));
  if (citation) parts.push({ markdown: citationHover(citation, locale), span: citation.span });

  const budget = budgetHover(p, offset, locale);
  if (budget) parts.push(budget);

  const theme = themeHover(p, offset, locale);
  if (theme) parts.push(theme);

  const goal = goalHover(p, offset, locale, doc.voortgang, doc.uri);
  if (goal) parts.push(goal);

  // Diagnostics come last: the editor usually shows the message itself, the hover adds the why. On
  // a budget amount the numbers above already say what the message says: only the rule and its page.
  for (const d of doc.lint?.diagnostics ?? []) {
    const s = { start: d.range.start.offset, end: d.range.end.offset };
    if (!touches(s, offset)) continue;
    parts.push({ markdown: diagnosticHover(rulesOf(doc).find((r) => r.meta.id === d.ruleId), budget ? undefined : d.message, d.docsUrl, locale, d.ruleId), span: s });
  }

  if (parts.length === 0) return null;
  // The most specific (shortest) thing under the cursor decides the highlighted range.
  const span = parts.reduce((a, b) => (b.span.end - b.span.start < a.end - a.start ? b.span : a), parts[0]!.span);
  const markdown = parts.map((x) => x.markdown).join("\n\n---\n\n");
  return {
    contents: options.markdown === false ? { kind: MarkupKind.PlainText, value: toPlainText(markdown) } : { kind: MarkupKind.Markdown, value: markdown },
    range: toRange(p, span),
  };
}

function citationHover(c: CitationNode, locale: Locale): string {
  if (c.unreadable) return say(locale, TEXT.citationUnreadable);
  const title = `**${escapeMarkdown(capitalise(formatCitation(c)))}**`;
  if (!c.law) {
    if (!c.lawText) return `${title}\n\n${say(locale, TEXT.lawMissing)}`;
    return `${title}\n\n${say(locale, TEXT.lawUnknown, { laws: LAWS.map((l) => l.name).join(", ") })}`;
  }
  const url = citationUrl(c);
  const body = citationText(c);
  const lines = [title];
  if (body) {
    lines.push(quote(body));
    lines.push(`_${say(locale, TEXT.lawTextSource, { date: TEXTS_RETRIEVED })}_`);
  } else lines.push(say(locale, TEXT.lawTextMissing));
  if (url) lines.push(`[${say(locale, TEXT.openOnWetten)}](${url})`);
  return lines.join("\n\n");
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const quote = (s: string) => s.split("\n").map((l) => `> ${escapeMarkdown(l)}`).join("\n>\n");

function amount(cents: number, unit: Unit | undefined): string {
  return formatAmount(cents, unit ?? { label: "", centsPerUnit: 100 });
}

/**
 * A budget table as begroting-totalen reads it: per totals row the lines it adds up (a table in parts
 * has one per part), and the lines a saldo of baten and lasten subtracts.
 */
export interface TotalsPart {
  /** The part's lines and its totals row (none: a table without a totals row). */
  readonly budget: BudgetNode;
  /** Indices into the part's lines that the totals subtract. */
  readonly negated: ReadonlySet<number>;
}

/** The parts of the plan's budget table, and the whole table (for a year's hover). */
export function totalsParts(p: ParsedPlan): { parts: readonly TotalsPart[]; whole: TotalsPart } | undefined {
  const b = p.budget;
  if (!b?.table) return undefined;
  const a = budgetArithmetic(p.text, b);
  const parts: readonly TotalsPart[] = a.parts.length === 0 ? [{ budget: b, negated: new Set<number>() }] : a.parts;
  // The whole table: its own total only where a part adds up every line (a grand total, or the only part).
  return { parts, whole: a.grand ?? (a.parts.length === 0 ? parts[0]! : { budget: { ...b, totals: undefined }, negated: a.negated }) };
}

/** The sum of a year column (a saldo: the subtracted lines negative), and how many of its amounts could not be read. */
export function columnSum(part: TotalsPart, column: number): { cents: number; unreadable: number } {
  let cents = 0;
  let unreadable = 0;
  part.budget.lines.forEach((line, i) => {
    const cell: AmountCell | undefined = line.cells[column];
    if (!cell) return;
    if (cell.cents !== null) cents += part.negated.has(i) ? -cell.cents : cell.cents;
    else if (!cell.empty) unreadable++;
  });
  return { cents, unreadable };
}

const sumWord = (part: TotalsPart) => (part.negated.size > 0 ? TEXT.computedSaldo : TEXT.computedSum);

/** One column in one line (the hover on a total or a year): sum, stated total, difference. */
function columnReport(part: TotalsPart, column: number, locale: Locale): string {
  const budget = part.budget;
  const year = escapeMarkdown(budget.years[column]?.text ?? String(column + 1));
  const sum = columnSum(part, column);
  const stated = budget.totals?.cells[column]?.cents ?? null;
  const parts = [`${say(locale, sumWord(part))}: ${amount(sum.cents, budget.unit)}`];
  if (stated !== null) {
    parts.push(`${say(locale, TEXT.statedTotal)}: ${amount(stated, budget.unit)}`);
    parts.push(stated === sum.cents ? say(locale, TEXT.totalMatches) : `${say(locale, TEXT.difference)}: ${amount(stated - sum.cents, budget.unit)}`);
  }
  const line = `**${say(locale, TEXT.columnTotal, { year })}** · ${parts.join(" · ")}`;
  return sum.unreadable > 0 ? `${line}\n\n${say(locale, TEXT.unreadableCells, { count: sum.unreadable })}` : line;
}

/** A small table: the sum of the lines, the stated total and the difference, per year column. */
function totalsTable(part: TotalsPart, columns: readonly number[], locale: Locale): string {
  const budget = part.budget;
  const years = columns.map((k) => escapeMarkdown(budget.years[k]?.text ?? String(k + 1)));
  const sums = columns.map((k) => columnSum(part, k));
  const stated = columns.map((k) => budget.totals?.cells[k]?.cents ?? null);
  const diffs = columns.map((_, i) => (stated[i] === null ? null : stated[i]! - sums[i]!.cents));
  const row = (label: string, cells: readonly string[]) => `| ${label} | ${cells.join(" | ")} |`;
  const title = columns.length === 1 ? `**${say(locale, TEXT.columnTotal, { year: years[0]! })}**` : `**${say(locale, TEXT.totals)}**`;
  const rows = [
    row(budget.unit ? escapeMarkdown(budget.unit.label) : "", columns.length === 1 ? [""] : years),
    row(":--", columns.map(() => "--:")),
    row(say(locale, sumWord(part)), sums.map((x) => amount(x.cents, budget.unit))),
    row(say(locale, TEXT.statedTotal), stated.map((x) => (x === null ? "—" : amount(x, budget.unit)))),
  ];
  if (diffs.some((d) => d !== null && d !== 0)) rows.push(row(say(locale, TEXT.difference), diffs.map((d) => (d === null ? "—" : amount(d, budget.unit)))));
  const notes: string[] = [];
  if (columns.length === 1) {
    const d = diffs[0];
    notes.push(d === null || d === undefined ? say(locale, TEXT.totalMissing) : d === 0 ? say(locale, TEXT.totalMatches) : say(locale, d > 0 ? TEXT.totalTooHigh : TEXT.totalTooLow, { diff: amount(Math.abs(d), budget.unit) }));
  } else if (diffs.every((d) => d === 0)) notes.push(say(locale, TEXT.totalMatches));
  const unreadable = sums.reduce((n, x) => n + x.unreadable, 0);
  if (unreadable > 0) notes.push(say(locale, TEXT.unreadableCells, { count: unreadable }));
  return [title, rows.join("\n"), notes.join(" ")].filter(Boolean).join("\n\n");
}

function budgetHover(p: ParsedPlan, offset: number, locale: Locale): Part | undefined {
  const b = p.budget;
  if (!b?.table) return undefined;
  if (offset < b.table.span.start || offset > b.table.span.end) return undefined;
  const read = totalsParts(p)!;
  // A totals row (each part's own, in a table in parts): its column, or on its label every column.
  for (const part of read.parts) {
    const totals = part.budget.totals;
    if (!totals) continue;
    const i = totals.cells.findIndex((c) => touches(c.span, offset));
    if (i >= 0) return { markdown: columnReport(part, i, locale), span: totals.cells[i]!.span };
    if (touches(totals.labelSpan, offset)) {
      return { markdown: totalsTable(part, b.years.map((_, k) => k), locale), span: totals.labelSpan };
    }
  }
  // A year in the header row: that column's sum.
  const y = b.years.findIndex((yr) => touches(yr.span, offset));
  if (y >= 0) return { markdown: columnReport(read.whole, y, locale), span: b.years[y]!.span };
  const line = budgetLineAt(p, offset);
  if (line) return { markdown: deelproductHover(p, line.deelproduct, locale), span: line.nameSpan };
  return undefined;
}

function deelproductHover(p: ParsedPlan, name: string, locale: Locale): string {
  const links = deelproductLinks(p, name);
  const lines = [`**${escapeMarkdown(say(locale, TEXT.deelproductHover, { name }))}**`];
  const tl = links.toelichting;
  if (!tl) lines.push(say(locale, TEXT.deelproductNoToelichting));
  else if (tl.alleThemas) lines.push(say(locale, TEXT.deelproductAllThemes));
  else {
    const names = tl.refs.flatMap((r) => resolveThemeRef(p, r)).map((t) => `${t.nummer ?? "?"}. ${escapeMarkdown(t.title)}`);
    if (names.length > 0) lines.push(say(locale, TEXT.deelproductThemes, { themes: [...new Set(names)].join("; ") }));
  }
  return lines.join("\n\n");
}

function themeTitleLine(t: ThemeNode, locale: Locale): string {
  return `**${escapeMarkdown(say(locale, TEXT.themeHover, { nummer: t.nummer ?? "?", title: t.title }))}** (${themeKind(locale, t)})`;
}

function themeDetails(p: ParsedPlan, t: ThemeNode, locale: Locale): string {
  const lines = [themeTitleLine(t, locale)];
  const refs = p.themeRefs.filter((r) => resolveThemeRef(p, r).includes(t)).length;
  lines.push(say(locale, TEXT.themeReferenced, { count: refs }));
  const b = p.budget;
  if (b && b.lines.length > 0) {
    const funding = b.toelichting.filter((tl) => tl.alleThemas || tl.refs.some((r) => resolveThemeRef(p, r).includes(t))).map((tl) => escapeMarkdown(tl.deelproduct));
    lines.push(funding.length > 0 ? say(locale, TEXT.themeFundedBy, { lines: funding.join("; ") }) : say(locale, TEXT.themeNotFunded));
  }
  return lines.join("\n\n");
}

function themeHover(p: ParsedPlan, offset: number, locale: Locale): Part | undefined {
  const heading = p.themes.find((t) => touches(t.numberSpan, offset) || touches(t.titleSpan, offset));
  if (heading) return { markdown: themeDetails(p, heading, locale), span: heading.section.heading.content };
  const hit = themeAt(p, offset);
  if (!hit || hit.kind !== "reference") return undefined;
  return { markdown: refHover(p, hit.ref, locale), span: hit.ref.span };
}

function refHover(p: ParsedPlan, ref: ThemeRef, locale: Locale): string {
  const targets = resolveThemeRef(p, ref);
  if (ref.kind === "range") {
    const head = say(locale, TEXT.themeRange, { from: ref.nummer ?? "?", to: ref.tot ?? "?" });
    const list = targets.map((t) => `- ${t.nummer}. ${escapeMarkdown(t.title)} (${themeKind(locale, t)})`);
    const missing: string[] = [];
    if (ref.nummer !== undefined && ref.tot !== undefined && ref.tot - ref.nummer < 100) {
      for (let n = ref.nummer; n <= ref.tot; n++) if (!targets.some((t) => t.nummer === n)) missing.push(`- ${say(locale, TEXT.themeRefUnknown, { nummer: n })}`);
    }
    return [head, [...list, ...missing].join("\n")].join("\n\n");
  }
  if (targets.length === 0) {
    return ref.kind === "title" ? say(locale, TEXT.themeTitleUnknown, { title: escapeMarkdown(ref.title ?? "") }) : say(locale, TEXT.themeRefUnknown, { nummer: ref.nummer ?? "?" });
  }
  const t = targets[0]!;
  const lines = [themeTitleLine(t, locale)];
  if (ref.kind === "number" && ref.title && !sameTitle(ref.title, t.title)) {
    lines.push(say(locale, TEXT.themeRefTitleDiffers, { written: escapeMarkdown(ref.title), nummer: t.nummer ?? "?", title: escapeMarkdown(t.title) }));
  }
  const intro = firstSentence(p, t);
  if (intro) lines.push(`_${escapeMarkdown(intro)}_`);
  return lines.join("\n\n");
}

/** The opgave's first sentence, so that a reader sees what the theme is about without jumping. */
function firstSentence(p: ParsedPlan, t: ThemeNode): string | undefined {
  const s = t.opgave;
  if (!s) return undefined;
  const para = s.ownBlocks.find((b) => b.kind === "paragraph");
  if (!para || para.kind !== "paragraph") return undefined;
  const text = p.text.slice(para.content.start, para.content.end).replace(/\s+/g, " ").trim();
  const m = /^(.{20,300}?[.!?])(\s|$)/.exec(text);
  return m ? m[1] : text.slice(0, 200);
}

function diagnosticHover(rule: Rule<any> | undefined, message: string | undefined, docsUrl: string | undefined, locale: Locale, ruleId: string): string {
  const lines = message === undefined ? [] : [escapeMarkdown(message)];
  if (rule) lines.push(`**${escapeMarkdown(rule.meta.name[locale])}**: ${escapeMarkdown(rule.meta.description[locale])}`);
  if (docsUrl) lines.push(`[${say(locale, TEXT.ruleLink, { id: ruleId })}](${docsUrl})`);
  return lines.join("\n\n");
}

/** For clients without Markdown: links as "text: url", tables as lines, no emphasis or quote marks. */
export function toPlainText(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) => {
      if (/^\|(\s*:?-+:?\s*\|)+$/.test(line)) return undefined;
      if (/^\|.*\|$/.test(line)) {
        const cells = line.slice(1, -1).split(" | ").map((c) => c.trim()).filter((c) => c !== "");
        return cells.length > 1 ? `${cells[0]}: ${cells.slice(1).join("  ")}` : cells[0] ?? "";
      }
      return line;
    })
    .filter((l): l is string => l !== undefined)
    .join("\n")
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, "$1: $2")
    .replace(/^> ?/gm, "")
    .replace(/^---$/gm, "")
    .replace(/\*\*|(?<![\\\w])_|_(?![\w])/g, "")
    .replace(/\\([\\`*_[\]<>#|])/g, "$1")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
