/**
 * begroting-totalen: in each year column, the deelproduct lines add up to the stated total. When they
 * do not, the finding gives the sum and the difference in the table's unit, and names the slip that
 * explains the difference exactly (begroting-oorzaken.ts), each offered as a suggestion, as is "set
 * the total to the sum". Plans without a budget table are valid: they are told it was not checked.
 */
import * as Schema from "effect/Schema";
import { messagePart, type FixFinding, type MessageValue, type RelatedFinding } from "../diagnostic.js";
import { formatAmount, type Unit } from "../model/amount.js";
import type { AmountCell, BudgetNode } from "../structure/types.js";
import { tableCellEdit } from "../text/edits.js";
import { analyseBudget, causeKey, totalSlip, type Cause } from "../model/begroting-oorzaken.js";
import { negateLines, roundingMargin, toggleSign } from "../model/begroting-saldo.js";
import { amountSpan, amountText, budgetArithmetic, type BudgetPart } from "../structure/budget-arithmetic.js";
import { foldText } from "../text/keywords.js";
import type { Span } from "../text/positions.js";
import { lineEnding } from "../text/line-endings.js";
import { notCheckedFinding } from "../not-checked.js";
import { defineRule, type RuleContext } from "./types.js";
import { themeBudgets } from "../structure/theme-budgets.js";

const Options = Schema.Struct({
  /** A difference up to this amount (in the table's unit) counts as rounding, e.g. 1 for tables rounded to thousands. */
  toegestaanVerschil: Schema.optionalKey(Schema.Number),
});

/** The decimals the table writes (so that a sum reads like its amounts). */
function tableDecimals(budget: BudgetNode): number {
  let d = 0;
  const look = (c: AmountCell) => {
    const m = /,(\d+)/.exec(c.raw);
    if (m && c.cents !== null) d = Math.max(d, m[1]!.length);
  };
  for (const l of budget.lines) l.cells.forEach(look);
  budget.totals?.cells.forEach(look);
  return d;
}

export const unitText = (unit: Unit) => unit.label.replace(/^\(\s*|\s*\)$/g, "").trim();

type Options = typeof Options.Type;

export const begrotingTotalen = defineRule<Options>({
  meta: {
    id: "begroting-totalen",
    name: { nl: "Begroting: totalen", en: "Budget: totals" },
    description: {
      nl: "In elke jaarkolom tellen de regels op tot het vermelde totaal; bij een verschil wordt de waarschijnlijke oorzaak genoemd.",
      en: "In every year column the lines add up to the stated total; a difference is explained by its most likely cause.",
    },
    category: "begroting",
    defaultSeverity: "error",
    fixable: false,
    hasSuggestions: true,
    messages: [
      "verschil",
      "verschilSaldo",
      "geenFinancien",
      "geenTabel",
      "geenTotaal",
      "deel.een",
      "deel.twee",
      "deel.meerdere",
      "deel.geen",
      "deel.afronding",
      "deel.teVeel",
      "deel.deels",
      "deel.ook",
      "deel.paar",
      "oorzaak.teken",
      "oorzaak.weggelaten",
      "oorzaak.cijferWeg",
      "oorzaak.cijferExtra",
      "oorzaak.verwisseld",
      "oorzaak.dubbel",
      "oorzaak.komma",
      "oorzaak.totaal",
      "gerelateerd.totaal",
      "gerelateerd.cel",
      "gerelateerd.dubbel",
      "suggestie.cel",
      "suggestie.verwijderRegel",
      "suggestie.paar",
      "suggestie.alleJaren",
      "suggestie.totaal",
      "suggestie.totaalSaldo",
      "suggestie.totaalRegel",
    ],
  },
  options: Options,
  defaultOptions: {},
  check(ctx) {
    const { plan } = ctx;
    const budget = plan.budget;
    // Cost tables of the themes' own ("Wat mag het kosten?"): added up as well; with them the plan's
    // money is checked even without a money chapter.
    const perTheme = themeBudgets(plan).map((t) => t.budget);
    if (!budget) {
      if (perTheme.length === 0) ctx.report(notCheckedFinding("begroting-totalen.geenFinancien", plan.sections[0]?.heading.content ?? { start: 0, end: 0 }));
    } else if (!budget.table || budget.lines.length === 0) {
      if (perTheme.length === 0) ctx.report(notCheckedFinding("begroting-totalen.geenTabel", budget.section.heading.content, { kop: budget.section.title }));
    } else {
      checkBudget(ctx, budget, true);
    }
    for (const b of perTheme) checkBudget(ctx, b, false);
  },
});

/** One budget table's totals; `offerTotals`: a table without a totals row is told so (the plan's own table). */
function checkBudget(ctx: RuleContext<Options>, budget: BudgetNode, offerTotals: boolean): void {
  const text = ctx.plan.text;
  if (!budget.table) return;
  const unit = budget.unit ?? { label: "", centsPerUnit: 100 };
  const decimals = tableDecimals(budget);
  const fmt = (cents: number) => formatAmount(cents, unit, decimals);
  const years = budget.years;
  const yearOf = (j: number) => years[j]?.text || String(j + 1);
  const eenheid = budget.unit ? unitText(budget.unit) : "";

  if (!budget.totals) {
    if (!offerTotals) return;
    // Offer the row of sums when every amount can be read.
    const sums: string[] = [];
    for (let j = 0; j < years.length; j++) {
      let s = 0;
      for (const l of budget.lines) {
        const c = l.cells[j];
        if (c && c.cents === null && !c.empty) return void ctx.report(notCheckedFinding("begroting-totalen.geenTotaal", budget.table.header.span));
        s += c?.cents ?? 0;
      }
      sums.push(fmt(s));
    }
    const last = budget.table.rows[budget.table.rows.length - 1] ?? budget.table.delimiter;
    ctx.report({
      ...notCheckedFinding("begroting-totalen.geenTotaal", budget.table.header.span),
      suggestions: years.length > 0 ? [{ messageId: "suggestie.totaalRegel", edits: [{ span: { start: last.span.end, end: last.span.end }, newText: `${lineEnding(text)}| **Totaal** | ${sums.join(" | ")} |` }] }] : [],
    });
    return;
  }

  // A table in parts is checked part by part, each against its own totals row. "Baten 27 / Lasten 9.980 /
  // Totaal -9.953": the totals are the saldo; the lines it subtracts are counted negative, and what is
  // said about them is said as they are written.
  const tolerance = Math.round((ctx.options?.toegestaanVerschil ?? 0) * unit.centsPerUnit);
  const { parts: read, saldo } = budgetArithmetic(text, budget, tolerance);
  for (const part of read) checkPart(part);

  function checkPart({ budget, input: summed, plain, negated: subtracted }: BudgetPart): void {
    const totals = budget.totals!;
    // "Totaal baten" adds up the baten, whatever the table's saldo below it.
    const isSaldo = saldo !== undefined && !plain;
    const negated = isSaldo ? subtracted : undefined;
    const input = negated ? negateLines(summed, negated) : summed;
    const newText = (c: Cause) => (negated?.has(c.line) ? toggleSign(c.newText) : c.newText);
    const analysis = analyseBudget(input);
    const crossYears = (key: string | undefined, except: number) =>
      key && analysis.cross ? analysis.cross.columns.filter((j) => j !== except).map((j) => years[j]?.value ?? j + 1) : [];
    const lineName = (i: number) => budget.lines[i]!.deelproduct;

    for (const col of analysis.columns) {
      const j = col.column;
      const totalCell = totals.cells[j]!;
      const totalSpan = amountSpan(text, totalCell);
      const jaar = yearOf(j);
      const other = crossYears(col.crossKey, j);
      const describe = (c: Cause): MessageValue => {
        const ook = col.crossKey && causeKey(c) === col.crossKey && other.length > 0 ? messagePart("begroting-totalen.deel.ook", { jaren: { years: other } }) : "";
        return messagePart(`begroting-totalen.oorzaak.${c.kind}`, { regel: lineName(c.line), oud: amountText(text, budget.lines[c.line]!.cells[j]!), nieuw: newText(c), jaar, ook });
      };
      const explain = (e: readonly Cause[]): MessageValue =>
        e.length === 1 ? describe(e[0]!) : messagePart("begroting-totalen.deel.paar", { eerste: describe(e[0]!), tweede: describe(e[1]!) });

      let oorzaken: MessageValue;
      // The same cause is never stated twice (two lines with one name and the same slip read the same).
      const said = new Set<string>();
      const explanations = col.explanations.filter((e) => {
        const k = e.map((c) => `${c.kind}|${foldText(lineName(c.line))}|${c.oldCents}|${c.newCents}`).join("+");
        return said.has(k) ? false : (said.add(k), true);
      });
      const slip = explanations.length === 0 && !col.ambiguous ? totalSlip(amountText(text, totalCell), col.sum, unit.centsPerUnit) : undefined;
      if (col.remainder !== undefined && explanations.length === 1) {
        oorzaken = messagePart("begroting-totalen.deel.deels", { oorzaak: explain(explanations[0]!), deel: fmt(Math.abs(col.difference - col.remainder)), rest: fmt(Math.abs(col.remainder)) });
      } else if (explanations.length === 1) {
        const e = explanations[0]!;
        oorzaken = messagePart(e.length === 1 ? "begroting-totalen.deel.een" : "begroting-totalen.deel.twee", { oorzaak: explain(e) });
      } else if (explanations.length > 1) {
        oorzaken = messagePart("begroting-totalen.deel.meerdere", { lijst: { alternatives: explanations.map(explain) } });
      } else if (slip) {
        oorzaken = messagePart("begroting-totalen.deel.een", { oorzaak: messagePart("begroting-totalen.oorzaak.totaal", { oud: amountText(text, totalCell), nieuw: fmt(col.sum) }) });
      } else if (Math.abs(col.difference) <= roundingMargin(input)) {
        // A table copied rounded to its unit ("Lasten 1.062 / Baten 39 / Saldo -1.022"): say so, with
        // the option that accepts it.
        oorzaken = messagePart("begroting-totalen.deel.afronding", { marge: String(Math.abs(col.difference) / unit.centsPerUnit) });
      } else if (col.ambiguous) {
        oorzaken = messagePart("begroting-totalen.deel.teVeel");
      } else {
        oorzaken = messagePart("begroting-totalen.deel.geen");
      }

      // Where to look: the total, and the amounts a cause would change.
      const related: RelatedFinding[] = [{ span: totalSpan, messageId: "gerelateerd.totaal", data: { jaar, totaal: amountText(text, totalCell) } }];
      const suggestions: FixFinding[] = [];
      const seenCells = new Set<string>();
      // Edits keep the cell's width, so the table stays aligned after a fix.
      const cellEdit = (c: Cause) => tableCellEdit(text, amountSpan(text, budget.lines[c.line]!.cells[c.column]!), newText(c));
      const rowRemoval = (line: number) => ({ span: withLineEnd(text, budget.lines[line]!.row.span), newText: "" });
      for (const e of explanations) {
        for (const c of e) {
          if (c.kind === "dubbel") {
            related.push({ span: budget.lines[c.line]!.nameSpan, messageId: "gerelateerd.dubbel", data: { regel: lineName(c.line) } });
            suggestions.push({ messageId: "suggestie.verwijderRegel", data: { regel: lineName(c.line) }, edits: [rowRemoval(c.line)] });
          }
          if (c.kind === "weggelaten" || c.kind === "dubbel") continue;
          const id = `${c.line}:${newText(c)}`;
          if (seenCells.has(id)) continue;
          seenCells.add(id);
          const oud = amountText(text, budget.lines[c.line]!.cells[j]!);
          related.push({ span: amountSpan(text, budget.lines[c.line]!.cells[j]!), messageId: "gerelateerd.cel", data: { regel: lineName(c.line), jaar, oud, nieuw: newText(c) } });
        }
        const cells = e.filter((c) => c.kind !== "weggelaten" && c.kind !== "dubbel");
        if (cells.length === 2) {
          suggestions.push({
            messageId: "suggestie.paar",
            data: { jaar, regel: lineName(cells[0]!.line), nieuw: newText(cells[0]!), regel2: lineName(cells[1]!.line), nieuw2: newText(cells[1]!) },
            edits: cells.map(cellEdit),
          });
        }
        for (const c of cells) {
          suggestions.push({ messageId: "suggestie.cel", data: { jaar, regel: lineName(c.line), oud: amountText(text, budget.lines[c.line]!.cells[j]!), nieuw: newText(c) }, edits: [cellEdit(c)] });
        }
      }
      // The consistent error repaired in every year it explains.
      if (col.crossKey && analysis.cross && analysis.cross.kind !== "weggelaten" && analysis.cross.kind !== "dubbel") {
        const edits = analysis.cross.columns.flatMap((cj) => {
          const other = analysis.columns.find((x) => x.column === cj);
          const cause = other?.explanations.flat().find((c) => causeKey(c) === col.crossKey);
          return cause ? [tableCellEdit(text, amountSpan(text, budget.lines[cause.line]!.cells[cj]!), newText(cause))] : [];
        });
        if (edits.length > 1) {
          const allYears = analysis.cross.columns.map((cj) => years[cj]?.value ?? cj + 1);
          suggestions.push({ messageId: "suggestie.alleJaren", data: { regel: lineName(analysis.cross.line), jaren: { years: allYears } }, edits });
        }
      }
      // When the table shows the slip outright (a repeated row, a thousands comma), the total is right and
      // a sum that counts the slip ("1.806,407") is no repair.
      const shown = explanations.some((e) => e.some((c) => c.kind === "dubbel" || c.kind === "komma"));
      if (!shown) suggestions.push({ messageId: isSaldo ? "suggestie.totaalSaldo" : "suggestie.totaal", data: { jaar, som: fmt(col.sum) }, edits: [tableCellEdit(text, totalSpan, fmt(col.sum))] });

      ctx.report({
        messageId: isSaldo ? "verschilSaldo" : "verschil",
        data: { jaar, som: fmt(col.sum), totaal: amountText(text, totalCell), verschil: fmt(Math.abs(col.difference)), eenheid: eenheid ? ` (${eenheid})` : "", oorzaken },
        span: totalSpan,
        related,
        suggestions,
      });
    }
  }
}

/** A table row with its line break, so that removing it leaves no empty line. */
function withLineEnd(text: string, span: Span): Span {
  let end = span.end;
  if (text[end] === "\r") end++;
  if (text[end] === "\n") end++;
  return { start: span.start, end };
}
