/**
 * `veiligheidsplan init [file]`: writes a new plan from the template. On a terminal it asks for the
 * municipality and the title (Enter keeps the default); without a terminal (CI, scripts) it asks
 * nothing. It never overwrites a file: an existing file is a failure (exit code 2).
 */
import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { CliError, EXIT } from "../errors.js";
import { displayPath, PLAN_EXTENSION } from "../files.js";
import { planTemplate, templateFileName, type Locale } from "@veiligheidsplan/core";
import { createNew } from "../write.js";
import { err, runLocale, runToday, textsFor } from "./common.js";

export interface InitArgs {
  readonly file?: string;
  readonly gemeente?: string;
  readonly titel?: string;
  readonly today?: string;
  readonly locale?: Locale;
  /** A joint plan: the municipalities, comma-separated (`--gemeenten "A, B, C"`). */
  readonly gemeenten?: string;
}

export async function runInit(args: InitArgs): Promise<number> {
  const cwd = process.cwd();
  const t = textsFor(runLocale(args.locale, undefined, cwd));
  const van = Number(runToday(args.today, t).slice(0, 4));
  let gemeente = args.gemeente;
  let titel = args.titel;
  if ((gemeente === undefined || titel === undefined) && process.stdin.isTTY && process.stdout.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      gemeente ??= (await rl.question(`${t.initAskGemeente}: `)).trim() || undefined;
      const defaultTitel = `Integraal Veiligheidsplan ${gemeente ?? ""}`.trim();
      titel ??= (await rl.question(`${t.initAskTitel} (${defaultTitel}): `)).trim() || defaultTitel;
    } finally {
      rl.close();
    }
  }
  const g = gemeente ?? "Voorbeeldgemeente";
  let file = args.file ?? templateFileName(gemeente, van);
  // "init nijmegen" means nijmegen.veiligheidsplan; a name with an extension is taken as given.
  if (!/\.[^/\\]+$/.test(file)) file += PLAN_EXTENSION;
  const absolute = resolve(cwd, file);
  const display = displayPath(cwd, absolute);
  try {
    const gemeenten = args.gemeenten?.split(",").map((x) => x.trim()).filter((x) => x.length > 0);
    createNew(absolute, planTemplate({ gemeente: g, titel: titel ?? `Integraal Veiligheidsplan ${g}`, van, ...(gemeenten && gemeenten.length > 1 ? { gemeenten } : {}) }));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new CliError(t.initExists, display);
    throw new CliError(t.writeFailed(code ?? String(e)), display);
  }
  err(t.initCreated(display));
  return EXIT.ok;
}
