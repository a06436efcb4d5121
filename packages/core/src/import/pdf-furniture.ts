/**
 * Running headers and footers of a PDF, known by their place: the same line at the same height, in the
 * same type, as the top (or bottom) line of several pages, is the page's furniture (a header set in
 * Word's or LibreOffice's page style, "Integraal Veiligheidsplan Dijkhoven 2024-2027"), also in a
 * document of two or three pages, where repetition alone (./lines.ts, from three pages on) says too
 * little. Page numbers ("Pagina 2 van 8") are left to ./lines.ts, which reports them as such.
 */
import type { ReaderNote } from "./document.js";
import type { SourceLine } from "./lines.js";

/** Where a line stood on its page: its baseline, its type size, and whether it is a table's row. */
export interface LinePlace {
  readonly y: number;
  readonly size: number;
  readonly table: boolean;
}

/** A page number alone ("Pagina 2", "2 van 8", "- 3 -"): ./lines.ts drops it. */
const PAGE_NUMBER = /^(?:(?:pagina|page|blz\.?)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:van|of|\/)\s*\d{1,4})?$/i;

/**
 * The lines without the running headers and footers: a page's top or bottom line (not a table's row)
 * that stands at the same height, in the same type and with the same words (up to its numbers) at that
 * edge of at least two pages and of half the pages or more, on pages of three lines or more, in the
 * body's type or smaller. Each is reported in `notes`.
 */
export function dropRunningLines(lines: readonly SourceLine[], places: readonly LinePlace[], pages: number, notes: ReaderNote[]): SourceLine[] {
  if (pages < 2 || lines.length !== places.length) return [...lines];
  // Per page, the index of its top line and of its bottom line (by height, whatever the reading order).
  const edges = new Map<number, { top: number; bottom: number }>();
  lines.forEach((l, i) => {
    const p = l.origin.page ?? 0;
    const e = edges.get(p);
    if (!e) edges.set(p, { top: i, bottom: i });
    else {
      if (places[i]!.y > places[e.top]!.y) e.top = i;
      if (places[i]!.y < places[e.bottom]!.y) e.bottom = i;
    }
  });
  // The words as they stand, numbers too: a chapter's "Hoofdstuk 3" at the top of its page is not
  // "Hoofdstuk 4" at the top of the next (a header with the page's number in it is left to ./lines.ts).
  const key = (i: number, edge: string) => `${edge}|${Math.round(places[i]!.y)}|${Math.round(places[i]!.size * 2)}|${lines[i]!.text.toLowerCase()}`;
  // In the body's type or smaller: a heading in larger type that opens two pages alike is no header.
  const sizes = places.map((p) => p.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)]!;
  const perPage = new Map<number, number>();
  for (const l of lines) perPage.set(l.origin.page ?? 0, (perPage.get(l.origin.page ?? 0) ?? 0) + 1);
  const candidate = (i: number) =>
    !places[i]!.table && !lines[i]!.cells && places[i]!.size <= body + 0.5 && (perPage.get(lines[i]!.origin.page ?? 0) ?? 0) >= 3 && lines[i]!.text.length <= 100 && !PAGE_NUMBER.test(lines[i]!.text.trim());
  const count = new Map<string, number>();
  const at = new Map<number, string>();
  for (const e of edges.values()) {
    for (const [i, edge] of [[e.top, "top"], [e.bottom, "bottom"]] as const) {
      if (!candidate(i)) continue;
      const k = key(i, edge);
      at.set(i, k);
      count.set(k, (count.get(k) ?? 0) + 1);
    }
  }
  const running = (i: number) => {
    const k = at.get(i);
    const n = k === undefined ? 0 : count.get(k)!;
    return n >= 2 && n >= pages * 0.5;
  };
  const out: SourceLine[] = [];
  let carryPage = false;
  let carryGap = false;
  lines.forEach((l, i) => {
    if (running(i)) {
      notes.push({ kind: "dropped", messageId: "import.kopregel", data: { tekst: l.text }, origin: l.origin, text: l.text });
      carryPage ||= l.pageBreak === true;
      carryGap ||= l.gap === true;
      return;
    }
    out.push(carryPage || carryGap ? { ...l, gap: true, pageBreak: l.pageBreak === true || carryPage } : l);
    carryPage = false;
    carryGap = false;
  });
  return out;
}
