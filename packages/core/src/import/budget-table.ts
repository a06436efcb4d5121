/**
 * The budget table of an imported document: which table it is (the money chapter's, else one that
 * speaks of money), and its line names made whole where a narrow column broke them.
 */
import { isFinancialKeyword, yearOf } from "../structure/budget.js";
import { foldText, keyword } from "../text/keywords.js";
import type { DocBlock, TableBlock } from "./document.js";
import { plainText } from "./inline.js";
import type { ImportNote } from "./report.js";

/** The budget: the first table after the money chapter's heading ("Financiën") whose header names years; else the first such table. */
export function findBudget(blocks: readonly DocBlock[]): number {
  const isBudget = (b: DocBlock) =>
    b.kind === "table" && (b.rows[0] ?? []).slice(1).filter((c) => yearOf(plainText(c).trim()) !== undefined).length >= 1 && b.rows.length >= 2 && !(b.rows[0] ?? []).some((c) => GOAL_COLUMN.test(keyword(c)));
  const fin = blocks.findIndex((b) => b.kind === "heading" && isFinancialKeyword(keyword(b.text)));
  if (fin >= 0) {
    const i = blocks.findIndex((b, j) => j > fin && isBudget(b));
    if (i >= 0) return i;
  }
  // Outside the money chapter, a table by years is as often the safety figures ("Woninginbraken | 96 |
  // 61" under "2020 | 2023"): it is the budget only if it speaks of money.
  return blocks.findIndex((b) => isBudget(b) && b.kind === "table" && b.rows.some((r) => r.some((c) => MONEY_CELL.test(c))));
}
/** A goals table's columns by year ("Nulmeting 2023 | Streefwaarde 2027"): its figures are no amounts. */
const GOAL_COLUMN = /^(?:nulmeting|streef(?:waarde|cijfer)|doelwaarde|indicator(?:en)?)\b/;
/** A cell that speaks of money: "€ 45.000", "(bedragen x € 1.000)", "Begroting", "15.407". */
const MONEY_CELL = /€|\beuro\b|\bbedrag|\bbudget|\bbegroting|\bkosten\b|\bx\s*1\.000\b|\b\d{1,3}(?:\.\d{3})+\b/i;

/**
 * A budget line's name broken inside a narrow cell ("Ondermijn ing", "Brandweer zorg"), written as the
 * document writes it elsewhere (a toelichting heading "Ondermijning"): the same letters without spaces.
 * Else each break on its own: "Verkeersv eiligheid" is one word where the document's text has
 * "verkeersveiligheid" and never "eiligheid" (the document is the dictionary).
 */
export function rejoinBudgetNames(table: TableBlock, blocks: readonly DocBlock[], notes: ImportNote[]): TableBlock {
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

/** "Verkeersv eiligheid" → "Verkeersveiligheid", "Evenement en" → "Evenementen": a piece is glued to the one before when the two together are a word of the document and one of them is not. */
function joinBrokenWords(name: string, words: ReadonlySet<string>): string {
  return joinPieces(name, (w) => words.has(w), true);
}

/**
 * Glues a piece in lower case to the one before where the two together are a word of the document and
 * the piece is not ("Verkeersv eiligheid"); with `eitherPiece`, also where the piece is a word but the
 * one before is not ("Streefwaar de 2027", "Woninginb raken").
 */
function joinPieces(text: string, isWord: (folded: string, piece: boolean) => boolean, eitherPiece: boolean): string {
  const parts = text.split(" ");
  const out = [parts[0]!];
  for (let i = 1; i < parts.length; i++) {
    const prev = out[out.length - 1]!;
    const p = parts[i]!;
    const glue = /^\p{Ll}/u.test(p) && /\p{L}$/u.test(prev) && isWord(foldText(prev + p), false) && (!isWord(foldText(p), true) || (eitherPiece && !isWord(foldText(prev), true)));
    // In three pieces ("radicaliser" "in" "g"), with eitherPiece: where no two of them make the word.
    const next = parts[i + 1];
    const three = !glue && eitherPiece && next !== undefined && /^\p{Ll}/u.test(p) && /^\p{Ll}/u.test(next) && /\p{L}$/u.test(prev) && isWord(foldText(prev + p + next), false) && [prev, p, next].some((x) => !isWord(foldText(x), true));
    if (glue) out[out.length - 1] = prev + p;
    else if (three) {
      out[out.length - 1] = prev + p + next;
      i++;
    } else out.push(p);
  }
  return out.join(" ");
}

/** The folded words of a text, each as often as it stands there. */
function countWords(t: string, into: Map<string, number>): void {
  for (const w of foldText(plainText(t)).split(/[^\p{L}\p{N}]+/u)) if (w !== "") into.set(w, (into.get(w) ?? 0) + 1);
}

/**
 * A PDF's table cells whose words a narrow column broke in two ("Woninginb" over "raken", "Streefwaar"
 * over "de 2027", "jeugdoverl" over "ast"), made whole where the document writes the whole word
 * elsewhere (in its text or another table) and a piece is not a word of it: the document is the
 * dictionary, so two words that are both the document's ("drugs overlast") stay apart. Every cell of
 * every table but `except` (the budget, mended by {@link rejoinBudgetNames}); each repair is reported.
 */
export function rejoinBrokenCells(blocks: readonly DocBlock[], except: DocBlock | undefined, notes: ImportNote[]): DocBlock[] {
  const tables = blocks.filter((b): b is TableBlock => b.kind === "table" && b !== except && b.rows.some((r) => r.some((c) => / \p{Ll}/u.test(c))));
  if (tables.length === 0) return [...blocks];
  // Whole words from the text and every table; pieces only from the text, for tables broken alike
  // ("jeugdoverl" over "ast" in two of them) would make each piece a word of the other.
  const prose = new Map<string, number>();
  const all = new Map<string, number>();
  for (const b of blocks) {
    if (b.kind === "heading" || b.kind === "paragraph") countWords(b.text, prose);
    else if (b.kind === "list") for (const item of b.items) countWords(item, prose);
    else if (b.kind === "table") for (const row of b.rows) for (const c of row) countWords(c, all);
  }
  for (const [w, n] of prose) all.set(w, (all.get(w) ?? 0) + n);
  const mended = new Map<DocBlock, DocBlock>();
  for (const table of tables) {
    const own = new Map<string, number>();
    for (const row of table.rows) for (const c of row) countWords(c, own);
    const isWord = (w: string, piece: boolean) => (piece ? prose.has(w) : (all.get(w) ?? 0) > (own.get(w) ?? 0));
    let changed = false;
    const rows = table.rows.map((r) =>
      r.map((c) => {
        if (!/ \p{Ll}/u.test(c)) return c;
        const whole = joinPieces(c, isWord, true);
        if (whole === c) return c;
        changed = true;
        notes.push({ kind: "repaired", messageId: "import.hersteld", data: { van: c, naar: whole }, source: table.origin, text: c });
        return whole;
      }),
    );
    if (changed) mended.set(table, { ...table, rows });
  }
  return blocks.map((b) => mended.get(b) ?? b);
}
