/**
 * Which language the CLI speaks. Precedence: `--locale`, then the `locale` of the configuration found
 * from the current folder (a team's deliberate choice), then the environment (LC_ALL, LC_MESSAGES,
 * LANG: `en…` means English), else Dutch.
 */
import type { Locale } from "@veiligheidsplan/core";

export function localeFromEnv(env: NodeJS.ProcessEnv = process.env): Locale | undefined {
  // POSIX order: the first variable that is set and not empty decides.
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const v = env[name];
    if (v) return /^en(?:[_.@-]|$)/i.test(v) ? "en" : /^nl(?:[_.@-]|$)/i.test(v) ? "nl" : undefined;
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
  return localeFromArgv(argv) ?? localeFromEnv(env) ?? "nl";
}
