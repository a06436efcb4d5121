/**
 * The laws this domain cites, with their BWB identifiers and the texts of the key articles (for hovers
 * and for quoting the law in messages).
 *
 * Sources: the texts were taken on 2026-11-28 from the project's research notes (shared/research/domain.md),
 * which read them from a public mirror of wetten.overheid.nl (statengeneraal/laws-markdown). Check them
 * against wetten.overheid.nl before quoting them as current law.
 */

export interface ArticleText {
  readonly artikel: string;
  /** The text per lid; key 0 holds an article that has no numbered leden. */
  readonly leden: Readonly<Record<number, string>>;
  /** Extra Juriconnect path parts that locate the article (hoofdstuk, paragraaf …). */
  readonly locator?: string;
}

export interface Law {
  /** Which articles and leden exist, with the source and date of the text they were read from. */
  readonly articleList: ArticleList;
  /** Stable id used in code and config. */
  readonly id: string;
  /** The name as the law gives it. */
  readonly name: string;
  readonly bwb: string;
  /** Lower-case names and abbreviations a text may use for this law. */
  readonly aliases: readonly string[];
  readonly articles: Readonly<Record<string, ArticleText>>;
}

import { ARTICLE_LISTS, type ArticleList, type Leden } from "./articles.js";

export const TEXTS_RETRIEVED = "2026-11-28";
export const TEXTS_SOURCE =
  "wetten.overheid.nl, via the public mirror statengeneraal/laws-markdown (see docs/architecture.md); check the current text before quoting";

export const LAWS: readonly Law[] = [
  {
    id: "politiewet-2012",
    articleList: ARTICLE_LISTS["politiewet-2012"]!,
    name: "Politiewet 2012",
    bwb: "BWBR0031788",
    aliases: ["politiewet 2012", "politiewet", "pw 2012", "pw"],
    articles: {
      "13": {
        artikel: "13",
        leden: {
          2: "… De afspraken worden mede gemaakt op basis van de doelen, bedoeld in artikel 38b, eerste lid.",
        },
      },
      "38a": { artikel: "38a", leden: { 1: "Er is ten minste één wijkagent werkzaam per 5 000 inwoners." } },
      "38b": {
        artikel: "38b",
        leden: {
          1: "De gemeenteraad stelt ten minste eenmaal in de vier jaar de doelen vast die de gemeente op het terrein van de veiligheid nastreeft door de handhaving van de openbare orde en de hulpverlening door de politie.",
          2: "Voorafgaand aan de vaststelling van het beleidsplan, bedoeld in artikel 39, eerste lid, hoort de burgemeester van een gemeente in het gebied waarin de regionale eenheid de politietaak uitvoert, de gemeenteraad van die gemeente over het ontwerpbeleidsplan.",
        },
        locator: "hoofdstuk=3&afdeling=3.3",
      },
      "39": {
        artikel: "39",
        leden: {
          1: "… het beleidsplan, dat ten minste eenmaal in de vier jaar wordt vastgesteld, bevat mede de doelen, bedoeld in artikel 38b, eerste lid.",
        },
      },
    },
  },
  {
    id: "wet-veiligheidsregios",
    articleList: ARTICLE_LISTS["wet-veiligheidsregios"]!,
    name: "Wet veiligheidsregio's",
    bwb: "BWBR0027466",
    aliases: ["wet veiligheidsregios", "wet veiligheidsregio s", "wvr"],
    articles: {
      "3a": {
        artikel: "3a",
        leden: {
          0: "De gemeenteraad stelt ten minste eenmaal in de vier jaar de doelen vast die de gemeente betreffende de brandveiligheid en de werkwijze en kwaliteit van de brandweerzorg nastreeft.",
        },
        locator: "paragraaf=2",
      },
      "14": {
        artikel: "14",
        leden: {
          2: "Voorafgaand aan de vaststelling van het beleidsplan overlegt de burgemeester van een gemeente in het gebied van de veiligheidsregio met de gemeenteraad over het ontwerpbeleidsplan.",
        },
      },
    },
  },
  {
    id: "gemeentewet",
    articleList: ARTICLE_LISTS["gemeentewet"]!,
    name: "Gemeentewet",
    bwb: "BWBR0005416",
    aliases: ["gemeentewet", "gemw"],
    articles: {
      "172": {
        artikel: "172",
        leden: {
          1: "De burgemeester is belast met de handhaving van de openbare orde.",
          2: "De burgemeester is bevoegd overtredingen van wettelijke voorschriften die betrekking hebben op de openbare orde, te beletten of te beëindigen. Hij bedient zich daarbij van de onder zijn gezag staande politie.",
          3: "De burgemeester is bevoegd bij verstoring van de openbare orde of bij ernstige vrees voor het ontstaan daarvan, de bevelen te geven die noodzakelijk te achten zijn voor de handhaving van de openbare orde.",
        },
      },
      "174": {
        artikel: "174",
        leden: {
          1: "De burgemeester is belast met het toezicht op de openbare samenkomsten en vermakelijkheden alsmede op de voor het publiek openstaande gebouwen en daarbij behorende erven.",
        },
      },
      "174a": {
        artikel: "174a",
        leden: {
          1: "De burgemeester kan besluiten een woning, een niet voor het publiek toegankelijk lokaal of een bij die woning of dat lokaal behorend erf te sluiten, indien door gedragingen in de woning of het lokaal of op het erf de openbare orde rond de woning, het lokaal of het erf wordt verstoord.",
        },
      },
    },
  },
  {
    id: "opiumwet",
    articleList: ARTICLE_LISTS["opiumwet"]!,
    name: "Opiumwet",
    bwb: "BWBR0001941",
    aliases: ["opiumwet"],
    articles: { "13b": { artikel: "13b", leden: {} } },
  },
  {
    id: "wet-bibob",
    articleList: ARTICLE_LISTS["wet-bibob"]!,
    name: "Wet Bibob",
    bwb: "BWBR0013798",
    aliases: [
      "wet bibob",
      "bibob",
      "wet bevordering integriteitsbeoordelingen door het openbaar bestuur",
      "wet bevordering integriteitstoetsen door het openbaar bestuur",
    ],
    articles: {},
  },
];

export function findLaw(idOrAlias: string): Law | undefined {
  const k = idOrAlias.trim().toLowerCase().replace(/['’]/g, "").replace(/\s+/g, " ");
  return (lawsByKey ??= indexLaws()).get(k);
}

/** Every law by its id, its BWB id in lower case and each alias; the first law listed wins a shared key. Built once: every citation looks its law up. */
let lawsByKey: Map<string, Law> | undefined;
function indexLaws(): Map<string, Law> {
  const byKey = new Map<string, Law>();
  for (const l of LAWS) for (const k of [l.id, l.bwb.toLowerCase(), ...l.aliases]) if (!byKey.has(k)) byKey.set(k, l);
  return byKey;
}

/** The wetten.overheid.nl link in the Juriconnect (jci 1.3) form. */
export function lawUrl(law: Law, artikel?: string, lid?: number): string {
  let url = `https://wetten.overheid.nl/jci1.3:c:${law.bwb}`;
  if (artikel) url += `&artikel=${artikel}`;
  if (artikel && lid !== undefined && lid > 0) url += `&lid=${lid}`;
  return url;
}

/** The text of an article (one lid, or every lid joined), if the registry holds it. */
export function articleText(law: Law, artikel: string, lid?: number): string | undefined {
  const a = law.articles[artikel.toLowerCase()];
  if (!a) return undefined;
  if (lid !== undefined && a.leden[lid] !== undefined) return a.leden[lid];
  const all = Object.entries(a.leden).sort(([x], [y]) => Number(x) - Number(y));
  if (all.length === 0) return undefined;
  if (all.length === 1) return all[0]![1];
  return all.map(([n, t]) => `${n}. ${t}`).join("\n");
}

/** What the article list says of a cited article and lid. */
export type ArticleCheck =
  | { readonly kind: "bestaat" }
  | { readonly kind: "geenArtikel"; readonly near: readonly string[] }
  | { readonly kind: "geenLid"; readonly leden: number };

/** Whether `artikel` (and `lid`) exist in the law, by its article list; with near articles when it does not. */
export function checkArticle(law: Law, artikel: string, lid?: number): ArticleCheck {
  const list = law.articleList;
  const a = artikel.toLowerCase();
  const added = list.added?.[a];
  // An added article whose leden were not verified: it exists, its leden are not checked.
  const leden: Leden | undefined = list.articles[a] ?? added?.leden;
  if (leden === undefined) return added ? { kind: "bestaat" } : { kind: "geenArtikel", near: nearArticles(law, a) };
  if (lid === undefined) return { kind: "bestaat" };
  const numbered = typeof leden === "number" ? leden : leden.filter((x) => /^\d+$/.test(x)).length;
  return lid >= 1 && lid <= numbered ? { kind: "bestaat" } : { kind: "geenLid", leden: numbered };
}

/**
 * Existing articles one keystroke from what was written (a digit or letter dropped, added, changed,
 * or two swapped: "83b" for "38b"); those whose text the registry holds first, at most three.
 */
function nearArticles(law: Law, a: string): string[] {
  const all = [...Object.keys(law.articleList.articles), ...Object.keys(law.articleList.added ?? {})];
  const near = all.filter((x) => x !== a && oneEditApart(x, a));
  const known = (x: string) => (law.articles[x] ? 0 : 1);
  return near.sort((x, y) => known(x) - known(y) || x.length - y.length || x.localeCompare(y, "nl", { numeric: true })).slice(0, 3);
}

/** Damerau distance of at most one. */
function oneEditApart(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) {
    if (x.slice(i + 1) === y.slice(i + 1)) return true; // one changed
    return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2); // two swapped
  }
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.slice(i) === long.slice(i + 1); // one dropped or added
}
