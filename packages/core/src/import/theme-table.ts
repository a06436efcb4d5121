/**
 * Themes set out in tables, made the headings the format reads: the themes as the rows of one table
 * under the chapter of priorities ("Thema | Doel | Aanpak | Partners", a row per theme), and a theme
 * set out as a card ("Opgave | …", "Ambitie | …", a row per part). Each is reported as a guess; every
 * word of the table stays, or (a card's column headers) is reported.
 */
import { containerSoort, themePart } from "../structure/themes.js";
import { keyword } from "../text/keywords.js";
import type { DocBlock, HeadingBlock, TableBlock } from "./document.js";
import { plainText } from "./inline.js";
import { isCardLabel } from "./lines.js";
import type { ImportNote } from "./report.js";

/** The first column's header of a table of themes. */
const THEME_COLUMN = /^(?:(?:veiligheids)?themas?|prioriteit(?:en)?|speerpunt(?:en)?|onderwerp(?:en)?|focuspunt(?:en)?)$/;

/** Headings whose tables retell or list the themes, never set them out: a summary, an appendix. */
const OUTSIDE = /^(?:(?:management|bestuurlijke )?samenvatting|in het kort|bijlagen?|leeswijzer|voorwoord)\b/;

export function themeTablesAsHeadings(blocks: DocBlock[], budget: TableBlock | undefined, notes: ImportNote[]): DocBlock[] {
  // Under the priorities' heading; in a plan without one ("3. Onze aanpak" over "Prioriteit | Doel |
  // …"), under the heading the table stands under, so that the rows are found as chapters with goals.
  const anyGroup = blocks.some((b) => b.kind === "heading" && containerSoort(keyword(b.text)));
  let group: HeadingBlock | undefined;
  let out: DocBlock[] | undefined;
  blocks.forEach((b, i) => {
    if (b.kind === "heading") group = containerSoort(keyword(b.text)) || (!anyGroup && !OUTSIDE.test(keyword(b.text))) ? b : undefined;
    if (b.kind !== "table" || b === budget || !group || !isThemeTable(b)) {
      out?.push(b);
      return;
    }
    out ??= blocks.slice(0, i);
    const level = group.level;
    const heading = (text: string, deeper: number): HeadingBlock => ({ kind: "heading", text, ...(level !== undefined ? { level: level + deeper } : {}), origin: b.origin });
    const header = b.rows[0]!.map((c) => plainText(c).trim());
    const at = nameColumn(b);
    const themes: string[] = [];
    for (const row of b.rows.slice(1)) {
      // "1 | Ondermijning | …": the number column's number before the name, as a theme's heading has it.
      const name = `${at === 1 ? `${plainText(row[0]!).trim().replace(/\.$/, "")}. ` : ""}${plainText(row[at]!).trim()}`;
      themes.push(name);
      const theme = heading(name, 1);
      out.push(theme);
      row.slice(at + 1).forEach((cell, k) => {
        if (cell.trim() === "") return;
        // A column without a header's word keeps its text under the theme itself.
        if (header[at + 1 + k]) out!.push(heading(header[at + 1 + k]!.replace(/[:.]\s*$/, ""), 2));
        out!.push({ kind: "paragraph", text: cell.trim(), origin: b.origin });
      });
      // Reported at the first theme's heading (the table itself is no longer in the plan).
      if (themes.length === 1) notes.push({ kind: "guessed", messageId: "import.tabelAlsThemas", data: { kolommen: header.join(", "), aantal: b.rows.length - 1 }, source: b.origin, block: theme, text: header.join(" ") });
    }
  });
  return out ?? blocks;
}

/**
 * A table of themes: its first column (after a column of numbers, if any) headed "Thema" (or
 * "Prioriteit", "Speerpunt"), another column a
 * theme's part ("Doel", "Opgave", "Wat willen we bereiken?"), and a short name in every row's first
 * cell. Not a table of actions ("Actie | Thema | Trekker | 2025"), whose first column is not the themes.
 */
function isThemeTable(t: TableBlock): boolean {
  const header = t.rows[0] ?? [];
  const at = nameColumn(t);
  if (t.rows.length < 3 || header.length < at + 2 || !THEME_COLUMN.test(keyword(header[at] ?? ""))) return false;
  if (!header.slice(at + 1).some((c) => themePart(keyword(c)) !== undefined)) return false;
  return t.rows.slice(1).every((r) => {
    const name = plainText(r[at] ?? "").trim();
    return name !== "" && name.length <= 80 && !/[.!?]$/.test(name);
  });
}

/** The column of the themes' names: the first, or the second after a column of numbers ("Nr. | Thema | Doel"). */
function nameColumn(t: TableBlock): number {
  const numbered = /^(?:nr\.?|nummer|#|)$/i.test(plainText(t.rows[0]?.[0] ?? "").trim()) && t.rows.slice(1).every((r) => /^\d{1,2}\.?$/.test(plainText(r[0] ?? "").trim()));
  return numbered ? 1 : 0;
}

/**
 * A theme set out as a card: a table whose rows start with the theme's parts ("Opgave | Criminelen …",
 * "Ambitie | In 2030 …", "Aanpak | …"), under a header row or not ("Onderdeel | Uitwerking"). Each row
 * becomes its label as a heading and the rest as a paragraph, so that the theme has its opgave and
 * ambitie (a guess, reported; the header's words, which no longer stand in the plan, with it). Only a
 * table every row of which (but its header) is so labelled, with at least one theme part; never the budget.
 */
export function partTablesAsHeadings(blocks: DocBlock[], budget: TableBlock | undefined, notes: ImportNote[]): DocBlock[] {
  if (!blocks.some((b) => cardRows(b, budget) !== undefined)) return blocks;
  return blocks.flatMap((b): DocBlock[] => {
    const from = cardRows(b, budget);
    if (from === undefined || b.kind !== "table") return [b];
    const rows = b.rows.slice(from);
    const out = rows.flatMap((r): DocBlock[] => [
      { kind: "heading", text: plainText(r[0]!).replace(/[:.]\s*$/, "").trim(), origin: b.origin },
      { kind: "paragraph", text: r.slice(1).map((c) => c.trim()).filter((c) => c !== "").join(" "), origin: b.origin },
    ]);
    const header = from === 1 ? b.rows[0]!.map((c) => plainText(c).trim()).join(" ") : undefined;
    // Reported at the first of the headings it became (the table itself is no longer in the plan).
    notes.push({ kind: "guessed", messageId: "import.kaartAlsKoppen", data: { labels: rows.map((r) => plainText(r[0]!).trim()).join(", ") }, source: b.origin, block: out[0], ...(header ? { text: header } : {}) });
    return out;
  });
}

/** Where a card's labelled rows start (0, or 1 after a header row), or undefined for a block that is no card. */
function cardRows(b: DocBlock, budget: TableBlock | undefined): number | undefined {
  if (b.kind !== "table" || b === budget) return undefined;
  const labelled = (r: readonly string[]) => r.length >= 2 && (r[0] ?? "").length <= 40 && isCardLabel(r[0] ?? "") && r.slice(1).some((c) => c.trim() !== "");
  const from = labelled(b.rows[0] ?? []) ? 0 : 1;
  const rows = b.rows.slice(from);
  if (rows.length < 2 || !rows.every(labelled) || !rows.some((r) => themePart(keyword(plainText(r[0]!).replace(/[:.]\s*$/, ""))) !== undefined)) return undefined;
  return from;
}
