/**
 * Helpers the rules share: quoting the law from the registry, finding where in the plan a finding
 * about the whole plan belongs, and editing YAML scalars without breaking the front matter.
 *
 * Rules write no locale text: a date, a year list or a part of a message goes into the finding's data
 * as a value (`{ date }`, `{ years }`, `{ message }`, see MessageValue) that the catalog writes.
 */
import { messagePart, type MessageValue, type TextEdit } from "../diagnostic.js";
import type { FieldName } from "../model/fields.js";
import { inAppendix, inSummary } from "../structure/themes.js";
import type { ParsedPlan, Section } from "../structure/types.js";
import { articleText, findLaw, type Law } from "../law/registry.js";
import { getEntry, scalarText, type MetaEntry, type MetaValue } from "../syntax/frontmatter.js";
import { foldText } from "../text/keywords.js";
import type { Span } from "../text/positions.js";

export { addMonths, addYears, daysBetween, isIsoDate } from "../text/dates.js";

// The law this domain rests on, as the registry holds it.
export const POLITIEWET = findLaw("politiewet-2012")!;
export const WVR = findLaw("wet-veiligheidsregios")!;
export const CITE_38B = "artikel 38b, eerste lid, Politiewet 2012";
export const CITE_3A = "artikel 3a Wet veiligheidsregio's";
export const TEXT_38B = articleText(POLITIEWET, "38b", 1) ?? "";
export const TEXT_3A = articleText(WVR, "3a") ?? "";

export const isLaw = (law: Law | undefined, other: Law): boolean => law !== undefined && law.bwb === other.bwb;

/** The span to hang a finding about the whole plan on: a front-matter key if given, the title, or the start. */
export function planAnchor(plan: ParsedPlan, ...fields: FieldName[]): Span {
  for (const k of fields) {
    const e = plan.fields[k];
    if (e) return e.entry.keySpan;
  }
  const titel = plan.fields.titel;
  if (titel) return titel.entry.keySpan;
  const h = plan.blocks.find((b) => b.kind === "heading");
  if (h && h.kind === "heading") return h.content;
  const fm = plan.metadata.frontMatter;
  if (fm) return { start: fm.span.start, end: Math.min(fm.span.end, fm.span.start + 3) };
  return { start: 0, end: Math.min(plan.text.length, firstLineEnd(plan.text)) };
}

function firstLineEnd(text: string): number {
  const i = text.search(/[\r\n]/);
  return i < 0 ? text.length : i;
}

/** Where a finding on a metadata value points: the value, or the key when the value is empty. */
export function valueSpan(e: MetaEntry): Span {
  return e.value.span.end > e.value.span.start ? e.value.span : e.keySpan;
}

/** A scalar's source, for edits: only single-line plain or quoted scalars are edited. */
export function editableScalar(text: string, v: MetaValue): boolean {
  if (v.kind !== "scalar" || v.span.end <= v.span.start) return false;
  const raw = text.slice(v.span.start, v.span.end);
  return !/[\r\n]/.test(raw) && !/^[|>]/.test(raw);
}

/**
 * Writes a value as a YAML scalar that reads back as exactly that string: plain when that is safe,
 * otherwise double-quoted. `inFlow` for values inside `[ … ]` or `{ … }`, where commas end a value.
 */
export function yamlScalar(value: string, inFlow = false): string {
  const plainSafe =
    value.length > 0 &&
    value === value.trim() &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/: |:$| #/.test(value) &&
    !(inFlow && /[,[\]{}]/.test(value)) &&
    !/^(true|false|null|yes|no|on|off|~|[-+]?[\d.]+(e[-+]?\d+)?)$/i.test(value);
  if (plainSafe) return value;
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** Whether the value at `span` sits inside a flow collection (`[a, b]`). */
/**
 * An edit that replaces the `grondslag:` entry holding `span` with `citation` (in the entry's own YAML
 * style), or undefined when that entry cannot be rewritten safely (a block scalar, a multi-line value).
 */
export function replaceGrondslagEntry(plan: ParsedPlan, span: Span, citation: string): TextEdit[] | undefined {
  const entry = plan.fields.grondslag?.entry;
  if (!entry) return undefined;
  const items = entry.value.kind === "seq" ? entry.value.items : [entry.value];
  const item = items.find((it) => it.span.start <= span.start && span.end <= it.span.end);
  if (!item || !editableScalar(plan.text, item)) return undefined;
  return [{ span: item.span, newText: yamlScalar(citation, inFlowCollection(plan.text, entry.value)) }];
}

export function inFlowCollection(text: string, container: MetaValue | undefined): boolean {
  if (!container) return false;
  const first = text.slice(container.span.start, container.span.start + 1);
  return first === "[" || first === "{";
}

/** The front matter's first content offset (after the opening `---` line), for inserting keys. */
export function frontMatterInsertAt(plan: ParsedPlan): number | undefined {
  const fm = plan.metadata.frontMatter;
  return fm ? fm.content.start : undefined;
}


/** All sections under `s`, depth first. */
export function descendants(s: Section): Section[] {
  const out: Section[] = [];
  const walk = (x: Section) => {
    for (const c of x.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(s);
  return out;
}

/** The text of a section's own blocks and its subsections, folded (for looking for words). */
export function sectionText(plan: ParsedPlan, s: Section | undefined): string {
  if (!s) return "";
  const first = plan.blocks[s.firstBlock + 1];
  const last = plan.blocks[s.endBlock - 1];
  if (!first || !last || s.endBlock <= s.firstBlock + 1) return "";
  return plan.text.slice(first.span.start, last.span.end);
}

/** Whether a section has any text (a paragraph, list, table or quote) besides headings and comments. */
export function hasContent(plan: ParsedPlan, s: Section): boolean {
  for (let i = s.firstBlock + 1; i < s.endBlock; i++) {
    const k = plan.blocks[i]!.kind;
    if (k === "paragraph" || k === "list" || k === "table" || k === "quote" || k === "fence" || k === "footnote") return true;
  }
  return false;
}

/** The heading's title span without a leading chapter number ("1. Opgave" → "Opgave"). */
export function headingTitleSpan(plan: ParsedPlan, s: Section): Span {
  const c = s.heading.content;
  const raw = plan.text.slice(c.start, c.end);
  const m = /^\s*(?:(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])[.):]|\d+(?:\.\d+)+)\s+/i.exec(raw);
  return m ? { start: c.start + m[0].length, end: c.end } : c;
}

export const fold = foldText;

/** Capitalises like the word it replaces ("Drie" → "Twee", "drie" → "twee"). */
export function likeCase(replacement: string, original: string): string {
  if (original.length > 0 && original[0] === original[0]!.toUpperCase() && original[0] !== original[0]!.toLowerCase()) {
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

const COUNT_WORDS_NL = ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"];

/** A count written like the original: digits stay digits, words stay words (up to twaalf). */
export function countLike(n: number, original: string): string {
  if (/^\d+$/.test(original) || n >= COUNT_WORDS_NL.length) return String(n);
  // "een" without accent when the writer wrote it so.
  const word = n === 1 && !/é/.test(original) ? "een" : COUNT_WORDS_NL[n]!;
  return likeCase(word, original);
}

/** Who a `door:` names: the raad, the college, the burgemeester, or someone this check does not know. */
export type Orgaan = "raad" | "college" | "burgemeester" | "onbekend";

export function orgaan(door: string): Orgaan {
  const f = foldText(door);
  if (/\bcollege\b|\bb ?& ?w\b|\bburgemeester en wethouders\b/.test(f)) return "college";
  if (/\bgemeenteraad\b|\braad\b/.test(f)) return "raad";
  if (/\bburgemeester\b/.test(f)) return "burgemeester";
  return "onbekend";
}

/** Words that mark goals for fire safety (art. 3a Wvr): brandveiligheid, brandweerzorg. */
const FIRE_TITLE = /\bbrand/i;
const FIRE_TEXT = /brandveilig|brandweerzorg|brandpreventie/i;
const fireCache = new WeakMap<ParsedPlan, ParsedPlan["themes"][number] | null>();

/** A section's text without its references to other themes ("zie Thema 2 — Brandveiligheid" is not its own goal). */
function ownText(plan: ParsedPlan, section: Section): string {
  const text = sectionText(plan, section);
  if (text === "") return text;
  const from = plan.blocks[section.firstBlock + 1]!.span.start;
  const refs = plan.themeRefs;
  // The references come in the text's order: the first in the section by halving, then on to its end.
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid]!.span.start < from) lo = mid + 1;
    else hi = mid;
  }
  let out = "";
  let at = 0;
  for (let i = lo; i < refs.length && refs[i]!.span.start < from + text.length; i++) {
    const r = refs[i]!;
    if (r.span.end > from + text.length || r.span.start - from < at) continue;
    out += text.slice(at, r.span.start - from);
    at = r.span.end - from;
  }
  return out + text.slice(at);
}

/**
 * The first theme that sets goals for fire safety or the fire service (art. 3a Wvr), if any: the rules
 * ask only whether there is one and name it. The first is enough, and the search stops there (a plan
 * of hundreds of themes read each theme's text again after every keystroke).
 */
export function fireSafetyTheme(plan: ParsedPlan): ParsedPlan["themes"][number] | undefined {
  const cached = fireCache.get(plan);
  if (cached !== undefined) return cached ?? undefined;
  // The words have no accents, so the raw text is searched as it is (folding a whole plan costs more than the rules).
  // A theme without an Opgave or Ambitie heading ("Fysieke veiligheid" as one paragraph) states its goals in its own text.
  const found = plan.themes.find((t) =>
    (FIRE_TITLE.test(t.title) || (t.opgave || t.ambitie ? FIRE_TEXT.test(sectionText(plan, t.opgave)) || FIRE_TEXT.test(sectionText(plan, t.ambitie)) : FIRE_TEXT.test(ownText(plan, t.section)))) &&
    !fireGoalsElsewhere(ownText(plan, t.section)));
  fireCache.set(plan, found ?? null);
  return found;
}

/** Where a sentence places goals: the veiligheidsregio's beleidsplan, a separate nota, outside this plan. */
const ELSEWHERE_PLACE = /regionaal (?:beleids|risico)|regionale (?:beleidsplan|risicoprofiel)|beleidsplan van de veiligheidsregio|\b(?:aparte?|afzonderlijke?|eigen|andere?) (?:nota|plan|document|beleidsplan|beleidsstuk|beleidsnota)\b|buiten (?:dit|het) (?:plan|veiligheidsplan)|niet in dit plan/i;
const GOAL_WORD = /\bdoel/i;
/** A sentence that states a goal of its own: a number or date, every one of something, a wish. */
const GOAL_SHAPED = /\d|\bdoel|\bwil(?:len)?\b|\bstreven|\belke?\b|\balle\b|\bieder(?:e)?\b/i;

/**
 * Whether a theme leaves its fire-safety goals to another document ("De doelen voor de brandweerzorg
 * staan in het regionaal beleidsplan van de veiligheidsregio", "legt de raad vast in een aparte nota")
 * and states none of its own: then it names brandveiligheid without setting goals for it (art. 3a Wvr
 * is then not this plan's basis). A goal of its own next to such a sentence ("In 2026 is elke
 * zorginstelling gecontroleerd op brandveiligheid") still counts.
 */
function fireGoalsElsewhere(text: string): boolean {
  // Only the sentences that name fire ("brand…") are read: the place list is long and case-insensitive,
  // and a theme's whole text is long (over the whole text it cost a tenth of a millisecond per plan).
  let elsewhere = false;
  FIRE_WORD.lastIndex = 0;
  for (let m = FIRE_WORD.exec(text); m; m = FIRE_WORD.exec(text)) {
    const start = sentenceEdge(text, m.index, -1);
    const end = sentenceEdge(text, m.index, 1);
    const s = text.slice(start, end);
    if (GOAL_WORD.test(s) && ELSEWHERE_PLACE.test(s)) elsewhere = true;
    else if (GOAL_SHAPED.test(s)) return false;
    FIRE_WORD.lastIndex = end;
  }
  return elsewhere;
}
/** {@link FIRE_TITLE}, global: each sentence that names fire. */
const FIRE_WORD = /\bbrand/gi;
/** Where the sentence around `at` starts (`step` -1) or ends (1): at ".", "!" or "?" followed by white space. */
function sentenceEdge(text: string, at: number, step: -1 | 1): number {
  const isEnd = (i: number) => (text[i] === "." || text[i] === "!" || text[i] === "?") && /\s/.test(text[i + 1] ?? "");
  if (step < 0) {
    for (let i = at - 1; i >= 0; i--) if (isEnd(i)) return i + 1;
    return 0;
  }
  for (let i = at; i < text.length; i++) if (isEnd(i)) return i + 1;
  return text.length;
}

/**
 * Chapters outside the themes where plans set fire-safety goals ("4. Fysieke veiligheid",
 * "4.1 Brandweerzorg", "Crisisbeheersing en rampenbestrijding"): a title of that kind, and fire safety
 * in its own text. Never an appendix or a summary, which retell; never a theme or a part of one, which
 * {@link fireSafetyTheme} reads.
 */
const FIRE_CHAPTER = /brand|fysieke veiligheid|veiligheidsregio|crisisbeheersing|rampenbestrijding/;
/** Words of a chapter that sets goals itself (and does not leave them to another document: {@link fireGoalsElsewhere}). */
const SETS_GOALS = /\bdoel(?:en|stelling(?:en)?)?\b|\bstreven\b|\bwillen we\b|\bambitie\b|\bbereiken\b/i;
const fireChapterCache = new WeakMap<ParsedPlan, FireChapters>();

export interface FireChapters {
  /** Chapters outside the themes that speak of fire safety. */
  readonly all: readonly Section[];
  /** Those that set its goals themselves. */
  readonly settingGoals: readonly Section[];
}

export function fireSafetyChapters(plan: ParsedPlan): FireChapters {
  const cached = fireChapterCache.get(plan);
  if (cached) return cached;
  const all: Section[] = [];
  const settingGoals: Section[] = [];
  const themes = new Set(plan.themes.map((t) => t.section));
  const visit = (sections: readonly Section[]) => {
    for (const s of sections) {
      if (themes.has(s) || inAppendix(s) || inSummary(s)) continue;
      if (FIRE_CHAPTER.test(s.keyword)) {
        const own = ownText(plan, s);
        if (FIRE_TEXT.test(own)) {
          all.push(s);
          if (SETS_GOALS.test(own) && !fireGoalsElsewhere(own)) settingGoals.push(s);
          continue;
        }
      }
      visit(s.children);
    }
  };
  visit(plan.sections);
  const found = { all, settingGoals };
  fireChapterCache.set(plan, found);
  return found;
}

/** One council of a joint plan (`gemeenten:`): its name and its own decisions, as written. */
export interface Council {
  readonly naam: string;
  /** Where the name is written (or the item), to hang a finding about this council on. */
  readonly anchor: Span;
  readonly vastgesteld?: MetaEntry;
  readonly voorgesteld?: MetaEntry;
}

/** The councils of a joint plan, in the order written; empty for a plan of one gemeente. */
export function councilsOf(plan: ParsedPlan): Council[] {
  const v = plan.fields.gemeenten?.entry.value;
  if (!v) return [];
  const items = v.kind === "seq" ? v.items : [v];
  const out: Council[] = [];
  for (const item of items) {
    if (item.kind !== "map") continue;
    const naamEntry = getEntry(item, "naam");
    const vastgesteld = getEntry(item, "vastgesteld");
    const voorgesteld = getEntry(item, "voorgesteld");
    out.push({ naam: scalarText(naamEntry?.value)?.trim() ?? "", anchor: naamEntry?.keySpan ?? item.span, ...(vastgesteld ? { vastgesteld } : {}), ...(voorgesteld ? { voorgesteld } : {}) });
  }
  return out;
}

/**
 * "Gemeente Lingevliet: " before a message about one council of a joint plan, nothing for a plan of one
 * gemeente: a message part (`{gemeente}` at the start of the cycle rules' messages).
 */
export const councilPart = (naam: string | undefined): MessageValue => (naam ? messagePart("gemeente.bij", { gemeente: naam }) : "");

/** A sentence from the plan as a message quotes it: whole up to `max` characters, else its start and "…". */
export function quoted(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}
