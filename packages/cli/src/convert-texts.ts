/** The texts of `import` and `export --to docx` (nl default, en), apart from their logic. */
import type { Locale } from "@veiligheidsplan/core";
import { runLocale, textsFor } from "./commands/common.js";

const nl = {
  kind: { recognised: "herkend", guessed: "geraden", repaired: "hersteld", dropped: "weggelaten", unplaced: "niet geplaatst" } as Record<string, string>,
  imported: (file: string, notes: number) => `Het plan staat in ${file}. Controleer de ${notes} gemarkeerde punten hierboven; 'veiligheidsplan lint ${file}' toont wat er aan het plan zelf ontbreekt.`,
  summary: (repaired: number, dropped: number) => `${repaired} herstelling(en) van de tekst, ${dropped} paginanummer(s) of kop-/voetregel(s) weggelaten${repaired + dropped > 0 ? " (alles staat in --report)" : ""}.`,
  exists: "bestaat al; gebruik --force om het te overschrijven",
  readFailed: (detail: string) => `kan niet worden gelezen (${detail})`,
  exportedAs: (file: string, format: string) => `Het plan staat als ${format} in ${file}.`,
  needOutput: (format: string) => `schrijf een ${format}-bestand met -o (het is geen tekst voor de terminal)`,
};

const en: typeof nl = {
  kind: { recognised: "recognised", guessed: "guessed", repaired: "repaired", dropped: "left out", unplaced: "not placed" },
  imported: (file, notes) => `The plan is in ${file}. Check the ${notes} points marked above; 'veiligheidsplan lint ${file}' shows what the plan itself lacks.`,
  summary: (repaired, dropped) => `${repaired} repair(s) of the text, ${dropped} page number(s) or running header/footer line(s) left out${repaired + dropped > 0 ? " (all listed in --report)" : ""}.`,
  exists: "already exists; use --force to overwrite it",
  readFailed: (detail) => `cannot be read (${detail})`,
  exportedAs: (file, format) => `The plan was written as ${format} to ${file}.`,
  needOutput: (format) => `write a ${format} file with -o (it is not text for the terminal)`,
};

export const CONVERT_TEXTS: Record<Locale, typeof nl> = { nl, en };

/** What `import` and `export --to docx` start from: the folder, the run's language and its texts. */
export function convertRun(flag: Locale | undefined) {
  const cwd = process.cwd();
  const locale = runLocale(flag, undefined, cwd);
  return { cwd, locale, t: textsFor(locale), c: CONVERT_TEXTS[locale] };
}
