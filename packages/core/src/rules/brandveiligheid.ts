/**
 * Goals for fire safety and the fire service (art. 3a Wet veiligheidsregio's) in a plan: the first theme
 * that sets them, and chapters beside the themes that do ("4. Fysieke veiligheid"). Read by the
 * grondslag and vaststelling rules.
 */
import { inAppendix, inSummary } from "../structure/themes.js";
import type { ParsedPlan, Section } from "../structure/types.js";
import { sectionText } from "./util.js";
import { memo } from "../structure/memo.js";
import { eachFireSentence, fireSentenceElsewhere, GOAL_SHAPED } from "../kwaliteit/brand-elders.js";

/** Words that mark goals for fire safety (art. 3a Wvr): brandveiligheid, brandweerzorg. */
const FIRE_TITLE = /\bbrand/i;
const FIRE_TEXT = /brandveilig|brandweerzorg|brandpreventie/i;
const fireCache = memo<ParsedPlan, ParsedPlan["themes"][number] | null>("brandveiligheidsthema");

/** A section's text without its references to other themes ("zie Thema 2 — Brandveiligheid" is not its own goal). */
function ownText(plan: ParsedPlan, section: Section): string {
  const text = sectionText(plan, section);
  if (text === "") return text;
  const from = plan.blocks[section.firstBlock + 1]!.span.start;
  const refs = plan.themeRefs;
  // The references come in the text's order: the first in the section by halving, then on to its end.
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid]!.span.start < from) lo = mid + 1;
    else hi = mid;
  }
  let out = "";
  let at = 0;
  for (let i = lo; i < refs.length && refs[i]!.span.start < from + text.length; i++) {
    const r = refs[i]!;
    if (r.span.end > from + text.length || r.span.start - from < at) continue;
    out += text.slice(at, r.span.start - from);
    at = r.span.end - from;
  }
  return out + text.slice(at);
}

/**
 * The first theme that sets goals for fire safety or the fire service (art. 3a Wvr), if any: the rules
 * ask only whether there is one and name it. The first is enough, and the search stops there (a plan
 * of hundreds of themes read each theme's text again after every keystroke).
 */
export function fireSafetyTheme(plan: ParsedPlan): ParsedPlan["themes"][number] | undefined {
  const cached = fireCache.get(plan);
  if (cached !== undefined) return cached ?? undefined;
  // The words have no accents, so the raw text is searched as it is (folding a whole plan costs more than the rules).
  // A theme without an Opgave or Ambitie heading ("Fysieke veiligheid" as one paragraph) states its goals in its own text.
  const found = plan.themes.find((t) =>
    (FIRE_TITLE.test(t.title) || (t.opgave || t.ambitie ? FIRE_TEXT.test(sectionText(plan, t.opgave)) || FIRE_TEXT.test(sectionText(plan, t.ambitie)) : FIRE_TEXT.test(ownText(plan, t.section)))) &&
    !fireGoalsElsewhere(ownText(plan, t.section), FIRE_TITLE.test(t.title)));
  fireCache.set(plan, found ?? null);
  return found;
}

/**
 * Whether a theme or chapter leaves fire safety to another place and states no fire-safety goal of its
 * own: its goals are in another document ("De doelen voor de brandweerzorg staan in het regionaal
 * beleidsplan van de veiligheidsregio", "legt de raad vast in een aparte nota"), or the subject is
 * another body's or document's ("De brandveiligheid is belegd bij de veiligheidsregio", "vallen onder
 * de Veiligheidsregio en staan daarom niet in dit plan", "verwijzen we naar de Veiligheidsregio"). The
 * reading of one sentence is kwaliteit/brand-elders.ts's, which kwaliteit/velden.ts shares. A goal of its
 * own next to such a sentence ("In 2026 is elke zorginstelling gecontroleerd op brandveiligheid") still
 * counts; so does, in a theme or chapter whose title names fire, any goal-shaped sentence when the
 * only thing said elsewhere is the subject (its goals are then about fire, whatever they name).
 */
function fireGoalsElsewhere(text: string, titleNamesFire: boolean): boolean {
  // Only the sentences that name fire ("brand…") are read (over a theme's whole text the place list
  // cost a tenth of a millisecond per plan).
  let elsewhere: "doelen" | "onderwerp" | undefined;
  let ownGoal = false;
  eachFireSentence(text, (s) => {
    const k = fireSentenceElsewhere(s);
    if (k) {
      if (elsewhere !== "doelen") elsewhere = k;
    } else if (GOAL_SHAPED.test(s)) {
      ownGoal = true;
      return false;
    }
    return true;
  });
  if (ownGoal || !elsewhere) return false;
  return elsewhere === "doelen" || !titleNamesFire || !GOAL_SHAPED.test(text);
}

/**
 * Chapters outside the themes where plans set fire-safety goals ("4. Fysieke veiligheid",
 * "4.1 Brandweerzorg", "Crisisbeheersing en rampenbestrijding"): a title of that kind, and fire safety
 * in its own text. Never an appendix or a summary, which retell; never a theme or a part of one, which
 * {@link fireSafetyTheme} reads.
 */
const FIRE_CHAPTER = /brand|fysieke veiligheid|veiligheidsregio|crisisbeheersing|rampenbestrijding/;
/** Words of a chapter that sets goals itself (and does not leave them to another document: {@link fireGoalsElsewhere}). */
const SETS_GOALS = /\bdoel(?:en|stelling(?:en)?)?\b|\bstreven\b|\bwillen we\b|\bambitie\b|\bbereiken\b/i;
const fireChapterCache = memo<ParsedPlan, FireChapters>("brandveiligheidshoofdstukken");

export interface FireChapters {
  /** Chapters outside the themes that speak of fire safety. */
  readonly all: readonly Section[];
  /** Those that set its goals themselves. */
  readonly settingGoals: readonly Section[];
}

export function fireSafetyChapters(plan: ParsedPlan): FireChapters {
  const cached = fireChapterCache.get(plan);
  if (cached) return cached;
  const all: Section[] = [];
  const settingGoals: Section[] = [];
  const themes = new Set(plan.themes.map((t) => t.section));
  const visit = (sections: readonly Section[]) => {
    for (const s of sections) {
      if (themes.has(s) || inAppendix(s) || inSummary(s)) continue;
      if (FIRE_CHAPTER.test(s.keyword)) {
        const own = ownText(plan, s);
        if (FIRE_TEXT.test(own)) {
          all.push(s);
          if (SETS_GOALS.test(own) && !fireGoalsElsewhere(own, FIRE_TITLE.test(s.title))) settingGoals.push(s);
          continue;
        }
      }
      visit(s.children);
    }
  };
  visit(plan.sections);
  const found = { all, settingGoals };
  fireChapterCache.set(plan, found);
  return found;
}
