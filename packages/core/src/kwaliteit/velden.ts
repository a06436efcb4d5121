/**
 * The five veiligheidsvelden of VNG Kernbeleid Veiligheid: which the themes cover, which a chapter of the
 * plan's own deals with, and which the plan says are dealt with elsewhere. Documented in
 * docs/rules/kwaliteit-veiligheidsvelden.md.
 */
import { inAppendix, inSummary } from "../structure/themes.js";
import type { ParsedPlan, Section, ThemeNode } from "../structure/types.js";
import { foldText } from "../text/keywords.js";
import { ANALYSE_HEADING } from "./analyse.js";
import { fireSentenceElsewhere, OTHER_DOCUMENT } from "./brand-elders.js";
import { EVALUATIE_HEADING } from "./evaluatie.js";
import { sentences, sentencesIn, type Sentence } from "./tekst.js";
import { sentenceTester, wordList } from "./woorden.js";

export const VELDEN = ["woonLeefomgeving", "bedrijvigheid", "jeugd", "fysiek", "integriteit"] as const;
export type Veld = (typeof VELDEN)[number];

/** Theme words per veld (folded, matched against the theme's title). Documented in docs/rules/kwaliteit-veiligheidsvelden.md. */
export const VELD_WORDS: Readonly<Record<Veld, RegExp>> = {
  woonLeefomgeving: /wijk|buurt|woon|\bwonen\b|leefomgeving|leefbaar|\bkernen\b|buitengebied|platteland|overlast|woninginbra|inbraak|diefstal|high impact|geweld|huiselijk|veelvoorkomende criminaliteit|onveiligheidsgevoel|veiligheidsgevoel|zorg (?:en|&) veiligheid|verward|multiprobleem|multiproblematiek|openbare orde|jaarwisseling|vuurwerk|wapen|femicide|kwetsbare personen|onbegrepen gedrag|sociale veiligheid|digita|cyber|online/,
  bedrijvigheid: /ondernem|bedrijv|winkel|horeca|uitgaan|evenement|toerisme|recreatie|vakantiepark|markten|bedrijventerrein|koopgoot|nachtleven/,
  jeugd: /jeugd|jongeren|jonge aanwas|school|alcohol|drugs|jeugdgroep|kind/,
  fysiek: /fysiek|verkeer|brand|crisis|rampen|externe veiligheid|gevaarlijke stoffen|hulpverlening|constructie|bouw|milieu/,
  integriteit: /ondermijn|georganiseerde|integriteit|radicali|polarisatie|extremisme|terrorisme|veilige publieke taak|informatieveiligheid|maatschappelijke onrust|ontwrichting|mensenhandel|bibob|fraude|witwas|explosie|aanslag/,
};

export function veldenOf(title: string): Veld[] {
  const f = foldText(title);
  return VELDEN.filter((v) => VELD_WORDS[v].test(f));
}

/** A sentence that says a subject is dealt with elsewhere ("komt terug in andere beleidsstukken", "valt buiten dit plan"). */
const ELSEWHERE = wordList(new RegExp(OTHER_DOCUMENT), ["andere ", "eigen ", "apart", "afzonderlijk", "dit plan", "elders in "]);
/**
 * A sentence that names fire: the gate before ./brand-elders.ts reads whether it leaves fire safety to
 * another body or document ("De brandveiligheid is belegd bij de veiligheidsregio."), which explains the
 * veld Fysieke veiligheid as the grondslag rule reads the same sentence.
 */
const FIRE = wordList(/brand/, ["brand"]);

export interface Velden {
  readonly covered: ReadonlyMap<Veld, readonly ThemeNode[]>;
  /** Velden no theme covers, but of which the plan says they are dealt with elsewhere: the sentence that says so. */
  readonly explained: ReadonlyMap<Veld, Sentence>;
  /** Velden no theme covers, but a chapter of the plan's own does ("## Fysieke veiligheid" beside the priorities). */
  readonly chapters: ReadonlyMap<Veld, Section>;
  readonly missing: readonly Veld[];
  readonly unmapped: readonly ThemeNode[];
}

export function velden(plan: ParsedPlan): Velden {
  const covered = new Map<Veld, ThemeNode[]>();
  const unmapped: ThemeNode[] = [];
  for (const t of plan.themes) {
    const vs = veldenOf(t.title);
    if (vs.length === 0) unmapped.push(t);
    // Appended in place: copying the list per theme made a plan of 30,000 themes quadratic.
    for (const v of vs) {
      const list = covered.get(v);
      if (list) list.push(t);
      else covered.set(v, [t]);
    }
  }
  const explained = new Map<Veld, Sentence>();
  const chapters = veldChapters(plan, VELDEN.filter((v) => !covered.has(v)));
  const open = VELDEN.filter((v) => !covered.has(v) && !chapters.has(v));
  if (open.length > 0) {
    const has = sentenceTester(plan);
    const fysiek = open.includes("fysiek");
    for (const s of sentences(plan)) {
      if (fysiek && !explained.has("fysiek") && has(s, FIRE) && fireSentenceElsewhere(s.text) !== undefined) explained.set("fysiek", s);
      if (!has(s, ELSEWHERE)) continue;
      const f = s.folded;
      for (const v of open) if (!explained.has(v) && VELD_WORDS[v].test(f)) explained.set(v, s);
    }
  }
  return { covered, explained, chapters, missing: open.filter((v) => !explained.has(v)), unmapped };
}

/**
 * A chapter after the first theme, outside the themes, that deals with a veld by its title and has text of its own. Not an
 * appendix or a summary (they list and retell), nor a part of the analysis or the evaluation (figures
 * about a subject show it was looked at, not that the plan deals with it).
 */
function veldChapters(plan: ParsedPlan, open: readonly Veld[]): Map<Veld, Section> {
  const found = new Map<Veld, Section>();
  if (open.length === 0) return found;
  const themes = new Set(plan.themes.map((t) => t.section));
  const containers = new Set(plan.themeContainers.map((c) => c.section));
  // The analysis and the context come before the priorities ("2. Huidige situatie" with a paragraph per
  // veld, as Kernbeleid Veiligheid's format lays it out); a chapter that deals with a veld beside them
  // comes after the first theme.
  const from = plan.themes[0]?.section.span.start ?? Infinity;
  const visit = (sections: readonly Section[]) => {
    for (const s of sections) {
      if (s.span.end <= from || themes.has(s) || inAppendix(s) || ANALYSE_HEADING.test(s.keyword) || EVALUATIE_HEADING.test(s.keyword)) continue;
      // Not the title or a container that holds the themes (it starts before them).
      if (s.span.start > from && !containers.has(s) && !inSummary(s) && sentencesIn(plan, s).length > 0) {
        const f = foldText(s.title);
        for (const v of open) if (!found.has(v) && VELD_WORDS[v].test(f)) found.set(v, s);
      }
      visit(s.children);
    }
  };
  visit(plan.sections);
  return found;
}
