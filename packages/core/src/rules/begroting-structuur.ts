/**
 * begroting-structuur: the budget table can be read as a budget. Its first header cell states the unit,
 * the other header cells are consecutive years within the plan's period, every line has one amount per
 * year, and every amount is a Dutch number (dots between thousands, a decimal comma). A slip with only
 * one reading ("1,234,567", "1 234") gets a fix.
 */
import type { AmountCell } from "../structure/types.js";
import { foldText } from "../text/keywords.js";
import type { Span } from "../text/positions.js";
import { notCheckedFinding } from "../not-checked.js";
import { defineRule } from "./types.js";

/** A cell's text without bold markers and padding (what an edit replaces). */
function innerSpan(text: string, cell: AmountCell): Span {
  let a = cell.span.start;
  let b = cell.span.end;
  while (a < b && /[\s*_]/.test(text[a]!)) a++;
  while (b > a && /[\s*_]/.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

/** A column header that says when its amounts are spent without a year: every year, or once. */
const EVERY_YEAR = /\b(?:per jaar|jaarlijks|structureel|incidenteel)\b/i;

export const begrotingStructuur = defineRule({
  meta: {
    id: "begroting-structuur",
    name: { nl: "Begroting: opbouw van de tabel", en: "Budget: table structure" },
    description: {
      nl: "De begrotingstabel noemt de eenheid, heeft opeenvolgende jaren binnen de periode, een bedrag per jaar op elke regel, en bedragen in Nederlandse schrijfwijze.",
      en: "The budget table states its unit, has consecutive years within the period, one amount per year on every line, and amounts in Dutch notation.",
    },
    category: "begroting",
    defaultSeverity: "error",
    fixable: true,
    hasSuggestions: true,
    messages: [
      "geenEenheid",
      "geenJaar",
      "totaalKolom",
      "nietOpeenvolgend",
      "buitenPeriode",
      "teWeinigCellen",
      "teVeelCellen",
      "bedragOntbreekt",
      "onleesbaarBedrag",
      "teGroot",
      "teVeelDecimalen",
      "dubbelzinnig",
      "dubbeleRegel",
      "geenNaam",
      "fix.schrijfwijze",
      "suggestie.duizendtallen",
      "suggestie.eenheid",
    ],
  },
  check(ctx) {
    const { plan } = ctx;
    const budget = plan.budget;
    if (!budget?.table) return;
    const text = plan.text;
    const table = budget.table;

    // The unit.
    if (!budget.unit) {
      const cell = table.header.cells[0];
      const empty = !cell || cell.content.end <= cell.content.start;
      ctx.report({
        messageId: "geenEenheid",
        data: { kop: empty ? "" : ` ('${text.slice(cell.content.start, cell.content.end)}')` },
        span: cell && !empty ? cell.content : table.header.span,
        suggestions: cell && empty ? [{ messageId: "suggestie.eenheid", edits: [{ span: cell.content, newText: "(bedragen x € 1.000)" }] }] : [],
      });
    }

    // The years.
    const periode = plan.fields.periode?.value;
    let prev: number | undefined;
    let prevText: string | undefined;
    for (const y of budget.years) {
      if (y.value === undefined) {
        // A column of totals or of differences between other columns ("Verschil begroting vs rekening").
        if (/^(?:tota|verschil|afwijking|mutatie)/i.test(y.text)) ctx.report(notCheckedFinding("begroting-structuur.totaalKolom", y.span, { kop: y.text }));
        // "Budget per jaar", "Structureel", "Incidenteel": the header says when the money is spent, as a year would.
        else if (!EVERY_YEAR.test(y.text)) ctx.report({ messageId: "geenJaar", data: { kop: y.text }, span: y.span.end > y.span.start ? y.span : table.header.span });
        continue;
      }
      // "Begroting 2019 | Rekening 2019": a jaarrekening sets the same year's budget and its outcome side by side.
      const sameYearOtherView = y.value === prev && prevText !== undefined && foldText(y.text) !== foldText(prevText);
      if (prev !== undefined && y.value !== prev + 1 && !sameYearOtherView) ctx.report({ messageId: "nietOpeenvolgend", data: { vorig: prev, jaar: y.value, verwacht: prev + 1 }, span: y.span });
      // A year's outcome before the plan ("Rekening 2023", "Realisatie 2023") is there to compare with: no budget of the plan.
      const outcomeBefore = periode !== undefined && y.value < periode.van && /\b(?:rekening|jaarrekening|realisatie|werkelijk)\b|^R\s?\d{4}$/i.test(y.text);
      if (periode && periode.van <= periode.tot && !outcomeBefore && (y.value < periode.van || y.value > periode.tot)) {
        ctx.report({ messageId: "buitenPeriode", data: { jaar: y.value, periode: `${periode.van}-${periode.tot}` }, span: y.span, severity: "warning" });
      }
      prev = y.value;
      prevText = y.text;
    }

    // Every amount: there, readable, and not ambiguous.
    const yearCount = budget.years.length;
    let anyDecimals = false;
    for (const l of budget.lines) for (const c of l.cells) if (c.cents !== null && /,\d/.test(c.raw)) anyDecimals = true;
    const threeDecimals = (c: AmountCell) => c.cents !== null && /^[-−–]?\d{1,3},\d{3}$/.test(c.raw.replace(/\*\*|__/g, "").trim());
    // "1,234" is one and 234 thousandths in Dutch; when every other amount is whole, it was probably meant as 1.234.
    const otherDecimals = budget.lines.some((l) => l.cells.some((c) => c.cents !== null && /,\d/.test(c.raw) && !threeDecimals(c)));
    // A table in parts has a totals row per part; each is checked like the last.
    const totalsRows = budget.groups ? budget.groups.map((g) => g.totals) : budget.totals ? [budget.totals] : [];
    const rows = [...budget.lines.map((l) => ({ name: l.deelproduct, row: l.row, cells: l.cells, total: false })), ...totalsRows.map((t) => ({ name: "Totaal", row: t.row, cells: t.cells, total: true }))];
    for (const r of rows) {
      const count = r.row.cells.length - 1;
      if (count < yearCount) {
        const last = r.row.cells[r.row.cells.length - 1];
        ctx.report({ messageId: "teWeinigCellen", data: { regel: r.name, aantal: Math.max(0, count), jaren: yearCount }, span: last ? last.content : r.row.span });
      } else if (count > yearCount) {
        const extra = r.row.cells[yearCount + 1]!;
        ctx.report({ messageId: "teVeelCellen", data: { regel: r.name, aantal: count, jaren: yearCount }, span: extra.span.end > extra.span.start ? extra.span : r.row.span });
      }
      for (let j = 0; j < Math.min(yearCount, r.cells.length); j++) {
        // Under a header that is no year (reported above) an amount means nothing to check.
        if (budget.years[j]!.value === undefined) continue;
        const c = r.cells[j]!;
        const jaar = budget.years[j]?.text ?? "";
        const waarde = c.raw.trim();
        if (c.empty) {
          if (waarde === "") ctx.report({ messageId: "bedragOntbreekt", data: { regel: r.name, jaar }, span: r.row.cells[j + 1]?.span ?? c.span, severity: "warning" });
          continue;
        }
        if (c.error === "malformed") {
          const inner = innerSpan(text, c);
          ctx.report({
            messageId: "onleesbaarBedrag",
            data: { regel: r.name, jaar, waarde },
            span: inner,
            ...(c.suggestion ? { fix: { messageId: "fix.schrijfwijze", data: { nieuw: c.suggestion }, edits: [{ span: inner, newText: c.suggestion }] } } : {}),
          });
        } else if (c.error === "too-large") {
          ctx.report({ messageId: "teGroot", data: { regel: r.name, jaar, waarde }, span: innerSpan(text, c) });
        } else if (c.error === "too-precise") {
          ctx.report({ messageId: "teVeelDecimalen", data: { regel: r.name, jaar, waarde }, span: innerSpan(text, c) });
        } else if (!r.total && anyDecimals && !otherDecimals && threeDecimals(c)) {
          const inner = innerSpan(text, c);
          const alt = text.slice(inner.start, inner.end).replace(",", ".");
          ctx.report({
            messageId: "dubbelzinnig",
            data: { regel: r.name, jaar, waarde, alternatief: alt },
            span: inner,
            severity: "warning",
            suggestions: [{ messageId: "suggestie.duizendtallen", data: { nieuw: alt }, edits: [{ span: inner, newText: alt }] }],
          });
        }
      }
    }

    // Line names: present, and unique within their part ("Baten" and "Lasten" in each part of a table in parts).
    const names = new Map<string, string>();
    const partStarts = new Set(budget.groups?.map((g) => g.lines[0]) ?? []);
    budget.lines.forEach((l, i) => {
      if (partStarts.has(i)) names.clear();
      if (l.deelproduct === "") {
        ctx.report({ messageId: "geenNaam", span: l.row.cells[0]?.span ?? l.row.span, severity: "warning" });
        return;
      }
      const k = foldText(l.deelproduct);
      if (names.has(k)) ctx.report({ messageId: "dubbeleRegel", data: { regel: l.deelproduct }, span: l.nameSpan, severity: "warning" });
      else names.set(k, l.deelproduct);
    });
  },
});
