/**
 * The default output, for people: findings grouped per file (line:column, severity, message, rule),
 * then one summary line ("✖ 4 problemen (3 fouten, 1 waarschuwing)"). Colour only on a terminal.
 */
import type { Diagnostic } from "@veiligheidsplan/core";
import { addCounts, countOf, type Counts, type Format, oneBased } from "../report.js";

const ansi = (open: number, close: number) => (on: boolean) => (s: string) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);
const styles = {
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  blue: ansi(34, 39),
  green: ansi(32, 39),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
  underline: ansi(4, 24),
};

/** Width on a terminal of text without escape codes (the texts here are Latin script). */
const width = (s: string) => [...s].length;
const padEnd = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));

/** Each line of `lines` with its line end. */
const text = (lines: readonly string[]) => lines.map((l) => `${l}\n`).join("");

/** Keeps between files: the counts and the number of files. */
export const stylish: Format = (ctx) => {
  const { t, color } = ctx;
  const c = Object.fromEntries(Object.entries(styles).map(([k, f]) => [k, f(color)])) as { [K in keyof typeof styles]: (s: string) => string };
  const paint = (d: Diagnostic, s: string) => (d.severity === "error" ? c.red(s) : d.severity === "warning" ? c.yellow(s) : c.blue(s));
  const n: Counts = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0 };
  let files = 0;
  return {
    start: () => "",
    file(r) {
      files++;
      addCounts(n, countOf(r.diagnostics));
      if (r.diagnostics.length === 0) return "";
      const out = ["", c.underline(r.display)];
      const rows = r.diagnostics.map((d) => {
        const p = oneBased(d);
        return { d, pos: `${p.line}:${p.column}`, sev: t.severity[d.severity] ?? d.severity };
      });
      const posWidth = Math.max(...rows.map((x) => width(x.pos)));
      const sevWidth = Math.max(...rows.map((x) => width(x.sev)));
      for (const { d, pos, sev } of rows) {
        // Messages are sentences for a policy writer; a line break inside one would break the columns.
        const message = d.message.replace(/\s*\r?\n\s*/g, " ");
        out.push(`  ${c.dim(padEnd(pos, posWidth))}  ${paint(d, padEnd(sev, sevWidth))}  ${message}  ${c.dim(d.ruleId)}`);
      }
      return text(out);
    },
    end() {
      const problems = n.errors + n.warnings + n.infos;
      // Nothing was linted (every file failed): the failures on stderr say it all.
      if (problems === 0) return files === 0 ? "" : text([c.green(`✔ ${t.noProblems(files)}`)]);
      const parts = [t.errors(n.errors), t.warnings(n.warnings), ...(n.infos > 0 ? [t.infos(n.infos)] : [])];
      const mark = n.errors > 0 ? c.red : n.warnings > 0 ? c.yellow : c.blue;
      const out = ["", mark(c.bold(`✖ ${t.problems(problems)} (${parts.join(", ")})`))];
      if (n.fixableErrors + n.fixableWarnings > 0) out.push(mark(c.bold(t.fixable(n.fixableErrors, n.fixableWarnings))));
      return text(out);
    },
  };
};
