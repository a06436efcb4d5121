/**
 * Completion inside a theme's Doelen section (docs/format.md, "Doelen"): on an empty line the whole
 * table header; on the header row the columns not yet there (Doel, Indicator, Nulmeting, Streefwaarde,
 * Bron); in a goal's Bron cell the usual sources (politie, Veiligheidsmonitor, CBS, gemeente …) and the
 * ones the plan already names; in a Nulmeting or Streefwaarde cell a value with its year, the year taken
 * from the plan's period.
 */
import { readDoelen } from "@veiligheidsplan/core";
import { DOEL_COLUMNS, doelColumnOf, type DoelColumn, type TableBlock } from "@veiligheidsplan/core/internal";
import { CompletionItemKind, type CompletionItem } from "vscode-languageserver-types";
import { type Ctx, item, md } from "./completion-context.js";
import { say } from "./text.js";

const HEADER_NAMES: Readonly<Record<DoelColumn, string>> = { doel: "Doel", indicator: "Indicator", nulmeting: "Nulmeting", streefwaarde: "Streefwaarde", bron: "Bron" };

/** The sources a policy writer names most, with what each measures. */
const SOURCES: readonly { readonly name: string; readonly doc: string }[] = [
  { name: "politie", doc: "languageServer.text.bron.politie" },
  { name: "Veiligheidsmonitor", doc: "languageServer.text.bron.veiligheidsmonitor" },
  { name: "CBS", doc: "languageServer.text.bron.cbs" },
  { name: "gemeente", doc: "languageServer.text.bron.gemeente" },
  { name: "Openbaar Ministerie", doc: "languageServer.text.bron.om" },
  { name: "veiligheidsregio", doc: "languageServer.text.bron.veiligheidsregio" },
];

/** Completions when the cursor is in a Doelen section's table (or where its table goes); undefined elsewhere. */
export function doelenCompletions(c: Ctx): CompletionItem[] | undefined {
  const section = readDoelen(c.p).find((s) => s.section.heading.span.end <= c.lineStart && c.lineStart <= s.section.span.end);
  if (!section) return undefined;
  const table = c.p.blocks.find((b): b is TableBlock => b.kind === "table" && b.span.start <= c.lineStart && c.lineStart < b.span.end);
  // A goals table right in a theme (no Doelen heading): only that table is the goals' place, not the theme's other lines.
  if (section.section === section.theme.section && table !== section.table) return undefined;
  const pipe = /^\s*\|/.test(c.prefix);
  if (!pipe) return !section.table && !table && c.prefix.trim() === "" ? [wholeHeader(c)] : undefined;
  if (table && c.lineStart >= table.delimiter.span.end) return cellCompletions(c, table);
  return headerCompletions(c);
}

/** The header row and the delimiter row, with the cursor in the first goal's first cell. */
function wholeHeader(c: Ctx): CompletionItem {
  const head = `| ${DOEL_COLUMNS.map((k) => HEADER_NAMES[k]).join(" | ")} |`;
  const delimiter = "| --- | --- | --: | --: | --- |";
  return item(c, head, c.offset - c.prefix.trimStart().length, `${head}${c.eol}${delimiter}${c.eol}| `, {
    kind: CompletionItemKind.Snippet,
    detail: say(c.locale, "languageServer.text.doelHeader"),
    snippet: `${head}${c.eol}${delimiter}${c.eol}| \${1:doel} | \${2:indicator} | \${3:nulmeting} | \${4:streefwaarde} | \${5:bron} |`,
    sortText: "0",
  });
}

/** On the header row: the columns it does not have yet, in the format's order. */
function headerCompletions(c: Ctx): CompletionItem[] {
  const line = c.p.text.slice(c.lineStart, c.lineEnd);
  const typed = /([^|]*)$/.exec(c.prefix)![1]!.trimStart();
  const start = c.offset - typed.length;
  const cells = line.split("|").map((x) => x.trim());
  const here = c.prefix.split("|").length - 1;
  const present = new Set(cells.filter((_, i) => i !== here).map((x) => doelColumnOf(x)).filter((x) => x !== undefined));
  return DOEL_COLUMNS.filter((k) => !present.has(k)).map((k, i) =>
    item(c, HEADER_NAMES[k], start, HEADER_NAMES[k], {
      kind: CompletionItemKind.Field,
      detail: say(c.locale, "languageServer.text.doelColumn"),
      documentation: md(say(c.locale, `languageServer.text.doelColumn.${k}`)),
      sortText: String(i),
    }),
  );
}

/** In a goal's row: sources in the Bron column, a value with its year in Nulmeting and Streefwaarde. */
function cellCompletions(c: Ctx, table: TableBlock): CompletionItem[] {
  const index = c.prefix.split("|").length - 2;
  const header = table.header.cells[index];
  const column = header ? doelColumnOf(c.p.text.slice(header.content.start, header.content.end)) : undefined;
  const typed = /([^|]*)$/.exec(c.prefix)![1]!.trimStart();
  const start = c.offset - typed.length;
  if (column === "bron") {
    const known = new Set(SOURCES.map((s) => s.name.toLowerCase()));
    const used = [...new Set(readDoelen(c.p).flatMap((s) => s.doelen.map((d) => d.bron.trim())).filter((b) => b !== "" && !known.has(b.toLowerCase())))];
    return [
      ...SOURCES.map((s, i) => item(c, s.name, start, s.name, { kind: CompletionItemKind.Value, detail: say(c.locale, "languageServer.text.bron"), documentation: md(say(c.locale, s.doc)), sortText: `0${i}` })),
      ...used.map((b) => item(c, b, start, b, { kind: CompletionItemKind.Value, detail: say(c.locale, "languageServer.text.bronUsed"), sortText: `1${b}` })),
    ];
  }
  if (column === "nulmeting" || column === "streefwaarde") {
    const periode = c.p.fields.periode?.value;
    const thisYear = Number(c.today.slice(0, 4));
    const jaar = column === "nulmeting" ? (periode ? periode.van - 1 : thisYear - 1) : (periode?.tot ?? thisYear + 4);
    return [
      item(c, `waarde (${jaar})`, start, `(${jaar})`, {
        kind: CompletionItemKind.Snippet,
        detail: say(c.locale, "languageServer.text.doelValue", { jaar }),
        documentation: md(say(c.locale, `languageServer.text.doelColumn.${column}`)),
        snippet: `\${1:waarde} (\${2:${jaar}})`,
        filterText: typed,
      }),
    ];
  }
  return [];
}
