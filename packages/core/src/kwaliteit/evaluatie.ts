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
 * A participle of a result or change, next to a form of zijn, worden or hebben in either word order:
 * after it in a main clause, with up to seven words in between ("is gedaald", "zijn de meldingen flink
 * afgenomen", "heeft de overlast teruggedrongen", "hebben we bereikt"), right before it in a subordinate
 * clause, where Dutch puts the verbs last ("we zien dat het aantal inbraken gedaald is", "uit de evaluatie
 * blijkt dat de wijkaanpak verbeterd is").
 */
// What was done counts too when reported in the past ("40 panden gecontroleerd", "is afgerond"); not
// "opgezet" or "ingevoerd", with which a chapter on monitoring describes how this plan is followed.
const RESULT_PARTICIPLE = "(?:gelukt|geslaagd|bereikt|behaald|gehaald|gerealiseerd|waargemaakt|verwezenlijkt|gedaald|gestegen|afgenomen|toegenomen|verbeterd|verslechterd|versterkt|gestabiliseerd|teruggedrongen|teruggebracht|teruggelopen|verminderd|gehalveerd|verlaagd|gegroeid|opgeleverd|gebleven|afgerond|gecontroleerd|gesloten|aangepakt)";
const AUX = "(?:is|zijn|was|waren|werd|werden|heeft|hebben|had|hadden)";
const HAVE = "(?:heeft|hebben|had|hadden)";
/**
 * The simple past of those verbs, which is the same word in both word orders ("daalde", "het aantal
 * daalde", "dat het aantal daalde"); a separable verb is one word at the end of a subordinate clause
 * ("dat het aantal afnam") and split in a main clause ("nam … af", "liep … terug"). Not "bleef" or "sloot"
 * (a ditch, or "sloot aan"), not "leverde … op" or "maakte … waar", whose particle is also a preposition.
 */
const RESULT_PAST =
  "\\b(?:lukte|lukten|slaagde|slaagden|bereikte|bereikten|behaalde|behaalden|haalden|realiseerde|realiseerden|verwezenlijkte|verwezenlijkten|daalde|daalden|steeg|stegen|verbeterde|verbeterden|verslechterde|verslechterden|stabiliseerde|stabiliseerden|verminderde|verminderden|halveerde|halveerden|verlaagde|verlaagden|groeide|groeiden|afnam|afnamen|toenam|toenamen|terugliep|terugliepen|terugdrong|terugdrongen|terugbracht|terugbrachten|afrondde|afrondden|controleerde|controleerden)\\b" +
  "|\\bnam(?:en)?\\s+(?:[\\w'-]+\\s+){0,4}?(?:af|toe)\\b|\\b(?:liep(?:en)?|drong(?:en)?|bracht(?:en)?)\\s+(?:[\\w'-]+\\s+){0,4}?terug\\b|\\brondde(?:n)?\\s+(?:[\\w'-]+\\s+){0,4}?af\\b";
/** "dat de buurtpreventie goed gewerkt heeft", "dat de aanpak werkte": not "waar we aan gewerkt hebben", "die in de wijk werkten", "die er werkten". */
const WORKED_LAST =
  `\\b(?:goed|wel|niet|onvoldoende|beter|slecht|uitstekend|prima) (?:gewerkt ${HAVE}|werkten?)\\b` +
  `|\\b(?:gewerkt ${HAVE}\\b|werkten?(?=\\s*(?:[.,;:!?]|$)))(?<!\\b(?:(?:waar|er|daar|hier)?(?:aan|mee)|er|daar|hier|met|samen|bij|in|op|voor|hard|veel|lang|intensief) (?:\\S+ ){0,3}(?:gewerkt \\w+|werkten?))`;
/**
 * Verb last in a wish is a goal: "we willen dat de overlast afgenomen is", "we zorgen ervoor dat …". With
 * "zijn" or "hebben", which are also the infinitive, after a modal too: "het aantal moet in 2030 gedaald
 * zijn" (not after "kunnen": "we kunnen vaststellen dat de meldingen afgenomen zijn").
 */
const WISH = "(?:wil|willen|wilt|streven|streeft|zorgen|zorgt)";
const PARTICIPLE_LAST =
  `\\b${RESULT_PARTICIPLE}\\s+(?:is|was|waren|werd|werden|heeft|had|hadden)\\b(?<!\\b${WISH}\\b.*)` +
  `|\\b${RESULT_PARTICIPLE}\\s+(?:zijn|hebben)\\b(?<!\\b${WISH}\\b.*|\\b(?:moet|moeten|zal|zullen|zou|zouden) (?:\\S+ ){0,8}?\\S+ (?:zijn|hebben))`;

/**
 * What was achieved: a result in either word order, the past tense, what worked or went well. A
 * negation before or in it ("is niet gedaald", "niet alle ambities zijn waargemaakt", "heeft geen effect
 * gehad") makes it something that must improve ({@link readResult}).
 */
const ACHIEVED = new RegExp(
  `\\b${AUX}\\s+(?:[\\w'%,.-]+\\s+){0,7}?${RESULT_PARTICIPLE}\\b|\\b(?:niet|wel)\\s+${RESULT_PARTICIPLE}\\b|${PARTICIPLE_LAST}|${WORKED_LAST}|${RESULT_PAST}` +
    `|wat goed ging|(?<!\\b(?:minder|niet) )goed ging|ging goed|\\bwerkt(?:e|en)? (?:(?:heel|erg|zeer|bijzonder) )?goed\\b|\\b${HAVE} (?:(?:goed|wel|niet|onvoldoende) )?gewerkt\\b(?! (?:aan|met|op|in|samen|voor)\\b)` +
    // "beter dan verwacht", "verliep voorspoedig" (Valkenswaard's terugblik)
    `|\\bdan (?:gehoopt|verwacht|beoogd|gepland|voorzien)\\b|\\bverliep(?:en)? (?:(?:erg|heel|zeer) )?(?:goed|voorspoedig|succesvol)\\b|succesvol gebleken|bleek (?:effectief|succesvol)` +
    // "heeft effect gehad", "heeft zijn vruchten afgeworpen"
    `|\\b${HAVE} (?:\\S+ ){0,2}(?:effect|resultaat|succes) gehad\\b|\\b(?:effect|resultaat|succes) ${HAVE} gehad\\b|vruchten afgeworpen`,
);
/** What did not work or must improve: "wat beter moet:", "verbeterpunt", "verliep moeizaam", "kwam minder goed van de grond", "een aandachtspunt is …". */
const TO_IMPROVE =
  /(?:minder |niet )goed ging|ging (?:minder |niet )goed|wat (?:beter|anders) (?:moet|kan)\s*:|verbeterpunt|leerpunt|\blessen\b|geleerd|knelpunt|aandachtspunt|\bwerkt(?:e|en)? (?:(?:minder|niet) goed|niet)\b|\b(?:minder|trager|langzamer|slechter) (?:\S+ ){0,4}?dan (?:gehoopt|verwacht|beoogd|gepland|voorzien)\b|\bverliep(?:en)? (?:(?:minder|niet) (?:goed|voorspoedig|succesvol)|(?:(?:erg|heel|zeer) )?(?:moeizaam|stroef))\b|\bkwam(?:en)? (?:minder goed|niet|moeizaam|traag|te laat|pas laat) (?:van de grond|op gang)\b|bleek onvoldoende|\bv(?:alt|allen|iel|ielen) tegen\b|teleurstellend|verslechterd/;
// "is verslechterd" is a result, but not one achieved.
const NEGATION = /\b(?:niet|geen|nauwelijks|onvoldoende|nooit)\b|verslechter/;

/** A sentence about what is still to come: "we kijken of de doelen zijn gehaald", "het aantal zal zijn gedaald". */
const FORWARD = /\b(?:of|zodra)\b[^.;:]*\b(?:is|zijn|heeft|hebben)\b|\bzullen\b|\bzal\b|\bgaan we\b|\bwe gaan\b/;

/** What a sentence reports of the previous period: something achieved, something to improve, or neither. */
export interface Result {
  readonly achieved: boolean;
  readonly toImprove: boolean;
}
const NONE: Result = { achieved: false, toImprove: false };
export function readResult(folded: string): Result {
  if (FORWARD.test(folded)) return NONE;
  const m = ACHIEVED.exec(folded);
  const negated = m !== null && NEGATION.test(folded.slice(0, m.index + m[0].length));
  const toImprove = negated || TO_IMPROVE.test(folded);
  return m !== null && !negated ? { achieved: true, toImprove } : toImprove ? { achieved: false, toImprove } : NONE;
}
const reportsResult = (s: Sentence): boolean => {
  const r = readResult(s.folded);
  return r.achieved || r.toImprove;
};

/**
 * A referral to the evaluation of the previous plan, by its title or date, which is what the rule's
 * advice asks for: "Voor de evaluatie van de vorige kadernota verwijzen we naar de Evaluatie Kadernota
 * Integrale Veiligheid 2023-2026, die de raad op 12 mei 2026 heeft ontvangen." It must refer ("verwijzen
 * naar", "zie", "is beschreven in", "staat in de bijlage"), be about the previous plan (vorige, voorgaande,
 * afgelopen, the previous plan's title, or a year before this plan's period) and not about this one, and
 * name a title (a capital or quotes inside the sentence) or a year. Read only in the sentences marked for
 * "evalu" or "terugblik" (few per plan).
 */
const EVALUATION_WORD = wordList(/evalu|terugblik/, ["evalu", "terugblik"]);
const REFERS = /\bverwijz(?:en|t)\b|\bverwezen\b|\bzie\b|\bte (?:vinden|lezen|raadplegen)\b|\b(?:beschreven|opgenomen|vastgelegd|samengevat|gerapporteerd) in\b|\b(?:staat|staan|stond|stonden) in\b|\bbijlage\b|\bbijgevoegd\b/;
const PREVIOUS_WORD = /\bvorige?\b|\bvoorgaande?\b|\bafgelopen\b/;
const THIS_ONE = /\b(?:dit|deze) (?:[a-z]*plan|ivp|ivb|[a-z]*nota|[a-z]*kader|programma|beleid)\b/;
const YEAR = /\b(?:19|20)(\d{2})\b/g;
/** A title: the evaluation named with a capital inside the sentence ("de Evaluatie Kadernota …", "het Evaluatierapport IVP"), or in quotes or italics. */
const TITLE = /.\s["'‘“*_]?(?:Evalu|Eindevalu|Terugblik|Rapport|Verslag|Rekenkamer)|["‘“][^"’”]{3,}["’”]|\*[^*]{3,}\*|\b_[^_]{3,}_\b/;

function refersToEvaluation(s: Sentence, vorigKey: string | undefined, startYear: number | undefined): boolean {
  const f = s.folded;
  if (!REFERS.test(f) || FORWARD.test(f) || THIS_ONE.test(f)) return false;
  let earlier = false;
  let dated = false;
  for (const m of f.matchAll(YEAR)) {
    dated = true;
    if (startYear !== undefined && Number(m[0]) < startYear) earlier = true;
  }
  if (!earlier && !PREVIOUS_WORD.test(f) && !(vorigKey !== undefined && foldText(s.text).includes(vorigKey))) return false;
  return dated || TITLE.test(s.text);
}

/**
 * Outside a chapter of its own, a sentence must name the previous plan or period to be its evaluation.
 * "Sindsdien" and "vier jaar geleden" look back too: "Vier jaar geleden is het beleid voor 2019-2022
 * vastgesteld. Sindsdien is het aantal woninginbraken met 40% gedaald" (Helmond's masterplan).
 */
const PREVIOUS_PERIOD = wordList(/\bvorige?\b|voorgaande|afgelopen (?:jaren|periode|planperiode|vier jaar)|\bevaluatie\b|\bsindsdien\b|\bjaar geleden\b/, ["vorig", "voorgaande", "afgelopen", "evaluatie", "sindsdien", "geleden"]);

export interface Evaluatie {
  readonly section?: Section;
  /** The first sentence in that chapter that reports a result or a lesson. */
  readonly evaluative?: Sentence;
  /** In that chapter: the first sentence that says what was achieved, and the first that says what did not work or must improve. */
  readonly achieved?: Sentence;
  readonly toImprove?: Sentence;
  /** Without such a chapter: a sentence elsewhere that reports a result of the previous plan or period. */
  readonly inText?: Sentence;
  /**
   * When the plan says no result or lesson itself: a sentence that refers to the previous plan's
   * evaluation by title or date. The evaluation is then kept elsewhere, as the rule's advice allows.
   */
  readonly referral?: Sentence;
}

export function evaluatie(plan: ParsedPlan): Evaluatie {
  const vorig = plan.fields.vorigPlan?.value?.titel;
  const vorigKey = vorig ? foldText(vorig) : undefined;
  const named = (k: string) => vorigKey !== undefined && k.includes(vorigKey);
  const referral = () => firstSentence(plan, EVALUATION_WORD, sentences(plan), (s) => refersToEvaluation(s, vorigKey, plan.fields.periode?.value?.van));
  // A chapter found only by "evaluatie" ("Monitoring en evaluatie") is about how this plan will be
  // evaluated unless something in it looks back: a result, or the previous plan or period.
  const sections = sectionsWhere(plan, (k) => EVALUATIE_HEADING.test(k) || named(k)).filter(
    (s) => BACKWARD_HEADING.test(s.keyword) || named(s.keyword) || sentencesIn(plan, s).some((x) => PAST_REF.test(x.folded) || reportsResult(x)),
  );
  const section = sections[0];
  if (!section) {
    // The result's wording is searched only in the sentences that name the previous period.
    const inText = firstSentence(plan, PREVIOUS_PERIOD, sentences(plan), reportsResult);
    if (inText) return { inText };
    const r = referral();
    return r ? { referral: r } : {};
  }
  let evaluative: Sentence | undefined;
  let achieved: Sentence | undefined;
  let toImprove: Sentence | undefined;
  for (const s of sections) {
    for (const x of sentencesIn(plan, s)) {
      // Once something achieved is found, only what must improve is still looked for, with its own
      // (cheaper) list: a long look back would otherwise try the results' wording on every sentence.
      if (achieved) {
        if (!FORWARD.test(x.folded) && TO_IMPROVE.test(x.folded)) toImprove = x;
      } else {
        const r = readResult(x.folded);
        if (r.achieved) achieved = x;
        if (r.toImprove) toImprove ??= x;
        if (r.achieved || r.toImprove) evaluative ??= x;
      }
      if (achieved && toImprove) break;
    }
    if (achieved && toImprove) break;
  }
  const r = evaluative ? undefined : referral();
  return { section, ...(evaluative ? { evaluative } : {}), ...(achieved ? { achieved } : {}), ...(toImprove ? { toImprove } : {}), ...(r ? { referral: r } : {}) };
}
