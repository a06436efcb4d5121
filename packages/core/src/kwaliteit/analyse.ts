/**
 * The veiligheidsanalyse (CCV checklist, step 4): a section with the local analysis, objective figures
 * (politie, OM, gemeente) and subjective safety (the Veiligheidsmonitor, an own survey); without such a
 * section, a sentence that points to an analysis elsewhere. Documented in docs/rules/kwaliteit-veiligheidsanalyse.md.
 */
import type { ParsedPlan, Section } from "../structure/types.js";
import { low, sectionsWhere, sentences, sentencesIn, type Sentence } from "./tekst.js";
import { firstSentence, wordList } from "./woorden.js";

const has = (re: RegExp, s: string) => re.test(low(s));

/** A heading of the analysis chapter (folded keyword). */
export const ANALYSE_HEADING = /\b(?:veiligheids)?analyse\b|veiligheidsbeeld|hoe veilig is|uitgangssituatie|huidige (?:veiligheids)?situatie|criminaliteitsbeeld|veiligheidssituatie|feiten en cijfers|stand van (?:zaken|de veiligheid)|trends?\b|ontwikkelingen in (?:de )?(?:veiligheid|cijfers)|\bcijfers\b|veiligheidsanalyse/;
const OBJECTIVE = /\bpolitie|openbaar ministerie|\(om\)|\bcbs\b|registratie|aangifte|meldingen|incidenten|misdrijven|\bbrandweer\b|veiligheidsregio|\bbasisteam\b|criminaliteitscijfers|\bbron(?:nen)?\b.*\bgemeente\b|\briec\b|\bggd\b|\bboa'?s?\b|handhav|\bbvh\b|politiedata|kerncijfers/;
const SUBJECTIVE = /veiligheidsmonitor|enquete|enquête|\bpeiling|bewonerspanel|stadspanel|wijkpanel|burgerpanel|onveiligheidsgevoel|veiligheidsgevoel|beleving|\bsurvey\b|leefbaarometer|inwonerspanel|\bpanel\b|inwonersonderzoek|bewonersonderzoek|vragenlijst|voel(?:t|en) zich (?:(?:niet|vaak|soms|weleens|meestal|altijd) )?(?:on)?veilig|gevoel van (?:on)?veiligheid|rapportcijfer/;
/**
 * Sentences that point to an analysis elsewhere ("in de Veiligheidsbrief 2022 hebben we … vooruitgeblikt").
 * "analyse" also finds veiligheidsanalyse and trendanalyse.
 */
const ANALYSE_ELDERS = wordList(/veiligheidsbrief|criminaliteitsbeeld|veiligheidsbeeld|trendstudie|analyse/, ["veiligheidsbrief", "criminaliteitsbeeld", "veiligheidsbeeld", "trendstudie", "analyse"]);

export interface Analyse {
  readonly section?: Section;
  readonly objective?: Sentence;
  readonly subjective?: Sentence;
  /** Without a section: a sentence that refers to an analysis elsewhere. */
  readonly elsewhere?: Sentence;
}

export function analyse(plan: ParsedPlan): Analyse {
  const section = sectionsWhere(plan, (k) => ANALYSE_HEADING.test(k))[0];
  if (section) {
    const ss = sentencesIn(plan, section);
    const tableText = plan.text.slice(section.span.start, section.span.end);
    const objective = ss.find((s) => OBJECTIVE.test(s.folded));
    const subjective = ss.find((s) => SUBJECTIVE.test(s.folded));
    // A source named only in a table or caption still counts; then the section heading is the place.
    const fallback: Sentence = { text: "", folded: "", span: section.heading.content };
    return {
      section,
      ...(objective ? { objective } : has(OBJECTIVE, tableText) ? { objective: fallback } : {}),
      ...(subjective ? { subjective } : has(SUBJECTIVE, tableText) ? { subjective: fallback } : {}),
    };
  }
  const elsewhere = firstSentence(plan, ANALYSE_ELDERS, sentences(plan), (s) => /\b(?:20\d{2}|brief|studie|rapport|monitor)\b/.test(s.folded));
  return elsewhere ? { elsewhere } : {};
}
