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
  // The language service's own words: hover texts, outline names, completion details, action titles.
  "languageServer.text.metadata": { nl: "Gegevens", en: "Metadata" },
  "languageServer.text.budgetTable": { nl: "Begroting", en: "Budget" },
  "languageServer.text.totals": { nl: "Totaal", en: "Total" },
  // Hover: citations.
  "languageServer.text.lawTextMissing": { nl: "De tekst van dit artikel staat niet in het register van deze tool; lees het op wetten.overheid.nl.", en: "The text of this article is not in this tool's register; read it on wetten.overheid.nl." },
  "languageServer.text.lawUnknown": { nl: "Deze wet staat niet in het register van deze tool. Bekende wetten: {laws}.", en: "This law is not in this tool's register. Known laws: {laws}." },
  "languageServer.text.lawMissing": { nl: "Er staat geen wet bij dit artikel. Schrijf bijvoorbeeld: artikel 38b, eerste lid, Politiewet 2012.", en: "No law is named with this article. Write, for example: artikel 38b, eerste lid, Politiewet 2012." },
  "languageServer.text.citationUnreadable": { nl: "Dit is geen leesbare wetsverwijzing. Schrijf bijvoorbeeld: artikel 38b, eerste lid, Politiewet 2012.", en: "This is not a readable legal citation. Write, for example: artikel 38b, eerste lid, Politiewet 2012." },
  "languageServer.text.openOnWetten": { nl: "Lees het artikel op wetten.overheid.nl", en: "Read the article on wetten.overheid.nl" },
  "languageServer.text.lawTextSource": { nl: "Tekst uit het register van deze tool ({date}); controleer de geldende tekst op wetten.overheid.nl.", en: "Text from this tool's register ({date}); check the text in force on wetten.overheid.nl." },
  // Hover: budget.
  "languageServer.text.columnTotal": { nl: "Totaal {year}", en: "Total {year}" },
  "languageServer.text.computedSum": { nl: "Opgeteld uit de regels", en: "Sum of the lines" },
  "languageServer.text.statedTotal": { nl: "In de tabel", en: "Stated in the table" },
  "languageServer.text.difference": { nl: "Verschil", en: "Difference" },
  "languageServer.text.totalMatches": { nl: "Het totaal klopt.", en: "The total is correct." },
  "languageServer.text.totalTooHigh": { nl: "Het totaal in de tabel is {diff} hoger dan de som van de regels.", en: "The total in the table is {diff} higher than the sum of the lines." },
  "languageServer.text.totalTooLow": { nl: "Het totaal in de tabel is {diff} lager dan de som van de regels.", en: "The total in the table is {diff} lower than the sum of the lines." },
  "languageServer.text.totalMissing": { nl: "De tabel noemt hier geen totaal.", en: "The table states no total here." },
  "languageServer.text.unreadableCells": { nl: "{count} bedrag(en) zijn niet te lezen en zijn niet meegeteld.", en: "{count} amount(s) cannot be read and are not counted." },
  // Hover: themes.
  "languageServer.text.themeHover": { nl: "Thema {nummer}: {title}", en: "Theme {nummer}: {title}" },
  "languageServer.text.themeRefUnknown": { nl: "Er is geen thema {nummer} in dit plan.", en: "There is no theme {nummer} in this plan." },
  "languageServer.text.themeTitleUnknown": { nl: "Er is geen thema met de titel “{title}” in dit plan.", en: "There is no theme titled “{title}” in this plan." },
  "languageServer.text.themeRefTitleDiffers": { nl: "Deze verwijzing noemt “{written}”, maar thema {nummer} heet “{title}”.", en: "This reference says “{written}”, but theme {nummer} is called “{title}”." },
  "languageServer.text.themeRange": { nl: "Thema's {from} tot en met {to}:", en: "Themes {from} through {to}:" },
  "languageServer.text.themeReferenced": { nl: "{count} verwijzing(en) in de tekst.", en: "{count} reference(s) in the text." },
  "languageServer.text.themeFundedBy": { nl: "Gefinancierd uit: {lines}.", en: "Funded by: {lines}." },
  "languageServer.text.themeNotFunded": { nl: "Geen deelproduct in de begroting noemt dit thema.", en: "No deelproduct in the budget names this theme." },
  "languageServer.text.deelproductHover": { nl: "Deelproduct: {name}", en: "Deelproduct: {name}" },
  "languageServer.text.deelproductThemes": { nl: "Dient de thema's: {themes}.", en: "Serves the themes: {themes}." },
  "languageServer.text.deelproductAllThemes": { nl: "Dient alle thema's.", en: "Serves all themes." },
  "languageServer.text.deelproductNoToelichting": { nl: "Er is geen toelichting bij dit deelproduct.", en: "This deelproduct has no toelichting." },
  // Hover: diagnostics.
  "languageServer.text.ruleLink": { nl: "Uitleg van de regel `{id}`", en: "About the rule `{id}`" },
  // Code actions.
  "languageServer.text.disableLine": { nl: "Schakel {id} uit voor deze regel", en: "Disable {id} for this line" },
  "languageServer.text.disableBlock": { nl: "Schakel {id} uit voor deze {block}", en: "Disable {id} for this {block}" },
  "languageServer.text.disableFile": { nl: "Schakel {id} uit voor dit hele plan", en: "Disable {id} for the whole plan" },
  "languageServer.text.openRuleDocs": { nl: "Open de uitleg van de regel {id}", en: "Open the page of the rule {id}" },
  "languageServer.text.fixAll": { nl: "Herstel alle automatisch op te lossen problemen", en: "Fix all automatically fixable problems" },
  "languageServer.text.blockTable": { nl: "tabel", en: "table" },
  "languageServer.text.blockList": { nl: "lijst", en: "list" },
  "languageServer.text.blockQuote": { nl: "quote", en: "quote" },
  "languageServer.text.blockOther": { nl: "alinea", en: "paragraph" },
  // Rename.
  "languageServer.text.renameViaTitle": { nl: "Hernoem een thema via zijn titel; het nummer volgt uit de volgorde van de thema's.", en: "Rename a theme through its title; its number follows from the order of the themes." },
  "languageServer.text.renameNothing": { nl: "Hier staat niets om te hernoemen: zet de cursor op de titel van een thema of op een deelproduct.", en: "Nothing to rename here: put the cursor on a theme's title or on a deelproduct." },
  "languageServer.text.renameEmpty": { nl: "Een nieuwe naam mag niet leeg zijn en moet op één regel passen.", en: "A new name must not be empty and must fit on one line." },
  // Completion.
  "languageServer.text.newTheme": { nl: "Nieuw thema {nummer}", en: "New theme {nummer}" },
  "languageServer.text.headingFor": { nl: "Kop voor {what}", en: "Heading for {what}" },
  "languageServer.text.themeOf": { nl: "thema {nummer}", en: "theme {nummer}" },
  "languageServer.text.pillarOf": { nl: "pijler van thema {nummer}", en: "pillar of theme {nummer}" },
  "languageServer.text.toelichtingOf": { nl: "toelichting bij een deelproduct", en: "toelichting of a deelproduct" },
  "languageServer.text.chapter": { nl: "hoofdstuk", en: "chapter" },
  "languageServer.text.deelproductFromToelichting": { nl: "deelproduct met een toelichting maar nog zonder regel", en: "deelproduct with a toelichting but no line yet" },
  "languageServer.text.pillarIntro": { nl: "Aankondiging van de pijlers", en: "Announcement of the pillars" },
  "languageServer.text.frontMatterKey": { nl: "gegeven", en: "metadata field" },
  "languageServer.text.directive": { nl: "uitzondering op een controle", en: "exception to a check" },
  "languageServer.text.themeKindPrioritair": { nl: "prioritair thema", en: "priority theme" },
  "languageServer.text.themeKindKern": { nl: "kernthema", en: "core theme" },
  // Completion: the values and directives offered, with their documentation.
  "languageServer.completion.door.gemeenteraad": { nl: "De raad stelt het plan vast (artikel 38b, eerste lid, Politiewet 2012).", en: "The council adopts the plan (article 38b(1) Politiewet 2012)." },
  "languageServer.completion.door.college-van-burgemeester-en-wethouders": { nl: "Het college stelt het plan voor aan de raad.", en: "The college proposes the plan to the council." },
  "languageServer.completion.door.burgemeester": { nl: "De burgemeester.", en: "The burgemeester." },
  "languageServer.completion.status.concept": { nl: "Een concept, nog niet voorgesteld.", en: "A draft, not yet proposed." },
  "languageServer.completion.status.voorstel": { nl: "Voorgesteld aan de raad, nog niet vastgesteld.", en: "Proposed to the council, not yet adopted." },
  "languageServer.completion.status.vastgesteld": { nl: "Door de gemeenteraad vastgesteld.", en: "Adopted by the council." },
  "languageServer.completion.directive.veiligheidsplan-disable-next-line": { nl: "Schakel controles uit voor de volgende regel.", en: "Disable checks for the next line." },
  "languageServer.completion.directive.veiligheidsplan-disable-line": { nl: "Schakel controles uit voor deze regel.", en: "Disable checks for this line." },
  "languageServer.completion.directive.veiligheidsplan-disable": { nl: "Schakel controles uit tot `veiligheidsplan-enable`.", en: "Disable checks until `veiligheidsplan-enable`." },
  "languageServer.completion.directive.veiligheidsplan-enable": { nl: "Schakel de controles weer in.", en: "Enable the checks again." },
  "languageServer.completion.directive.veiligheidsplan-disable-file": { nl: "Schakel controles uit voor het hele plan.", en: "Disable checks for the whole plan." },
};
