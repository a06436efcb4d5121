/**
 * Helpers the rules share: dates and year lists written for people (Dutch and English), quoting the
 * law from the registry, finding where in the plan a finding about the whole plan belongs, and editing
 * YAML scalars without breaking the front matter.
 *
 * Messages are templates filled with data that is the same for every locale. Where a message needs a
 * text that differs per language (a date "18 oktober 2022" / "18 October 2022", a list of causes), the
 * rule fills two fields: `naam` for Dutch and `naamEn` for English (see `both`).
 */
import type { MessageData, TextEdit } from "../diagnostic.js";
import { formatMessage } from "../messages/catalog.js";
import type { ParsedPlan, Section } from "../parse.js";
import { articleText, findLaw, type Law } from "../law/registry.js";
import type { MetaEntry, MetaValue } from "../syntax/frontmatter.js";
import { foldText } from "../text/keywords.js";
import type { Span } from "../text/positions.js";

const MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2022-10-18" → "18 oktober 2022" / "18 October 2022". */
export function writtenDate(iso: string, locale: "nl" | "en"): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d} ${(locale === "nl" ? MONTHS_NL : MONTHS_EN)[m - 1] ?? m} ${y}`;
}

/** `{ [name]: Dutch date, [name + "En"]: English date }`. */
export function dateData(name: string, iso: string): Record<string, string> {
  return { [name]: writtenDate(iso, "nl"), [`${name}En`]: writtenDate(iso, "en") };
}

/** A message text in both locales, for building a larger message (the result goes into `name` and `nameEn`). */
export function both(name: string, key: string, dataNl?: MessageData, dataEn?: MessageData): Record<string, string> {
  return { [name]: formatMessage(key, "nl", dataNl), [`${name}En`]: formatMessage(key, "en", dataEn ?? dataNl) };
}

const dayMs = 86_400_000;
const toUtc = (iso: string): number => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The same calendar day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const target = y + years;
  const last = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return `${String(target).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(ty, tm, Math.min(d, last)));
}

/** Whole days from `a` to `b` (negative when `b` lies before `a`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / dayMs);
}

export const isIsoDate = (s: string | undefined): s is string =>
  s !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(s) && fromUtc(toUtc(s)) === s;

/** Years as people write them: [2022, 2024, 2025, 2026] → "2022 en 2024–2026". */
export function yearList(years: readonly number[], locale: "nl" | "en"): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j >= i + 2) runs.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) runs.push(String(sorted[k]));
    i = j + 1;
  }
  return listText(runs, locale);
}

/** ["a", "b", "c"] → "a, b en c" / "a, b and c". */
export function listText(items: readonly string[], locale: "nl" | "en"): string {
  if (items.length <= 1) return items[0] ?? "";
  const and = locale === "nl" ? " en " : " and ";
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}

export function yearData(name: string, years: readonly number[]): Record<string, string> {
  return { [name]: yearList(years, "nl"), [`${name}En`]: yearList(years, "en") };
}

// The law this domain rests on, as the registry holds it.
export const POLITIEWET = findLaw("politiewet-2012")!;
export const WVR = findLaw("wet-veiligheidsregios")!;
export const CITE_38B = "artikel 38b, eerste lid, Politiewet 2012";
export const CITE_3A = "artikel 3a Wet veiligheidsregio's";
export const CITE_38B_EN = "article 38b(1) Politiewet 2012";
export const CITE_3A_EN = "article 3a Wet veiligheidsregio's";
export const TEXT_38B = articleText(POLITIEWET, "38b", 1) ?? "";
export const TEXT_3A = articleText(WVR, "3a") ?? "";

export const isLaw = (law: Law | undefined, other: Law): boolean => law !== undefined && law.bwb === other.bwb;

/** The span to hang a finding about the whole plan on: a front-matter key if given, the title, or the start. */
export function planAnchor(plan: ParsedPlan, ...keys: string[]): Span {
  for (const k of keys) {
    const e = plan.metadata.get(k);
    if (e) return e.keySpan;
  }
  const titel = plan.metadata.get("titel");
  if (titel) return titel.keySpan;
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
  const entry = plan.metadata.get("grondslag");
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

/** The line ending the text uses (for inserted lines). */
export function eolOf(text: string): string {
  const i = text.indexOf("\n");
  return i > 0 && text[i - 1] === "\r" ? "\r\n" : "\n";
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

/**
 * How a message names a theme: "3 (Ondermijning)", or the quoted title when the heading has no number
 * the parser could read ("'3.2 Prioriteit 2: Jeugd'"), never an empty number.
 */
export const themeLabel = (t: { readonly nummer?: number; readonly title: string }): string => (t.nummer !== undefined ? `${t.nummer} (${t.title})` : `'${t.title}'`);

/** "college van burgemeester en wethouders" → "het college van burgemeester en wethouders". */
export function withArticle(door: string, locale: "nl" | "en"): string {
  const t = door.trim();
  if (/^(de|het|een|the|a)\s/i.test(t)) return t;
  const f = foldText(t);
  if (locale === "en") return /^(college|burgemeester|gemeenteraad|raad)\b/.test(f) ? `the ${t}` : t;
  if (/^college\b/.test(f)) return `het ${t}`;
  if (/^(burgemeester|gemeenteraad|raad)\b/.test(f)) return `de ${t}`;
  return t;
}

/** Words that mark goals for fire safety (art. 3a Wvr): brandveiligheid, brandweerzorg. */
const FIRE_TITLE = /\bbrand/i;
const FIRE_TEXT = /brandveilig|brandweerzorg|brandpreventie/i;
const fireCache = new WeakMap<ParsedPlan, ParsedPlan["themes"][number][]>();

/** The themes that set goals for fire safety or the fire service (art. 3a Wvr). */
export function fireSafetyThemes(plan: ParsedPlan): ParsedPlan["themes"][number][] {
  const cached = fireCache.get(plan);
  if (cached) return cached;
  // The words have no accents, so the raw text is searched as it is (folding a whole plan costs more than the rules).
  const found = plan.themes.filter((t) => FIRE_TITLE.test(t.title) || FIRE_TEXT.test(sectionText(plan, t.opgave)) || FIRE_TEXT.test(sectionText(plan, t.ambitie)));
  fireCache.set(plan, found);
  return found;
}
