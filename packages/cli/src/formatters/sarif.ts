/**
 * SARIF 2.1.0, for code scanning (GitHub's upload-sarif and others). The run lists every rule with its
 * page as help (see helpOf); results point at 1-based regions in files named relative to %SRCROOT% (the
 * current folder); findings that an inline directive suppressed are results with a `suppressions`
 * entry of kind `inSource` and the directive's reason as justification. Levels: error → error,
 * warning → warning, info → note; hints are editor-only and not written.
 */
import { pathToFileURL } from "node:url";
import type { Diagnostic, Severity } from "@veiligheidsplan/core";
import type { FileReport, Formatter } from "../report.js";
import { oneBased } from "../report.js";
import { allRuleMeta, helpPointer, helpUrl, shippedRuleDoc } from "../rule-meta.js";

const level = (s: Severity): "error" | "warning" | "note" | "none" => (s === "error" ? "error" : s === "warning" ? "warning" : s === "info" ? "note" : "none");

/**
 * A rule's help: its description and where to read more as text, and its whole page (shipped with the
 * CLI) as Markdown, which code scanning shows beside the alert; a `helpUri` only where the team hosts
 * the pages (`docsBaseUrl`), since the project has no public website.
 */
function helpOf(id: string, description: string, docsBaseUrl: string | undefined): { text: string; markdown?: string } {
  const page = shippedRuleDoc(id);
  return { text: `${description} ${helpPointer(id, docsBaseUrl)}`, ...(page !== undefined ? { markdown: page } : {}) };
}

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
function uriOf(r: FileReport): { uri: string; uriBaseId?: string } {
  if (r.display.startsWith("/") || /^[a-zA-Z]:\//.test(r.display)) return { uri: pathToFileURL(r.display).href };
  if (r.display.startsWith("../")) return { uri: pathToFileURL(r.absolute).href };
  return { uri: r.display.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

export const sarif: Formatter = (reports, ctx) => {
  const rules = allRuleMeta();
  const index = new Map(rules.map((m, i) => [m.id, i]));
  const artifacts = reports.map((r) => ({ location: uriOf(r) }));
  const region = (d: Pick<Diagnostic, "range">) => {
    const p = oneBased(d as Diagnostic);
    return { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn };
  };
  const results = reports.flatMap((r, artifactIndex) => {
    const location = { ...uriOf(r), index: artifactIndex };
    const one = (d: Diagnostic, suppressed: boolean) => ({
      ruleId: d.ruleId,
      ...(index.has(d.ruleId) ? { ruleIndex: index.get(d.ruleId)! } : {}),
      level: level(d.severity),
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: location, region: region(d) } }],
      ...(d.related.length > 0
        ? { relatedLocations: d.related.map((x, i) => ({ id: i + 1, message: { text: x.message }, physicalLocation: { artifactLocation: location, region: region(x) } })) }
        : {}),
      // An empty list says "not suppressed" (absent would mean "unknown").
      suppressions: suppressed ? [{ kind: "inSource", ...(d.suppressed?.justification ? { justification: d.suppressed.justification } : {}) }] : [],
    });
    return [...r.diagnostics.filter((d) => d.severity !== "hint").map((d) => one(d, false)), ...r.suppressed.filter((d) => d.severity !== "hint").map((d) => one(d, true))];
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "veiligheidsplan",
            version: ctx.version,
            semanticVersion: ctx.version,
            rules: rules.map((m) => ({
              id: m.id,
              name: m.name[ctx.locale],
              shortDescription: { text: m.name[ctx.locale] },
              fullDescription: { text: m.description[ctx.locale] },
              ...(helpUrl(m.id, ctx.docsBaseUrl) ? { helpUri: helpUrl(m.id, ctx.docsBaseUrl) } : {}),
              help: helpOf(m.id, m.description[ctx.locale], ctx.docsBaseUrl),
              defaultConfiguration: { level: level(m.defaultSeverity) },
              properties: { category: m.category, tags: [m.category], fixable: m.fixable, ...(m.law ? { law: m.law } : {}) },
            })),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: `${pathToFileURL(ctx.cwd).href.replace(/\/?$/, "/")}` } },
        artifacts,
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
