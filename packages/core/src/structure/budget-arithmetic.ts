/**
 * A budget table read as sums: which lines each totals row adds up (a table in parts has a totals row
 * per part), and whether those totals are a saldo of baten and lasten (model/begroting-saldo.ts). One
 * reading for the rule begroting-totalen and the report's chart, so that the report never marks a
 * column red that the rule passes, or the other way round.
 */
import type { AnalysisInput } from "../model/begroting-oorzaken.js";
import { linesOfKind, saldoKind, type SaldoKind } from "../model/begroting-saldo.js";
import { foldText } from "../text/keywords.js";
import type { Span } from "../text/positions.js";
import type { AmountCell, BudgetGroupNode, BudgetNode } from "./types.js";

export interface BudgetPart {
  /** The part as a table of its own: its lines and its totals row. */
  readonly budget: BudgetNode;
  /** The part's lines as indices into the whole table's lines. */
  readonly lines: readonly number[];
  /** The lines' names as a saldo reads them, folded: "baten" or "lasten" for a line under "Totaal baten" or "Totaal lasten". */
  readonly names: readonly string[];
  readonly input: AnalysisInput;
  /** Closed by "Totaal lasten" or "Totaal baten": its lines add up plainly, whatever the saldo. */
  readonly plain: boolean;
}

export interface BudgetArithmetic {
  /** Every part with a totals row and lines; one part for a table with one totals row; none without. */
  readonly parts: readonly BudgetPart[];
  /** Whose amounts the totals subtract, when they are a saldo. */
  readonly saldo?: SaldoKind;
  /** The lines (indices into the whole table's lines) the totals subtract. */
  readonly negated: ReadonlySet<number>;
}

/** How the table's totals rows add up its lines; `tolerance` in cents. */
export function budgetArithmetic(text: string, budget: BudgetNode, tolerance = 0): BudgetArithmetic {
  if (!budget.totals) return { parts: [], negated: new Set() };
  const all = budget.lines.map((_, i) => i);
  const groups: readonly BudgetGroupNode[] = budget.groups ? budget.groups.filter((g) => g.lines.length > 0) : [{ lines: all, totals: budget.totals }];
  // A line under "Totaal baten" is one of the baten, whatever its own name ("04.01 Openbare orde").
  const names = budget.lines.map((l) => foldText(l.deelproduct));
  for (const g of groups) if (g.kind) for (const i of g.lines) names[i] = g.kind;
  const parts = groups.map((g): BudgetPart => {
    const b: BudgetNode = { ...budget, lines: g.lines.map((i) => budget.lines[i]!), totals: g.totals };
    return { budget: b, lines: g.lines, names: g.lines.map((i) => names[i]!), input: analysisInput(text, b, tolerance), plain: g.kind !== undefined };
  });
  const saldo = saldoKind(parts);
  return { parts, ...(saldo ? { saldo } : {}), negated: saldo ? linesOfKind(names, saldo) : new Set() };
}

/** The amount inside a cell, without bold markers or padding. */
export function amountSpan(text: string, cell: AmountCell): Span {
  const raw = text.slice(cell.span.start, cell.span.end);
  // The number with its minus sign, not the space or the euro sign before it ("€ 150.000").
  // Also "(30)", a negative amount in brackets, whole.
  const m = /\(\s*\d[\d.,]*\s*\)|(?:[-−–]\s*)?\d[\d.,]*/.exec(raw);
  if (!m) return cell.span;
  return { start: cell.span.start + m.index, end: cell.span.start + m.index + m[0].length };
}

export const amountText = (text: string, cell: AmountCell): string => {
  const s = amountSpan(text, cell);
  return text.slice(s.start, s.end);
};

/** What the search for causes gets from a budget table with totals (also used by the tests). */
export function analysisInput(text: string, budget: BudgetNode, tolerance = 0): AnalysisInput {
  const totals = budget.totals;
  const years = budget.years;
  // A row that repeats an earlier row's name and amounts is a copy (a duplicated row, not two omissions).
  // Looked up by name and amounts, so a long table is read in one pass.
  const first = new Map<string, number>();
  const duplicateOf = budget.lines.map((l, i) => {
    if (!l.cells.some((c) => c.cents)) return undefined;
    const key = `${foldText(l.deelproduct)}|${l.cells.map((c) => c.cents).join("|")}`;
    const k = first.get(key);
    if (k === undefined) first.set(key, i);
    return k;
  });
  return {
    duplicateOf,
    lines: budget.lines.map((l) => years.map((_, j) => cellInput(text, l.cells[j]))),
    totals: years.map((_, j) => cellInput(text, totals?.cells[j])),
    centsPerUnit: (budget.unit ?? { centsPerUnit: 100 }).centsPerUnit,
    tolerance,
  };
}

function cellInput(text: string, cell: AmountCell | undefined) {
  if (!cell) return { cents: null, text: "" };
  return { cents: cell.cents, text: cell.empty ? "" : amountText(text, cell) };
}
