/**
 * A budget table of baten and lasten whose total is their saldo, not their sum: municipalities' own
 * budget tables write "Baten 27 / Lasten 9.980 / Totaal programma -9.953" (baten − lasten, Venlo) or
 * "Lasten 60.430 / Baten 4.672 / Saldo 55.758" (lasten − baten, Den Haag), both amounts without a
 * sign. Pure arithmetic over exact cents; the names come folded (text/keywords.ts).
 */
import type { AmountInput, AnalysisInput } from "./begroting-oorzaken.js";

/** A line of income ("Baten", "Totaal baten", "Opbrengsten"). */
const BATEN = /^(?:totaal |totale )?(?:baten|opbrengsten|inkomsten)$/;
/** A line of expenditure ("Lasten", "Totaal lasten", "Uitgaven"). */
const LASTEN = /^(?:totaal |totale )?(?:lasten|uitgaven|kosten)$/;

/** How many readable totals equal the lines' sum with the lines in `negated` counted negative. */
function fitting(lines: readonly (readonly AmountInput[])[], totals: readonly AmountInput[], negated: ReadonlySet<number>, tolerance: number): number {
  let fit = 0;
  for (let j = 0; j < totals.length; j++) {
    const total = totals[j]?.cents;
    if (total === null || total === undefined) continue;
    let sum = 0;
    for (let i = 0; i < lines.length; i++) {
      const c = lines[i]![j]?.cents ?? 0;
      sum += negated.has(i) ? -c : c;
    }
    if (Math.abs(total - sum) <= tolerance) fit++;
  }
  return fit;
}

export type SaldoKind = "baten" | "lasten";

/** The lines of one kind: the baten (counted negative for lasten − baten) or the lasten (baten − lasten). */
export function linesOfKind(names: readonly string[], kind: SaldoKind): ReadonlySet<number> {
  const re = kind === "baten" ? BATEN : LASTEN;
  const out = new Set<number>();
  names.forEach((n, i) => {
    if (re.test(n)) out.add(i);
  });
  return out;
}

/**
 * Whether the table's totals are the saldo of its baten and lasten lines, and which lines the saldo
 * subtracts: the baten (lasten − baten) or the lasten (baten − lasten), whichever fits more year
 * columns over all the table's parts (a part may hold only its lasten), and only when that fits more of
 * them than the plain sum does. A table that writes baten negative adds up as a sum and has no saldo.
 */
export function saldoKind(parts: readonly SaldoPart[]): SaldoKind | undefined {
  const exact = readings(parts, () => 0);
  if (!exact) return undefined;
  const best = Math.max(exact.lastenMinBaten, exact.batenMinLasten);
  if (best > exact.plain) return exact.lastenMinBaten >= exact.batenMinLasten ? "baten" : "lasten";
  if (best < exact.plain) return undefined;
  // No reading fits better: a table rounded to its unit may fit none exactly ("Lasten 1.062 / Baten 39
  // / Saldo -1.022"). The reading that fits more columns within what rounding its lines can add wins.
  const near = readings(parts, (input) => roundingMargin(input));
  const nearBest = Math.max(near!.lastenMinBaten, near!.batenMinLasten);
  if (nearBest <= near!.plain) return undefined;
  return near!.lastenMinBaten >= near!.batenMinLasten ? "baten" : "lasten";
}

/** What rounding every amount of a part to its unit can add to a column's difference: half a unit per amount. */
export function roundingMargin(input: Pick<AnalysisInput, "lines" | "centsPerUnit">): number {
  return Math.ceil((input.lines.length + 1) / 2) * input.centsPerUnit;
}

type SaldoPart = { readonly names: readonly string[]; readonly input: Pick<AnalysisInput, "lines" | "totals" | "tolerance" | "centsPerUnit">; readonly plain?: boolean };

/** How many columns each reading fits, over all parts, within each part's tolerance plus `slack`; undefined when no line is named baten or lasten. */
function readings(parts: readonly SaldoPart[], slack: (input: SaldoPart["input"]) => number): { plain: number; lastenMinBaten: number; batenMinLasten: number } | undefined {
  let plain = 0;
  let lastenMinBaten = 0;
  let batenMinLasten = 0;
  let named = false;
  for (const { names, input, plain: sumOnly } of parts) {
    const baten = linesOfKind(names, "baten");
    const lasten = linesOfKind(names, "lasten");
    if (baten.size + lasten.size > 0) named = true;
    const tolerance = Math.max(input.tolerance ?? 0, slack(input));
    const sum = fitting(input.lines, input.totals, new Set(), tolerance);
    plain += sum;
    // A part closed by "Totaal baten" adds up plainly in every reading.
    lastenMinBaten += sumOnly ? sum : fitting(input.lines, input.totals, baten, tolerance);
    batenMinLasten += sumOnly ? sum : fitting(input.lines, input.totals, lasten, tolerance);
  }
  return named ? { plain, lastenMinBaten, batenMinLasten } : undefined;
}

/** "9.980" → "-9.980", "-9.980" → "9.980", "(30)" (negative, as accounts write it) → "30". */
export const toggleSign = (text: string): string =>
  /^[-−–]/.test(text) ? text.replace(/^[-−–]\s*/, "") : /^\(.*\)$/.test(text) ? text.slice(1, -1).trim() : text === "" ? text : `-${text}`;

/** The analysis input with the given lines counted negative (amounts and their text). */
export function negateLines(input: AnalysisInput, negated: ReadonlySet<number>): AnalysisInput {
  return {
    ...input,
    lines: input.lines.map((line, i) => (negated.has(i) ? line.map((c) => ({ cents: c.cents === null ? null : -c.cents || 0, text: toggleSign(c.text) })) : line)),
  };
}
