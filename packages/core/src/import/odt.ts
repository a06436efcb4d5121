/**
 * The OpenDocument reader (.odt): content.xml through fflate and saxes. Headings are `text:h` with
 * their outline level, numbered as the document's outline style numbers them ("2.1"); the title is a
 * paragraph in the Title style (or one based on it); text boxes are read after their paragraph; lists are
 * ordered when their list style numbers the first level; footnotes (`text:note`) keep their citation.
 * An encrypted document says so in its manifest, and is refused with that reason.
 * (Over 330 lines: one pass over content.xml whose handlers share the reader's state, the open list,
 * frame and note, and the styles; split, that state would have to travel between the files.)
 */
import { MAX_TABLE_COLUMNS, type DocBlock, type Origin, type SourceDocument } from "./document.js";
import { ImportError, type ImportLimits } from "./errors.js";
import { plainText, runsToMarkdown, type Run } from "./inline.js";
import { BodySize, levelHandMade, type HandMade } from "./handmade.js";
import { boldHeading } from "./lines.js";
import { formatListNumber } from "./numbering.js";
import { child, elements, parseXml, type XmlElement } from "./xml.js";
import { ZipArchive } from "./zip.js";

interface TextStyle {
  readonly parent?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** The type size in points (a size in per cent of the parent's is not followed). */
  readonly size?: number;
  /** The list style a paragraph style numbers its paragraphs with. */
  readonly list?: string;
}

/** A level of a list style: numbered (its format, prefix, suffix, how many levels it shows, where it starts) or not. */
interface ListLevel {
  readonly numbered: boolean;
  readonly format: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly shows: number;
  readonly start: number;
}

/**
 * Inline elements whose text the reader does not see, or sees elsewhere: the page's number and count
 * (page furniture), a list item's number as last laid out (the reader counts it itself), notes (read
 * apart), a comment, ruby's annotation, text hidden by a condition, and tracked changes' records.
 */
const UNSEEN = new Set(["text:page-number", "text:page-count", "text:page-continuation", "text:number", "text:note", "office:annotation", "text:ruby-text", "text:tracked-changes", "text:bookmark", "text:bookmark-start", "text:bookmark-end", "text:reference-mark", "text:reference-mark-start", "text:reference-mark-end", "text:soft-page-break", "text:change", "text:change-start", "text:change-end", "text:toc-mark", "text:alphabetical-index-mark", "text:user-index-mark"]);
/** The styles of a table of contents' heading: LibreOffice's own and Word's (as LibreOffice names them). */
const CONTENTS_HEADING_STYLE = /^(?:contents(?:_20_|\s+)heading|toc(?:_20_|\s*)heading|kop(?:_20_|\s+)van(?:_20_|\s+)inhoudsopgave)$/i;

export function readOdt(bytes: Uint8Array, limits: ImportLimits): SourceDocument {
  const zip = new ZipArchive(bytes, limits);
  if (/encryption-data/.test(zip.text("META-INF/manifest.xml") ?? "")) throw new ImportError("import.fout.versleuteld", {});
  const xml = zip.text("content.xml");
  if (xml === undefined) throw new ImportError("import.fout.geenDocument", { deel: "content.xml" });
  const content = parseXml(xml, "content.xml");
  const styles = new Map<string, TextStyle>();
  const listStyles = new Map<string, Map<number, ListLevel>>();
  const collect = (root: XmlElement | undefined) => {
    for (const s of root ? elements(root) : []) {
      if (s.name === "style:default-style" && s.attrs["style:family"] === "paragraph") {
        const size = points(child(s, "style:text-properties")?.attrs["fo:font-size"]);
        if (size !== undefined) styles.set(DEFAULT_STYLE, { size });
        continue;
      }
      const name = s.attrs["style:name"];
      if (!name) continue;
      if (s.name === "style:style") {
        const props = child(s, "style:text-properties");
        const weight = props?.attrs["fo:font-weight"];
        const size = points(props?.attrs["fo:font-size"]);
        styles.set(name, {
          ...(s.attrs["style:parent-style-name"] ? { parent: s.attrs["style:parent-style-name"] } : {}),
          ...(weight !== undefined ? { bold: weight === "bold" || Number(weight) >= 600 } : {}),
          ...(props?.attrs["fo:font-style"] !== undefined ? { italic: props.attrs["fo:font-style"] === "italic" } : {}),
          ...(size !== undefined ? { size } : {}),
          ...(s.attrs["style:list-style-name"] ? { list: s.attrs["style:list-style-name"] } : {}),
        });
      } else if (s.name === "text:list-style") {
        const levels = new Map<number, ListLevel>();
        for (const l of elements(s)) {
          levels.set(Number(l.attrs["text:level"] ?? 1), {
            numbered: l.name === "text:list-level-style-number" && (l.attrs["style:num-format"] ?? "1") !== "",
            format: l.attrs["style:num-format"] ?? "1",
            prefix: l.attrs["style:num-prefix"] ?? "",
            suffix: l.attrs["style:num-suffix"] ?? "",
            shows: Number(l.attrs["text:display-levels"] ?? 1),
            start: Number(l.attrs["text:start-value"] ?? 1),
          });
        }
        listStyles.set(name, levels);
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
  /** The first value a style's chain sets (the document's default last). */
  const styleValue = <K extends keyof TextStyle>(name: string | undefined, key: K, withDefault = true): TextStyle[K] | undefined => {
    for (const n of withDefault ? [...chain(name), DEFAULT_STYLE] : chain(name)) if (styles.get(n)?.[key] !== undefined) return styles.get(n)![key];
    return undefined;
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
  const format = (name: string | undefined) => ({ bold: styleValue(name, "bold") === true, italic: styleValue(name, "italic") === true });
  /** The type size a paragraph's text is shown in (the largest of its spans), in points. */
  const sizeOf = (p: XmlElement): number | undefined => {
    let size: number | undefined;
    const walk = (e: XmlElement, own: number | undefined) => {
      for (const c of e.children) {
        if (typeof c === "string") {
          if (c.trim() !== "" && own !== undefined && (size === undefined || own > size)) size = own;
        } else if (c.name === "text:span" || c.name === "text:a") walk(c, styleValue(c.attrs["text:style-name"], "size", false) ?? own);
      }
    };
    walk(p, styleValue(p.attrs["text:style-name"], "size"));
    return size;
  };
  const handMade = new Map<DocBlock, HandMade>();
  const body = new BodySize();
  let styledLevel = 0;

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
        const name = c.attrs["text:style-name"];
        const own = { bold: styleValue(name, "bold", false), italic: styleValue(name, "italic", false) };
        runs.push(...runsOf(c, { bold: own.bold ?? inherited.bold, italic: own.italic ?? inherited.italic }, notes, origin));
      } else if (c.name === "text:s") runs.push({ text: " ".repeat(Math.min(Number(c.attrs["text:c"] ?? 1), 8)) });
      else if (c.name === "text:tab" || c.name === "text:line-break") runs.push({ text: " " });
      else if (c.name === "text:note") {
        const label = plainText(textOf(child(c, "text:note-citation"))) || String(notes.length + 1);
        const body = child(c, "text:note-body");
        runs.push({ text: `[^${label}]`, raw: true });
        notes.push({ kind: "footnote", id: label, text: body ? elements(body, "text:p").map((p) => runsToMarkdown(runsOf(p, { bold: false, italic: false }, [], origin))).join(" ") : "", origin });
      } else if (c.name.startsWith("text:") && !UNSEEN.has(c.name) && c.attrs["text:is-hidden"] !== "true") {
        // A field shows its value as its text: a caption's number (text:sequence, "Figuur 1"), a
        // cross-reference, the chapter, a date, the title or author, a variable; and ruby's base, a meta's text.
        runs.push(...runsOf(c, inherited, notes, origin));
      }
    }
    return runs;
  };
  const inline = (el: XmlElement, origin: Origin, notes: DocBlock[]) => runsToMarkdown(runsOf(el, { bold: !!format(el.attrs["text:style-name"]).bold, italic: false }, notes, origin));

  // Lists: each level of a list style numbers its items, counting on through the lists that continue
  // it (text:continue-numbering: the list of the same style before it; text:continue-list: the list
  // with that xml:id), as LibreOffice writes a Word list broken by text.
  const listCounters = new Map<string, number[]>();
  const lastOfStyle = new Map<string, number[]>();
  /** The number an item shows at `depth` (1-based) of `style`, after counting it; "" where the level is not numbered. */
  const countItem = (style: string | undefined, counters: number[], depth: number, startValue: string | undefined): string => {
    const levels = style ? listStyles.get(style) : undefined;
    const own = levels?.get(depth);
    const start = (k: number) => levels?.get(k)?.start ?? 1;
    counters[depth] = startValue !== undefined && Number.isFinite(Number(startValue)) ? Number(startValue) : (counters[depth] ?? start(depth) - 1) + 1;
    counters.length = depth + 1;
    if (!own?.numbered) return "";
    const shown: string[] = [];
    for (let k = Math.max(1, depth - own.shows + 1); k <= depth; k++) shown.push(formatListNumber(levels?.get(k)?.format || "1", counters[k] ?? start(k)));
    return `${own.prefix}${shown.join(".")}${own.suffix}`;
  };
  const list = (node: XmlElement) => {
    const style = node.attrs["text:style-name"] ?? firstParagraphList(node);
    const continued = node.attrs["text:continue-list"] ? listCounters.get(node.attrs["text:continue-list"]) : node.attrs["text:continue-numbering"] === "true" && style ? lastOfStyle.get(style) : undefined;
    const counters = continued ?? [];
    if (style) lastOfStyle.set(style, counters);
    if (node.attrs["xml:id"]) listCounters.set(node.attrs["xml:id"], counters);
    const ordered = !!(style && listStyles.get(style)?.get(1)?.numbered);
    let items: string[] = [];
    let first: number | undefined;
    let origin: Origin = { line: index };
    const flush = () => {
      if (items.length > 0) blocks.push({ kind: "list", ordered, ...(ordered ? { start: first ?? 1 } : {}), items, origin });
      items = [];
      first = undefined;
    };
    const walk = (l: XmlElement, depth: number) => {
      const siblings = elements(l, "text:list-item").filter((it) => elements(it).some((c) => c.name === "text:p" || c.name === "text:h"));
      for (const item of elements(l)) {
        if (item.name !== "text:list-item" && item.name !== "text:list-header") continue;
        const content = elements(item);
        // An item that only holds a deeper list shows no number of its own (LibreOffice's "2.1" under "2").
        const numbered = item.name === "text:list-item" && (content[0]?.name === "text:p" || content[0]?.name === "text:h");
        const label = numbered ? countItem(style, counters, depth, item.attrs["text:start-value"]) : "";
        if (numbered && depth === 1 && first === undefined) first = counters[1];
        let labelled = false;
        for (const c of content) {
          if (c.name === "text:p" || c.name === "text:h") {
            const itemOrigin: Origin = { line: index++ };
            const notes: DocBlock[] = [];
            const styleBold = format(c.attrs["text:style-name"]).bold;
            const runs = runsOf(c, { bold: styleBold, italic: false }, notes, itemOrigin);
            const t = runsToMarkdown(runs);
            // A heading made by hand and numbered by the list (the writer's own chapter numbering): alone
            // at its level of the list, not one of several items side by side.
            const byHand = !labelled && label !== "" && notes.length === 0 && siblings.length === 1 ? boldHeading(runs, styleBold) : undefined;
            if (byHand !== undefined) {
              flush();
              const heading: DocBlock = { kind: "heading", text: `${label} ${byHand}`, origin: itemOrigin };
              blocks.push(heading);
              const size = sizeOf(c);
              handMade.set(heading, { ...(size !== undefined ? { size } : {}), listLevel: depth - 1, styledAbove: styledLevel });
              origin = { line: index };
            } else if (t) {
              if (items.length === 0) origin = itemOrigin;
              items.push(t);
              body.add(sizeOf(c), t);
            }
            labelled = true;
            blocks.push(...notes);
          } else if (c.name === "text:list") walk(c, depth + 1);
        }
      }
    };
    walk(node, 1);
    flush();
  };
  /** The list style the first paragraph of a list names by its paragraph style (a list that names none). */
  const firstParagraphList = (node: XmlElement): string | undefined => {
    for (const item of elements(node, "text:list-item")) {
      for (const c of elements(item)) if (c.name === "text:p" || c.name === "text:h") return styleValue(c.attrs["text:style-name"], "list", false);
    }
    return undefined;
  };
  const isContentsHeadingStyle = (name: string | undefined) => chain(name).some((n) => CONTENTS_HEADING_STYLE.test(n));
  const visit = (el: XmlElement) => {
    for (const node of elements(el)) {
      visitOne(node);
      // Text boxes ("kaders" with key figures, quotes, a cover's title) hang in a paragraph's frames and
      // shapes: their text follows it.
      if (node.name === "text:p" || node.name === "text:h") for (const box of textBoxesIn(node)) visit(box);
    }
  };
  const visitOne = (node: XmlElement) => {
    const origin: Origin = { line: index++ };
    const notes: DocBlock[] = [];
    if (node.name === "text:h") {
      const text = plainText(inline(node, origin, notes));
      const level = Number(node.attrs["text:outline-level"] ?? 1);
      // The table of contents' heading ("Inhoud") is no chapter, whatever number the outline would give it.
      if (isContentsHeadingStyle(node.attrs["text:style-name"])) {
        if (text) blocks.push({ kind: "heading", text, origin });
      } else {
        const label = node.attrs["text:is-list-header"] === "true" ? "" : (outline?.next(level) ?? "");
        if (text) blocks.push({ kind: "heading", text: label ? `${label} ${text}` : text, level, origin });
        styledLevel = level;
      }
    } else if (node.name === "text:p") {
      const styleBold = format(node.attrs["text:style-name"]).bold;
      const runs = runsOf(node, { bold: styleBold, italic: false }, notes, origin);
      const text = runsToMarkdown(runs);
      if (!text) return;
      const level = headingLevel(node.attrs["text:style-name"]);
      const styleChain = chain(node.attrs["text:style-name"]);
      if (isTitle(node.attrs["text:style-name"]) && !title) title = { text: plainText(text), origin };
      else if (blocks.length === 0 && subtitle === undefined && styleChain.some((n) => /^(?:subtitle|ondertitel)$/i.test(n))) subtitle = plainText(text);
      else if (blocks.length === 0 && styleChain.some((n) => /^titelpagina$/i.test(n))) facts.push(plainText(text));
      else if (isContentsHeadingStyle(node.attrs["text:style-name"])) blocks.push({ kind: "heading", text: plainText(text), origin });
      else if (level !== undefined) {
        blocks.push({ kind: "heading", text: plainText(text), level, origin });
        styledLevel = level;
      } else {
        // A heading made by hand, as in Word: a short paragraph wholly in bold, directly or by its style.
        const byHand = notes.length === 0 ? boldHeading(runs, styleBold) : undefined;
        const size = sizeOf(node);
        if (byHand !== undefined) {
          const heading: DocBlock = { kind: "heading", text: byHand, origin };
          blocks.push(heading);
          handMade.set(heading, size !== undefined ? { size } : {});
        } else {
          blocks.push({ kind: "paragraph", text, origin });
          body.add(size, text);
        }
      }
    } else if (node.name === "text:list") {
      list(node);
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
  return { format: "odt", blocks: levelHandMade(blocks, handMade, body.get()), ...(title ? { title } : {}), ...(subtitle ? { subtitle } : {}), ...(facts.length > 0 ? { facts } : {}), notes: [] };
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
    // A shape with text of its own (LibreOffice writes Word's text box as draw:custom-shape, and a
    // rectangle, ellipse or callout so too): its paragraphs stand in it directly.
    else if (c.name.startsWith("draw:") && elements(c).some((x) => x.name === "text:p" || x.name === "text:h" || x.name === "text:list")) out.push(c);
    // Not into a note (its text is the note's) or a comment.
    else if (c.name !== "text:note" && c.name !== "office:annotation") textBoxesIn(c, out);
  }
  return out;
}

/** The document's default paragraph style, in the style map (no style can be so named). */
const DEFAULT_STYLE = "\u0000default";

/** A type size in points ("12pt", "0.5cm", "16px"); a size in per cent is not one. */
function points(v: string | undefined): number | undefined {
  const m = /^([\d.]+)(pt|cm|mm|in|px|pc)$/.exec(v ?? "");
  if (!m) return undefined;
  const per: Record<string, number> = { pt: 1, cm: 72 / 2.54, mm: 72 / 25.4, in: 72, px: 0.75, pc: 12 };
  const n = Number(m[1]) * per[m[2]!]!;
  return Number.isFinite(n) && n > 0 ? Math.round(n * 10) / 10 : undefined;
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
