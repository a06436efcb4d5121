/**
 * Messages of the language server itself (not of a rule): files it could not read, settings it could
 * not use, and the budget sums it shows in the editor. Keys start with `languageServer.`.
 */
import type { MessageText } from "./catalog.js";

export const LANGUAGE_SERVER_MESSAGES: Readonly<Record<string, MessageText>> = {
  "languageServer.configUnreadable": {
    nl: "Het configuratiebestand {file} kan niet gelezen worden: {detail}. De controles lopen zonder dit bestand tot het hersteld is.",
    en: "The configuration file {file} cannot be read: {detail}. The checks run without it until it is fixed.",
  },
  "languageServer.ruleOptionsInvalid": {
    nl: "De instellingen van de regel {rule} in de configuratie kloppen niet ({detail}); de regel loopt met zijn standaardinstellingen.",
    en: "The options for the rule {rule} in the configuration are not valid ({detail}); the rule runs with its defaults.",
  },
  "languageServer.predecessorOutsideWorkspace": {
    nl: "Het vorige plan '{bestand}' staat buiten de geopende werkmap en is daarom niet gelezen. Open een map waarin beide plannen staan, of controleer beide plannen samen met de opdrachtregel.",
    en: "The previous plan '{bestand}' is outside the open workspace folder and was therefore not read. Open a folder that holds both plans, or check both plans together on the command line.",
  },
  "languageServer.predecessorNotRegular": {
    nl: "Het vorige plan '{bestand}' is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp) en is niet gelezen. Verwijs naar het bestand van het vorige plan.",
    en: "The previous plan '{bestand}' is not a regular file (but, for example, a device or a pipe) and was not read. Refer to the previous plan's file.",
  },
  "languageServer.predecessorTooLarge": {
    nl: "Het vorige plan '{bestand}' is groter dan {limit} en is niet gelezen. Verwijs naar het bestand van het vorige plan.",
    en: "The previous plan '{bestand}' is larger than {limit} and was not read. Refer to the previous plan's file.",
  },
  "languageServer.planUnreadable": {
    nl: "Dit bestand is niet gecontroleerd: het is geen gewoon bestand of groter dan {limit}.",
    en: "This file was not checked: it is not a regular file or it is larger than {limit}.",
  },
  "languageServer.budgetSum": {
    nl: "som {sum} · verschil {difference}",
    en: "sum {sum} · difference {difference}",
  },
  "languageServer.budgetSumMatches": {
    nl: "som {sum} · klopt",
    en: "sum {sum} · correct",
  },
  "languageServer.budgetSumNoTotal": {
    nl: "som {sum}",
    en: "sum {sum}",
  },
  "languageServer.budgetSumTooltip": {
    nl: "De som van de bedragen in deze kolom, en hoeveel het totaal in de tabel daarvan afwijkt (totaal min som).",
    en: "The sum of the amounts in this column, and how far the total in the table differs from it (total minus sum).",
  },
  "languageServer.budgetLens": {
    nl: "Totalen: {columns}",
    en: "Totals: {columns}",
  },
  "languageServer.fix.renumberThemes": {
    nl: "Nummer de thema's opnieuw (1 t/m {aantal}), met de verwijzingen",
    en: "Number the themes again (1 to {aantal}), with their references",
  },
  "languageServer.fix.addHeading": { nl: "Voeg de kop '{kop}' toe", en: "Add the heading '{kop}'" },
  "languageServer.fix.addToelichting": { nl: "Voeg een toelichting voor {deelproduct} toe", en: "Add a toelichting for {deelproduct}" },
  // Words that are part of the plan's format: the same in both languages.
  "languageServer.heading.opgave": { nl: "Opgave", en: "Opgave" },
  "languageServer.heading.ambitie": { nl: "Ambitie", en: "Ambitie" },
  "languageServer.heading.toelichting": { nl: "Toelichting", en: "Toelichting" },
  "languageServer.toelichtingPlaceholder": {
    nl: "Beschrijf hier waaraan dit geld besteed wordt en welk thema het dient, bijvoorbeeld: (Thema 1 — …).",
    en: "Describe here what this money is spent on and which theme it serves, for example: (Thema 1 — …).",
  },
};
