/** Helpers for the import tests: word-level agreement and word preservation, measured as the issue defines them. */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
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
  return words(plan.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "").replace(/<!--[\s\S]*?-->/g, ""));
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
  for (const [w, n] of count(words(input))) {
    const short = n - (have.get(w) ?? 0) - (explained.get(w) ?? 0);
    for (let i = 0; i < short; i++) missing.push(w);
  }
  return missing;
}
