/**
 * What the official publication of a decision (CVDR, lokaleregelgeving.overheid.nl) states about it
 * in its frame rather than in the plan's text: "Gegevens van de regeling" with the organisation and
 * the body that adopted it, and a row of dates of which "Datum ondertekening" is the day the decision
 * was signed. Saved or printed from the site, labels and values run together ("OrganisatieSon en
 * Breugel", "Vastgesteld doorgemeenteraad", "01-02-2023Nieuwe regeling"), so each is read by its label.
 */

export interface Publication {
  /** The decision's official name ("Officiële naam regeling"). */
  readonly titel?: string;
  /** The municipality the publication is of. */
  readonly gemeente?: string;
  /** Who adopted it and when (the date it was signed), ISO. */
  readonly vastgesteld?: { readonly door: string; readonly datum: string; readonly bron: string };
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
    ...(door && signed ? { vastgesteld: { door, datum: `${signed[3]}-${signed[2]}-${signed[1]}`, bron: signed[0].replace(/\s+/g, " ").slice(-60) } } : {}),
  };
}
