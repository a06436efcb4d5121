/**
 * Which articles each law the registry knows has, and how many leden each article has: the law as data,
 * so that a citation of an article or lid that does not exist is found.
 *
 * Derived from the consolidated texts on wetten.overheid.nl as kept in the public mirror
 * statengeneraal/laws-markdown (one commit per day the text changed): `node scripts/law-articles.mjs
 * <README.md>` prints an article list from such a text. Each entry names its file, commit and the date
 * of the text. Those texts are from 2015. Where a law is known to have gained articles since, its list
 * is marked `complete: false` and a citation of an article not in it is a warning ("not found in the
 * text of <date>"), not an error. A newer text can replace a list with the same script.
 *
 * Leden: a number n means leden 1 to n (0: the article has no numbered leden); a list names irregular
 * leden (an inserted "2a"). Repealed articles are left out, as the texts leave them out.
 */

export type Leden = number | readonly string[];

export interface ArticleList {
  /** Where the list was read: the mirror's file and commit. */
  readonly source: string;
  /** The date of the text the list was taken from (the day wetten.overheid.nl showed it). */
  readonly textDate: string;
  /** True when no article is known to have been added since the text date. */
  readonly complete: boolean;
  /** What is known about changes since, and what was checked. */
  readonly note: string;
  /** Articles added after the text date that were verified elsewhere, each with its own source. */
  readonly added?: Readonly<Record<string, { readonly leden?: Leden; readonly source: string }>>;
  readonly articles: Readonly<Record<string, Leden>>;
}

export const MIRROR = "https://github.com/statengeneraal/laws-markdown";

export const ARTICLE_LISTS: Readonly<Record<string, ArticleList>> = {
  "politiewet-2012": {
    source: `${MIRROR}/blob/0ca57ae8df218441fe98b8216a0229d330d65065/wet/politiewet/2012/BWBR0031788/README.md`,
    textDate: "2015-07-20",
    complete: true,
    note: "Ends at artikel 76; 38a–38d (38c: the regioburgemeester); 38b has two leden, as issue 15 also states. No article added since the text date is known here; not compared with the current text.",
    articles: {
      "1": 2, "2": 0, "2a": 0, "3": 0, "4": 4, "5": 0, "6": 2, "7": 7, "8": 3, "9": 7, "10": 3, "11": 2, "12": 2,
      "13": 4, "14": 4, "15": 3, "16": 3, "17": 2, "18": 3, "19": 3, "20": 2, "21": 2, "22": 0, "23": 3, "24": 0,
      "25": 4, "26": 0, "27": 2, "28": 3, "29": 3, "30": 2, "31": 0, "32": 2, "33": 0, "34": 0, "35": 0, "36": 3,
      "37": 4, "38": 2, "38a": 2, "38b": 2, "38c": 2, "38d": 0, "39": 6, "40": 3, "41": 0, "41a": 0, "42": 4,
      "43": 3, "44": 2, "45": 2, "46": 2, "47": 4, "48": 0, "49": 3, "50": 0, "51": 0, "52": 0, "53": 4, "54": 0,
      "55": 0, "56": 5, "57": 3, "58": 2, "59": 5, "60": 0, "61": 0, "62": 0, "63": 0, "64": 2, "65": 3, "66": 3,
      "67": 0, "67a": 2, "68": 3, "69": 2, "70": 6, "71": 6, "72": 0, "73": 0, "74": 2, "75": 0, "76": 0,
    },
  },
  "wet-veiligheidsregios": {
    source: `${MIRROR}/blob/c3fe918bc5b82cd7797117bde329b9fe6d35e6d7/wet/wet/veiligheidsregio's/BWBR0027466/README.md`,
    textDate: "2015-01-05",
    complete: true,
    note: "Art. 3a (the raad's goals for fire safety, added in 2013) has no numbered leden; art. 14 has a lid 2a. No article added since the text date is known here; not compared with the current text.",
    articles: {
      "1": 0, "2": 0, "3": 3, "3a": 0, "4": 2, "5": 0, "6": 0, "7": 4, "8": 0, "9": 0, "10": 0, "11": 5, "12": 2,
      "13": 0, "14": ["1", "2", "2a", "3"], "15": 5, "16": 4, "17": 3, "18": 5, "19": 2, "20": 2, "21": 2, "22": 0,
      "23": 0, "24": 3, "25": 3, "30": 2, "31": 7, "32": 2, "33": 4, "34": 3, "35": 6, "36": 0, "37": 2, "38": 0,
      "39": 6, "40": 5, "41": 2, "42": 2, "43": 0, "44": 2, "45": 3, "46": 5, "47": 3, "48": 6, "49": 6, "50": 3,
      "51": 5, "52": 6, "53": 2, "54": 0, "55": 5, "56": 4, "57": 3, "58": 5, "59": 3, "60": 0, "61": 3, "62": 2,
      "63": 0, "64": 7, "65": 3, "66": 2, "67": 4, "68": 3, "69": 0, "70": 2, "71": 2, "72": 3, "73": 6, "74": 5,
      "75": 5, "75a": 0, "76": 0, "77": 0, "78": 5, "79": 0, "80": 0, "81": 0, "82": 0,
    },
  },
  "gemeentewet": {
    source: `${MIRROR}/blob/512d7a57ecc315210301bce9c6fa5dfae8205bd4/wet/gemeentewet/BWBR0005416/README.md`,
    textDate: "2015-11-24",
    complete: false,
    note: "Amended since (e.g. art. 151d, woonoverlast, in force 1 July 2017): an article not in this list may be newer, so it is a warning, not an error.",
    added: {
      "151d": { source: "Wet aanpak woonoverlast, in force 2017-07-01 (blog.sbo.nl/veiligheid/wet-aanpak-woonoverlast-komt-eraan, which quotes its second lid); number of leden not verified" },
    },
    articles: {
      "1": 2, "2": 0, "3": 0, "4": 0, "5": 0, "6": 0, "7": 0, "8": 2, "9": 0, "10": 3, "11": 0, "12": 2, "13": 3,
      "14": 2, "15": 3, "16": 0, "17": 2, "18": 0, "19": 2, "20": 3, "21": 3, "22": 0, "23": 5, "24": 0, "25": 4,
      "26": 3, "27": 0, "28": 4, "29": 2, "30": 2, "31": 3, "32": 6, "32a": 0, "33": 3, "34": 2, "35": 2, "36": 5,
      "36a": 3, "36b": 3, "37": 0, "38": 0, "39": 0, "40": 0, "41": 0, "41a": 2, "41b": 5, "41c": 2, "42": 2,
      "43": 2, "44": 8, "45": 5, "45a": 2, "45b": 3, "46": 4, "47": 2, "49": 0, "50": 0, "52": 0, "53": 2, "53a": 3,
      "54": 2, "55": 3, "56": 3, "57": 0, "58": 0, "59": 2, "59a": 3, "60": 3, "61": 7, "61a": 5, "61b": 7, "61c": 3,
      "61d": 2, "62": 3, "63": 0, "64": 0, "65": 2, "66": 7, "67": 4, "68": 2, "69": 2, "70": 0, "71": 2, "72": 2,
      "73": 2, "74": 2, "76": 0, "77": 2, "78": 2, "79": 0, "80": 0, "81": 2, "81a": 3, "81b": 0, "81bis": 0,
      "81c": 7, "81d": 3, "81e": 0, "81f": 2, "81g": 2, "81h": 0, "81i": 2, "81j": 4, "81k": 0, "81l": 0, "81m": 2,
      "81n": 0, "81o": 0, "81oa": 3, "81p": 3, "81q": 4, "81r": 2, "81s": 2, "81t": 4, "81u": 0, "81v": 0, "81w": 3,
      "81x": 2, "81y": 3, "81z": 0, "82": 5, "83": 5, "84": 4, "85": 3, "86": 3, "95": 4, "96": 3, "97": 0, "98": 0,
      "99": 2, "100": 2, "101": 0, "102": 0, "103": 2, "104": 0, "106": 2, "107": 0, "107a": 2, "107b": 0, "107d": 2,
      "107e": 2, "108": 3, "109": 0, "110": 6, "111": 3, "112": 0, "113": 0, "114": 3, "115": 2, "116": 3, "117": 2,
      "118": 0, "119": 5, "120": 3, "121": 0, "122": 0, "123": 3, "124": 4, "124a": 2, "124b": 2, "124c": 2,
      "124d": 0, "124e": 0, "124f": 3, "124g": 2, "124h": 0, "125": 4, "139": 5, "140": 4, "141": 0, "142": 0,
      "143": 0, "144": 0, "145": 0, "147": 3, "147a": 3, "147b": 2, "149": 0, "149a": 0, "150": 2, "151a": 3,
      "151b": 6, "151c": 8, "154": 3, "154a": 13, "154b": 7, "154c": 3, "154d": 0, "154e": 0, "154k": 2, "154l": 0,
      "154m": 2, "154n": 5, "155": 2, "155a": 8, "155b": 3, "155c": 9, "155d": 2, "155e": 4, "155f": 0, "156": 4,
      "157": 2, "158": 3, "160": 4, "165": 3, "166": 0, "167": 2, "168": 3, "169": 5, "170": 3, "171": 2, "172": 4,
      "172a": 9, "172b": 4, "174": 3, "174a": 5, "174b": 5, "175": 2, "176": 7, "176a": 3, "177": 2, "178": 4,
      "179": 0, "180": 3, "182": 2, "183": 3, "184": 3, "184a": 0, "185": 5, "186": 8, "187": 0, "189": 4, "190": 3,
      "191": 2, "192": 2, "193": 0, "194": 2, "195": 0, "197": 3, "198": 4, "199": 0, "200": 0, "201": 0, "203": 5,
      "205": 2, "206": 0, "207": 2, "208": 5, "209": 2, "210": 3, "211": 0, "212": 2, "213": 9, "213a": 3, "214": 0,
      "215": 0, "216": 0, "217": 0, "219": 2, "220": 0, "220a": 2, "220b": 2, "220c": 0, "220d": 4, "220e": 0,
      "220f": 0, "220h": 2, "221": 3, "222": 5, "223": 3, "224": 2, "225": 8, "226": 3, "227": 0, "228": 0, "228a": 3,
      "229": 3, "229a": 0, "229b": 2, "229c": 0, "230": 0, "231": 4, "232": 5, "233": 0, "233a": 2, "234": 8,
      "235": 16, "236": 2, "237": 5, "238": 2, "239": 2, "242": 3, "243": 0, "244": 0, "246a": 2, "249": 0, "250": 2,
      "251": 0, "252": 0, "253": 5, "254": 0, "255": 5, "256": 0, "257": 0, "259": 2, "266": 3, "268": 2, "273": 3,
      "273a": 3, "274": 2, "275": 0, "277": 0, "278": 2, "278a": 5, "279": 0, "281": 2, "281a": 0, "290": 5,
      "291": 0, "310": 0,
    },
  },
  "opiumwet": {
    source: `${MIRROR}/blob/d2772656a97ede1bd992650d3f3f0aee32dc14f8/wet/opiumwet/BWBR0001941/README.md`,
    textDate: "2015-10-02",
    complete: false,
    note: "Art. 13b was reworded on 1 January 2019 (lid 1 widened); articles added since are not in this list.",
    articles: {
      "1": 5, "2": 0, "3": 0, "3a": 5, "3b": 2, "3c": 2, "4": 3, "5": 4, "6": 3, "7": 3, "8": 5, "8a": 2, "8b": 0,
      "8c": 2, "8d": 0, "8e": 2, "8f": 2, "8g": 0, "8h": 0, "8i": 6, "8j": 0, "8k": 0, "9": 4, "9a": 0, "10": 6,
      "10a": 2, "11": 7, "11a": 0, "11b": 2, "12": 0, "13": 4, "13a": 0, "13b": 2, "14": 0, "15": 0,
    },
  },
  "wet-bibob": {
    source: `${MIRROR}/blob/b13d9381791459d6343e5a89a749f12f18eeaa20/wet/wet/bevordering/integriteitsbeoordelingen/door/het/openbaar/bestuur/BWBR0013798/README.md`,
    textDate: "2015-11-12",
    complete: false,
    note: "Amended since (Wet verruiming Bibob); articles added after the text date are not in this list.",
    articles: {
      "1": 3, "2": 0, "3": 8, "4": 2, "5": 3, "5a": 0, "6": 2, "7": 3, "8": 0, "9": 4, "10": 0, "11": 0, "11a": 0,
      "12": 4, "13": 2, "14": 2, "15": 3, "16": 2, "17": 0, "18": 0, "19": 0, "20": 3, "21": 3, "22": 0, "23": 0,
      "24": 0, "26": 0, "27": 5, "27a": 0, "28": 4, "29": 0, "30": 6, "31": 0, "32": 0, "33": 4, "34": 0, "35": 0,
      "36": 0, "38": 0, "39": 0, "40": 0, "41": 0, "42": 0, "43": 0, "45": 0, "46": 0, "47": 0,
    },
  },
};
