/**
 * Message texts, apart from rule logic. Keys are `<rule-id>.<message-id>`; every key has Dutch (the
 * default) and English. Placeholders are written `{name}` and filled from the finding's data.
 * Write for a policy writer: what is wrong, why (quoting the law where the rule comes from law), and
 * how to fix it.
 */
import type { Locale, MessageData } from "../diagnostic.js";
import { LANGUAGE_SERVER_MESSAGES } from "./language-server.js";
export { LANGUAGE_SERVER_MESSAGES };
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

export const MESSAGES: Readonly<Record<string, MessageText>> = { ...ENGINE_MESSAGES, ...RULE_MESSAGES, ...LANGUAGE_SERVER_MESSAGES };

/** Fills `{name}` placeholders. Unknown placeholders are left as written so that a gap is visible. */
export function formatMessage(key: string, locale: Locale, data?: MessageData): string {
  const entry = MESSAGES[key];
  const template = entry ? entry[locale] : key;
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (data[name] !== undefined ? String(data[name]) : m));
}
