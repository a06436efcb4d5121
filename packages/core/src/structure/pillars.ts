/**
 * The pillars a theme's Ambitie announces: the one reading, for the typed model and its export, the
 * report's pillar links, the language server and the pijlers rule. Plans write them in these ways:
 *
 * - the announcement: "Onze aanpak berust op drie pijlers:", also "rust op", "steunt op", "bestaat uit",
 *   "kent", "heeft", "omvat", with "de volgende" before the count ("berust op de volgende drie
 *   pijlers:"), or without a count after "de volgende" ("bestaat uit de volgende pijlers:");
 * - the pillars: a list below it, or named in the sentence itself ("kent drie pijlers: preventie,
 *   repressie en zorg.", also after "namelijk" or "te weten");
 * - the elaboration: a heading under the Ambitie with the pillar's title, also behind a label or a
 *   number ("Pijler 1: Preventie", "Pijler 2 – Handhaving", "Eerste pijler: Zorg", "1. Preventie",
 *   "1.1 Preventie", "**Pijler 3:** Zorg").
 */
import type { ListBlock } from "../syntax/blocks.js";
import { foldText, readCount } from "../text/keywords.js";
import type { Span } from "../text/positions.js";
import { trimSpan } from "./sections.js";
import type { PillarIntroNode, PillarNode, Section } from "./types.js";

const COUNT = "\\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf";
/**
 * The announcement: verb, "de volgende" and/or a count, "pijler(s)" ("berust op drie pijlers", "bestaat
 * uit de volgende pijlers", "kent 2 pijlers"). Group 1: the verb; 2: "volgende"; 3 or 4: the count.
 * Also read by the importer (import/outline.ts).
 */
export const PILLAR_INTRO_PATTERN = new RegExp(
  `\\b(berust(?:en)?\\s+op|rust(?:en)?\\s+op|steun(?:t|en)\\s+op|besta(?:at|an)\\s+uit|kent|kennen|heeft|hebben|omvat(?:ten)?)\\s+(?:(?:de|het)\\s+)?(?:(volgende)\\s+(?:(${COUNT})\\s+)?|(${COUNT})\\s+)pijlers?\\b`,
  "i",
);
/** After the announcement: the pillars follow in the same sentence. */
const INLINE_LEAD = /^\s*(?::|,?\s*(?:namelijk|te weten|nl\.)\s*:?)\s*/i;
/** A label or number before a pillar's title in its heading. */
const HEADING_LABEL =
  /^\s*(?:(?:(?:eerste|tweede|derde|vierde|vijfde|zesde)\s+)?pijler(?:\s+(?:\d+|[ivx]+|[a-z])\b)?\s*[:.)–—-]\s*|pijler\s+(?:\d+|[ivx]+)\s+|(?:\d+(?:\.\d+)*|[ivx]+|[a-z])[.):]\s+|\d+(?:\.\d+)+\s+)/i;

/** A heading under the Ambitie, with its title as a pillar's elaboration carries it. */
export interface PillarHeading {
  readonly section: Section;
  /** The heading's title without a label or number ("Pijler 1: Preventie" → "Preventie"). */
  readonly title: string;
  /** Where that title stands, so that an edit keeps the label. */
  readonly span: Span;
}

/** The title a heading gives a pillar: its words without label, emphasis or a closing period. */
export function pillarHeading(text: string, s: Section): PillarHeading {
  const c = s.heading.content;
  const raw = text.slice(c.start, c.end);
  // Emphasis around the label ("**Pijler 1:** Preventie") is skipped with it.
  const lead = /^[*_]*/.exec(raw)![0].length;
  const m = HEADING_LABEL.exec(raw.slice(lead));
  let from = m ? lead + m[0].length : 0;
  if (m) while (from < raw.length && (raw[from] === "*" || raw[from] === "_" || raw[from] === " ")) from++;
  if (!m || from >= raw.length) return { section: s, title: s.title, span: c };
  const title = raw.slice(from).replace(/[*_]+/g, "").trim();
  return { section: s, title, span: { start: c.start + from, end: c.end } };
}

/** The key two pillar titles are compared by: case, accents, emphasis and a closing period do not count. */
export const pillarKey = (t: string): string => foldText(t.replace(/[*_]+/g, "").replace(/[.:;]+\s*$/, "").trim());

export interface PillarReading {
  readonly intro: PillarIntroNode;
  readonly list?: ListBlock;
  readonly pillars: readonly PillarNode[];
}

/** The pillars the Ambitie announces, or undefined when it announces none. `subsections`: the headings under it. */
export function readPillars(text: string, ambitie: Section, subsections: readonly Section[]): PillarReading | undefined {
  const own = ambitie.ownBlocks;
  for (let i = 0; i < own.length; i++) {
    const b = own[i]!;
    if (b.kind !== "paragraph") continue;
    const para = text.slice(b.content.start, b.content.end);
    // Cheap word test first: almost no paragraph names pillars.
    if (!/pijler/i.test(para)) continue;
    const m = PILLAR_INTRO_PATTERN.exec(para);
    if (!m) continue;
    const at = b.content.start + m.index;
    const countText = m[3] ?? m[4];
    let countSpan: Span | undefined;
    if (countText) {
      const off = m[0].toLowerCase().lastIndexOf(countText.toLowerCase(), m[0].search(/\s+pijlers?$/i));
      countSpan = { start: at + off, end: at + off + countText.length };
    }
    const count = countText ? readCount(countText) : undefined;
    const intro = (form: PillarIntroNode["form"]): PillarIntroNode => ({
      span: trimSpan(text, b.content),
      words: m[0].replace(/\s+/g, " "),
      form,
      ...(countText ? { countText, countSpan, ...(count !== undefined ? { count } : {}) } : {}),
    });
    let byKey: Map<string, Section> | undefined;
    const withElaboration = (p: { title: string; span: Span }): PillarNode => {
      if (!byKey) {
        byKey = new Map();
        for (const s of subsections) {
          const key = pillarKey(pillarHeading(text, s).title);
          if (!byKey.has(key)) byKey.set(key, s);
        }
      }
      const e = byKey.get(pillarKey(p.title));
      return e ? { ...p, elaboration: e } : p;
    };
    // Named in the sentence: "kent drie pijlers: preventie, repressie en zorg."
    const afterAt = m.index + m[0].length;
    const lead = INLINE_LEAD.exec(para.slice(afterAt));
    if (lead) {
      const items = inlineItems(para, afterAt + lead[0].length, b.content.start);
      if (items) return { intro: intro("zin"), pillars: items.map(withElaboration) };
    }
    // A list below it, possibly after blank lines or comments.
    let list: ListBlock | undefined;
    for (let j = i + 1; j < own.length; j++) {
      const nb = own[j]!;
      if (nb.kind === "blank" || nb.kind === "comment") continue;
      if (nb.kind === "list") list = nb;
      break;
    }
    if (!list || list.items.length === 0) return { intro: intro("geen"), pillars: [] };
    const pillars = list.items.map((item) => {
      let s = trimSpan(text, item.content);
      // A trailing period and emphasis are not part of the title.
      const stripped = text.slice(s.start, s.end).replace(/[.;:]+$/, "");
      s = { start: s.start, end: s.start + stripped.length };
      return withElaboration({ title: stripped.replace(/^[*_]+|[*_]+$/g, "").trim(), span: s });
    });
    return { intro: intro("lijst"), list, pillars };
  }
  return undefined;
}

/**
 * "preventie, repressie en zorg." from `from` to the end of the sentence: at least two short items,
 * separated by commas and a last "en"/"of"/"&". A sentence that goes on in prose ("we voorkomen wat we
 * kunnen, en …") is no enumeration: then undefined.
 */
function inlineItems(para: string, from: number, base: number): { title: string; span: Span }[] | undefined {
  const endM = /[.!?](?=\s|$)|\n\s*\n/.exec(para.slice(from));
  const to = endM ? from + endM.index : para.length;
  const parts: { start: number; end: number }[] = [];
  let start = from;
  for (let k = from; k <= to; k++) {
    if (k === to || para[k] === "," || para[k] === ";") {
      parts.push({ start, end: k });
      start = k + 1;
    }
  }
  const last = parts.pop();
  if (!last) return undefined;
  const tail = para.slice(last.start, last.end);
  const conj = [...tail.matchAll(/\s+(?:en|of|&)\s+/gi)].pop();
  if (conj) {
    parts.push({ start: last.start, end: last.start + conj.index! });
    parts.push({ start: last.start + conj.index! + conj[0].length, end: last.end });
  } else parts.push(last);
  const items: { title: string; span: Span }[] = [];
  for (const p of parts) {
    let s = p.start;
    let e = p.end;
    while (s < e && /[\s'"‘’“”*_]/.test(para[s]!)) s++;
    while (e > s && /[\s'"‘’“”*_]/.test(para[e - 1]!)) e--;
    // "de preventie": the article is not part of the pillar's title.
    const art = /^(?:de|het|een)\s+/i.exec(para.slice(s, e));
    if (art) s += art[0].length;
    const words = para.slice(s, e);
    if (words === "" || words.split(/\s+/).length > 5) return undefined;
    items.push({ title: words, span: { start: base + s, end: base + e } });
  }
  return items.length >= 2 ? items : undefined;
}
