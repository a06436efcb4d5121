/**
 * Where a finding is, in words a raadslid can follow: the chapter and section path ("II. Financiën ›
 * Wat het kost"), and inside a table its row and column ("rij ‘Totaal’, kolom 2022") — not "regel 316,
 * kolom 38", which means something only in an editor. The line number stays as a small aside for the
 * policy writer who will fix it.
 */
import type { ParsedPlan, Section } from "../parse.js";
import type { Block, HeadingBlock, TableBlock } from "../syntax/blocks.js";
import type { MetaValue } from "../syntax/frontmatter.js";
import type { ReportLabels } from "./labels.js";
import { plainText } from "./markdown.js";

export interface Place {
  /** The section path, or the part of the front matter. */
  readonly where: string;
  /** Inside a table: its row and column. */
  readonly detail?: string;
  /** The heading to link to in the report, when there is one. */
  readonly heading?: HeadingBlock;
}

/** Index of the last item whose start is at or before `offset` (items sorted by start), or -1. */
function lastStartingAt<T>(items: readonly T[], start: (t: T) => number, offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (start(items[mid]!) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function placeOf(parsed: ParsedPlan, offset: number, labels: ReportLabels, skipTitle?: Section): Place {
  const fm = parsed.metadata.frontMatter;
  if (fm && offset < fm.span.end) return { where: labels.frontMatterPlace(metaPath(parsed.metadata.root, offset).join(" › ")) };

  // The innermost section around the offset, and the path of titles down to it.
  const path: Section[] = [];
  let level: readonly Section[] = parsed.sections;
  for (;;) {
    const i = lastStartingAt(level, (s) => s.span.start, offset);
    const s = i >= 0 ? level[i] : undefined;
    if (!s || offset >= Math.max(s.span.end, s.span.start + 1)) break;
    path.push(s);
    level = s.children;
  }
  const shown = path.filter((s) => s !== skipTitle);
  const where = shown.length > 0 ? shown.map((s) => plainText(s.title).trim()).join(" › ") : labels.beforeFirstHeading;
  const heading = shown.length > 0 ? shown[shown.length - 1]!.heading : undefined;

  const bi = lastStartingAt(parsed.blocks, (b) => b.span.start, offset);
  const block: Block | undefined = bi >= 0 ? parsed.blocks[bi] : undefined;
  const detail = block?.kind === "table" && offset <= block.span.end ? tableDetail(parsed.text, block, offset, labels) : undefined;
  return { where, ...(detail ? { detail } : {}), ...(heading ? { heading } : {}) };
}

function tableDetail(text: string, t: TableBlock, offset: number, labels: ReportLabels): string {
  const cellText = (span: { start: number; end: number } | undefined) => (span ? plainText(text.slice(span.start, span.end)).trim() : "");
  const rows = [t.header, ...t.rows];
  const ri = lastStartingAt(rows, (r) => r.span.start, offset);
  const row = ri >= 0 ? rows[ri]! : undefined;
  if (!row) return labels.tablePlace(undefined, undefined);
  const ci = lastStartingAt(row.cells, (c) => c.span.start, offset);
  const rowName = ri === 0 ? labels.headerRow : cellText(row.cells[0]?.content) || undefined;
  const column = ci > 0 ? cellText(t.header.cells[ci]?.content) || String(ci + 1) : undefined;
  return labels.tablePlace(rowName, column);
}

/** The keys leading to the front-matter value at `offset`: "vorig-plan › vastgesteld". */
function metaPath(value: MetaValue | undefined, offset: number): string[] {
  const keys: string[] = [];
  let v = value;
  while (v && v.kind === "map") {
    // The last entry starting at or before the offset (an entry's span may run on to the next key's line).
    const e = v.entries[lastStartingAt(v.entries, (x) => x.span.start, offset)];
    if (!e || offset > e.span.end) break;
    keys.push(`‘${e.keyText}’`);
    v = e.value;
  }
  return keys;
}
