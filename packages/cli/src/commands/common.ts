/** What every command shares: the language of the run, today, and where output goes. */
import { isIsoDate, resolveLocale, resolveToday, type Locale } from "@veiligheidsplan/core";
import { ConfigResolver, readRuleFlags } from "../config.js";
import { CliError } from "../errors.js";
import { fsErrorText } from "../files.js";
import { localeFromEnv } from "../locale.js";
import { readStdinBounded, setMaxFileBytes } from "../read-bounded.js";
import { TEXTS, type Texts } from "../texts.js";

export interface CommonArgs {
  readonly locale?: Locale;
  readonly today?: string;
  readonly config?: string;
  readonly rule?: readonly string[];
  readonly debug?: boolean;
  /** `--max-file-size` in megabytes, as given. */
  readonly maxFileSize?: string;
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

/** Standard input, bounded like a plan file; too much is a one-line error, not a full memory. */
export function readStdin(t: Texts): Buffer {
  try {
    return readStdinBounded();
  } catch (e) {
    throw new CliError(fsErrorText(e, t), "<stdin>");
  }
}

/** `docsBaseUrl` from the configuration found from the current folder (where the team hosts the rule pages). */
export function configuredDocsBase(cwd: string, t: Texts): string | undefined {
  try {
    return new ConfigResolver(cwd, t, undefined, {}).forDir(cwd).config.docsBaseUrl;
  } catch {
    return undefined; // A broken configuration is not this command's business.
  }
}

/** `--max-file-size` in megabytes; sets the limit for every plan this run reads. */
export function applyMaxFileSize(flag: string | undefined, t: Texts): number | undefined {
  if (flag === undefined) return undefined;
  const mb = Number(flag);
  if (!Number.isFinite(mb) || mb <= 0) throw new CliError(t.badMaxFileSize(flag));
  const bytes = Math.floor(mb * 1024 * 1024);
  setMaxFileBytes(bytes);
  return bytes;
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
export function setupRun(args: { readonly locale?: Locale; readonly config?: string; readonly rule?: readonly string[]; readonly maxFileSize?: string }): { cwd: string; t: Texts; configs: ConfigResolver; locale: Locale } {
  const cwd = process.cwd();
  let t = textsFor(args.locale ?? "nl");
  applyMaxFileSize(args.maxFileSize, t);
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
  readonly maxFileSize?: string;
}
