/**
 * `veiligheidsplan export --to json <plan>`: the plan in its JSON form (core's PlanSchema, as specified
 * by plan.schema.json), to standard output or to a file.
 */
import { resolve } from "node:path";
import { encodePlan, type Locale } from "@veiligheidsplan/core";
import { CliError, EXIT } from "../errors.js";
import { displayPath, readSource, writeErrorText } from "../files.js";
import { loadPlan } from "../plans.js";
import { writeAtomic } from "../write.js";
import { err, out, runLocale, textsFor } from "./common.js";

export interface ExportArgs {
  readonly plan: string;
  readonly to: "json";
  readonly output?: string;
  readonly locale?: Locale;
}

export function runExport(args: ExportArgs): number {
  const cwd = process.cwd();
  const t = textsFor(runLocale(args.locale, undefined, cwd));
  const absolute = resolve(cwd, args.plan);
  const source = readSource(displayPath(cwd, absolute), absolute, t);
  const { parsed } = loadPlan(source, undefined, t);
  const json = `${JSON.stringify(encodePlan(parsed.plan), null, 2)}\n`;
  if (args.output === undefined) {
    out(json);
    return EXIT.ok;
  }
  try {
    writeAtomic(resolve(cwd, args.output), json);
  } catch (e) {
    throw new CliError(writeErrorText(e, t), args.output);
  }
  err(t.exported(args.output));
  return EXIT.ok;
}
