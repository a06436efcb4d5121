/**
 * The kwaliteitstoets' reading of abbreviations: which ones a plan uses without saying what they stand
 * for (no glossary, no expansion beside it, not one every reader knows). kwaliteit/toets.ts re-exports
 * it with the other assessments.
 */
import type { ParsedPlan, Section } from "../structure/types.js";
import type { Span } from "../text/positions.js";
import { sectionsWhere, sentences } from "./tekst.js";

const GLOSSARY_HEADING = /^(?:lijst (?:van|met) )?(?:afkortingen|begrippen|begrippenlijst|woordenlijst|verklarende woordenlijst|termen|afkortingenlijst|begrippen en afkortingen)$/;
/** Abbreviations a reader of a council document knows without explanation. */
export const COMMON_ABBREVIATIONS: ReadonlySet<string> = new Set(["EU", "ICT", "OM", "GGD", "MKB", "VNG", "AVG", "CBS", "NV", "BV", "B&W", "BW", "COVID", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "NB", "TV", "PC", "ID", "OK"]);
const ABBR = /\b[A-Z][A-Z0-9&]*[A-Z0-9](?:['’]s)?\b/g;

export interface Abbreviation {
  readonly abbr: string;
  readonly span: Span;
}

/** Abbreviations used without an explanation: no glossary, not in parentheses after or before its expansion, not a common one. */
export function unexplainedAbbreviations(plan: ParsedPlan): { glossary?: Section; unexplained: Abbreviation[] } {
  const glossary = sectionsWhere(plan, (k) => GLOSSARY_HEADING.test(k))[0];
  if (glossary) return { glossary, unexplained: [] };
  const explained = new Set<string>();
  const firstUse = new Map<string, Span>();
  // One search of the whole text, not one per sentence: no sentence's text is sliced for it. A match
  // counts where it lies inside a sentence, and reads its context within that sentence only; this
  // finds what a search of each sentence finds, because a sentence is bounded by characters that
  // cannot be part of an abbreviation (kwaliteit-tekst.test.ts checks it against that search).
  const all = sentences(plan);
  const text = plan.text;
  let k = 0;
  ABBR.lastIndex = 0;
  for (let m = ABBR.exec(text); m; m = ABBR.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    while (k < all.length && all[k]!.span.end <= at) k++;
    if (k === all.length) break;
    const s = all[k]!.span;
    if (at < s.start || end > s.end) continue;
    const abbr = m[0].replace(/['’]s$/, "");
    if (abbr.length < 2 || abbr.length > 8 || /^\d/.test(abbr) || COMMON_ABBREVIATIONS.has(abbr) || !/[A-Z].*[A-Z0-9]/.test(abbr)) continue;
    const before = text.slice(Math.max(s.start, at - 12), at);
    const after = text.slice(end, Math.min(s.end, end + 3));
    // "Regionaal Informatie- en Expertise Centrum (RIEC)", "RIEC (Regionaal …)", "het zogeheten VTH-beleid".
    if (/\(\s*$/.test(before) || /^\s*\(/.test(after) || /\b(?:zogeheten|zogenaamde?|ofwel|oftewel|afgekort)\s+$/i.test(before)) explained.add(abbr);
    if (!firstUse.has(abbr)) firstUse.set(abbr, { start: at, end: at + abbr.length });
  }
  return { unexplained: [...firstUse].filter(([a]) => !explained.has(a)).map(([abbr, span]) => ({ abbr, span })) };
}
