/**
 * Whether a parsed text is a plan at all: it has front matter (even broken or unclosed: then the
 * findings say what is wrong with it) or the plan's structure (a themes chapter or Financiën). A
 * README, an empty file or /etc/passwd is not; the CLI refuses such a file, and a predecessor named
 * by `vorig-plan: bestand:` that is not a plan gets a finding instead of being compared.
 */
import type { ParsedPlan } from "./parse.js";

export function hasPlanShape(parsed: ParsedPlan): boolean {
  if (parsed.metadata.frontMatter !== undefined || parsed.findings.some((f) => f.messageId === "syntax.frontMatterUnclosed")) return true;
  return parsed.themeContainers.length > 0 || parsed.budget !== undefined;
}
