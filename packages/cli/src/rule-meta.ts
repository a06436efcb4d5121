/**
 * Every rule id a user can meet: core's rules plus the two the engine reports itself (what the parser
 * could not read, and directives that suppress nothing). Used by `rules`, `explain` and SARIF.
 */
import { readFileSync } from "node:fs";
import { ALL_RULES, docsUrl, ENGINE_RULE_IDS, type RuleMeta } from "@veiligheidsplan/core";

const ENGINE_RULES: readonly RuleMeta[] = [
  {
    id: ENGINE_RULE_IDS.syntax,
    name: { nl: "Leesbaar plan", en: "Readable plan" },
    description: {
      nl: "Meldt wat niet als plan te lezen is: gegevens bovenaan die niet worden afgesloten, geen geldige YAML zijn of te groot of te diep genest zijn, opmerkingen of codeblokken zonder einde, en onzichtbare of gelijkende tekens in koppen en tabellen.",
      en: "Reports what cannot be read as a plan: front matter that is not closed, is not valid YAML or is too large or too deeply nested, comments or code blocks without an end, and invisible or look-alike characters in headings and tables.",
    },
    category: "syntax",
    defaultSeverity: "error",
    fixable: false,
    hasSuggestions: false,
    messages: [],
  },
  {
    id: ENGINE_RULE_IDS.unusedDirective,
    name: { nl: "Overbodige uitzondering", en: "Unused exception" },
    description: {
      nl: "Meldt uitzonderingen (<!-- veiligheidsplan-disable … -->) die niets uitschakelen of een regel noemen die niet bestaat, zodat ze later geen echte fout verbergen.",
      en: "Reports exceptions (<!-- veiligheidsplan-disable … -->) that suppress nothing or name a rule that does not exist, so that they do not hide a real problem later.",
    },
    category: "syntax",
    defaultSeverity: "warning",
    fixable: true,
    hasSuggestions: false,
    messages: [],
  },
];

export function allRuleMeta(): readonly RuleMeta[] {
  const own = ALL_RULES.map((r) => r.meta);
  const ids = new Set(own.map((m) => m.id));
  return [...own, ...ENGINE_RULES.filter((m) => !ids.has(m.id))];
}

/**
 * The rule's page where the team hosts docs/rules/ (the config's `docsBaseUrl`); undefined without
 * one: the project has no public website to link to, and the pages ship with the CLI instead.
 */
export function helpUrl(id: string, base: string | undefined): string | undefined {
  return docsUrl(id, base);
}

/** Where to read about a rule in any case: the hosted page, or `veiligheidsplan explain <id>` (the shipped page). */
export function helpPointer(id: string, base: string | undefined): string {
  return helpUrl(id, base) ?? `veiligheidsplan explain ${id}`;
}

/** The rule's page as shipped with this CLI (dist/docs/rules/), or the repository's when run from a checkout without a build. */
export function shippedRuleDoc(id: string): string | undefined {
  for (const base of ["./docs/rules/", "../../../docs/rules/"]) {
    try {
      return readFileSync(new URL(`${base}${id}.md`, import.meta.url), "utf8");
    } catch {
      // Try the next place.
    }
  }
  return undefined;
}
