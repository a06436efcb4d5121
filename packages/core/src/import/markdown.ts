/** The Markdown reader: a `.md` file (or a plan) into the intermediate document, by core's own block scanner. */
import { parse } from "../parse.js";
import type { DocBlock, SourceDocument } from "./document.js";

export function readMarkdown(text: string): SourceDocument {
  const plan = parse(text);
  const at = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  const lineOf = (offset: number) => plan.lines.lineAt(offset);
  const oneLine = (s: string) => s.replace(/\s*\r?\n\s*/g, " ").trim();
  const blocks: DocBlock[] = [];
  for (const b of plan.blocks) {
    const origin = { line: lineOf(b.span.start) };
    switch (b.kind) {
      case "heading":
        blocks.push({ kind: "heading", text: at(b.content), level: b.level, origin });
        break;
      case "paragraph":
        blocks.push({ kind: "paragraph", text: oneLine(at(b.content)), origin });
        break;
      case "quote":
        blocks.push({ kind: "paragraph", text: oneLine(at(b.content).replace(/^\s*>\s?/gm, "")), origin });
        break;
      case "list":
        blocks.push({ kind: "list", ordered: b.ordered, ...(b.items[0]?.ordinal !== undefined ? { start: b.items[0].ordinal } : {}), items: b.items.map((i) => oneLine(at(i.content))), origin });
        break;
      case "table":
        blocks.push({ kind: "table", rows: [b.header, ...b.rows].map((r) => r.cells.map((c) => at(c.content))), origin });
        break;
      case "footnote":
        blocks.push({ kind: "footnote", id: b.label, text: oneLine(at(b.content)), origin });
        break;
      case "comment":
      case "fence":
        blocks.push({ kind: "paragraph", text: at(b.span).replace(/\r?\n$/, ""), raw: true, origin });
        break;
      case "frontMatter":
        // The source's own data, kept visible for the writer to compare with what was inferred.
        blocks.push({ kind: "paragraph", text: `<!-- gegevens uit het bronbestand:\n${at(b.content).replace(/-->/g, "--&gt;").trimEnd()}\n-->`, raw: true, origin });
        break;
      default:
        break;
    }
  }
  return { format: "markdown", blocks, notes: [] };
}
