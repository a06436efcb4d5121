/** The kwaliteitstoets section's own words, Dutch by default and English on request (apart from labels.ts, which the whole report shares). */
import type { Locale } from "../diagnostic.js";
import type { DoelNode } from "../structure/doelen.js";
import type { DoelVoortgang, Koers } from "../voortgang/voortgang.js";
import type { Veld } from "../kwaliteit/toets.js";

export type Uitkomst = "voldaan" | "nietVoldaan" | "nietTeControleren";

export type Stap = "evaluatie" | "analyse" | "prioriteiten" | "velden" | "doelen" | "keten" | "monitoring" | "eindevaluatie" | "voortgang" | "leesbaarheid";

export interface KwaliteitLabels {
  readonly title: string;
  readonly intro: string;
  readonly step: string;
  readonly outcome: string;
  readonly finding: string;
  readonly uitkomst: Readonly<Record<Uitkomst, string>>;
  readonly stap: Readonly<Record<Stap, string>>;
  readonly veld: Readonly<Record<Veld, string>>;
  readonly koers: Readonly<Record<Koers, string>>;
  readonly seePlace: string;
  // What was found, per step.
  readonly evaluatieMet: (kop: string) => string;
  /** A chapter that says only what was achieved, or only what must improve (CCV step 3 asks for both). */
  readonly evaluatieAchievedOnly: (kop: string) => string;
  readonly evaluatieImproveOnly: (kop: string) => string;
  /** Followed by the sentence, quoted: a referral to the previous plan's evaluation by title or date. */
  readonly evaluatieReferral: string;
  readonly evaluatieNoResults: (kop: string) => string;
  readonly evaluatieNone: string;
  /** Followed by the sentence, quoted. */
  readonly evaluatieInText: string;
  readonly analyseMet: (kop: string) => string;
  readonly analyseLacks: (kop: string, wat: string) => string;
  readonly objective: string;
  readonly subjective: string;
  readonly analyseElsewhere: string;
  /** No chapter, but the themes' opgave name their sources: `n` of the `total` themes with an opgave. */
  readonly analysePerTheme: (n: number, total: number) => string;
  readonly analysePerThemeNoSubjective: (n: number, total: number) => string;
  readonly analyseNone: string;
  readonly prioriteiten: (n: number, max: number) => string;
  readonly noThemes: string;
  readonly veldenAll: string;
  readonly veldenMissing: (list: string) => string;
  readonly doelenAll: (n: number) => string;
  readonly doelenMissing: (themes: string) => string;
  readonly ketenAll: string;
  readonly ketenMissing: (themes: string) => string;
  readonly ketenNoBudget: string;
  readonly ketenBedragAll: string;
  readonly ketenBedragMissing: (themes: string) => string;
  /** No budget table, but the plan says where the money is: the sentence follows. */
  readonly ketenElders: string;
  readonly monitoringMet: string;
  readonly monitoringPartial: (lacks: string) => string;
  readonly lacks: Readonly<Record<"wanneer" | "aanWie" | "waarmee", string>>;
  readonly monitoringNone: string;
  readonly eindevaluatieMet: string;
  readonly eindevaluatieNone: string;
  readonly voortgangNone: string;
  readonly voortgangNoGoals: string;
  readonly voortgangSummary: (onTrack: number, behind: number, noData: number) => string;
  readonly leesbaarheidMet: string;
  readonly leesbaarheidGlossary: string;
  readonly leesbaarheidMissing: (list: string) => string;
  // Goals.
  readonly goalsTitle: string;
  readonly goalsNone: string;
  readonly goalsCaption: (theme: string) => string;
  readonly columns: Readonly<Record<"doel" | "indicator" | "nulmeting" | "streefwaarde" | "bron" | "laatste" | "koers", string>>;
  readonly progressTitle: string;
  readonly progressNote: string;
  readonly chartTitle: (indicator: string) => string;
  readonly chartDesc: (doel: DoelNode, v: DoelVoortgang) => string;
  readonly baseLabel: (value: string, year: number) => string;
  readonly targetLabel: (value: string, year: number) => string;
  readonly pointLabel: (value: string, year: number) => string;
  readonly chartKey: string;
}

/** A value as the plan writes it: a decimal comma, at most two decimals, "%" when the goal is a percentage. */
export function showValue(n: number, doel: DoelNode): string {
  // By hand rather than toLocaleString: a Node without full ICU would write "3.4".
  const [int, frac] = String(Math.abs(Math.round(n * 100) / 100)).split(".");
  const s = `${n < 0 ? "-" : ""}${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}${frac ? `,${frac}` : ""}`;
  return doel.streefwaarde?.eenheid === "%" || doel.nulmeting?.eenheid === "%" ? `${s}%` : s;
}

const listNl = (xs: readonly string[]) => (xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} en ${xs[xs.length - 1]}`);
const listEn = (xs: readonly string[]) => (xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`);

const NL: KwaliteitLabels = {
  title: "Kwaliteitstoets",
  intro:
    "De stappen van de CCV-checklist voor een integraal veiligheidsplan, zoals dit plan ze invult. Voldaan en niet voldaan zijn gelezen uit de tekst van het plan; wat daaruit niet te lezen is, staat als niet te controleren. De bevindingen staan ook bij de controles.",
  step: "Stap",
  outcome: "Uitkomst",
  finding: "Wat het plan zegt",
  uitkomst: { voldaan: "voldaan", nietVoldaan: "niet voldaan", nietTeControleren: "niet te controleren" },
  stap: {
    evaluatie: "Evaluatie van de vorige periode",
    analyse: "Veiligheidsanalyse met bronnen",
    prioriteiten: "Een beperkt aantal prioriteiten",
    velden: "De vijf veiligheidsvelden overwogen",
    doelen: "Meetbare doelen per prioriteit",
    keten: "Van prioriteit tot budget",
    monitoring: "Monitoring: wanneer, aan de raad, waarmee",
    eindevaluatie: "Evaluatie van het plan gepland",
    voortgang: "Voortgang op de doelen",
    leesbaarheid: "Leesbaar: afkortingen uitgelegd",
  },
  veld: { woonLeefomgeving: "Veilige woon- en leefomgeving", bedrijvigheid: "Bedrijvigheid en veiligheid", jeugd: "Jeugd en veiligheid", fysiek: "Fysieke veiligheid", integriteit: "Integriteit en veiligheid" },
  koers: { behaald: "behaald", opKoers: "op koers", achter: "achter op koers", geenGegevens: "geen gegevens", nietTeBepalen: "niet te bepalen" },
  seePlace: "naar de plek in het plan",
  evaluatieMet: (kop) => `‘${kop}’ zegt wat er bereikt is en wat beter moet.`,
  evaluatieAchievedOnly: (kop) => `‘${kop}’ zegt wat er bereikt is; niet wat beter moet.`,
  evaluatieImproveOnly: (kop) => `‘${kop}’ zegt wat beter moet; niet wat er bereikt is.`,
  evaluatieReferral: "Het plan verwijst naar de evaluatie van het vorige plan:",
  evaluatieNoResults: (kop) => `‘${kop}’ kijkt terug, maar noemt geen resultaat, les of verbeterpunt.`,
  evaluatieNone: "Geen hoofdstuk dat terugkijkt op het vorige plan.",
  evaluatieInText: "Geen hoofdstuk dat terugkijkt op het vorige plan; alleen een losse zin doet het:",
  analyseMet: (kop) => `‘${kop}’ noemt objectieve en subjectieve bronnen.`,
  analyseLacks: (kop, wat) => `‘${kop}’ noemt geen ${wat} bron.`,
  objective: "objectieve (politie, OM, gemeente)",
  subjective: "subjectieve (Veiligheidsmonitor, enquête)",
  analyseElsewhere: "Het plan verwijst naar een analyse elders; of die de bronnen noemt, is uit het plan niet te lezen.",
  analysePerTheme: (n, total) => `Geen eigen hoofdstuk; de analyse staat per thema: ${n} van de ${total} thema's noemen in hun opgave objectieve bronnen, en het plan zegt hoe veilig inwoners zich voelen.`,
  analysePerThemeNoSubjective: (n, total) => `Geen eigen hoofdstuk; de analyse staat per thema (${n} van de ${total} thema's noemen in hun opgave objectieve bronnen), maar nergens hoe veilig inwoners zich voelen.`,
  analyseNone: "Geen veiligheidsanalyse en geen verwijzing naar een analyse elders.",
  prioriteiten: (n, max) => `${n} prioritaire thema's (deze toets gaat uit van hoogstens ${max}).`,
  noThemes: "Het plan heeft geen herkenbare thema's.",
  veldenAll: "Elk veiligheidsveld valt onder een thema, of het plan zegt waar het wel geregeld is.",
  veldenMissing: (list) => `Geen thema en geen toelichting voor: ${list}.`,
  doelenAll: (n) => `Elk van de ${n} prioritaire thema's heeft een meetbaar doel.`,
  doelenMissing: (themes) => `Zonder meetbaar doel: ${themes}.`,
  ketenAll: "Elk prioritair thema heeft een eigen begrotingsregel.",
  ketenMissing: (themes) => `Alleen via een regel voor alle thema's of zonder begrotingsregel: ${themes}.`,
  ketenNoBudget: "Het plan heeft geen begrotingstabel; de keten tot het budget is niet te volgen.",
  ketenBedragAll: "Geen begrotingstabel, maar elk prioritair thema noemt in zijn tekst een bedrag.",
  ketenBedragMissing: (themes) => `Geen begrotingstabel; andere prioriteiten noemen in hun tekst een bedrag, deze niet: ${themes}.`,
  ketenElders: "Het plan heeft geen begrotingstabel en zegt waar het geld staat; welk geld bij welke prioriteit hoort, staat in de begroting:",
  monitoringMet: "Het plan zegt wanneer, aan de gemeenteraad en waarmee over de voortgang wordt gerapporteerd.",
  monitoringPartial: (lacks) => `Het plan zegt hoe de raad wordt geïnformeerd, maar niet ${lacks}.`,
  lacks: { wanneer: "wanneer", aanWie: "aan wie", waarmee: "waarmee" },
  monitoringNone: "Het plan zegt niet hoe de voortgang wordt gevolgd en aan de raad gemeld.",
  eindevaluatieMet: "Het plan zegt wanneer het zelf wordt geëvalueerd.",
  eindevaluatieNone: "Het plan noemt geen evaluatie van het plan zelf.",
  voortgangNone: "Er zijn geen voortgangsgegevens meegegeven (bestanden .voortgang); of de doelen op koers liggen, is niet te zeggen.",
  voortgangNoGoals: "Het plan heeft geen doelen met indicator en streefwaarde om de voortgang op te volgen.",
  voortgangSummary: (on, behind, none) => `${on} op koers of behaald, ${behind} achter op koers, ${none} zonder gegevens.`,
  leesbaarheidMet: "Het plan legt de afkortingen die het gebruikt uit.",
  leesbaarheidGlossary: "Het plan heeft een lijst van afkortingen of begrippen.",
  leesbaarheidMissing: (list) => `Niet uitgelegd: ${list}.`,
  goalsTitle: "Doelen per thema",
  goalsNone: "Het plan heeft geen doelen als tabel (een kop Doelen met Doel, Indicator, Nulmeting, Streefwaarde en Bron).",
  goalsCaption: (theme) => `Doelen van ${theme}`,
  columns: { doel: "Doel", indicator: "Indicator", nulmeting: "Nulmeting", streefwaarde: "Streefwaarde", bron: "Bron", laatste: "Laatst gemeten", koers: "Koers" },
  progressTitle: "Voortgang per doel",
  progressNote:
    "De stippellijn is de rechte lijn van nulmeting naar streefwaarde; de punten zijn de gemeten waarden. Een doel ligt op koers als de laatst gemeten waarde op of voorbij die lijn ligt.",
  chartTitle: (indicator) => `Voortgang: ${indicator}`,
  chartDesc: (d, v) =>
    `Van ${d.nulmeting?.text ?? "onbekend"} naar ${d.streefwaarde?.text ?? "onbekend"}. ${v.realisaties.length === 0 ? "Nog geen gemeten waarden." : `Gemeten: ${v.realisaties.map((r) => `${showValue(r.waarde, d)} in ${r.jaar}`).join(", ")}.`} ${v.koers === "geenGegevens" ? "" : `Koers: ${NL.koers[v.koers]}.`}`.trim(),
  baseLabel: (value, year) => `Nulmeting ${value} (${year})`,
  targetLabel: (value, year) => `Streefwaarde ${value} (${year})`,
  pointLabel: (value, year) => `Gemeten ${value} (${year})`,
  chartKey: "● nulmeting · ○ streefwaarde · - - - rechte lijn ernaartoe · ● gemeten waarden",
};

const EN: KwaliteitLabels = {
  title: "Quality review",
  intro:
    "The steps of the CCV checklist for an integral safety plan, as this plan fills them in. Met and not met are read from the plan's text; what cannot be read from it is shown as not checkable. The findings are also listed with the checks.",
  step: "Step",
  outcome: "Outcome",
  finding: "What the plan says",
  uitkomst: { voldaan: "met", nietVoldaan: "not met", nietTeControleren: "not checkable" },
  stap: {
    evaluatie: "Evaluation of the previous period",
    analyse: "Safety analysis with sources",
    prioriteiten: "A limited number of priorities",
    velden: "The five safety fields considered",
    doelen: "Measurable goals per priority",
    keten: "From priority to budget",
    monitoring: "Monitoring: when, to the council, with what",
    eindevaluatie: "Evaluation of the plan planned",
    voortgang: "Progress on the goals",
    leesbaarheid: "Readable: abbreviations explained",
  },
  veld: { woonLeefomgeving: "Safe living environment", bedrijvigheid: "Business and safety", jeugd: "Youth and safety", fysiek: "Physical safety", integriteit: "Integrity and safety" },
  koers: { behaald: "achieved", opKoers: "on track", achter: "behind", geenGegevens: "no data", nietTeBepalen: "cannot be judged" },
  seePlace: "to the place in the plan",
  evaluatieMet: (kop) => `‘${kop}’ says what was achieved and what must improve.`,
  evaluatieAchievedOnly: (kop) => `‘${kop}’ says what was achieved; not what must improve.`,
  evaluatieImproveOnly: (kop) => `‘${kop}’ says what must improve; not what was achieved.`,
  evaluatieReferral: "The plan refers to the evaluation of the previous plan:",
  evaluatieNoResults: (kop) => `‘${kop}’ looks back, but names no result, lesson or point to improve.`,
  evaluatieNone: "No chapter that looks back on the previous plan.",
  evaluatieInText: "No chapter that looks back on the previous plan; only a single sentence does:",
  analyseMet: (kop) => `‘${kop}’ names objective and subjective sources.`,
  analyseLacks: (kop, wat) => `‘${kop}’ names no ${wat} source.`,
  objective: "objective (police, prosecution, municipality)",
  subjective: "subjective (Veiligheidsmonitor, survey)",
  analyseElsewhere: "The plan refers to an analysis elsewhere; whether that names its sources cannot be read from the plan.",
  analysePerTheme: (n, total) => `No chapter of its own; the analysis is told per theme: ${n} of the ${total} themes name objective sources in their opgave, and the plan says how safe residents feel.`,
  analysePerThemeNoSubjective: (n, total) => `No chapter of its own; the analysis is told per theme (${n} of the ${total} themes name objective sources in their opgave), but nowhere how safe residents feel.`,
  analyseNone: "No safety analysis and no reference to one elsewhere.",
  prioriteiten: (n, max) => `${n} priority themes (this review assumes at most ${max}).`,
  noThemes: "The plan has no recognisable themes.",
  veldenAll: "Every safety field falls under a theme, or the plan says where it is dealt with.",
  veldenMissing: (list) => `No theme and no explanation for: ${list}.`,
  doelenAll: (n) => `Each of the ${n} priority themes has a measurable goal.`,
  doelenMissing: (themes) => `Without a measurable goal: ${themes}.`,
  ketenAll: "Every priority theme has a budget line of its own.",
  ketenMissing: (themes) => `Only through a line for all themes, or without a budget line: ${themes}.`,
  ketenNoBudget: "The plan has no budget table; the chain to the budget cannot be followed.",
  ketenBedragAll: "No budget table, but every priority theme names an amount in its text.",
  ketenBedragMissing: (themes) => `No budget table; other priorities name an amount in their text, these do not: ${themes}.`,
  ketenElders: "The plan has no budget table and says where the money is; which money goes with which priority is in the municipal budget:",
  monitoringMet: "The plan says when, to the council and with what progress is reported.",
  monitoringPartial: (lacks) => `The plan says how the council is informed, but not ${lacks}.`,
  lacks: { wanneer: "when", aanWie: "to whom", waarmee: "with what" },
  monitoringNone: "The plan does not say how progress is followed and reported to the council.",
  eindevaluatieMet: "The plan says when it will itself be evaluated.",
  eindevaluatieNone: "The plan names no evaluation of the plan itself.",
  voortgangNone: "No progress data was given (.voortgang files); whether the goals are on track cannot be said.",
  voortgangNoGoals: "The plan has no goals with an indicator and a target to follow progress on.",
  voortgangSummary: (on, behind, none) => `${on} on track or achieved, ${behind} behind, ${none} without data.`,
  leesbaarheidMet: "The plan explains the abbreviations it uses.",
  leesbaarheidGlossary: "The plan has a list of abbreviations or terms.",
  leesbaarheidMissing: (list) => `Not explained: ${list}.`,
  goalsTitle: "Goals per theme",
  goalsNone: "The plan states no goals as a table (a Doelen heading with Doel, Indicator, Nulmeting, Streefwaarde and Bron).",
  goalsCaption: (theme) => `Goals of ${theme}`,
  columns: { doel: "Goal", indicator: "Indicator", nulmeting: "Baseline", streefwaarde: "Target", bron: "Source", laatste: "Latest", koers: "Course" },
  progressTitle: "Progress per goal",
  progressNote: "The dashed line is the straight line from baseline to target; the points are the measured values. A goal is on track when its latest value is on or beyond that line.",
  chartTitle: (indicator) => `Progress: ${indicator}`,
  chartDesc: (d, v) =>
    `From ${d.nulmeting?.text ?? "unknown"} to ${d.streefwaarde?.text ?? "unknown"}. ${v.realisaties.length === 0 ? "No measured values yet." : `Measured: ${v.realisaties.map((r) => `${showValue(r.waarde, d)} in ${r.jaar}`).join(", ")}.`} ${v.koers === "geenGegevens" ? "" : `Course: ${EN.koers[v.koers]}.`}`.trim(),
  baseLabel: (value, year) => `Baseline ${value} (${year})`,
  targetLabel: (value, year) => `Target ${value} (${year})`,
  pointLabel: (value, year) => `Measured ${value} (${year})`,
  chartKey: "● baseline · ○ target · - - - straight line to it · ● measured values",
};

export const kwaliteitLabels = (locale: Locale | undefined): KwaliteitLabels => (locale === "en" ? EN : NL);
export const joinList = (locale: Locale | undefined, xs: readonly string[]): string => (locale === "en" ? listEn(xs) : listNl(xs));
