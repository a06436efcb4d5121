/**
 * The veiligheidsanalyse (CCV checklist, step 4): a section with the local analysis, objective figures
 * (politie, OM, gemeente) and subjective safety (the Veiligheidsmonitor, an own survey); without such a
 * section, the analysis told per theme in their opgave, or else a sentence that points to one elsewhere. Documented in docs/rules/kwaliteit-veiligheidsanalyse.md.
 */
import type { ParsedPlan, Section } from "../structure/types.js";
import { low, sectionsWhere, sentences, sentencesIn, type Sentence } from "./tekst.js";
import { firstSentence, sentenceTester, wordList } from "./woorden.js";

/** The text of the section's blocks that hold no sentences ({@link sentences}): tables, headings, code. */
function notProse(plan: ParsedPlan, section: Section): string {
  const pieces: string[] = [];
  for (let i = section.firstBlock; i < section.endBlock; i++) {
    const b = plan.blocks[i]!;
    if (b.kind !== "paragraph" && b.kind !== "list" && b.kind !== "quote" && b.kind !== "blank") pieces.push(plan.text.slice(b.span.start, b.span.end));
  }
  return pieces.join("\n");
}

/** A heading of the analysis chapter (folded keyword). */
export const ANALYSE_HEADING = /\b(?:veiligheids)?analyse\b|veiligheidsbeeld|hoe veilig is|hoe staat \S+(?: \S+){0,2} ervoor|uitgangssituatie|huidige (?:veiligheids)?situatie|criminaliteitsbeeld|veiligheidssituatie|feiten en cijfers|stand van (?:zaken|de veiligheid)|trends?\b|ontwikkelingen in (?:de )?(?:veiligheid|cijfers)|\bcijfers\b|veiligheidsanalyse/;
// Word lists (./woorden.ts): an edit in the language server tests only the sentences it touched.
const OBJECTIVE = wordList(
  /\bpolitie|openbaar ministerie|\(om\)|\bcbs\b|registratie|aangifte|meldingen|incidenten|misdrijven|\bbrandweer\b|veiligheidsregio|\bbasisteam\b|criminaliteitscijfers|\bbron(?:nen)?\b.*\bgemeente\b|\briec\b|\bggd\b|\bboa'?s?\b|handhav|\bbvh\b|politiedata|kerncijfers/,
  ["politie", "openbaar ministerie", "om", "cbs", "registratie", "aangifte", "meldingen", "incidenten", "misdrijven", "brandweer", "veiligheidsregio", "basisteam", "criminaliteitscijfers", "bron", "riec", "ggd", "boa", "handhav", "bvh", "kerncijfers"],
);
// How safe people feel, also as plans report a survey's outcome without naming it: "negen van de tien
// inwoners voelen zich altijd of meestal veilig", "voelt een op de vijf bewoners zich 's avonds niet
// veilig", "inwoners geven de veiligheid een 7,9", "waarderen de veiligheid in hun buurt met een 7,2";
// not "voelen zich verantwoordelijk voor een veilig centrum".
const GRADE_VERB = "(?:geven|geeft|waarderen|waardeert|beoordelen|beoordeelt|krijgt|krijgen)";
const SUBJECTIVE = wordList(new RegExp(
  "veiligheidsmonitor|enquete|\\bpeiling|bewonerspanel|stadspanel|wijkpanel|burgerpanel|onveiligheidsgevoel|veiligheidsgevoel|beleving|\\bsurvey\\b|leefbaarometer|inwonerspanel|\\bpanel\\b|inwonersonderzoek|bewonersonderzoek|vragenlijst" +
    "|\\bvoel(?:t|en|de|den)?\\b[^.;]{0,60}?\\bzich(?:\\s+(?!voor\\b|om\\b|aan\\b|bij\\b|met\\b|op\\b|over\\b)[^\\s.;]+){0,5}?\\s+(?:on)?veilig(?:er)?\\b|gevoel van (?:on)?veiligheid|rapportcijfer" +
    `|\\b${GRADE_VERB}\\b[^.;]{0,80}?\\bveilig[^.;]{0,80}?\\been \\d{1,2}(?:[.,]\\d)?\\b|\\bveilig[^.;]{0,80}?\\b${GRADE_VERB}\\b[^.;]{0,80}?\\been \\d{1,2}(?:[.,]\\d)?\\b`,
), ["veiligheidsmonitor", "enquete", "peiling", "panel", "beleving", "survey", "leefbaarometer", "inwonersonderzoek", "bewonersonderzoek", "vragenlijst", "veilig", "rapportcijfer"]);
/**
 * Sentences that point to an analysis elsewhere ("in de Veiligheidsbrief 2022 hebben we … vooruitgeblikt").
 * "analyse" also finds veiligheidsanalyse and trendanalyse.
 */
const ANALYSE_ELDERS = wordList(/veiligheidsbrief|criminaliteitsbeeld|veiligheidsbeeld|trendstudie|analyse/, ["veiligheidsbrief", "criminaliteitsbeeld", "veiligheidsbeeld", "trendstudie", "analyse"]);

/** What makes such a sentence name a source: a year, a letter, a study, a report or a monitor. */
const NAMED_SOURCE = wordList(/\b(?:20\d{2}|brief|studie|rapport|monitor)\b/, ["20", "brief", "studie", "rapport", "monitor"]);

export interface Analyse {
  readonly section?: Section;
  readonly objective?: Sentence;
  readonly subjective?: Sentence;
  /**
   * Without a section: the analysis told theme by theme, in their opgave ("Wat zien we?"), as a regional
   * plan may do. Set when at least two themes' opgave, and half of those the plan has, name an
   * objective source; `subjective`: the plan's first sentence on how safe people feel.
   */
  readonly perTheme?: { readonly withSources: number; readonly withOpgave: number; readonly objective: Sentence; readonly subjective?: Sentence };
  /** Without a section: a sentence that refers to an analysis elsewhere. */
  readonly elsewhere?: Sentence;
}

export function analyse(plan: ParsedPlan): Analyse {
  const section = sectionsWhere(plan, (k) => ANALYSE_HEADING.test(k))[0];
  const has = sentenceTester(plan);
  if (section) {
    const ss = sentencesIn(plan, section);
    const objective = ss.find((s) => has(s, OBJECTIVE));
    const subjective = ss.find((s) => has(s, SUBJECTIVE));
    // A source named only in a table or a heading still counts; then the section heading is the place.
    // Only that text is folded, and only when a sentence did not name the source: a long analysis
    // chapter, folded whole on every keystroke, cost the language server a millisecond on a large plan.
    let rest: string | undefined;
    const inRest = (re: RegExp) => re.test((rest ??= low(notProse(plan, section))));
    const fallback: Sentence = { text: "", folded: "", span: section.heading.content };
    return {
      section,
      ...(objective ? { objective } : inRest(OBJECTIVE.re) ? { objective: fallback } : {}),
      ...(subjective ? { subjective } : inRest(SUBJECTIVE.re) ? { subjective: fallback } : {}),
    };
  }
  const perTheme = analysisPerTheme(plan, has);
  if (perTheme) return { perTheme };
  const elsewhere = firstSentence(plan, ANALYSE_ELDERS, sentences(plan), (s) => has(s, NAMED_SOURCE));
  return elsewhere ? { elsewhere } : {};
}

function analysisPerTheme(plan: ParsedPlan, has: ReturnType<typeof sentenceTester>): Analyse["perTheme"] {
  let withOpgave = 0;
  let withSources = 0;
  let objective: Sentence | undefined;
  for (const t of plan.themes) {
    if (!t.opgave) continue;
    withOpgave++;
    const o = sentencesIn(plan, t.opgave).find((s) => has(s, OBJECTIVE));
    if (o) {
      withSources++;
      objective ??= o;
    }
  }
  if (!objective || withSources < 2 || 2 * withSources < withOpgave) return undefined;
  // How safe people feel, in an opgave or said once for the whole plan (in its introduction): looked for
  // only now, as most plans never get here ("veilig" marks a sentence in nearly every paragraph).
  const subjective = firstSentence(plan, SUBJECTIVE);
  return { withSources, withOpgave, objective, ...(subjective ? { subjective } : {}) };
}
