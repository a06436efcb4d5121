/**
 * Joint plans (one plan for several municipalities, each council adopting it on its own date): which
 * municipalities share the plan, and the date each council adopted it where the text says so.
 */
import type { DocBlock } from "./document.js";
import type { ImportNote } from "./report.js";
import { DATE, GEMEENTE, GEMEENTEN, iso, MERGER } from "./written.js";

/**
 * The municipalities of a joint plan: named one by one on the title page ("gemeente Meerssen",
 * "gemeente Vaals"), or listed near the start in a sentence about the plan ("het gezamenlijke
 * veiligheidsplan van de gemeenten Eijsden-Margraten, Meerssen en Vaals", "De gemeenteraden van Baarn,
 * Eemnes en Soest hebben ingestemd met het plan").
 */
export function jointMunicipalities(facts: readonly string[], opening: readonly string[]): string[] | undefined {
  const fromFacts = [...new Set(facts.flatMap((f) => [...f.matchAll(GEMEENTE)].map((m) => m[1]!)))];
  if (fromFacts.length >= 2) return fromFacts;
  for (const t of opening) {
    const m = GEMEENTEN.exec(t);
    // The sentence must be about this plan ("het gezamenlijke veiligheidsplan van de gemeenten …"), not
    // about working together ("samen met de gemeenten Arnhem en Nijmegen").
    if (!m || !/\b(?:gezamenlijke?|veiligheidsplan|plan|IVP)\b/i.test(t)) continue;
    // Municipalities that merged into this one are its past, not partners in the plan.
    if (MERGER.test(t)) continue;
    const parts = m[1]!.split(/\s*,\s*/);
    // The last " en " before a capital ends the list: "Vaals en Valkenburg aan de Geul".
    const last = parts.pop()!;
    const split = /\s+en\s+(?=\p{Lu})/u.exec(last);
    if (split && !/,\s*$/.test(last)) parts.push(last.slice(0, split.index), last.slice(split.index + split[0].length));
    else parts.push(last);
    const names = [...new Set(parts.map((p) => p.replace(/^en\s+/, "").trim()).filter((p) => p !== ""))];
    if (names.length >= 2) return names;
  }
  return undefined;
}

/** Words that say a council adopted something: the sentence (or table) pairs municipalities with the dates of their decisions. */
const DECISION = /vastgesteld|vaststelling|vast te stellen|\bstelde(?:n)?\b.{0,80}\bvast\b|raadsbesluit|raadsvergadering|ingestemd/i;
const DATE_IN = new RegExp(DATE, "iu");

/**
 * A joint plan's council decisions, each with its own date: "vastgesteld door de gemeenteraden van
 * Baarn (1 juli 2023), Eemnes (4 juli 2023) en Soest (6 juli 2023)", "De raad van Eemnes stelde het
 * plan vast op 4 juli 2023", or a table "Gemeente | Datum vaststelling". A date belongs to the name
 * before it, within a few words and before the next name.
 */
export function councilDates(gemeenten: readonly string[], texts: readonly { text: string }[], blocks: readonly DocBlock[], notes: ImportNote[]): ReadonlyMap<string, string> | undefined {
  const found = new Map<string, string>();
  const names = gemeenten.map((naam) => ({ naam, re: new RegExp(`(?<![\\p{L}-])${naam.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}-])`, "gu") }));
  const take = (naam: string, date: RegExpExecArray, bron: string) => {
    if (found.has(naam)) return;
    const datum = iso(date[1]!, date[2]!, date[3]!);
    found.set(naam, datum);
    notes.push({ kind: "guessed", messageId: "import.vastgesteldPerGemeente", data: { gemeente: naam, datum, bron }, line: 0 });
  };
  for (const { text } of texts) {
    if (!DECISION.test(text)) continue;
    const at = names.flatMap(({ naam, re }) => [...text.matchAll(re)].map((m) => ({ naam, start: m.index!, end: m.index! + m[0].length }))).sort((a, b) => a.start - b.start);
    at.forEach((n, k) => {
      const until = Math.min(at[k + 1]?.start ?? text.length, n.end + 80);
      const date = DATE_IN.exec(text.slice(n.end, until));
      if (date) take(n.naam, date, text);
    });
  }
  for (const b of blocks) {
    if (b.kind !== "table" || !b.rows[0]?.some((c) => DECISION.test(c) || /\bdatum\b|\bbesluit/i.test(c))) continue;
    for (const row of b.rows.slice(1)) {
      const naam = names.find(({ re }) => row.some((c) => new RegExp(re.source, "u").test(c)))?.naam;
      const date = row.map((c) => DATE_IN.exec(c)).find((d) => d !== null);
      if (naam && date) take(naam, date, row.join(" | "));
    }
  }
  return found.size > 0 ? found : undefined;
}
