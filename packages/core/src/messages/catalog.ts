/**
 * Message texts, apart from rule logic. Keys are `<rule-id>.<message-id>`; every key has Dutch (the
 * default) and English. Placeholders are written `{name}` and filled from the finding's data.
 * Write for a policy writer: what is wrong, why (quoting the law where the rule comes from law), and
 * how to fix it.
 */
import type { Locale, MessageData } from "../diagnostic.js";
import { RULE_MESSAGES } from "./rules.js";

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
};

export const MESSAGES: Readonly<Record<string, MessageText>> = { ...ENGINE_MESSAGES, ...RULE_MESSAGES };

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

/** Fills `{name}` placeholders. Unknown placeholders are left as written so that a gap is visible. */
export function formatMessage(key: string, locale: Locale, data?: MessageData): string {
  const entry = MESSAGES[key];
  if (!entry) return data ? fillTemplate(key, data) : key;
  const template = entry[locale];
  if (!data) return template;
  const parts = partsOf(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = data[parts[i]!];
    out += (value !== undefined ? String(value) : `{${parts[i]}}`) + parts[i + 1]!;
  }
  return out;
}

/** The plain definition of filling a template (and the path for text that is not in the catalog). */
export function fillTemplate(template: string, data: MessageData): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (data[name] !== undefined ? String(data[name]) : m));
}
