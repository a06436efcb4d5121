/**
 * The domain recogniser: one intermediate document (from any reader) into a `.veiligheidsplan`.
 * It finds the title (past a council proposal bound in front), the title page and a table of contents
 * (./contents.ts), makes "Opgave:"/"Ambitie:" labels the headings they stand for, gives the headings the
 * levels the format needs (./outline.ts), writes the budget table as a GFM table and infers the front
 * matter (./front-matter.ts). Nothing is thrown away: a block it cannot place is written as it came,
 * and every guess is reported at its line.
 */
import { containerSoort, THEME_HEADING, themePart } from "../structure/themes.js";
import { isFinancialKeyword } from "../structure/budget.js";
import { editDistance, foldText, keyword, PLAN_KIND } from "../text/keywords.js";
import { DUTCH_MONTHS } from "../text/dates.js";
import { readTableOfContents } from "./contents.js";
import { placeHeadings, ROMAN, SECTION_NUMBER } from "./outline.js";
import { publicationText, readPublication, setAsideFrame, type Publication } from "./publication.js";
import type { DocBlock, HeadingBlock, ReaderNote, SourceDocument, TableBlock } from "./document.js";
import { findBudget, rejoinBrokenCells, rejoinBudgetNames } from "./budget-table.js";
import { inferFrontMatter, writeFrontMatter } from "./front-matter.js";
import { plainText } from "./inline.js";
import { OTHER_PART, PLAN_TITLE } from "./lines.js";
import { partTablesAsHeadings, themeTablesAsHeadings } from "./theme-table.js";
import type { ImportNote } from "./report.js";

/** Section words a plan's front part uses; OCR's misreadings of them are repaired ("VYoorwoord"). */
const DOMAIN_WORDS = ["Voorwoord", "Inleiding", "Samenvatting", "Opgave", "Ambitie", "Toelichting", "Financiën", "Kernthema's", "Prioritaire thema's"];
const FRONT_WORDS = new Set(["voorwoord", "inleiding", "samenvatting", "inhoud", "inhoudsopgave", "colofon", "leeswijzer", "aanleiding", "bijlagen", "bijlage"]);

const FRONT_MATTER_KEYS: Readonly<Record<string, string>> = {
  "import.gemeente": "gemeente",
  "import.gemeenten": "gemeenten",
  "import.uitvoeringsplan": "uitvoeringsplannen",
  "import.periode": "periode",
  "import.periodeNaam": "periode",
  "import.periodeBestandsnaam": "periode",
  "import.vorigPlan": "vorig-plan",
  "import.voorgesteld": "voorgesteld",
  "import.vastgesteld": "vastgesteld",
  "import.vastgesteldMaand": "vastgesteld",
  "import.vastgesteldBesluit": "vastgesteld",
  "import.statusConcept": "status",
  "import.grondslag": "grondslag",
};

export interface Recognised {
  readonly text: string;
  readonly notes: readonly ImportNote[];
}

export interface Placed {
  readonly block: DocBlock;
  /** Output heading level, for headings. */
  readonly level?: number;
  readonly text?: string;
  readonly budget?: boolean;
}

/** `fileName`: the name the document came under, a last source of its period. */
export function recognise(doc: SourceDocument, fileName?: string): Recognised {
  const notes: ImportNote[] = doc.notes.map(fromReader);
  const ocr = doc.format === "text" || doc.format === "pdf";
  let blocks = ocr ? doc.blocks.map((b) => (b.kind === "heading" ? repairDomainWord(b, notes) : b)) : [...doc.blocks];
  blocks = readTableOfContents(setAsideFrame(blocks), notes);
  const publication = readPublication(publicationText(blocks));

  if (ocr && !doc.title) blocks = joinCoverTitle(blocks);
  const title = findTitle(doc, blocks, publication, notes);
  if (title.block) blocks = blocks.filter((b) => b !== title.block);
  const front = titlePage(blocks, notes, ocr);
  blocks = front.blocks;

  let budgetIndex = findBudget(blocks);
  if (budgetIndex >= 0) {
    blocks = [...blocks];
    blocks[budgetIndex] = rejoinBudgetNames(blocks[budgetIndex] as TableBlock, blocks, notes);
  }
  // The other tables' words a PDF's narrow columns broke (the budget's names are mended above).
  if (ocr) blocks = rejoinBrokenCells(blocks, budgetIndex >= 0 ? blocks[budgetIndex] : undefined, notes);
  const budgetTable = budgetIndex >= 0 ? (blocks[budgetIndex] as TableBlock) : undefined;
  const budgetNames = new Set((budgetTable?.rows.slice(1) ?? []).map((r) => keyword(r[0] ?? "")).filter((k) => k !== "" && !/^totaa?l/.test(k)));

  blocks = labelsAsHeadings(partTablesAsHeadings(themeTablesAsHeadings(blocks, budgetTable, notes), budgetTable, notes), notes);
  const placed = placeHeadings(blocks, budgetNames, notes);
  const subtitle = doc.subtitle ?? front.subtitle;
  const fm = inferFrontMatter(blocks, unquoted(title.text), budgetTable, notes, { ...(subtitle ? { subtitle } : {}), facts: [...(doc.facts ?? []), ...front.facts], publication, ...(fileName ? { fileName } : {}), runningHeaders: runningHeaders(doc) });
  const out: string[] = [];
  const lineOf = new Map<DocBlock, number>();
  out.push(...writeFrontMatter(fm), "");
  if (title.block) lineOf.set(title.block, out.length);
  out.push(`# ${title.text}`, "");
  let footnotes: DocBlock[] = [];
  const flush = () => {
    for (const f of footnotes) {
      lineOf.set(f, out.length);
      out.push(...writeBlock({ block: f }), "");
    }
    footnotes = [];
  };
  for (const p of placed) {
    if (p.block.kind === "footnote") {
      footnotes.push(p.block);
      continue;
    }
    if (p.block.kind === "heading" && (p.level ?? 9) <= 3) flush();
    lineOf.set(p.block, out.length);
    out.push(...writeBlock({ ...p, budget: p.block === budgetTable }), "");
  }
  flush();
  while (out[out.length - 1] === "") out.pop();
  // Front matter guesses at the line of their key, where the writer checks them.
  const keyLine = (key: string) => out.findIndex((l) => l.startsWith(`${key}:`));
  const located = notes.map((n) => {
    if (n.block && lineOf.has(n.block)) return { ...n, line: lineOf.get(n.block)! };
    const key = FRONT_MATTER_KEYS[n.messageId];
    return key && keyLine(key) >= 0 ? { ...n, line: keyLine(key) } : n;
  });
  return { text: `${out.join("\n")}\n`, notes: located };
}

/** The running headers a reader left out, each once. */
function runningHeaders(doc: SourceDocument): string[] {
  return [...new Set(doc.notes.filter((n) => n.messageId === "import.kopregel" && n.text !== undefined).map((n) => n.text!))];
}

function fromReader(n: ReaderNote): ImportNote {
  return { kind: n.kind, messageId: n.messageId, data: n.data, source: n.origin, ...(n.text !== undefined ? { text: n.text } : {}) };
}

/** "VYoorwoord" → "Voorwoord": a heading one letter away from a section word of the format. */
function repairDomainWord(h: HeadingBlock, notes: ImportNote[]): HeadingBlock {
  const k = keyword(h.text);
  if (k.length < 6) return h;
  for (const w of DOMAIN_WORDS) {
    const kw = foldText(w);
    if (k !== kw && editDistance(k, kw, 1) <= 1 && k.replace(/ /g, "") !== kw.replace(/ /g, "")) {
      const repaired = { ...h, text: h.text.replace(/^(\s*(?:[IVXLC]+|\d+)[.)]?\s+)?.*$/u, (_m, num: string | undefined) => `${num ?? ""}${w}`) };
      notes.push({ kind: "repaired", messageId: "import.hersteld", data: { van: h.text, naar: repaired.text }, source: h.origin, block: repaired, text: h.text });
      return repaired;
    }
  }
  return h;
}

function findTitle(doc: SourceDocument, blocks: readonly DocBlock[], publication: Publication, notes: ImportNote[]): { text: string; block?: DocBlock } {
  if (doc.title) {
    // A block of its own, only so that the note finds the title's line in the new plan.
    const block: HeadingBlock = { kind: "heading", text: doc.title.text, origin: doc.title.origin };
    notes.push({ kind: "recognised", messageId: "import.titel", data: { titel: doc.title.text }, source: doc.title.origin, block });
    return { text: doc.title.text, block };
  }
  // A plan saved from its official publication names itself in the publication's frame.
  const official = publication.titel;
  if (official) {
    notes.push({ kind: "recognised", messageId: "import.titel", data: { titel: official } });
    return { text: official };
  }
  const headings = blocks.filter((b): b is HeadingBlock => b.kind === "heading");
  const ones = headings.filter((h) => h.level === 1);
  if (ones.length === 1 && headings[0] === ones[0]) {
    notes.push({ kind: "recognised", messageId: "import.titel", data: { titel: ones[0]!.text }, source: ones[0]!.origin });
    return { text: ones[0]!.text, block: ones[0] };
  }
  // A council proposal bound in front of the plan ("Raadsvoorstel", with its own "Financiën"): the plan's
  // own name further on is its title.
  if (headings.length > 0 && PROPOSAL.test(keyword(headings[0]!.text))) {
    const named = headings.find((h) => PLAN_TITLE.test(h.text));
    if (named) {
      notes.push({ kind: "guessed", messageId: "import.titelGeraden", data: { titel: named.text }, source: named.origin, block: named });
      return { text: named.text, block: named };
    }
    // Or the proposal's subject, a line of its own ("ONDERWERP" over "Meerjarenprogramma Veiligheid
    // Maastricht 2015-2018."): the name, without its full stop; the line stays where it is.
    const subject = blocks.find((b) => b.kind === "paragraph" && b.text.length <= 120 && !b.text.includes("\n") && PLAN_TITLE.test(b.text.trim()));
    if (subject?.kind === "paragraph") {
      const name = subject.text.trim().replace(/\.$/, "");
      notes.push({ kind: "guessed", messageId: "import.titelGeraden", data: { titel: name }, source: subject.origin });
      return { text: name };
    }
  }
  for (const h of headings) {
    const k = keyword(h.text);
    if (isStructural(h) || containerSoort(k) || isFinancialKeyword(k)) break;
    if (h.bullet || FRONT_WORDS.has(k) || PROPOSAL.test(k) || k === "") continue;
    notes.push({ kind: "guessed", messageId: "import.titelGeraden", data: { titel: h.text }, source: h.origin, block: h });
    return { text: h.text, block: h };
  }
  notes.push({ kind: "guessed", messageId: "import.titelOntbreekt", data: {} });
  return { text: "Integraal veiligheidsplan" };
}

/** A plan's kind anywhere in a line ("REGIONAAL BELEIDSPLAN VEILIGHEID"). */
const PLAN_KIND_IN = new RegExp(`(?:^|[^\\p{L}])(?:${PLAN_KIND})(?![\\p{L}])`, "iu");
const COVER_LINE_END = /[.!?:;,]$/;
/** "Maart 2024", "18 oktober 2022": the cover's date, not part of the name. */
const COVER_DATE = new RegExp(`^(?:\\d{1,2}\\s+)?(?:${DUTCH_MONTHS.join("|")})\\s+\\d{4}$`, "iu");
/** "2024 - 2027" on a line of its own. */
const PERIOD_ALONE = /^(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}$/;

/**
 * A cover sets the plan's name in large type a few words per line ("Integraal" / "Veiligheidsplan" /
 * "Zuidplas" / "2024 - 2027"), and a text or PDF gives each line as a block: where the first short lines
 * name the plan's kind only together, they are one title (each of them alone would be a heading).
 */
function joinCoverTitle(blocks: readonly DocBlock[]): DocBlock[] {
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
  // Only where the first line is a fragment of a name (one or two words, not the plan's kind): a title
  // on one line, or a slogan over it, stays as it is.
  if (parts[0]!.split(/\s+/).length > 2 || PLAN_KIND_IN.test(parts[0]!) || !PLAN_KIND_IN.test(parts.join(" "))) return [...blocks];
  const joined = parts.join(" ");
  const first = blocks[0]!;
  const title: HeadingBlock = { kind: "heading", text: joined, level: 1, origin: first.origin };
  return [title, ...blocks.slice(n)];
}

/**
 * A title set in quotation marks on its cover ("“Oisterwijk Veilig 2015 – 2018”"): its name without
 * them (the heading keeps them, as the document has it).
 */
const QUOTED = /^[“"‘'„«]\s*([^“”"‘’'„«»]+?)\s*[”"’'»]$/;
const unquoted = (title: string): string => QUOTED.exec(title.trim())?.[1] ?? title;

const SUBTITLE = /^integraal\s+veiligheidsplan\b.{0,60}$/i;
/** The documents a plan comes with to the raad. */
const PROPOSAL = /^(?:raads|college)(?:voorstel|besluit)$|^(?:raadsinformatiebrief|aanbiedingsbrief|voorstel aan de raad)$/;
/** Lines of a title page that state front matter: "Gemeente Nijmegen", "Periode 2022-2026", "Vastgesteld door …". */
const FACT = /^(?:gemeente\s+\p{Lu}|periode\s+\d{4}|status:|voorstel\s+van\b|voorgesteld\s+door\b|vastgesteld\s+door\b|vorig\s+plan:|grondslag:)/iu;
/** Where a fact starts inside a line that joined several (the same words, capitalised as a line starts). */
const FACT_START = /\s+(?=(?:[Gg]emeente\s+\p{Lu}|Periode\s+\d{4}|Status:|Voorstel\s+van\b|Voorgesteld\s+door\b|Vastgesteld\s+door\b|Vorig\s+plan:|Grondslag:))/u;
/** A title page's slogan: short, not a sentence, and not a chapter's name ("Voorwoord", "Prioriteiten"). */
function isSlogan(t: string): boolean {
  const k = keyword(t);
  return t.length <= 80 && !/[.!?:;]$|[\n<>]/.test(t) && !/^\(?(?:19|20)\d{2}\s*[-–—/]\s*(?:19|20)\d{2}\)?$/.test(t) && !FACT.test(t) && !NOT_A_SLOGAN.test(k) && !containerSoort(k) && !themePart(k) && !ROMAN.test(t) && !THEME_HEADING.test(t) && !SECTION_NUMBER.test(t);
}
/** A plan's first chapter: "1. Inleiding", "Hoofdstuk 1 …", "Voorwoord", "Inleiding". */
const OPENING = /^(?:1[.)]?\s+\p{Lu}|(?:hoofdstuk|deel)\s+(?:1|I)\b|(?:voorwoord|inleiding|samenvatting|leeswijzer)\b)/iu;
const NOT_A_SLOGAN = /^(?:voorwoord|inleiding|samenvatting|aanleiding|inhoud|inhoudsopgave|colofon|leeswijzer|hoofdstuk\b|deel\b|bijlage)/;

/**
 * The title page, where a document has one before its first chapter: a subtitle ("Integraal
 * Veiligheidsplan 2022-2026") and lines of facts become front matter, each reported with its text.
 */
function titlePage(blocks: readonly DocBlock[], notes: ImportNote[], unstyled: boolean): { blocks: DocBlock[]; subtitle?: string; facts: string[] } {
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

function isStructural(h: HeadingBlock): boolean {
  return ROMAN.test(h.text) || THEME_HEADING.test(h.text) || SECTION_NUMBER.test(h.text);
}

const esc = (s: string) => s.replace(/^([#>+]|[-*](?=\s)|\d+(?=[.)]\s)|\|)/, "\\$1").replace(/<!--/g, "&lt;!--");

function writeBlock(p: Placed): string[] {
  const b = p.block;
  switch (b.kind) {
    case "heading":
      return [`${"#".repeat(p.level ?? 2)} ${p.text ?? b.text}`];
    case "paragraph":
      return b.raw ? b.text.split("\n") : [esc(b.text)];
    case "list":
      return b.items.map((item, i) => (b.ordered ? `${(b.start ?? 1) + i}. ${item}` : `- ${item}`));
    case "footnote":
      return [`[^${b.id}]: ${b.text}`];
    case "table":
      return writeTable(b.rows, p.budget === true);
  }
}

/** A GFM table, columns padded; amount columns of the budget right-aligned. */
export function writeTable(rows: readonly (readonly string[])[], budget: boolean): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  // The budget's cells without emphasis (a bold header or total would hide the unit and the amounts).
  const cell = (c: string) => (budget ? plainText(c) : c).replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ").trim();
  const cells = rows.map((r) => Array.from({ length: width }, (_, i) => cell(r[i] ?? "")));
  if (budget) for (const r of cells.slice(1)) if (/^totaa?l$/i.test(r[0]!)) r[0] = `**${r[0]}**`;
  const w = Array.from({ length: width }, (_, i) => Math.max(3, ...cells.map((r) => r[i]!.length)));
  const right = (i: number) => budget && i > 0;
  const line = (r: readonly string[]) => `| ${r.map((c, i) => (right(i) ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join(" | ")} |`;
  const delim = `| ${w.map((n, i) => (right(i) ? `${"-".repeat(n - 1)}:` : budget ? `:${"-".repeat(n - 1)}` : "-".repeat(n))).join(" | ")} |`;
  return [line(cells[0]!), delim, ...cells.slice(1).map(line)];
}

/** "**Ambitie:** In 2028 …", "Opgave: …", "**Opgave.** Het aantal …", "Ambitie – In 2028 …": a label, then the paragraph. */
const LABEL = /^(\*\*)?([\p{L} ]{4,40}?\??)(?:\1\s*(?:[:.]|\s[–—-])|(?:[:.]|\s[–—-])\s*\1)\s*(\S[\s\S]*)$/u;
/** The begroting's questions as run-in labels: "Wat zien we? Jeugdgroepen …", "**Wat willen we bereiken?** In 2030 …". */
const QUESTION_LABEL = /^(\*\*)?([Ww]at [\p{L} ]{3,40}\?)\1?\s+(?=[\p{Lu}\d])(\S[\s\S]*)$/u;

/**
 * Word users often open a paragraph with the part of the theme it is ("**Ambitie:** In 2028 …", "**Opgave.** …",
 * "Wat zien we? …") instead of giving it a heading. Where a document does so at least twice, each such
 * label becomes the heading it stands for, so that the themes have their opgave and ambitie (a guess,
 * reported).
 */
function labelsAsHeadings(blocks: DocBlock[], notes: ImportNote[]): DocBlock[] {
  const label = (b: DocBlock) => {
    if (b.kind !== "paragraph") return undefined;
    const m = LABEL.exec(b.text);
    // Only the format's own two words: "Doel: …" or "Analyse: …" open paragraphs in other chapters too.
    if (m && /^(?:opgave|ambitie)$/.test(keyword(m[2]!))) return { label: m[2]!.trim(), rest: m[3]! };
    // A question that names a theme's part ("Wat zien we?") or the begroting's others ("Wat gaan we doen?").
    const q = QUESTION_LABEL.exec(b.text);
    return q && (themePart(keyword(q[2]!)) || OTHER_PART.test(q[2]!)) ? { label: q[2]!.trim(), rest: q[3]! } : undefined;
  };
  if (blocks.filter((b) => label(b)).length < 2) return blocks;
  // In a document with heading levels, one level under the heading the paragraph stands under.
  let under: number | undefined;
  return blocks.flatMap((b): DocBlock[] => {
    if (b.kind === "heading") under = b.level;
    const l = label(b);
    if (!l) return [b];
    const heading: DocBlock = { kind: "heading", text: l.label, ...(under !== undefined ? { level: under + 1 } : {}), origin: b.origin };
    notes.push({ kind: "guessed", messageId: "import.labelAlsKop", data: { label: l.label }, source: b.origin, block: heading });
    return [heading, { ...b, text: l.rest } as DocBlock];
  });
}
