/**
 * The budget: the first table under the "Financiën" heading (unit, years, lines, the totals row, each
 * cell as exact cents) and the toelichting per deelproduct with the themes it serves.
 */
import { groupThousands, readAmount, readUnit, type Unit } from "../model/amount.js";
import type { Block, TableBlock } from "../syntax/blocks.js";
import type { Span } from "../text/positions.js";
import { readerText } from "../text/reader.js";
import { findThemeRefsAt, type ThemeWord } from "./references.js";
import { allSections, walk } from "./sections.js";
import type { AmountCell, BudgetGroupNode, BudgetLineNode, BudgetNode, BudgetTotalsNode, Section, ThemeRef, ToelichtingNode } from "./types.js";

/**
 * A heading's keyword that names the plan's money chapter: "Financiën (en capaciteit)", "De financiën",
 * "Organisatie en financiën",
 * "Financiële paragraaf", "Financiële middelen", "Financiering". The one test, for the structure and
 * the importer.
 */
export const isFinancialKeyword = (keyword: string): boolean => FINANCIAL.test(keyword);
const FINANCIAL = /^(?:(?:de|het) )?(?:financien\b|financiele (?:paragraaf|middelen|kaders?|vertaling|consequenties|dekking|verantwoording|analyse)\b|financiering$)|\s(?:en|&) (?:de )?financien$/;

/**
 * A heading that holds the budget without naming the money chapter: "5.5 Begroting" under
 * "Organisatie", "Budget", "Middelen", "Financieel kader". Weaker than {@link isFinancialKeyword} (a
 * theme's own "Begroting" paragraph is its share, not the plan's budget), so it counts only outside the
 * themes, only with a table by years, and only where no money chapter holds a table.
 */
export const BUDGET_HEADING = /^(?:(?:de|het) )?(?:begroting|budget(?:ten)?|(?:inzet van |beschikbare |benodigde )?middelen|financieel kader|kosten(?: en dekking)?)$|^wat (?:mag|gaat) (?:het|dit) kosten$|^wat kost (?:het|dit)$|^wat heeft (?:het|dit) gekost$/;

/**
 * The row of stated totals: "Totaal", or "Saldo" under baten and lasten; not "Totaal lasten" or
 * "Totaal baten" ({@link KIND_TOTAL}). Also as the BBV prescribes it for a programme's table:
 * "Geraamde totaal saldo van baten en lasten", "Gerealiseerd totaal saldo van baten en lasten".
 */
const TOTALS_ROW = /^(?:(?:geraamde?|gerealiseerde?|begrote?)\s+)?(?:(?:totaal|totalen|total)\b(?!\s+(?:baten|lasten|opbrengsten|inkomsten|uitgaven|kosten)\b)|saldo\b)/i;
/**
 * "Totaal lasten", "Totale baten": a line of a summary table ("Totaal lasten 60.430 / Totaal baten 4.672
 * / Saldo 55.758", Den Haag), or the total of the lines of that kind above it, as a programme's table
 * in a begroting or jaarrekening sets it out ("lasten" lines, "Totaal lasten", "baten" lines, "Totaal
 * baten", "Saldo", Houten): group 1 names the kind.
 */
const KIND_TOTAL = /^(?:totaal|totale|total)\s+(baten|lasten|opbrengsten|inkomsten|uitgaven|kosten)\b/i;
/** A line that is itself a kind's amount ("Lasten", "Totaal baten"): a summary table's line. */
const KIND_LINE = /^(?:(?:totaal|totale)\s+)?(?:baten|lasten|opbrengsten|inkomsten|uitgaven|kosten)$/i;
const kindOf = (word: string): "baten" | "lasten" => (/^(?:baten|opbrengsten|inkomsten)$/i.test(word) ? "baten" : "lasten");

/**
 * The budget of the first section whose heading names the money ({@link isFinancialKeyword}) and holds
 * a table; else of the first section named as a budget ({@link BUDGET_HEADING}) outside `themes` that
 * holds a table by years; else the first money chapter's, without a table. (A council proposal bound
 * in front of the plan has its own "Financiën" paragraph, before the plan's chapter with the table.)
 */
export function findBudget(text: string, sections: readonly Section[], blocks: readonly Block[], words: readonly ThemeWord[] = ["thema"], themes: readonly Section[] = []): BudgetNode | undefined {
  let first: BudgetNode | undefined;
  let withTable: BudgetNode | undefined;
  walk(sections, (s) => {
    if (withTable || !isFinancialKeyword(s.keyword)) return;
    const budget = readBudget(text, s, blocks, words);
    first ??= budget;
    if (budget.table) withTable = budget;
  });
  if (withTable) return withTable;
  let named: BudgetNode | undefined;
  const isTheme = new Set(themes);
  const inTheme = (s: Section) => {
    for (let x: Section | undefined = s; x; x = x.parent) if (isTheme.has(x)) return true;
    return false;
  };
  walk(sections, (s) => {
    if (named || !BUDGET_HEADING.test(s.keyword) || inTheme(s)) return;
    const budget = readBudget(text, s, blocks, words);
    if (budget.table && budget.years.length > 0) named = budget;
  });
  return named ?? first;
}

const CURRENCY = /^(?:€|eur(?:o)?\.?)\s*|\s*(?:€|eur(?:o['’]?s?)?)$/i;

/** Said instead of an amount, on purpose: "p.m." (pro memorie), "n.v.t.", "n.b.", "nnb". */
const NO_AMOUNT = /^(?:p\.?\s?m\.?|n\.?\s?v\.?\s?t\.?|n\.?\s?b\.?|n\.?\s?n\.?\s?b\.?)$/i;
/** A note's mark after an amount: "2.640[^1]", "2.450¹", "2.575*". */
const NOTE_MARK = /\s*(?:\[\^[^\]\s]+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+)$/;
/** An amount in brackets is negative, as accounts write it: "(30)". */
const BRACKETED = /^\(\s*(\d[\d.,]*)\s*\)$/;

function readCell(text: string, span: Span, unit: Unit | undefined): AmountCell {
  const raw = text.slice(span.start, span.end);
  // "€ 150.000" is an amount in euros as Dutch tables write it: the sign is no part of the number.
  // (The mark goes before readerText, which would make "¹" a digit of the amount.)
  const t = readerText(raw.trim().replace(NOTE_MARK, "")).replace(/\*\*|__/g, "").trim().replace(NOTE_MARK, "").replace(CURRENCY, "").trim();
  if (t === "" || t === "-" || t === "—" || t === "–" || NO_AMOUNT.test(t)) return { span, raw, cents: null, empty: true };
  if (/^nihil$/i.test(t)) return { span, raw, cents: 0, empty: false };
  const r = readAmount(t.replace(BRACKETED, "-$1"), unit ?? { label: "", centsPerUnit: 100 });
  if (r.ok) return { span, raw, cents: r.cents, empty: false };
  return { span, raw, cents: null, empty: false, error: r.reason, suggestion: r.suggestion };
}

export function readBudget(text: string, section: Section, blocks: readonly Block[], words: readonly ThemeWord[]): BudgetNode {
  let table: TableBlock | undefined;
  let tableAt = -1;
  for (let i = section.firstBlock + 1; i < section.endBlock; i++) {
    const b = blocks[i]!;
    if (b.kind === "table") {
      table = b;
      tableAt = i;
      break;
    }
  }
  const toelichtingSection = allSections(section.children).find((s) => s.keyword === "toelichting");
  const toelichting: ToelichtingNode[] = (toelichtingSection?.children ?? []).map((s) => {
    const refs: ThemeRef[] = [];
    for (const b of s.ownBlocks) {
      if (b.kind === "blank" || b.kind === "comment" || b.kind === "fence") continue;
      for (const r of findThemeRefsAt(text.slice(b.span.start, b.span.end), words, b.span.start)) refs.push(r);
    }
    const m = /^\s*(\d{1,3})\s*[.)]\s+/.exec(s.title);
    const titleSpan = m ? { start: s.heading.content.start + m[0].length, end: s.heading.content.end } : s.heading.content;
    return {
      section: s,
      deelproduct: text.slice(titleSpan.start, titleSpan.end).trim(),
      titleSpan,
      refs: refs.filter((r) => r.kind !== "all"),
      alleThemas: refs.some((r) => r.kind === "all"),
    };
  });
  if (!table) return { section, years: [], lines: [], toelichting, toelichtingSection };

  const headerCells = table.header.cells;
  const unitCell = headerCells[0];
  const unitText = unitCell ? readerText(text.slice(unitCell.content.start, unitCell.content.end)) : "";
  const unit = readUnit(unitText) ?? unitBeside(text, blocks, tableAt, section, -1) ?? unitBeside(text, blocks, tableAt, section, 1) ?? euroCells(text, table);
  const years = headerCells.slice(1).map((c) => {
    const t = readerText(text.slice(c.content.start, c.content.end)).replace(/\*\*/g, "").trim();
    return { value: yearOf(t), text: t, span: c.content };
  });
  const lines: BudgetLineNode[] = [];
  // Every totals row, with the number of lines read before it.
  const closing: Closing[] = [];
  for (const row of table.rows) {
    const first = row.cells[0];
    if (!first) continue;
    const label = text.slice(first.content.start, first.content.end);
    const plain = readerText(label).replace(/\*\*|__|\*/g, "").trim();
    const cells = row.cells.slice(1).map((c) => readCell(text, c.content, unit));
    if (TOTALS_ROW.test(plain)) {
      closing.push({ totals: { row, labelSpan: first.content, cells }, linesBefore: lines.length });
      continue;
    }
    const kind = KIND_TOTAL.exec(plain);
    if (kind) {
      // The total of the lines of its kind since the last totals row, when there are such lines and none
      // of them is itself a kind's amount; otherwise a line of a summary table.
      // (A row without amounts, "lasten" over the lines, only names them.)
      const since = lines.slice(closing[closing.length - 1]?.linesBefore ?? 0).filter((l) => l.cells.some((c) => !c.empty));
      if (since.length > 0 && !since.some((l) => KIND_LINE.test(l.deelproduct.replace(/\*/g, "")))) {
        closing.push({ totals: { row, labelSpan: first.content, cells }, linesBefore: lines.length, kind: kindOf(kind[1]!) });
        continue;
      }
    }
    const m = /^(\d{1,3})\s*[.)]\s+/.exec(label);
    const nameSpan = m ? { start: first.content.start + m[0].length, end: first.content.end } : first.content;
    lines.push({ row, nummer: m ? Number(m[1]) : undefined, deelproduct: text.slice(nameSpan.start, nameSpan.end).replace(/\*\*|__/g, "").trim(), nameSpan, cells });
  }
  // Two totals rows or more: a table in parts. One kind's total alone ("Totaal lasten" under the lasten)
  // is the table's totals row, a plain sum.
  const grouped = closing.length >= 2 ? inGroups(lines, closing) : undefined;
  return {
    section,
    table,
    unit,
    unitSpan: unitCell?.content,
    years,
    lines: grouped?.lines ?? withoutPartNames(lines),
    totals: closing[closing.length - 1]?.totals,
    ...(grouped ? { groups: grouped.groups } : {}),
    toelichtingSection,
    toelichting,
  };
}

/**
 * A table of one part names it as a table in parts does: a row without any amount right above the
 * part's "Baten" and "Lasten" ("Openbare orde en veiligheid" over "Baten 27 / Lasten 9.980 / Totaal
 * programma -9.952", Venlo). Such a row is no line; any other row without amounts still is one, whose
 * amounts are missing.
 */
function withoutPartNames(lines: BudgetLineNode[]): BudgetLineNode[] {
  const namesPart = (l: BudgetLineNode, i: number) => {
    const next = lines[i + 1];
    return next !== undefined && l.cells.every((c) => c.empty && c.raw.trim() === "") && KIND_LINE.test(next.deelproduct.replace(/\*/g, ""));
  };
  return lines.some(namesPart) ? lines.filter((l, i) => !namesPart(l, i)) : lines;
}

/**
 * A table with several totals rows is in parts: each totals row closes the lines since the one before;
 * one right under another adds up the whole table. A row without any amount in such a table names
 * the part under it ("Crisisbeheersing en brandweer"), or is an empty line of it: it is no line.
 */
interface Closing {
  readonly totals: BudgetTotalsNode;
  /** How many lines were read before it. */
  readonly linesBefore: number;
  /** "Totaal lasten" / "Totaal baten": the total of the lines of one kind. */
  readonly kind?: "baten" | "lasten";
}

function inGroups(all: readonly BudgetLineNode[], closing: readonly Closing[]): { lines: BudgetLineNode[]; groups: BudgetGroupNode[] } {
  const lines: BudgetLineNode[] = [];
  const newIndex: number[] = [];
  all.forEach((l, i) => {
    newIndex[i] = lines.length;
    if (l.cells.some((c) => !c.empty)) lines.push(l);
  });
  newIndex[all.length] = lines.length;
  const groups: BudgetGroupNode[] = [];
  let from = 0;
  for (const c of closing) {
    const start = newIndex[from]!;
    const end = newIndex[c.linesBefore]!;
    // A totals row right under another (no lines of its own) adds up every line before it.
    const first = end > start ? start : 0;
    groups.push({ lines: Array.from({ length: end - first }, (_, k) => first + k), totals: c.totals, ...(c.kind && end > start ? { kind: c.kind } : {}) });
    from = c.linesBefore;
  }
  return { lines, groups };
}

/**
 * The unit said in the short paragraph right above the table ("Alle bedragen in euro's.", "(bedragen x
 * € 1.000)"), or right below it, as a caption ("Bedragen x € 1.000."): `step` -1 or 1.
 */
function unitBeside(text: string, blocks: readonly Block[], tableAt: number, section: Section, step: -1 | 1): Unit | undefined {
  let i = tableAt + step;
  while (i > section.firstBlock && i < section.endBlock && blocks[i]!.kind === "blank") i += step;
  const b = blocks[i];
  if (i <= section.firstBlock || i >= section.endBlock || b?.kind !== "paragraph" || b.span.end - b.span.start > 120) return undefined;
  const sentence = readerText(text.slice(b.span.start, b.span.end));
  // A sentence that says the unit ("Alle bedragen in euro's", "(x € 1.000)"), not one with an amount in
  // it ("Verschillen vanaf € 75.000 worden toegelicht", "… in 2020 afgerond € 172.000").
  if (!UNIT_SENTENCE.test(sentence)) return undefined;
  const unit = readUnit(sentence);
  // Named as a unit cell would name it, not by the whole sentence.
  return unit && { ...unit, label: unit.centsPerUnit === 100 ? "bedragen in €" : `bedragen x € ${groupThousands(String(unit.centsPerUnit / 100))}` };
}

const UNIT_SENTENCE = /\bbedragen\b|^\s*\(?\s*(?:x|×|in)\s*(?:€|euro|eur\b|duizend|miljoen)|\b(?:x|×)\s*€|\bin (?:duizenden |miljoenen )?euro(?:'s)?\b|\bk€|€\s?(?:k|mln|mio)\b/i;

/** Amounts written with their euro sign ("€ 150.000"): the unit is the euro. */
function euroCells(text: string, table: TableBlock): Unit | undefined {
  const marked = table.rows.some((row) => row.cells.slice(1).some((c) => /€|\beur/i.test(text.slice(c.content.start, c.content.end))));
  return marked ? { label: "€", centsPerUnit: 100 } : undefined;
}

/**
 * A year column's year: "2025", and as headers also write it, "Begroting 2025", "2025 (€)", "Raming
 * 2026", "Begroting na wijziging 2019", and as jaarstukken abbreviate them, "R2021" (rekening),
 * "B2022" (begroting).
 */
export function yearOf(header: string): number | undefined {
  if (/^\d{4}$/.test(header)) return Number(header);
  const short = /^[A-Za-z]{1,2}\s?((?:19|20)\d{2})$/.exec(header);
  if (short) return Number(short[1]);
  const years = header.match(/\b(?:19|20)\d{2}\b/g);
  if (!years || years.length !== 1 || header.length > 40 || /\d/.test(header.replace(years[0]!, "")) || /^(?:tota|verschil|afwijking|mutatie)/i.test(header)) return undefined;
  return Number(years[0]);
}
