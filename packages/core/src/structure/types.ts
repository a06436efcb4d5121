/**
 * The located structure `parse` produces: sections, themes, pillars, the budget table, references,
 * citations, comments. Every node keeps exact spans into the text, so that rules, fixes and the
 * language server point at what the writer wrote.
 */
import type { Finding } from "../diagnostic.js";
import type { Citation } from "../law/citation.js";
import type { Unit } from "../model/amount.js";
import type { Plan, ThemaSoort } from "../model/schema.js";
import type { Block, HeadingBlock, ListBlock, TableBlock, TableRow } from "../syntax/blocks.js";
import type { MetaEntry, MetaValue } from "../syntax/frontmatter.js";
import type { LineIndex, Span } from "../text/positions.js";
import type { LocatedFields } from "./fields.js";

export interface Section {
  readonly heading: HeadingBlock;
  readonly level: number;
  /** The heading's text as written. */
  readonly title: string;
  /** The heading text as a keyword (see text/keywords.ts). */
  readonly keyword: string;
  /** From the heading through the last block before the next heading of the same or a higher level. */
  readonly span: Span;
  /** Index of the heading block and one past the section's last block, in `ParsedPlan.blocks`. */
  readonly firstBlock: number;
  readonly endBlock: number;
  /** Blocks before the first subsection (heading excluded). */
  readonly ownBlocks: readonly Block[];
  readonly children: readonly Section[];
  readonly parent?: Section;
}

/** A pillar a theme's Ambitie names (structure/pillars.ts). */
export interface PillarNode {
  readonly title: string;
  /** The list item's text without marker and trailing period, or the item in the announcing sentence ("preventie"). */
  readonly span: Span;
  /** The elaboration section: a heading under the Ambitie with this title, also behind a label ("Pijler 1: Preventie"). */
  readonly elaboration?: Section;
}

/** "Onze aanpak berust op drie pijlers:", "kent twee pijlers: preventie en zorg.", "bestaat uit de volgende pijlers:" */
export interface PillarIntroNode {
  /** The announcing paragraph. */
  readonly span: Span;
  /** The announcement as the plan writes it, from the verb through "pijlers" ("kent drie pijlers"). */
  readonly words: string;
  /** How the pillars are named: a list below the announcement ({@link ThemeNode.pillarList}), in the sentence itself, or not at all. */
  readonly form: "lijst" | "zin" | "geen";
  /** The announced number, when there is one and it reads as a number. */
  readonly count?: number;
  /** The count as written ("drie", "3"); absent after "de volgende" without a count. */
  readonly countText?: string;
  /** Where the count stands (the pijlers rule's fix rewrites it). */
  readonly countSpan?: Span;
}

export interface ThemeNode {
  readonly section: Section;
  readonly soort: ThemaSoort;
  readonly nummer?: number;
  readonly numberSpan?: Span;
  /** The word before the number as the plan writes it ("Prioriteit", "Speerpunt", "Thema"), if any. */
  readonly numberWord?: string;
  readonly title: string;
  readonly titleSpan: Span;
  readonly opgave?: Section;
  readonly ambitie?: Section;
  /** The Ambitie's announcement of its pillars. */
  readonly pillarIntro?: PillarIntroNode;
  /** The list below the announcement, when the pillars are listed (not named in the sentence). */
  readonly pillarList?: ListBlock;
  readonly pillars: readonly PillarNode[];
  /** Headings below the Ambitie heading (pillar elaborations and free sections). */
  readonly subsections: readonly Section[];
}

export interface AmountCell {
  readonly span: Span;
  readonly raw: string;
  /** Cents, or null for an empty cell, "-" or an unreadable amount. */
  readonly cents: number | null;
  readonly empty: boolean;
  readonly error?: "malformed" | "too-large" | "too-precise";
  readonly suggestion?: string;
}

export interface BudgetLineNode {
  readonly row: TableRow;
  readonly nummer?: number;
  readonly deelproduct: string;
  readonly nameSpan: Span;
  readonly cells: readonly AmountCell[];
}

export interface ToelichtingNode {
  readonly section: Section;
  readonly deelproduct: string;
  readonly titleSpan: Span;
  readonly refs: readonly ThemeRef[];
  readonly alleThemas: boolean;
}

export interface BudgetTotalsNode {
  readonly row: TableRow;
  readonly labelSpan: Span;
  readonly cells: readonly AmountCell[];
}

export interface BudgetGroupNode {
  readonly lines: readonly number[];
  readonly totals: BudgetTotalsNode;
  /** A "Totaal lasten" or "Totaal baten" row: the plain sum of the lines of that kind above it. */
  readonly kind?: "baten" | "lasten";
}

export interface BudgetNode {
  readonly section: Section;
  readonly table?: TableBlock;
  readonly unit?: Unit;
  readonly unitSpan?: Span;
  readonly years: readonly { readonly value: number | undefined; readonly text: string; readonly span: Span }[];
  readonly lines: readonly BudgetLineNode[];
  readonly totals?: BudgetTotalsNode;
  /**
   * A table in parts, each closed by its own totals row ("Baten / Lasten / Totaal Veiligheid",
   * "… / Totaal Brandweerzorg"): set only when the table has two totals rows or more. `lines` are
   * indices into the budget's lines; a totals row right under another one (a grand total) has every line.
   */
  readonly groups?: readonly BudgetGroupNode[];
  readonly toelichtingSection?: Section;
  readonly toelichting: readonly ToelichtingNode[];
}

export interface ThemeRef {
  readonly span: Span;
  readonly kind: "number" | "range" | "title" | "all";
  /** The word the reference uses, as written ("Thema", "prioriteit", "Speerpunt"). */
  readonly word?: string;
  readonly nummer?: number;
  /** For a range, the last number. */
  readonly tot?: number;
  readonly numberSpan?: Span;
  readonly title?: string;
  readonly titleSpan?: Span;
}

export interface CitationNode extends Citation {
  readonly span: Span;
  readonly source: "grondslag" | "text";
  /** For a grondslag entry that does not read as one citation. */
  readonly unreadable?: boolean;
}

export interface CommentNode {
  readonly span: Span;
  /** Inside `<!--` and `-->`. */
  readonly body: string;
  readonly bodySpan: Span;
}

export interface MetadataNode {
  readonly frontMatter?: Extract<Block, { kind: "frontMatter" }>;
  readonly root?: MetaValue;
  readonly get: (key: string) => MetaEntry | undefined;
}

export interface ParsedPlan {
  readonly text: string;
  readonly lines: LineIndex;
  readonly blocks: readonly Block[];
  readonly sections: readonly Section[];
  readonly metadata: MetadataNode;
  /** The declared front-matter fields present in the plan, typed and located (model/fields.ts). */
  readonly fields: LocatedFields;
  readonly themes: readonly ThemeNode[];
  readonly themeContainers: readonly { readonly soort: ThemaSoort; readonly section: Section }[];
  /** How the themes were found: under theme headings, as chapters with an Opgave/Ambitie, as the front matter declares, or not at all. */
  readonly themeStructure: "containers" | "chapters" | "declared" | "none";
  readonly budget?: BudgetNode;
  readonly themeRefs: readonly ThemeRef[];
  readonly citations: readonly CitationNode[];
  readonly comments: readonly CommentNode[];
  /** What the parser could not read. */
  readonly findings: readonly Finding[];
  readonly plan: Plan;
}
