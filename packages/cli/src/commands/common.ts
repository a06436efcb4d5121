/** What every command shares: the language of the run, today, and where output goes. */
import { readFileSync } from "node:fs";
import { isIsoDate, resolveLocale, resolveToday, type Locale } from "@veiligheidsplan/core";
import { ConfigResolver, readRuleFlags } from "../config.js";
import { CliError } from "../errors.js";
import { localeFromEnv } from "../locale.js";
import { TEXTS, type Texts } from "../texts.js";

export interface CommonArgs {
  readonly locale?: Locale;
  readonly today?: string;
  readonly config?: string;
  readonly rule?: readonly string[];
  readonly debug?: boolean;
}

/**
 * The run's one language: `--locale`, else the configuration found from the current folder (or
 * `--config`), else the environment, else Dutch. A broken configuration is reported where it is used,
 * not here.
 */
export function runLocale(flag: Locale | undefined, configs: ConfigResolver | undefined, cwd: string): Locale {
  let config: Locale | undefined;
  if (!flag && configs) {
    try {
      config = configs.forDir(cwd).config.locale;
    } catch {
      // Reported later, for the plans it applies to.
    }
  }
  return resolveLocale({ explicit: flag, config, environment: flag || config ? undefined : localeFromEnv() });
}

/** `--today` if given (and a real date, else a clear error), otherwise the user's calendar day. */
export function runToday(flag: string | undefined, t: Texts): string {
  if (flag !== undefined && !isIsoDate(flag)) throw new CliError(t.badToday(flag));
  return resolveToday({ explicit: flag, now: Date.now });
}

export function textsFor(locale: Locale): Texts {
  return TEXTS[locale];
}

export function readStdin(): Buffer {
  return readFileSync(0);
}

export const out = (s: string): void => {
  if (s) process.stdout.write(s);
};
export const err = (s: string): void => {
  process.stderr.write(s.endsWith("\n") ? s : `${s}\n`);
};

/**
 * What every plan-reading command sets up first: the texts in the run's language and the config
 * resolver (with `--config` and `--rule`). The language may come from a config file, so the texts
 * are chosen twice: first for errors in the flags, then for the run.
 */
export function setupRun(args: { readonly locale?: Locale; readonly config?: string; readonly rule?: readonly string[] }): { cwd: string; t: Texts; configs: ConfigResolver; locale: Locale } {
  const cwd = process.cwd();
  let t = textsFor(args.locale ?? "nl");
  const configs = new ConfigResolver(cwd, t, args.config, readRuleFlags(args.rule ?? [], t));
  const locale = runLocale(args.locale, configs, cwd);
  t = textsFor(locale);
  configs.t = t;
  return { cwd, t, configs, locale };
}

/** The flags every command that reads plans from files or standard input shares. */
export interface PlanInputArgs {
  readonly stdin?: boolean;
  readonly stdinFilename?: string;
  readonly ignore?: boolean;
  readonly locale?: Locale;
  readonly today?: string;
  readonly config?: string;
  readonly rule?: readonly string[];
  readonly debug?: boolean;
}
