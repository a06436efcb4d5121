/**
 * The API edge: `lint`'s options are decoded with Schema before anything runs, so that a bad option is
 * a clear error instead of a wrong message ("vandaag is het undefined undefined NaN", a plan marked
 * expired by a 13th month). Options are the caller's code, not the plan's text: a bad option throws
 * (`lint`) or fails (`lintEffect`) with a {@link LintOptionsError}; no text ever does.
 */
import * as Cause from "effect/Cause";
import * as Exit from "effect/Exit";
import * as Schema from "effect/Schema";
import type { Locale } from "./diagnostic.js";
import { type Config, ConfigSchema } from "./config/config.js";
import type { ParsedPlan } from "./parse.js";
import type { PlanRefusal, Rule } from "./rules/types.js";
import { resolveLocale } from "./config/resolve.js";
import { isIsoDate } from "./text/dates.js";
import type { Voortgang } from "./voortgang/voortgang.js";

export interface LintOptions {
  /** The plan's path as the caller names it: in results, and the base for `vorig-plan: bestand:`. */
  readonly filePath?: string;
  /** Message language: `"nl"` (the default) or `"en"`. */
  readonly locale?: Locale;
  /** Today as `JJJJ-MM-DD`, overriding the clock (the CLI's `--today`). Must be a real calendar date. */
  readonly today?: string;
  /** Rule severities and options, as in a `.veiligheidsplanrc.json` (see {@link parseConfig}). */
  readonly config?: Config;
  /** Other plans by absolute or relative path, for cross-plan rules (a predecessor's file). */
  readonly resolvePlan?: (path: string) => ParsedPlan | string | PlanRefusal | undefined;
  /** Rules to run instead of the built-in set (for custom rule sets and tests). */
  readonly rules?: readonly Rule<any>[];
  /** Where the rule pages (docs/rules/) are hosted, for `Diagnostic.docsUrl`; else the config's `docsBaseUrl`; else no link. */
  readonly docsBaseUrl?: string;
  /** A plan already parsed from the same text (the language server keeps one per version). */
  readonly parsed?: ParsedPlan;
  /** The plan's yearly progress files, read with `readVoortgang` (for kwaliteit-voortgang and the report). */
  readonly voortgang?: readonly Voortgang[];
  /**
   * Try every suggestion before offering it (verify.ts); on by default. Off only for the
   * re-lint inside that check, and for callers that drop offers anyway.
   */
  readonly verifyOffers?: boolean;
}

/**
 * An option `lint` cannot use: `option` names it as a path (`today`, `locale`, `config.rules.periode`),
 * `detail` says what is wrong, in English, for the developer who passed it.
 */
export class LintOptionsError extends Error {
  readonly _tag: "LintOptionsError" | "RuleOptionsError" = "LintOptionsError";
  constructor(
    readonly option: string,
    readonly detail: string,
  ) {
    super(`invalid lint option '${option}': ${detail}`);
    this.name = "LintOptionsError";
  }
}

/**
 * A rule's entry in `config.rules` that cannot be used: a rule that does not exist (`unknownRule`), or
 * options its Schema rejects. A subclass of {@link LintOptionsError}, so one `catch` handles both.
 */
export class RuleOptionsError extends LintOptionsError {
  override readonly _tag = "RuleOptionsError";
  constructor(
    readonly ruleId: string,
    detail: string,
    readonly unknownRule = false,
  ) {
    super(`config.rules.${ruleId}`, detail);
    this.name = "RuleOptionsError";
    this.message = unknownRule ? `unknown rule '${ruleId}' in config.rules: ${detail}` : `invalid options for rule '${ruleId}': ${detail}`;
  }
}

const Today = Schema.String.check(
  Schema.makeFilter((s: string) => isIsoDate(s) || `a date that exists, written YYYY-MM-DD (such as "2026-03-01"); got ${JSON.stringify(s)}`),
);

const ScalarOptions = Schema.Struct({
  filePath: Schema.optional(Schema.String),
  locale: Schema.optional(Schema.Literals(["nl", "en"])),
  today: Schema.optional(Today),
  docsBaseUrl: Schema.optional(Schema.String),
});

/** Configs already decoded: a run lints many plans with the same configuration object. */
const decodedConfigs = new WeakSet<object>();

/** Decodes the options or throws {@link LintOptionsError}; rule options are decoded per rule by the engine. */
export function decodeLintOptions(text: unknown, options: unknown): LintOptions {
  if (typeof text !== "string") throw new LintOptionsError("text", `the plan's text must be a string; got ${describe(text)}`);
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null) throw new LintOptionsError("options", `must be an object; got ${describe(options)}`);
  const o = options as Record<string, unknown>;
  // The common case is checked by hand: decoding with Schema on every lint call cost about as much as
  // a small rule. Anything else goes through the Schema, which names what is wrong.
  const stringOrNothing = (v: unknown) => v === undefined || typeof v === "string";
  const plainScalars =
    stringOrNothing(o.filePath) && stringOrNothing(o.docsBaseUrl) && (o.locale === undefined || o.locale === "nl" || o.locale === "en") && (o.today === undefined || (typeof o.today === "string" && isIsoDate(o.today)));
  if (!plainScalars) {
    const scalars = { filePath: o.filePath, locale: o.locale, today: o.today, docsBaseUrl: o.docsBaseUrl };
    failOn(Schema.decodeUnknownExit(ScalarOptions)(scalars), "", scalars);
  }
  if (o.config !== undefined && !(typeof o.config === "object" && o.config !== null && decodedConfigs.has(o.config))) {
    failOn(Schema.decodeUnknownExit(ConfigSchema)(o.config, { onExcessProperty: "error" }), "config.", o.config);
    decodedConfigs.add(o.config as object);
  }
  if (o.resolvePlan !== undefined && typeof o.resolvePlan !== "function") throw new LintOptionsError("resolvePlan", `must be a function; got ${describe(o.resolvePlan)}`);
  if (o.rules !== undefined && !(Array.isArray(o.rules) && o.rules.every((r) => typeof r?.check === "function" && typeof r?.meta?.id === "string"))) {
    throw new LintOptionsError("rules", "must be an array of rules (objects with meta.id and check)");
  }
  if (o.voortgang !== undefined && !Array.isArray(o.voortgang)) throw new LintOptionsError("voortgang", `must be an array of progress files read with readVoortgang; got ${describe(o.voortgang)}`);
  if (o.verifyOffers !== undefined && typeof o.verifyOffers !== "boolean") throw new LintOptionsError("verifyOffers", `must be true or false; got ${describe(o.verifyOffers)}`);
  if (o.parsed !== undefined && (o.parsed as ParsedPlan | null)?.text !== text) {
    throw new LintOptionsError("parsed", "must be the result of parse() on the same text that is linted");
  }
  return options as LintOptions;
}

function failOn(exit: Exit.Exit<unknown, Schema.SchemaError>, prefix: string, input: unknown): void {
  if (Exit.isSuccess(exit)) return;
  const text = (Cause.squash(exit.cause) as Error).message.replace(/\s+/g, " ").trim();
  // Schema's issue names the path as `at ["locale"]` or `at ["rules"]["x"]`; the error names it as an option path.
  const keys = /at \[([^\]]+(?:\]\[[^\]]+)*)\]/.exec(text)?.[1]?.split("][").map((k) => k.replace(/^"|"$/g, "")) ?? [];
  const option = `${prefix}${keys.join(".")}`.replace(/\.$/, "") || "options";
  const detail = text.replace(/\s*at \[.*$/, "").slice(0, 300);
  let value: unknown = input;
  for (const k of keys) value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[k] : undefined;
  throw new LintOptionsError(option, /\bgot\b|excess/.test(detail) ? detail : `${detail}; got ${describe(value)}`);
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return Array.isArray(v) ? "an array" : typeof v === "object" ? "an object" : typeof v;
}

/** The locale for messages: the option, else the config's, else Dutch. */
export function localeOf(options: LintOptions): Locale {
  return resolveLocale({ explicit: options.locale, config: options.config?.locale });
}
