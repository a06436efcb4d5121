/**
 * The `veiligheidsplan` command line (yargs). The commands themselves, and with them core's rule
 * engine, live in the engine bundle, loaded only when a command runs (see launcher.ts), so `--help`
 * and usage errors never load the engine.
 */
import yargs, { type Argv } from "yargs";
import type { Locale } from "@veiligheidsplan/core";
import { list, reportPlan, splitProgress, str, type Args } from "./arguments.js";
import { CliError, EXIT, isCliError } from "./errors.js";
import type { PlanInputArgs } from "./commands/common.js";
import type * as Convert from "./convert.js";
import type * as Engine from "./engine.js";
import { FORMAT_NAMES } from "./formatters/names.js";
import { HELP, type HelpTexts, YARGS_NL } from "./help.js";
import { initialLocale } from "./locale.js";
import { nearest, unknownLongOptions } from "./suggest.js";
import { TEXTS } from "./texts.js";

/** The long options yargs knows in the current command (kebab-case, as typed). */
function knownOptions(current: Argv): Set<string> {
  const keys = (current as unknown as { getOptions?: () => { key?: Record<string, unknown>; alias?: Record<string, string[]> } } | undefined)?.getOptions?.();
  const names = new Set<string>();
  for (const k of [...Object.keys(keys?.key ?? {}), ...Object.values(keys?.alias ?? {}).flat()]) {
    if (k.length > 1 && !/[A-Z]/.test(k) && k !== "$0") names.add(k);
  }
  return names;
}

const VERSION: string = typeof __CLI_VERSION__ === "string" ? __CLI_VERSION__ : "0.0.0";

const locale = (a: Args) => a.locale as Locale | undefined;

/** The flags that lint and format read plans with, as their commands take them. */
function planInput(a: Args): PlanInputArgs {
  return {
    stdin: a.stdin === true,
    stdinFilename: str(a.stdinFilename),
    ignore: a.ignore !== false,
    locale: locale(a),
    today: str(a.today),
    config: str(a.config),
    rule: list(a.rule),
    debug: a.debug === true,
    maxFileSize: str(a.maxFileSize),
  };
}

/** Options that lint and format share: configuration, rules, today. */
function ruleOptions(y: Argv, h: HelpTexts): Argv {
  return y
    .option("config", { alias: "c", type: "string", describe: h.common.config, group: h.groups.rules, requiresArg: true })
    .option("rule", { type: "string", describe: h.common.rule, group: h.groups.rules, requiresArg: true })
    .option("today", { type: "string", describe: h.common.today, group: h.groups.rules, requiresArg: true })
    .option("max-file-size", { type: "string", describe: h.common.maxFileSize, group: h.groups.input, requiresArg: true });
}

function examples(y: Argv, rows: readonly (readonly [string, string])[]): Argv {
  for (const [cmd, text] of rows) y.example(cmd, text);
  return y;
}

/** Loads a bundle next to this one (the launcher passes its code-cached loader). */
export type Load = (name: string) => unknown;

/** `entry`: the launcher file, where lint's worker threads start. */
export async function main(argv: readonly string[], load: Load, entry?: string): Promise<number> {
  const engine = () => load("engine.cjs") as typeof Engine;
  const convert = () => load("convert.cjs") as typeof Convert;
  const loc = initialLocale(argv);
  const h = HELP[loc];
  let exitCode: number = EXIT.ok;
  let usageError: string | undefined;
  // The command named on the line, for "see 'veiligheidsplan lint --help'".
  const named = argv.find((a) => !a.startsWith("-"));
  const command = named && ["lint", "format", "import", "export", "report", "init", "rules", "explain"].includes(named) ? `${named} ` : "";
  const set = async (p: number | Promise<number>) => {
    exitCode = await p;
  };

  const y = yargs([...argv])
    .scriptName("veiligheidsplan")
    .locale(loc)
    // yargs accepts plural entries {one, other}; its type declarations only name strings.
    .updateLocale((loc === "nl" ? YARGS_NL : {}) as Record<string, string>)
    .usage(h.usage)
    .option("locale", { type: "string", choices: ["nl", "en"], describe: h.common.locale, global: true, requiresArg: true })
    .option("debug", { type: "boolean", describe: h.common.debug, global: true })
    .command(
      "lint [paths..]",
      h.lint.describe,
      (c) =>
        examples(
          ruleOptions(
            c
              .positional("paths", { type: "string", array: true, describe: h.lint.paths })
              .option("format", { alias: "f", type: "string", choices: FORMAT_NAMES as unknown as string[], default: "stylish", describe: h.lint.format, group: h.groups.output, requiresArg: true })
              .option("output-file", { alias: "o", type: "string", describe: h.lint.outputFile, group: h.groups.output, requiresArg: true })
              .option("color", { type: "boolean", describe: h.lint.color, group: h.groups.output })
              .option("quiet", { type: "boolean", describe: h.lint.quiet, group: h.groups.output })
              .option("max-warnings", { type: "number", describe: h.lint.maxWarnings, group: h.groups.output, requiresArg: true })
              .option("fix", { type: "boolean", describe: h.lint.fix, group: h.groups.fix })
              .option("fix-dry-run", { type: "boolean", describe: h.lint.fixDryRun, group: h.groups.fix })
              .option("stdin", { type: "boolean", describe: h.lint.stdin, group: h.groups.input })
              .option("stdin-filename", { type: "string", describe: h.lint.stdinFilename, group: h.groups.input, requiresArg: true })
              .option("ignore", { type: "boolean", default: true, describe: h.lint.ignore, group: h.groups.input })
              .option("concurrency", { type: "string", describe: h.lint.concurrency, group: h.groups.speed, requiresArg: true })
              .option("voortgang", { type: "string", array: true, describe: h.lint.voortgang, group: h.groups.input, requiresArg: true }),
            h,
          ),
          h.lint.examples,
        ),
      async (a: Args) => {
        const { runLint } = engine();
        const progress = splitProgress(a.voortgang, list(a.paths));
        await set(
          runLint({
            paths: progress.paths,
            ...(progress.files ? { voortgang: progress.files } : {}),
            format: str(a.format) as (typeof FORMAT_NAMES)[number],
            outputFile: str(a.outputFile),
            color: a.color as boolean | undefined,
            maxWarnings: a.maxWarnings === undefined ? undefined : Number(str(a.maxWarnings)),
            quiet: a.quiet === true,
            fix: a.fix === true,
            fixDryRun: a.fixDryRun === true,
            ...planInput(a),
            concurrency: str(a.concurrency),
            workerEntry: entry,
          }),
        );
      },
    )
    .command(
      "format [paths..]",
      h.format.describe,
      (c) =>
        examples(
          ruleOptions(
            c
              .positional("paths", { type: "string", array: true, describe: h.format.paths })
              .option("check", { type: "boolean", describe: h.format.check })
              .option("write", { alias: "w", type: "boolean", describe: h.format.write })
              .option("stdin", { type: "boolean", describe: h.format.stdin, group: h.groups.input })
              .option("stdin-filename", { type: "string", describe: h.format.stdinFilename, group: h.groups.input, requiresArg: true })
              .option("ignore", { type: "boolean", default: true, describe: h.format.ignore, group: h.groups.input }),
            h,
          ),
          h.format.examples,
        ),
      async (a: Args) => {
        const { runFormat } = engine();
        await set(
          runFormat({
            paths: list(a.paths),
            check: a.check === true,
            write: a.write === true,
            ...planInput(a),
          }),
        );
      },
    )
    .command(
      "import <file>",
      h.import.describe,
      (c) =>
        examples(
          c
            .positional("file", { type: "string", describe: h.import.file })
            .option("output", { alias: "o", type: "string", describe: h.import.output, requiresArg: true })
            .option("report", { type: "string", describe: h.import.report, requiresArg: true })
            .option("force", { type: "boolean", describe: h.import.force }),
          h.import.examples,
        ),
      async (a: Args) => {
        const { runImport } = convert();
        await set(await runImport({ file: str(a.file)!, output: str(a.output), report: str(a.report), force: a.force === true, locale: locale(a) }));
      },
    )
    .command(
      "export <plan>",
      h.export.describe,
      (c) =>
        examples(
          c
            .positional("plan", { type: "string", describe: h.export.plan })
            .option("to", { type: "string", choices: ["json", "docx"], default: "json", describe: h.export.to, requiresArg: true })
            .option("output", { alias: "o", type: "string", describe: h.export.output, requiresArg: true }),
          h.export.examples,
        ),
      async (a: Args) => {
        if (str(a.to) === "docx") {
          const { runExportDocx } = convert();
          await set(await runExportDocx({ plan: str(a.plan)!, output: str(a.output), locale: locale(a) }));
          return;
        }
        const { runExport } = engine();
        await set(runExport({ plan: str(a.plan)!, to: "json", output: str(a.output), locale: locale(a) }));
      },
    )
    .command(
      // [plan], checked below: written after --voortgang, the plan is one of the flag's words.
      "report [plan]",
      h.report.describe,
      (c) =>
        examples(
          ruleOptions(
            c
              .positional("plan", { type: "string", describe: h.report.plan })
              .option("output", { alias: "o", type: "string", describe: h.report.output, requiresArg: true })
              .option("voortgang", { type: "string", array: true, describe: h.report.voortgang, requiresArg: true })
              .check((a) => {
                const { plan, voortgang } = reportPlan(a);
                return plan === undefined ? h.report.needPlan : voortgang?.length === 0 ? h.report.needProgressFile : true;
              }),
            h,
          ),
          h.report.examples,
        ),
      async (a: Args) => {
        const { runReport } = engine();
        const { plan, voortgang } = reportPlan(a);
        await set(runReport({ plan: plan!, ...(voortgang !== undefined ? { voortgang } : {}), output: str(a.output), locale: locale(a), today: str(a.today), config: str(a.config), rule: list(a.rule), maxFileSize: str(a.maxFileSize) }));
      },
    )
    .command(
      "init [file]",
      h.init.describe,
      (c) =>
        examples(
          c
            .positional("file", { type: "string", describe: h.init.file })
            .option("gemeente", { type: "string", describe: h.init.gemeente, requiresArg: true })
            .option("titel", { type: "string", describe: h.init.titel, requiresArg: true })
            .option("gemeenten", { type: "string", describe: h.init.gemeenten, requiresArg: true })
            .option("today", { type: "string", describe: h.common.today, requiresArg: true }),
          h.init.examples,
        ),
      async (a: Args) => {
        const { runInit } = engine();
        await set(runInit({ file: str(a.file), gemeente: str(a.gemeente), gemeenten: str(a.gemeenten), titel: str(a.titel), today: str(a.today), locale: locale(a) }));
      },
    )
    .command(
      "rules",
      h.rules.describe,
      (c) => examples(c.option("format", { alias: "f", type: "string", choices: ["table", "json"], default: "table", describe: h.rules.format, requiresArg: true }), h.rules.examples),
      async (a: Args) => {
        const { runRules } = engine();
        await set(runRules({ format: str(a.format) === "json" ? "json" : "table", locale: locale(a) }));
      },
    )
    .command(
      "explain <rule>",
      h.explain.describe,
      (c) => examples(c.positional("rule", { type: "string", describe: h.explain.rule }), h.explain.examples),
      async (a: Args) => {
        const { runExplain } = engine();
        await set(runExplain({ rule: str(a.rule)!, locale: locale(a) }));
      },
    )
    .demandCommand(1, h.needCommand)
    .recommendCommands()
    .strict()
    .help()
    .alias("help", "h")
    .version(VERSION)
    .epilogue(h.epilogue)
    .exitProcess(false)
    .fail((msg: string | null, e: Error | undefined) => {
      if (e) throw e;
      // Throwing stops yargs here (with exitProcess(false) it would otherwise run the command anyway).
      usageError = msg ?? h.needCommand;
      // Unknown options, named once each (yargs names both --max-warning and maxWarning), with the
      // nearest known option: "--fromat" → "--format".
      // yargs has the failing command's options in place while it reports the failure.
      const known = knownOptions(y);
      const unknown = known.size > 0 ? unknownLongOptions(argv, known) : [];
      if (unknown.length > 0) {
        usageError = unknown
          .map((name) => {
            const negated = name.startsWith("no-");
            const near = nearest(negated ? name.slice(3) : name, [...known]);
            return `${h.unknownOption(name)}${near ? ` ${h.didYouMean(`--${negated ? "no-" : ""}${near}`)}` : ""}`;
          })
          .join(" ");
      }
      if (named && !command) usageError = `${h.unknownCommand(named)} ${usageError}`;
      throw new CliError(usageError);
    });
  y.wrap(Math.min(110, y.terminalWidth()));
  // yargs renders the command's whole help text after every run, in case the handler asks for it; ours
  // never do, and that rendering (string widths of every cell) cost about a fifth of a lint run's time.
  // `--help` itself still renders it when asked.
  (y as unknown as { getInternalMethods(): { getUsageInstance(): { cacheHelpMessage(): void } } }).getInternalMethods().getUsageInstance().cacheHelpMessage = () => {};

  try {
    await y.parseAsync();
  } catch (e) {
    if (usageError !== undefined) {
      // A usage error yargs caught, rethrown by parseAsync.
    } else if (isCliError(e)) {
      process.stderr.write(`${e.line}\n`);
      return EXIT.failure;
    } else {
      const debug = argv.includes("--debug");
      if (debug && e instanceof Error) process.stderr.write(`${e.stack ?? e.message}\n`);
      process.stderr.write(`${TEXTS[loc].internal(e instanceof Error ? e.message : String(e))}\n`);
      return EXIT.failure;
    }
  }
  if (usageError !== undefined) {
    const line = usageError.replace(/\s*\n\s*/g, " ").trim();
    const sentence = /[.?!]$/.test(line) ? line : `${line}.`;
    process.stderr.write(`${sentence}${usageError === h.needCommand ? "" : ` ${h.seeHelp(command)}`}\n`);
    return EXIT.failure;
  }
  return exitCode;
}
