/**
 * Themes named in the plan's own words. A plan whose headings read "Prioriteit 2: Veilige wijken" or
 * "Speerpunt 3 – Jeugd" is spoken to about "Prioriteit 2" and "speerpunt 3", and a fix numbers a theme
 * as its other headings are numbered ("Prioriteit 4: …", not "4. …"); a plan with plain numbered
 * headings ("3. Ondermijning") keeps "Thema 3", as the catalog writes it in each language. The style
 * is derived from the recognised theme headings (structure/themes.ts), never imposed.
 */
import { messagePart, type MessageValue } from "../diagnostic.js";
import type { ParsedPlan, ThemeNode } from "../structure/types.js";

/** How a plan numbers its theme headings: the word before the number, if any, and what stands between number and title. */
export interface ThemeStyle {
  /** "Prioriteit", "Speerpunt", "Thema" as the headings write it; undefined for plain numbers ("3. Ondermijning"). */
  readonly word?: string;
  /** E.g. ". " ("3. Ondermijning"), ": " ("Prioriteit 3: Ondermijning"), " – " ("Speerpunt 3 – Jeugd"). */
  readonly separator: string;
}

const PLAIN: ThemeStyle = { separator: ". " };

/** The style most of the plan's numbered themes (of this kind, if it numbers any of that kind) are written in. */
export function themeStyle(plan: ParsedPlan, soort?: ThemeNode["soort"]): ThemeStyle {
  const numbered = plan.themes.filter((t) => t.nummer !== undefined && t.numberSpan);
  const own = soort ? numbered.filter((t) => t.soort === soort) : [];
  const pool = own.length > 0 ? own : numbered;
  if (pool.length === 0) return PLAIN;
  const counts = new Map<string, { style: ThemeStyle; n: number }>();
  for (const t of pool) {
    const raw = t.numberWord?.trim();
    const word = raw ? raw[0]!.toUpperCase() + raw.slice(1).toLowerCase() : undefined;
    const separator = plan.text.slice(t.numberSpan!.end, t.titleSpan.start) || " ";
    const key = `${word ?? ""}|${separator}`;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { style: { ...(word ? { word } : {}), separator }, n: 1 });
  }
  return [...counts.values()].reduce((a, b) => (b.n > a.n ? b : a)).style;
}

/** What goes before a theme's title to number it in this style: "Prioriteit 4: ", "4. ". */
export const headingNumber = (style: ThemeStyle, n: number): string => (style.word ? `${style.word} ${n}${style.separator}` : `${n}${style.separator}`);

/** The word a reference or heading uses, when it is the plan's own and not "thema". */
const ownWord = (word: string | undefined): string | undefined => (word && word.toLowerCase() !== "thema" ? word.toLowerCase() : undefined);

/** "Prioriteit 3" / "prioriteit 3" in a plan that says so; otherwise "Thema 3" / "thema 3" in the locale. */
export function themeNumber(n: number, word: string | undefined, capital: boolean): MessageValue {
  const own = ownWord(word);
  if (own) return `${capital ? own[0]!.toUpperCase() + own.slice(1) : own} ${n}`;
  return messagePart(capital ? "thema.Nummer" : "thema.nummer", { nummer: n });
}

/** A theme by number and title, or by title alone when it has no number: "Prioriteit 3 (Jeugd)", "thema 3 (Jeugd)", "thema 'Jeugd'". */
export function themeName(t: ThemeNode, style: ThemeStyle, capital: boolean): MessageValue {
  if (t.nummer === undefined) return messagePart(capital ? "thema.NaamTitel" : "thema.naamTitel", { titel: t.title });
  const own = ownWord(t.numberWord ?? style.word);
  if (own) return `${capital ? own[0]!.toUpperCase() + own.slice(1) : own} ${t.nummer} (${t.title})`;
  return messagePart(capital ? "thema.Naam" : "thema.naam", { nummer: t.nummer, titel: t.title });
}

/** Both forms, for messages that name the theme at the start of a sentence (`{Thema}`) or inside one (`{thema}`). */
export const themeNames = (t: ThemeNode, style: ThemeStyle): { thema: MessageValue; Thema: MessageValue } => ({ thema: themeName(t, style, false), Thema: themeName(t, style, true) });
