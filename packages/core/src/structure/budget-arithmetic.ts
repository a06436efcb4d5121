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
  /** The part's lines (indices into `lines`) its totals subtract: a saldo's, none in a plain part. */
  readonly negated: ReadonlySet<number>;
}

export interface BudgetArithmetic {
  /** Every part with a totals row and lines; one part for a table with one totals row; none without. */
  readonly parts: readonly BudgetPart[];
  /** Whose amounts the totals subtract, when they are a saldo. */
  readonly saldo?: SaldoKind;
  /** The lines (indices into the whole table's lines) the totals subtract. */
  readonly negated: ReadonlySet<number>;
  /** The part whose totals row adds up every line: the only part, or a grand total under the parts. */
  readonly grand?: BudgetPart;
}

/** How the table's totals rows add up its lines; `tolerance` in cents. */
export function budgetArithmetic(text: string, budget: BudgetNode, tolerance = 0): BudgetArithmetic {
  if (!budget.totals) return { parts: [], negated: new Set() };
  const groups = partsOf(budget);
  // A line under "Totaal baten" is one of the baten, whatever its own name ("04.01 Openbare orde").
  const names = budget.lines.map((l) => foldText(l.deelproduct));
  for (const g of groups) if (g.kind) for (const i of g.lines) names[i] = g.kind;
  const read = groups.map((g) => {
    const b: BudgetNode = { ...budget, lines: g.lines.map((i) => budget.lines[i]!), totals: g.totals };
    return { budget: b, lines: g.lines, names: g.lines.map((i) => names[i]!), input: analysisInput(text, b, tolerance), plain: g.kind !== undefined };
  });
  const saldo = saldoKind(read);
  const none: ReadonlySet<number> = new Set();
  const parts = read.map((p): BudgetPart => ({ ...p, negated: saldo && !p.plain ? linesOfKind(p.names, saldo) : none }));
  const grand = grandIndex(groups, budget.lines.length);
  return { parts, ...(saldo ? { saldo } : {}), negated: saldo ? linesOfKind(names, saldo) : none, ...(grand >= 0 ? { grand: parts[grand]! } : {}) };
}

/** The table's totals rows with the lines each adds up: its parts, or one part of every line; none without a totals row. */
function partsOf(budget: BudgetNode): readonly BudgetGroupNode[] {
  if (!budget.totals) return [];
  return budget.groups ? budget.groups.filter((g) => g.lines.length > 0) : [{ lines: budget.lines.map((_, i) => i), totals: budget.totals }];
}

/** Which part adds up every line: the only one, or the last when it holds them all (a grand total); -1 if none. */
function grandIndex(groups: readonly BudgetGroupNode[], lines: number): number {
  if (groups.length === 1) return 0;
  return groups.length > 1 && groups[groups.length - 1]!.lines.length === lines ? groups.length - 1 : -1;
}

/**
 * The table's stated total per year: its totals row; for a table in parts the grand total under them,
 * or without one the parts' totals added up (null for a year where a part states none), so that the
 * typed plan's lines add up to its totals as the table's do.
 */
export function statedTotals(budget: BudgetNode): (number | null)[] {
  const groups = partsOf(budget);
  const cell = (g: BudgetGroupNode, j: number) => g.totals.cells[j]?.cents ?? null;
  const grand = grandIndex(groups, budget.lines.length);
  if (groups.length === 0) return [];
  return budget.years.map((_, j) => {
    if (grand >= 0) return cell(groups[grand]!, j);
    let sum = 0;
    for (const g of groups) {
      const c = cell(g, j);
      if (c === null) return null;
      sum += c;
    }
    return sum;
  });
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
