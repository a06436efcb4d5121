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
export function saldoKind(parts: readonly { readonly names: readonly string[]; readonly input: Pick<AnalysisInput, "lines" | "totals" | "tolerance"> }[]): SaldoKind | undefined {
  let plain = 0;
  let lastenMinBaten = 0;
  let batenMinLasten = 0;
  let named = false;
  for (const { names, input } of parts) {
    const baten = linesOfKind(names, "baten");
    const lasten = linesOfKind(names, "lasten");
    if (baten.size + lasten.size > 0) named = true;
    const tolerance = input.tolerance ?? 0;
    plain += fitting(input.lines, input.totals, new Set(), tolerance);
    lastenMinBaten += fitting(input.lines, input.totals, baten, tolerance);
    batenMinLasten += fitting(input.lines, input.totals, lasten, tolerance);
  }
  const best = Math.max(lastenMinBaten, batenMinLasten);
  if (!named || best <= plain) return undefined;
  return lastenMinBaten >= batenMinLasten ? "baten" : "lasten";
}

/** "9.980" → "-9.980", "-9.980" → "9.980". */
export const toggleSign = (text: string): string => (/^[-−–]/.test(text) ? text.replace(/^[-−–]\s*/, "") : text === "" ? text : `-${text}`);

/** The analysis input with the given lines counted negative (amounts and their text). */
export function negateLines(input: AnalysisInput, negated: ReadonlySet<number>): AnalysisInput {
  return {
    ...input,
    lines: input.lines.map((line, i) => (negated.has(i) ? line.map((c) => ({ cents: c.cents === null ? null : -c.cents || 0, text: toggleSign(c.text) })) : line)),
  };
}
