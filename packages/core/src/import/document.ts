/**
 * The intermediate document every reader produces (text/OCR, Markdown, .docx, .odt, .pdf, .html) and the one
 * domain recogniser reads: headings (with a level where the source has an outline), paragraphs, lists,
 * tables and footnotes, each with where it came from. Inline text is Markdown already (emphasis as
 * `*`/`**`, footnote references as `[^id]`).
 */

/** Where a block came from: a 0-based line of a text input, or a 1-based page of a PDF. */
export interface Origin {
  readonly line?: number;
  readonly page?: number;
}

export interface HeadingBlock {
  readonly kind: "heading";
  readonly text: string;
  /** The outline level (1 = top) where the source has one (Word styles, ODF outline, `#`, font size). */
  readonly level?: number;
  /** Written after a bullet glyph (OCR'd "» Een weerbare samenleving"): a minor heading. */
  readonly bullet?: boolean;
  readonly origin: Origin;
}

export interface ParagraphBlock {
  readonly kind: "paragraph";
  readonly text: string;
  /** Markdown to be written as it is (an HTML comment of a Markdown source). */
  readonly raw?: boolean;
  readonly origin: Origin;
}

export interface ListBlock {
  readonly kind: "list";
  readonly ordered: boolean;
  readonly start?: number;
  readonly items: readonly string[];
  readonly origin: Origin;
}

export interface TableBlock {
  readonly kind: "table";
  /** The first row is the header. */
  readonly rows: readonly (readonly string[])[];
  readonly origin: Origin;
}

export interface FootnoteBlock {
  readonly kind: "footnote";
  readonly id: string;
  readonly text: string;
  readonly origin: Origin;
}

export type DocBlock = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | FootnoteBlock;

export type SourceFormat = "text" | "markdown" | "docx" | "odt" | "pdf" | "html";

/** Something the reader changed or left out, kept for the import report. */
export interface ReaderNote {
  readonly kind: "dropped" | "repaired" | "guessed";
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
  readonly origin: Origin;
  /** For "dropped": the text that is not in the output. */
  readonly text?: string;
}

export interface SourceDocument {
  readonly format: SourceFormat;
  readonly blocks: readonly DocBlock[];
  /** The document's own title, where the source marks one (Word's Title style, a PDF's largest type). */
  readonly title?: { readonly text: string; readonly origin: Origin };
  /** A subtitle the source marks (Word's Subtitle style): the front matter's `ondertitel`. */
  readonly subtitle?: string;
  /**
   * Lines of a title page that state facts for the front matter (gemeente, period, adoption) and are not
   * the plan's text: this toolkit's own Word export sets them in the style "Titelpagina".
   */
  readonly facts?: readonly string[];
  readonly notes: readonly ReaderNote[];
}

/** More columns than any table in a plan has: a merged or repeated cell beyond it is cut (a malformed file must not make millions of cells). */
export const MAX_TABLE_COLUMNS = 64;
