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
import { editDistance, foldText, keyword } from "../text/keywords.js";
import { joinCoverTitle, titlePage } from "./cover.js";
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

/**
 * A title set in quotation marks on its cover ("“Oisterwijk Veilig 2015 – 2018”"): its name without
 * them (the heading keeps them, as the document has it).
 */
const QUOTED = /^[“"‘'„«]\s*([^“”"‘’'„«»]+?)\s*[”"’'»]$/;
const unquoted = (title: string): string => QUOTED.exec(title.trim())?.[1] ?? title;

/** The documents a plan comes with to the raad. */
const PROPOSAL = /^(?:raads|college)(?:voorstel|besluit)$|^(?:raadsinformatiebrief|aanbiedingsbrief|voorstel aan de raad)$/;
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
