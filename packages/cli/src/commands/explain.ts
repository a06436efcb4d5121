/**
 * `veiligheidsplan explain <rule>`: the rule's facts and its documentation page (docs/rules/<id>.md,
 * copied into dist/ at build time, so it works offline and matches the installed version).
 */
import type { Locale } from "@veiligheidsplan/core";
import { editDistance } from "@veiligheidsplan/core/internal";
import { CliError, EXIT } from "../errors.js";
import { allRuleMeta, helpUrl, shippedRuleDoc } from "../rule-meta.js";
import { configuredDocsBase, out, runLocale, textsFor } from "./common.js";

export interface ExplainArgs {
  readonly rule: string;
  readonly locale?: Locale;
}

/** The known id nearest to a mistyped one ("begroting-totaal" → "begroting-totalen"), if one is near. */
export function nearestId(asked: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const id of known) {
    const d = editDistance(asked.toLowerCase(), id, 3);
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  if (best) return best;
  const starting = known.filter((id) => asked.length >= 4 && id.startsWith(asked.toLowerCase()));
  return starting.length === 1 ? starting[0] : undefined;
}

export function runExplain(args: ExplainArgs): number {
  const locale = runLocale(args.locale, undefined, process.cwd());
  const t = textsFor(locale);
  const rules = allRuleMeta();
  const meta = rules.find((m) => m.id === args.rule);
  if (!meta) {
    const near = nearestId(args.rule, rules.map((m) => m.id));
    throw new CliError(near ? t.unknownRuleNear(args.rule, near) : t.unknownRule(args.rule, rules.map((m) => m.id).join(", ")));
  }
  const l = t.explainLabels;
  const url = helpUrl(meta.id, configuredDocsBase(process.cwd(), t));
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
    // The page itself follows below; a link only where the team hosts the pages (config docsBaseUrl).
    ...(url ? [`${l.docs}: ${url}`] : []),
  ];
  const doc = shippedRuleDoc(meta.id);
  out(`${facts.join("\n")}\n\n${doc !== undefined ? doc.trimEnd() : t.noDocs}\n`);
  return EXIT.ok;
}
