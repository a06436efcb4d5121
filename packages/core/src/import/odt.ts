/**
 * The OpenDocument reader (.odt): content.xml through fflate and saxes. Headings are `text:h` with
 * their outline level, numbered as the document's outline style numbers them ("2.1"); the title is a
 * paragraph in the Title style (or one based on it); text boxes are read after their paragraph; lists are
 * ordered when their list style numbers the first level; footnotes (`text:note`) keep their citation.
 * An encrypted document says so in its manifest, and is refused with that reason.
 */
import { MAX_TABLE_COLUMNS, type DocBlock, type Origin, type SourceDocument } from "./document.js";
import { ImportError, type ImportLimits } from "./errors.js";
import { plainText, runsToMarkdown, type Run } from "./inline.js";
import { boldHeading } from "./lines.js";
import { formatListNumber } from "./numbering.js";
import { child, elements, parseXml, type XmlElement } from "./xml.js";
import { ZipArchive } from "./zip.js";

interface TextStyle {
  readonly parent?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export function readOdt(bytes: Uint8Array, limits: ImportLimits): SourceDocument {
  const zip = new ZipArchive(bytes, limits);
  if (/encryption-data/.test(zip.text("META-INF/manifest.xml") ?? "")) throw new ImportError("import.fout.versleuteld", {});
  const xml = zip.text("content.xml");
  if (xml === undefined) throw new ImportError("import.fout.geenDocument", { deel: "content.xml" });
  const content = parseXml(xml, "content.xml");
  const styles = new Map<string, TextStyle>();
  const numberedLists = new Set<string>();
  const collect = (root: XmlElement | undefined) => {
    for (const s of root ? elements(root) : []) {
      const name = s.attrs["style:name"];
      if (!name) continue;
      if (s.name === "style:style") {
        const props = child(s, "style:text-properties");
        styles.set(name, {
          ...(s.attrs["style:parent-style-name"] ? { parent: s.attrs["style:parent-style-name"] } : {}),
          ...(props?.attrs["fo:font-weight"] === "bold" ? { bold: true } : {}),
          ...(props?.attrs["fo:font-style"] === "italic" ? { italic: true } : {}),
        });
      } else if (s.name === "text:list-style" && elements(s)[0]?.name === "text:list-level-style-number") {
        numberedLists.add(name);
      }
    }
  };
  const stylesXml = zip.text("styles.xml");
  let outline: OutlineNumbering | undefined;
  if (stylesXml) {
    const root = parseXml(stylesXml, "styles.xml");
    collect(child(root, "office:styles"));
    collect(child(root, "office:automatic-styles"));
    outline = outlineNumbering(child(child(root, "office:styles"), "text:outline-style"));
  }
  collect(child(content, "office:automatic-styles"));
  const chain = (name: string | undefined): string[] => {
    const out: string[] = [];
    for (let n = name, guard = 0; n && guard < 20; n = styles.get(n)?.parent, guard++) out.push(n);
    return out;
  };
  const isTitle = (name: string | undefined) => chain(name).some((n) => /^(?:title|titel)$/i.test(n));
  // A paragraph in a Heading style that is not a `text:h` (as LibreOffice writes some .docx headings).
  const headingLevel = (name: string | undefined) => {
    for (const n of chain(name)) {
      const m = /^(?:heading|kop)(?:_20_|\s*)(\d)$/i.exec(n);
      if (m) return Number(m[1]);
    }
    return undefined;
  };
  const format = (name: string | undefined) => ({ bold: chain(name).some((n) => styles.get(n)?.bold), italic: chain(name).some((n) => styles.get(n)?.italic) });

  const blocks: DocBlock[] = [];
  let title: SourceDocument["title"];
  let subtitle: string | undefined;
  const facts: string[] = [];
  let index = 0;
  const runsOf = (el: XmlElement, inherited: { bold: boolean; italic: boolean }, notes: DocBlock[], origin: Origin): Run[] => {
    const runs: Run[] = [];
    for (const c of el.children) {
      if (typeof c === "string") {
        runs.push({ text: c.replace(/\s+/g, " "), ...inherited });
        continue;
      }
      if (c.name === "text:span" || c.name === "text:a") {
        const own = format(c.attrs["text:style-name"]);
        runs.push(...runsOf(c, { bold: inherited.bold || !!own.bold, italic: inherited.italic || !!own.italic }, notes, origin));
      } else if (c.name === "text:s") runs.push({ text: " ".repeat(Math.min(Number(c.attrs["text:c"] ?? 1), 8)) });
      else if (c.name === "text:tab" || c.name === "text:line-break") runs.push({ text: " " });
      else if (c.name === "text:note") {
        const label = plainText(textOf(child(c, "text:note-citation"))) || String(notes.length + 1);
        const body = child(c, "text:note-body");
        runs.push({ text: `[^${label}]`, raw: true });
        notes.push({ kind: "footnote", id: label, text: body ? elements(body, "text:p").map((p) => runsToMarkdown(runsOf(p, { bold: false, italic: false }, [], origin))).join(" ") : "", origin });
      }
    }
    return runs;
  };
  const inline = (el: XmlElement, origin: Origin, notes: DocBlock[]) => runsToMarkdown(runsOf(el, { bold: !!format(el.attrs["text:style-name"]).bold, italic: false }, notes, origin));

  const listItems = (list: XmlElement, out: string[]) => {
    for (const item of elements(list, "text:list-item")) {
      for (const c of elements(item)) {
        if (c.name === "text:p" || c.name === "text:h") {
          const t = inline(c, { line: index }, []);
          if (t) out.push(t);
        } else if (c.name === "text:list") listItems(c, out);
      }
    }
  };
  const visit = (el: XmlElement) => {
    for (const node of elements(el)) {
      visitOne(node);
      // Text boxes ("kaders" with key figures, quotes) hang in a paragraph's frame: their text follows it.
      if (node.name === "text:p" || node.name === "text:h") for (const box of textBoxesIn(node)) visit(box);
    }
  };
  const visitOne = (node: XmlElement) => {
    const origin: Origin = { line: index++ };
    const notes: DocBlock[] = [];
    if (node.name === "text:h") {
      const text = plainText(inline(node, origin, notes));
      const level = Number(node.attrs["text:outline-level"] ?? 1);
      const label = node.attrs["text:is-list-header"] === "true" ? "" : (outline?.next(level) ?? "");
      if (text) blocks.push({ kind: "heading", text: label ? `${label} ${text}` : text, level, origin });
    } else if (node.name === "text:p") {
      const styleBold = !!format(node.attrs["text:style-name"]).bold;
      const runs = runsOf(node, { bold: styleBold, italic: false }, notes, origin);
      const text = runsToMarkdown(runs);
      if (!text) return;
      const level = headingLevel(node.attrs["text:style-name"]);
      const styleChain = chain(node.attrs["text:style-name"]);
      if (isTitle(node.attrs["text:style-name"]) && !title) title = { text: plainText(text), origin };
      else if (blocks.length === 0 && subtitle === undefined && styleChain.some((n) => /^(?:subtitle|ondertitel)$/i.test(n))) subtitle = plainText(text);
      else if (blocks.length === 0 && styleChain.some((n) => /^titelpagina$/i.test(n))) facts.push(plainText(text));
      else if (level !== undefined) blocks.push({ kind: "heading", text: plainText(text), level, origin });
      else {
        // A heading made by hand, as in Word: a short paragraph wholly in bold, directly or by its style.
        const byHand = notes.length === 0 ? boldHeading(runs, styleBold) : undefined;
        blocks.push(byHand !== undefined ? { kind: "heading", text: byHand, origin } : { kind: "paragraph", text, origin });
      }
    } else if (node.name === "text:list") {
      const items: string[] = [];
      listItems(node, items);
      const ordered = numberedLists.has(node.attrs["text:style-name"] ?? "");
      if (items.length > 0) blocks.push({ kind: "list", ordered, ...(ordered ? { start: 1 } : {}), items, origin });
    } else if (node.name === "table:table") {
      const rows: string[][] = [];
      const rowsOf = (t: XmlElement) => {
        for (const r of elements(t)) {
          if (r.name === "table:table-row") rows.push(rowCells(r, (cell) => elements(cell, "text:p").map((p) => inline(p, origin, [])).filter(Boolean).join(" ")));
          else if (r.name === "table:table-header-rows" || r.name === "table:table-rows") rowsOf(r);
        }
      };
      rowsOf(node);
      if (rows.length > 0) blocks.push({ kind: "table", rows, origin });
    } else if (node.name === "text:section" || node.name === "office:text" || node.name === "office:body" || node.name === "text:index-body" || node.name === "text:index-title") {
      visit(node);
    } else if (node.name === "text:table-of-content" || /^text:[a-z-]+-index$/.test(node.name) || node.name === "text:bibliography") {
      // A table of contents (or another index) as the document last laid it out: its entries are text
      // the import must keep (./contents.ts makes a table of contents one list).
      const body = child(node, "text:index-body");
      if (body) visit(body);
    }
    blocks.push(...notes);
  };
  visit(child(child(content, "office:body"), "office:text") ?? content);
  return { format: "odt", blocks, ...(title ? { title } : {}), ...(subtitle ? { subtitle } : {}), ...(facts.length > 0 ? { facts } : {}), notes: [] };
}

function textOf(el: XmlElement | undefined): string {
  if (!el) return "";
  return el.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}

interface OutlineNumbering {
  /** The label of the next heading at `level` (1-based), "" where that level is not numbered. */
  next(level: number): string;
}

/** The document's outline numbering (`text:outline-style`): per level a format, prefix, suffix and how many levels it shows. */
function outlineNumbering(style: XmlElement | undefined): OutlineNumbering | undefined {
  if (!style) return undefined;
  const levels = new Map<number, { format: string; prefix: string; suffix: string; shows: number; start: number }>();
  for (const l of elements(style, "text:outline-level-style")) {
    levels.set(Number(l.attrs["text:level"] ?? 0), {
      format: l.attrs["style:num-format"] ?? "",
      prefix: l.attrs["style:num-prefix"] ?? "",
      suffix: l.attrs["style:num-suffix"] ?? "",
      shows: Number(l.attrs["text:display-levels"] ?? 1),
      start: Number(l.attrs["text:start-value"] ?? 1),
    });
  }
  if (![...levels.values()].some((l) => l.format !== "")) return undefined;
  const counters: number[] = [];
  return {
    next(level) {
      const own = levels.get(level);
      counters[level] = (counters[level] ?? (own?.start ?? 1) - 1) + 1;
      counters.length = level + 1;
      if (!own || own.format === "") return "";
      const shown: string[] = [];
      for (let k = Math.max(1, level - own.shows + 1); k <= level; k++) shown.push(formatListNumber(levels.get(k)?.format ?? "1", counters[k] ?? levels.get(k)?.start ?? 1));
      return `${own.prefix}${shown.join(".")}${own.suffix}`;
    },
  };
}

/** The text boxes in a paragraph's frames, the outermost only: reading a box reaches the boxes inside it. */
function textBoxesIn(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const c of elements(el)) {
    if (c.name === "draw:text-box") out.push(c);
    else textBoxesIn(c, out);
  }
  return out;
}

/**
 * A row's cells in their columns: a cell covered by one merged across it (table:covered-table-cell) is
 * an empty cell, and a cell repeated (table:number-columns-repeated) is there as often, up to
 * {@link MAX_TABLE_COLUMNS}; empty cells at the row's end are left off.
 */
function rowCells(row: XmlElement, text: (cell: XmlElement) => string): string[] {
  const out: string[] = [];
  for (const cell of elements(row)) {
    if (cell.name !== "table:table-cell" && cell.name !== "table:covered-table-cell") continue;
    const t = cell.name === "table:table-cell" ? text(cell) : "";
    const repeat = Math.min(Math.max(1, Number(cell.attrs["table:number-columns-repeated"] ?? 1) || 1), MAX_TABLE_COLUMNS);
    for (let k = 0; k < repeat && out.length < MAX_TABLE_COLUMNS; k++) out.push(t);
  }
  while (out.length > 1 && out[out.length - 1] === "") out.pop();
  return out;
}
