/**
 * Helpers the rules share: quoting the law from the registry, finding where in the plan a finding
 * about the whole plan belongs, and editing YAML scalars without breaking the front matter.
 *
 * Rules write no locale text: a date, a year list or a part of a message goes into the finding's data
 * as a value (`{ date }`, `{ years }`, `{ message }`, see MessageValue) that the catalog writes.
 */
import { messagePart, type MessageValue, type TextEdit } from "../diagnostic.js";
import type { FieldName } from "../model/fields.js";
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
