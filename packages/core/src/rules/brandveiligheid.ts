/**
 * Goals for fire safety and the fire service (art. 3a Wet veiligheidsregio's) in a plan: the first theme
 * that sets them, and chapters beside the themes that do ("4. Fysieke veiligheid"). Read by the
 * grondslag and vaststelling rules.
 */
import { inAppendix, inSummary } from "../structure/themes.js";
import type { ParsedPlan, Section } from "../structure/types.js";
import { sectionText } from "./util.js";
import { memo } from "../structure/memo.js";

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
    !fireGoalsElsewhere(ownText(plan, t.section)));
  fireCache.set(plan, found ?? null);
  return found;
}

/** Where a sentence places goals: the veiligheidsregio's beleidsplan, a separate nota, outside this plan. */
const ELSEWHERE_PLACE = /regionaal (?:beleids|risico)|regionale (?:beleidsplan|risicoprofiel)|beleidsplan van de veiligheidsregio|\b(?:aparte?|afzonderlijke?|eigen|andere?) (?:nota|plan|document|beleidsplan|beleidsstuk|beleidsnota)\b|buiten (?:dit|het) (?:plan|veiligheidsplan)|niet in dit plan/i;
const GOAL_WORD = /\bdoel/i;
/** A sentence that states a goal of its own: a number or date, every one of something, a wish. */
const GOAL_SHAPED = /\d|\bdoel|\bwil(?:len)?\b|\bstreven|\belke?\b|\balle\b|\bieder(?:e)?\b/i;

/**
 * Whether a theme leaves its fire-safety goals to another document ("De doelen voor de brandweerzorg
 * staan in het regionaal beleidsplan van de veiligheidsregio", "legt de raad vast in een aparte nota")
 * and states none of its own: then it names brandveiligheid without setting goals for it (art. 3a Wvr
 * is then not this plan's basis). A goal of its own next to such a sentence ("In 2026 is elke
 * zorginstelling gecontroleerd op brandveiligheid") still counts.
 */
function fireGoalsElsewhere(text: string): boolean {
  // Only the sentences that name fire ("brand…") are read: the place list is long and case-insensitive,
  // and a theme's whole text is long (over the whole text it cost a tenth of a millisecond per plan).
  let elsewhere = false;
  FIRE_WORD.lastIndex = 0;
  for (let m = FIRE_WORD.exec(text); m; m = FIRE_WORD.exec(text)) {
    const start = sentenceEdge(text, m.index, -1);
    const end = sentenceEdge(text, m.index, 1);
    const s = text.slice(start, end);
    if (GOAL_WORD.test(s) && ELSEWHERE_PLACE.test(s)) elsewhere = true;
    else if (GOAL_SHAPED.test(s)) return false;
    FIRE_WORD.lastIndex = end;
  }
  return elsewhere;
}
/** {@link FIRE_TITLE}, global: each sentence that names fire. */
const FIRE_WORD = /\bbrand/gi;
/** Where the sentence around `at` starts (`step` -1) or ends (1): at ".", "!" or "?" followed by white space. */
function sentenceEdge(text: string, at: number, step: -1 | 1): number {
  const isEnd = (i: number) => (text[i] === "." || text[i] === "!" || text[i] === "?") && /\s/.test(text[i + 1] ?? "");
  if (step < 0) {
    for (let i = at - 1; i >= 0; i--) if (isEnd(i)) return i + 1;
    return 0;
  }
  for (let i = at; i < text.length; i++) if (isEnd(i)) return i + 1;
  return text.length;
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
          if (SETS_GOALS.test(own) && !fireGoalsElsewhere(own)) settingGoals.push(s);
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
