/**
 * Calendar dates as ISO text (`JJJJ-MM-DD`): the one check that a text is a date that exists, the one
 * reading of a period ("2022-2026"), and the date arithmetic the cycle rules need. All in UTC calendar
 * days, so that a date never shifts with the machine's time zone.
 */

/** The Dutch month names, January first: how documents write a date ("18 oktober 2022"). */
export const DUTCH_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"] as const;

/** The shape of an ISO date, `JJJJ-MM-DD` (whether that day exists is `isIsoDate`). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dayMs = 86_400_000;

/** Days in a month of the Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `s` is written `JJJJ-MM-DD` and that day exists (no 30 February, no month 13). */
export function isIsoDate(s: string | undefined): s is string {
  if (s === undefined || !ISO_DATE.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The UTC calendar day of an instant, as ISO text. */
export function isoDateOfInstant(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Reads "2022-2026", "2022–2026", "2022 t/m 2026". */
export function readPeriode(t: string | undefined): { van: number; tot: number } | undefined {
  if (t === undefined) return undefined;
  const m = /^\s*(\d{4})\s*(?:[-–—]|t\/m|tot en met)\s*(\d{4})\s*$/.exec(String(t));
  return m ? { van: Number(m[1]), tot: Number(m[2]) } : undefined;
}

const toUtc = (iso: string): number => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};

/** The same calendar day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const target = y + years;
  const last = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return `${String(target).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return isoDateOfInstant(Date.UTC(ty, tm, Math.min(d, last)));
}

/** Whole days from `a` to `b` (negative when `b` lies before `a`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / dayMs);
}
