/**
 * JUnit XML, for CI systems that show test reports (GitLab's `artifacts:reports:junit`, Jenkins,
 * Azure Pipelines): one test suite per plan, one failed test case per error or warning (as ESLint's
 * junit formatter does), and one passing test case for a plan without problems so that it is listed.
 * Info findings do not fail anything and are not written.
 */
import type { Format } from "../report.js";
import { countOf, oneBased } from "../report.js";
import { helpUrl } from "../rule-meta.js";

/** XML text: escapes markup and drops characters XML 1.0 cannot hold. */
export function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Keeps between files: the two totals that the first lines state (so the output spools the suites meanwhile). */
export const junit: Format = (ctx) => {
  let tests = 0;
  let failures = 0;
  return {
    head: () => `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="veiligheidsplan" tests="${tests}" failures="${failures}" errors="0" time="0">\n`,
    start: () => "",
    file(r) {
      const shown = r.diagnostics.filter((d) => d.severity === "error" || d.severity === "warning");
      const cases: string[] = [];
      for (const d of shown) {
        const p = oneBased(d);
        const sev = ctx.t.severity[d.severity] ?? d.severity;
        const body = `${r.display}:${p.line}:${p.column} ${sev}: ${d.message} (${d.ruleId})\n${helpUrl(d.ruleId)}`;
        cases.push(
          `    <testcase classname="${xml(r.display)}" name="${xml(`${p.line}:${p.column} ${d.ruleId}`)}" time="0">\n` +
            `      <failure type="${d.severity}" message="${xml(d.message)}">${xml(body)}</failure>\n` +
            `    </testcase>`,
        );
      }
      if (shown.length === 0) cases.push(`    <testcase classname="${xml(r.display)}" name="veiligheidsplan" time="0" />`);
      const c = countOf(shown);
      tests += cases.length;
      failures += c.errors + c.warnings;
      return `  <testsuite name="${xml(r.display)}" tests="${cases.length}" failures="${c.errors + c.warnings}" errors="0" skipped="0" time="0">\n${cases.join("\n")}\n  </testsuite>\n`;
    },
    end: () => "</testsuites>\n",
  };
};
