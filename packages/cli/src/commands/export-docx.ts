/**
 * `veiligheidsplan export --to docx <plan> -o plan.docx`: the plan as a Word document for the raad's
 * document flow (core's Word export). Binary output goes to a file only, never to a terminal.
 */
import { resolve } from "node:path";
import type { Locale } from "@veiligheidsplan/core";
import { exportDocx } from "@veiligheidsplan/core/export";
import { convertRun } from "../convert-texts.js";
import { CliError, EXIT } from "../errors.js";
import { displayPath, readSource } from "../files.js";
import { loadPlan } from "../plans.js";
import { writeAtomic } from "../write.js";
import { err } from "./common.js";

export interface ExportDocxArgs {
  readonly plan: string;
  readonly output?: string;
  readonly locale?: Locale;
}

export async function runExportDocx(args: ExportDocxArgs): Promise<number> {
  const { cwd, t, c } = convertRun(args.locale);
  if (args.output === undefined) throw new CliError(c.needOutput("Word (.docx)"));
  const absolute = resolve(cwd, args.plan);
  const source = readSource(displayPath(cwd, absolute), absolute, t);
  // Refuses what is not a plan, as every command does.
  loadPlan(source, undefined, t);
  const bytes = await exportDocx(source.text);
  try {
    writeAtomic(resolve(cwd, args.output), bytes);
  } catch (e) {
    throw new CliError(t.writeFailed((e as NodeJS.ErrnoException).code ?? String(e)), args.output);
  }
  err(c.exportedAs(args.output, "Word-document"));
  return EXIT.ok;
}
