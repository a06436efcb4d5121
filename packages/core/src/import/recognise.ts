/**
 * The domain recogniser: one intermediate document (from any reader) into a `.veiligheidsplan`.
 * It finds the title (past a council proposal bound in front), the title page and a table of contents
 * (./contents.ts), makes "Opgave:"/"Ambitie:" labels the headings they stand for, gives the headings the
 * levels the format needs (./outline.ts), writes the budget table as a GFM table and infers the front
 * matter (./front-matter.ts). Nothing is thrown away: a block it cannot place is written as it came,
 * and every guess is reported at its line.
 */
import { containerSoort, THEME_HEADING } from "../structure/themes.js";
import { isFinancialKeyword, yearOf } from "../structure/budget.js";
import { editDistance, foldText, keyword } from "../text/keywords.js";
import { readTableOfContents } from "./contents.js";
import { placeHeadings, ROMAN, SECTION_NUMBER } from "./outline.js";
import { publicationText, readPublication, setAsideFrame, type Publication } from "./publication.js";
import type { DocBlock, HeadingBlock, ReaderNote, SourceDocument, TableBlock } from "./document.js";
import { inferFrontMatter, writeFrontMatter } from "./front-matter.js";
import { plainText } from "./inline.js";
import { PLAN_TITLE } from "./lines.js";
import type { ImportNote } from "./report.js";

/** Section words a plan's front part uses; OCR's misreadings of them are repaired ("VYoorwoord"). */
const DOMAIN_WORDS = ["Voorwoord", "Inleiding", "Samenvatting", "Opgave", "Ambitie", "Toelichting", "Financiën", "Kernthema's", "Prioritaire thema's"];
const FRONT_WORDS = new Set(["voorwoord", "inleiding", "samenvatting", "inhoud", "inhoudsopgave", "colofon", "leeswijzer", "aanleiding", "bijlagen", "bijlage"]);

const FRONT_MATTER_KEYS: Readonly<Record<string, string>> = {
  "import.gemeente": "gemeente",
  "import.gemeenten": "gemeenten",
  "import.uitvoeringsplan": "uitvoeringsplannen",
  "import.periode": "periode",
  "import.vorigPlan": "vorig-plan",
  "import.voorgesteld": "voorgesteld",
  "import.vastgesteld": "vastgesteld",
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

export function recognise(doc: SourceDocument): Recognised {
  const notes: ImportNote[] = doc.notes.map(fromReader);
  const ocr = doc.format === "text" || doc.format === "pdf";
  let blocks = ocr ? doc.blocks.map((b) => (b.kind === "heading" ? repairDomainWord(b, notes) : b)) : [...doc.blocks];
  blocks = readTableOfContents(setAsideFrame(blocks), notes);
  const publication = readPublication(publicationText(blocks));

  const title = findTitle(doc, blocks, publication, notes);
  if (title.block) blocks = blocks.filter((b) => b !== title.block);
  const front = titlePage(blocks, notes, ocr);
  blocks = front.blocks;

  let budgetIndex = findBudget(blocks);
  if (budgetIndex >= 0) {
    blocks = [...blocks];
    blocks[budgetIndex] = rejoinBudgetNames(blocks[budgetIndex] as TableBlock, blocks, notes);
  }
  const budgetTable = budgetIndex >= 0 ? (blocks[budgetIndex] as TableBlock) : undefined;
  const budgetNames = new Set((budgetTable?.rows.slice(1) ?? []).map((r) => keyword(r[0] ?? "")).filter((k) => k !== "" && !/^totaa?l/.test(k)));

  blocks = labelsAsHeadings(blocks, notes);
  const placed = placeHeadings(blocks, budgetNames, notes);
  const subtitle = doc.subtitle ?? front.subtitle;
  const fm = inferFrontMatter(blocks, title.text, budgetTable, notes, { ...(subtitle ? { subtitle } : {}), facts: [...(doc.facts ?? []), ...front.facts], publication });
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

const SUBTITLE = /^integraal\s+veiligheidsplan\b.{0,60}$/i;
/** The documents a plan comes with to the raad. */
const PROPOSAL = /^(?:raads|college)(?:voorstel|besluit)$|^(?:raadsinformatiebrief|aanbiedingsbrief|voorstel aan de raad)$/;
/** Lines of a title page that state front matter: "Gemeente Nijmegen", "Periode 2022-2026", "Vastgesteld door …". */
const FACT = /^(?:gemeente\s+\p{Lu}|periode\s+\d{4}|status:|voorstel\s+van\b|voorgesteld\s+door\b|vastgesteld\s+door\b|vorig\s+plan:|grondslag:)/iu;

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
    const pieces = FACT.test(t) ? t.split(/\s+(?=(?:[Gg]emeente\s+\p{Lu}|Periode\s+\d{4}|Status:|Voorstel\s+van\b|Voorgesteld\s+door\b|Vastgesteld\s+door\b|Vorig\s+plan:|Grondslag:))/u) : [t];
    if (pieces.length > 1) {
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

/** The budget: the first table after the money chapter's heading ("Financiën") whose header names years; else the first such table. */
function findBudget(blocks: readonly DocBlock[]): number {
  const isBudget = (b: DocBlock) => b.kind === "table" && (b.rows[0] ?? []).slice(1).filter((c) => yearOf(plainText(c).trim()) !== undefined).length >= 1 && b.rows.length >= 2;
  const fin = blocks.findIndex((b) => b.kind === "heading" && isFinancialKeyword(keyword(b.text)));
  if (fin >= 0) {
    const i = blocks.findIndex((b, j) => j > fin && isBudget(b));
    if (i >= 0) return i;
  }
  // Outside the money chapter, a table by years is as often the safety figures ("Woninginbraken | 96 |
  // 61" under "2020 | 2023"): it is the budget only if it speaks of money.
  return blocks.findIndex((b) => isBudget(b) && b.kind === "table" && b.rows.some((r) => r.some((c) => MONEY_CELL.test(c))));
}
/** A cell that speaks of money: "€ 45.000", "(bedragen x € 1.000)", "Begroting", "15.407". */
const MONEY_CELL = /€|\beuro\b|\bbedrag|\bbudget|\bbegroting|\bkosten\b|\bx\s*1\.000\b|\b\d{1,3}(?:\.\d{3})+\b/i;

/**
 * A budget line's name broken inside a narrow cell ("Ondermijn ing", "Brandweer zorg"), written as the
 * document writes it elsewhere (a toelichting heading "Ondermijning"): the same letters without spaces.
 * Else each break on its own: "Verkeersv eiligheid" is one word where the document's text has
 * "verkeersveiligheid" and never "eiligheid" (the document is the dictionary).
 */
function rejoinBudgetNames(table: TableBlock, blocks: readonly DocBlock[], notes: ImportNote[]): TableBlock {
  const known = new Map<string, string>();
  for (const b of blocks) if (b.kind === "heading") known.set(foldText(b.text).replace(/ /g, ""), plainText(b.text));
  let words: Set<string> | undefined;
  const rows = table.rows.map((r, i) => {
    if (i === 0 || !r[0]) return r;
    const m = /^(\s*\d+[.)]?\s+)?(.*)$/s.exec(plainText(r[0]))!;
    const name = m[2]!;
    if (!name.includes(" ")) return r;
    let written = known.get(foldText(name).replace(/ /g, ""));
    if (!written) written = joinBrokenWords(name, (words ??= documentWords(blocks, table)));
    if (!written || written === name || foldText(written) === foldText(name)) return r;
    notes.push({ kind: "repaired", messageId: "import.hersteld", data: { van: name, naar: written }, source: table.origin, text: name });
    return [`${m[1] ?? ""}${written}`, ...r.slice(1)];
  });
  return { ...table, rows };
}

/** The folded words of the document's text outside `except`: what counts as a word of this document. */
function documentWords(blocks: readonly DocBlock[], except: DocBlock): Set<string> {
  const words = new Set<string>();
  const add = (t: string) => {
    for (const w of foldText(plainText(t)).split(/[^\p{L}\p{N}]+/u)) if (w !== "") words.add(w);
  };
  for (const b of blocks) {
    if (b === except) continue;
    if (b.kind === "heading" || b.kind === "paragraph") add(b.text);
    else if (b.kind === "list") for (const item of b.items) add(item);
    else if (b.kind === "table") for (const row of b.rows) for (const c of row) add(c);
  }
  return words;
}

/** "Verkeersv eiligheid" → "Verkeersveiligheid": a piece is glued to the one before when only the two together are a word of the document. */
function joinBrokenWords(name: string, words: ReadonlySet<string>): string {
  const parts = name.split(" ");
  const out = [parts[0]!];
  for (const p of parts.slice(1)) {
    const prev = out[out.length - 1]!;
    const joined = foldText(prev + p);
    if (/^\p{Ll}/u.test(p) && words.has(joined) && !words.has(foldText(p))) out[out.length - 1] = prev + p;
    else out.push(p);
  }
  return out.join(" ");
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

/** "**Ambitie:** In 2028 …", "Opgave: Criminelen …": a label that opens a paragraph, in bold or not. */
const LABEL = /^(\*\*)?([\p{L} ]{4,40}?\??)(?:\1\s*:|:\s*\1|:)\s*(\S[\s\S]*)$/u;

/**
 * Word users often open a paragraph with the part of the theme it is ("**Ambitie:** In 2028 …") instead
 * of giving it a heading. Where a document does so at least twice with "Opgave" or "Ambitie", each such
 * label becomes the heading it stands for, so that the themes have their opgave and ambitie (a guess,
 * reported).
 */
function labelsAsHeadings(blocks: DocBlock[], notes: ImportNote[]): DocBlock[] {
  const label = (b: DocBlock) => {
    if (b.kind !== "paragraph") return undefined;
    const m = LABEL.exec(b.text);
    // Only the format's own two words: "Doel: …" or "Analyse: …" open paragraphs in other chapters too.
    return m && /^(?:opgave|ambitie)$/.test(keyword(m[2]!)) ? { label: m[2]!.trim(), rest: m[3]! } : undefined;
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
