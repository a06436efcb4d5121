/**
 * grondslag: the plan rests on art. 38b lid 1 Politiewet 2012, and a plan that sets goals for fire
 * safety and the fire service (like Nijmegen's theme 9) cites art. 3a Wet veiligheidsregio's, and the
 * other way round. Many plans leave the fire-safety goals to a separate document: that is allowed, and
 * such a plan is told, as information, that the raad must set them somewhere.
 */
import { fireSafetyChapters, fireSafetyTheme } from "./brandveiligheid.js";
import { sentenceEdge } from "../kwaliteit/brand-elders.js";
import type { FixFinding } from "../diagnostic.js";
import type { ParsedPlan } from "../structure/types.js";
import type { Span } from "../text/positions.js";
import { lineEnding } from "../text/line-endings.js";
import { notCheckedFinding } from "../not-checked.js";
import { defineRule } from "./types.js";
import { CITE_38B, CITE_3A, inFlowCollection, isLaw, planAnchor, POLITIEWET, replaceGrondslagEntry, TEXT_38B, TEXT_3A, WVR, yamlScalar } from "./util.js";
import { themeNames, themeStyle } from "./theme-names.js";

/** An edit that adds a citation to the `grondslag:` list, or adds the list. */
export function addToGrondslag(plan: ParsedPlan, citation: string): FixFinding["edits"] | undefined {
  const fm = plan.metadata.frontMatter;
  if (!fm || (plan.metadata.root && plan.metadata.root.kind !== "map")) return undefined;
  const eol = lineEnding(plan.text);
  const entry = plan.fields.grondslag?.entry;
  if (!entry) {
    // Append at the end of the front matter.
    const end = fm.content.end;
    const before = plan.text.slice(fm.content.start, end);
    const lead = before.length > 0 && !/[\r\n]$/.test(before) ? eol : "";
    return [{ span: { start: end, end }, newText: `${lead}grondslag:${eol}  - ${yamlScalar(citation)}${eol}` }];
  }
  const v = entry.value;
  if (v.kind === "seq") {
    if (inFlowCollection(plan.text, v)) {
      const close = v.span.end - 1;
      if (plan.text[close] !== "]") return undefined;
      const sep = v.items.length > 0 ? ", " : "";
      return [{ span: { start: close, end: close }, newText: `${sep}${yamlScalar(citation, true)}` }];
    }
    const last = v.items[v.items.length - 1];
    if (!last) return undefined;
    const lineStart = plan.lines.lineStarts[plan.lines.lineAt(last.span.start)]!;
    const prefix = plan.text.slice(lineStart, last.span.start);
    if (!/^[ \t]*-[ \t]+$/.test(prefix)) return undefined;
    const lineEnd = plan.lines.lineContentEnd(plan.lines.lineAt(last.span.end));
    return [{ span: { start: lineEnd, end: lineEnd }, newText: `${eol}${prefix}${yamlScalar(citation)}` }];
  }
  if (v.kind === "scalar") {
    // "grondslag: artikel 38b …" on one line: make it a list of both.
    const raw = plan.text.slice(v.span.start, v.span.end);
    if (/[\r\n]/.test(raw) || raw.trim() === "") return undefined;
    return [{ span: { start: entry.keySpan.end, end: v.span.end }, newText: `:${eol}  - ${raw.trim()}${eol}  - ${yamlScalar(citation)}` }];
  }
  return undefined;
}

export const grondslag = defineRule({
  meta: {
    id: "grondslag",
    name: { nl: "Wettelijke grondslag", en: "Legal basis" },
    description: {
      nl: "Het plan noemt artikel 38b, eerste lid, Politiewet 2012; een plan met doelen voor brandveiligheid of brandweerzorg noemt artikel 3a Wet veiligheidsregio's, en omgekeerd.",
      en: "The plan cites article 38b(1) Politiewet 2012; a plan with goals for fire safety or the fire service cites article 3a Wet veiligheidsregio's, and the other way round.",
    },
    category: "grondslag",
    defaultSeverity: "error",
    fixable: false,
    hasSuggestions: true,
    messages: [
      "inWoorden",
      "geen38b", "verkeerdArtikel", "ander38bLid", "alleenInTekst", "brandZonder3a", "brandZonder3aHoofdstuk", "3aZonderBrand", "geenBrandveiligheid", "suggestie.toevoegen", "suggestie.vervangen"],
    law: `${CITE_38B}; ${CITE_3A}`,
  },
  check(ctx) {
    const { plan } = ctx;
    const anchor = planAnchor(plan, "grondslag");
    const cites = plan.citations;
    const is38b = (c: (typeof cites)[number]) => isLaw(c.law, POLITIEWET) && c.artikel === "38b";
    const is3a = (c: (typeof cites)[number]) => isLaw(c.law, WVR) && c.artikel === "3a";
    const add = (citation: string): FixFinding[] => {
      const edits = addToGrondslag(plan, citation);
      return edits ? [{ messageId: "suggestie.toevoegen", data: { citaat: citation }, edits }] : [];
    };
    // A wrong citation in the grondslag is replaced, not kept next to the right one.
    const replace = (c: (typeof cites)[number], citation: string): FixFinding[] => {
      const edits = c.source === "grondslag" ? replaceGrondslagEntry(plan, c.span, citation) : undefined;
      return edits ? [{ messageId: "suggestie.vervangen", data: { oud: c.text.trim(), citaat: citation }, edits }] : add(citation);
    };
    const inGrondslag = (c: (typeof cites)[number]) => c.source === "grondslag";
    // The articles restated in words, read once and only when a citation is missing.
    let said: Restatements | undefined;
    const words_ = (): Restatements => (said ??= restatements(plan.text));

    // Art. 38b: lid 1 (or the article as a whole) is the basis; lid 2 is about the police's beleidsplan.
    const all38b = cites.filter(is38b);
    const basis38b = all38b.filter((c) => c.lid === undefined || c.lid === 1);
    if (all38b.length === 0) {
      // Another article of the Politiewet as the basis (38c, the regioburgemeester; 39, the police's
      // beleidsplan): the wrong article, not a missing one.
      const wrong = cites.find((c) => inGrondslag(c) && isLaw(c.law, POLITIEWET));
      if (wrong) ctx.report({ messageId: "verkeerdArtikel", data: { citaat: wrong.text.trim(), wettekst: TEXT_38B }, span: wrong.span, suggestions: replace(wrong, CITE_38B) });
      else {
        // The article restated in words ("stelt de gemeenteraad ten minste eenmaal in de vier jaar de
        // doelen vast"): the basis is there, only its citation is missing.
        const words = words_().art38b;
        if (words) ctx.report({ messageId: "inWoorden", data: { citaat: CITE_38B }, span: words, severity: "warning", suggestions: add(CITE_38B) });
        else ctx.report({ messageId: "geen38b", data: { wettekst: TEXT_38B }, span: anchor, suggestions: add(CITE_38B) });
      }
    } else if (basis38b.length === 0) {
      // The entry in the grondslag is the one to change; the prose may go on quoting lid 2 for what it says.
      const c = all38b.find(inGrondslag) ?? all38b[0]!;
      ctx.report({ messageId: "ander38bLid", data: { citaat: c.text.trim(), lid: c.lid ?? "", wettekst: TEXT_38B }, span: c.span, severity: "warning", suggestions: replace(c, CITE_38B) });
    } else if (!basis38b.some(inGrondslag)) {
      ctx.report({ messageId: "alleenInTekst", data: { citaat: basis38b[0]!.text.trim(), grondslag: CITE_38B }, span: anchor, severity: "info", suggestions: add(CITE_38B) });
    }

    // Art. 3a Wvr ⇔ goals for fire safety.
    const fire = fireSafetyTheme(plan);
    // Outside the themes only when no theme sets them: a chapter "Fysieke veiligheid" beside the priorities.
    const chapters = fire ? undefined : fireSafetyChapters(plan);
    const all3a = cites.filter(is3a);
    const grondslag3a = all3a.filter((c) => c.source === "grondslag");
    // Art. 3a restated in words ("Op grond van de Wet veiligheidsregio's stelt de gemeenteraad … de
    // doelen vast voor de brandveiligheid"): as for 38b, the basis is there, only its citation is missing.
    const words3a = all3a.length === 0 && (fire || (chapters && chapters.settingGoals.length > 0)) ? words_().art3a : undefined;
    if (words3a) {
      ctx.report({ messageId: "inWoorden", data: { citaat: CITE_3A }, span: words3a, severity: "warning", suggestions: add(CITE_3A) });
    } else if (fire && all3a.length === 0) {
      const t = fire;
      const span: Span = t.titleSpan;
      ctx.report({
        messageId: "brandZonder3a",
        data: { ...themeNames(t, themeStyle(plan)), wettekst: TEXT_3A },
        span,
        severity: "warning",
        suggestions: add(CITE_3A),
      });
    } else if (chapters && chapters.settingGoals.length > 0 && all3a.length === 0) {
      const c = chapters.settingGoals[0]!;
      ctx.report({
        messageId: "brandZonder3aHoofdstuk",
        data: { hoofdstuk: c.title, wettekst: TEXT_3A },
        span: c.heading.content,
        severity: "warning",
        suggestions: add(CITE_3A),
      });
    } else if (all3a.length > 0 && grondslag3a.length === 0 && (fire || plan.themes.length === 0 || (chapters?.all.length ?? 0) > 0)) {
      // Cited only in the prose, as 38b above. Not when neither a theme nor a chapter speaks of fire
      // safety: then adding it would only earn the warning below.
      ctx.report({ messageId: "alleenInTekst", data: { citaat: all3a[0]!.text.trim(), grondslag: CITE_3A }, span: anchor, severity: "info", suggestions: add(CITE_3A) });
    } else if (!fire && grondslag3a.length > 0 && plan.themes.length > 0 && chapters?.all.length === 0) {
      // Only when themes were read: a plan whose themes this check cannot find may well set the goals.
      ctx.report({ messageId: "3aZonderBrand", data: { wettekst: TEXT_3A }, span: grondslag3a[0]!.span, severity: "warning" });
    } else if (!fire && all3a.length === 0) {
      ctx.report(notCheckedFinding("grondslag.geenBrandveiligheid", anchor, { wettekst: TEXT_3A }));
    }
  },
});

/** "ten minste eenmaal in de vier jaar", and as plans say it: "eens in de vier jaar", "elke vier jaar", "om de vier jaar". */
const FOUR_YEARS = /(?:ten\s+minste\s+)?(?:eenmaal|eens|één\s*maal|een\s+keer|één\s+keer)\s+(?:in\s+de|per)\s+vier\s+jaar|\b(?:elke|iedere?|om\s+de)\s+vier\s+jaar/gi;
const NAMES_WVR = /wet\s+veiligheidsregio|\bwvr\b/i;
const NAMES_POLITIEWET = /politiewet/i;
/** What the goals are about: art. 3a names the brandveiligheid and the brandweerzorg, art. 38b the openbare orde and the politie. */
const TOPIC_WVR = /brandveilig|brandweer/i;
const TOPIC_POLITIEWET = /openbare\s+orde|\bpolitie\b/i;
/** The plan the goals are set in, as raadsvoorstellen name the duty: "een integraal veiligheidsplan vast te stellen". */
const PLAN_WORD = /veiligheids(?:plan|beleid|nota)|\b(?:beleids)?plan\b|\bkadernota\b/i;

export interface Restatements {
  /** Art. 38b lid 1 Politiewet 2012 restated in words. */
  readonly art38b?: Span;
  /** Art. 3a Wet veiligheidsregio's restated in words. */
  readonly art3a?: Span;
}

/**
 * Where the prose restates art. 38b lid 1 Politiewet 2012 or art. 3a Wvr in words: the raad setting
 * the goals at least once every four years. The two articles say the same of different goals, so the
 * sentence decides which: the law it names ("Op grond van de Wet veiligheidsregio's"), else what the
 * goals are about (brandveiligheid or brandweerzorg: 3a; openbare orde or politie: 38b), else the
 * Politiewet (the basis of an integraal veiligheidsplan). A sentence that names the law may say "plan"
 * for "doelen" ("De Politiewet 2012 verplicht de gemeenteraad om elke vier jaar een integraal
 * veiligheidsplan vast te stellen"): that is how raadsvoorstellen state the duty, and naming the law
 * with the raad and the four years is a reference a reader can follow. Without the law, "doelen" is
 * needed.
 */
export function restatements(text: string): Restatements {
  // Cheap word test first: the pattern below has many alternatives.
  if (!/vier\s+jaar/i.test(text)) return {};
  let art38b: Span | undefined;
  let art3a: Span | undefined;
  FOUR_YEARS.lastIndex = 0;
  for (let m = FOUR_YEARS.exec(text); m && !(art38b && art3a); m = FOUR_YEARS.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    // The sentence must be about the council setting goals, not any four-yearly thing.
    const around = text.slice(Math.max(0, m.index - 200), m.index + m[0].length + 200);
    if (!/gemeenteraad|\braad\b/i.test(around)) continue;
    const sentence = text.slice(sentenceEdge(text, m.index, -1), sentenceEdge(text, m.index, 1));
    let wvr = NAMES_WVR.test(sentence);
    let pw = NAMES_POLITIEWET.test(sentence);
    const named = wvr || pw;
    if (!(/doelen/i.test(around) || (named && PLAN_WORD.test(sentence)))) continue;
    if (!named) {
      wvr = TOPIC_WVR.test(sentence);
      pw = TOPIC_POLITIEWET.test(sentence);
    }
    if (!wvr && !pw) {
      // The law named just before ("Dat volgt uit de Wet veiligheidsregio's. De raad stelt …"), else the Politiewet.
      const before = text.slice(Math.max(0, m.index - 200), m.index);
      wvr = NAMES_WVR.test(before) && !NAMES_POLITIEWET.test(before);
      pw = !wvr;
    }
    if (pw) art38b ??= span;
    if (wvr) art3a ??= span;
  }
  return { ...(art38b ? { art38b } : {}), ...(art3a ? { art3a } : {}) };
}
