/**
 * `veiligheidsplan init [file]`: writes a new plan from the template. On a terminal it asks for the
 * municipality and the title (Enter keeps the default); without a terminal (CI, scripts) it asks
 * nothing. It never overwrites a file: an existing file is a failure (exit code 2).
 */
import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { CliError, EXIT } from "../errors.js";
import { displayPath, PLAN_EXTENSION, writeErrorText } from "../files.js";
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

const DEFAULT_GEMEENTE = "Voorbeeldgemeente";

/**
 * A name or title on one line: a line break (or any other control character) in `--titel` would
 * otherwise end the heading and start Markdown of its own; undefined when nothing is left.
 */
function oneLine(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const line = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
  return line === "" ? undefined : line;
}

export async function runInit(args: InitArgs): Promise<number> {
  const cwd = process.cwd();
  const t = textsFor(runLocale(args.locale, undefined, cwd));
  const van = Number(runToday(args.today, t).slice(0, 4));
  let gemeente = oneLine(args.gemeente);
  let titel = oneLine(args.titel);
  if ((gemeente === undefined || titel === undefined) && process.stdin.isTTY && process.stdout.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      gemeente ??= oneLine(await rl.question(`${t.initAskGemeente}: `));
      const defaultTitel = `Integraal Veiligheidsplan ${gemeente ?? ""}`.trim();
      titel ??= oneLine(await rl.question(`${t.initAskTitel} (${defaultTitel}): `)) ?? defaultTitel;
    } catch (e) {
      // Ctrl+C (or Ctrl+D) at a question: the user stops, nothing is written, as a shell would (128 + SIGINT).
      if ((e as { code?: string; name?: string }).code === "ABORT_ERR" || (e as { name?: string }).name === "AbortError") {
        process.stdout.write("\n");
        return EXIT.interrupted;
      }
      throw e;
    } finally {
      rl.close();
    }
  }
  const gemeenten = args.gemeenten?.split(",").map((x) => x.trim()).filter((x) => x.length > 0);
  const joint = gemeenten !== undefined && gemeenten.length > 1 ? gemeenten : undefined;
  // A joint plan is named after its gemeenten ("Oudewaard en Lingevliet") unless a gemeente is given.
  const g = gemeente ?? (joint ? `${joint.slice(0, -1).join(", ")} en ${joint[joint.length - 1]}` : DEFAULT_GEMEENTE);
  // The file is named after the gemeente the plan names, also when that is the default.
  let file = args.file ?? templateFileName(g, van);
  // "init nijmegen" means nijmegen.veiligheidsplan; a name with an extension is taken as given.
  if (!/\.[^/\\]+$/.test(file)) file += PLAN_EXTENSION;
  const absolute = resolve(cwd, file);
  const display = displayPath(cwd, absolute);
  try {
    createNew(absolute, planTemplate({ gemeente: g, titel: titel ?? `Integraal Veiligheidsplan ${g}`, van, ...(joint ? { gemeenten: joint } : {}) }));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new CliError(t.initExists, display);
    throw new CliError(writeErrorText(e, t), display);
  }
  err(t.initCreated(display));
  return EXIT.ok;
}
