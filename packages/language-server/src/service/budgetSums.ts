/**
 * The budget's sums where the writer looks: an inlay hint after each amount of the Totaal row
 * ("som 6.706 · verschil 10.142") and, for clients without inlay hints, one code lens above the row
 * with every column. The difference is the stated total minus the sum of the lines, as in the hover
 * and the begroting-totalen finding.
 * https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#textDocument_inlayHint
 */
import { formatAmount, formatMessage, type AmountCell, type BudgetNode, type Locale } from "@veiligheidsplan/core";
import { InlayHintKind, type CodeLens, type InlayHint, type Range } from "vscode-languageserver-types";
import { columnSum } from "./hover.js";
import { localeOf, rangeToSpan, toPosition, toRange, type PlanDocument } from "./document.js";

interface ColumnSum {
  readonly year: string;
  readonly cell: AmountCell | undefined;
  readonly text: string;
}

function columnSums(budget: BudgetNode, locale: Locale): ColumnSum[] {
  const unit = budget.unit ?? { label: "", centsPerUnit: 100 };
  return budget.years.map((y, k) => {
    const sum = columnSum(budget, k).cents;
    const cell = budget.totals?.cells[k];
    const stated = cell?.cents ?? null;
    const text =
      stated === null
        ? formatMessage("languageServer.budgetSumNoTotal", locale, { sum: formatAmount(sum, unit) })
        : stated === sum
          ? formatMessage("languageServer.budgetSumMatches", locale, { sum: formatAmount(sum, unit) })
          : formatMessage("languageServer.budgetSum", locale, { sum: formatAmount(sum, unit), difference: formatAmount(stated - sum, unit) });
    return { year: y.text, cell, text };
  });
}

/** One hint after each amount of the Totaal row that lies in `range` (the whole plan without one). */
export function getInlayHints(doc: PlanDocument, range?: Range): InlayHint[] {
  const p = doc.parsed;
  const budget = p.budget;
  if (!budget?.table || !budget.totals) return [];
  const within = range ? rangeToSpan(p, range) : undefined;
  const locale = localeOf(doc);
  const tooltip = formatMessage("languageServer.budgetSumTooltip", locale);
  const hints: InlayHint[] = [];
  for (const c of columnSums(budget, locale)) {
    if (!c.cell || c.cell.empty) continue;
    const at = c.cell.span.end;
    if (within && (at < within.start || at > within.end)) continue;
    hints.push({ position: toPosition(p, at), label: c.text, kind: InlayHintKind.Parameter, paddingLeft: true, tooltip });
  }
  return hints;
}

/** One lens above the Totaal row with the sums of every column (for clients that show code lenses but not inlay hints). */
export function getCodeLenses(doc: PlanDocument): CodeLens[] {
  const p = doc.parsed;
  const budget = p.budget;
  if (!budget?.table || !budget.totals) return [];
  const locale = localeOf(doc);
  const columns = columnSums(budget, locale)
    .map((c) => `${c.year}: ${c.text}`)
    .join("  |  ");
  const title = formatMessage("languageServer.budgetLens", locale, { columns });
  // An empty command makes the lens text only (nothing happens on a click).
  return [{ range: toRange(p, budget.totals.labelSpan), command: { title, command: "" } }];
}
