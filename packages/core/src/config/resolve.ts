/**
 * Which language and which "today" a run uses, decided in one place for the CLI, the language server
 * and the library. The precedence, most deliberate choice first:
 *
 *   locale: explicit (--locale, LintOptions.locale) → the configuration file (a team's choice)
 *           → the editor's setting → the environment (LC_ALL/LC_MESSAGES/LANG, the editor's display
 *           language) → Dutch.
 *   today:  explicit (--today, LintOptions.today) → the editor's setting → the clock, read as the
 *           calendar day where the user is (a Dutch morning at 00:30 is already the next day).
 *
 * Tested in test/resolve.test.ts.
 */
import type { Locale } from "../diagnostic.js";
import { isIsoDate } from "../text/dates.js";

export interface LocaleSources {
  readonly explicit?: Locale;
  readonly config?: Locale;
  readonly editor?: Locale;
  readonly environment?: Locale;
}

export function resolveLocale(s: LocaleSources): Locale {
  return s.explicit ?? s.config ?? s.editor ?? s.environment ?? "nl";
}

/** `en…` in a POSIX locale variable or a display language means English, `nl…` Dutch; anything else says nothing. */
export function localeOfTag(tag: string | undefined): Locale | undefined {
  if (!tag) return undefined;
  return /^en(?:[_.@-]|$)/i.test(tag) ? "en" : /^nl(?:[_.@-]|$)/i.test(tag) ? "nl" : undefined;
}

/** The calendar day of an instant in the machine's time zone, as `JJJJ-MM-DD`. */
export function localCalendarDay(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${String(d.getFullYear()).padStart(4, "0")}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export interface TodaySources {
  readonly explicit?: string;
  readonly editor?: string;
  /** The clock, in milliseconds since the epoch; read only when no date is given. */
  readonly now: () => number;
}

/** Today as `JJJJ-MM-DD`. A given date that is not a real date is skipped here; callers that take it from a user check it with `isIsoDate` first and say so. */
export function resolveToday(s: TodaySources): string {
  if (isIsoDate(s.explicit)) return s.explicit;
  if (isIsoDate(s.editor)) return s.editor;
  return localCalendarDay(s.now());
}
