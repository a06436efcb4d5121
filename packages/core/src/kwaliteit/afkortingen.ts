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
const COMMON = new Set(["EU", "ICT", "OM", "GGD", "MKB", "VNG", "AVG", "CBS", "NV", "BV", "B&W", "BW", "COVID", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "NB", "TV", "PC", "ID", "OK"]);
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
  for (const s of sentences(plan)) {
    // exec in a loop rather than matchAll, which copies the regex and makes an iterator per sentence
    // (most sentences have no abbreviation). ABBR never matches the empty string.
    ABBR.lastIndex = 0;
    for (let m = ABBR.exec(s.text); m; m = ABBR.exec(s.text)) {
      const abbr = m[0].replace(/['’]s$/, "");
      if (abbr.length < 2 || abbr.length > 8 || /^\d/.test(abbr) || COMMON.has(abbr) || !/[A-Z].*[A-Z0-9]/.test(abbr)) continue;
      const before = s.text.slice(Math.max(0, m.index! - 12), m.index!);
      const after = s.text.slice(m.index! + m[0].length, m.index! + m[0].length + 3);
      // "Regionaal Informatie- en Expertise Centrum (RIEC)", "RIEC (Regionaal …)", "het zogeheten VTH-beleid".
      if (/\(\s*$/.test(before) || /^\s*\(/.test(after) || /\b(?:zogeheten|zogenaamde?|ofwel|oftewel|afgekort)\s+$/i.test(before)) explained.add(abbr);
      if (!firstUse.has(abbr)) firstUse.set(abbr, { start: s.span.start + m.index!, end: s.span.start + m.index! + abbr.length });
    }
  }
  return { unexplained: [...firstUse].filter(([a]) => !explained.has(a)).map(([abbr, span]) => ({ abbr, span })) };
}
