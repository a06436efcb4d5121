/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff.
 *   ::error file=plan.veiligheidsplan,line=3,col=1,endLine=3,endColumn=9,title=begroting-totalen::message
 * Escaping follows the runner's rules: in the message `%`, CR and LF are percent-encoded; in property
 * values also `:` and `,`. error → error, warning → warning, info → notice.
 */
import type { Format } from "../report.js";
import { oneBased } from "../report.js";

export const escapeData = (s: string): string => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** Keeps nothing between files. */
export const github: Format = () => ({
  start: () => "",
  file(r) {
    let out = "";
    for (const d of r.diagnostics) {
      const command = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : d.severity === "info" ? "notice" : undefined;
      if (!command) continue;
      const p = oneBased(d);
      const props = [
        `file=${escapeProperty(r.display)}`,
        `line=${p.line}`,
        `endLine=${p.endLine}`,
        // GitHub reads col/endColumn only for an annotation on a single line.
        ...(p.line === p.endLine ? [`col=${p.column}`, `endColumn=${p.endColumn}`] : []),
        `title=${escapeProperty(`veiligheidsplan (${d.ruleId})`)}`,
      ];
      out += `::${command} ${props.join(",")}::${escapeData(d.message)}\n`;
    }
    return out;
  },
  end: () => "",
});
