/**
 * Writing the values a message is filled with (see `MessageValue` in diagnostic.ts) in the reader's
 * language: dates, year lists, theme numbers, a body with its article, nested messages. The only
 * place besides the catalogs where a word of Dutch or English is chosen.
 */
import type { Locale, MessageData, MessageValue } from "../diagnostic.js";
import { foldText } from "../text/keywords.js";

const MONTHS = {
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
} as const;

/** "2022-10-18" → "18 oktober 2022" / "18 October 2022". */
export function writtenDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[locale][m - 1] ?? m} ${y}`;
}

/** ["a", "b", "c"] → "a, b en c" / "a, b and c". */
export function listText(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items[0] ?? "";
  const and = locale === "nl" ? " en " : " and ";
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}

/** Years as people write them: [2022, 2024, 2025, 2026] → "2022 en 2024–2026". */
export function yearList(years: readonly number[], locale: Locale): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j >= i + 2) runs.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) runs.push(String(sorted[k]));
    i = j + 1;
  }
  return listText(runs, locale);
}

/** Theme numbers: "1 t/m 9" / "1 to 9", or the numbers themselves when they do not run on (the first dozen). */
export function numberList(numbers: readonly number[], locale: Locale): string {
  if (numbers.length === 0) return "–";
  const runsOn = numbers.every((n, i) => n === numbers[0]! + i);
  if (runsOn) return numbers.length === 1 ? String(numbers[0]) : `${numbers[0]} ${locale === "nl" ? "t/m" : "to"} ${numbers[numbers.length - 1]}`;
  return numbers.length > 12 ? `${numbers.slice(0, 12).join(", ")}, …` : numbers.join(", ");
}

/** "college van burgemeester en wethouders" → "het college van burgemeester en wethouders" / "the college …". */
export function withArticle(door: string, locale: Locale): string {
  const t = door.trim();
  if (/^(de|het|een|the|a)\s/i.test(t)) return t;
  const f = foldText(t);
  if (locale === "en") return /^(college|burgemeester|gemeenteraad|raad)\b/.test(f) ? `the ${t}` : t;
  if (/^college\b/.test(f)) return `het ${t}`;
  if (/^(burgemeester|gemeenteraad|raad)\b/.test(f)) return `de ${t}`;
  return t;
}

/** One value as text; `message` renders nested message ids (the catalog passes itself in). */
export function writeValue(v: MessageValue, locale: Locale, message: (key: string, data?: MessageData) => string): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if ("date" in v) return writtenDate(v.date, locale);
  if ("years" in v) return yearList(v.years, locale);
  if ("numbers" in v) return numberList(v.numbers, locale);
  if ("body" in v) return withArticle(v.body, locale);
  // A count quoted from the plan: Dutch repeats the plan's word, English gives the number when it is known.
  if ("written" in v) return locale === "nl" || v.count === undefined ? v.written : String(v.count);
  if ("message" in v) return message(v.message, v.data);
  return v.alternatives.map((a) => writeValue(a, locale, message)).join(locale === "nl" ? "; of " : "; or ");
}
