/**
 * The legal-citation reader: finds citations such as "artikel 38b, eerste lid, Politiewet 2012",
 * "art. 38b lid 1 Politiewet", "artikel 3a van de Wet veiligheidsregio's" or "Wvr art. 3a" in a text
 * and resolves them against the registry.
 */
import { articleText, findLaw, LAWS, lawUrl, type Law } from "./registry.js";

export interface Citation {
  /** Offsets within the scanned text. */
  readonly start: number;
  readonly end: number;
  /** The citation as written. */
  readonly text: string;
  readonly artikel: string;
  readonly lid?: number;
  /** The law's name as written, if any. */
  readonly lawText?: string;
  /** The law it resolves to. */
  readonly law?: Law;
  /** Whether the registry knows this article of the law (and so has its text). */
  readonly articleKnown: boolean;
}

const ORDINALS: Record<string, number> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10,
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Law names, longest first so that "Politiewet 2012" wins over "Politiewet". Apostrophes may be ' or ’.
const LAW_NAMES = LAWS.flatMap((l) => l.aliases)
  .sort((a, b) => b.length - a.length)
  .map((a) => escape(a).replace(/regios/, "regio['’]?s").replace(/ /g, "\\s+"))
  .join("|");
// A capitalised "Wet …" that is not in the registry, so that an unknown law is reported rather than ignored.
const OTHER_LAW = "(?:Wet|wet)\\s+[\\p{L}'’\\-]+(?:\\s+(?:op|van|de|het|inzake)?\\s*[\\p{L}'’\\-]+){0,3}|[\\p{Lu}][\\p{L}]*wet(?:\\s+\\d{4})?";
const LID = "(?:,?\\s*(?:(eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|\\d+e)\\s+lid|lid\\s+(\\d+)))";
const ARTICLE = "(?:artikel|art\\.?)\\s+(\\d+[a-z]{0,2}(?:\\.\\d+)?)\\b";

const ARTICLE_FIRST = new RegExp(
  `\\b${ARTICLE}${LID}?(?:\\s*,?\\s*(?:van\\s+(?:de|het)\\s+)?(${LAW_NAMES}|${OTHER_LAW})\\b)?`,
  "giu",
);
/** Whether a text may hold an article: its "art(ikel) <digit>". */
export const ARTICLE_PRESENT = /art(?:ikel|\.)?\s+\d/iu;
/** Every place where an article may begin: both forms have their "art(ikel) <digit>" there. */
const ARTICLE_CANDIDATES = /art(?:ikel|\.)?\s+\d/giu;
/** The same, for a caller that searches a whole text once before reading pieces of it. */
export const ARTICLE_HINT: RegExp = ARTICLE_CANDIDATES;
// The article also in parentheses after the law, the closing one with it: "de Politiewet (artikel 38b)".
// (The ")" is matched first and the look back is bounded, so a long line without one costs nothing more.)
const LAW_FIRST = new RegExp(`\\b(${LAW_NAMES})\\s*[,(]?\\s*${ARTICLE}${LID}?(?:\\s*\\)(?<=\\(\\s*art(?:ikel|\\.)?\\s+[^()]{1,40}\\)))?`, "giu");
/** The same patterns, matched only where they are tried (sticky), so a long paragraph is not rescanned. */
const ARTICLE_FIRST_AT = new RegExp(ARTICLE_FIRST.source, "iuy");
const LAW_FIRST_AT = new RegExp(LAW_FIRST.source, "iuy");
/** A law's name has at most this many words (counting "2012" and the "s" of "regio's"). */
const MAX_LAW_WORDS = Math.max(...LAWS.flatMap((l) => l.aliases).map((a) => a.split(/[^A-Za-z0-9_]+/).filter(Boolean).length)) + 1;

/** For tests: the two patterns, to check the targeted search against a scan of the whole text. */
export const CITATION_PATTERNS = { LAW_FIRST, ARTICLE_FIRST } as const;

function lidNumber(ordinal: string | undefined, digits: string | undefined): number | undefined {
  if (digits) return Number(digits);
  if (!ordinal) return undefined;
  const o = ordinal.toLowerCase();
  return ORDINALS[o] ?? (/^\d+e$/.test(o) ? Number(o.slice(0, -1)) : undefined);
}

function resolve(artikel: string, lid: number | undefined, lawText: string | undefined, start: number, end: number, text: string): Citation {
  const law = lawText ? findLaw(lawText.replace(/\s+/g, " ")) : undefined;
  const art = artikel.toLowerCase();
  return {
    start,
    end,
    text,
    artikel: art,
    lid,
    lawText,
    law,
    articleKnown: law !== undefined && law.articles[art] !== undefined,
  };
}

/** Finds every citation in `text`. Overlapping matches of the two forms are resolved in favour of the longer. */
export function findCitations(text: string): Citation[] {
  // Both forms need "art(ikel) <digit>"; most paragraphs have none ("partners", "start").
  if (!ARTICLE_PRESENT.test(text)) return [];
  // The two patterns are large Unicode alternations that cost about 150 ns per character when scanned
  // over a whole paragraph. Every match has its article at a candidate "art(ikel) <digit>", and a law
  // named first starts at one of the few words before it, so they are only tried there. This gives
  // exactly what `matchAll` over the whole text gives (law/citation.test.ts checks that).
  const candidates: number[] = [];
  for (const m of text.matchAll(ARTICLE_CANDIDATES)) candidates.push(m.index!);
  const found: Citation[] = [];
  let lawEnd = 0;
  for (const p of candidates) {
    if (p < lawEnd) continue;
    for (const q of wordStartsBefore(text, p, MAX_LAW_WORDS, lawEnd)) {
      LAW_FIRST_AT.lastIndex = q;
      const m = LAW_FIRST_AT.exec(text);
      // A match from q has its article at p: nothing but a law's name, spaces and a comma or parenthesis lies between.
      if (!m) continue;
      lawEnd = q + m[0].length;
      found.push(resolve(m[2]!, lidNumber(m[3], m[4]), m[1], q, lawEnd, m[0]));
      break;
    }
  }
  // The law-first citations are sorted and do not overlap, and article-first matches come in order:
  // one pointer walks both, so a paragraph of many citations is read in linear time (a search of
  // every earlier citation per match made "artikel 1 " × 100k take minutes).
  const lawFirst = found.length;
  let next = 0;
  let articleEnd = 0;
  for (const start of candidates) {
    if (start < articleEnd) continue;
    ARTICLE_FIRST_AT.lastIndex = start;
    const m = ARTICLE_FIRST_AT.exec(text);
    if (!m) continue;
    const end = start + m[0].length;
    articleEnd = end;
    while (next < lawFirst && found[next]!.end <= start) next++;
    if (next < lawFirst && found[next]!.start < end) continue;
    found.push(resolve(m[1]!, lidNumber(m[2], m[3]), m[4], start, end, m[0]));
  }
  return lawFirst === 0 || lawFirst === found.length ? found : found.sort((a, b) => a.start - b.start);
}

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 0x17f || c === 0x212a;

/** The starts of up to `max` words before `p` (not before `from`), leftmost first: where `\b` + a law's name can begin. */
function wordStartsBefore(text: string, p: number, max: number, from: number): number[] {
  const starts: number[] = [];
  let i = p;
  while (i > from && starts.length < max) {
    while (i > from && !isWordChar(text.charCodeAt(i - 1))) i--;
    if (i === from) break;
    while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
    if (i < from) break;
    starts.push(i);
  }
  return starts.reverse();
}

/** Reads one citation that must make up the whole text (a `grondslag` entry). */
export function readCitation(text: string): Citation | undefined {
  const trimmed = text.trim();
  const all = findCitations(trimmed);
  if (all.length !== 1) return undefined;
  const c = all[0]!;
  // Allow trailing punctuation only.
  if (c.start !== 0 || trimmed.slice(c.end).replace(/[.;,\s]/g, "") !== "") return undefined;
  return c;
}

/** The canonical way to write a citation: "artikel 38b, eerste lid, Politiewet 2012". */
export function formatCitation(c: { artikel: string; lid?: number; law?: Law }): string {
  const ord = Object.entries(ORDINALS).find(([, n]) => n === c.lid)?.[0];
  const lid = c.lid === undefined ? "" : `, ${ord ?? `${c.lid}e`} lid`;
  return `artikel ${c.artikel}${lid}${c.law ? `${lid ? "," : ""} ${c.law.name}` : ""}`;
}

export function citationUrl(c: Citation): string | undefined {
  return c.law ? lawUrl(c.law, c.artikel, c.lid) : undefined;
}

export function citationText(c: Citation): string | undefined {
  return c.law ? articleText(c.law, c.artikel, c.lid) : undefined;
}
