/** Replaced at build time by tsup (the package version). */
declare const __CLI_VERSION__: string | undefined;
