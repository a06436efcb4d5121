/**
 * Themes: the sections under a theme container ("Prioritaire thema's", "Kernthema's"), each with its
 * number, title, Opgave and Ambitie, and the pillars the Ambitie announces (read in ./pillars.ts).
 */
import type { ThemaSoort } from "../model/schema.js";
import type { Block } from "../syntax/blocks.js";
import { foldText } from "../text/keywords.js";
import type { Span } from "../text/positions.js";
import { allSections, trimSpan, walk, within } from "./sections.js";
import { isFinancialKeyword } from "./budget.js";
import { readPillars } from "./pillars.js";
import type { Section, ThemeNode } from "./types.js";

// The headings of the sections that hold themes, as plans write them (folded keywords, a chapter
// number stripped): "Prioritaire thema's", "Prioriteiten", "Onze vijf prioriteiten", "Speerpunten",
// "Bovenlokale prioriteiten", "Gezamenlijke prioriteiten", "Strategische thema's", "Accenten",
// "Focusthema's", "Focusgebieden", "Veiligheidsprioriteiten", "Prioriteiten en ambities" hold priorities;
// "Kernthema's", "Overige thema's", "Aanpak op brede veiligheidsthema's" the other themes.
const PRIORITAIR = /^(?:\d+\s+)?(?:(?:onze|de|deze|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+)\s+){0,2}(?:(?:lokale|bovenlokale|regionale|gemeentelijke|gezamenlijke|gemeenschappelijke|strategische|prioritaire)\s+)?(?:prioritaire (?:veiligheids)?themas?|(?:veiligheids)?prioriteiten|(?:veiligheids)?speerpunten|accenten|focus ?(?:themas|punten|gebieden)|strategische themas?|(?:veiligheids)?themas)(?: en (?:ambities|doelen|doelstellingen|opgaven|aanpak))?$/;
const KERN = /^(?:\d+\s+)?(?:kern ?themas?|(?:(?:aanpak|inzet) (?:op|van|bij) (?:de )?)?(?:overige|andere|brede|reguliere) (?:(?:veiligheids)?themas?|prioriteiten|onderwerpen))(?: en (?:ambities|doelen|doelstellingen|opgaven|aanpak))?$/;
// `s`: a setext heading's text may run over several lines, and its number must still be read.
// "1. Ondermijning", "Thema 3: Jeugd", "Prioriteit 1: Ondermijning", "Speerpunt 2 – Veilige wijken".
// A section among the themes that is about them, not one of them: "Prioriteiten Regionaal Veiligheidsplan",
// "Speerpunten van het basisteam" (Valkenswaard), "Inleiding", "Toelichting". A theme is named in the singular.
const CONTEXT = /^(?:\d+ )?(?:(?:de|onze|andere|overige) )?(?:(?:regionale|landelijke|lokale|bovenlokale|gemeentelijke) )?(?:prioriteiten|speerpunten|focusgebieden|themas)\b|^(?:inleiding|aanleiding|toelichting|achtergrond)\b/;
const SECTION_NUMBER = /^\d{1,3}(?:\.\d{1,3})+\.?\s+(?=\S)/;
/** Chapters that every plan has around its themes, never one of them. */
const NOT_A_THEME = /^(?:voorwoord|samenvatting|leeswijzer|inleiding|terugblik|evaluatie|veiligheids(?:analyse|beeld)|analyse|organisatie|financien|monitoring|bijlage)\b/;
/**
 * The five veiligheidsvelden of Kernbeleid Veiligheid (VNG) as a chapter's heading ("3. Veilige woon-
 * en leefomgeving", "Veld 5: Integriteit en veiligheid", also marked "Jeugd en veiligheid (prioriteit)"):
 * plans set out by them hold their themes there.
 */
export const VELD_HEADING = /^(?:(?:veiligheids)?veld \d+ |veiligheidsveld )?(?:(?:veilige )?woon en leefomgeving|bedrijvigheid (?:en|&) veiligheid|jeugd (?:en|&) veiligheid|fysieke veiligheid|integriteit (?:en|&) veiligheid)(?:\s*[([]?\s*(?:prioriteit|prioritair|speerpunt)\s*[)\]]?)?$/;
/**
 * Before a theme's title, what is not an Arabic number: "Prioriteit: ", "II. ", "Thema B – ", and in
 * words "Prioriteit twee: ", "Eerste speerpunt: " (the title is what follows; the words give no number).
 */
const UNNUMBERED_LEAD = /^(?:(?:[Tt]hema|[Pp]rioriteit|[Ss]peerpunt|[Ff]ocusgebied)(?:\s+(?:[IVX]{1,4}|[A-H]|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien))?|(?:[Ee]erste|[Tt]weede|[Dd]erde|[Vv]ierde|[Vv]ijfde|[Zz]esde|[Zz]evende|[Aa]chtste|[Nn]egende|[Tt]iende)\s+(?:thema|prioriteit|speerpunt|focusgebied)|[IVX]{1,4}|[A-H])\s*[.,:)–—-]\s+(?=\S)/;
/** A theme's heading that marks it as a priority among the others: "Woninginbraak (prioriteit)". */
const PRIORITY_MARK = /\s*[([]\s*(?:prioriteit|prioritair|speerpunt)\s*[)\]]\s*$/i;
/** A theme's heading: "1. Ondermijning", "Thema 3: Jeugd", "Prioriteit 1: Ondermijning", "Focusgebied 2: Jeugd" (also read by the importer). */
export const THEME_HEADING = /^(?:(thema|prioriteit|speerpunt|focusgebied)\s+)?(\d{1,3})\s*[.,:)–—-]?\s+(.+)$/is;

/**
 * Whether a heading (its {@link keyword}) heads a section of themes, and of which kind: one
 * declaration for the linter and the importer, which nests the themes under it.
 */
export function containerSoort(keyword: string): ThemaSoort | undefined {
  // The plan's period after the words: "Prioriteiten 2027-2030", "Kernthema's 2027 t/m 2030".
  const words = keyword.replace(HEADING_YEARS, "");
  return KERN.test(words) ? "kern" : PRIORITAIR.test(words) ? "prioritair" : undefined;
}

/**
 * The years a heading's words may be followed by (folded): "Doelen 2024-2027", "Wat willen we bereiken
 * 2023-2026?", "Prioriteiten voor de periode 2027 t/m 2030".
 */
export const HEADING_YEARS = / (?:(?:in|tot|voor|van|vanaf)(?: de (?:plan)?periode)? )?(?:19|20)\d{2}(?: (?:t m |tm |tot en met |tot |en )?(?:19|20)\d{2})?$/;

/**
 * Headings that play the part of Opgave and Ambitie in plans that do not use those words; the Ambitie's
 * question may carry the plan's years ("Wat willen we bereiken 2023-2026?", as Meierijstad heads it).
 */
const OPGAVE = /^(?:opgave|probleemanalyse|analyse|aanleiding|probleemstelling|probleemschets|probleembeschrijving|(?:huidige )?situatie|wat is er aan de hand|wat speelt er|wat is het probleem|wat zien we(?: nu)?|waar staan we(?: nu)?|hoe staan we ervoor)$/;
const AMBITIE = new RegExp(
  `^(?:ambitie|ambities|doel|doelen|doelstelling(?:en)?|(?:beoogd )?(?:maatschappelijk )?effect|beoogde? resulta(?:at|ten)|gewenste situatie|streefbeeld|wat willen we(?: in \\d{4})?(?: bereiken)?(?:${HEADING_YEARS.source.slice(0, -1)})?|waar willen we naartoe|wat is ons doel)$`,
);
/** Which part of a theme a heading's keyword heads, in the plan's own words: one test for the linter and the importer. */
export function themePart(keyword: string): "opgave" | "ambitie" | undefined {
  return OPGAVE.test(keyword) ? "opgave" : AMBITIE.test(keyword) ? "ambitie" : undefined;
}

/** How the plan's themes were found (docs/format.md, "Thema's herkennen"). */
export type ThemeStructure = "containers" | "chapters" | "declared" | "none";

/** What the front matter's `structuur:` declares (model/fields.ts). */
export interface DeclaredStructure {
  /** The title of the heading whose sections are the themes. */
  readonly themas?: string;
  /** The heading level (1–6) of the themes. */
  readonly niveau?: number;
  /** A joint plan's municipalities (`gemeenten:`), folded: a section named after one holds its own themes. */
  readonly gemeenten?: readonly string[];
}

type Container = { soort: ThemaSoort; section: Section };

/** The sections that hold themes, and the themes in them, in document order. */
export function readThemes(
  text: string,
  sections: readonly Section[],
  blocks: readonly Block[],
  declared?: DeclaredStructure,
): { themeContainers: Container[]; themes: ThemeNode[]; themeStructure: ThemeStructure } {
  const themeContainers: Container[] = [];
  const themes: ThemeNode[] = [];
  const soortOf = (s: Section): ThemaSoort => (KERN.test(s.keyword.replace(HEADING_YEARS, "")) ? "kern" : "prioritair");
  if (declared !== undefined && (declared.themas !== undefined || declared.niveau !== undefined)) {
    const title = declared.themas !== undefined ? foldText(declared.themas.replace(/^#+\s*/, "")) : undefined;
    walk(sections, (s) => {
      if (title !== undefined && (s.keyword === title || foldText(s.title) === title)) themeContainers.push({ soort: soortOf(s), section: s });
    });
    if (title !== undefined) {
      for (const c of themeContainers) for (const child of c.section.children) themes.push(readTheme(text, child, c.soort, blocks));
    } else {
      walk(sections, (s) => {
        if (s.level === declared.niveau && !isBudget(s) && !ancestors(s).some(isBudget)) themes.push(readTheme(text, s, s.parent ? soortOf(s.parent) : "prioritair", blocks));
      });
    }
    return { themeContainers, themes: ownWords(themes), themeStructure: "declared" };
  }
  walk(sections, (s) => {
    const soort = containerSoort(s.keyword);
    if (soort && !inAppendix(s)) themeContainers.push({ soort, section: s });
  });
  // A summary's "Prioriteiten" retells the themes the plan sets out in full elsewhere: not they.
  const outsideSummary = themeContainers.filter((c) => !inSummary(c.section));
  if (outsideSummary.length > 0 && outsideSummary.length < themeContainers.length) themeContainers.splice(0, themeContainers.length, ...outsideSummary);
  // A container inside another (a "Speerpunten" under "Onze prioriteiten") is read as part of it.
  // An empty one ("Regionale prioriteiten" as a paragraph of context) does not count when another holds themes.
  const nested = themeContainers.filter((c) => !themeContainers.some((o) => o !== c && isInside(c.section, o.section)));
  const canonical = (c: Container) => /^(?:prioritaire themas?|kern ?themas?)$/.test(c.section.keyword);
  const found = nested.some((c) => c.section.children.length > 0) ? nested.filter((c) => c.section.children.length > 0 || canonical(c)) : nested;
  // "Strategische thema's" or "Thema's" after a section named for the priorities ("Bovenlokale
  // prioriteiten", Heuvelland) are the other themes: the words tell the priorities apart.
  const namedPriority = (c: Container) => /prioriteit|prioritair|speerpunt|accent|focus/.test(c.section.keyword);
  const firstPriority = found.findIndex(namedPriority);
  const outer = found.map((c, i) => (firstPriority >= 0 && i > firstPriority && c.soort === "prioritair" && !namedPriority(c) ? { ...c, soort: "kern" as const } : c));
  if (outer.length > 0) {
    // In a joint plan, a section named after one of its municipalities ("Deel B: Lokale accenten" ›
    // "Buren") is that municipality's part: its subsections are the themes, its prose none.
    const council = (s: Section) => declared?.gemeenten?.some((g) => s.keyword === g || s.keyword === `gemeente ${g}`) === true;
    const themesIn = (s: Section): Section[] => s.children.filter((child) => !CONTEXT.test(child.keyword)).flatMap((child) => (council(child) ? themesIn(child) : [child]));
    for (const c of outer) for (const child of themesIn(c.section)) themes.push(readTheme(text, child, c.soort, blocks));
    if (themes.length > 0) return { themeContainers: outer, themes: ownWords(themes), themeStructure: "containers" };
    // Only empty ones ("1. Prioriteiten" naming them in a list, each then a chapter of its own): the
    // themes are found as below; where they are not, the empty heading is reported as such.
  }
  const emptyContainers = { themeContainers: outer, themes: [], themeStructure: "containers" as const };
  // A plan set out by the veiligheidsvelden: each veld (three at least) holds its themes; those marked
  // "(prioriteit)" are the priorities, the others its kernthema's (all are priorities when none is marked).
  const allVelden = allSections(sections).filter((s) => VELD_HEADING.test(s.keyword) && !inAppendix(s) && !inAnalysis(s));
  const velden = allVelden.filter((s) => s.children.length > 0);
  const distinct = (vs: readonly Section[]) => new Set(vs.map((v) => v.keyword.replace(/^(?:veiligheids)?veld \d+ /, ""))).size;
  if (distinct(velden) < 3 && distinct(allVelden) >= 3) {
    // The velden are the themes themselves ("4.1 Veilige woon- en leefomgeving" with its goals in its
    // own text, Maastricht's "Veiligheidsvelden volgens indeling VNG"): all priorities, unless some are
    // marked "(prioriteit)"; then those are, and the others its kernthema's.
    const markedVeld = allVelden.some((v) => PRIORITY_MARK.test(v.title));
    for (const v of allVelden) themes.push(readTheme(text, v, !markedVeld || PRIORITY_MARK.test(v.title) ? "prioritair" : "kern", blocks));
    return { themeContainers: [], themes: ownWords(themes), themeStructure: "chapters" };
  }
  if (distinct(velden) >= 3) {
    const inVelden = velden.flatMap((v) => v.children.filter((c) => !CONTEXT.test(c.keyword)));
    const marked = inVelden.some((c) => PRIORITY_MARK.test(c.title));
    for (const c of inVelden) themes.push(readTheme(text, c, !marked || PRIORITY_MARK.test(c.title) ? "prioritair" : "kern", blocks));
    return { themeContainers: velden.map((section) => ({ soort: marked ? "kern" : "prioritair", section })), themes: ownWords(themes), themeStructure: "containers" };
  }
  // No container: chapters that carry an Opgave/Ambitie (or what plays their part) are the themes; not
  // the chapters every plan has ("Inleiding" › "Aanleiding", "Veiligheidsanalyse" › "Analyse"), nor the
  // plan's title (its "Aanleiding" is the first chapter).
  walk(sections, (s) => {
    if (s.level > 1 && !inAppendix(s) && !themes.some((t) => isInside(s, t.section)) && !CONTEXT.test(s.keyword) && !NOT_A_THEME.test(s.keyword) && s.children.some((c) => OPGAVE.test(c.keyword) || AMBITIE.test(c.keyword))) themes.push(readTheme(text, s, "prioritair", blocks));
  });
  if (themes.length === 0 && outer.length > 0) return emptyContainers;
  return { themeContainers: [], themes: ownWords(themes), themeStructure: themes.length > 0 ? "chapters" : "none" };
}

/**
 * The plan's own words: where any theme heads a part "Opgave" (or "Ambitie"), that word is the plan's
 * style and another heading ("Doelen", "Ambities") is not taken for it, so that the opgave-ambitie
 * rule can point out the slip; where no theme uses the word, the plan's own words count.
 */
function ownWords(themes: ThemeNode[]): ThemeNode[] {
  const canonical = (key: "opgave" | "ambitie") => themes.some((t) => t[key]?.keyword === key);
  const drop = { opgave: canonical("opgave"), ambitie: canonical("ambitie") };
  if (!drop.opgave && !drop.ambitie) return themes;
  return themes.map((t) => {
    const keepOpgave = !drop.opgave || t.opgave?.keyword === "opgave";
    const keepAmbitie = !drop.ambitie || t.ambitie?.keyword === "ambitie";
    if (keepOpgave && keepAmbitie) return t;
    return { ...t, opgave: keepOpgave ? t.opgave : undefined, ...(keepAmbitie ? {} : { ambitie: undefined, pillars: [], pillarIntro: undefined, pillarList: undefined, subsections: [] }) };
  });
}

const isBudget = (s: Section): boolean => isFinancialKeyword(s.keyword);
/** An appendix ("Bijlage 1: Veiligheidsvelden en -thema's", "Bijlagen") lists and explains; its sections are never the plan's themes. */
const APPENDIX = /^\s*(?:bijlagen?|appendix|annex)\b/i;
export function inAppendix(s: Section): boolean {
  for (let p: Section | undefined = s; p; p = p.parent) if (APPENDIX.test(p.title)) return true;
  return false;
}
/**
 * The analysis chapter, which describes the situation per veld before the plan chooses ("2. Huidige
 * situatie" › "2.1 Veilige woon- en leefomgeving" … "2.5 Integriteit en veiligheid", the format of VNG's
 * Kernbeleid Veiligheid), and the look back on the plan before ("2. Resultaten 2013" › "2.1
 * Veiligheidsveld Jeugd en veiligheid", Haarlemmermeer): their velden are no themes.
 */
const ANALYSIS_CHAPTER = /^(?:(?:huidige|lokale) )?(?:veiligheids)?(?:situatie|analyse|beeld)\b|^(?:uitgangssituatie|stand van zaken|hoe veilig is)\b|^(?:objectief|subjectief) veiligheidsbeeld\b|^(?:resultaten|terugblik|evaluatie (?:van )?(?:het )?vorige?)\b/;
function inAnalysis(s: Section): boolean {
  for (let p: Section | undefined = s.parent; p; p = p.parent) if (ANALYSIS_CHAPTER.test(p.keyword)) return true;
  return false;
}
/** A summary or an introduction, which retells what the plan sets out in its chapters. */
const SUMMARY = /^(?:(?:management|bestuurlijke )?samenvatting|in het kort|op hoofdlijnen|leeswijzer|voorwoord|inleiding)\b/;
export function inSummary(s: Section): boolean {
  for (let p: Section | undefined = s.parent; p; p = p.parent) if (SUMMARY.test(p.keyword)) return true;
  return false;
}
function ancestors(s: Section): Section[] {
  const out: Section[] = [];
  for (let p = s.parent; p; p = p.parent) out.push(p);
  return out;
}
/** Strictly inside: `outer` is one of `inner`'s ancestors. */
const isInside = (inner: Section, outer: Section): boolean => within(inner.parent, outer);

function readTheme(text: string, section: Section, soort: ThemaSoort, blocks: readonly Block[]): ThemeNode {
  const h = section.heading;
  // A section number before it ("3.1 Prioriteit 1: …", "4.2 Jeugd en veiligheid") is the document's, not the theme's.
  const whole = text.slice(h.content.start, h.content.end);
  const lead = SECTION_NUMBER.exec(whole)?.[0].length ?? 0;
  const content = { start: h.content.start + lead, end: h.content.end };
  const raw = whole.slice(lead);
  const m = THEME_HEADING.exec(raw);
  let nummer: number | undefined;
  let numberSpan: Span | undefined;
  let titleSpan: Span = content;
  let numberWord: string | undefined;
  if (m) {
    nummer = Number(m[2]);
    numberWord = m[1];
    const numAt = content.start + raw.indexOf(m[2]!, m[1] ? m[1].length : 0);
    numberSpan = { start: numAt, end: numAt + m[2]!.length };
    const titleAt = content.start + raw.length - m[3]!.length;
    titleSpan = trimSpan(text, { start: titleAt, end: content.end });
  } else {
    // "Prioriteit: Ondermijning", "II. Ondermijning", "Prioriteit B – Jeugd": the word, a Roman number
    // or a letter the plan numbers with is not part of the title (nor a theme number the checks count).
    const lead = UNNUMBERED_LEAD.exec(raw);
    if (lead) titleSpan = trimSpan(text, { start: content.start + lead[0].length, end: content.end });
  }
  // "Woninginbraak (prioriteit)": the mark says what kind of theme it is; it is not part of its title.
  const mark = PRIORITY_MARK.exec(text.slice(titleSpan.start, titleSpan.end));
  if (mark) titleSpan = trimSpan(text, { start: titleSpan.start, end: titleSpan.start + mark.index });
  const title = text.slice(titleSpan.start, titleSpan.end).replace(/[*_]+/g, "").trim();
  const desc = allSections(section.children);
  const opgave = desc.find((s) => s.keyword === "opgave") ?? desc.find((s) => OPGAVE.test(s.keyword));
  const ambitie = desc.find((s) => s.keyword === "ambitie") ?? desc.find((s) => AMBITIE.test(s.keyword));
  const subsections = ambitie ? allSections(ambitie.children) : [];
  const p = ambitie ? readPillars(text, ambitie, subsections) : undefined;
  void blocks;
  return { section, soort, nummer, numberSpan, ...(numberWord ? { numberWord } : {}), title, titleSpan, opgave, ambitie, pillarIntro: p?.intro, pillarList: p?.list, pillars: p?.pillars ?? [], subsections };
}

