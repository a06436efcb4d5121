/**
 * The plan's period (`periode`) from what the document says: the one period its own name (title,
 * subtitle, running header) states; else the span most named in its headings and text (mentions that
 * look back on the plan before left out), weighed by the budget's years; where the text names none,
 * the name the file was published under. Reported as a guess at the front matter.
 */
import { DUTCH_MONTHS } from "../text/dates.js";
import type { TableBlock } from "./document.js";
import type { ImportNote } from "./report.js";

/**
 * "2022-2026", "2022 – 2026", "2022 t/m 2026", "2022 tot en met 2026"; also "2012 tot 2015", as plans'
 * names say it (Tilburg's "Kadernota Veiligheid 2012 tot 2015" runs four years: its last year included).
 */
export const PERIOD = /\b((?:19|20)\d{2})\s*(?:[-–—/]|\s+t\/m\s+|\s+tot\s+en\s+met\s+|\s+tot\s+)\s*((?:19|20)\d{2})\b/giu;
/** A day before a year, in words or in figures: "1 januari ", "31-12-". */
const DAY = `\\d{1,2}(?:\\s+(?:${DUTCH_MONTHS.join("|")})\\s+|[-/.]\\d{1,2}[-/.])`;
/** "1 januari 2024 tot en met 31 december 2027", "01-01-2024 t/m 31-12-2027": a period written as its first and last day. */
const DATE_PERIOD = new RegExp(`\\b${DAY}((?:19|20)\\d{2})\\s*(?:[-–—]|\\s+t\\/m\\s+|\\s+tot\\s+en\\s+met\\s+)\\s*${DAY}((?:19|20)\\d{2})\\b`, "giu");
/** "2023-'26", "2023-26": a span whose last year is written in two figures (not the "2023-2026" of PERIOD, nor a date "2023-12-12"). */
const SHORT_PERIOD = /\b((?:19|20)\d{2})\s*[-–]\s*['’]?(\d{2})\b(?![-–./]\d)/gu;
/** Two years in a file's name, apart by a dash, underscore, dot or space ("IVP_2024_2027_def.pdf"), as a plan's period spans them. */
const FILE_PERIOD = /(?<!\d)((?:19|20)\d{2})[-–_. ]*(?:t[-_ ]?m[-_ ]*)?((?:19|20)\d{2})(?!\d)/i;

/** A text of the document; a heading's (the title, a running header) counts three times a sentence's. */
export interface Said {
  readonly text: string;
  readonly heading: boolean;
  /** The plan's own name (its title, subtitle or running header): one period there is the plan's. */
  readonly name?: boolean;
}

/**
 * Words before a period that look back on the plan before ("Terugblik IVB 2020-2023", "Lessen uit het
 * IVP 2019-2022", "volgt op het IVB 2020-2023"): such a mention is the predecessor's period, and a plan
 * that looks back at length names it more often than its own.
 */
const LOOKS_BACK = /\b(?:terugblik|terugkijken|evaluatie|vorige?|voorgaande|lessen|volgt op|opvolger van|afgelopen)\b[^.\n]{0,60}$/i;

/**
 * Words before a period that name another document's or the council's term: "verwoord in het
 * collegeprogramma 2018-2022", "het coalitieakkoord 2022-2026", "de raadsperiode 2022-2026". A plan
 * often refers to them, and their span is not the plan's.
 */
const OTHER_TERM = /\b(?:college|coalitie|bestuurs|raads)(?:programma|akkoord|periode)\b[^.\n]{0,20}$/i;

/** The spans of years a text names, as [van, tot], the ones that look back or name another document left out. */
function spansOf(t: Said): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = [];
  for (const re of [PERIOD, DATE_PERIOD]) {
    for (const m of t.text.matchAll(re)) {
      const before = t.text.slice(Math.max(0, m.index - 80), m.index);
      if (!LOOKS_BACK.test(before) && !OTHER_TERM.test(before)) spans.push([Number(m[1]), Number(m[2])]);
    }
  }
  // A title or heading may write the last year in two figures ("Integraal Veiligheidsplan 2023-'26").
  if (t.heading) for (const m of t.text.matchAll(SHORT_PERIOD)) spans.push([Number(m[1]), Number(m[1]!.slice(0, 2) + m[2])]);
  return spans.filter(([van, tot]) => tot - van >= 1 && tot - van <= 8);
}

/** The period as "2022-2026", or undefined; the note saying where it came from is pushed on `notes`. */
export function inferPeriod(texts: readonly Said[], budget: TableBlock | undefined, fileName: string | undefined, notes: ImportNote[]): string | undefined {
  const years = (budget?.rows[0] ?? []).map((c) => c.replace(/\*/g, "").trim()).filter((c) => /^(?:19|20)\d{2}$/.test(c)).map(Number);
  const scores = new Map<string, number>();
  const score = (s: string, n: number) => scores.set(s, (scores.get(s) ?? 0) + n);
  // One period in the plan's own name is the plan's, however often the text names another.
  const names = texts.filter((t) => t.name);
  const named = new Set(names.flatMap((t) => spansOf(t).map(([van, tot]) => `${van}-${tot}`)));
  for (const t of named.size === 1 ? [] : texts) for (const [van, tot] of spansOf(t)) score(`${van}-${tot}`, t.heading ? 3 : 1);
  if (named.size !== 1 && years.length >= 2) score(`${Math.min(...years)}-${Math.max(...years)}`, 5);
  // The latest wins a tie.
  const periode = named.size === 1 ? [...named][0] : [...scores].sort((a, b) => b[1] - a[1] || Number(b[0].slice(0, 4)) - Number(a[0].slice(0, 4)))[0]?.[0];
  // Where the text names none, the name the file was published under often does ("ivp_2024_2027.pdf").
  const fromFile = periode === undefined && fileName ? periodInFileName(baseName(fileName)) : undefined;
  notes.push(
    fromFile
      ? { kind: "guessed", messageId: "import.periodeBestandsnaam", data: { periode: fromFile, bestand: baseName(fileName!) }, line: 0 }
      : periode
        ? named.size === 1
          ? { kind: "guessed", messageId: "import.periodeNaam", data: { periode, naam: names.find((t) => spansOf(t).length > 0)!.text }, line: 0 }
          : { kind: "guessed", messageId: "import.periode", data: { periode }, line: 0 }
        : { kind: "guessed", messageId: "import.periodeOntbreekt", data: {}, line: 0 },
  );
  return fromFile ?? periode;
}

const baseName = (path: string) => path.replace(/^.*[\\/]/, "");

function periodInFileName(name: string): string | undefined {
  const m = FILE_PERIOD.exec(name);
  if (!m) return undefined;
  const van = Number(m[1]);
  const tot = Number(m[2]);
  return tot - van >= 1 && tot - van <= 8 ? `${van}-${tot}` : undefined;
}
