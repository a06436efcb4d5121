/**
 * `veiligheidsplan explain <rule>`: the rule's facts and its documentation page (docs/rules/<id>.md,
 * copied into dist/ at build time, so it works offline and matches the installed version).
 */
import { readFileSync } from "node:fs";
import type { Locale } from "@veiligheidsplan/core";
import { CliError, EXIT } from "../errors.js";
import { allRuleMeta, helpUrl } from "../rule-meta.js";
import { out, runLocale, textsFor } from "./common.js";

export interface ExplainArgs {
  readonly rule: string;
  readonly locale?: Locale;
}

/** The bundled page, or the repository's docs when running from a checkout without a build. */
function readRuleDoc(id: string): string | undefined {
  for (const base of ["./docs/rules/", "../../../docs/rules/"]) {
    try {
      return readFileSync(new URL(`${base}${id}.md`, import.meta.url), "utf8");
    } catch {
      // Try the next place.
    }
  }
  return undefined;
}

export function runExplain(args: ExplainArgs): number {
  const locale = runLocale(args.locale, undefined, process.cwd());
  const t = textsFor(locale);
  const rules = allRuleMeta();
  const meta = rules.find((m) => m.id === args.rule);
  if (!meta) throw new CliError(t.unknownRule(args.rule, rules.map((m) => m.id).join(", ")));
  const l = t.explainLabels;
  const facts = [
    `${meta.id} — ${meta.name[locale]}`,
    "",
    meta.description[locale],
    "",
    `${l.category}: ${meta.category}`,
    `${l.severity}: ${t.severity[meta.defaultSeverity] ?? meta.defaultSeverity}`,
    `${l.fixable}: ${meta.fixable ? l.yes : l.no}`,
    `${l.suggestions}: ${meta.hasSuggestions ? l.yes : l.no}`,
    ...(meta.law ? [`${l.law}: ${meta.law}`] : []),
    `${l.docs}: ${helpUrl(meta.id)}`,
  ];
  const doc = readRuleDoc(meta.id);
  out(`${facts.join("\n")}\n\n${doc !== undefined ? doc.trimEnd() : t.noDocs}\n`);
  return EXIT.ok;
}
