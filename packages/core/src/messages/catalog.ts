/**
 * Message texts, apart from rule logic. Keys are `<rule-id>.<message-id>`; every key has Dutch (the
 * default) and English. Placeholders are written `{name}` and filled from the finding's data.
 * Write for a policy writer: what is wrong, why (quoting the law where the rule comes from law), and
 * how to fix it.
 */
import type { Locale, MessageData } from "../diagnostic.js";
import { LANGUAGE_SERVER_MESSAGES } from "./language-server.js";
export { LANGUAGE_SERVER_MESSAGES };
import { KWALITEIT_MESSAGES } from "./kwaliteit.js";
import { RULE_MESSAGES } from "./rules.js";
import { writeValue } from "./values.js";

export interface MessageText {
  readonly nl: string;
  readonly en: string;
}

/** Messages of the parser and of the engine itself (directives). */
export const ENGINE_MESSAGES: Readonly<Record<string, MessageText>> = {
  "syntax.yaml": {
    nl: "De gegevens bovenaan het plan (tussen de regels met ---) zijn niet te lezen: {detail}. Controleer de inspringing en de dubbele punten.",
    en: "The data at the top of the plan (between the --- lines) cannot be read: {detail}. Check the indentation and the colons.",
  },
  "syntax.frontMatterNotMap": {
    nl: "De gegevens bovenaan het plan moeten regels van de vorm 'sleutel: waarde' zijn, zoals 'titel: Samen veilig'.",
    en: "The data at the top of the plan must be lines of the form 'key: value', such as 'titel: Samen veilig'.",
  },
  "syntax.frontMatterUnclosed": {
    nl: "De gegevens bovenaan het plan beginnen met --- maar worden nergens afgesloten. Zet een regel met alleen --- onder de laatste gegevensregel.",
    en: "The data at the top of the plan starts with --- but is never closed. Put a line with only --- below the last data line.",
  },
  "syntax.commentUnclosed": {
    nl: "Deze opmerking (<!--) wordt nergens afgesloten met -->, zodat alle tekst erna onzichtbaar wordt. Sluit de opmerking af met -->.",
    en: "This comment (<!--) is never closed with -->, so all text after it is hidden. Close the comment with -->.",
  },
  "syntax.fenceUnclosed": {
    nl: "Dit codeblok (```) wordt nergens afgesloten; alle tekst erna telt als code. Sluit het af met een regel ```.",
    en: "This code block (```) is never closed; all text after it counts as code. Close it with a line ```.",
  },
  "syntax.frontMatterTooLarge": {
    nl: "De gegevens bovenaan het plan (tussen de regels met ---) zijn {size} groot; meer dan {limit} wordt niet gelezen, omdat geen echt plan zoveel gegevens heeft. Zet lange tekst in het plan zelf, onder de gegevens.",
    en: "The data at the top of the plan (between the --- lines) is {size}; more than {limit} is not read, since no real plan has that much data. Put long text in the plan itself, below the data.",
  },
  "syntax.frontMatterTooDeep": {
    nl: "De gegevens bovenaan het plan zijn hier meer dan {limit} niveaus diep genest (inspringing of haakjes) en worden daarom niet gelezen. Gebruik regels van de vorm 'sleutel: waarde' met weinig inspringing.",
    en: "The data at the top of the plan is nested more than {limit} levels deep here (indentation or brackets) and is therefore not read. Use lines of the form 'key: value' with little indentation.",
  },
  "syntax.invisibleCharacter": {
    nl: "In '{word}' staat een onzichtbaar teken ({codePoint}). Een lezer ziet het niet, maar het kan een woord als Totaal of Financiën onherkenbaar maken voor een controle; het plan wordt gelezen alsof het er niet staat. Verwijder het teken.",
    en: "'{word}' contains an invisible character ({codePoint}). A reader does not see it, but it can hide a word such as Totaal or Financiën from a check; the plan is read as if it were not there. Remove the character.",
  },
  "syntax.lookAlikeCharacter": {
    nl: "In '{word}' staat een letter uit een ander schrift ({codePoint}) die eruitziet als de letter '{letter}'. Een lezer ziet het verschil niet, maar een controle wel; het plan wordt gelezen alsof er '{letter}' staat. Vervang de letter door een gewone '{letter}'.",
    en: "'{word}' contains a letter from another script ({codePoint}) that looks like the letter '{letter}'. A reader cannot tell the difference, but a check can; the plan is read as if it said '{letter}'. Replace it with a plain '{letter}'.",
  },
  "syntax.removeInvisible": { nl: "Verwijder het onzichtbare teken {codePoint}", en: "Remove the invisible character {codePoint}" },
  "syntax.replaceLookAlike": { nl: "Vervang {codePoint} door '{letter}'", en: "Replace {codePoint} with '{letter}'" },
  "syntax.notAPlan.empty": {
    nl: "Dit bestand is leeg en dus (nog) geen veiligheidsplan. Begin met de gegevens bovenaan (tussen regels met ---), de prioritaire thema's en de financiën.",
    en: "This file is empty, so it is not a safety plan (yet). Start with the data at the top (between lines with ---), the priority themes and the finances.",
  },
  "syntax.notAPlan.binary": {
    nl: "Dit is geen tekst maar een binair bestand (zoals een PDF, Word-document of afbeelding), en dus geen veiligheidsplan. Een veiligheidsplan is platte tekst.",
    en: "This is not text but a binary file (such as a PDF, Word document or image), so it is not a safety plan. A safety plan is plain text.",
  },
  "syntax.notAPlan.noStructure": {
    nl: "Dit is geen veiligheidsplan: het heeft geen gegevens bovenaan (tussen regels met ---) en geen hoofdstuk 'Prioritaire thema's', 'Kernthema's' of 'Financiën'.",
    en: "This is not a safety plan: it has no data at the top (between lines with ---) and no chapter 'Prioritaire thema's', 'Kernthema's' or 'Financiën'.",
  },
  "directives.unused": {
    nl: "Deze uitzondering ({directive}) schakelt niets uit: {rules} meldt hier niets. Verwijder de opmerking, zodat ze later geen echte fout verbergt.",
    en: "This exception ({directive}) suppresses nothing: {rules} reports nothing here. Remove the comment so that it does not hide a real problem later.",
  },
  "directives.unknownRule": {
    nl: "De regel '{rule}' bestaat niet. Bekende regels: {known}.",
    en: "There is no rule '{rule}'. Known rules: {known}.",
  },
  "directives.removeFix": {
    nl: "Verwijder de overbodige uitzondering",
    en: "Remove the unnecessary exception",
  },
  "directives.all": { nl: "geen enkele regel", en: "no rule" },
  // What a plan let no check read (not-checked.ts): the parts, as the report and `--format json` name them.
  "nietGecontroleerd.themas": { nl: "de thema's (nummering, opgave en ambitie, pijlers, verwijzingen, thema's in de begroting)", en: "the themes (numbering, opgave and ambitie, pillars, references, themes in the budget)" },
  "nietGecontroleerd.opgave-ambitie": { nl: "opgave en ambitie per thema", en: "opgave and ambitie per theme" },
  "nietGecontroleerd.pijlers": { nl: "de pijlers", en: "the pillars" },
  "nietGecontroleerd.begroting": { nl: "de begroting (totalen, opbouw, thema's per deelproduct)", en: "the budget (totals, layout, themes per deelproduct)" },
  "nietGecontroleerd.begroting-totalen": { nl: "de totalen van de begroting", en: "the budget's totals" },
  "nietGecontroleerd.begroting-themas": { nl: "aan welke thema's de deelproducten bijdragen", en: "which themes the deelproducten serve" },
  "nietGecontroleerd.continuiteit": { nl: "de aansluiting op het vorige plan", en: "continuity with the previous plan" },
  "nietGecontroleerd.begroting-kolommen": { nl: "kolommen van de begroting die geen jaar zijn", en: "budget columns that are not years" },
  "nietGecontroleerd.brandveiligheid": { nl: "de doelen voor de brandveiligheid (artikel 3a Wet veiligheidsregio's)", en: "the goals for fire safety (article 3a Wet veiligheidsregio's)" },
  "nietGecontroleerd.wetten": { nl: "verwijzingen naar wetten die de controle niet kent", en: "citations of laws the check does not know" },
  // One council of a joint plan, named before a message of the cycle rules about its own decision.
  "gemeente.bij": { nl: "Gemeente {gemeente}: ", en: "Municipality of {gemeente}: " },
  // A theme named in a message, where the plan numbers its themes plainly ("3. Ondermijning"); a plan
  // that says "Prioriteit 3" or "Speerpunt 3" is spoken to in its own words (rules/theme-names.ts).
  "thema.nummer": { nl: "thema {nummer}", en: "theme {nummer}" },
  "thema.Nummer": { nl: "Thema {nummer}", en: "Theme {nummer}" },
  "thema.naam": { nl: "thema {nummer} ({titel})", en: "theme {nummer} ({titel})" },
  "thema.Naam": { nl: "Thema {nummer} ({titel})", en: "Theme {nummer} ({titel})" },
  "thema.naamTitel": { nl: "thema '{titel}'", en: "theme '{titel}'" },
  "thema.NaamTitel": { nl: "Thema '{titel}'", en: "Theme '{titel}'" },
  // The law as messages cite it (the registry holds the texts; these are the names in each language).
  "wet.38b": { nl: "artikel 38b, eerste lid, Politiewet 2012", en: "article 38b(1) Politiewet 2012" },
  "wet.38bEn3a": {
    nl: "artikel 38b, eerste lid, Politiewet 2012 en artikel 3a Wet veiligheidsregio's",
    en: "article 38b(1) Politiewet 2012 and article 3a Wet veiligheidsregio's",
  },
};

export const MESSAGES: Readonly<Record<string, MessageText>> = { ...ENGINE_MESSAGES, ...RULE_MESSAGES, ...LANGUAGE_SERVER_MESSAGES, ...KWALITEIT_MESSAGES };

/**
 * Each catalog template split once into text and placeholder names, alternating ("a {x} b" →
 * ["a ", "x", " b"]): formatting runs for every finding of every plan, and a regular expression with a
 * callback per call cost about 4% of a lint run.
 */
const templateParts = new Map<string, readonly string[]>();
const PLACEHOLDER = /\{(\w+)\}/;

function partsOf(template: string): readonly string[] {
  let parts = templateParts.get(template);
  if (parts === undefined) {
    parts = template.split(PLACEHOLDER);
    templateParts.set(template, parts);
  }
  return parts;
}

/**
 * Fills `{name}` placeholders, writing each value in the locale (messages/values.ts); a nested message
 * is rendered with the same locale. Unknown placeholders are left as written so that a gap is visible.
 */
export function formatMessage(key: string, locale: Locale, data?: MessageData): string {
  const entry = MESSAGES[key];
  if (!entry) return data ? fillTemplate(key, locale, data) : key;
  const template = entry[locale];
  if (!data) return template;
  const nested = (k: string, d?: MessageData) => formatMessage(k, locale, d);
  const parts = partsOf(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const v = data[parts[i]!];
    out += (v !== undefined ? writeValue(v, locale, nested) : `{${parts[i]}}`) + parts[i + 1]!;
  }
  return out;
}

/** The plain definition of filling a template (and the path for text that is not in the catalog). */
export function fillTemplate(template: string, locale: Locale, data: MessageData): string {
  const nested = (k: string, d?: MessageData) => formatMessage(k, locale, d);
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = data[name];
    return v !== undefined ? writeValue(v, locale, nested) : m;
  });
}
