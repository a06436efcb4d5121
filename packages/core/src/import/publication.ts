/**
 * What the official publication of a decision (CVDR, lokaleregelgeving.overheid.nl) states about it
 * in its frame rather than in the plan's text: "Gegevens van de regeling" with the organisation and
 * the body that adopted it, and a row of dates of which "Datum ondertekening" is the day the decision
 * was signed. Saved or printed from the site, labels and values run together ("OrganisatieSon en
 * Breugel", "Vastgesteld doorgemeenteraad", "01-02-2023Nieuwe regeling"), so each is read by its label.
 */
import type { DocBlock } from "./document.js";
import { plainText } from "./inline.js";


export interface Publication {
  /** The text comes from the official publication (its frame was found): a decision there was taken. */
  readonly published?: boolean;
  /** The decision's official name ("Officiële naam regeling"). */
  readonly titel?: string;
  /** The municipality the publication is of. */
  readonly gemeente?: string;
  /** Who adopted it and when (the date it was signed), ISO. */
  readonly vastgesteld?: { readonly door: string; readonly datum: string; readonly bron: string };
  /** Who adopted it, where the frame says so without a date it could be read from ("Vastgesteld door gemeenteraad"). */
  readonly door?: string;
}

/** A block's text as lines: a table row by row (a web page sets the frame as tables), a list item by item. */
const linesOf = (b: DocBlock): string[] => (b.kind === "table" ? b.rows.map((r) => r.join(" ")) : b.kind === "list" ? [...b.items] : [b.text]);

/** The text the frame is read from. */
export function publicationText(blocks: readonly DocBlock[]): string {
  return blocks.flatMap(linesOf).join("\n");
}

const FRAME = /\bGegevens van de regeling\b/i;
const ORGANISATION = /\bOrganisatie\s*(?!type)(\p{Lu}[^\n]*?)\s*Organisatietype\s*Gemeente\b/u;
const OFFICIAL_NAME = /\bOfficiële naam regeling\s*(\S[^\n]*?)\s*(?:\bCiteertitel|\bVastgesteld door|\bOnderwerp|\n|$)/u;
const ADOPTED_BY = /\bVastgesteld door\s*(gemeenteraad|raad|college van burgemeester en wethouders|burgemeester)\b/i;
/**
 * The dates' labels, then their values: the day it took effect (and up to two more dates: retroactive
 * to, ceased), what the decision is ("Betreft": "Nieuwe regeling", "Wijziging …", "nieuw beleid", any
 * words), then the signing date. The "Betreft" value is words, so the first date after words is it.
 */
const SIGNED = /\bDatum ondertekening\b[\s\S]{0,300}?(?<!\d)\d{2}-\d{2}-\d{4}(?!\d)(?:\s*\d{2}-\d{2}-\d{4}(?!\d)){0,2}\s*(?=\p{L})[^\n\d][^\n]{0,120}?\s*(\d{2})-(\d{2})-(\d{4})(?!\d)/iu;

/**
 * The page as lokaleregelgeving.overheid.nl shows a regeling, saved without its "Gegevens van de
 * regeling": "Permanente link", "Naar de actuele versie …", the regeling's name, "Geldend van
 * 21-02-2025 t/m heden" (or "Regeling vervallen per …" above), then "Intitulé" and the text.
 */
const PAGE_FRAME_LINE = /^(?:Permanente link|Naar de (?:actuele|door u bekeken) versie\b.*|https?:\/\/\S+|Regeling vervallen per \d{2}-\d{2}-\d{4}|Geldend van \d{2}-\d{2}-\d{4}\b.*)$/i;
/** The regeling's name: the line above "Geldend van …". */
const NAME_ABOVE_VALIDITY = /(?:^|\n)([^\n]{8,200})\n(?:Geldend van \d{2}-\d{2}-\d{4}\b)/;

export function readPublication(text: string): Publication {
  if (!FRAME.test(text)) {
    // The page's frame alone names the regeling (its date is when it took effect, not when it was adopted).
    if (!FRAME_COMMENT.test(text)) return {};
    const name = NAME_ABOVE_VALIDITY.exec(text)?.[1]?.trim();
    return { published: true, ...(name && !PAGE_FRAME_LINE.test(name) ? { titel: name } : {}) };
  }
  const org = ORGANISATION.exec(text)?.[1]?.trim();
  const titel = OFFICIAL_NAME.exec(text)?.[1]?.trim();
  const by = ADOPTED_BY.exec(text)?.[1]?.toLowerCase();
  const signed = SIGNED.exec(text);
  const door = by === "raad" ? "gemeenteraad" : by;
  return {
    published: true,
    ...(titel ? { titel } : {}),
    ...(org ? { gemeente: org } : {}),
    ...(door && signed ? { vastgesteld: { door, datum: `${signed[3]}-${signed[2]}-${signed[1]}`, bron: `Datum ondertekening ${signed[1]}-${signed[2]}-${signed[3]}` } } : door ? { door } : {}),
  };
}

const FRAME_START = /^(?:Wetstechnische informatie|Gegevens van de regeling)$/i;
const TEXT_START = /^Tekst van de regeling$/i;

/**
 * The publication's frame (the site's header, "Gegevens van de regeling", the table of dates, up to
 * "Tekst van de regeling" and its "Intitulé") is not the plan's text: it is kept, whole, as a comment
 * at the top, where the writer can compare it with the front matter read from it.
 */
export function setAsideFrame(blocks: readonly DocBlock[]): DocBlock[] {
  const words = (b: DocBlock | undefined) => (b && (b.kind === "heading" || b.kind === "paragraph") ? plainText(b.text).trim() : undefined);
  const start = blocks.findIndex((b, i) => i < 12 && FRAME_START.test(words(b) ?? "\n"));
  let end = -1;
  if (start >= 0) {
    const textAt = blocks.findIndex((b, i) => i > start && TEXT_START.test(words(b) ?? "\n"));
    if (textAt >= 0) end = textAt + 1;
  } else {
    // The page's own frame: "Intitulé" among the first blocks, with a line of the frame before it.
    const intitule = blocks.findIndex((b, i) => i < 12 && INTITULE.test(words(b) ?? "\n"));
    if (intitule > 0 && blocks.slice(0, intitule).some((b) => (words(b) ?? "").split("\n").some((l) => PAGE_FRAME_LINE.test(l.trim())))) end = intitule;
  }
  if (end < 0) return [...blocks];
  if (INTITULE.test(words(blocks[end]) ?? "\n")) end++;
  const comment: DocBlock = { kind: "paragraph", text: `${FRAME_COMMENT_OPEN}\n${publicationText(blocks.slice(0, end)).replace(/-->/g, "--&gt;")}\n-->`, raw: true, origin: blocks[0]!.origin };
  return [comment, ...blocks.slice(end)];
}

const INTITULE = /^Intitul[ée]$/i;
const FRAME_COMMENT_OPEN = "<!-- uit de publicatie:";
const FRAME_COMMENT = /<!-- uit de publicatie:/;
