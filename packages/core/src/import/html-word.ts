/**
 * Word's own HTML ("Opslaan als webpagina" / "Save as Web Page", filtered or not, and Outlook's): what
 * its `Mso` classes and `mso-` styles mean, for the HTML reader (./html.ts). Word writes a tracked
 * deletion as `<del>` (often in `span.msoDel`) and an insertion as `<ins>`; a comment as an anchor in the
 * text (`a.msocomanchor`, `span.MsoCommentReference`) and its text in a list at the end
 * (`div` styled `mso-element:comment-list`); a footnote as a link to its text at the end
 * (`a href="#_ftn1"`, the text in `div#ftn1`, styled `mso-element:footnote`, whose own link back, `#_ftnref1`,
 * carries the number), an endnote the same with `edn`; its Title, Subtitle and contents styles as the
 * classes `MsoTitle`, `MsoSubtitle`, `MsoTocHeading` and `MsoToc1`…`MsoToc9` (a tab, `mso-tab-count`,
 * holding the dot leader before the page number); Heading 7–9 as `p.MsoHeading7`…; a list item as a
 * paragraph styled `mso-list:l0 level2 lfo1`, its bullet or number in a span styled `mso-list:Ignore`
 * (inside the conditional comment `<![if !supportLists]>`, which is a comment to htmlparser2, so its
 * content is read as any other).
 */

import type { DocBlock } from "./document.js";

type Attrs = Readonly<Record<string, string>>;

/** Word's HTML, by its generator, its namespaces or its classes. */
export function isWordHtml(html: string): boolean {
  return /<meta\b[^>]*\bcontent=["']?(?:Microsoft Word|Word\.Document)|urn:schemas-microsoft-com:office:word|\bclass=["']?Mso[A-Z]/i.test(html);
}

const classes = (attrs: Attrs) => (attrs.class ?? "").split(/\s+/);
const msoElement = (attrs: Attrs) => /mso-element:\s*([\w-]+)/i.exec(attrs.style ?? "")?.[1]?.toLowerCase();

/** Parts Word writes that are not the document's text: deleted text, comments (anchors and texts), page headers and footers and the notes' separators. */
const NOT_TEXT_CLASS = /^(?:msoDel|msocomanchor|MsoCommentReference|msocomoff|msocomtxt)$/i;
const NOT_TEXT_ELEMENT = /^(?:comment-list|comment|header|footer|(?:foot|end)note-(?:separator|continuation-separator|continuation-notice))$/;
export function wordLeavesOut(name: string, attrs: Attrs): boolean {
  if (name === "del") return true;
  if (classes(attrs).some((c) => NOT_TEXT_CLASS.test(c))) return true;
  const element = msoElement(attrs);
  return element !== undefined && NOT_TEXT_ELEMENT.test(element);
}

/** A reference to a footnote or endnote in the text: its key ("ftn1", "edn2"). */
export function noteReference(name: string, attrs: Attrs): string | undefined {
  if (name !== "a") return undefined;
  return /^#_((?:ftn|edn)\d+)$/.exec(attrs.href ?? "")?.[1] ?? /mso-(?:foot|end)note-id:\s*((?:ftn|edn)\d+)/.exec(attrs.style ?? "")?.[1];
}

/** A note's own number before its text, linking back to where it is referred to. */
export const noteBackLink = (name: string, attrs: Attrs): boolean => name === "a" && /^#_(?:ftn|edn)ref\d+$/.test(attrs.href ?? "");

/** The element holding a footnote's or endnote's text: its key. */
export function noteBody(name: string, attrs: Attrs): string | undefined {
  if (name !== "div") return undefined;
  const key = /^_?((?:ftn|edn)\d+)$/.exec(attrs.id ?? "")?.[1];
  const element = msoElement(attrs);
  return key && (element === undefined || element === "footnote" || element === "endnote") ? key : undefined;
}

/** A tab (its content is spacing or a dot leader). */
export const isTab = (attrs: Attrs): boolean => /mso-tab-count/i.test(attrs.style ?? "");
/** A list item's bullet or number, which Word shows itself. */
export const isListMarker = (attrs: Attrs): boolean => /mso-list:\s*ignore/i.test(attrs.style ?? "");

/** What a Word paragraph is by its style. */
export type WordParagraph = { kind: "title" } | { kind: "subtitle" } | { kind: "contentsHeading" } | { kind: "contents" } | { kind: "heading"; level: number } | { kind: "item"; list: string; level: number };

export function wordParagraph(name: string, attrs: Attrs): WordParagraph | undefined {
  if (name !== "p" && name !== "div") return undefined;
  for (const c of classes(attrs)) {
    if (/^MsoTitle(?:CxSp\w*)?$/i.test(c)) return { kind: "title" };
    if (/^MsoSubtitle(?:CxSp\w*)?$/i.test(c)) return { kind: "subtitle" };
    if (/^MsoTocHeading$/i.test(c)) return { kind: "contentsHeading" };
    if (/^MsoToc[1-9]$/i.test(c)) return { kind: "contents" };
    const h = /^MsoHeading([1-9])$/i.exec(c);
    if (h) return { kind: "heading", level: Number(h[1]) };
  }
  const list = /mso-list:\s*(l\d+)\s+level(\d)/i.exec(attrs.style ?? "");
  if (name === "p" && list) return { kind: "item", list: list[1]!.toLowerCase(), level: Number(list[2]) };
  return undefined;
}

/**
 * A list marker as Word shows it: a number or letter ("1.", "a)", "iv.", "2.1", "Artikel 3") makes the
 * list ordered, starting at its (last) number; a glyph ("·", "o", "§", "-", a Symbol font's private
 * character) does not.
 */
export function listMarker(marker: string): { ordered: boolean; start: number } {
  const m = marker.replace(/\s+/g, " ").trim();
  if ((m.length === 1 && !/\d/.test(m)) || !/[\p{L}\d]/u.test(m)) return { ordered: false, start: 1 };
  const num = /(\d{1,4})\D*$/.exec(m);
  if (num) return { ordered: true, start: Number(num[1]) };
  const letter = /^\(?([a-hj-z])[.)]?$/i.exec(m);
  return { ordered: true, start: letter ? letter[1]!.toLowerCase().charCodeAt(0) - 96 : 1 };
}

/** A page number in a table of contents (arabic, or roman for the front pages). */
const PAGE = /^(?:\d{1,4}|[ivxlc]{1,7})$/i;
/** A dot leader and a page number at the end of an entry, where Word wrote no tab (filtered HTML). */
const LEADER_PAGE = /^(.*?\p{L}.*?)\s*[.·…_](?:\s*[.·…_])+\s*(\d{1,4})$/u;

/** A contents entry's title and page number, from its text before its last tab and after it (undefined: no tab). */
export function contentsEntry(before: string, after: string | undefined): { title: string; page?: string } {
  const leaderless = (s: string) => s.replace(/(?:\s*[.·…_](?:\s*[.·…_])+\s*)$/u, "").trim();
  if (after !== undefined && PAGE.test(after.trim())) return { title: leaderless(before), page: after.trim() };
  const whole = after === undefined ? before.trim() : `${before} ${after}`.trim();
  const m = LEADER_PAGE.exec(whole);
  return m ? { title: m[1]!.trim(), page: m[2]! } : { title: leaderless(whole) };
}

/**
 * Word's footnotes with their texts (read at the end of the page); one whose text is not there is left
 * out, with its reference; a text nothing refers to is a paragraph at the end, so no word goes missing.
 */
export function fillFootnotes(blocks: DocBlock[], keys: ReadonlyMap<DocBlock, string>, texts: ReadonlyMap<string, string>): void {
  const used = new Set<string>();
  const missing: string[] = [];
  const out: DocBlock[] = [];
  for (const b of blocks) {
    const key = keys.get(b);
    if (key === undefined || b.kind !== "footnote") out.push(b);
    else if (texts.has(key)) {
      used.add(key);
      out.push({ ...b, text: texts.get(key)! });
    } else missing.push(`[^${b.id}]`);
  }
  const unref = (t: string) => missing.reduce((s, m) => s.split(m).join(""), t);
  blocks.length = 0;
  for (const b of out) {
    if (missing.length === 0) blocks.push(b);
    else if (b.kind === "paragraph") blocks.push({ ...b, text: unref(b.text) });
    else if (b.kind === "list") blocks.push({ ...b, items: b.items.map(unref) });
    else if (b.kind === "table") blocks.push({ ...b, rows: b.rows.map((r) => r.map(unref)) });
    else blocks.push(b);
  }
  for (const [key, text] of texts) if (!used.has(key)) blocks.push({ kind: "paragraph", text, origin: {} });
}
