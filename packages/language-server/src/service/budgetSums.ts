/**
 * The budget's sums where the writer looks: an inlay hint after each amount of the Totaal row
 * ("som 6.706 · verschil 10.142"; in a table in parts after each part's own, and for a saldo of baten
 * and lasten "saldo …") and, for clients without inlay hints, one code lens above each such row with
 * every column. The difference is the stated total minus the sum of the lines, as in the hover
 * and the begroting-totalen finding.
 * https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#textDocument_inlayHint
 */
import { formatAmount, formatMessage, type AmountCell, type Locale } from "@veiligheidsplan/core";
import { InlayHintKind, type CodeLens, type InlayHint, type Range } from "vscode-languageserver-types";
import { columnSum, totalsParts, type TotalsPart } from "./hover.js";
import { localeOf, rangeToSpan, toPosition, toRange, type PlanDocument } from "./document.js";

interface ColumnSum {
  readonly year: string;
  readonly cell: AmountCell | undefined;
  readonly text: string;
}

/** Per column of one totals row: the sum of the lines it adds up (a saldo as such) against its amount. */
function columnSums(part: TotalsPart, locale: Locale): ColumnSum[] {
  const budget = part.budget;
  const unit = budget.unit ?? { label: "", centsPerUnit: 100 };
  const saldo = part.negated.size > 0;
  return budget.years.map((y, k) => {
    const sum = columnSum(part, k).cents;
    const cell = budget.totals?.cells[k];
    const stated = cell?.cents ?? null;
    const data = { sum: formatAmount(sum, unit) };
    const text =
      stated === null
        ? formatMessage(saldo ? "languageServer.budgetSaldoNoTotal" : "languageServer.budgetSumNoTotal", locale, data)
        : stated === sum
          ? formatMessage(saldo ? "languageServer.budgetSaldoMatches" : "languageServer.budgetSumMatches", locale, data)
          : formatMessage(saldo ? "languageServer.budgetSaldo" : "languageServer.budgetSum", locale, { ...data, difference: formatAmount(stated - sum, unit) });
    return { year: y.text, cell, text };
  });
}

/** The totals rows with the lines each adds up: one per part in a table in parts. */
function totalsRows(doc: PlanDocument): TotalsPart[] {
  return (totalsParts(doc.parsed)?.parts ?? []).filter((part) => part.budget.totals !== undefined);
}

/** One hint after each amount of a totals row that lies in `range` (the whole plan without one). */
export function getInlayHints(doc: PlanDocument, range?: Range): InlayHint[] {
  const p = doc.parsed;
  const parts = totalsRows(doc);
  if (parts.length === 0) return [];
  const within = range ? rangeToSpan(p, range) : undefined;
  const locale = localeOf(doc);
  const tooltip = formatMessage("languageServer.budgetSumTooltip", locale);
  const hints: InlayHint[] = [];
  for (const part of parts) {
    for (const c of columnSums(part, locale)) {
      if (!c.cell || c.cell.empty) continue;
      const at = c.cell.span.end;
      if (within && (at < within.start || at > within.end)) continue;
      hints.push({ position: toPosition(p, at), label: c.text, kind: InlayHintKind.Parameter, paddingLeft: true, tooltip });
    }
  }
  return hints;
}

/** One lens above each totals row with the sums of every column (for clients that show code lenses but not inlay hints). */
export function getCodeLenses(doc: PlanDocument): CodeLens[] {
  const p = doc.parsed;
  const locale = localeOf(doc);
  return totalsRows(doc).map((part) => {
    const columns = columnSums(part, locale)
      .map((c) => `${c.year}: ${c.text}`)
      .join("  |  ");
    const title = formatMessage("languageServer.budgetLens", locale, { columns });
    // An empty command makes the lens text only (nothing happens on a click).
    return { range: toRange(p, part.budget.totals!.labelSpan), command: { title, command: "" } };
  });
}
