/**
 * Texts the language service writes itself (hover texts, outline names, completion details, action
 * titles), by message id: the texts are in core's catalog (core/src/messages/language-server.ts,
 * `languageServer.*`), Dutch by default. The front-matter fields' documentation comes as nl/en pairs
 * from core's field declarations (model/fields.ts); `say` takes those too.
 */
import { formatMessage, type Locale, type ThemeNode } from "@veiligheidsplan/core";

export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}

/** The text for the locale with `{name}` placeholders filled: a catalog id, or an nl/en pair from core's field declarations. */
export function say(locale: Locale, text: string | Bilingual, data: Readonly<Record<string, string | number>> = {}): string {
  if (typeof text === "string") return formatMessage(text, locale, data);
  return text[locale].replace(/\{(\w+)\}/g, (m, k: string) => (data[k] !== undefined ? String(data[k]) : m));
}

export function themeKind(locale: Locale, t: Pick<ThemeNode, "soort">): string {
  return say(locale, t.soort === "prioritair" ? "languageServer.text.themeKindPrioritair" : "languageServer.text.themeKindKern");
}

const KEYS = [
  "metadata",
  "budgetTable",
  "totals",
  "lawTextMissing",
  "lawUnknown",
  "lawMissing",
  "citationUnreadable",
  "openOnWetten",
  "lawTextSource",
  "columnTotal",
  "computedSum",
  "computedSaldo",
  "statedTotal",
  "difference",
  "totalMatches",
  "totalTooHigh",
  "totalTooLow",
  "totalMissing",
  "unreadableCells",
  "themeHover",
  "themeRefUnknown",
  "themeTitleUnknown",
  "themeRefTitleDiffers",
  "themeRange",
  "themeReferenced",
  "themeFundedBy",
  "themeNotFunded",
  "deelproductHover",
  "deelproductThemes",
  "deelproductAllThemes",
  "deelproductNoToelichting",
  "ruleLink",
  "disableLine",
  "disableBlock",
  "disableFile",
  "openRuleDocs",
  "fixAll",
  "blockTable",
  "blockList",
  "blockQuote",
  "blockOther",
  "renameViaTitle",
  "renameNothing",
  "renameEmpty",
  "newTheme",
  "headingFor",
  "themeOf",
  "pillarOf",
  "toelichtingOf",
  "chapter",
  "deelproductFromToelichting",
  "pillarIntro",
  "frontMatterKey",
  "directive",
] as const;

/** Message ids by short name: `TEXT.fixAll` is `languageServer.text.fixAll`. */
export const TEXT = Object.fromEntries(KEYS.map((k) => [k, `languageServer.text.${k}`])) as { readonly [K in (typeof KEYS)[number]]: string };
