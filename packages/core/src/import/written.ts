/**
 * How documents write the things the front matter is read from: a date ("22 februari 2023",
 * "22-02-2023") and a municipality's name ("Land van Cuijk", "'s-Hertogenbosch"). Shared by
 * ./front-matter.ts and ./joint.ts.
 */
import { DUTCH_MONTHS } from "../text/dates.js";

const MONTHS: readonly string[] = DUTCH_MONTHS;
/** "22 februari 2023", and as many documents write it, "22-02-2023" or "22/2/2023": day, month, year. */
export const DATE = `(0?[1-9]|[12]\\d|3[01])(?:\\s+|[-/.])(${MONTHS.join("|")}|0?[1-9]|1[0-2])(?:\\s+|[-/.])((?:19|20)\\d{2})\\b`;

/** "april 2023": a month without its day, as a web page may say when the council decided. */
export const MONTH_YEAR = `(${MONTHS.join("|")})\\s+((?:19|20)\\d{2})\\b`;

/** A date matched by {@link DATE} (day, month as number or name, year) as ISO text. */
export function iso(d: string, m: string, y: string): string {
  const month = /^\d+$/.test(m) ? Number(m) : MONTHS.indexOf(m.toLowerCase()) + 1;
  return `${y}-${String(month).padStart(2, "0")}-${d.padStart(2, "0")}`;
}

/**
 * A municipality's name as documents write it: one or more capitalised words joined by hyphens or by
 * the small words of Dutch place names ("Land van Cuijk", "Son en Breugel", "Alphen aan den Rijn",
 * "Wijk bij Duurstede"), after "'s-" ("'s-Hertogenbosch"), or after a leading word that is part of the
 * name ("De Ronde Venen", "West Betuwe", "Den Helder"). A capitalised word after the name is not taken
 * in ("gemeente Nijmegen Integraal Veiligheidsplan").
 */
const WORD = "\\p{Lu}[\\p{Ll}\\p{Lu}'’]*(?:-\\p{L}[\\p{L}'’]*)*";
const PARTICLE = "(?:van|aan|op|in|en|den|de|der|het|bij|over|ter|ten)";
const LEAD = "(?:De|Den|Het|Ter|Ten|West|Oost|Noord|Zuid|Midden|Oude|Hoeksche|Gooise|Hollands|Stichtse|Utrechtse|Stede)";
const NOT_A_NAME = "(?!(?:Integraal|Integrale|Veiligheid|Veiligheidsplan|Veilig|Samen|Gemeente|Gemeenteraad|College|Raad|Plan|Politie|Veiligheidsregio|Openbaar|Brandweer|Regionaal|Regionale)\\b)";
export const GEMEENTE_NAAM = `(?:['’]s-${WORD}|${LEAD}\\s+${NOT_A_NAME}${WORD}(?:\\s+${NOT_A_NAME}${WORD})?|${WORD})(?:\\s+${PARTICLE}(?:\\s+${PARTICLE})?\\s+${NOT_A_NAME}${WORD})*`;
/** "gemeente Nijmegen", and "(de) gemeenteraad van Nijmegen" or "burgemeester en wethouders van Nijmegen" as a decision names them. */
export const GEMEENTE = new RegExp(`\\b(?:[Gg]emeente|[Gg]emeenteraad\\s+van|[Bb]urgemeester\\s+en\\s+wethouders\\s+van|[Cc]ollege\\s+van\\s+(?:burgemeester\\s+en\\s+wethouders|B\\s*&\\s*W)\\s+van)\\s+(${GEMEENTE_NAAM})`, "gu");
/** "de gemeenten Eijsden-Margraten, Gulpen-Wittem, Meerssen, Vaals en Valkenburg aan de Geul": a joint plan's. */
export const GEMEENTEN = new RegExp(`\\b(?:[Gg]emeenten|[Gg]emeenteraden\\s+van)\\s+(${GEMEENTE_NAAM}(?:\\s*,\\s*${GEMEENTE_NAAM})*\\s*,?\\s+en\\s+${GEMEENTE_NAAM})`, "u");
/** Words that say the municipality was formed by a merger ("zijn samengegaan", "de voormalige gemeenten"): the names around them are its past, not partners in a joint plan. */
export const MERGER = /\b(?:samengegaan|samengevoegd|gefuseerd|fuseerden|fusiegemeente|herindeling|heringedeeld|voormalige\s+gemeenten?)\b/i;
