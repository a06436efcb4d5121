/**
 * The kwaliteitstoets' reading of monitoring (CCV checklist: evaluation and monitoring): one sentence
 * (with the sentences next to it) that says when, to whom (the raad) and with what the plan's progress
 * is reported, and whether the plan says it will itself be evaluated at its end. Its own file because
 * the ways plans say so need room; kwaliteit/toets.ts re-exports it with the other assessments.
 */
import type { ParsedPlan } from "../structure/types.js";
import { PLAN_KIND } from "../text/keywords.js";
import { sentences, type Sentence } from "./tekst.js";
import { sentenceHas, wordList } from "./woorden.js";

// "Na twee jaar", "om de twee jaar", "in 2028", and the yearly cycle of begroting and jaarrekening ("via de planning- en controlcyclus").
const WHEN = /\bjaarlijks|\bper jaar\b|\belk jaar\b|\bieder jaar\b|halfjaarlijks|tweejaarlijks|\bper kwartaal\b|\belk kwartaal\b|\btussentijds|\bmidterm|\bhalverwege\b|\bperiodiek|\bjaarlijkse\b|\b(?:na|om de|elk|elke|ieder|iedere) (?:\w+ )?jaar\b|\bin 20\d{2}\b|planning-? ?(?:en|&) ?control|\bp ?& ?c\b|begrotingscyclus|jaarcyclus/;
// A committee of the raad ("de commissie Bestuur"), not the European one.
const TO_WHOM = wordList(/\b(?:gemeente)?(?:raad|raden)\b|raadsleden|raadscommissie|(?<!europese |staats)\bcommissie\b/, ["raad", "raden", "commissie"]);
const WITH_WHAT = /uitvoeringsprogramma|uitvoeringsplan|jaarplan|jaarverslag|jaarrekening|jaarstukken|\b(?:via|in|met) de (?:programma)?begroting\b|rapportage|brief\b|monitor|verantwoording|dashboard|evaluatie|veiligheidsbeeld|veiligheidsanalyse|factsheet|\brapport\b|overzicht|informatiebijeenkomst|themabijeenkomst|presentatie/;
/** How a plan names itself: "dit plan", "het veiligheidsplan", "deze kadernota", "het IVP" (text/keywords.ts PLAN_KIND, or in short). */
const THIS_PLAN = `(?:dit|het|deze) (?:${PLAN_KIND}|plan|beleidsplan|masterplan|meerjarenprogramma|kader(?:nota)?|nota)\\b`;
const WHO_EVALUATES = "(?:we|wij|de gemeenten?|het college|de raad)";
const FINAL = wordList(new RegExp(
  `eindevaluatie|evaluatie van ${THIS_PLAN}|${THIS_PLAN} (?:wordt|zal worden) (?:\\S+ ){0,3}geevalueerd|(?:wordt|zal) ${THIS_PLAN} (?:\\S+ ){0,3}(?:worden )?geevalueerd` +
    // "evalueren we (de resultaten van) dit plan", "we evalueren het veiligheidsplan", "het college evalueert het plan"
    `|evalueren ${WHO_EVALUATES} (?:\\S+ ){0,3}${THIS_PLAN}|${WHO_EVALUATES} evalue(?:ren|ert) (?:\\S+ ){0,3}${THIS_PLAN}` +
    "|(?:aan het einde?|na (?:het einde?|afloop)|in het laatste jaar) van (?:de|deze) (?:plan|bestuurs|raads)?periode (?:\\S+ ){0,3}(?:evalueren|evaluatie)|nieuw veiligheidsplan (?:op basis van|na) (?:een )?evaluatie" +
    // "We sluiten de planperiode af met een evaluatie", "Na vier jaar volgt een evaluatie" (not a tussentijdse)
    "|sluiten (?:de|deze) (?:plan|bestuurs|raads)?periode af met een (?:eind)?evaluatie|\\bna vier jaar (?:(?!tussentijdse )\\S+ ){0,3}(?:evaluatie|evalueren|geevalueerd)",
), ["evalu"]);

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
  for (let k = 0; k < all.length; k++) {
    const s = all[k]!;
    if (!final && sentenceHas(plan, s, FINAL)) final = s;
    if (complete) {
      if (final) break;
      continue;
    }
    // A complete and a partial sentence both name the raad, so the other two lists are tried only on
    // sentences that do (a few per plan).
    if (!sentenceHas(plan, s, TO_WHOM)) continue;
    const f = s.folded;
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
