/**
 * The plan's outline from an imported document: the level of every heading in the plan (see
 * ./recognise.ts). Themes go one level under the section that holds them ("Prioritaire thema's",
 * "Bovenlokale prioriteiten": structure/themes.ts decides which headings do), Opgave/Ambitie under a
 * theme, pillars under Ambitie, deelproducten under Toelichting. Where the document has no outline
 * (plain text, OCR), section numbers give the depth.
 */
import { PILLAR_INTRO_PATTERN as PILLAR_INTRO } from "../structure/pillars.js";
import { containerSoort, THEME_HEADING, themePart, VELD_HEADING } from "../structure/themes.js";
import { isFinancialKeyword } from "../structure/budget.js";
import { editDistance, foldText, keyword, sameIgnoringSpaces } from "../text/keywords.js";
import { isContentsHeading } from "./contents.js";
import type { DocBlock, HeadingBlock } from "./document.js";
import { CHAPTER_HEADING, isCardLabel } from "./lines.js";
import type { Placed } from "./recognise.js";
import type { ImportNote } from "./report.js";

/** "3.1 ", "2.1. ", "4.2.3 ": a section number with a dot inside, whose depth gives the heading's level. */
export const SECTION_NUMBER = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)/;
/** "3. ", "3 ": a chapter's number. */
const CHAPTER_NUMBER = /^(\d{1,2})[.)]?\s+(?=\p{L})/u;
export const ROMAN = /^[IVXLC]+[.)]?\s+\S/u;
/** The chapters a plan has after its themes, never a theme's part: its organisation and its annexes. */
const PLAN_CHAPTER = /^(?:organisatie(?: en \S+)?|(?:de )?organisatie van de uitvoering|bijlagen)$/;

/**
 * Gives every heading its level in the plan (see the module comment). Without outline levels (plain
 * text, OCR, a PDF set in one size) a section number says how deep a heading is: "3.1" and "3.1.2"
 * stand one and two levels under the chapter numbered "3".
 */
export function placeHeadings(blocks: readonly DocBlock[], budgetNames: ReadonlySet<string>, notes: ImportNote[]): Placed[] {
  const outlineLevel = closeGaps(blocks);
  const known = [...outlineLevel.values()];
  const base = known.length > 0 ? Math.min(...known) : 1;
  type Ctx = { level: number };
  let group: (Ctx & { soort: string }) | undefined;
  let theme: Ctx | undefined;
  let oa: (Ctx & { kind: string; pillars: string[] }) | undefined;
  let fin: Ctx | undefined;
  let toel: Ctx | undefined;
  let chapter: Ctx | undefined;
  /** The level each section number was placed at ("3" → 2), for the numbers under it. */
  const numbered = new Map<string, number>();
  const out: Placed[] = [];
  const closeFrom = (level: number) => {
    if (oa && oa.level >= level) oa = undefined;
    if (theme && theme.level >= level) theme = undefined;
    if (toel && toel.level >= level) toel = undefined;
    if (fin && fin.level >= level) fin = undefined;
    if (group && group.level >= level) group = undefined;
    if (chapter && chapter.level >= level) chapter = undefined;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "paragraph" && oa?.kind === "ambitie" && PILLAR_INTRO.test(b.text)) {
      const list = blocks[i + 1];
      if (list?.kind === "list") oa.pillars = list.items.map((t) => t.replace(/[.;]\s*$/, ""));
    }
    if (b.kind !== "heading") {
      out.push({ block: b });
      continue;
    }
    const level0 = outlineLevel.get(b);
    const mapped = level0 !== undefined ? level0 - base + 2 : undefined;
    const k = keyword(b.text);
    const section = b.bullet ? undefined : SECTION_NUMBER.exec(b.text)?.[1];
    const sectionParent = section?.slice(0, section.lastIndexOf("."));
    const byNumber = mapped === undefined && section !== undefined ? (numbered.get(sectionParent!) ?? section.split(".").length) + 1 : undefined;
    // "5. Organisatie" after "4. Strategische thema's" goes on from 4: the chapter after it, not a theme in it.
    const chapterNumber = !b.bullet ? CHAPTER_NUMBER.exec(b.text)?.[1] : undefined;
    const bySequence = chapterNumber !== undefined ? numbered.get(String(Number(chapterNumber) - 1)) : undefined;
    // A veiligheidsveld's chapter ("3. Veilige woon- en leefomgeving") holds its themes as a theme group
    // does; under an open group and deeper than it, a theme so named ("2.2 Jeugd en veiligheid") is one of its themes.
    const provisional = mapped ?? byNumber;
    const inGroup = group !== undefined && provisional !== undefined && provisional > group.level;
    // Without level or number, a veiligheidsveld's name under an open group with a theme's part under it
    // ("Jeugd en veiligheid" over "Wat willen we bereiken?", bold like its sibling "Ondermijning") is a
    // theme of that group, as its sibling is.
    const themeOfGroup = group !== undefined && provisional === undefined && !isCardLabel(b.text) && nextHeadingIsPart(blocks, i);
    const soort = containerSoort(k) ?? (VELD_HEADING.test(k) && !inGroup && !themeOfGroup ? "kern" : undefined);
    let text = b.text;
    let level: number;
    if (soort) {
      level = mapped ?? byNumber ?? 2;
      closeFrom(level);
      group = { level, soort };
      const stripped = b.text.replace(/^\s*(?:[IVXLC]+[.)]\s+|\d+(?:\.\d+)*[.)]?\s+)?(?:de|het)\s+/iu, "");
      if (stripped !== b.text) {
        text = stripped[0]!.toUpperCase() + stripped.slice(1);
        notes.push({ kind: "guessed", messageId: "import.kopAangepast", data: { van: b.text, naar: text }, source: b.origin, block: b, text: b.text });
      }
    } else if (isFinancialKeyword(k)) {
      level = mapped ?? byNumber ?? 2;
      closeFrom(level);
      fin = { level };
    } else if (byNumber !== undefined) {
      // "3.1 Prioriteit 1: …" under "3. Bovenlokale prioriteiten" is a theme; under another chapter, a section.
      level = byNumber;
      closeFrom(level);
      if (group && level === group.level + 1) theme = { level };
      else if (fin && k === "toelichting") toel = { level };
    } else if (bySequence !== undefined && (!group || bySequence <= group.level)) {
      level = mapped !== undefined ? Math.max(mapped, 2) : bySequence;
      closeFrom(level);
      if (level === 2) chapter = { level };
      else if (group && level === group.level + 1) theme = { level };
    } else if (group && THEME_HEADING.test(b.text.replace(SECTION_NUMBER, "")) && !b.bullet && (mapped === undefined || mapped <= group.level + 2)) {
      // "4.1 Speerpunt 1 – Ondermijning": the section number is the document's, the theme's own number follows.
      level = group.level + 1;
      closeFrom(level);
      theme = { level };
      if (mapped !== undefined && mapped !== level) notes.push({ kind: "guessed", messageId: "import.themaNiveau", data: { kop: b.text }, source: b.origin, block: b });
    } else if (theme && themePart(k)) {
      // "Opgave" and "Ambitie", and the plan's own words for them ("Probleemanalyse", "Doelstelling"):
      // one level under the theme, beside each other. Only the format's own words open a part that the
      // next headings go under (pillars under "Ambitie"); after "Wat willen we bereiken?" a heading
      // "Wat gaan we doen?" stands beside it.
      level = theme.level + 1;
      closeFrom(level);
      if (k === "opgave" || k === "ambitie") oa = { level, kind: k, pillars: [] };
    } else if (fin && k === "toelichting") {
      level = mapped !== undefined && mapped > fin.level ? mapped : fin.level + 1;
      closeFrom(level);
      toel = { level };
    } else if (toel && budgetNames.has(k)) {
      level = toel.level + 1;
    } else if (oa && oa.pillars.some((p) => sameIgnoringSpaces(p, b.text) || editDistance(foldText(p), foldText(b.text), 2) <= 2)) {
      level = oa.level + 1;
    } else if (mapped !== undefined) {
      level = Math.max(mapped, 2);
      closeFrom(level);
      if (level === 2) chapter = { level };
      // Directly under a group, a heading is one of its themes: its parts without a level of their own
      // (a PDF's "Wat willen we bereiken?" in bold body type) go under it.
      else if (group && level === group.level + 1) theme = { level };
    } else if (ROMAN.test(b.text) || chapterNumber === "1" || CHAPTER_HEADING.test(b.text)) {
      // A Roman number, a numbering that starts again at 1 (the plan after its council proposal), or the
      // word ("Hoofdstuk 2: Terugblik") opens a chapter.
      level = 2;
      closeFrom(2);
      chapter = { level };
    } else if (theme && PLAN_CHAPTER.test(k) && !themeFollows(blocks, i)) {
      // Without number or level, "Organisatie en coördinatie" or "Bijlagen" after the last theme (a
      // kadernota's text copied out of its PDF, Valkenswaard's) closes it: the plan's own chapter again.
      // Before another theme it is the theme's own ("Organisatie en samenwerking"), and stays in it.
      level = 2;
      closeFrom(2);
      chapter = { level };
    } else if ((group ?? chapter) && !isCardLabel(b.text) && nextHeadingIsPart(blocks, i)) {
      // A name without number or level under a group (or a chapter), followed by a theme's part
      // ("**Ondermijning**" over "**Wat zien we?**", as a Word document made without heading styles sets
      // its themes): a theme.
      level = (group ?? chapter)!.level + 1;
      closeFrom(level);
      theme = { level };
    } else {
      level = oa ? oa.level + 1 : theme ? theme.level + 1 : toel ? toel.level + 1 : fin ? fin.level + 1 : group ? group.level + 1 : chapter ? chapter.level + 1 : 2;
      if (level === 2) chapter = undefined;
    }
    const placedLevel = Math.min(level, 6);
    const own = section ?? chapterNumber;
    if (own !== undefined) numbered.set(own, placedLevel);
    out.push({ block: b, level: placedLevel, text });
  }
  return out;
}

/**
 * Whether a theme comes after block `i`, before the plan's next organisation or annex chapter: a heading
 * with a theme's word and number ("Prioriteit 2: …") or one of a theme's parts ("Opgave", "Wat zien we?").
 */
function themeFollows(blocks: readonly DocBlock[], i: number): boolean {
  for (let j = i + 1; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.kind !== "heading") continue;
    const text = b.text.replace(SECTION_NUMBER, "");
    const k = keyword(text);
    if (PLAN_CHAPTER.test(k)) return false;
    if (THEME_HEADING.exec(text)?.[1] !== undefined || themePart(k) !== undefined) return true;
  }
  return false;
}

/** Whether the next heading after block `i` (text between them allowed) is a theme's part ("Opgave", "Wat zien we?", "Aanpak"). */
function nextHeadingIsPart(blocks: readonly DocBlock[], i: number): boolean {
  for (let j = i + 1; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.kind === "heading") return isCardLabel(b.text);
  }
  return false;
}

/**
 * The document's own heading levels, with no level skipped: a heading goes at most one level under the
 * heading it follows. A PDF ranks every type size, so a size used only by the title page's subtitle
 * would otherwise push every smaller heading a level down ("3.1 Ondermijning" under "Hoofdstuk 3" at
 * level 4, and "Wat willen we bereiken?" beside instead of under it); Word's Heading 1 → Heading 3 alike.
 */
function closeGaps(blocks: readonly DocBlock[]): Map<DocBlock, number> {
  const out = new Map<DocBlock, number>();
  const open: { own: number; placed: number }[] = [];
  for (const b of blocks) {
    // The table of contents' heading is front matter whatever its style: a Word "TOC Heading" that
    // LibreOffice gives outline level 1 must not put the chapters after it a level under it.
    if (b.kind !== "heading" || b.level === undefined || isContentsHeading(b.text)) continue;
    while (open.length > 0 && open[open.length - 1]!.own >= b.level) open.pop();
    const placed = open.length > 0 ? open[open.length - 1]!.placed + 1 : b.level;
    open.push({ own: b.level, placed });
    out.set(b, placed);
  }
  return out;
}
