/**
 * One reading of "fire safety is dealt with elsewhere", for all that must agree on it: the grondslag
 * rule (through rules/brandveiligheid.ts: a theme or chapter that leaves fire safety to another body or
 * document sets no goals for it, so art. 3a Wvr is not its basis) and the veiligheidsvelden
 * (./velden.ts: the same sentence explains why no theme covers the veld Fysieke veiligheid, for the
 * kwaliteit-veiligheidsvelden rule and the report's kwaliteitstoets alike). Here, in kwaliteit/, so that
 * both the rules and kwaliteit/ can use it (kwaliteit/ does not import rules/). Documented in
 * docs/rules/grondslag.md and docs/rules/kwaliteit-veiligheidsvelden.md.
 *
 * Only sentences that name fire ("brand…") are read; the patterns run on those alone.
 */
import type { Span } from "../text/positions.js";

/** Where a sentence places the goals: the veiligheidsregio's beleidsplan, a separate nota, outside this plan. */
const ELSEWHERE_PLACE = /regionaal (?:beleids|risico)|regionale (?:beleidsplan|risicoprofiel)|beleidsplan van de veiligheidsregio|\b(?:aparte?|afzonderlijke?|eigen|andere?) (?:nota|plan|document|beleidsplan|beleidsstuk|beleidsnota)\b|buiten (?:dit|het) (?:plan|veiligheidsplan)|niet in dit plan/i;
/**
 * A subject dealt with in another document or outside this plan ("komt terug in andere beleidsstukken",
 * "valt buiten dit plan"), for any veld: ./velden.ts's list, and part of {@link SUBJECT_ELSEWHERE}.
 */
export const OTHER_DOCUMENT = String.raw`(?:andere|eigen|apart(?:e)?|afzonderlijke?) (?:beleidsstukken|beleidsstuk|beleidsnota|plannen|plan|nota|nota's|beleid|programma)|buiten dit plan|niet in dit plan|valt niet onder dit plan|elders in (?:het )?beleid`;
/**
 * Where a sentence leaves the subject itself to someone or something else: "belegd bij de
 * veiligheidsregio", "vallen onder de Veiligheidsregio", "verwijzen we naar", "staan niet in dit plan",
 * "komt terug in andere beleidsstukken" (the wording kwaliteit/velden.ts accepts for any veld).
 */
const SUBJECT_ELSEWHERE = new RegExp(
  [
    String.raw`\b(?:belegd|ondergebracht)\s+(?:bij|in)\b`,
    String.raw`\bval(?:t|len)\s+onder\s+(?:de\s+|het\s+)?(?:(?:verantwoordelijkheid|taken?)\s+van\s+(?:de\s+|het\s+)?)?(?:veiligheidsregio|brandweer|omgevingsdienst|regionale|vr[a-z]{1,3}\b)`,
    String.raw`\b(?:verantwoordelijkheid|taak|taken)\s+van\s+de\s+(?:veiligheidsregio|brandweer|omgevingsdienst)`,
    String.raw`\bverwijz(?:en|t)\b[^.]{0,40}?\bnaar\b`,
    String.raw`\bverwezen\s+naar\b`,
    String.raw`\bbuiten\s+(?:dit|het)\s+(?:plan|veiligheidsplan|beleidsplan)\b`,
    String.raw`\bniet\s+in\s+(?:dit|het)\s+(?:plan|veiligheidsplan|beleidsplan|document)\b`,
    String.raw`\bval(?:t|len)\s+niet\s+onder\s+dit\s+plan`,
    String.raw`\belders\s+(?:geregeld|vastgelegd|beschreven|belegd)`,
    String.raw`\b(?:${OTHER_DOCUMENT})\b`,
  ].join("|"),
  "i",
);
const GOAL_WORD = /\bdoel/i;
/** A sentence that states a goal of its own: a number or date, every one of something, a wish. */
export const GOAL_SHAPED = /\d|\bdoel|\bwil(?:len)?\b|\bstreven|\belke?\b|\balle\b|\bieder(?:e)?\b/i;

/**
 * How one sentence that names fire leaves it to another place: "doelen" when it says where the goals
 * are set ("De doelen voor de brandweerzorg staan in het regionaal beleidsplan", also next to a
 * number), "onderwerp" when it leaves the subject to another body or document and sets nothing itself
 * ("De brandveiligheid is belegd bij de veiligheidsregio."), undefined when it does neither.
 */
export function fireSentenceElsewhere(sentence: string): "doelen" | "onderwerp" | undefined {
  if (GOAL_WORD.test(sentence) && ELSEWHERE_PLACE.test(sentence)) return "doelen";
  if ((SUBJECT_ELSEWHERE.test(sentence) || ELSEWHERE_PLACE.test(sentence)) && !GOAL_SHAPED.test(sentence)) return "onderwerp";
  return undefined;
}

/** Each sentence that names fire, in order: `visit` returns false to stop. */
export function eachFireSentence(text: string, visit: (sentence: string, span: Span) => boolean | void): void {
  const re = /\bbrand/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = sentenceEdge(text, m.index, -1);
    const end = sentenceEdge(text, m.index, 1);
    if (visit(text.slice(start, end), { start, end }) === false) return;
    re.lastIndex = Math.max(end, m.index + 1);
  }
}

/**
 * Where the sentence around `at` starts (`step` -1) or ends (1): at ".", "!" or "?" followed by white
 * space, or at a blank line or a heading (a heading above a paragraph is not part of its first sentence).
 */
export function sentenceEdge(text: string, at: number, step: -1 | 1): number {
  const isEnd = (i: number) => ((text[i] === "." || text[i] === "!" || text[i] === "?") && /\s/.test(text[i + 1] ?? "")) || (text[i] === "\n" && /^[ \t]*(?:\r?\n|#)/.test(text.slice(i + 1, i + 8)));
  if (step < 0) {
    for (let i = at - 1; i >= 0; i--) if (isEnd(i)) return i + 1;
    return 0;
  }
  for (let i = at; i < text.length; i++) if (isEnd(i)) return i + 1;
  return text.length;
}
