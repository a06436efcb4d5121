/** `veiligheidsplan rules`: every rule with its category, default severity, whether it fixes, and what it checks. */
import type { Locale } from "@veiligheidsplan/core";
import { EXIT } from "../errors.js";
import { allRuleMeta, helpUrl } from "../rule-meta.js";
import { configuredDocsBase, out, runLocale, textsFor } from "./common.js";

export interface RulesArgs {
  readonly format: "table" | "json";
  readonly locale?: Locale;
}

export function runRules(args: RulesArgs): number {
  const locale = runLocale(args.locale, undefined, process.cwd());
  const t = textsFor(locale);
  const rules = allRuleMeta();
  if (args.format === "json") {
    const base = configuredDocsBase(process.cwd(), t);
    out(`${JSON.stringify(rules.map((m) => ({ ...m, ...(base ? { docsUrl: helpUrl(m.id, base) } : {}) })), null, 2)}\n`);
    return EXIT.ok;
  }
  const h = t.rulesHeader;
  const rows = [[h.id, h.category, h.severity, h.fixable, h.description], ...rules.map((m) => [m.id, m.category, t.severity[m.defaultSeverity] ?? m.defaultSeverity, m.fixable ? "✓" : "", m.description[locale]])];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  const line = (r: string[]) => r.map((c, i) => (i < 4 ? c + " ".repeat(widths[i]! - [...c].length) : c)).join("  ").trimEnd();
  out(`${rows.map(line).join("\n")}\n`);
  return EXIT.ok;
}
