/**
 * What a rule is: metadata (ESLint-style `meta`), message ids whose texts live in the catalogs
 * (messages/catalog.ts), an options Schema, and a pure function over the parsed plan that reports
 * findings. Rules never read the clock or the file system themselves: "today" and other plans come in
 * through the context.
 */
import type * as Schema from "effect/Schema";
import type { Finding, Severity } from "../diagnostic.js";
import type { ParsedPlan } from "../structure/types.js";
import type { Voortgang } from "../voortgang/voortgang.js";

export type RuleCategory = "cyclus" | "grondslag" | "begroting" | "structuur" | "verwijzingen" | "kwaliteit" | "syntax";


/**
 * Why the caller did not read another plan's file (the CLI and the language server read files with
 * bounds): not a regular file (a device, a pipe, a folder), larger than the caller's limit, or not text.
 */
export interface PlanRefusal {
  readonly refused: "notRegular" | "tooLarge" | "notText";
  /** The size limit in bytes, for "tooLarge". */
  readonly limitBytes?: number;
}

export interface RuleMeta {
  /** Stable id, kebab-case, used in config, directives and output. */
  readonly id: string;
  /** A short name for lists, in Dutch and English. */
  readonly name: { readonly nl: string; readonly en: string };
  /** One sentence: what the rule checks. */
  readonly description: { readonly nl: string; readonly en: string };
  readonly category: RuleCategory;
  readonly defaultSeverity: Severity;
  /** Whether the rule offers safe fixes (applied by --fix and the formatter). */
  readonly fixable: boolean;
  /** Whether it offers suggestions (never applied on their own). */
  readonly hasSuggestions: boolean;
  /** The message ids it reports (texts in messages/catalog.ts under `<rule-id>.<message-id>`). */
  readonly messages: readonly string[];
  /** When the rule comes from law: the citation (for docs and SARIF). */
  readonly law?: string;
}

export interface RuleContext<Options = unknown> {
  readonly plan: ParsedPlan;
  readonly options: Options;
  /** Today, as an ISO date (from the injected clock or `--today`). */
  readonly today: string;
  /** The file's path as the caller named it (for messages); may be undefined for text from an editor buffer. */
  readonly filePath?: string;
  /**
   * Another plan linted together with this one, by a path relative to this plan's file (the
   * `vorig-plan: bestand:` field). Undefined when it is not available.
   */
  readonly resolvePlan: (relativePath: string) => ParsedPlan | undefined;
  /** Why {@link resolvePlan} gave nothing for that path, when the caller refused to read the file. */
  readonly planRefusal?: (relativePath: string) => PlanRefusal | undefined;
  /** Realised values per indicator from the plan's yearly progress files, when the caller gave them. */
  readonly voortgang?: readonly Voortgang[];
  readonly report: (finding: Finding) => void;
}

export interface Rule<Options = unknown> {
  readonly meta: RuleMeta;
  /** Describes the rule's options; decoded from config before `check` runs. */
  readonly options?: Schema.Codec<Options, unknown>;
  readonly defaultOptions?: Options;
  readonly check: (context: RuleContext<Options>) => void;
}

/** Helps TypeScript infer a rule's option type. */
export function defineRule<Options = unknown>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/**
 * A rule's page under `base` (the config's `docsBaseUrl`: where a team hosts docs/rules/, e.g. its own
 * copy of the repository). There is no default: the project has no public website, and a link to a
 * page that does not exist is worse than none. The pages also ship with the CLI (`veiligheidsplan explain`).
 */
export const docsUrl = (id: string, base: string | undefined): string | undefined => (base ? `${base.endsWith("/") ? base : `${base}/`}${id}.md` : undefined);
