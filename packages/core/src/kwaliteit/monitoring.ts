/**
 * The kwaliteitstoets' reading of monitoring (CCV checklist: evaluation and monitoring): one sentence
 * (with the sentences next to it) that says when, to whom (the raad) and with what the plan's progress
 * is reported, and whether the plan says it will itself be evaluated at its end. Its own file because
 * the ways plans say so need room; kwaliteit/toets.ts re-exports it with the other assessments.
 */
import type { ParsedPlan } from "../structure/types.js";
import { foldText, PLAN_KIND } from "../text/keywords.js";
import { sentences, type Sentence } from "./tekst.js";
import { sentenceTester, wordList } from "./woorden.js";

// "Na twee jaar", "om de twee jaar", "in 2028", and the yearly cycle of begroting and jaarrekening ("via de planning- en controlcyclus").
const WHEN = /\bjaarlijks|\bper jaar\b|\belk jaar\b|\bieder jaar\b|halfjaarlijks|tweejaarlijks|\bper kwartaal\b|\belk kwartaal\b|\btussentijds|\bmidterm|\bhalverwege\b|\bperiodiek|\bjaarlijkse\b|\b(?:na|om de|elk|elke|ieder|iedere) (?:\w+ )?jaar\b|\bin 20\d{2}\b|planning-? ?(?:en|&) ?control|\bp ?& ?c\b|begrotingscyclus|jaarcyclus/;
// A committee of the raad ("de commissie Bestuur"), not the European one.
const TO_WHOM = wordList(/\b(?:gemeente)?(?:raad|raden)\b|raadsleden|raadscommissie|(?<!europese |staats)\bcommissie\b/, ["raad", "raden", "commissie"]);
// A briefing in person is a way too: "de raad wordt periodiek bijgepraat", "praten we de commissie bij", a
// session or evening for the raad ("beeldvormende sessie", "raadsinformatieavond"); plain "geïnformeerd"
// says no way. The begroting's yearly cycle is a way as well: "via de planning- en controlcyclus", "de P&C-cyclus".
// So is a toelichting or a bespreking in the raad or its commissie: "jaarlijks lichten we in de
// raadscommissie Bestuur de voortgang toe", "jaarlijks bespreken we de voortgang in de commissie".
const WITH_WHAT = /uitvoeringsprogramma|uitvoeringsplan|jaarplan|jaarverslag|jaarrekening|jaarstukken|\b(?:via|in|met) de (?:programma)?begroting\b|planning-? ?(?:en|&) ?control|\bp ?& ?c\b|begrotingscyclus|rapportage|brief\b|monitor|verantwoording|dashboard|evaluatie|veiligheidsbeeld|veiligheidsanalyse|factsheet|\brapport\b|overzicht|bijeenkomst|presentatie|bijgepraat|\bbijpraten|\bpraten (?:we|wij) (?:\S+ ){1,4}bij\b|mondeling|sessie\b|informatieavond|raadsavond|toelicht|\blicht(?:en|t)? (?:\S+ ){1,8}?toe\b|\bbesp(?:reken|reekt|roken|reking)\b/;
/**
 * The raad's sentence says it hears of progress: it is informed, reported or accounted to, briefed,
 * receives something; "De raden hebben in april 2018 vier prioriteiten vastgesteld" names the raad, a
 * date and the uitvoeringsprogramma next to it, and says nothing about progress.
 */
const ABOUT_PROGRESS = /inform|voortgang|rapport|verantwoord|monitor|evalu|terugkoppel|terug te koppelen|bijgepraat|\bbijpraten|\bpraten (?:we|wij) (?:\S+ ){1,4}bij\b|\bontvang|\bkrijg(?:t|en)\b|aangeboden|\baanbied|\bbied(?:t|en)\b|\bhoort\b|\bhoren\b|ervoor staat|\bgedeeld\b|voorgelegd|\bvoorleg|verslag|stand van zaken|resultaten|op de hoogte|bijstur|sessie\b|informatieavond|raadsavond|planning-? ?(?:en|&) ?control|\bp ?& ?c\b|begrotingscyclus|jaarstukken|jaarrekening/;
/**
 * A sentence about what the raad heard in the past is no promise of this plan: "…, die de raad op 12 mei
 * 2026 heeft ontvangen", "de raad werd jaarlijks geïnformeerd". Unless it also says it in the present or
 * future ("ontvangt", "wordt", "blijven we doen").
 */
const PAST_PROGRESS = /\b(?:heeft|hebben|had|hadden|was|waren|werd|werden)\b(?: \S+){0,8}? (?:ontvangen|gekregen|geinformeerd|aangeboden|voorgelegd|gedeeld|bijgepraat|gerapporteerd|toegelicht|besproken)\b|\b(?:ontving|ontvingen|kreeg|kregen|informeerde|informeerden|rapporteerde|rapporteerden)\b/;
const PRESENT_PROGRESS = /\b(?:wordt|worden|zal|zullen|blijft|blijven|ontvangt|krijgt|krijgen|informeert|informeren|rapporteert|rapporteren|biedt|bieden|legt|leggen|deelt|delen)\b/;
/** How a plan names itself: "dit plan", "het veiligheidsplan", "deze kadernota", "het IVP" (text/keywords.ts PLAN_KIND, or in short). */
const THIS_PLAN = `(?:(?:dit|het|deze) (?:huidige )?|de huidige )(?:${PLAN_KIND}|plan|beleidsplan|masterplan|meerjarenprogramma|kader(?:nota)?|nota)\\b`;
const WHO_EVALUATES = "(?:we|wij|de gemeenten?|het college|de raad)";
/**
 * "Voorafgaand aan een nieuwe kadernota evalueren we de huidige": the plan left out after "de huidige",
 * named as the new one in the same sentence (the word after "huidige" is then no noun).
 */
const NEW_PLAN = `\\bnieuwe? (?:(?:integraal|integrale) )?(?:${PLAN_KIND}|plan|beleidsplan|masterplan|meerjarenprogramma|kader(?:nota)?|nota)\\b`;
// Lookarounds in a word list's regex hold no parentheses (kwaliteit-woorden.test.ts takes them out to generate strings).
const EVALUATES_CURRENT =
  `(?:evalue(?:ren|ert) (?:${WHO_EVALUATES} )?(?:eerst )?|evaluatie van )(?:de|het) huidige(?:(?![ \\w])| (?:eerst|grondig|zorgvuldig|integraal|voordat|alvorens|en|om|zodat|in|aan|bij|op)\\b)` +
  `|(?:wordt|worden) (?:eerst )?(?:de|het) huidige (?:eerst |grondig |zorgvuldig )?geevalueerd`;
const FINAL = wordList(new RegExp(
  `eindevaluatie|evaluatie van ${THIS_PLAN}|${THIS_PLAN} (?:wordt|worden|zal worden|zullen worden) (?:\\S+ ){0,6}geevalueerd|(?:wordt|zal) ${THIS_PLAN} (?:\\S+ ){0,3}(?:worden )?geevalueerd` +
    // "evalueren we (de resultaten van) dit plan", "we evalueren het veiligheidsplan", "het college evalueert het plan"
    `|evalueren ${WHO_EVALUATES} (?:\\S+ ){0,3}${THIS_PLAN}|${WHO_EVALUATES} evalue(?:ren|ert) (?:\\S+ ){0,3}${THIS_PLAN}` +
    "|(?:aan het einde?|na (?:het einde?|afloop)|in het laatste jaar) van (?:de|deze) (?:(?:plan|bestuurs|raads|beleids)?periode|looptijd)\\b(?: van \\S+ \\S+)? (?:\\S+ ){0,4}(?:evalueren|evaluatie|geevalueerd)|nieuw veiligheidsplan (?:op basis van|na) (?:een )?evaluatie" +
    // "We sluiten de planperiode af met een evaluatie", "Na vier jaar volgt een evaluatie" (not a tussentijdse)
    "|sluiten (?:de|deze) (?:plan|bestuurs|raads)?periode af met een (?:eind)?evaluatie|\\bna vier jaar (?:(?!tussentijdse )\\S+ ){0,3}(?:evaluatie|evalueren|geevalueerd)" +
    // "voorafgaand aan een nieuwe kadernota evalueren we de huidige", "voordat er een nieuw plan komt, wordt het huidige geëvalueerd"
    `|${NEW_PLAN}.*?(?:${EVALUATES_CURRENT})|(?:${EVALUATES_CURRENT}).*?${NEW_PLAN}`,
), ["evalu"]);

/**
 * An evaluation dated at the plan's end, not naming the plan: "Eind 2026 vindt een evaluatie plaats",
 * "In 2027 evalueren we de resultaten", "Begin 2028 volgt een evaluatie" (a plan for 2024-2027). The year
 * must lie within a year of the period's last; a tussentijdse evaluation, or one of something else
 * ("in 2027 evalueren we het cameratoezicht"), does not count. Read only in the sentences marked for
 * "evalu" (few per plan).
 */
const EVALUATION = wordList(/evalu/, ["evalu"]);
const DATED = /\b(?:eind|einde|in|na|begin|medio|voorjaar|najaar|zomer|uiterlijk|voor|tegen|vanaf) (?:van )?(?:het jaar )?((?:19|20)\d{2})\b/g;
const NOT_FINAL = /tussentijd|halverwege|\bmid-?term|\bjaarlijks/;
/** What an evaluation is of, when the sentence says: the plan and its parts count, another thing not. */
const OBJECT = /\bevaluatie van (?:de|het) ([a-z-]+)|\bevalue(?:ren|ert) (?:we |wij )?(?:de|het) ([a-z-]+)|\b(?:wordt|worden) (?:de|het) ([a-z-]+) (?:\S+ ){0,3}geevalueerd/;
const OWN_OBJECT = /^(?:[a-z]*plan|[a-z]*beleid|[a-z]*kader|[a-z]*nota|ivp|ivb|integra[a-z]*|uitvoering|resultaten|doelen|doelstellingen|prioriteiten|effecten|aanpak)$/;

/**
 * A plan its title calls a programma ("Meerjarenprogramma Veiligheid", "Veiligheidsprogramma 2023-2026",
 * as Maastricht names its plan) calls itself "het programma" or "dit programma"; elsewhere "het programma"
 * may be any other (a programma Preventie met Gezag), so it counts only there.
 */
const PROGRAMME_TITLE = /programma\b/;
const PROGRAMME = /^(?:[a-z]*programma)$/;
const THIS_PROGRAMME = /\b(?:evaluatie van (?:dit|het) (?:huidige )?programma\b|(?:dit|het) programma (?:wordt|zal worden) (?:\S+ ){0,6}geevalueerd|evalue(?:ren|ert) (?:we |wij |het college |de gemeenten? )?(?:\S+ ){0,2}(?:dit|het) programma\b)/;

function evaluationAtEnd(folded: string, lastYear: number, programme: boolean): boolean {
  if (NOT_FINAL.test(folded)) return false;
  const object = OBJECT.exec(folded);
  const of = object?.[1] ?? object?.[2] ?? object?.[3];
  if (of !== undefined && !OWN_OBJECT.test(of) && !(programme && PROGRAMME.test(of))) return false;
  for (const m of folded.matchAll(DATED)) {
    const year = Number(m[1]);
    if (year >= lastYear - 1 && year <= lastYear + 1) return true;
  }
  return false;
}

/** A sentence about the plan before ("het vorige plan is aan het eind van de looptijd geëvalueerd"), not naming this one. */
const PREVIOUS = /\b(?:vorige?|voorgaande)\s+(?:\S+\s+)?(?:plan|ivp|ivb|[a-z]*veiligheidsplan|[a-z]*beleid|periode|planperiode)\b/;
const NAMES_THIS = /\b(?:dit|deze) (?:[a-z]*plan|ivp|ivb|nota|kader)\b|eindevaluatie/;
const aboutPrevious = (folded: string) => PREVIOUS.test(folded) && !NAMES_THIS.test(folded);

export interface Monitoring {
  /** A sentence that says when, to whom (the raad) and with what. */
  readonly complete?: Sentence;
  /** The best partial sentence, and what it lacks. */
  readonly partial?: { readonly sentence: Sentence; readonly lacks: readonly ("wanneer" | "aanWie" | "waarmee")[] };
  readonly final?: Sentence;
}

export function monitoring(plan: ParsedPlan): Monitoring {
  let complete: Sentence | undefined;
  let partial: Monitoring["partial"];
  let final: Sentence | undefined;
  const all = sentences(plan);
  const has = sentenceTester(plan);
  const lastYear = plan.fields.periode?.value?.tot;
  const programme = PROGRAMME_TITLE.test(foldText(plan.fields.titel?.value ?? ""));
  for (let k = 0; k < all.length; k++) {
    const s = all[k]!;
    if (
      !final &&
      ((has(s, FINAL) && !aboutPrevious(s.folded)) ||
        (has(s, EVALUATION) &&
          ((programme && THIS_PROGRAMME.test(s.folded) && !NOT_FINAL.test(s.folded) && !aboutPrevious(s.folded)) || (lastYear !== undefined && evaluationAtEnd(s.folded, lastYear, programme)))))
    )
      final = s;
    if (complete) {
      if (final) break;
      continue;
    }
    // A complete and a partial sentence both name the raad, so the other two lists are tried only on
    // sentences that do (a few per plan).
    if (!has(s, TO_WHOM)) continue;
    const f = s.folded;
    if (!ABOUT_PROGRESS.test(f) || (PAST_PROGRESS.test(f) && !PRESENT_PROGRESS.test(f))) continue;
    // The sentence before or after it in the same section may say when or with what: "Het college stelt
    // jaarlijks een uitvoeringsprogramma vast. De raad wordt daarover geïnformeerd."
    const before = k > 0 && all[k - 1]!.section === s.section ? all[k - 1]!.folded : "";
    const after = k + 1 < all.length && all[k + 1]!.section === s.section ? all[k + 1]!.folded : "";
    const parts = { wanneer: WHEN.test(f) || WHEN.test(before) || WHEN.test(after), aanWie: true, waarmee: WITH_WHAT.test(f) || WITH_WHAT.test(before) || WITH_WHAT.test(after) };
    const n = Number(parts.wanneer) + Number(parts.aanWie) + Number(parts.waarmee);
    if (n === 3) complete = s;
    else if (n === 2 && parts.aanWie && !partial) partial = { sentence: s, lacks: (Object.keys(parts) as (keyof typeof parts)[]).filter((k) => !parts[k]) };
  }
  return { ...(complete ? { complete } : partial ? { partial } : {}), ...(final ? { final } : {}) };
}
