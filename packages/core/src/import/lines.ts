/**
 * Lines into blocks: the reader for plain text and OCR output, also used for PDF text (whose lines
 * come with font sizes). Blank lines separate blocks, three or more mark a page break (as OCR tools
 * write them), a form feed too. Page numbers and running headers/footers are dropped (and reported);
 * paragraphs broken by a page or a blank line are joined again when the first does not end a sentence
 * and the second starts in lower case; words hyphenated at a line end are re-joined.
 *
 * Headings have no outline level here (unless a font size gives one): a short line at the start of a
 * block, without closing punctuation, is a heading; its level is decided by the domain recogniser.
 * (Over 300 lines: one reader with its heuristics for page furniture, kept together.)
 */
import { DUTCH_MONTHS } from "../text/dates.js";
import type { DocBlock, HeadingBlock, Origin, ReaderNote } from "./document.js";
import { themePart } from "../structure/themes.js";
import { keyword, PLAN_KIND } from "../text/keywords.js";
import { plainText, runsToMarkdown, type Run } from "./inline.js";
import { layoutTables, pipeTables } from "./text-tables.js";

export interface SourceLine {
  readonly text: string;
  readonly origin: Origin;
  /** Font size (PDF), to tell headings from body text. */
  readonly size?: number;
  /** Blank space before this line. */
  readonly gap?: boolean;
  /** A page starts with this line. */
  readonly pageBreak?: boolean;
  /** A footnote's text after its raised number (PDF): never a heading. */
  readonly footnote?: boolean;
  /** A table row's cells, where the reader found them by position (PDF: ./pdf-tables.ts). */
  readonly cells?: readonly string[];
}

/** Plain text into lines: blank lines become gaps, three or more (or a form feed) a page break. */
export function textLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let blanks = 0;
  let page = false;
  const raw = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  // Text copied from a web page has a paragraph per line and no blank line at all: each line is a block
  // of its own then (pdftotext and typed text wrap their lines far shorter than 300 characters, and
  // leave blank lines). Such lines hold most of the text; one long line among wrapped ones (a link, a
  // table's row) does not make the rest paragraphs.
  const filled = raw.filter((l) => l.trim() !== "");
  const noBlankLine = raw.every((l, i) => l.trim() !== "" || i === raw.length - 1);
  let longChars = 0;
  let allChars = 0;
  for (const l of filled) {
    allChars += l.length;
    if (l.length > 300) longChars += l.length;
  }
  const linePerBlock = noBlankLine && filled.length >= 2 && longChars * 2 >= allChars;
  // Tables typed as Markdown, then tables by the columns of the text's layout (./text-tables.ts): a row's
  // lines are one line with cells.
  const pipes = pipeTables(raw);
  const { rows: tables, taken } = layoutTables(pipes.rows.size > 0 ? raw.map((l, i) => (pipes.rows.has(i) || pipes.delimiters.has(i) ? "" : l)) : raw);
  for (const [i, cells] of pipes.rows) tables.set(i, { cells, lines: [i] });
  const inTable = new Set([...tables.values()].flatMap((r) => r.lines));
  for (const i of taken) inTable.add(i);
  raw.forEach((line, i) => {
    if (pipes.delimiters.has(i)) return;
    if (line.includes("\f")) page = true;
    const t = clean(line.replace(/\f/g, ""));
    if (t === "") {
      blanks++;
      return;
    }
    const row = tables.get(i);
    if (!row && inTable.has(i)) return;
    const cells = row?.cells.map(clean);
    out.push({ text: cells ? cells.join(" ") : t, origin: { line: i }, gap: blanks > 0 || (linePerBlock && !cells), pageBreak: page || blanks >= 3, ...(cells ? { cells } : {}) });
    blanks = 0;
    page = false;
  });
  return out;
}

/** Tabs and odd spaces to single spaces; trimmed. */
export function clean(s: string): string {
  return s.replace(/[\t\u00a0\u2000-\u200b\u202f\u3000]/g, " ").replace(/ {2,}/g, " ").trim();
}

const PAGE_WORD = /^(?:pagina|page|blz\.?)$/i;
const PAGE_NUMBER = /^(?:(?:pagina|page|blz\.?)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:van|of|\/)\s*\d{1,4})?$/i;
const YEAR = /^(?:19|20)\d{2}$/;
// An amount as budget tables print it: 15.407, -71, 14,4, (250), € 45.000, or a dash for none.
const AMOUNT = "(?:(?:€\\s?)?[-−–]?\\(?\\d{1,3}(?:[.\\s]\\d{3})*(?:,\\d+)?\\)?|[-–—])";
const AMOUNT_ROW = new RegExp(`^(.*?\\S)((?:\\s+${AMOUNT}){2,})$`, "u");
/**
 * A column's year as a budget's header prints it: "2024", or with the kind of figure before it, as
 * begroting and jaarstukken do ("Begroting 2024", "Rekening 2023", "Raming 2026", "B2024", "R2023").
 */
const YEAR_CELL = "(?:(?:(?:primitieve\\s+)?begroting(?:\\s+na\\s+wijziging)?|jaarrekening|rekening|meerjarenraming|raming|realisatie|prognose|werkelijk|[BR])\\s?)?(?:19|20)\\d{2}";
const YEAR_ROW = new RegExp(`^(.*?)((?:\\s+${YEAR_CELL}){2,})$`, "iu");
const YEAR_CELLS = new RegExp(YEAR_CELL, "giu");
/**
 * A budget with one column of money: a short name, then one amount with its euro sign ("Ondermijning
 * € 250.000"), and the header over it ("Onderdeel Bedrag per jaar"). Only as a run of such lines (see
 * `moneyRun`), each name capitalised: one line ending in an amount is as likely a sentence, and a
 * sentence's next line starts in lower case.
 */
const EURO_ROW = /^((?:\d{1,2}[.)]\s+)?[\p{Lu}\d(][^.!?:;]{0,59}?\S)\s+(€\s?[-−–]?\d{1,3}(?:[.\s]\d{3})*(?:,\d+)?)$/u;
const MONEY_HEADER = /^([^.!?:;]{1,40}?\S)\s+((?:bedrag|budget|begroting|kosten|middelen)(?:\s+(?:per jaar|structureel|incidenteel|(?:19|20)\d{2}|\(?x\s?€\s?1\.000\)?|\(?in euro'?s\)?))*|per jaar|structureel|incidenteel)$/iu;
const LIST_ITEM = /^(\d{1,2})[.)]\s+(\S.*)$/u;
/**
 * A bullet: the glyphs lists use, also Word's Symbol and Wingdings bullets as PDF text gives them (private
 * use U+F0B7, U+F0A7, U+F0D8 …), and the "o" of Word's second list level.
 */
const BULLET = /^(?:[•·▪■□◦●○►▶➢➤✓✔»=*>\-–⁃\uF06E\uF076\uF0A7\uF0B7\uF0D8\uF0E0\uF0FC]|o(?=\s+\p{L}))\s+(?=\S)/u;
const MONTH = `(?:${DUTCH_MONTHS.join("|")})`;
const SIGNATURE = new RegExp(`^[\\p{Lu}][\\p{L}'’ -]+,\\s+\\d{1,2}\\s+${MONTH}\\s+\\d{4}$`, "iu");
/** A colophon's line ("Uitgave: Gemeente Dommelrode", "Datum: november 2024"): a label and its value, not a heading. */
const COLOPHON_LINE = /^(?:uitgave|uitgever|opsteller|opgesteld door|auteurs?|datum|versie|versienummer|status|contact(?:persoon)?|redactie|vormgeving|fotografie|foto's|afdeling|kenmerk|zaaknummer|documentnummer|registratienummer|portefeuillehouder|telefoon|e-?mail|adres|postadres|bezoekadres|website|druk)\s*:\s*\S/iu;
/** A figure's or table's caption ("Figuur 1: Aantal woninginbraken 2019-2023", "Tabel 2. Meldingen"): not a heading. */
const CAPTION = /^(?:figuur|tabel|grafiek|afbeelding|kaart|illustratie|bron)\s+\d{1,3}(?:\.\d{1,2})?\s*[:.–—-]/iu;
/** A cover's version line ("Versie 1.0 – januari 2024", "Versie 2, concept"): not a heading. */
const VERSION_LINE = /^(?:versie|concept(?:versie)?|definitieve versie)\s+v?\d+(?:\.\d+)*\b/iu;
/** "Maart 2024", "18 oktober 2022": a title page's date, not a heading. */
const DATE_LINE = new RegExp(`^(?:\\d{1,2}\\s+)?${MONTH}\\s+\\d{4}$`, "iu");
/** A plan's own name: "Integraal Veiligheidsplan Oosterhoven 2025-2028" (its kind: text/keywords.ts PLAN_KIND). */
export const PLAN_TITLE = new RegExp(`^(?:${PLAN_KIND})\\b.{0,100}$`, "iu");
/** A budget's unit on a line of its own above the table ("Bedragen x 1.000", "(bedragen x € 1.000)"): no heading. */
const UNIT_LINE = /^\(?\s*(?:alle\s+)?bedragen\s+(?:(?:x|×|\*|in)\b|\(x\b)/iu;
const BODY_LINE = /^(?:het\s+|de\s+)?(?:college\s+van\s+(?:burgemeester\s+en\s+wethouders|b\s*&\s*w)|burgemeester\s+en\s+wethouders|gemeenteraad|burgemeester)\b.{0,40}$/iu;

interface Segment {
  kind: "text" | "table" | "list";
  lines: SourceLine[];
  /** A gap or page break before the segment. */
  gap: boolean;
  pageBreak: boolean;
}

export function readLines(input: readonly SourceLine[]): { blocks: DocBlock[]; notes: ReaderNote[] } {
  const notes: ReaderNote[] = [];
  const lines = openHeaders(dropPageFurniture(input, notes));
  const bodySize = modeSize(lines);
  const segments = segment(lines, bodySize);
  const blocks: DocBlock[] = [];
  const sizes = headingSizes(lines, bodySize);
  const colophon = colophonLines(lines);
  const footnotes: { id: string; text: string; origin: Origin; after: number }[] = [];
  let lastFootnote: (typeof footnotes)[number] | undefined;
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s]!;
    const prev = blocks[blocks.length - 1];
    if (seg.kind === "table") {
      // A row's name the page cut, its rest under the header repeated at the top of the next page
      // ("Ondermijn 120 …" ⏎ "(bedragen x € 1.000) 2024 …" "ing"): the rest goes on the row before the page.
      const cut = prev?.kind === "table" && seg.lines.length >= 2 && pageTail([{ text: prev.rows[prev.rows.length - 1]!.join(" "), origin: seg.lines[0]!.origin }, ...seg.lines.slice(0, 2)], 2) ? seg.lines[1]!.text.trim() : undefined;
      const rows = tableRows(cut === undefined ? seg.lines : [seg.lines[0]!, ...seg.lines.slice(2)]);
      // A table broken by a blank line, a wrapped row or a page goes on when its rows have as many cells;
      // its header, repeated at the top of the next page, is said once.
      if (prev?.kind === "table" && prev.rows[0]!.length === rows[0]!.length) {
        const before = cut === undefined ? prev.rows : [...prev.rows.slice(0, -1), [`${prev.rows[prev.rows.length - 1]![0]} ${cut}`, ...prev.rows[prev.rows.length - 1]!.slice(1)]];
        blocks[blocks.length - 1] = { ...prev, rows: [...before, ...rows.filter((r) => !sameRow(r, prev.rows[0]!))] };
      } else if (cut !== undefined) blocks.push({ kind: "table", rows: tableRows(seg.lines), origin: seg.lines[0]!.origin });
      else blocks.push({ kind: "table", rows: rows.filter((r, i) => i === 0 || !sameRow(r, rows[0]!)), origin: seg.lines[0]!.origin });
      continue;
    }
    if (seg.kind === "list") {
      for (const run of listRuns(seg.lines)) {
        const last = blocks[blocks.length - 1];
        // "1. …" and "2. …" with a blank line between them are one list.
        if (last?.kind === "list" && last.ordered === run.ordered && (!run.ordered || run.start === (last.start ?? 1) + last.items.length)) {
          blocks[blocks.length - 1] = { ...last, items: [...last.items, ...run.items] };
        } else {
          blocks.push({ kind: "list", ordered: run.ordered, ...(run.ordered ? { start: run.start } : {}), items: run.items, origin: run.origin });
        }
      }
      continue;
    }
    // Text: the first line may be a heading.
    const first = seg.lines[0]!;
    // A line on its own followed by text in lower case is the end of a sentence broken by a page, not a heading.
    const next = segments[s + 1];
    // A plan's title on its own ("Integraal Veiligheidsplan Heuvelland 2020-2023") starts no sentence,
    // even with "gemeente Vaals …" after it on the title page.
    const continued = seg.lines.length === 1 && next?.kind === "text" && /^\p{Ll}/u.test(next.lines[0]!.text) && !PLAN_TITLE.test(first.text);
    const found = continued || colophon.has(first) ? undefined : headingOf(seg, bodySize, sizes);
    const heading = found?.heading;
    let rest = seg.lines;
    if (found) {
      blocks.push(found.heading);
      rest = seg.lines.slice(found.lines);
      if (rest.length === 0) continue;
    }
    const text = joinLines(rest.map((l) => l.text));
    // A footnote set at the page bottom, OCR'd with its number ("2 Socioloog …", or "' Deze …" for a
    // misread 1): followed by a page break, or by the rest of the sentence it interrupted.
    const note = heading ? null : FOOTNOTE.exec(text);
    const nextSeg = segments[s + 1];
    // The interrupted sentence may go on inside the same block: "… ladders'." then "uitdagingen. Zeker …".
    const resumes = note ? rest.findIndex((l, k) => k > 0 && /^\p{Ll}/u.test(l.text) && /[.!?]['’”"]?$/u.test(rest[k - 1]!.text)) : -1;
    if (note && resumes > 0 && prev?.kind === "paragraph" && !/[.!?:;)"”’]$/u.test(prev.text)) {
      const body = FOOTNOTE.exec(joinLines(rest.slice(0, resumes).map((l) => l.text)))!;
      footnotes.push({ id: /^\d+$/.test(body[1]!) ? body[1]! : String(footnotes.length + 1), text: body[2]!, origin: first.origin, after: blocks.length - 1 });
      blocks[blocks.length - 1] = { ...prev, text: joinLines([prev.text, joinLines(rest.slice(resumes).map((l) => l.text))]) };
      continue;
    }
    if (note && (!nextSeg || nextSeg.pageBreak || (nextSeg.kind === "text" && /^\p{Ll}/u.test(nextSeg.lines[0]!.text)))) {
      const id = /^\d+$/.test(note[1]!) ? note[1]! : String((footnotes.length > 0 ? Number(footnotes[footnotes.length - 1]!.id) || footnotes.length : 0) + 1);
      footnotes.push({ id, text: note[2]!, origin: first.origin, after: blocks.length - 1 });
      lastFootnote = footnotes[footnotes.length - 1];
      continue;
    }
    if (lastFootnote && /^\p{Ll}/u.test(text) && !/[.!?]$/.test(lastFootnote.text) && (prev?.kind !== "paragraph" || /[.!?:;)"”’]$/u.test(prev.text))) {
      lastFootnote.text = joinLines([lastFootnote.text, text]);
      continue;
    }
    lastFootnote = undefined;
    const continues =
      !heading &&
      prev !== undefined &&
      /^[\p{Ll}]/u.test(text) &&
      ((prev.kind === "paragraph" && !/[.!?:;)"”’]$/u.test(prev.text)) || (prev.kind === "list" && !/[.!?:;]$/u.test(prev.items[prev.items.length - 1]!)));
    if (continues && prev.kind === "paragraph") {
      blocks[blocks.length - 1] = { ...prev, text: joinLines([prev.text, text]) };
    } else if (continues && prev.kind === "list") {
      const items = [...prev.items];
      items[items.length - 1] = joinLines([items[items.length - 1]!, text]);
      blocks[blocks.length - 1] = { ...prev, items };
    } else {
      blocks.push({ kind: "paragraph", text, origin: (heading ? rest[0]! : first).origin });
    }
  }
  return { blocks: placeFootnotes(joinSplitHeadings(blocks), footnotes, notes), notes };
}

const FOOTNOTE = /^(\d{1,2}|['’‘*])\s+(\p{Lu}.{10,})$/su;

/**
 * Each footnote after the paragraph that refers to it: the marker is the number glued to a word
 * ("driehoek2."), or what OCR made of the small raised number ("Gelderland-Zuid®", "driehoek?."),
 * searched in the last paragraphs before the footnote; found, it becomes `[^n]` (a reported guess).
 */
function placeFootnotes(blocks: DocBlock[], footnotes: readonly { id: string; text: string; origin: Origin; after: number }[], notes: ReaderNote[]): DocBlock[] {
  if (footnotes.length === 0) return blocks;
  const out = [...blocks];
  const inserts: { at: number; block: DocBlock }[] = [];
  for (const f of footnotes) {
    // After the word, or after the punctuation that ends it ("veiligheid.¹" as a PDF's text gives it).
    const marker = new RegExp(`(?<=\\p{L})(?:${f.id}|[®?](?=[.,;:]?(?:\\s|$)))|(?<=\\p{L}[.,;:])${f.id}(?=\\s|$)`, "u");
    let at = f.after;
    let found = false;
    // Back over the footnote's page (a PDF's blocks know theirs), or over the last ten paragraphs.
    const page = f.origin.page;
    let first = Math.max(0, f.after - 10);
    if (page !== undefined) while (first > 0 && out[first - 1]?.origin.page === page) first--;
    for (let i = f.after; i >= first; i--) {
      const b = out[i];
      if (b?.kind !== "paragraph" || !marker.test(b.text)) continue;
      const m = marker.exec(b.text)!;
      out[i] = { ...b, text: `${b.text.slice(0, m.index)}[^${f.id}]${b.text.slice(m.index + m[0].length)}` };
      notes.push({ kind: "repaired", messageId: "import.voetnoot", data: { nummer: f.id, van: m[0] }, origin: f.origin, text: m[0] });
      at = i;
      found = true;
      break;
    }
    // No marker left to find: the reference goes at the end of the paragraph before the footnote, so
    // that the footnote is not a definition nothing refers to (which Markdown would not show).
    const last = out[f.after];
    if (!found && last?.kind === "paragraph") {
      out[f.after] = { ...last, text: `${last.text}[^${f.id}]` };
      notes.push({ kind: "guessed", messageId: "import.voetnootZonderVerwijzing", data: { nummer: f.id }, origin: f.origin });
    }
    inserts.push({ at, block: { kind: "footnote", id: f.id, text: f.text, origin: f.origin } });
  }
  for (const ins of inserts.reverse()) out.splice(ins.at + 1, 0, ins.block);
  return out;
}

/** Page numbers and running headers/footers (the same line at the edge of three or more pages). */
function dropPageFurniture(input: readonly SourceLine[], notes: ReaderNote[]): SourceLine[] {
  // A running header or footer is the first or last line of a page with more on it, the same on
  // many pages (up to its page number: "Pagina 3" is "Pagina #").
  const pageOf: number[] = [];
  const pageSize: number[] = [];
  let pages = 0;
  input.forEach((l, i) => {
    if (i === 0 || l.pageBreak) pages++;
    pageOf.push(pages);
    pageSize[pages] = (pageSize[pages] ?? 0) + 1;
  });
  const edgeKey = (t: string) => t.replace(/\d+/g, "#").toLowerCase();
  const isEdge = (i: number) =>
    pageSize[pageOf[i]!]! >= 3 && (i === 0 || input[i]!.pageBreak === true || i === input.length - 1 || input[i + 1]!.pageBreak === true);
  const pageEdges = new Map<string, number>();
  input.forEach((l, i) => {
    if (isEdge(i) && l.text.length <= 80) pageEdges.set(edgeKey(l.text), (pageEdges.get(edgeKey(l.text)) ?? 0) + 1);
  });
  const out: SourceLine[] = [];
  let carryGap = false;
  let carryPage = false;
  input.forEach((l, i) => {
    const next = input[i + 1];
    const alone = (l.gap || l.pageBreak || i === 0) && (!next || next.gap || next.pageBreak);
    // On two pages only where it stands on both; on more, on three and a good share of them.
    const running = pages >= 2 && isEdge(i) && (pageEdges.get(edgeKey(l.text)) ?? 0) >= (pages < 3 ? pages : Math.max(3, pages * 0.3));
    const numberAt = (k: number) => input[k] !== undefined && PAGE_NUMBER.test(input[k]!.text) && !YEAR.test(input[k]!.text);
    // "PAGINA" over "1 van 10", as a letter's or proposal's page head sets it: the word goes with the number.
    const pageNumber = (numberAt(i) && (alone || isEdge(i))) || (PAGE_WORD.test(l.text) && numberAt(i + 1));
    if (pageNumber || running) {
      notes.push({ kind: "dropped", messageId: pageNumber ? "import.paginanummer" : "import.kopregel", data: { tekst: l.text }, origin: l.origin, text: l.text });
      carryGap ||= l.gap === true || pageNumber;
      carryPage ||= l.pageBreak === true || (next?.pageBreak ?? false);
      return;
    }
    out.push(carryGap || carryPage ? { ...l, gap: l.gap || carryGap, pageBreak: l.pageBreak || carryPage } : l);
    carryGap = false;
    carryPage = false;
  });
  return out;
}

/** Blocks of lines split into runs of text, table rows and list items (a list keeps its items' continuation lines). */
function segment(lines: readonly SourceLine[], bodySize: number | undefined): Segment[] {
  const out: Segment[] = [];
  let cur: Segment | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const kind = lineKind(lines, i, bodySize);
    const prev = lines[i - 1];
    // In a PDF, a change of type size starts a new block (a heading set directly above its text).
    const sizeChange = l.size !== undefined && prev?.size !== undefined && Math.abs(l.size - prev.size) > 0.6;
    // A numbered heading set directly above its text (text copied out of a PDF) is a block of its own,
    // and so is a plan's title line above the title page's other lines.
    // (Not when the title wraps: it ends in a dash, or goes on in its own large type.)
    const titleWraps = prev !== undefined && (/[-–]$/.test(prev.text) || PERIOD_LINE.test(l.text) || (bodySize !== undefined && l.size !== undefined && prev.size !== undefined && l.size > bodySize * 1.08 && Math.abs(l.size - prev.size) <= 0.25));
    // The plan's title, also with its period on a line of its own under it ("… Lingewaard-Oost" over "2025-2028").
    const titleAbove = (k: number) => k >= 0 && startOfBlock(lines, k) && PLAN_TITLE.test(lines[k]!.text);
    const afterTitle = (titleAbove(i - 1) && !titleWraps) || (i >= 2 && PERIOD_LINE.test(prev!.text) && titleAbove(i - 2));
    const afterHeading = i > 0 && (numberedHeadingInBlock(lines, i - 1) || partHeadingInBlock(lines, i - 1) || afterTitle);
    const afterWrappedTheme = i >= 2 && wrappedThemeHeading(lines, i - 2);
    const startsBlock = i === 0 || l.gap === true || l.pageBreak === true || sizeChange || headingInsideBlock(lines, i) || numberedHeadingInBlock(lines, i) || partHeadingInBlock(lines, i) || wrappedThemeHeading(lines, i) || afterHeading || afterWrappedTheme;
    if (!cur || startsBlock || (kind !== cur.kind && !(cur.kind === "list" && kind === "text"))) {
      cur = { kind, lines: [], gap: startsBlock, pageBreak: l.pageBreak === true };
      out.push(cur);
    }
    cur.lines.push(l);
  }
  return out;
}

const startOfBlock = (lines: readonly SourceLine[], i: number) => i === 0 || lines[i]!.gap === true || lines[i]!.pageBreak === true;
/** A theme's number as its heading writes it: "Prioriteit 3:", "Thema 2.", "Speerpunt 1 –". */
const THEME_NUMBER = "(?:[Tt]hema|[Pp]rioriteit|[Ss]peerpunt)\\s+\\d{1,3}\\s*[:.–—-]";
/** "3.", "3.1", "3.1.2", "III." or a theme's "Prioriteit 3:" before a capital: how numbered headings start. */
const NUMBERED_HEADING = new RegExp(`^(?:(\\d{1,2}(?:\\.\\d{1,2})*)\\.?|[IVX]+\\.|${THEME_NUMBER})\\s+[\\p{Lu}‘'“"]`, "u");
/** A period on a line of its own: "2025-2028", "2025 – 2028". */
const PERIOD_LINE = /^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/;
/** "Hoofdstuk 2: …", "Deel II – …": a chapter by its own word (also for ./outline.ts). */
export const CHAPTER_HEADING = /^(?:[Hh]oofdstuk|[Dd]eel)\s+(\d{1,2}|[IVXLC]+)\b/;
/** A heading that says it is one: a chapter by its word, "Bijlage 1", "Paragraaf 2", "Prioriteit 3: Ondermijning". */
const CHAPTER_WORD = /^(?:[Bb]ijlage|[Pp]aragraaf|[Tt]hema|[Pp]rioriteit|[Ss]peerpunt)\s+(?:\d{1,2}|[IVX]+)\b/;
const saysHeading = (t: string) => CHAPTER_HEADING.test(t) || CHAPTER_WORD.test(t);
/** A heading's section number: "3.1" of "3.1 Jeugd", "4" of "4. Speerpunten" or "Hoofdstuk 4: Speerpunten". */
const numberOf = (t: string) => NUMBERED_HEADING.exec(t)?.[1] ?? CHAPTER_HEADING.exec(t)?.[1]?.match(/^\d+$/)?.[0];

/**
 * A numbered heading with its text directly under it, no blank line between (what pdftotext and copying
 * out of a PDF give): "3.1 Prioriteit 1: Zorg en veiligheid" between a line that ends a sentence (or
 * its parent heading "3. Bovenlokale prioriteiten", or a blank line) and a line that starts one (or its
 * first subsection "3.1 …"). A run of short numbered lines with nothing under them is a list.
 */
function numberedHeadingInBlock(lines: readonly SourceLine[], i: number): boolean {
  const l = lines[i]!;
  if (l.footnote || l.cells) return false;
  const own = numberOf(l.text);
  if (!NUMBERED_HEADING.test(l.text) || !looksLikeHeading(l.text)) return false;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (!next || next.gap || next.pageBreak) return false;
  const child = (parent: string | undefined, t: string) => parent !== undefined && (numberOf(t) ?? "").startsWith(`${parent}.`);
  // A list item wrapped at the line's end ("1. Wij willen dat de" over "Politie …") is not a heading:
  // the next line's first word would not have fitted on it. A heading's line ends by choice.
  const wrapped = l.text.length + 1 + (/^\S+/.exec(next.text)?.[0].length ?? 0) > lineWidth(lines, i);
  const nextStarts = (!wrapped && !NUMBERED_HEADING.test(next.text) && !LIST_ITEM.test(next.text) && /^[\p{Lu}‘'“"(]/u.test(next.text)) || (child(own, next.text) && looksLikeHeading(next.text));
  // A section number ("2.2") after a list's last item ("3. Handhaving") does not go on with the list.
  const afterList = own?.includes(".") === true && (LIST_ITEM.test(prev?.text ?? "") || BULLET.test(prev?.text ?? ""));
  // Also right under the plan's title, or under the title's period on a line of its own.
  const underTitle = PLAN_TITLE.test(prev?.text ?? "") || PERIOD_LINE.test(prev?.text ?? "");
  const prevEnds = startOfBlock(lines, i) || afterList || underTitle || /[.!?:]["”’)]?$/u.test(prev!.text) || (child(numberOf(prev!.text), l.text) && looksLikeHeading(prev!.text));
  return nextStarts && prevEnds;
}

/** "Prioriteit 1: Samen met bewoners de veilige woon- en": a theme's heading, here wrapped onto the next line. */
const THEME_LINE = new RegExp(`^${THEME_NUMBER}\\s+\\p{Lu}`, "u");
/** A theme's word and number on a line of their own ("Prioriteit 1", "Speerpunt 2:"), its title on the next. */
const THEME_ALONE = /^(?:[Tt]hema|[Pp]rioriteit|[Ss]peerpunt)\s+\d{1,3}\s*[:.–—-]?$/;
/** The rest of a wrapped heading: a few words in lower case, no closing punctuation ("leefomgeving versterken"). */
const isHeadingTail = (t: string) => /^\p{Ll}/u.test(t) && t.split(/\s+/).length <= 6 && !/[.,;:!?]$/.test(t);

/**
 * A theme's heading wrapped over two lines directly above its text (text copied out of a PDF):
 * "Prioriteit 1: … woon- en" over "leefomgeving versterken", then a theme's part ("Wat is het
 * probleem?") or a sentence. Line `i` is the heading's first line; the two lines are one heading.
 */
function wrappedThemeHeading(lines: readonly SourceLine[], i: number): boolean {
  const l = lines[i]!;
  const tail = lines[i + 1];
  const after = lines[i + 2];
  if (l.cells || l.footnote || !THEME_LINE.test(l.text) || !tail || tail.gap || tail.pageBreak || !isHeadingTail(tail.text)) return false;
  if (!looksLikeHeading(`${l.text} ${tail.text}`)) return false;
  const prevEnds = startOfBlock(lines, i) || /[.!?:]["”’)]?$/u.test(lines[i - 1]!.text) || looksLikeHeading(lines[i - 1]!.text);
  return prevEnds && (!after || after.gap === true || after.pageBreak === true || partHeadingInBlock(lines, i + 2) || /^[\p{Lu}‘'“"(]/u.test(after.text));
}

/**
 * A theme's part on a line of its own between the end of a sentence (or a heading) and the start of one,
 * with no blank line around it (text copied out of a PDF): "Opgave", "Ambitie", the plan's own words
 * for them ("Probleemanalyse", "Wat willen we bereiken?", structure/themes.ts) and the begroting's other
 * questions ("Wat gaan we daarvoor doen?", "Wat mag het kosten?") — a heading. What follows may be a
 * bulleted list ("Wat gaan we doen?" over "• We controleren …").
 */
function partHeadingInBlock(lines: readonly SourceLine[], i: number): boolean {
  const l = lines[i]!;
  if (l.cells || l.footnote || l.text.length > 40 || !(themePart(keyword(l.text)) || OTHER_PART.test(l.text.trim()))) return false;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (!next || next.gap || next.pageBreak || !(/^[\p{Lu}\d‘'“"(]/u.test(next.text) || BULLET.test(next.text))) return false;
  return startOfBlock(lines, i) || /[.!?:]["”’)]?$/u.test(prev!.text) || looksLikeHeading(prev!.text) || (i >= 2 && THEME_LINE.test(lines[i - 2]!.text) && isHeadingTail(prev!.text));
}

/** The begroting's questions besides a theme's parts: a heading beside them. */
export const OTHER_PART = /^wat (?:gaan|zullen) we (?:daarvoor |ervoor )?doen\??$|^wat mag het kosten\??$/i;
/** Labels of a theme's card besides its parts (their keywords): what the theme does, with whom, measured how. */
export const CARD_LABEL = /^(?:aanpak|acties|activiteiten|maatregelen|inzet|partners|samenwerkingspartners|betrokken partners|indicatoren?|resultaten|middelen|budget|kosten|planning|eigenaar|trekker|wie doen er mee)$/;
/** A theme's card's label: a part of the theme ("Opgave", "Wat willen we bereiken?"), the begroting's other questions ("Wat gaan we doen?"), or what goes with them ("Aanpak", "Partners"). */
export function isCardLabel(cell: string): boolean {
  const text = plainText(cell).trim().replace(/[:.]$/, "");
  const k = keyword(text);
  return themePart(k) !== undefined || CARD_LABEL.test(k) || OTHER_PART.test(text);
}

/** The text's width around line `i`: its longest line among the 20 before and after (a wrapped line comes near it). */
function lineWidth(lines: readonly SourceLine[], i: number): number {
  let width = 0;
  for (let k = Math.max(0, i - 20); k < Math.min(lines.length, i + 21); k++) width = Math.max(width, lines[k]!.text.length);
  return width;
}

/**
 * A heading that OCR put right under the previous page's last line, without a blank line: it ends
 * the block when the line before it closes a sentence (or signs off), or it is numbered, and it is
 * followed by a blank line.
 */
function headingInsideBlock(lines: readonly SourceLine[], i: number): boolean {
  const l = lines[i]!;
  if (l.footnote || l.cells) return false;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (!prev || !looksLikeHeading(l.text) || (next && !next.gap && !next.pageBreak)) return false;
  // "3. Zorg en veiligheid" under "2. Jeugd" is a list's last item, not a chapter.
  const number = LIST_ITEM.exec(l.text)?.[1];
  if (number !== undefined && LIST_ITEM.exec(prev.text)?.[1] === String(Number(number) - 1)) return false;
  return /[.!?:]["”’)]?$/u.test(prev.text) || SIGNATURE.test(prev.text) || BODY_LINE.test(prev.text) || /^(?:[IVX]+|\d{1,2})[.,)]\s/.test(l.text);
}

function lineKind(lines: readonly SourceLine[], i: number, bodySize?: number): Segment["kind"] {
  if (lines[i]!.cells) return "table";
  const t = lines[i]!.text;
  // In larger type than the body: a heading, even when numbered like a list item ("1. Ondermijning").
  const size = lines[i]!.size;
  if (size !== undefined && bodySize !== undefined && size > bodySize * 1.08 && looksLikeHeading(t)) return "text";
  if (labelTail(lines, i) || pageTail(lines, i) || partLabel(lines, i)) return "table";
  const rowish = (k: number) => isTableRow(lines[k]?.text ?? "") || labelTail(lines, k) || partLabel(lines, k);
  if (isTableRow(t) && (rowish(i - 1) || rowish(i + 1) || (rowish(i - 2) && rowish(i + 1)))) return "table";
  if (moneyRun(lines, i)) return "table";
  if (numberedHeadingInBlock(lines, i)) return "text";
  if (LIST_ITEM.test(t)) {
    // A numbered line on its own without closing punctuation is a numbered heading ("1. Ondermijning").
    const alone = (i === 0 || lines[i]!.gap || lines[i]!.pageBreak || headingInsideBlock(lines, i)) && (!lines[i + 1] || lines[i + 1]!.gap || lines[i + 1]!.pageBreak);
    if (alone && looksLikeHeading(t) && !inNumberedRun(lines, i)) return "text";
    return "list";
  }
  // A short bulleted line alone may be a heading marked so; beside another bulleted line it is an item
  // of a list, also with space between the items.
  if (BULLET.test(t) && (!looksLikeHeading(t.replace(BULLET, "")) || BULLET.test(lines[i - 1]?.text ?? "") || BULLET.test(lines[i + 1]?.text ?? ""))) return "list";
  return "text";
}

/**
 * "1. Veiligheidsanalyse" directly followed by "2. Amendement" (or following "0."): items of a numbered
 * list set apart by space, such as a list of appendices, not chapters. A chapter has text under it before
 * the next one begins.
 */
function inNumberedRun(lines: readonly SourceLine[], i: number): boolean {
  const n = Number(LIST_ITEM.exec(lines[i]!.text)![1]);
  const numberAt = (k: number) => {
    const l = lines[k];
    return l && !l.pageBreak && !l.cells ? Number(LIST_ITEM.exec(l.text)?.[1] ?? NaN) : NaN;
  };
  return numberAt(i + 1) === n + 1 || (!lines[i]!.pageBreak && numberAt(i - 1) === n - 1);
}

/**
 * The lines of a colophon: after a line "Colofon", up to the next page, a chapter every plan has
 * ("Inhoudsopgave", "Voorwoord", "Inleiding", a numbered heading) or 20 lines. Its labels and values,
 * also without a colon ("Uitgave", "Opsteller Team Veiligheid", "Datum November 2026"), are no headings.
 */
function colophonLines(lines: readonly SourceLine[]): Set<SourceLine> {
  const out = new Set<SourceLine>();
  for (let i = 0; i < lines.length; i++) {
    if (!/^colofon$/i.test(lines[i]!.text.trim())) continue;
    for (let k = i + 1; k < Math.min(lines.length, i + 21) && !lines[k]!.pageBreak && !AFTER_COLOPHON.test(lines[k]!.text.trim()); k++) out.add(lines[k]!);
  }
  return out;
}
const AFTER_COLOPHON = /^(?:inhoud(?:sopgave)?|voorwoord|inleiding|samenvatting|leeswijzer|hoofdstuk\s+\d+)\b|^(?:\d{1,2}|[IVX]+)[.)]?\s+\p{Lu}/iu;

/**
 * A header of years whose name a narrow column began on the line above ("(bedragen" over "x € 1.000)
 * 2024 2025 …", in text without cells): one line, where the page or block began.
 */
function openHeaders(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    const y = next && !next.cells && !next.gap && !next.pageBreak && !l.cells ? YEAR_ROW.exec(next.text) : null;
    if (y && /^\([^()]{1,30}$/.test(l.text.trim()) && /^[^()]*\)/.test(y[1]!.trim())) {
      out.push({ ...next!, text: `${l.text.trim()} ${next!.text}`, gap: l.gap ?? false, pageBreak: l.pageBreak ?? false });
      i++;
    } else out.push(l);
  }
  return out;
}

function isTableRow(t: string): boolean {
  return AMOUNT_ROW.test(t) || YEAR_ROW.test(t);
}

/**
 * The rest of a row's label that a narrow column wrapped onto the next line, in text copied out of a
 * PDF ("Ondermijn" 120 120 over "ing", "Zorg en" 80 85 over "veiligheid"): a few words in lower case,
 * no figures, right under a row of amounts, in the same block.
 */
function labelTail(lines: readonly SourceLine[], i: number, depth = 0): boolean {
  const l = lines[i];
  const above = lines[i - 1];
  if (!l || !above || l.cells || l.gap || l.pageBreak || above.cells) return false;
  // Over up to five lines: "Meldingen jeugdoverl 190 …" over "jeugdoverl" over "ast"; "Aanpak 10 11 …" over "ondermijni", "ng in", "wijken en", "kernen".
  return tailShape(l.text) && ((AMOUNT_ROW.test(above.text) && !YEAR_ROW.test(above.text)) || (depth < 4 && labelTail(lines, i - 1, depth + 1)));
}
const tailShape = (text: string) => /^\p{Ll}[\p{L}\s'’-]{0,29}$/u.test(text.trim()) && text.trim().split(/\s+/).length <= 3;

/**
 * The name of a part of a budget in parts, on a line of its own between the header of years or a row of
 * amounts and the part's first row ("Taakveld 2025 …" ⏎ "1.1 Crisisbeheersing en brandweer" ⏎ "Lasten
 * 7.400 …"), in the same block: a row of the table without amounts, not a heading.
 */
function partLabel(lines: readonly SourceLine[], i: number): boolean {
  const l = lines[i];
  const above = lines[i - 1];
  const below = lines[i + 1];
  if (!l || !above || !below || l.cells || above.cells || below.cells || l.gap || l.pageBreak || below.gap || below.pageBreak) return false;
  const t = l.text.trim();
  if (t.length > 60 || /[.,;:!?]$/.test(t) || !/^[\p{Lu}\d]/u.test(t) || isTableRow(t)) return false;
  return isTableRow(above.text) && AMOUNT_ROW.test(below.text) && !YEAR_ROW.test(below.text);
}

/**
 * Such a rest under the header of years that a page repeats at its top, after a row of amounts at the
 * foot of the page before: the rest of that row's name, which the page cut.
 */
function pageTail(lines: readonly SourceLine[], i: number): boolean {
  const l = lines[i];
  const header = lines[i - 1];
  const row = lines[i - 2];
  if (!l || !header || !row || l.cells || l.gap || l.pageBreak || header.cells || !header.pageBreak) return false;
  // The row before the page may end in its own name's wrapped lines ("Aanpak 14 15 …" over "verkeersve", "iligheid in", "wijken en").
  return tailShape(l.text) && YEAR_ROW.test(header.text) && ((AMOUNT_ROW.test(row.text) && !YEAR_ROW.test(row.text)) || labelTail(lines, i - 2));
}

/** Whether line `i` belongs to a run of two or more `EURO_ROW` lines, or is the `MONEY_HEADER` right above one. */
function moneyRun(lines: readonly SourceLine[], i: number): boolean {
  const euro = (k: number) => {
    const l = lines[k];
    return l !== undefined && !l.cells && EURO_ROW.test(l.text);
  };
  const joined = (k: number) => !lines[k]!.gap && !lines[k]!.pageBreak;
  if (euro(i)) return (euro(i - 1) && joined(i)) || (euro(i + 1) && joined(i + 1));
  return /^[\p{Lu}(]/u.test(lines[i]!.text) && MONEY_HEADER.test(lines[i]!.text) && euro(i + 1) && joined(i + 1) && euro(i + 2) && joined(i + 2);
}

const sameRow = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((c, i) => c.trim() === b[i]!.trim());

function tableRows(lines: readonly SourceLine[]): string[][] {
  const rows: string[][] = [];
  lines.forEach((l, i) => {
    // A label's wrapped rest goes on the row above ("Ondermijn ing": ../budget-table.ts glues a broken word).
    if (i > 0 && labelTail(lines, i) && rows.length > 0) rows[rows.length - 1]![0] = `${rows[rows.length - 1]![0]} ${l.text.trim()}`;
    else if (partLabel(lines, i)) rows.push([l.text.trim()]);
    else rows.push(tableRow(l));
  });
  // A part's name has no amounts: its row gets the table's empty cells.
  // (A loop, not Math.max(...): a table of many rows has more than a call takes arguments.)
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  return rows.map((r) => (r.length === 1 && width > 1 ? [...r, ...Array.from({ length: width - 1 }, () => "")] : r));
}

function tableRow(l: SourceLine): string[] {
  if (l.cells) return [...l.cells];
  const y = YEAR_ROW.exec(l.text);
  const m = y ?? AMOUNT_ROW.exec(l.text);
  if (!m) {
    // One column of money: the name, and the amount or the column's header whole ("Bedrag per jaar").
    const one = EURO_ROW.exec(l.text) ?? MONEY_HEADER.exec(l.text)!;
    return [one[1]!.trim(), one[2]!.trim()];
  }
  const label = (m[1] ?? "").trim();
  // A header's year with its word is one cell ("Begroting 2024").
  if (y) return [label, ...(y[2]!.match(YEAR_CELLS) ?? []).map((c) => c.replace(/\s+/g, " "))];
  // One amount per word, as printed; a euro sign on its own goes with the amount after it ("€ 45.000").
  const cells = m[2]!.trim().replace(/€\s+/g, "€ ").split(/(?<!€)\s+/);
  return [label, ...cells];
}

/**
 * A list segment's items, in runs that each make one list: bullets apart from numbers, and numbers
 * only while they count on ("3. …" then "1. …" is a new list), so every item keeps the marker the
 * document gave it.
 */
function listRuns(lines: readonly SourceLine[]): { ordered: boolean; start: number; items: string[]; origin: Origin }[] {
  const runs: { ordered: boolean; start: number; items: string[][]; origin: Origin }[] = [];
  for (const l of lines) {
    const m = LIST_ITEM.exec(l.text);
    const bullet = !m && BULLET.test(l.text);
    const run = runs[runs.length - 1];
    if (m) {
      const n = Number(m[1]);
      if (run?.ordered && n === run.start + run.items.length) run.items.push([m[2]!]);
      else runs.push({ ordered: true, start: n, items: [[m[2]!]], origin: l.origin });
    } else if (bullet) {
      if (run && !run.ordered) run.items.push([l.text.replace(BULLET, "")]);
      else runs.push({ ordered: false, start: 1, items: [[l.text.replace(BULLET, "")]], origin: l.origin });
    } else if (run) run.items[run.items.length - 1]!.push(l.text);
    else runs.push({ ordered: false, start: 1, items: [[l.text]], origin: l.origin });
  }
  return runs.map((r) => ({ ...r, items: r.items.map((parts) => joinLines(parts)) }));
}

/**
 * A heading made by hand in a styled document (Word, HTML): a paragraph whose every run with text is
 * bold (or whose style is), with a heading's shape. Its plain text, or undefined.
 */
export function boldHeading(runs: readonly Run[], styleBold = false): string | undefined {
  const shown = runs.filter((r) => !r.raw && r.text.trim() !== "");
  if (shown.length === 0 || !(styleBold || shown.every((r) => r.bold))) return undefined;
  const text = plainText(runsToMarkdown(runs)).trim();
  return looksLikeHeading(text) ? text : undefined;
}

/** Short, no closing punctuation, starts like a title: the shape of a heading line. */
export function looksLikeHeading(t: string): boolean {
  const s = t.replace(BULLET, "");
  if (s.length > 90 || s.split(/\s+/).length > 12) return false;
  if (/[.,;:!\-–]$/.test(s) && !/\b[IVX]+\.$/.test(s)) return false;
  // A short question is a heading in policy writing ("Wat willen we bereiken?", "Waarom een nieuw plan?"),
  // a long one is a sentence.
  if (s.endsWith("?") && s.split(/\s+/).length > 8) return false;
  if (!/^[\p{Lu}\d‘'“"]/u.test(s)) return false;
  if (PAGE_NUMBER.test(s) || SIGNATURE.test(s) || BODY_LINE.test(s) || DATE_LINE.test(s) || COLOPHON_LINE.test(s) || UNIT_LINE.test(s) || CAPTION.test(s) || VERSION_LINE.test(s)) return false;
  if ((s.match(/,/g) ?? []).length >= 3) return false;
  // A bracket closed that the line did not open ("Verkeersveiligheid)" under "(zie het thema:"): the end of a sentence.
  const own = s.replace(/^\s*(?:\d+(?:\.\d+)*|[IVXLC]+|[a-z])[.)]\s*/u, "");
  if ((own.match(/\)/g) ?? []).length > (own.match(/\(/g) ?? []).length) return false;
  // A title has a word: "4) e" and "4)" are the ends of wrapped table cells ("(2024)" split in a narrow column).
  if (!/\p{L}{2}/u.test(s.replace(/^\s*(?:\d+(?:\.\d+)*|[IVXLC]+)[.)]?\s*/u, ""))) return false;
  return true;
}

/** The heading a segment starts with, and how many of its lines it takes (a title in large type may wrap). */
function headingOf(seg: Segment, bodySize: number | undefined, sizes: readonly number[]): { heading: HeadingBlock; lines: number } | undefined {
  const first = seg.lines[0]!;
  if (first.footnote) return undefined;
  // A heading in larger type that wraps goes on in the same type on the next lines ("… 2025–" over
  // "2028"): those lines are one heading, judged as a whole.
  let n = 1;
  if (first.size !== undefined && bodySize !== undefined && first.size > bodySize * 1.08) {
    while (n < seg.lines.length && n < 4 && Math.abs((seg.lines[n]!.size ?? 0) - first.size) <= 0.25 && joinLines(seg.lines.slice(0, n + 1).map((l) => l.text)).length <= 160) n++;
  }
  else if (PLAN_TITLE.test(first.text) && seg.lines[1] && PERIOD_LINE.test(seg.lines[1].text)) n = 2;
  else if (seg.lines.length === 2 && THEME_LINE.test(first.text) && isHeadingTail(seg.lines[1]!.text)) n = 2;
  if (n === 1 && seg.lines[1] && looksLikeHeading(seg.lines[1].text)) {
    // "Prioriteit 1" over "Ondermijning": the number and the title on lines of their own are one heading.
    const title = themeNumberWithTitle(first.text, seg.lines[1].text);
    if (title !== undefined) return withHeading({ ...seg, lines: [{ ...first, text: title }, ...seg.lines.slice(2)] }, 2, bodySize, sizes);
  }
  const whole = n === 1 ? seg : { ...seg, lines: [{ ...first, text: joinLines(seg.lines.slice(0, n).map((l) => l.text)) }, ...seg.lines.slice(n)] };
  return withHeading(whole, n, bodySize, sizes);
}

/**
 * Headings a PDF sets in two sizes, made one: "Prioriteit 1" over the theme's title ("Prioriteit 1:
 * Ondermijning"; not over a theme's part, "Opgave"), and a plan's name over its period on a line of
 * its own ("Integraal Veiligheidsplan" over "2027-2030").
 */
function joinSplitHeadings(blocks: DocBlock[]): DocBlock[] {
  const out: DocBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    const nextText = next?.kind === "heading" || next?.kind === "paragraph" ? next.text.trim() : undefined;
    let joined: string | undefined;
    if (b.kind === "heading" && nextText !== undefined) {
      if (PLAN_TITLE.test(b.text) && !/(?:19|20)\d{2}/.test(b.text) && PERIOD_LINE.test(nextText)) joined = `${b.text.trim()} ${nextText}`;
      else if (next!.kind === "heading") joined = themeNumberWithTitle(b.text, nextText);
    }
    if (joined !== undefined && b.kind === "heading") {
      out.push({ ...b, text: joined });
      i++;
    } else out.push(b);
  }
  return out;
}

/** "Prioriteit 1: Ondermijning" from "Prioriteit 1" and the title after it; not when that is a theme's part or another number. */
function themeNumberWithTitle(number: string, title: string): string | undefined {
  const t = title.trim();
  if (!THEME_ALONE.test(number.trim()) || THEME_ALONE.test(t) || !/^\p{Lu}/u.test(t) || themePart(keyword(t)) || OTHER_PART.test(t)) return undefined;
  return `${number.trim().replace(/\s*[:.–—-]$/, "")}: ${t}`;
}

/** The heading `seg` starts with, taking `n` of the source's lines. */
function withHeading(seg: Segment, n: number, bodySize: number | undefined, sizes: readonly number[]): { heading: HeadingBlock; lines: number } | undefined {
  const heading = firstLineHeading(seg, bodySize, sizes);
  return heading ? { heading, lines: n } : undefined;
}

function firstLineHeading(seg: Segment, bodySize: number | undefined, sizes: readonly number[]): HeadingBlock | undefined {
  const first = seg.lines[0]!;
  const t = first.text;
  if (!looksLikeHeading(t)) return undefined;
  const bullet = BULLET.test(t);
  const text = t.replace(BULLET, "").trim();
  const next = seg.lines[1];
  const bigger = first.size !== undefined && bodySize !== undefined && first.size > bodySize * 1.08;
  if (next) {
    // Followed directly by text: only a line clearly shorter than the text's lines (or in larger type),
    // with the text starting a sentence.
    if (!/^[\p{Lu}\d‘'“"(]/u.test(next.text) && !bigger) return undefined;
    const width = Math.max(...seg.lines.slice(1).map((l) => l.text.length));
    if (!bigger && !bullet && !saysHeading(text) && t.length > width * 0.6) return undefined;
  }
  if (first.size !== undefined && bodySize !== undefined && !bigger && !bullet && !/^(?:[IVX]+|\d{1,2})[.,)]?\s/.test(text) && !saysHeading(text) && next) return undefined;
  const level = bigger ? sizes.findIndex((s) => first.size! >= s - 0.25) + 1 || undefined : undefined;
  return { kind: "heading", text, ...(level ? { level } : {}), ...(bullet ? { bullet } : {}), origin: first.origin };
}

/** The most common font size: the body text's. */
function modeSize(lines: readonly SourceLine[]): number | undefined {
  const counts = new Map<number, number>();
  for (const l of lines) if (l.size !== undefined) counts.set(Math.round(l.size * 2) / 2, (counts.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  let best: number | undefined;
  for (const [s, n] of counts) if (best === undefined || n > counts.get(best)!) best = s;
  return best;
}

/** The sizes larger than the body's, largest first: their rank is the heading level. */
function headingSizes(lines: readonly SourceLine[], body: number | undefined): number[] {
  if (body === undefined) return [];
  const set = new Set<number>();
  for (const l of lines) if (l.size !== undefined && l.size > body * 1.08 && l.text.length <= 90) set.add(Math.round(l.size * 2) / 2);
  return [...set].sort((a, b) => b - a).slice(0, 5);
}

/**
 * Joins the lines of one paragraph. A word hyphenated at the line end is joined again ("veiligheids-"
 * + "beleid"); a hyphen before "en"/"of" ("informatie- en") or a capital ("Gelderland-" + "Zuid"), and
 * one after a digit ("2018-" + "2022"), stays; " -" + "criminaliteit" keeps its hyphen and loses the space.
 */
export function joinLines(parts: readonly string[]): string {
  let out = "";
  for (const raw of parts) {
    const p = raw.trim();
    if (p === "") continue;
    if (out === "") {
      out = p;
      continue;
    }
    if (/\s[-–]$/.test(out)) out = out + p;
    else if (/\d[-–]$/.test(out)) out = out + p;
    else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(p) && !/^(?:en|of|tot|en\/of)\b/.test(p)) out = out.slice(0, -1) + p;
    else if (/\p{L}-$/u.test(out)) out = /^(?:en|of|tot)\b/.test(p) ? `${out} ${p}` : out + p;
    else out = `${out} ${p}`;
  }
  return out;
}
