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
  /** The decision's official name ("Officiële naam regeling"). */
  readonly titel?: string;
  /** The municipality the publication is of. */
  readonly gemeente?: string;
  /** Who adopted it and when (the date it was signed), ISO. */
  readonly vastgesteld?: { readonly door: string; readonly datum: string; readonly bron: string };
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
/** The dates' labels, then their values: the date after the "Betreft" value is the signing date. */
const SIGNED = /\bDatum ondertekening\b[\s\S]{0,200}?\b\d{2}-\d{2}-\d{4}\s*(?:Nieuwe regeling|Wijziging[^\n]{0,120}?|Intrekking[^\n]{0,120}?)\s*(\d{2})-(\d{2})-(\d{4})\b/i;

export function readPublication(text: string): Publication {
  if (!FRAME.test(text)) return {};
  const org = ORGANISATION.exec(text)?.[1]?.trim();
  const titel = OFFICIAL_NAME.exec(text)?.[1]?.trim();
  const by = ADOPTED_BY.exec(text)?.[1]?.toLowerCase();
  const signed = SIGNED.exec(text);
  const door = by === "raad" ? "gemeenteraad" : by;
  return {
    ...(titel ? { titel } : {}),
    ...(org ? { gemeente: org } : {}),
    ...(door && signed ? { vastgesteld: { door, datum: `${signed[3]}-${signed[2]}-${signed[1]}`, bron: `Datum ondertekening ${signed[1]}-${signed[2]}-${signed[3]}` } } : {}),
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
  const start = blocks.findIndex((b, i) => i < 12 && (b.kind === "heading" || b.kind === "paragraph") && FRAME_START.test(plainText(b.text).trim()));
  if (start < 0) return [...blocks];
  const textAt = blocks.findIndex((b, i) => i > start && (b.kind === "heading" || b.kind === "paragraph") && TEXT_START.test(plainText(b.text).trim()));
  if (textAt < 0) return [...blocks];
  let end = textAt + 1;
  const next = blocks[end];
  if (next && (next.kind === "heading" || next.kind === "paragraph") && /^Intitul[ée]$/i.test(plainText(next.text).trim())) end++;
  const comment: DocBlock = { kind: "paragraph", text: `<!-- uit de publicatie:\n${publicationText(blocks.slice(0, end)).replace(/-->/g, "--&gt;")}\n-->`, raw: true, origin: blocks[0]!.origin };
  return [comment, ...blocks.slice(end)];
}
