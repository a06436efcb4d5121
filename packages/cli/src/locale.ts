/**
 * Which language the CLI speaks: core's `resolveLocale` with `--locale`, the configuration found from
 * the current folder, and the environment (LC_ALL, LC_MESSAGES, LANG: `en…` means English).
 */
import { localeOfTag, resolveLocale, type Locale } from "@veiligheidsplan/core";

export function localeFromEnv(env: NodeJS.ProcessEnv = process.env): Locale | undefined {
  // POSIX order: the first variable that is set and not empty decides.
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const v = env[name];
    if (v) return localeOfTag(v);
  }
  return undefined;
}

/** Reads `--locale x` / `--locale=x` before yargs runs, so that `--help` is already in the right language. */
export function localeFromArgv(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    const v = a.startsWith("--locale=") ? a.slice(9) : a === "--locale" ? argv[i + 1] : undefined;
    if (v === "nl" || v === "en") return v;
  }
  return undefined;
}

/** The locale for help texts, before any configuration is read. */
export function initialLocale(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Locale {
  return resolveLocale({ explicit: localeFromArgv(argv), environment: localeFromEnv(env) });
}
