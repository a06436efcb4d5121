/**
 * The kwaliteitstoets: the field's own guidance for a good integraal veiligheidsplan (the CCV's
 * checklist "Opstellen integraal veiligheidsplan", VNG Kernbeleid Veiligheid, rekenkamer findings) as
 * plain assessments of a parsed plan. The kwaliteit rules report from these; the report's
 * kwaliteitstoets section shows the same assessments as a checklist. Word lists are Dutch, as the plans
 * are; every list is documented on the rule page that uses it (docs/rules/kwaliteit-*.md).
 */
import type { ParsedPlan, Section, ThemeNode } from "../structure/types.js";
import { readDoelen, isMeasurable, type DoelNode } from "../structure/doelen.js";
import { themeBudgets } from "../structure/theme-budgets.js";
import { DUTCH_MONTHS } from "../text/dates.js";
import type { Span } from "../text/positions.js";
import { low, sentences, sentencesIn, type Sentence } from "./tekst.js";
import { firstSentence, sentenceTester, wordList } from "./woorden.js";
import { memo } from "../structure/memo.js";


// ── Goals ────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A number, percentage or quantity word ("25%", "1.200", "de helft", "met een kwart", "elke school",
 * "alle woningen", "halveren", "24 uur") together with a time frame ("in 2026", "tot 2028", "binnen twee
 * jaar", "in vier jaar", "binnen 24 uur"), in one sentence. "elke"/"alle" counts as a quantity (every one
 * of them: 100%) only with a date ("in 2028", "vanaf 2025": EVERY, DEADLINE below). A year after
 * "tot" or "naar" ("tot 2028") is a date, not a quantity.
 */
const SPELLED_WORDS = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "twintig", "vierentwintig", "achtenveertig"];
const SPELLED = `(?:${SPELLED_WORDS.join("|")})`;
const NUMBER_WORD = `(?:\\d+|${SPELLED})`;
/**
 * A count in words, not "een" (which stands before any noun), nor "elf" (its trigger would be every
 * "zelf"); with one space after it, as the triggers say ("twee ", "vier "), so that "tweede" or "vieren"
 * does not send a sentence to the list's regex.
 */
const COUNT_WORDS = ["twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig", "dertig", "veertig", "vijftig", "honderd"];
const COUNT = `(?:${COUNT_WORDS.join("|")})`;
/** Percentages in words ("vijf procent", "twintig procent"). */
const PERCENT_WORDS = `(?:${[...SPELLED_WORDS, "vijftien", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig", "honderd", "vijfentwintig", "vijfenzeventig"].join("|")})`;
const NUMBER = wordList(new RegExp(
  "\\b\\d+(?:[.,]\\d+)?\\s*(?:%|procent)|\\b\\d{1,3}(?:\\.\\d{3})+\\b|\\b(?:de )?(?:helft|een derde|een kwart|een vijfde|een tiende|twee derde|drie kwart)\\b|\\b\\d+\\s+(?:minder|meer)\\b" +
    "|\\b(?:met|tot|naar|op|onder|boven|minimaal|maximaal|ten minste|tenminste|minstens|hoogstens|ten hoogste|hooguit|(?:niet )?(?:minder|meer) dan|onder de|boven de)\\s+(?!(?:19|20)\\d{2}\\b)\\d+\\b|\\b(?:halveren|gehalveerd|verdubbelen|verdubbeld)\\b" +
    // A grade ("minimaal een 7", "een 7,5") and a percentage in words ("vijf procent": the word "procent"
    // first, so that the number words are tried only before it).
    `|\\been\\s+\\d{1,2}(?:[.,]\\d)?\\b|procent\\b(?<=\\b${PERCENT_WORDS} procent)` +
    // A duration: "24 uur", and in words with one space, "vijf werkdagen" ("uur" alone would mark every
    // sentence about a "buurt" for this list: ./woorden.ts).
    `|\\b\\d+\\s+(?:uur|dagen|werkdagen|weken|minuten)\\b|\\b${SPELLED} (?:uur|dagen|werkdagen|weken|minuten)\\b` +
    // A count of things ("60 panden", "3 wijken"); not a year, a date ("1 februari"), an article's number ("artikel 38 van") or a duration.
    `|\\b(?!(?:19|20)\\d{2}\\b)\\d+\\s+(?!(?:van|de|het|een|en|of|tot|uit|per|op|in|te|met|voor|jaar|jaren|maanden|weken|dagen|uur|keer|lid|sub|${DUTCH_MONTHS.join("|")})\\b)[a-z]{3,}` +
    // The same in words, as Dutch house style writes numbers up to twenty ("twintig integrale controles",
    // "vijf vakantieparken"), and a multiple ("twee keer zo veel", "drie keer zo hoog").
    `|\\b${COUNT} (?!(?:van|de|het|een|en|of|tot|uit|per|op|in|te|met|voor|jaar|jaren|maanden|weken|dagen|uur|keer|lid|derde|kwart|vijfde|tiende)\\b)[a-z]{3,}|\\b${COUNT} keer zo\\b` +
    // A comparison as the target: back to the level of a base year (the CCV's own SMART example: "binnen
    // twee jaar terug tot het niveau van 2019"), as safe as another group, lower than in a base year.
    "|\\bniveau van (?:het jaar )?(?:19|20)\\d{2}\\b|\\b(?:even|net zo) [a-z]+ als\\b|\\b(?:lager|hoger|minder|meer|kleiner|groter) dan in (?:19|20)\\d{2}\\b" +
    // A published average as the mark: "onder het landelijk gemiddelde", "beter dan het regionale gemiddelde".
    "|\\b(?:onder|boven|beneden|op|(?:lager|hoger|beter|slechter) dan) het (?:landelijke?|regionale?|provinciale?|nederlandse?|gemiddelde van)\\s*(?:\\S+ )?gemiddelde\\b",
), [..."0123456789", "helft", "derde", "kwart", "vijfde", "tiende", "halveren", "gehalveerd", "verdubbel", "dagen", "weken", "minuten", "procent", "even ", "net zo", "gemiddelde", ...SPELLED_WORDS.map((w) => `${w} uur`), ...COUNT_WORDS.map((w) => `${w} `)]);
/** None left: "tot nul", "geen drugslabs meer" (a target of zero); a list of its own, tried only where NUMBER fails. */
const ZERO = wordList(/\b(?:tot|naar) nul\b|\bgeen\s+(?:[\w'-]+\s+){0,4}?meer\b/, ["nul", "geen"]);
/**
 * The plan's own period as a time frame: "in de planperiode", "gedurende deze beleidsperiode", "aan het
 * eind van de planperiode", "in de periode 2023-2026", "tussen 2023 en 2026"; also the council's term,
 * as plans name it: "tot het einde van deze bestuursperiode", "voor de komende raadsperiode".
 */
const PLAN_PERIOD = "\\b(?:in|gedurende|tijdens|binnen|voor|aan het einde? van|(?:voor|tegen|op|tot(?: aan)?) het einde? van|eind) (?:de|deze|dit|de komende) (?:(?:plan|bestuurs|raads|college|beleids)?periode|looptijd)\\b|\\bin de periode (?:van )?20\\d{2}\\b|\\btussen 20\\d{2} en 20\\d{2}\\b";
/**
 * A date before the year, in words or in figures: "31 december 2027", "31-12-2027", "1/1/2028". A full
 * date may follow "op" too ("op 31 december 2027"), and "uiterlijk op" is "uiterlijk".
 */
const DAY = "(?:\\d{1,2} (?:" + DUTCH_MONTHS.join("|") + ") |\\d{1,2}[-/.]\\d{1,2}[-/.])";
const ON_DATE = "|\\bop\\s+" + DAY + "20\\d{2}\\b";
/** "elke school", "alle woningen": a quantity only with a deadline ("in 2028"), not with "jaarlijks" (then it is a routine). */
const EVERY = wordList(/\b(?:elke|alle|iedere?)\s+\w/, ["elke", "alle", "ieder"]);
const DEADLINE = wordList(
  new RegExp("\\b(?:in|voor|uiterlijk(?: op)?|eind|einde|tot en met|t\\/m|tegen|vanaf)\\s+(?:(?:het )?(?:jaar|eind|einde) )?(?:van )?" + DAY + "?20\\d{2}\\b|\\bbinnen\\s+\\S+\\s+(?:jaar|jaren|maanden)\\b|" + PLAN_PERIOD + ON_DATE),
  ["20", "binnen", "periode", "looptijd"],
);
const TIMEFRAME = wordList(new RegExp(
  "\\b(?:in|voor|uiterlijk(?: op)?|eind|einde|per|tot en met|t\\/m|tot|vanaf|tegen)\\s+(?:(?:het )?(?:jaar|eind|einde) )?(?:van )?" + DAY + "?20\\d{2}\\b|\\bper jaar\\b|\\bjaarlijks\\b|" + PLAN_PERIOD + ON_DATE +
    `|\\bbinnen\\s+(?:\\w+\\s+)?(?:jaar|jaren|maanden|weken|werkdagen|dagen|uur)\\b|\\bin\\s+${NUMBER_WORD}\\s+(?:jaar|jaren|maanden|weken)\\b|\\bde komende\\s+${NUMBER_WORD}\\s+(?:jaar|jaren|maanden)\\b|\\bover\\s+${NUMBER_WORD}\\s+(?:jaar|jaren|maanden)\\b`,
), ["20", "jaar", "jaren", "periode", "looptijd", "binnen", "maanden", "weken"]);

export interface ThemeGoals {
  readonly theme: ThemeNode;
  readonly doelen: readonly DoelNode[];
  /** A sentence in the Ambitie (or Doelen section, or a prose theme's whole section) with a number and a time frame. */
  readonly measurableSentence?: Sentence;
}

/** Per theme (a theme belongs to one parsed plan): three rules ask for the same theme's goals. */
const goalsCache = memo<ThemeNode, ThemeGoals>("doelen van een thema");

export function themeGoals(plan: ParsedPlan, theme: ThemeNode): ThemeGoals {
  let goals = goalsCache.get(theme);
  if (!goals) goalsCache.set(theme, (goals = readThemeGoals(plan, theme)));
  return goals;
}

function readThemeGoals(plan: ParsedPlan, theme: ThemeNode): ThemeGoals {
  const section = readDoelen(plan).find((d) => d.theme === theme);
  return new ThemeGoalsRead(plan, theme, section?.doelen ?? [], section?.section);
}

/**
 * A class, not an object literal with a getter that closes over the plan: on Node 20 such a getter
 * kept the whole plan alive through minor collections until a full one (see parse.ts, `typedPlanOf`).
 */
class ThemeGoalsRead implements ThemeGoals {
  /** Looked for when first read: only priority themes without a measurable goal in a table need it, and the search tries two regexes on most sentences of the Ambitie. */
  #measurable: Sentence | null | undefined;
  readonly #plan: ParsedPlan;
  readonly #doelenSection: Section | undefined;
  constructor(
    plan: ParsedPlan,
    readonly theme: ThemeNode,
    readonly doelen: readonly DoelNode[],
    doelenSection: Section | undefined,
  ) {
    this.#plan = plan;
    this.#doelenSection = doelenSection;
  }
  get measurableSentence(): Sentence | undefined {
    if (this.#measurable === undefined) {
      // A theme written as prose, without Opgave, Ambitie or Doelen headings, states its goal somewhere
      // in its own section: then that whole section is searched.
      const t = this.theme;
      const prose = !t.ambitie && !t.opgave && !this.#doelenSection;
      this.#measurable = findMeasurableSentence(this.#plan, prose ? [t.section] : [t.ambitie, this.#doelenSection]) ?? null;
    }
    return this.#measurable ?? undefined;
  }
}

function findMeasurableSentence(plan: ParsedPlan, where: readonly (Section | undefined)[]): Sentence | undefined {
  const has = sentenceTester(plan);
  for (const s of where) {
    if (!s) continue;
    // The time frame first: most sentences have none, and its list is the cheaper one.
    const found = sentencesIn(plan, s).find((x) => (has(x, TIMEFRAME) && (has(x, NUMBER) || has(x, ZERO))) || (has(x, EVERY) && has(x, DEADLINE)));
    if (found) return found;
  }
  return undefined;
}

export const hasMeasurableGoal = (g: ThemeGoals): boolean => g.doelen.some(isMeasurable) || g.measurableSentence !== undefined;

/**
 * A goal that reads as a means: what the gemeente will do rather than what it wants to change. The words
 * are the usual verbs of action ("we zetten … in", "inzet van", "organiseren", "aanstellen") and, after
 * "ons doel is", a noun for an activity ("preventie", "handhaving", "samenwerking").
 */
const MEANS_GOAL = /^(?:we |wij )?(?:zetten|zet)\b.*\bin\b|^(?:de |het )?(?:inzet|inzetten|aanstellen|organiseren|opstellen|uitvoeren|invoeren|voortzetten|starten|ontwikkelen|houden|aanbieden|instellen|uitbreiden|versterken van de samenwerking)\b|^(?:meer|extra)\s+(?:boa|handhavers|toezicht|camera|cameras|overleg|voorlichting|controles)\b/;
const MEANS_NOUN = /^(?:preventie|handhaving|samenwerking|toezicht|voorlichting|inzet|controle|controles|overleg|regie|aanpak|communicatie|bewustwording)\b/;
const DOEL_IS = wordList(/\b(?:ons|het|onze|de)\s+(?:belangrijkste\s+)?doel(?:stelling)?\s+is\s*:?\s*(.*)$/, ["doel"]);

export interface MeansFinding {
  readonly span: Span;
  readonly text: string;
}

/** Goals in a Doelen table, and "ons doel is: …" sentences in an Ambitie, that read as a means. */
export function meansAsGoals(plan: ParsedPlan, theme: ThemeNode): MeansFinding[] {
  const out: MeansFinding[] = [];
  const g = themeGoals(plan, theme);
  for (const d of g.doelen) {
    if (d.doelSpan && MEANS_GOAL.test(low(d.doel).replace(/^[-–•]\s*/, ""))) out.push({ span: d.doelSpan, text: d.doel });
  }
  if (theme.ambitie) {
    const has = sentenceTester(plan);
    for (const s of sentencesIn(plan, theme.ambitie)) {
      const m = has(s, DOEL_IS) ? DOEL_IS.re.exec(s.folded) : null;
      const rest = m?.[1]?.trim() ?? "";
      if (m && (MEANS_NOUN.test(rest) || MEANS_GOAL.test(rest))) out.push({ span: s.span, text: s.text });
    }
  }
  return out;
}

// ── The chain: priority → goal → approach → money ────────────────────────────────────────────────────

export interface ChainLink {
  readonly doel: boolean;
  readonly aanpak: boolean;
  /** "eigen": a deelproduct names this theme; "alle": only a line for all themes; "geen"; undefined without a budget table. */
  readonly geld?: "eigen" | "alle" | "geen";
  readonly viaAlle: readonly string[];
}

export function chainOf(plan: ParsedPlan, theme: ThemeNode): ChainLink {
  const goals = themeGoals(plan, theme);
  const aanpak = theme.pillars.length > 0 || (theme.ambitie !== undefined && sentencesIn(plan, theme.ambitie).length > 0);
  // Read from the located budget, not the typed plan: lint must not build the typed model of every plan.
  const budget = plan.budget;
  if (!budget?.table || budget.lines.length === 0) return { doel: hasMeasurableGoal(goals), aanpak, viaAlle: [] };
  const n = theme.nummer;
  const own = n !== undefined && budget.toelichting.some((t) => t.refs.some((r) => (r.kind === "number" && r.nummer === n) || (r.kind === "range" && r.nummer !== undefined && r.tot !== undefined && r.nummer <= n && n <= r.tot)));
  const alle = budget.toelichting.filter((t) => t.alleThemas).map((t) => t.deelproduct);
  return { doel: hasMeasurableGoal(goals), aanpak, geld: own ? "eigen" : alle.length > 0 ? "alle" : "geen", viaAlle: alle };
}

/**
 * A sentence that places the plan's money in the municipal budget: "het geld staat in de
 * programmabegroting", "de middelen zijn opgenomen in de begroting", "financiering via het programma
 * Veiligheid". A plan without a budget table of its own that says this has told the raad where the
 * money is decided (the begroting, where the raad sets it); both a word for the money and a word for the
 * place must stand in the sentence, so "crimineel geld" or "middelen inzetten" alone do not count.
 */
const MONEY = /\bgeld\b|\bmiddelen\b|financier|\bbudget|\bdekking\b|gedekt|bekostig|betaald|€|\beuro\b/;
// Where the money is: the budget's documents, a programme of it, or the budgets the municipality already has
// ("uit de bestaande budgetten", "de algemene middelen", "het budget Openbare Orde en Veiligheid").
const BUDGET_PLACE = wordList(
  /begroting|meerjarenraming|voorjaarsnota|kadernota|\bprogramma\s+(?!van\b|voor\b|om\b|dat\b|die\b)[a-z]|bestaande (?:[a-z]+ (?:en|&) )?(?:budget|middelen|formatie)|algemene (?:middelen|reserve)|reguliere (?:budget|middelen)|\bbudget (?:openbare orde|oov|(?:integrale )?veiligheid)/,
  ["begroting", "raming", "nota", "programma", "bestaande", "algemene", "reguliere", "budget"],
);

export function begrotingElders(plan: ParsedPlan): Sentence | undefined {
  return firstSentence(plan, BUDGET_PLACE, sentences(plan), (s) => MONEY.test(s.folded));
}

/** "€ 120.000", "120.000 euro", "1,2 miljoen euro": an amount of money (every match holds a digit). */
const EURO = wordList(/€\s*\d|\b\d[\d.,]*\s*(?:(?:miljoen|mln\.?|duizend)\s+)?euro\b/, [..."0123456789"]);

/**
 * The sentence in a theme's own text that says what it costs ("Voor dit thema is jaarlijks € 120.000
 * beschikbaar"): how plans without a budget table tie money to a priority, often under "Wat mag het
 * kosten?", the third of the begroting's three questions.
 */
function themeAmount(plan: ParsedPlan, theme: ThemeNode): Sentence | undefined {
  const said = firstSentence(plan, EURO, sentencesIn(plan, theme.section));
  if (said) return said;
  // Or a cost table of its own under that question (structure/theme-budgets.ts): the table is the place.
  const table = themeBudgets(plan).find((t) => t.theme === theme)?.budget.table;
  return table ? { text: "", folded: "", span: table.span } : undefined;
}

/** For a plan without a budget table: the first amount a priority names, and the priorities that name none. */
export function amountsInText(plan: ParsedPlan, priority: readonly ThemeNode[]): { readonly shown?: Sentence; readonly without: readonly ThemeNode[] } {
  const amounts = priority.map((t) => themeAmount(plan, t));
  const shown = amounts.find((a) => a !== undefined);
  return { ...(shown ? { shown } : {}), without: priority.filter((_, i) => !amounts[i]) };
}

// ── Veiligheidsanalyse: kwaliteit/analyse.ts ─────────────────────────────────────────────────────────

export { analyse, type Analyse } from "./analyse.js";

// ── Evaluation of the previous period: kwaliteit/evaluatie.ts ───────────────────────────────────────

export { evaluatie, type Evaluatie } from "./evaluatie.js";

// ── Monitoring and evaluation of the plan itself: kwaliteit/monitoring.ts ────────────────────────────

export { monitoring, type Monitoring } from "./monitoring.js";

// ── The five veiligheidsvelden (VNG Kernbeleid Veiligheid): kwaliteit/velden.ts ─────────────────────

export { VELDEN, VELD_WORDS, velden, veldenOf, type Veld, type Velden } from "./velden.js";

// ── Abbreviations: kwaliteit/afkortingen.ts ─────────────────────────────────────────────────────────

export { unexplainedAbbreviations, type Abbreviation } from "./afkortingen.js";
