/**
 * A document's table of contents ("Inhoudsopgave"), as text and PDF readers give it: each entry a line
 * of its own that ends in a page number ("3.1 Prioriteit 1: Zorg en veiligheid 6", "Inleiding ..... 2"),
 * or several entries run together on one line. Read as headings they would double every chapter and
 * cut the plan's outline apart, so the entries become one list, without their page numbers (each
 * reported as left out, so no word goes missing unnoticed).
 */
import type { DocBlock, ListBlock } from "./document.js";
import type { ImportNote } from "./report.js";
import { foldText } from "../text/keywords.js";

/** The heading a table of contents stands under (a page number after it is its own entry's). */
const CONTENTS_HEADING = /^(?:inhoud|inhoudsopgave|inhoudstafel|inhoudsoverzicht)(?: \d{1,3})?$/;
/** Whether a heading is the table of contents' own ("Inhoudsopgave"). */
export const isContentsHeading = (text: string): boolean => CONTENTS_HEADING.test(foldText(text));
/** An entry: a title with a letter in it, dot leaders or spaces, and a page number of at most three digits. */
const ENTRY = /^(.*?\p{L}.*?)(?:\s*[.·…_]{2,}\s*|\s+)(\d{1,3})$/u;
/**
 * Where entries run together on one line: after a page number, before the next entry's section number
 * or its numbered lead word ("Hoofdstuk 1: Inleiding 3 Hoofdstuk 2: Terugblik 5", "… 19 Bijlage 2: …");
 * or after dot leaders and a page number, before a capital ("Inleiding ... 3 Prioriteiten ... 5").
 */
const RUN_TOGETHER = /(?<=\s\d{1,3})\s+(?=\d{1,2}(?:\.\d{1,2})*\.?\s+\p{L}|(?:Hoofdstuk|Bijlage|Deel|Paragraaf|Prioriteit|Speerpunt|Thema)\s+(?:\d{1,2}|[IVX]{1,4}|[A-H])\b)|(?<=[.·…_]{2,}\s*\d{1,3})\s+(?=\p{Lu})/u;

/** The blocks with each table of contents made one list; the page numbers it drops are noted. */
export function readTableOfContents(blocks: readonly DocBlock[], notes: ImportNote[]): DocBlock[] {
  const at = blocks.findIndex((b, i) => i < 40 && (b.kind === "heading" || b.kind === "paragraph") && CONTENTS_HEADING.test(foldText(b.text)));
  if (at < 0) return [...blocks];
  const entries: { title: string; page: string }[] = [];
  let end = at + 1;
  let lastPage = 0;
  for (; end < blocks.length; end++) {
    const found = entriesOf(blocks[end]!);
    // Page numbers only grow down a table of contents: a smaller one is the page furniture after it.
    if (!found || found.length === 0 || Number(found[0]!.page) < lastPage || !ascending(found)) break;
    lastPage = Number(found[found.length - 1]!.page);
    entries.push(...found);
  }
  if (entries.length < 2) return [...blocks];
  const origin = blocks[at + 1]!.origin;
  const list: ListBlock = { kind: "list", ordered: false, items: entries.map((e) => e.title), origin };
  for (const e of entries) notes.push({ kind: "dropped", messageId: "import.inhoudsopgave", data: { tekst: e.page, titel: e.title }, source: origin, text: e.page });
  // The title above the entries is a heading, as it is in the document's outline (set as a plain paragraph, too).
  const title = withoutPage(blocks[at]!, notes);
  const head: DocBlock = title.kind === "paragraph" ? { kind: "heading", text: title.text, origin: title.origin } : title;
  return [...blocks.slice(0, at), head, list, ...blocks.slice(end)];
}

function entriesOf(b: DocBlock): { title: string; page: string }[] | undefined {
  const lines = b.kind === "heading" || b.kind === "paragraph" ? [b.text] : b.kind === "list" ? b.items.map((t, i) => (b.ordered ? `${(b.start ?? 1) + i}. ${t}` : t)) : [];
  const texts = lines.flatMap((t) => t.split(RUN_TOGETHER));
  const out: { title: string; page: string }[] = [];
  for (const t of texts) {
    const m = ENTRY.exec(t.trim());
    if (!m) return undefined;
    out.push({ title: m[1]!.trim(), page: m[2]! });
  }
  return out;
}

const ascending = (es: readonly { page: string }[]) => es.every((e, i) => i === 0 || Number(e.page) >= Number(es[i - 1]!.page));

/** "Inhoudsopgave 1": the heading's own page number goes, like the entries'. */
function withoutPage(b: DocBlock, notes: ImportNote[]): DocBlock {
  if (b.kind !== "heading" && b.kind !== "paragraph") return b;
  const m = / (\d{1,3})$/.exec(b.text);
  if (!m) return b;
  notes.push({ kind: "dropped", messageId: "import.inhoudsopgave", data: { tekst: m[1]!, titel: b.text.slice(0, m.index) }, source: b.origin, text: m[1]! });
  return { ...b, text: b.text.slice(0, m.index) };
}
