/**
 * The kwaliteitstoets' reading of the evaluation of the previous period (CCV checklist step 3): which
 * chapter looks back on the previous plan, and whether it says what was achieved and what must improve.
 * Its own file because the wording of results (tenses, participles, forward-looking sentences) needs
 * room; kwaliteit/toets.ts re-exports it with the other assessments.
 */
import type { ParsedPlan, Section } from "../structure/types.js";
import { foldText } from "../text/keywords.js";
import { sectionsWhere, sentences, sentencesIn, type Sentence } from "./tekst.js";
import { firstSentence, wordList } from "./woorden.js";

// Also the jaarverslag's questions turned back on the previous plan: "Hebben we bereikt wat we wilden
// bereiken?", "Hebben we gedaan wat we wilden doen?", "Wat hebben we daarvoor gedaan?".
export const EVALUATIE_HEADING = /evaluatie|terugblik|terugkijken|wat (?:hebben )?we (?:\w+ ){0,5}?bereikt(?:en)?|hebben we (?:\w+ ){0,3}?(?:bereikt|gedaan) wat we|wat hebben we (?:\w+ ){0,3}?gedaan|vorige periode|resultaten|lessen|geleerd|(?:relatie|verhouding) met (?:het )?(?:vorige|voorgaande|huidige)?\s*(?:integraal )?veiligheidsplan|vorig(?:e)? (?:integraal )?veiligheidsplan|voorgaande periode/;
/** Heading words that look back by themselves; a heading with only "evaluatie" may be about evaluating this plan. */
const BACKWARD_HEADING = /terugblik|terugkijken|bereikt|gedaan|resultaten|lessen|geleerd|vorig|voorgaand|afgelopen|relatie|verhouding/;
/** A sentence that speaks of the previous plan or period. */
const PAST_REF = /\bvorige?\b|voorgaande|afgelopen (?:jaren|periode|planperiode|vier jaar)|vorig(?:e)? plan|\bwas\b|\bwaren\b/;
/**
 * A participle of a result or change, after a form of zijn, worden or hebben with up to five words in
 * between: "is gedaald", "zijn de meldingen flink afgenomen", "heeft de overlast teruggedrongen",
 * "hebben we bereikt".
 */
// What was done counts too when reported in the past ("40 panden gecontroleerd", "is afgerond"); not
// "opgezet" or "ingevoerd", with which a chapter on monitoring describes how this plan is followed.
const RESULT_PARTICIPLE = "(?:gelukt|geslaagd|bereikt|behaald|gehaald|gerealiseerd|waargemaakt|verwezenlijkt|gedaald|gestegen|afgenomen|toegenomen|verbeterd|verslechterd|versterkt|gestabiliseerd|teruggedrongen|teruggebracht|teruggelopen|verminderd|gehalveerd|verlaagd|gegroeid|opgeleverd|gebleven|afgerond|gecontroleerd|gesloten|aangepakt)";
/** Words that report a result or a lesson: what worked, what did not, what must improve. */
const EVALUATIVE = new RegExp(
  `\\b(?:is|zijn|werd|werden|heeft|hebben|had|hadden)\\s+(?:[\\w'%,.-]+\\s+){0,7}?${RESULT_PARTICIPLE}\\b` +
    `|\\b(?:daalde|daalden|steeg|stegen|halveerde|verbeterde|verbeterden)\\b|\\bnam(?:en)?\\s+(?:[\\w'-]+\\s+){0,4}?(?:af|toe)\\b` +
    `|\\b(?:niet|wel)\\s+${RESULT_PARTICIPLE}\\b|wat goed ging|(?:minder |niet )?goed ging|ging (?:minder |niet )?goed|wat (?:beter|anders) (?:moet|kan)\\s*:|verbeterpunt|leerpunt|\\blessen\\b|geleerd|knelpunt|\\bwerkt(?:e|en)? (?:(?:minder|niet|heel|erg|zeer|bijzonder) )?(?:goed|niet)\\b|\\b(?:heeft|hebben) (?:(?:goed|wel|niet|onvoldoende) )?gewerkt\\b(?! (?:aan|met|op|in|samen|voor)\\b)` +
    // "beter dan verwacht", "verliep moeizaam", "kwam minder goed van de grond" (Valkenswaard's terugblik)
    `|\\bdan (?:gehoopt|verwacht|beoogd|gepland|voorzien)\\b|\\bverliep(?:en)? (?:(?:erg|heel|zeer|minder|niet) )?(?:goed|moeizaam|stroef|voorspoedig|succesvol)\\b|\\bkwam(?:en)? (?:minder goed|niet|moeizaam|traag|te laat|pas laat) (?:van de grond|op gang)\\b|succesvol gebleken|bleek (?:effectief|succesvol|onvoldoende)|\\bv(?:alt|allen|iel|ielen) tegen\\b|teleurstellend` +
    // "heeft effect gehad", "heeft zijn vruchten afgeworpen", "een aandachtspunt is …"
    `|\\b(?:heeft|hebben|had|hadden) (?:\\S+ ){0,2}(?:effect|resultaat|succes) gehad\\b|\\b(?:effect|resultaat|succes) (?:heeft|hebben|had|hadden) gehad\\b|vruchten afgeworpen|aandachtspunt`,
);

/** A sentence about what is still to come: "we kijken of de doelen zijn gehaald", "het aantal zal zijn gedaald". */
const FORWARD = /\b(?:of|zodra)\b[^.;:]*\b(?:is|zijn|heeft|hebben)\b|\bzullen\b|\bzal\b|\bgaan we\b|\bwe gaan\b/;
const reportsResult = (s: Sentence): boolean => EVALUATIVE.test(s.folded) && !FORWARD.test(s.folded);

/**
 * Outside a chapter of its own, a sentence must name the previous plan or period to be its evaluation.
 * "Sindsdien" and "vier jaar geleden" look back too: "Vier jaar geleden is het beleid voor 2019-2022
 * vastgesteld. Sindsdien is het aantal woninginbraken met 40% gedaald" (Helmond's masterplan).
 */
const PREVIOUS_PERIOD = wordList(/\bvorige?\b|voorgaande|afgelopen (?:jaren|periode|planperiode|vier jaar)|\bevaluatie\b|\bsindsdien\b|\bjaar geleden\b/, ["vorig", "voorgaande", "afgelopen", "evaluatie", "sindsdien", "geleden"]);

export interface Evaluatie {
  readonly section?: Section;
  readonly evaluative?: Sentence;
  /** Without such a chapter: a sentence elsewhere that reports a result of the previous plan or period. */
  readonly inText?: Sentence;
}

export function evaluatie(plan: ParsedPlan): Evaluatie {
  const vorig = plan.fields.vorigPlan?.value?.titel;
  const vorigKey = vorig ? foldText(vorig) : undefined;
  const named = (k: string) => vorigKey !== undefined && k.includes(vorigKey);
  // A chapter found only by "evaluatie" ("Monitoring en evaluatie") is about how this plan will be
  // evaluated unless something in it looks back: a result, or the previous plan or period.
  const sections = sectionsWhere(plan, (k) => EVALUATIE_HEADING.test(k) || named(k)).filter(
    (s) => BACKWARD_HEADING.test(s.keyword) || named(s.keyword) || sentencesIn(plan, s).some((x) => PAST_REF.test(x.folded) || reportsResult(x)),
  );
  const section = sections[0];
  if (!section) {
    // The result's wording is searched only in the sentences that name the previous period.
    const inText = firstSentence(plan, PREVIOUS_PERIOD, sentences(plan), reportsResult);
    return inText ? { inText } : {};
  }
  const evaluative = sections.flatMap((s) => [...sentencesIn(plan, s)]).find(reportsResult);
  return { section, ...(evaluative ? { evaluative } : {}) };
}
