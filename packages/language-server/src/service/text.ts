/**
 * Texts the language service writes itself (hover texts, outline names, completion details, action
 * titles). Rule messages come from core's catalog; these are the editor's own words, Dutch by default.
 */
import type { Locale, ThemeNode } from "@veiligheidsplan/core";

export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}

/** Picks the text for the locale and fills `{name}` placeholders. */
export function say(locale: Locale, text: Bilingual, data: Readonly<Record<string, string | number>> = {}): string {
  return text[locale].replace(/\{(\w+)\}/g, (m, k: string) => (data[k] !== undefined ? String(data[k]) : m));
}

export function themeKind(locale: Locale, t: Pick<ThemeNode, "soort">): string {
  return t.soort === "prioritair" ? say(locale, { nl: "prioritair thema", en: "priority theme" }) : say(locale, { nl: "kernthema", en: "core theme" });
}

export const TEXT = {
  metadata: { nl: "Gegevens", en: "Metadata" },
  budgetTable: { nl: "Begroting", en: "Budget" },
  totals: { nl: "Totaal", en: "Total" },
  // Hover: citations.
  lawTextMissing: {
    nl: "De tekst van dit artikel staat niet in het register van deze tool; lees het op wetten.overheid.nl.",
    en: "The text of this article is not in this tool's register; read it on wetten.overheid.nl.",
  },
  lawUnknown: {
    nl: "Deze wet staat niet in het register van deze tool. Bekende wetten: {laws}.",
    en: "This law is not in this tool's register. Known laws: {laws}.",
  },
  lawMissing: {
    nl: "Er staat geen wet bij dit artikel. Schrijf bijvoorbeeld: artikel 38b, eerste lid, Politiewet 2012.",
    en: "No law is named with this article. Write, for example: artikel 38b, eerste lid, Politiewet 2012.",
  },
  citationUnreadable: {
    nl: "Dit is geen leesbare wetsverwijzing. Schrijf bijvoorbeeld: artikel 38b, eerste lid, Politiewet 2012.",
    en: "This is not a readable legal citation. Write, for example: artikel 38b, eerste lid, Politiewet 2012.",
  },
  openOnWetten: { nl: "Lees het artikel op wetten.overheid.nl", en: "Read the article on wetten.overheid.nl" },
  lawTextSource: {
    nl: "Tekst uit het register van deze tool ({date}); controleer de geldende tekst op wetten.overheid.nl.",
    en: "Text from this tool's register ({date}); check the text in force on wetten.overheid.nl.",
  },
  // Hover: budget.
  columnTotal: { nl: "Totaal {year}", en: "Total {year}" },
  computedSum: { nl: "Opgeteld uit de regels", en: "Sum of the lines" },
  statedTotal: { nl: "In de tabel", en: "Stated in the table" },
  difference: { nl: "Verschil", en: "Difference" },
  totalMatches: { nl: "Het totaal klopt.", en: "The total is correct." },
  totalTooHigh: { nl: "Het totaal in de tabel is {diff} hoger dan de som van de regels.", en: "The total in the table is {diff} higher than the sum of the lines." },
  totalTooLow: { nl: "Het totaal in de tabel is {diff} lager dan de som van de regels.", en: "The total in the table is {diff} lower than the sum of the lines." },
  totalMissing: { nl: "De tabel noemt hier geen totaal.", en: "The table states no total here." },
  unreadableCells: {
    nl: "{count} bedrag(en) zijn niet te lezen en zijn niet meegeteld.",
    en: "{count} amount(s) cannot be read and are not counted.",
  },
  // Hover: themes.
  themeHover: { nl: "Thema {nummer}: {title}", en: "Theme {nummer}: {title}" },
  themeRefUnknown: { nl: "Er is geen thema {nummer} in dit plan.", en: "There is no theme {nummer} in this plan." },
  themeTitleUnknown: { nl: "Er is geen thema met de titel “{title}” in dit plan.", en: "There is no theme titled “{title}” in this plan." },
  themeRefTitleDiffers: {
    nl: "Deze verwijzing noemt “{written}”, maar thema {nummer} heet “{title}”.",
    en: "This reference says “{written}”, but theme {nummer} is called “{title}”.",
  },
  themeRange: { nl: "Thema's {from} tot en met {to}:", en: "Themes {from} through {to}:" },
  themeReferenced: { nl: "{count} verwijzing(en) in de tekst.", en: "{count} reference(s) in the text." },
  themeFundedBy: { nl: "Gefinancierd uit: {lines}.", en: "Funded by: {lines}." },
  themeNotFunded: { nl: "Geen deelproduct in de begroting noemt dit thema.", en: "No deelproduct in the budget names this theme." },
  deelproductHover: { nl: "Deelproduct: {name}", en: "Deelproduct: {name}" },
  deelproductThemes: { nl: "Dient de thema's: {themes}.", en: "Serves the themes: {themes}." },
  deelproductAllThemes: { nl: "Dient alle thema's.", en: "Serves all themes." },
  deelproductNoToelichting: { nl: "Er is geen toelichting bij dit deelproduct.", en: "This deelproduct has no toelichting." },
  // Hover: diagnostics.
  ruleLink: { nl: "Uitleg van de regel `{id}`", en: "About the rule `{id}`" },
  // Code actions.
  disableLine: { nl: "Schakel {id} uit voor deze regel", en: "Disable {id} for this line" },
  disableBlock: { nl: "Schakel {id} uit voor deze {block}", en: "Disable {id} for this {block}" },
  disableFile: { nl: "Schakel {id} uit voor dit hele plan", en: "Disable {id} for the whole plan" },
  openRuleDocs: { nl: "Open de uitleg van de regel {id}", en: "Open the page of the rule {id}" },
  fixAll: { nl: "Herstel alle automatisch op te lossen problemen", en: "Fix all automatically fixable problems" },
  blockTable: { nl: "tabel", en: "table" },
  blockList: { nl: "lijst", en: "list" },
  blockQuote: { nl: "quote", en: "quote" },
  blockOther: { nl: "alinea", en: "paragraph" },
  // Rename.
  renameViaTitle: {
    nl: "Hernoem een thema via zijn titel; het nummer volgt uit de volgorde van de thema's.",
    en: "Rename a theme through its title; its number follows from the order of the themes.",
  },
  renameNothing: {
    nl: "Hier staat niets om te hernoemen: zet de cursor op de titel van een thema of op een deelproduct.",
    en: "Nothing to rename here: put the cursor on a theme's title or on a deelproduct.",
  },
  renameEmpty: { nl: "Een nieuwe naam mag niet leeg zijn en moet op één regel passen.", en: "A new name must not be empty and must fit on one line." },
  // Completion.
  newTheme: { nl: "Nieuw thema {nummer}", en: "New theme {nummer}" },
  headingFor: { nl: "Kop voor {what}", en: "Heading for {what}" },
  themeOf: { nl: "thema {nummer}", en: "theme {nummer}" },
  pillarOf: { nl: "pijler van thema {nummer}", en: "pillar of theme {nummer}" },
  toelichtingOf: { nl: "toelichting bij een deelproduct", en: "toelichting of a deelproduct" },
  chapter: { nl: "hoofdstuk", en: "chapter" },
  deelproductFromToelichting: { nl: "deelproduct met een toelichting maar nog zonder regel", en: "deelproduct with a toelichting but no line yet" },
  pillarIntro: { nl: "Aankondiging van de pijlers", en: "Announcement of the pillars" },
  frontMatterKey: { nl: "gegeven", en: "metadata field" },
  directive: { nl: "uitzondering op een controle", en: "exception to a check" },
} satisfies Record<string, Bilingual>;
