/** Helpers for the import tests: word-level agreement and word preservation, measured as the issue defines them. */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "@veiligheidsplan/core";
import type { ImportNote } from "@veiligheidsplan/core/import";

export const EXAMPLES = fileURLToPath(new URL("../../../../examples/", import.meta.url));
/** The OCR'd published plan, in the session's shared folder beside the repository (CI lays it there too). */
export const SEED = fileURLToPath(new URL("../../../../../shared/seed/integraal-veiligheidsplan-nijmegen-2022-2026.txt", import.meta.url));
export const seedPresent = existsSync(SEED);
export const readExample = (name: string) => readFileSync(`${EXAMPLES}${name}`, "utf8");

/** Words as the issue counts them: runs of letters and digits, case kept. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A plan's body words: without front matter and HTML comments (the transcriber's note is not the plan's text). */
export function bodyWords(plan: string): string[] {
  return words(plan.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, "").replace(/<!--[\s\S]*?-->/g, ""));
}

/** Longest common subsequence of two word lists (two rows of the table, so memory stays small). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) cur[j] = ai === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** The share of `expected`'s words that `actual` has in the same order. */
export function agreement(expected: readonly string[], actual: readonly string[]): number {
  return expected.length === 0 ? 1 : lcsLength(expected, actual) / expected.length;
}

/**
 * The input's words that the output lacks (as a multiset), less those the report accounts for: text
 * it dropped (page numbers) or changed (repairs, adjusted headings), each with the original text.
 * A word broken at a line end ("veilig-" / "heid", also across a page) counts as the one word it is.
 */
export function unaccountedWords(input: string, output: string, notes: readonly ImportNote[]): string[] {
  const count = (ws: readonly string[]) => {
    const m = new Map<string, number>();
    for (const w of ws) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const have = count(words(output));
  const explained = count(notes.flatMap((n) => words(`${n.text ?? ""} ${n.kind === "repaired" ? String(n.data.van ?? "") : ""}`)));
  const missing: string[] = [];
  for (const [w, n] of count(words(input.replace(/(\p{L})-[ \t]*(?:\r?\n[ \t]*\d{0,4}[ \t]*)+(?=\p{Ll})(?!(?:en|of|tot)\b)/gu, "$1")))) {
    const short = n - (have.get(w) ?? 0) - (explained.get(w) ?? 0);
    for (let i = 0; i < short; i++) missing.push(w);
  }
  return missing;
}

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const spoken = (iso: string) => `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** A plan as a plain-text document: wrapped at `width`, hyphenating long words, with numbered pages. */
export function asTextDocument(planText: string, width = 72): string {
  const p = parse(planText);
  const m = p.plan.metadata;
  // The corpus writes some plans with CRLF (bench/corpus.mjs); the document is made from its lines either way.
  const body = planText.replace(/\r\n?/g, "\n").replace(/^---\n[\s\S]*?\n---\n/, "").replace(/<!--[\s\S]*?-->\n*/g, "");
  const out: string[] = [];
  const para = (text: string) => {
    let line = "";
    for (const w of text.split(/\s+/)) {
      if (line.length + w.length + 1 <= width) line = line ? `${line} ${w}` : w;
      else if (w.length > 9 && /^\p{L}+$/u.test(w) && line.length + 6 < width && !/^(?:en|of|tot)$/.test(w.slice(width - line.length - 2)) && w.length - (width - line.length - 2) >= 3) {
        // Broken as a typesetter would, never leaving "en"/"of" (which read as "informatie- en").
        const cut = width - line.length - 2;
        out.push(`${line} ${w.slice(0, cut)}-`);
        line = w.slice(cut);
      } else {
        out.push(line);
        line = w;
      }
    }
    if (line) out.push(line);
    out.push("");
  };
  out.push(m.titel ?? "", "");
  for (const block of body.split(/\n{2,}/)) {
    const b = block.trim().replace(/\*\*/g, "");
    if (b === "" || /^# /.test(b)) continue;
    if (/^#{2,6} /.test(b)) out.push(b.replace(/^#+ /, ""), "");
    else if (b.startsWith("|")) {
      for (const row of b.split("\n").filter((r) => !/^\|\s*:?-/.test(r))) out.push(row.split("|").slice(1, -1).map((c) => c.trim()).filter(Boolean).join(" "));
      out.push("");
    } else if (/^(\d+\.|-) /.test(b)) out.push(...b.split("\n"), "");
    else para(b.replace(/^> /gm, "").replace(/\[\^(\d+)\]:?/g, ""));
  }
  if (m.voorgesteld?.datum) out.push(`${m.gemeente}, ${spoken(m.voorgesteld.datum)}`, "", "College van burgemeester en wethouders", "");
  if (m.vastgesteld?.datum) para(`Vastgesteld door de gemeenteraad van ${m.gemeente} in zijn vergadering van ${spoken(m.vastgesteld.datum)}.`);
  // Pages of 50 lines, each ending in its number and a page break (as OCR tools write them).
  const paged: string[] = [];
  out.forEach((l, i) => {
    paged.push(l);
    if ((i + 1) % 50 === 0) paged.push("", String((i + 1) / 50), "", "", "", "");
  });
  return paged.join("\n");
}

