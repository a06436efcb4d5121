/**
 * Progress against the plan's goals (monitoring): a small companion file per year, `<plan>.<jaar>.voortgang`,
 * with the realised value of each indicator — the numbers the yearly Veiligheidsbrief reports to the raad.
 * The same Markdown-with-front-matter shape as a plan:
 *
 *     ---
 *     formaat: veiligheidsplan-voortgang/1
 *     jaar: 2024
 *     ---
 *     | Indicator                         | Waarde | Bron    |
 *     | --------------------------------- | -----: | ------- |
 *     | Woninginbraken per 1.000 woningen |    3,8 | politie |
 *
 * Realised values are matched to goals by indicator (case, accents and punctuation do not matter). Whether
 * a goal is on track is judged against the straight line from its nulmeting to its streefwaarde.
 */
import { scanBlocks, type TableBlock } from "../syntax/blocks.js";
import { indicatorKey, readMeting, type DoelNode } from "../structure/doelen.js";
import { keyword } from "../text/keywords.js";
import { LineIndex } from "../text/positions.js";

export interface Realisatie {
  readonly indicator: string;
  readonly jaar: number;
  readonly waarde: number;
  readonly bron: string;
  /** The file it came from, as the caller named it. */
  readonly bestand?: string;
  /** 0-based line in that file. */
  readonly regel: number;
}

export interface Voortgang {
  readonly jaar?: number;
  readonly bestand?: string;
  readonly realisaties: readonly Realisatie[];
  /** What could not be read, for a one-line note per problem: 0-based line and what. */
  readonly problemen: readonly { readonly regel: number; readonly wat: "geenJaar" | "geenTabel" | "onleesbaar"; readonly tekst?: string }[];
}

/** Reads one `.voortgang` file. Never throws; what it cannot read is listed in `problemen`. */
export function readVoortgang(text: string, bestand?: string): Voortgang {
  const blocks = scanBlocks(text);
  const lines = new LineIndex(text);
  const lineOf = (offset: number) => lines.lineAt(offset);
  const fm = blocks[0]?.kind === "frontMatter" ? text.slice(blocks[0].span.start, blocks[0].span.end) : "";
  const jaarMatch = /^jaar\s*:\s*['"]?(\d{4})['"]?\s*(?:#.*)?$/m.exec(fm);
  const jaar = jaarMatch ? Number(jaarMatch[1]) : undefined;
  const problemen: Voortgang["problemen"][number][] = [];
  const realisaties: Realisatie[] = [];
  const tables = blocks.filter((b): b is TableBlock => b.kind === "table");
  let found = false;
  // Without `jaar:` a file still reads when every row has its year (a Jaar column, or "3,9 (2023)").
  let rowWithoutYear = false;
  for (const t of tables) {
    const head = t.header.cells.map((c) => keyword(text.slice(c.content.start, c.content.end).replace(/[*_]/g, "")));
    const ind = head.findIndex((h) => /^(indicator|graadmeter|meetpunt)/.test(h));
    const val = head.findIndex((h) => /^(waarde|realisatie|gerealiseerd|resultaat|meting|stand)/.test(h));
    const jr = head.findIndex((h) => /^jaar$/.test(h));
    const src = head.findIndex((h) => /^bron/.test(h));
    if (ind < 0 || val < 0) continue;
    found = true;
    for (const row of t.rows) {
      const cell = (i: number) => (i < 0 || !row.cells[i] ? "" : text.slice(row.cells[i]!.content.start, row.cells[i]!.content.end).trim());
      const indicator = cell(ind);
      if (!indicator) continue;
      const m = readMeting(cell(val), row.cells[val]?.content ?? row.span);
      const rowYear = jr >= 0 ? Number(cell(jr)) || undefined : m.jaar;
      const year = rowYear ?? jaar;
      if (m.waarde !== undefined && year === undefined) {
        rowWithoutYear = true;
        continue;
      }
      if (m.waarde === undefined || year === undefined) {
        problemen.push({ regel: lineOf(row.span.start), wat: "onleesbaar", tekst: cell(val) });
        continue;
      }
      realisaties.push({ indicator, jaar: year, waarde: m.waarde, bron: cell(src), ...(bestand ? { bestand } : {}), regel: lineOf(row.span.start) });
    }
  }
  if (jaar === undefined && (!found || rowWithoutYear)) problemen.unshift({ regel: 0, wat: "geenJaar" });
  if (!found) problemen.push({ regel: 0, wat: "geenTabel" });
  return { ...(jaar !== undefined ? { jaar } : {}), ...(bestand ? { bestand } : {}), realisaties, problemen };
}

export type Koers = "behaald" | "opKoers" | "achter" | "geenGegevens" | "nietTeBepalen";

export interface DoelVoortgang {
  readonly realisaties: readonly Realisatie[];
  /** The latest realised value's judgement. */
  readonly koers: Koers;
  /** What the straight line from nulmeting to streefwaarde expects in the latest realised year. */
  readonly verwacht?: number;
  readonly laatste?: Realisatie;
}

/** All realised values for a goal's indicator, by year (a later file wins for the same year). */
export function realisatiesFor(doel: DoelNode, voortgang: readonly Voortgang[]): Realisatie[] {
  const key = indicatorKey(doel.indicator);
  const byYear = new Map<number, Realisatie>();
  for (const v of voortgang) for (const r of byIndicator(v).get(key) ?? []) byYear.set(r.jaar, r);
  return [...byYear.values()].sort((a, b) => a.jaar - b.jaar);
}

/** A file's rows by folded indicator, made once per file: every goal looks up its own rows instead of folding them all. */
const indexed = new WeakMap<Voortgang, Map<string, Realisatie[]>>();
function byIndicator(v: Voortgang): Map<string, Realisatie[]> {
  let m = indexed.get(v);
  if (!m) {
    m = new Map();
    for (const r of v.realisaties) {
      const k = indicatorKey(r.indicator);
      const list = m.get(k);
      if (list) list.push(r);
      else m.set(k, [r]);
    }
    indexed.set(v, m);
  }
  return m;
}

/** The value the straight line from nulmeting to streefwaarde gives for `jaar`, if both ends are known. */
export function linearPath(doel: DoelNode, jaar: number): number | undefined {
  const b = doel.nulmeting;
  const s = doel.streefwaarde;
  if (b?.waarde === undefined || b.jaar === undefined || s?.waarde === undefined || s.jaar === undefined || s.jaar <= b.jaar) return undefined;
  const t = Math.min(1, Math.max(0, (jaar - b.jaar) / (s.jaar - b.jaar)));
  return b.waarde + (s.waarde - b.waarde) * t;
}

export function judge(doel: DoelNode, voortgang: readonly Voortgang[]): DoelVoortgang {
  const realisaties = realisatiesFor(doel, voortgang);
  const laatste = realisaties[realisaties.length - 1];
  if (!laatste) return { realisaties, koers: "geenGegevens" };
  const verwacht = linearPath(doel, laatste.jaar);
  const base = doel.nulmeting?.waarde;
  const target = doel.streefwaarde?.waarde;
  if (verwacht === undefined || base === undefined || target === undefined || base === target) return { realisaties, koers: "nietTeBepalen", laatste };
  // Lower is better when the target is below the base (fewer burglaries); higher otherwise.
  const better = (a: number, b: number) => (target < base ? a <= b : a >= b);
  const koers: Koers = better(laatste.waarde, target) ? "behaald" : better(laatste.waarde, verwacht) ? "opKoers" : "achter";
  return { realisaties, koers, verwacht, laatste };
}
