/**
 * The kwaliteitstoets' reading of abbreviations: which ones a plan uses without saying what they stand
 * for (no glossary, no expansion beside it, not one every reader knows). kwaliteit/toets.ts re-exports
 * it with the other assessments.
 */
import { indexArray } from "../structure/previous.js";
import type { ParsedPlan, Section } from "../structure/types.js";
import type { Span } from "../text/positions.js";
import { planSentences, sectionsWhere, sentenceOrigin } from "./tekst.js";
import { memo } from "../structure/memo.js";

const GLOSSARY_HEADING = /^(?:lijst (?:van|met) )?(?:(?:gehanteerde|gebruikte) )?(?:afkortingen|begrippen|begrippenlijst|woordenlijst|verklarende woordenlijst|termen|afkortingenlijst)(?: en (?:afkortingen|begrippen))?$/;
/** Abbreviations a reader of a council document knows without explanation. */
export const COMMON_ABBREVIATIONS: ReadonlySet<string> = new Set(["EU", "ICT", "OM", "GGD", "MKB", "VNG", "AVG", "CBS", "NV", "BV", "B&W", "BW", "COVID", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "NB", "TV", "PC", "ID", "OK"]);
const ABBR = /\b[A-Z][A-Z0-9&]*[A-Z0-9](?:['’]s)?\b/g;

export interface Abbreviation {
  readonly abbr: string;
  readonly span: Span;
}

/** Abbreviations used without an explanation: no glossary, not in parentheses after or before its expansion, not a common one. */
export function unexplainedAbbreviations(plan: ParsedPlan): { glossary?: Section; unexplained: Abbreviation[] } {
  const glossary = sectionsWhere(plan, (k) => GLOSSARY_HEADING.test(k))[0];
  if (glossary) return { glossary, unexplained: [] };
  const explained = new Set<string>();
  const firstUse = new Map<string, Span>();
  for (const u of usesOf(plan).uses) {
    if (u.explained) explained.add(u.abbr);
    if (!firstUse.has(u.abbr)) firstUse.set(u.abbr, { start: u.at, end: u.at + u.abbr.length });
  }
  return { unexplained: [...firstUse].filter(([a]) => !explained.has(a)).map(([abbr, span]) => ({ abbr, span })) };
}

/** An abbreviation where it stands, and whether its expansion stands beside it there. */
interface Use {
  readonly abbr: string;
  readonly at: number;
  readonly explained: boolean;
}

/** A plan's uses in sentence order; sentence `k`'s are `uses[from[k] .. from[k + 1])`. */
interface Uses {
  readonly uses: readonly Use[];
  readonly from: readonly number[];
}
const cache = memo<ParsedPlan, Uses>("afkortingen");

function usesOf(plan: ParsedPlan): Uses {
  let known = cache.get(plan);
  if (known) return known;
  const all = planSentences(plan);
  const text = plan.text;
  const uses: Use[] = [];
  const from = indexArray(all.length + 1);
  const was = sentenceOrigin(plan);
  const previous = was?.previous;
  const before = previous ? cache.get(previous) : undefined;
  if (before) {
    // After an edit: a sentence that was there before has the uses it had, moved with it; only the
    // sentences the edit touched are searched.
    const then = planSentences(previous!);
    for (let k = 0; k < all.length; k++) {
      from[k] = uses.length;
      const s = all[k]!;
      const o = was!.index[k]!;
      if (o >= 0) {
        const d = s.start - then[o]!.start;
        for (let u = before.from[o]!; u < before.from[o + 1]!; u++) {
          const old = before.uses[u]!;
          uses.push(d === 0 ? old : { ...old, at: old.at + d });
        }
        continue;
      }
      ABBR.lastIndex = 0;
      const t = text.slice(s.start, s.end);
      for (let m = ABBR.exec(t); m; m = ABBR.exec(t)) read(text, s, s.start + m.index, m[0], uses);
    }
    from[all.length] = uses.length;
  } else {
    // One search of the whole text, not one per sentence: no sentence's text is sliced for it. A match
    // counts where it lies inside a sentence, and reads its context within that sentence only; this
    // finds what a search of each sentence finds, because a sentence is bounded by characters that
    // cannot be part of an abbreviation (kwaliteit-tekst.test.ts checks it against that search).
    let k = 0;
    ABBR.lastIndex = 0;
    for (let m = ABBR.exec(text); m; m = ABBR.exec(text)) {
      const at = m.index;
      while (k < all.length && all[k]!.end <= at) from[++k] = uses.length;
      if (k === all.length) break;
      const s = all[k]!;
      if (at < s.start || at + m[0].length > s.end) continue;
      read(text, s, at, m[0], uses);
    }
    while (k < all.length) from[++k] = uses.length;
  }
  known = { uses, from };
  cache.set(plan, known);
  return known;
}

/** A match of {@link ABBR} at `at` inside sentence `s`: a use, unless it is no abbreviation or a common one. */
function read(text: string, s: Span, at: number, match: string, uses: Use[]): void {
  const abbr = match.replace(/['’]s$/, "");
  if (abbr.length < 2 || abbr.length > 8 || /^\d/.test(abbr) || COMMON_ABBREVIATIONS.has(abbr) || !/[A-Z].*[A-Z0-9]/.test(abbr)) return;
  if (inCapitals(text, s)) return;
  const end = at + match.length;
  const before = text.slice(Math.max(s.start, at - 60), at);
  const after = text.slice(end, Math.min(s.end, end + 30));
  // "Regionaal Informatie- en Expertise Centrum (RIEC)", "RIEC (Regionaal …)", "het zogeheten VTH-beleid",
  // and as documents introduce a short name: "(hierna: IVP)", "(verder: IVP)", ", hierna te noemen IVP".
  // Also with its article inside the parentheses: "Centrum voor Criminaliteitspreventie en Veiligheid (het CCV)".
  // And where the text says so: "ZSM staat voor Zorgvuldig, Snel …" (not "staat voor de taak"), "PGA betekent …", ", kortweg PGA", "(ook wel: PGA)",
  // "(hierna: de Veiligheidsregio of VRZL)".
  const explained = /\(\s*(?:(?:de|het|een)\s+)?$/i.test(before) || /^\s*\(/.test(after) || /\b(?:zogeheten|zogenaamde?|ofwel|oftewel|afgekort|kortweg|ook wel:?|(?:hierna|verder)(?: te noemen)?:?)\s+$/i.test(before) ||
    /\((?:hierna|verder|ook wel|kortweg|afgekort)\b[^()]*$/i.test(before) || /^['’]?s?:?\s+(?:staat\s+voor(?:\s*:|\s+["“‘'«]?[A-Z])|betekent\b|is\s+(?:de\s+)?afkorting\s+(?:van|voor)\b)/.test(after) ||
    // Between commas or dashes: "het IVP, het integraal veiligheidsplan,", "de Omgevingsdienst Regio Nijmegen, ODRN,",
    // "het integraal veiligheidsplan – IVP –".
    (/^\s?[,–—]/.test(after) && expandedAfter(text, abbr, end + after.search(/[,–—]/) + 1, s.end)) || (/[,–—]\s*$/.test(before) && expandedBefore(text, abbr, s.start, at));
  uses.push({ abbr, at, explained });
}

/**
 * A sentence set in capitals ("VEILIGHEID? SAMEN DOEN!" on a cover, "1 INLEIDING"): its words are
 * words, not abbreviations. Two or more words of capitals and hardly a lower-case letter. Kept per
 * sentence, as a sentence's matches come one after the other.
 */
function inCapitals(text: string, s: Span): boolean {
  // By the sentence object, not by the text (comparing two edited copies of a long plan costs a scan),
  // and weakly, so that no plan stays alive for it.
  const known = capitals.get(s);
  if (known !== undefined) return known;
  const t = text.slice(s.start, s.end);
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  const yes = lower * 10 <= upper && (t.match(/\b[A-Z]{2,}\b/g)?.length ?? 0) >= 2 && /[A-Z]{4,}/.test(t);
  capitals.set(s, yes);
  return yes;
}
const capitals = new WeakMap<Span, boolean>();

/** A word for an expansion's leading article, left out before it is matched. */
const ARTICLE = /^(?:de|het|een)\s+/i;

/** "IVP, het integraal veiligheidsplan, …": the words after the comma, up to the next one, spell it out. */
function expandedAfter(text: string, abbr: string, from: number, sentenceEnd: number): boolean {
  const rest = text.slice(from, Math.min(sentenceEnd, from + 120));
  const close = rest.search(/[,;:()–—]/);
  const words = (close < 0 ? rest : rest.slice(0, close)).replace(/[.!?]\s*$/, "").trim().replace(ARTICLE, "");
  return spelledOut(abbr, words, true);
}

/** "de Omgevingsdienst Regio Nijmegen, ODRN, …": the words before the comma spell it out. */
function expandedBefore(text: string, abbr: string, sentenceStart: number, at: number): boolean {
  const head = text.slice(Math.max(sentenceStart, at - 120), at).replace(/\s*[,–—]\s*$/, "");
  const open = Math.max(...[",", ";", ":", "(", "–", "—"].map((c) => head.lastIndexOf(c)));
  return spelledOut(abbr, head.slice(open + 1).trim(), false);
}

/**
 * Whether `long` spells out `abbr` (Schwartz and Hearst's test, 2003): each of its letters, from the
 * last, found in turn further to the left, the first at the start of a word; in no more words than
 * min(letters + 5, letters × 2). `whole`: the expansion must begin at the first of the words (the words
 * after the comma are all of it), not somewhere inside them.
 */
function spelledOut(abbr: string, long: string, whole: boolean): boolean {
  const short = abbr.toLowerCase().replace(/[^a-z0-9]/g, "");
  const l = long.toLowerCase();
  let li = l.length - 1;
  for (let si = short.length - 1; si >= 0; si--) {
    const c = short[si]!;
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && /[\p{L}\p{N}]/u.test(l[li - 1]!)))) li--;
    if (li < 0) return false;
    if (si > 0) li--;
  }
  if (whole && li !== 0) return false;
  const words = l.slice(li).split(/\s+/).filter((w) => w.length > 0).length;
  return words > 0 && words <= Math.min(short.length + 5, short.length * 2);
}
