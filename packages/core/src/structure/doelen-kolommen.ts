/**
 * The columns of a goals table (structure/doelen.ts): which header cell names the goal, the indicator,
 * the nulmeting, the streefwaarde and the source, as plans and begrotingen head them ("Streefcijfer",
 * "Hoe meten we dat?", "Rekening 2022", "Doelstelling 2025", a year alone), also with the header set on
 * two rows.
 */
import type { TableBlock } from "../syntax/blocks.js";
import { keyword } from "../text/keywords.js";

export type Column = "doel" | "indicator" | "nulmeting" | "streefwaarde" | "bron";
const COLUMN_WORDS: readonly [Column, RegExp][] = [
  // "Rekening 2022" is the jaarrekening's figure: where it stood (the begroting's beleidsindicatoren).
  // Also as the plans that borrow the English words write it: "Baseline", "T0", "0-meting".
  ["nulmeting", /^(nulmeting|nul meting|0 meting|t0|baseline|basis(waarde|jaar)?|uitgangs(waarde|situatie|punt)|start(waarde|situatie)|begin(waarde|situatie)|vertrekpunt|referentie(waarde|jaar)?|huidig|huidige (situatie|stand|waarde)|nu|stand|realisatie|rekening (19|20)\d{2})\b/],
  // "Doel 2026" over values is the target, not the goal's text; so is "Begroting 2027" beside "Rekening
  // 2022" or "Realisatie 2022", as the begroting's beleidsindicatoren head the value it aims at.
  // "Doelstelling 2025" likewise ("Nulmeting | Doelstelling 2019 | Realisatie 2019 | Ambitie 2022").
  ["streefwaarde", /^(streef(waarde|cijfer|getal)?|streven|doelwaarde|eindwaarde|target|norm|ambitie|beoogd( resultaat| effect| waarde)?|gewenst|gewenste (situatie|waarde|stand))\b|^doel(en|stelling(en)?)? (in |per |eind )?(19|20)\d{2}\b|^(begroting|raming) (19|20)\d{2}\b/],
  // Also as a question, as some plans head their columns: "Hoe meten we dat?", "Waaraan meten we het?".
  ["indicator", /^((effect|prestatie|resultaat|beleids)? ?indicator(en)?|naam (van de )?indicator|kpi( s)?|kpis|graadmeter|meetpunt|maat|kengetal|meting|meetmethode|meetinstrument|(hoe|waaraan|waarmee) meten we)\b/],
  ["bron", /^(bron|bronnen|gemeten door|meetbron)\b/],
  // "Wat" alone heads the goal beside "Hoe meten we dat?"; "Wat gaan we doen" is the approach, not a goal.
  ["doel", /^(doel|doelen|doelstelling|wat willen we)\b|^wat$/],
];

export type DoelColumn = Column;

/** The columns of a goals table, in the order the format shows them. */
export const DOEL_COLUMNS: readonly DoelColumn[] = ["doel", "indicator", "nulmeting", "streefwaarde", "bron"];

/** Which goals column a header cell names ("Streefcijfer" → streefwaarde), if any; for the editor's completion. */
export function doelColumnOf(header: string): DoelColumn | undefined {
  const word = keyword(header.replace(/[*_]/g, ""));
  return COLUMN_WORDS.find(([, re]) => re.test(word))?.[0];
}

export const cellWord = (text: string, c: TableBlock["header"]["cells"][number] | undefined) => (c ? keyword(text.slice(c.content.start, c.content.end).replace(/[*_]/g, "")) : "");
const STREEF_WORD = COLUMN_WORDS.find(([col]) => col === "streefwaarde")![1];
const YEAR_IN_HEADER = /\b(?:19|20)\d{2}\b/;
const columnWord = (word: string) => COLUMN_WORDS.find(([, re]) => re.test(word))?.[0];

/**
 * A header set on two rows ("Doel | Meting | " over " | Nulmeting | Streefwaarde", a merged cell in Word):
 * the first body row holds no figures and names a column the header row does not.
 */
function subHeader(text: string, table: TableBlock): TableBlock["rows"][number] | undefined {
  const first = table.rows[0];
  if (!first || table.rows.length < 2) return undefined;
  const words = first.cells.map((c) => cellWord(text, c));
  if (words.some((w) => /\d/.test(w.replace(/\b(?:19|20)\d{2}\b/g, "")))) return undefined;
  return words.some((w, i) => w !== "" && columnWord(w) !== undefined && columnWord(w) !== columnWord(cellWord(text, table.header.cells[i]))) ? first : undefined;
}

export interface TableHeader {
  readonly columns: ReadonlyMap<Column, number>;
  /** The header's second row, when it is set on two ({@link subHeader}); the goals start below it. */
  readonly sub?: TableBlock["rows"][number];
  /** Earlier targets by year ("Doelstelling 2025" beside "Ambitie 2027"), latest first, with their years: a row's target where the last is empty. */
  readonly steps?: readonly (readonly [column: number, year: number])[];
  /** A column of its own for the target's year ("Streefwaarde | Jaar", as begrotingen print indicators). */
  readonly targetYear?: number;
}

/** The header of a column that holds the year a target is for. */
const TARGET_YEAR = /^(?:streef)?jaar$|^(?:jaar|termijn) (?:streefwaarde|doel)$|^termijn$|^wanneer$/;

export function headerOf(text: string, table: TableBlock): TableHeader {
  const out = new Map<Column, number>();
  const sub = subHeader(text, table);
  let streefYear = 0;
  const steps: [number, number][] = [];
  table.header.cells.forEach((c, i) => {
    // The lower header row names the column where it says something ("Nulmeting" under "Meting").
    const lower = sub ? cellWord(text, sub.cells[i]) : "";
    const word = lower !== "" && columnWord(lower) ? lower : cellWord(text, c);
    const hit = COLUMN_WORDS.find(([col, re]) => !out.has(col) && re.test(word));
    const year = hit?.[0] === "streefwaarde" || (!hit && STREEF_WORD.test(word)) ? YEAR_IN_HEADER.exec(word) : null;
    if (hit) {
      out.set(hit[0], i);
      if (year) streefYear = Number(year[0]);
    } else if (year && streefYear > 0 && Number(year[0]) > streefYear) {
      // Several targets by year ("Doelstelling 2025 | … | Ambitie 2027", "Streefwaarde 2025 |
      // Streefwaarde 2027"): the latest is the plan's target, the earlier ones are steps on the way.
      steps.unshift([out.get("streefwaarde")!, streefYear]);
      out.set("streefwaarde", i);
      streefYear = Number(year[0]);
    } else if (year && streefYear > 0) steps.push([i, Number(year[0])]);
  });
  steps.sort((a, b) => b[1] - a[1]);
  const targetYear = out.has("streefwaarde") ? table.header.cells.findIndex((c, i) => ![...out.values()].includes(i) && TARGET_YEAR.test(cellWord(text, c))) : -1;
  // Years as the columns ("Indicator | 2022 | 2026", as begrotingen print their indicators): the
  // latest year is the target, the earliest the nulmeting. One year alone could be either: neither,
  // unless another column is the nulmeting.
  if (!out.has("streefwaarde")) {
    const years: [number, number][] = [];
    table.header.cells.forEach((c, i) => {
      const w = cellWord(text, c);
      if (/^(?:19|20)\d{2}$/.test(w) && ![...out.values()].includes(i)) years.push([Number(w), i]);
    });
    if (years.length >= 2) {
      years.sort((a, b) => a[0] - b[0]);
      out.set("streefwaarde", years[years.length - 1]![1]);
      if (!out.has("nulmeting")) out.set("nulmeting", years[0]![1]);
    } else if (years.length === 1 && out.has("nulmeting")) {
      // "Nu | 2027": beside a column for where we stand now, the one year is where we want to be.
      out.set("streefwaarde", years[0]![1]);
    }
  }
  return { columns: out, ...(sub ? { sub } : {}), ...(steps.length > 0 ? { steps } : {}), ...(targetYear >= 0 ? { targetYear } : {}) };
}
