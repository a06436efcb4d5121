/**
 * `veiligheidsplan report <plan> [-o file.html]`: the plan as one self-contained HTML document for the
 * gemeenteraad (core's renderReport): the text, the budget as a chart, the legal basis and what the
 * checks found. Without -o the report is written beside the plan (plan.veiligheidsplan → plan.html);
 * `-o -` writes it to standard output. The exit code says whether the report was written, not whether
 * the plan has errors: `lint` is the gate. With progress files (`--voortgang`, or `plan.<jaar>.voortgang`
 * beside the plan) the report's kwaliteitstoets shows per goal whether it is on track, with a chart.
 */
import { resolve } from "node:path";
import { lint, type Locale, renderReport, RuleOptionsError } from "@veiligheidsplan/core";
import { CliError, EXIT } from "../errors.js";
import { displayPath, readSource, writeErrorText } from "../files.js";
import { loadPlan, planResolver } from "../plans.js";
import { ProgressReader, unmatchedRows } from "../voortgang.js";
import { writeAtomic } from "../write.js";
import { err, out, runToday, setupRun } from "./common.js";

export interface ReportArgs {
  readonly plan: string;
  readonly output?: string;
  readonly locale?: Locale;
  readonly today?: string;
  readonly config?: string;
  readonly rule?: readonly string[];
  readonly maxFileSize?: string;
  /** `--voortgang`: the progress files; without it, those beside the plan. */
  readonly voortgang?: readonly string[];
}

/** plan.veiligheidsplan → plan.html, in the plan's folder. */
export function defaultReportPath(planPath: string): string {
  return planPath.replace(/\.veiligheidsplan$/i, "") + ".html";
}

export function runReport(args: ReportArgs): number {
  const { cwd, t, configs, locale } = setupRun(args);
  const today = runToday(args.today, t);
  const absolute = resolve(cwd, args.plan);
  const display = displayPath(cwd, absolute);
  const source = readSource(display, absolute, t);
  const loaded = loadPlan(source, configs, t);
  const progress = new ProgressReader(cwd, t).forPlan(absolute, args.voortgang?.map((f) => resolve(cwd, f)), new Set());
  const voortgang = progress.voortgang.length > 0 ? { voortgang: progress.voortgang } : {};
  for (const line of [...progress.notices, ...unmatchedRows(loaded.parsed, progress.voortgang, display, t)]) err(line);
  let html: string;
  try {
    const result = lint(source.text, { filePath: display, locale, today, config: loaded.config, parsed: loaded.parsed, resolvePlan: planResolver(cwd, [loaded], t), ...voortgang });
    html = renderReport(result, { locale, ...voortgang });
  } catch (e) {
    if (e instanceof RuleOptionsError) throw new CliError(t.ruleOptions(e.ruleId, e.detail), configs.sourceOf(absolute, e.ruleId) ?? display);
    throw e;
  }
  if (args.output === "-") {
    out(html);
    return EXIT.ok;
  }
  const target = args.output !== undefined ? resolve(cwd, args.output) : defaultReportPath(absolute);
  // Never write the report over the plan itself.
  if (target === absolute) throw new CliError(t.reportOverPlan, args.output ?? display);
  try {
    writeAtomic(target, html);
  } catch (e) {
    throw new CliError(writeErrorText(e, t), displayPath(cwd, target));
  }
  err(t.reported(displayPath(cwd, target)));
  return EXIT.ok;
}
