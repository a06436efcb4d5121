/**
 * SARIF 2.1.0, for code scanning (GitHub's upload-sarif and others). The run lists every rule with a
 * `helpUri` to its page; results point at 1-based regions in files named relative to %SRCROOT% (the
 * current folder); findings that an inline directive suppressed are results with a `suppressions`
 * entry of kind `inSource` and the directive's reason as justification. Levels: error → error,
 * warning → warning, info → note; hints are editor-only and not written.
 */
import { pathToFileURL } from "node:url";
import type { Diagnostic, Severity } from "@veiligheidsplan/core";
import type { FileReport, Format } from "../report.js";
import { oneBased } from "../report.js";
import { allRuleMeta, helpUrl } from "../rule-meta.js";
import { JsonArrayWriter } from "./json-array.js";

const level = (s: Severity): "error" | "warning" | "note" | "none" => (s === "error" ? "error" : s === "warning" ? "warning" : s === "info" ? "note" : "none");

const INFORMATION_URI = "https://github.com/veiligheidsplan/veiligheidsplan";

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
function uriOf(r: FileReport): { uri: string; uriBaseId?: string } {
  if (r.display.startsWith("/") || /^[a-zA-Z]:\//.test(r.display)) return { uri: pathToFileURL(r.display).href };
  if (r.display.startsWith("../")) return { uri: pathToFileURL(r.absolute).href };
  return { uri: r.display.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

/** Where the streamed arrays go in the log's layout (a string that JSON.stringify writes as is). */
const RESULTS = "@@results@@";
const ARTIFACTS = "@@artifacts@@";
/** The indentation of the lines holding `"results"` and `"artifacts"` in the log below. */
const RUN_DEPTH = 6;

/**
 * Keeps between files: each file's location (`artifacts`, which the results point at by index), so
 * those are written after the results; the results themselves are written file by file.
 */
export const sarif: Format = (ctx) => {
  const rules = allRuleMeta();
  const index = new Map(rules.map((m, i) => [m.id, i]));
  const artifacts: { location: { uri: string; uriBaseId?: string } }[] = [];
  const results = new JsonArrayWriter(RUN_DEPTH);
  const region = (d: Pick<Diagnostic, "range">) => {
    const p = oneBased(d as Diagnostic);
    return { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn };
  };
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
            informationUri: INFORMATION_URI,
            rules: rules.map((m) => ({
              id: m.id,
              name: m.name[ctx.locale],
              shortDescription: { text: m.name[ctx.locale] },
              fullDescription: { text: m.description[ctx.locale] },
              helpUri: helpUrl(m.id),
              help: { text: `${m.description[ctx.locale]} ${helpUrl(m.id)}` },
              defaultConfiguration: { level: level(m.defaultSeverity) },
              properties: { category: m.category, tags: [m.category], fixable: m.fixable, ...(m.law ? { law: m.law } : {}) },
            })),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: `${pathToFileURL(ctx.cwd).href.replace(/\/?$/, "/")}` } },
        columnKind: "utf16CodeUnits",
        results: RESULTS,
        artifacts: ARTIFACTS,
      },
    ],
  };
  const layout = `${JSON.stringify(log, null, 2)}\n`;
  const [before, between, after] = layout.split(/"@@(?:results|artifacts)@@"/) as [string, string, string];
  return {
    start: () => before,
    file(r) {
      const artifactIndex = artifacts.length;
      artifacts.push({ location: uriOf(r) });
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
      let out = "";
      for (const d of r.diagnostics) if (d.severity !== "hint") out += results.item(one(d, false));
      for (const d of r.suppressed) if (d.severity !== "hint") out += results.item(one(d, true));
      return out;
    },
    end() {
      const list = new JsonArrayWriter(RUN_DEPTH);
      let tail = results.close() + between;
      for (const a of artifacts) tail += list.item(a);
      return tail + list.close() + after;
    },
  };
};
