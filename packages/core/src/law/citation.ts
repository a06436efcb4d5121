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
const ARTICLE_PRESENT = /art(?:ikel|\.)?\s+\d/iu;
const LAW_FIRST = new RegExp(`\\b(${LAW_NAMES})\\s*,?\\s*${ARTICLE}${LID}?`, "giu");

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
  // Both forms need "art(ikel) <digit>"; most paragraphs have none ("partners", "start"), so skip the two costly scans.
  if (!ARTICLE_PRESENT.test(text)) return [];
  const found: Citation[] = [];
  for (const m of text.matchAll(LAW_FIRST)) {
    const start = m.index!;
    found.push(resolve(m[2]!, lidNumber(m[3], m[4]), m[1], start, start + m[0].length, m[0]));
  }
  for (const m of text.matchAll(ARTICLE_FIRST)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (found.some((c) => c.start < end && start < c.end)) continue;
    found.push(resolve(m[1]!, lidNumber(m[2], m[3]), m[4], start, end, m[0]));
  }
  return found.sort((a, b) => a.start - b.start);
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
