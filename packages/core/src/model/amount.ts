/**
 * Dutch amounts, read exactly: "15.407" is 15407, "14,4" is fourteen point four, "-71" and "−71" are
 * negative. Values are whole cents of euro (never floating point), so sums are exact.
 */

export interface Unit {
  /** The label as written, e.g. "(bedragen x € 1.000)". */
  readonly label: string;
  /** Cents per written unit: 100_000 for "x € 1.000". */
  readonly centsPerUnit: number;
}

export type AmountReading =
  | { readonly ok: true; readonly cents: number; readonly decimals: number }
  | { readonly ok: false; readonly reason: "malformed" | "too-large" | "too-precise"; readonly suggestion?: string };

/** An amount as written in Dutch notation, taken apart: "-1.234,5" → sign "-", whole "1234", frac "5". */
export interface AmountParts {
  /** The minus sign as written ("-", "−" or "–"), or "" for a positive amount. */
  readonly sign: string;
  /** The whole part's digits, without thousands separators. */
  readonly whole: string;
  /** The digits after the decimal comma ("" when there are none). */
  readonly frac: string;
}

const DUTCH = /^([-−–]?)\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

/** The one reader of Dutch amount notation: dots group thousands, a comma starts decimals. */
export function amountParts(text: string): AmountParts | undefined {
  const m = DUTCH.exec(text.trim());
  return m ? { sign: m[1]!, whole: m[2]!.replace(/\./g, ""), frac: m[3] ?? "" } : undefined;
}

/** "1234567" → "1.234.567". */
export const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/**
 * Whether a table cell reads as an amount for layout (right-aligned in the formatter): looser than
 * `amountParts`, so that a column keeps its alignment while one amount in it is still mistyped
 * ("1.23") or bold, and empty or dashed cells do not count against it.
 */
export function looksLikeAmount(cell: string): boolean {
  return /^(?:\*\*|__)?[-−–]?\s*\d[\d.]*(?:,\d+)?(?:\*\*|__)?$|^[-—–]?$/.test(cell.trim());
}

/** Reads one amount in the table's unit. Empty cells, "-" and "—" are handled by the caller. */
export function readAmount(raw: string, unit: Unit): AmountReading {
  const t = raw.replace(/\*\*|__/g, "").trim();
  const m = amountParts(t);
  if (!m) {
    // "1,234.5" or "1 234" are common slips; suggest the Dutch form when the digits are unambiguous.
    const english = /^([-−]?)(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(t);
    if (english) return { ok: false, reason: "malformed", suggestion: `${english[1] ? "-" : ""}${english[2]!.replace(/,/g, ".")}${english[3] ? "," + english[3] : ""}` };
    const spaced = /^([-−]?)(\d{1,3}(?: \d{3})+)$/.exec(t);
    if (spaced) return { ok: false, reason: "malformed", suggestion: `${spaced[1] ? "-" : ""}${spaced[2]!.replace(/ /g, ".")}` };
    return { ok: false, reason: "malformed" };
  }
  const negative = m.sign !== "";
  const { whole, frac } = m;
  // cents = (whole + frac/10^d) * centsPerUnit, exact when centsPerUnit is divisible by 10^d.
  const scale = 10 ** frac.length;
  if (unit.centsPerUnit % scale !== 0) return { ok: false, reason: "too-precise" };
  const wholeNum = Number(whole);
  const cents = wholeNum * unit.centsPerUnit + (frac ? Number(frac) * (unit.centsPerUnit / scale) : 0);
  if (!Number.isSafeInteger(cents) || !Number.isSafeInteger(wholeNum)) return { ok: false, reason: "too-large" };
  return { ok: true, cents: negative ? -cents || 0 : cents, decimals: frac.length };
}

/**
 * Writes cents back in the table's unit, Dutch notation: 1540700000 cents at x €1.000 → "15.407".
 * The unit may be the typed plan's own (`plan.begroting.eenheid`) or the parser's.
 */
export function formatAmount(cents: number, unit: Unit | { readonly centenPerEenheid: number }, decimals = 0): string {
  const centsPerUnit = "centsPerUnit" in unit ? unit.centsPerUnit : unit.centenPerEenheid;
  return formatIn(cents, centsPerUnit, decimals);
}

function formatIn(cents: number, centsPerUnit: number, decimals: number): string {
  const unit = { centsPerUnit };
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / unit.centsPerUnit);
  const rest = abs - whole * unit.centsPerUnit;
  let frac = "";
  let d = decimals;
  if (rest !== 0 && d === 0) {
    // Show as many decimals as the remainder needs (up to the unit's precision).
    d = Math.max(0, Math.round(Math.log10(unit.centsPerUnit)));
    while (d > 0 && (rest * 10 ** d) % unit.centsPerUnit === 0 && ((rest * 10 ** (d - 1)) % unit.centsPerUnit === 0)) d--;
  }
  if (d > 0) frac = "," + String(Math.round((rest * 10 ** d) / unit.centsPerUnit)).padStart(d, "0");
  const grouped = groupThousands(String(whole));
  return `${negative ? "-" : ""}${grouped}${frac}`;
}

/** Reads the unit from a header such as "(bedragen x € 1.000)", "bedragen x 1000 €", "x € 1 mln". */
export function readUnit(label: string): Unit | undefined {
  const euros = eurosPerUnit(label);
  return euros === undefined ? undefined : { label: unitLabel(label), centsPerUnit: euros * 100 };
}

/**
 * The part of a header that names the unit: "Veiligheid en Openbare orde (bedragen x € 1.000)" is
 * "(bedragen x € 1.000)", so that messages do not repeat the programme's name.
 */
function unitLabel(label: string): string {
  const t = label.trim();
  const inBrackets = /\([^()]*(?:€|\beur|bedrag)[^()]*\)/i.exec(t);
  if (inBrackets) return inBrackets[0];
  const from = /\bbedragen\b.*$/i.exec(t);
  return from && from.index > 0 ? from[0] : t;
}

/** A unit multiplies by a power of ten ("x € 1.000"): "in 2020" beside a table is a year, not a unit. */
const POWER_OF_TEN = (n: number) => n >= 1 && Number.isInteger(Math.log10(n));

/** How many euros one written unit is ("x € 1.000": 1000), if the header names a unit at all. */
function eurosPerUnit(label: string): number | undefined {
  const t = label.toLowerCase().replace(/\*\*/g, "");
  if (!/(€|eur|euro)/.test(t) && !/bedrag/.test(t)) return undefined;
  // Thousands and millions as budgets abbreviate them: "k€", "€ k", "keur", "€ mln", "m€".
  if (/(?:^|[^a-z])k\s?(?:€|eur\b|euro\b)|€\s?k(?![a-z])|(?:^|[^a-z])keur\b/.test(t)) return 1000;
  if (/(?:^|[^a-z])(?:m|mln|mio)\s?(?:€|eur\b|euro\b)|€\s?(?:m|mln|mio)(?![a-z])/.test(t)) return 1_000_000;
  // "(€ 1.000)" alone, as a column's unit, is "x € 1.000" (an amount in a sentence is not a unit).
  const only = /^\(?\s*(?:bedragen\s+)?(?:in\s+)?€\s*(1[.,]?000(?:[.,]?000)?)\s*\)?$/.exec(t.trim());
  if (only) return Number(only[1]!.replace(/[.,]/g, ""));
  const m = /(?:x|×|\*|in)\s*(?:€|eur(?:o)?)?\s*([\d.]+|mln|miljoen|mld|miljard|duizend)\s*(mln|miljoen|duizend)?/.exec(t);
  let units = 1;
  if (m) {
    const n = m[1]!;
    if (n === "mln" || n === "miljoen") units = 1_000_000;
    else if (n === "mld" || n === "miljard") units = 1_000_000_000;
    else if (n === "duizend") units = 1000;
    else units = Number(n.replace(/\./g, "")) || 1;
    if (m[2] === "mln" || m[2] === "miljoen") units *= 1_000_000;
    else if (m[2] === "duizend") units *= 1000;
    if (!POWER_OF_TEN(units)) {
      if (!/(€|eur)/.test(t)) return undefined;
      units = 1;
    }
  } else if (!/(€|eur)/.test(t)) {
    return undefined;
  }
  return units;
}
