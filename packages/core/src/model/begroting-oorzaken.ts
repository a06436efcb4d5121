/**
 * Finding why a budget column does not add up. Pure arithmetic over exact cents, no text.
 * (Longer than most files: the search for causes is one algorithm, read best in one piece.)
 *
 * The difference of a column is `total − sum of the lines`. A cause explains part `delta` of it: after
 * the cause is repaired, the difference is `difference − delta`. The causes looked for are the slips
 * people make when they copy a table:
 *   - teken: a sign flipped on one line (delta = −2 × the amount);
 *   - weggelaten: the total leaves one line out (delta = −the amount; the repair is in the total);
 *   - cijferWeg / cijferExtra: a digit dropped from or added to one amount ("4.736" for "14.736");
 *   - verwisseld: two neighbouring digits swapped ("15.470" for "15.407");
 *   - dubbel: a row copied twice into the table (delta = −the amount; the repair removes the copy). A
 *     row that repeats another's name and amounts is this, never "the total leaves it out" twice;
 *   - komma: a comma written between thousands ("15,407" read as fifteen point four, for 15.407), the
 *     notation begroting-structuur warns about.
 *
 * Causes are ranked by how well the repaired amount fits its row in the other years (budgets change
 * little from year to year: "4.736" in a row of 14.700s is 14.736), and a duplicated row or a thousands
 * comma, which the table shows outright, comes before any digit slip that happens to give the same
 * difference.
 *
 * First a cause that explains the whole difference in two or more columns on the same line and of the
 * same kind is sought ("one line with a consistent error"); it is then applied in every column where
 * it leaves a remainder that a single cause on another line explains. What is left in a column is
 * explained in that column alone. Several equally good explanations are all offered; beyond a handful
 * nothing is named, since a guess among many is no help.
 */

import { amountParts, groupThousands } from "./amount.js";

export type CauseKind = "teken" | "weggelaten" | "cijferWeg" | "cijferExtra" | "verwisseld" | "dubbel" | "komma";

/** One amount as written: `cents` (null when empty or unreadable) and its text without markup. */
export interface AmountInput {
  readonly cents: number | null;
  /** The amount as written, e.g. "-71" or "14.736" (no bold markers). */
  readonly text: string;
}

export interface Cause {
  readonly line: number;
  readonly column: number;
  readonly kind: CauseKind;
  readonly delta: number;
  /** The amount as written. */
  readonly oldCents: number;
  /** The amount as it should read (for weggelaten: unchanged). */
  readonly newCents: number;
  /** The repaired amount's text, written like the original (for weggelaten: the original). */
  readonly newText: string;
}

export interface ColumnAnalysis {
  readonly column: number;
  readonly sum: number;
  readonly total: number;
  /** total − sum. */
  readonly difference: number;
  /** Alternatives; each is one or two causes that together explain the difference exactly. Empty when none (or too many) explain it. */
  readonly explanations: readonly (readonly Cause[])[];
  /** The key of the cross-column cause when it takes part in this column's explanation. */
  readonly crossKey?: string;
  /**
   * Set when the consistent error explains only part of this column's difference and nothing (or too
   * much) explains the rest: the part of the difference left over. `explanations` then holds just
   * the consistent error.
   */
  readonly remainder?: number;
  /** More single slips explain the difference than are worth naming. */
  readonly ambiguous?: boolean;
}

export interface AnalysisInput {
  /** lines[i][j]: line i, year column j. */
  readonly lines: readonly (readonly AmountInput[])[];
  readonly totals: readonly AmountInput[];
  readonly centsPerUnit: number;
  /** Differences up to this many cents (either way) count as equal (rounding). */
  readonly tolerance?: number;
  /** duplicateOf[i]: the earlier line that line i repeats (same name, same amounts), if any. */
  readonly duplicateOf?: readonly (number | undefined)[];
}

export interface Analysis {
  readonly columns: readonly ColumnAnalysis[];
  /** Cross-column causes by key (`line:kind`), with the columns they explain. */
  readonly cross?: { readonly key: string; readonly line: number; readonly kind: CauseKind; readonly columns: readonly number[] };
}

const MAX_ALTERNATIVES = 4;
/** Above this many cells the search for causes is skipped (the sums are still checked). */
const MAX_CELLS = 4000;

/** A cause whose repaired text is written only when a message needs it. */
class LazyCause implements Cause {
  private text?: string;
  constructor(
    readonly line: number,
    readonly column: number,
    readonly kind: CauseKind,
    readonly delta: number,
    readonly oldCents: number,
    readonly newCents: number,
    private readonly parsed: Parsed,
    private readonly whole: number,
  ) {}
  get newText(): string {
    return (this.text ??= write(this.parsed, String(this.whole)));
  }
}

/**
 * What makes two causes in different columns "the same error": the same line and kind, and for a digit
 * slip also the same amounts (15.470 for 15.407 in every year), since a swap that goes one way in one
 * year and the other way in the next is no consistent error.
 */
export const causeKey = (c: Pick<Cause, "line" | "kind" | "oldCents" | "newCents">): string =>
  c.kind === "teken" || c.kind === "weggelaten" || c.kind === "dubbel" ? `${c.line}:${c.kind}` : `${c.line}:${c.kind}:${c.oldCents}:${c.newCents}`;

interface Parsed {
  readonly negative: boolean;
  readonly whole: string;
  readonly frac: string;
  readonly signChar: string;
}

function parseText(text: string): Parsed | undefined {
  const m = amountParts(text);
  return m ? { negative: m.sign !== "", whole: m.whole, frac: m.frac, signChar: m.sign || "-" } : undefined;
}

function write(p: Parsed, whole: string, negative = p.negative): string {
  return `${negative ? p.signChar : ""}${groupThousands(whole)}${p.frac ? "," + p.frac : ""}`;
}

function centsOf(p: Parsed, whole: string, centsPerUnit: number, negative = p.negative): number | undefined {
  const w = Number(whole);
  const scale = 10 ** p.frac.length;
  const frac = p.frac ? Number(p.frac) * (centsPerUnit / scale) : 0;
  const abs = w * centsPerUnit + frac;
  if (!Number.isSafeInteger(abs) || !Number.isInteger(frac)) return undefined;
  return negative ? -abs : abs;
}

/**
 * Every repair of one digit slip in an amount: insertions, deletions and neighbour swaps of whole-part
 * digits. Computed on numbers (a budget column has a few hundred candidates per cell; the language
 * server runs this on every keystroke), and written out as text only when asked.
 */
export function digitVariants(text: string, centsPerUnit: number): { kind: CauseKind; cents: number; text: string }[] {
  const p = parseText(text);
  if (!p) return [];
  const out: { kind: CauseKind; cents: number; text: string }[] = [];
  const seen = new Set<number>();
  forEachVariant(p, centsPerUnit, (kind, whole, cents) => {
    if (seen.has(whole)) return;
    seen.add(whole);
    out.push({ kind, cents, text: write(p, String(whole)) });
  });
  return out;
}

function forEachVariant(p: Parsed, centsPerUnit: number, f: (kind: CauseKind, whole: number, cents: number) => void): void {
  const w = p.whole;
  const n = w.length;
  if (n > 15) return;
  const W = Number(w);
  const sign = p.negative ? -1 : 1;
  const fracCents = p.frac ? Number(p.frac) * (centsPerUnit / 10 ** p.frac.length) : 0;
  if (!Number.isInteger(fracCents)) return;
  // Inserting a digit next to the same digit gives the same number twice; callers keep the first.
  // "4.736" was meant as "14.736": a digit dropped, so the repair inserts one.
  for (let i = 0; i <= n; i++) {
    const scale = 10 ** (n - i);
    const high = Math.floor(W / scale);
    const low = W % scale;
    for (let d = i === 0 ? 1 : 0; d <= 9; d++) {
      const whole = (high * 10 + d) * scale + low;
      const abs = whole * centsPerUnit + fracCents;
      if (whole !== W && Number.isSafeInteger(abs)) f("cijferWeg", whole, sign * abs || 0);
    }
  }
  if (n > 1) {
    for (let i = 0; i < n; i++) {
      if (i === 0 && w.charCodeAt(1) === 48 && n > 2) continue;
      const scale = 10 ** (n - i - 1);
      const whole = Math.floor(W / (scale * 10)) * scale + (W % scale);
      if (whole !== W) f("cijferExtra", whole, sign * (whole * centsPerUnit + fracCents) || 0);
    }
  }
  for (let i = 0; i + 1 < n; i++) {
    const a = w.charCodeAt(i) - 48;
    const b = w.charCodeAt(i + 1) - 48;
    if (a === b || (i === 0 && b === 0)) continue;
    const whole = W + (b - a) * 10 ** (n - i - 1) + (a - b) * 10 ** (n - i - 2);
    f("verwisseld", whole, sign * (whole * centsPerUnit + fracCents) || 0);
  }
}

/** The sign-flipped amount, written like the original. */
export function flipped(text: string, centsPerUnit: number): { cents: number; text: string } | undefined {
  const p = parseText(text);
  if (!p) return undefined;
  const cents = centsOf(p, p.whole, centsPerUnit, !p.negative);
  if (cents === undefined || cents === 0) return undefined;
  return { cents, text: write(p, p.whole, !p.negative) };
}

/** "15,407" read with its comma between thousands: 15.407, written that way. */
export function thousandsComma(text: string, centsPerUnit: number): { cents: number; text: string } | undefined {
  const m = /^([-−–]?)\s*(\d{1,3}),(\d{3})$/.exec(text.trim());
  if (!m) return undefined;
  const abs = Number(m[2]! + m[3]!) * centsPerUnit;
  if (!Number.isSafeInteger(abs)) return undefined;
  return { cents: m[1] ? -abs : abs, text: `${m[1]}${m[2]}.${m[3]}` };
}

/** Whether the written total is a digit slip away from the sum (a copying error in the total itself). */
export function totalSlip(totalText: string, sum: number, centsPerUnit: number): CauseKind | undefined {
  for (const v of digitVariants(totalText, centsPerUnit)) if (v.cents === sum) return v.kind;
  const f = flipped(totalText, centsPerUnit);
  if (f && f.cents === sum) return "teken";
  return undefined;
}

interface Prepared {
  readonly line: number;
  readonly column: number;
  readonly cents: number;
  readonly parsed: Parsed;
  /** The amount as written. */
  readonly written: string;
  /** A row repeated in the table: the first one is the original, a later one the copy. */
  readonly role?: "original" | "copy";
}

/**
 * The causes in one column whose delta is `target`, optionally only on one line and of one kind, or
 * not on one line. Checked number by number without building every candidate: a column is asked only
 * a handful of such questions.
 */
function causesWithDelta(cells: readonly Prepared[], target: number, centsPerUnit: number, filter: { except?: number; line?: number; kind?: CauseKind } = {}): Cause[] {
  const out: Cause[] = [];
  for (const c of cells) {
    if (filter.line !== undefined && c.line !== filter.line) continue;
    if (filter.except !== undefined && c.line === filter.except) continue;
    // A copy's slips are its original's: named once, on the original.
    if (c.role === "copy") {
      if ((filter.kind === undefined || filter.kind === "dubbel") && -c.cents === target) out.push({ line: c.line, column: c.column, kind: "dubbel", delta: target, oldCents: c.cents, newCents: c.cents, newText: writtenOf(c.parsed) });
      continue;
    }
    const want = (k: CauseKind) => filter.kind === undefined || filter.kind === k;
    if (want("teken") && -2 * c.cents === target) {
      const f = flipped(writtenOf(c.parsed), centsPerUnit);
      if (f) out.push({ line: c.line, column: c.column, kind: "teken", delta: target, oldCents: c.cents, newCents: f.cents, newText: f.text });
    }
    // A row that is copied once more below is not left out of the total: its copy is one too many.
    if (want("weggelaten") && c.role !== "original" && -c.cents === target) out.push({ line: c.line, column: c.column, kind: "weggelaten", delta: target, oldCents: c.cents, newCents: c.cents, newText: writtenOf(c.parsed) });
    if (want("komma")) {
      const k = thousandsComma(c.written, centsPerUnit);
      if (k && k.cents - c.cents === target) out.push({ line: c.line, column: c.column, kind: "komma", delta: target, oldCents: c.cents, newCents: k.cents, newText: k.text });
    }
    const base = c.cents;
    const before = out.length;
    forEachVariant(c.parsed, centsPerUnit, (kind, whole, cents) => {
      if (cents - base !== target || !want(kind)) return;
      for (let k = before; k < out.length; k++) if (out[k]!.newCents === cents) return;
      out.push(new LazyCause(c.line, c.column, kind, target, base, cents, c.parsed, whole));
    });
  }
  return out;
}

/** Every cause of one kind on one cell, whatever its delta (for the consistent error's instances). */
function causesOf(c: Prepared, kind: CauseKind, centsPerUnit: number): Cause[] {
  if (kind === "dubbel") return c.role === "copy" ? [{ line: c.line, column: c.column, kind, delta: -c.cents, oldCents: c.cents, newCents: c.cents, newText: writtenOf(c.parsed) }] : [];
  if (kind === "komma") {
    const k = thousandsComma(c.written, centsPerUnit);
    return k ? [{ line: c.line, column: c.column, kind, delta: k.cents - c.cents, oldCents: c.cents, newCents: k.cents, newText: k.text }] : [];
  }
  if (kind === "teken") {
    const f = flipped(writtenOf(c.parsed), centsPerUnit);
    return f ? [{ line: c.line, column: c.column, kind, delta: f.cents - c.cents, oldCents: c.cents, newCents: f.cents, newText: f.text }] : [];
  }
  if (kind === "weggelaten") return [{ line: c.line, column: c.column, kind, delta: -c.cents, oldCents: c.cents, newCents: c.cents, newText: writtenOf(c.parsed) }];
  const out: Cause[] = [];
  const seen = new Set<number>();
  forEachVariant(c.parsed, centsPerUnit, (k, whole, cents) => {
    if (k !== kind || seen.has(cents)) return;
    seen.add(cents);
    out.push(new LazyCause(c.line, c.column, k, cents - c.cents, c.cents, cents, c.parsed, whole));
  });
  return out;
}

const writtenOf = (p: Parsed) => write(p, p.whole);

export function analyseBudget(input: AnalysisInput): Analysis {
  const { lines, totals, centsPerUnit } = input;
  const tolerance = input.tolerance ?? 0;
  const columns = totals.length;
  interface Column {
    readonly j: number;
    readonly sum: number;
    readonly total: number;
    readonly difference: number;
    readonly cells: readonly Prepared[];
    exact: Cause[];
  }
  const originals = new Set((input.duplicateOf ?? []).filter((x): x is number => x !== undefined));
  const mismatched: Column[] = [];
  for (let j = 0; j < columns; j++) {
    const t = totals[j];
    if (!t || t.cents === null) continue;
    let sum = 0;
    let readable = true;
    const cells: Prepared[] = [];
    lines.forEach((line, i) => {
      const c = line[j];
      if (!c) return;
      if (c.cents === null) {
        if (c.text.trim() !== "" && !/^[-–—]$/.test(c.text.trim())) readable = false;
        return;
      }
      sum += c.cents;
      const parsed = c.cents !== 0 ? parseText(c.text) : undefined;
      const role = input.duplicateOf?.[i] !== undefined ? "copy" : originals.has(i) ? "original" : undefined;
      if (parsed) cells.push({ line: i, column: j, cents: c.cents, parsed, written: c.text, ...(role ? { role } : {}) });
    });
    if (!readable || !Number.isSafeInteger(sum)) continue;
    const difference = t.cents - sum;
    if (Math.abs(difference) <= tolerance) continue;
    mismatched.push({ j, sum, total: t.cents, difference, cells, exact: [] });
  }
  if (mismatched.length === 0) return { columns: [] };

  const searchable = lines.length * columns <= MAX_CELLS;
  if (searchable) for (const col of mismatched) col.exact = causesWithDelta(col.cells, col.difference, centsPerUnit);

  // A cause on one line, of one kind, that explains the whole difference in two or more columns.
  let cross: Analysis["cross"];
  if (searchable && mismatched.length >= 2) {
    const counts = new Map<string, number[]>();
    for (const col of mismatched) {
      for (const k of new Set(col.exact.map(causeKey))) {
        const a = counts.get(k);
        if (a) a.push(col.j);
        else counts.set(k, [col.j]);
      }
    }
    let best: [string, number[]] | undefined;
    let tie = false;
    for (const entry of counts) {
      if (entry[1].length < 2) continue;
      if (!best || entry[1].length > best[1].length) {
        best = entry;
        tie = false;
      } else if (entry[1].length === best[1].length) tie = true;
    }
    if (best && !tie) {
      const [line, kind] = best[0].split(":") as [string, CauseKind, ...string[]];
      cross = { key: best[0], line: Number(line), kind, columns: best[1] };
    }
  }

  const results: ColumnAnalysis[] = [];
  const crossColumns: number[] = [];
  for (const col of mismatched) {
    let explanations: Cause[][] = [];
    let crossKey: string | undefined;
    let remainder: number | undefined;
    let ambiguous = false;
    if (searchable) {
      if (cross) {
        const own = col.exact.filter((c) => causeKey(c) === cross!.key);
        if (own.length > 0) {
          explanations = own.map((c) => [c]);
          crossKey = cross.key;
        } else {
          // The consistent error plus one more slip on another line.
          const cell = col.cells.find((c) => c.line === cross!.line);
          const instances = cell ? causesOf(cell, cross.kind, centsPerUnit).filter((x) => causeKey(x) === cross!.key) : [];
          for (const c of instances) {
            for (const r of causesWithDelta(col.cells, col.difference - c.delta, centsPerUnit, { except: c.line })) explanations.push([c, r]);
            if (explanations.length > MAX_ALTERNATIVES) break;
          }
          if (explanations.length > 0 && explanations.length <= MAX_ALTERNATIVES) crossKey = cross.key;
          else if (instances.length === 1) {
            // The consistent error is here too, but what it leaves cannot be pinned on one amount: name it, and the rest.
            explanations = [[instances[0]!]];
            crossKey = cross.key;
            remainder = col.difference - instances[0]!.delta;
          } else explanations = [];
        }
      }
      if (explanations.length === 0) explanations = col.exact.map((c) => [c]);
      explanations = ranked(explanations, lines, col.j);
      if (explanations.length > MAX_ALTERNATIVES) {
        explanations = [];
        crossKey = undefined;
        ambiguous = true;
      }
    }
    if (crossKey !== undefined) crossColumns.push(col.j);
    results.push({
      column: col.j,
      sum: col.sum,
      total: col.total,
      difference: col.difference,
      explanations,
      ...(crossKey ? { crossKey } : {}),
      ...(remainder !== undefined ? { remainder } : {}),
      ...(ambiguous ? { ambiguous } : {}),
    });
  }
  return {
    columns: results,
    ...(cross && crossColumns.length >= 2 ? { cross: { ...cross, columns: crossColumns } } : {}),
  };
}

/**
 * Explanations, most plausible first. What the table shows outright (a repeated row, a thousands comma)
 * comes first and is kept alone, so that a digit slip elsewhere that happens to give the same difference
 * is not named beside it. Then the repairs that bring an amount closest to the same row in the other
 * years, then the rest in the order found. Where too many explain a difference to name them all, one
 * that fits its row ten times better than any other is still named.
 */
function ranked(explanations: Cause[][], lines: AnalysisInput["lines"], column: number): Cause[][] {
  if (explanations.length < 2) return explanations;
  const scored = explanations.map((e, order) => ({ e, order, score: e.reduce((s, c) => s + plausibility(c, lines, column), 0) }));
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  const [best, next] = scored;
  if (best!.score <= SHOWN && next!.score > SHOWN) return [best!.e];
  // Too many to name, but one fits its row far better than the rest: name that one.
  if (scored.length > MAX_ALTERNATIVES && next!.score - best!.score >= CLEAR) return [best!.e];
  return scored.map((x) => x.e);
}

/** Score of a cause the table shows outright. */
const SHOWN = -100;
/** A lead this large (in log-distance units) makes one explanation the only one named. */
const CLEAR = Math.log(10);

/** Lower is more plausible: how much nearer the repair brings the amount to its row's other years. */
function plausibility(c: Cause, lines: AnalysisInput["lines"], column: number): number {
  if (c.kind === "dubbel" || c.kind === "komma") return SHOWN;
  if (c.kind === "weggelaten") return 0;
  const others: number[] = [];
  lines[c.line]?.forEach((x, j) => {
    if (j !== column && x.cents !== null && x.cents !== 0) others.push(x.cents);
  });
  if (others.length === 0) return 0;
  others.sort((a, b) => a - b);
  const typical = others[Math.floor(others.length / 2)]!;
  return distance(c.newCents, typical) - distance(c.oldCents, typical);
}

/** How far an amount is from a typical one: orders of magnitude apart, plus one for the other sign. */
function distance(x: number, typical: number): number {
  const sign = Math.sign(x) !== Math.sign(typical) ? 1 : 0;
  return Math.abs(Math.log(Math.abs(x) + 1) - Math.log(Math.abs(typical) + 1)) + sign;
}
