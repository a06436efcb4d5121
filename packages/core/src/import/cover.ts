/**
 * A document's cover, before its first chapter: the plan's name set a few words per line, a slogan under
 * it, and lines that state front matter ("Gemeente Nijmegen", "Periode 2022-2026", "Vastgesteld door …").
 * Read before the title is chosen (./recognise.ts); each fact is reported with its text.
 */
import { containerSoort, THEME_HEADING, themePart } from "../structure/themes.js";
import { DUTCH_MONTHS } from "../text/dates.js";
import { keyword, PLAN_KIND } from "../text/keywords.js";
import type { DocBlock, HeadingBlock } from "./document.js";
import { plainText } from "./inline.js";
import { ROMAN, SECTION_NUMBER } from "./outline.js";
import type { ImportNote } from "./report.js";

/** A plan's kind anywhere in a line ("REGIONAAL BELEIDSPLAN VEILIGHEID"). */
const PLAN_KIND_IN = new RegExp(`(?:^|[^\\p{L}])(?:${PLAN_KIND})(?![\\p{L}])`, "iu");
const COVER_LINE_END = /[.!?:;,]$/;
/** "Maart 2024", "18 oktober 2022": the cover's date, not part of the name. */
const COVER_DATE = new RegExp(`^(?:\\d{1,2}\\s+)?(?:${DUTCH_MONTHS.join("|")})\\s+\\d{4}$`, "iu");
/** A word a name does not end with: the line goes on on the next. */
const DANGLING = /\s(?:gemeente|gemeenten|van|voor|en|de|het|der|in|te)$/i;
/** "2024 - 2027" on a line of its own. */
const PERIOD_ALONE = /^(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}$/;

/**
 * A cover sets the plan's name in large type a few words per line ("Integraal" / "Veiligheidsplan" /
 * "Zuidplas" / "2024 - 2027"), and a text or PDF gives each line as a block: where the first short lines
 * name the plan's kind only together, they are one title (each of them alone would be a heading).
 */
export function joinCoverTitle(blocks: readonly DocBlock[]): DocBlock[] {
  const line = (b: DocBlock | undefined) => (b && (b.kind === "heading" || b.kind === "paragraph") && !b.text.includes("\n") ? plainText(b.text).trim() : undefined);
  const parts: string[] = [];
  let n = 0;
  for (; n < Math.min(blocks.length, 6); n++) {
    const t = line(blocks[n]);
    if (t === undefined || t === "" || t.length > 50 || COVER_LINE_END.test(t) || FACT.test(t) || OPENING.test(t) || NOT_A_SLOGAN.test(keyword(t)) || COVER_DATE.test(t)) break;
    parts.push(t);
    if (PERIOD_ALONE.test(t)) {
      n++;
      break;
    }
  }
  if (n < 2) return [...blocks];
  const first = blocks[0]!;
  // A name broken after a word that cannot end it ("Jaarplan Veiligheid 2021 Gemeente" over
  // "Neder-Betuwe"): the next line finishes it (and a period on its own line after that).
  if (DANGLING.test(parts[0]!)) {
    const k = n >= 3 && PERIOD_ALONE.test(parts[2]!) ? 3 : 2;
    // The cover's date run on to the name's last line ("Neder-Betuwe" and "d.d. april 2021" as one block) stays apart.
    const dated = k === 2 ? /\s+(?=d\.d\.\s|datum\s)/i.exec(parts[1]!) : null;
    if (dated) {
      const rest: DocBlock = { kind: "paragraph", text: parts[1]!.slice(dated.index + dated[0].length), origin: blocks[1]!.origin };
      return [{ kind: "heading", text: `${parts[0]} ${parts[1]!.slice(0, dated.index)}`, level: 1, origin: first.origin }, rest, ...blocks.slice(2)];
    }
    return [{ kind: "heading", text: parts.slice(0, k).join(" "), level: 1, origin: first.origin }, ...blocks.slice(k)];
  }
  // Only where the first line is a fragment of a name (one or two words, not the plan's kind): a title
  // on one line, or a slogan over it, stays as it is.
  if (parts[0]!.split(/\s+/).length > 2 || PLAN_KIND_IN.test(parts[0]!) || !PLAN_KIND_IN.test(parts.join(" "))) return [...blocks];
  const joined = parts.join(" ");
  const title: HeadingBlock = { kind: "heading", text: joined, level: 1, origin: first.origin };
  return [title, ...blocks.slice(n)];
}

const SUBTITLE = /^integraal\s+veiligheidsplan\b.{0,60}$/i;
/** Lines of a title page that state front matter: "Gemeente Nijmegen", "Periode 2022-2026", "Vastgesteld door …". */
export const FACT = /^(?:gemeente\s+\p{Lu}|periode\s+\d{4}|status:|voorstel\s+van\b|voorgesteld\s+door\b|vastgesteld\s+door\b|vorig\s+plan:|grondslag:)/iu;
/** Where a fact starts inside a line that joined several (the same words, capitalised as a line starts). */
const FACT_START = /\s+(?=(?:[Gg]emeente\s+\p{Lu}|Periode\s+\d{4}|Status:|Voorstel\s+van\b|Voorgesteld\s+door\b|Vastgesteld\s+door\b|Vorig\s+plan:|Grondslag:))/u;
/** A title page's slogan: short, not a sentence, and not a chapter's name ("Voorwoord", "Prioriteiten"). */
function isSlogan(t: string): boolean {
  const k = keyword(t);
  return t.length <= 80 && !/[.!?:;]$|[\n<>]/.test(t) && !/^\(?(?:19|20)\d{2}\s*[-–—/]\s*(?:19|20)\d{2}\)?$/.test(t) && !FACT.test(t) && !NOT_A_SLOGAN.test(k) && !containerSoort(k) && !themePart(k) && !ROMAN.test(t) && !THEME_HEADING.test(t) && !SECTION_NUMBER.test(t);
}
/** A plan's first chapter: "1. Inleiding", "Hoofdstuk 1 …", "Voorwoord", "Inleiding". */
export const OPENING = /^(?:1[.)]?\s+\p{Lu}|(?:hoofdstuk|deel)\s+(?:1|I)\b|(?:voorwoord|inleiding|samenvatting|leeswijzer)\b)/iu;
export const NOT_A_SLOGAN = /^(?:voorwoord|inleiding|samenvatting|aanleiding|inhoud|inhoudsopgave|colofon|leeswijzer|hoofdstuk\b|deel\b|bijlage)/;

/**
 * The title page, where a document has one before its first chapter: a subtitle ("Integraal
 * Veiligheidsplan 2022-2026") and lines of facts become front matter, each reported with its text.
 */
export function titlePage(blocks: readonly DocBlock[], notes: ImportNote[], unstyled: boolean): { blocks: DocBlock[]; subtitle?: string; facts: string[] } {
  const facts: string[] = [];
  let subtitle: string | undefined;
  let i = 0;
  for (; i < blocks.length && i < 12; i++) {
    const b = blocks[i]!;
    if (b.kind !== "heading" && b.kind !== "paragraph") break;
    const t = plainText(b.text);
    // Facts set on lines of their own may come joined into one paragraph (a PDF's title page).
    let pieces = t.split(FACT_START);
    // A slogan under the title, before such facts ("Samen werken aan een veilige stad" over "Gemeente
    // Peelrode"), is the subtitle: in the same paragraph, or with a short fact as the next block.
    const next = blocks[i + 1];
    const factNext = next !== undefined && (next.kind === "heading" || next.kind === "paragraph") && FACT.test(plainText(next.text)) && plainText(next.text).length <= 60;
    // Or a slogan set as a heading of its own right over the plan's first chapter ("Samen werken aan een
    // veilig Zuidervaart" over "1. Inleiding"), where it would be a chapter without text.
    const openingNext = b.kind === "heading" && next?.kind === "heading" && OPENING.test(plainText(next.text).trim());
    const slogan = i === 0 && unstyled && subtitle === undefined && isSlogan(pieces[0]!) && ((pieces.length > 1 && /^\p{Lu}/u.test(pieces[1]!)) || (pieces.length === 1 && (factNext || openingNext)));
    if (slogan) {
      subtitle = pieces[0]!;
      notes.push({ kind: "recognised", messageId: "import.titelpagina", data: { tekst: subtitle }, text: subtitle, line: 0 });
      pieces = pieces.slice(1);
    } else if (!FACT.test(t) || pieces.some((p) => p.length > 300)) pieces = [t];
    // The facts after a slogan, or several facts run together: each one.
    if (slogan || pieces.length > 1) {
      for (const piece of pieces) {
        facts.push(piece);
        notes.push({ kind: "recognised", messageId: "import.titelpagina", data: { tekst: piece }, text: piece, line: 0 });
      }
      continue;
    }
    // Only where no style says what a line is (a styled document marks its subtitle itself).
    if (i === 0 && unstyled && subtitle === undefined && SUBTITLE.test(t)) subtitle = t;
    else if (FACT.test(t) && t.length <= 300) facts.push(t);
    else break;
    notes.push({ kind: "recognised", messageId: "import.titelpagina", data: { tekst: t }, text: t, line: 0 });
  }
  return { blocks: blocks.slice(i), ...(subtitle ? { subtitle } : {}), facts };
}
