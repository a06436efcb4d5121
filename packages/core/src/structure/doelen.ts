/**
 * Goals as data (issue 17): per theme, a `Doelen` heading with a small table — what the gemeente wants
 * to reach (Doel), how it is measured (Indicator), where it stands (Nulmeting: value and year), where it
 * should be (Streefwaarde: value and year) and who measures it (Bron). See docs/format.md, "Doelen".
 *
 * Read from the parsed plan on demand (and remembered per plan), so the structure reader does not need
 * to know about it. Cells are read the way a policy writer writes them: "4,2 (2021)", "31% in 2021",
 * "2021: 31 %", "1.250 (2026)", or "3,0" under a header "Streefwaarde 2028". A cell that cannot be read
 * keeps its text and has no value.
 */
import type { ParsedPlan, Section, ThemeNode } from "./types.js";
import type { TableBlock } from "../syntax/blocks.js";
import { foldText } from "../text/keywords.js";
import type { Span } from "../text/positions.js";
import { memo } from "./memo.js";
import { HEADING_YEARS } from "./themes.js";
import { cellWord, headerOf, type Column, type TableHeader } from "./doelen-kolommen.js";

export { doelColumnOf, DOEL_COLUMNS, type DoelColumn } from "./doelen-kolommen.js";

export interface MetingNode {
  /** The cell as written. */
  readonly text: string;
  readonly span: Span;
  /** The number, when the cell holds one ("4,2" → 4.2, "1.250" → 1250). */
  readonly waarde?: number;
  /** The year, when the cell names one. */
  readonly jaar?: number;
  /** "%" when the value is a percentage. */
  readonly eenheid?: "%";
  /**
   * A target written as a change ("10% minder in 2027", "-10%"): the change as a fraction (-0.1). Its
   * `waarde` is then the nulmeting changed by it, in the nulmeting's unit; without a nulmeting, none.
   */
  readonly verandering?: number;
}

export interface DoelNode {
  readonly theme: ThemeNode;
  readonly row: TableBlock["rows"][number];
  readonly doel: string;
  readonly doelSpan?: Span;
  readonly indicator: string;
  readonly indicatorSpan?: Span;
  readonly nulmeting?: MetingNode;
  readonly streefwaarde?: MetingNode;
  readonly bron: string;
}

export interface DoelenSection {
  readonly theme: ThemeNode;
  /** The Doelen heading's section; the theme's own where its goals table stands without one. */
  readonly section: Section;
  /** The goals table, when the section has one that reads as such. */
  readonly table?: TableBlock;
  readonly doelen: readonly DoelNode[];
}

/** Headings that introduce a theme's goals; without one, a goals table anywhere in the theme is read. */
const HEADINGS = new Set(["doelen", "doelstellingen", "doel", "doelstelling", "meetbare doelen", "wat willen we bereiken"]);


/** A theme's Doelen section, if it has one (a heading among the theme's own subsections or under its Ambitie). */
export function doelenSection(theme: ThemeNode): Section | undefined {
  const stack = [...theme.section.children];
  while (stack.length > 0) {
    const s = stack.shift()!;
    if (HEADINGS.has(s.keyword) || (HEADING_YEARS.test(s.keyword) && HEADINGS.has(s.keyword.replace(HEADING_YEARS, "")))) return s;
    stack.push(...s.children);
  }
  return undefined;
}

type PlanParts = Pick<ParsedPlan, "text" | "blocks" | "themes" | "sections">;
const cache = memo<PlanParts, readonly DoelenSection[]>("doelen");

/**
 * Every theme's goals section with the goals it states, in plan order. A theme without goals of its
 * own takes the rows that name it in a goals table of the whole plan ("Doelen en indicatoren", a first
 * column "Prioriteit": "Ondermijning", "2", "Prioriteit 2 – Jeugd").
 */
export function readDoelen(plan: PlanParts): readonly DoelenSection[] {
  let out = cache.get(plan);
  if (!out) {
    let central: ReadonlyMap<ThemeNode, DoelenSection> | undefined;
    out = plan.themes.flatMap((theme) => {
      const section = doelenSection(theme);
      const own = section ? readSection(plan, theme, section) : tableInTheme(plan, theme);
      if (own && own.doelen.length > 0) return [own];
      const shared = (central ??= centralGoals(plan)).get(theme);
      return shared ? [shared] : own ? [own] : [];
    });
    cache.set(plan, out);
  }
  return out;
}

/** The first table in blocks [from, to) whose header (read once) has an Indicator column. */
function goalsTable(plan: PlanParts, from: number, to: number, also: (header: TableHeader) => boolean = () => true): { table: TableBlock; header: TableHeader; at: number } | undefined {
  for (let i = from; i < to; i++) {
    const b = plan.blocks[i]!;
    if (b.kind !== "table") continue;
    const h = headerOf(plan.text, b);
    if (h.columns.has("indicator") && also(h)) return { table: b, header: h, at: i };
  }
  return undefined;
}

/**
 * A goals table right in the theme, without a Doelen heading over it ("4.1 Ondermijning", a paragraph,
 * then "Doelstelling | Indicator | Nulmeting | Streefwaarde"): its section is the theme's.
 */
function tableInTheme(plan: PlanParts, theme: ThemeNode): DoelenSection | undefined {
  const found = goalsTable(plan, theme.section.firstBlock + 1, theme.section.endBlock);
  return found ? readTable(plan, theme, theme.section, found.table, found.header) : undefined;
}

function readSection(plan: PlanParts, theme: ThemeNode, section: Section): DoelenSection {
  const found = goalsTable(plan, section.firstBlock + 1, section.endBlock);
  return found ? readTable(plan, theme, section, found.table, found.header) : { theme, section, doelen: [] };
}

const THEME_WORD = /prioriteit|thema|speerpunt|focusgebied|onderwerp/i;
/** A goals table's column that names the theme of each row. */
const THEME_COLUMN = /^(?:prioriteit(?:en)?|thema'?s?|speerpunt(?:en)?|focusgebied(?:en)?|onderwerp)\b/;

/**
 * The goals tables outside the themes with a column that names each row's theme: per theme, the rows
 * that name it (by number or title; a row with that cell empty, as under a merged cell, goes with the
 * row above).
 */
function centralGoals(plan: PlanParts): ReadonlyMap<ThemeNode, DoelenSection> {
  const out = new Map<ThemeNode, DoelenSection>();
  const insideTheme = (i: number) => plan.themes.some((t) => i > t.section.firstBlock && i < t.section.endBlock);
  const themeColumn = (table: TableBlock) => table.header.cells.findIndex((c) => THEME_COLUMN.test(cellWord(plan.text, c)));
  // Most plans have no such table: a look at each table's header row says so before any table is read.
  const anyThemeColumn = plan.blocks.some((b) => b.kind === "table" && THEME_WORD.test(plan.text.slice(b.header.span.start, b.header.span.end)));
  if (!anyThemeColumn) return out;
  for (let from = 0; from < plan.blocks.length; ) {
    const found = goalsTable(plan, from, plan.blocks.length, (h) => h.columns.size >= 2);
    if (!found) break;
    from = found.at + 1;
    const k = themeColumn(found.table);
    if (insideTheme(found.at) || k < 0) continue;
    const section = innermost(plan.sections, found.at);
    if (!section) continue;
    let current: ThemeNode | undefined;
    // Per row, the theme it names; the table is read once, its goals handed out by row.
    const themeOf = new Map<TableBlock["rows"][number], ThemeNode>();
    for (const row of found.table.rows) {
      const c = row.cells[k]?.content;
      const named = c ? plan.text.slice(c.start, c.end).replace(/[*_]/g, "").trim() : "";
      if (named !== "") current = themeNamed(plan.themes, named);
      if (current) themeOf.set(row, current);
    }
    if (themeOf.size === 0) continue;
    const all = readTable(plan, plan.themes[0]!, section, found.table, found.header);
    const byTheme = new Map<ThemeNode, DoelNode[]>();
    for (const d of all.doelen) {
      const theme = themeOf.get(d.row);
      if (!theme || out.has(theme)) continue;
      const list = byTheme.get(theme) ?? [];
      list.push({ ...d, theme });
      byTheme.set(theme, list);
    }
    for (const [theme, doelen] of byTheme) out.set(theme, { ...all, theme, doelen });
  }
  return out;
}

/** The theme a cell names: "2", "Prioriteit 2 – Jeugd", "Ondermijning", "Aanpak ondermijning". */
function themeNamed(themes: readonly ThemeNode[], named: string): ThemeNode | undefined {
  const n = /^(?:(?:thema|prioriteit|speerpunt|focusgebied)\s*)?(\d{1,3})\b/i.exec(named);
  if (n) return themes.find((t) => t.nummer === Number(n[1]));
  const f = foldText(named);
  return themes.find((t) => foldText(t.title) === f) ?? themes.find((t) => t.title.length >= 4 && (f.includes(foldText(t.title)) || (f.length >= 4 && foldText(t.title).includes(f))));
}

/** The deepest section that holds block `i`. */
function innermost(sections: readonly Section[], i: number): Section | undefined {
  for (const s of sections) if (i > s.firstBlock && i < s.endBlock) return innermost(s.children, i) ?? s;
  return undefined;
}

function readTable(plan: PlanParts, theme: ThemeNode, section: Section, table: TableBlock, header: TableHeader): DoelenSection {
  const { columns, sub } = header;
  // "Streefwaarde 2028" over cells "3,0": the year in the column's header is every cell's year.
  const headerYear = (c: Column) => {
    const i = columns.get(c);
    for (const row of sub ? [sub, table.header] : [table.header]) {
      const h = i === undefined ? undefined : row.cells[i]?.content;
      const m = h ? /\b(?:19|20)\d{2}\b/.exec(plan.text.slice(h.start, h.end)) : null;
      if (m) return Number(m[0]);
    }
    return undefined;
  };
  const nulYear = headerYear("nulmeting");
  const streefYear = headerYear("streefwaarde");
  const cell = (row: TableBlock["rows"][number], c: Column) => {
    const i = columns.get(c);
    const content = i === undefined ? undefined : row.cells[i]?.content;
    return content ? { text: plan.text.slice(content.start, content.end).trim(), span: content } : undefined;
  };
  const doelen: DoelNode[] = [];
  for (const row of table.rows.slice(sub ? 1 : 0)) {
    // "Bron: Veiligheidsmonitor" alone in the row under a goal (as 's-Hertogenbosch prints its
    // indicators): that goal's source, not a goal of its own.
    const source = sourceRow(plan.text, row);
    if (source !== undefined) {
      const last = doelen[doelen.length - 1];
      if (last && last.bron === "") doelen[doelen.length - 1] = { ...last, bron: source };
      continue;
    }
    doelen.push(...readRow(row));
  }
  return { theme, section, table, doelen };

  function readRow(row: TableBlock["rows"][number]): DoelNode[] {
    const doel = cell(row, "doel");
    const indicator = cell(row, "indicator");
    if (!doel?.text && !indicator?.text) return [];
    const nul = cell(row, "nulmeting");
    let streef = cell(row, "streefwaarde");
    // "Streefwaarde | Jaar": the year in the row's own cell, where the header names none.
    const yearCell = header.targetYear === undefined ? undefined : row.cells[header.targetYear]?.content;
    const ownYear = yearCell ? /^\s*((?:19|20)\d{2})\s*$/.exec(plan.text.slice(yearCell.start, yearCell.end)) : null;
    let year = streefYear ?? (ownYear ? Number(ownYear[1]) : undefined);
    // The last target left empty, an earlier one filled in: that one is the row's target.
    for (const [i, y] of header.steps ?? []) {
      if (streef?.text && !isEmptyCell(streef.text)) break;
      const content = row.cells[i]?.content;
      const text = content ? plan.text.slice(content.start, content.end).trim() : "";
      if (text && !isEmptyCell(text)) {
        streef = { text, span: content! };
        year = y;
      }
    }
    const nulmeting = nul && nul.text && !isEmptyCell(nul.text) ? readMeting(nul.text, nul.span, nulYear) : undefined;
    return [
      {
        theme,
        row,
        doel: doel?.text ?? "",
        ...(doel ? { doelSpan: doel.span } : {}),
        indicator: indicator?.text ?? "",
        ...(indicator ? { indicatorSpan: indicator.span } : {}),
        ...(nulmeting ? { nulmeting } : {}),
        ...(streef && streef.text && !isEmptyCell(streef.text) ? { streefwaarde: relativeTo(readMeting(streef.text, streef.span, year), nulmeting) } : {}),
        bron: cell(row, "bron")?.text ?? "",
      },
    ];
  }
}

const SOURCE_ROW = /^\s*[*_]*bron(?:nen)?[*_]*\s*:[*_]*\s*(\S.*?)[*_]*\s*$/i;

/** The source a row names when its one filled cell is "Bron: …", if it is such a row. */
function sourceRow(text: string, row: TableBlock["rows"][number]): string | undefined {
  let found: string | undefined;
  for (const c of row.cells) {
    const t = text.slice(c.content.start, c.content.end).trim();
    if (t === "") continue;
    if (found !== undefined) return undefined;
    const m = SOURCE_ROW.exec(t);
    if (!m) return undefined;
    found = m[1]!;
  }
  return found;
}

const isEmptyCell = (s: string) => /^[-–—?]*$/.test(s.trim()) || /^(onbekend|nvt|n\.v\.t\.|nog (niet )?bepalen|volgt|pm|p\.m\.)$/i.test(s.trim());

/** "4,2 (2021)" · "31% in 2021" · "2021: 31 %" · "1.250" · "< 300 (2026)"; `headerYear`: the column's, for a cell that names none. */
export function readMeting(text: string, span: Span, headerYear?: number): MetingNode {
  const plain = text.replace(/[*_]/g, "");
  const yearMatch = /\b(19|20)\d{2}\b/.exec(plain.replace(/\d{1,3}(?:\.\d{3})+(?:,\d+)?/g, (m) => " ".repeat(m.length)));
  const jaar = yearMatch ? Number(yearMatch[0]) : headerYear;
  // The value: the first number that is not the year.
  const withoutYear = yearMatch ? plain.slice(0, yearMatch.index) + " ".repeat(4) + plain.slice(yearMatch.index + 4) : plain;
  const num = /[-−]?\d{1,3}(?:\.\d{3})+(?:,\d+)?|[-−]?\d+(?:,\d+)?/.exec(withoutYear);
  const waarde = num ? Number(num[0].replace(/−/g, "-").replace(/\./g, "").replace(",", ".")) : undefined;
  const pct = num ? /^\s*(%|procent)/.test(withoutYear.slice(num.index + num[0].length)) : false;
  return { text, span, ...(waarde !== undefined && Number.isFinite(waarde) ? { waarde } : {}), ...(jaar !== undefined ? { jaar } : {}), ...(pct ? { eenheid: "%" as const } : {}) };
}

/**
 * A change rather than a level: "10% minder", "daling van 10%", "-10%", "+5%", "10 procent lager".
 * Groups 1 and 2: a sign and the percentage; 3 and 4: the percentage and the direction after it; 5 and
 * 6: the direction and the percentage after it.
 */
const CHANGE = /^\s*([-−–+])\s*(\d+(?:,\d+)?)\s*(?:%|procent)|(\d+(?:,\d+)?)\s*(?:%|procent)\s+(minder|lager|kleiner|daling|afname|reductie|meer|hoger|groter|stijging|toename|groei)\b|\b(daling|afname|reductie|vermindering|stijging|toename|groei)\s+(?:van|met)\s+(\d+(?:,\d+)?)\s*(?:%|procent)/i;
const DOWN = /^(?:[-−–]|minder|lager|kleiner|daling|afname|reductie|vermindering)$/i;

/**
 * A target written as a change of the nulmeting ("10% minder in 2027" beside "412"): its value is the
 * nulmeting changed by it. Not beside a nulmeting that is itself a percentage, where "-10%" may as well
 * mean ten points.
 */
function relativeTo(target: MetingNode, nulmeting: MetingNode | undefined): MetingNode {
  const m = CHANGE.exec(target.text.replace(/[*_]/g, ""));
  if (!m || nulmeting?.eenheid === "%") return target;
  const pct = Number((m[2] ?? m[3] ?? m[6])!.replace(",", "."));
  const direction = m[1] ?? m[4] ?? m[5]!;
  const verandering = (DOWN.test(direction) ? -pct : pct) / 100;
  const { waarde: _written, eenheid: _pct, ...rest } = target;
  const base = nulmeting?.waarde;
  // Rounded to the nulmeting's precision and a bit: 412 × 0,9 is 370,8, not 370,80000000000001.
  return { ...rest, verandering, ...(base !== undefined ? { waarde: Math.round(base * (1 + verandering) * 1e6) / 1e6 } : {}) };
}

/** A goal is measurable as data when it names an indicator and a target value. */
export const isMeasurable = (d: DoelNode): boolean => d.indicator !== "" && (d.streefwaarde?.waarde !== undefined || d.streefwaarde?.verandering !== undefined);

/** The folded indicator, for matching realised values to goals. */
export const indicatorKey = (indicator: string): string => foldText(indicator.replace(/[*_]/g, ""));
