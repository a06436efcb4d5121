/**
 * The Word reader (.docx), from the XML with fflate and saxes rather than mammoth: mammoth turns a
 * document into HTML and drops what the recogniser needs (outline levels on custom styles, Word's own
 * list numbering of headings, footnote ids), and it offers no way to bound what a zip bomb unpacks.
 * Headings come from the paragraph's style (Heading 1-9, Kop 1-9, or any style with an outline level,
 * followed through "based on"); numbered headings and lists get the numbers Word would show. Many
 * municipal documents make their headings by hand instead: a short paragraph set in bold (directly,
 * or by a bold style such as "Tussenkop") is a heading without a level, placed by its number and the
 * words around it (./outline.ts).
 * (Over 330 lines: one pass over document.xml whose handlers share the reader's state, the open list
 * numbering, footnotes and styles; split, that state would have to travel between the files.)
 */
import { MAX_TABLE_COLUMNS, type DocBlock, type Origin, type SourceDocument } from "./document.js";
import { ImportError, type ImportLimits } from "./errors.js";
import { plainText, runsToMarkdown, type Run } from "./inline.js";
import { boldHeading } from "./lines.js";
import { BodySize, levelHandMade, type HandMade } from "./handmade.js";
import { formatListNumber } from "./numbering.js";
import { child, elements, parseXml, type XmlElement } from "./xml.js";
import { ZipArchive } from "./zip.js";

interface Style {
  readonly name: string;
  readonly basedOn?: string;
  readonly outline?: number;
  readonly numId?: string;
  /** The numbering level the style's numbering uses (Heading 2's is 1 in Word's outline numbering). */
  readonly ilvl?: number;
  /** The style sets its text in bold (true) or not bold (false, over a bold style it is based on). */
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** The style's type size in points. */
  readonly size?: number;
  /** Word's default paragraph style ("Normal"), for paragraphs that name none. */
  readonly isDefault?: boolean;
}

interface NumLevel {
  readonly format: string;
  readonly start: number;
  readonly text: string;
}

export function readDocx(bytes: Uint8Array, limits: ImportLimits): SourceDocument {
  const zip = new ZipArchive(bytes, limits);
  const documentXml = zip.text("word/document.xml");
  if (documentXml === undefined) throw new ImportError("import.fout.geenDocument", { deel: "word/document.xml" });
  const doc = parseXml(documentXml, "word/document.xml");
  const { styles, defaultSize } = readStyles(zip);
  const numbering = readNumbering(zip);
  const footnotes = readFootnotes(zip);
  const bodyEl = child(doc, "w:body");
  if (!bodyEl) throw new ImportError("import.fout.geenDocument", { deel: "w:body" });

  const blocks: DocBlock[] = [];
  let title: SourceDocument["title"];
  let subtitle: string | undefined;
  const facts: string[] = [];
  const counters = new Map<string, number[]>();
  let index = 0;
  const defaultParagraphStyle = [...styles.entries()].find(([, s]) => s.isDefault)?.[0];
  const styleChain = (id: string | undefined): Style[] => {
    const out: Style[] = [];
    for (let s = (id ?? defaultParagraphStyle) ? styles.get((id ?? defaultParagraphStyle)!) : undefined, guard = 0; s && guard < 20; s = s.basedOn ? styles.get(s.basedOn) : undefined, guard++) out.push(s);
    return out;
  };
  const numberFor = (numId: string, ilvl: number): { label: string; ordered: boolean; start: number } | undefined => {
    const levels = numbering.get(numId);
    const lvl = levels?.[ilvl];
    if (!lvl || lvl.format === "none") return undefined;
    if (lvl.format === "bullet") return { label: "", ordered: false, start: 1 };
    // Word counts on across the lists of one abstract numbering, unless a list starts again (w:startOverride).
    const key = numbering.counterKey.get(numId) ?? numId;
    const c = counters.get(key) ?? [];
    c[ilvl] = (c[ilvl] ?? (lvl.start - 1)) + 1;
    c.length = ilvl + 1;
    counters.set(key, c);
    const n = c[ilvl]!;
    // The label as Word shows it, by the level's text: "%1." → "3.", "%1.%2" → "3.1", "Hoofdstuk %1" → "Hoofdstuk 3".
    const shownAt = (k: number) => formatListNumber(levels![k]?.format ?? "decimal", c[k] ?? levels![k]?.start ?? 1);
    const label = lvl.text ? lvl.text.replace(/%([1-9])/g, (_m, k: string) => (Number(k) - 1 <= ilvl ? shownAt(Number(k) - 1) : "")).trim() : `${shownAt(ilvl)}.`;
    return { label, ordered: true, start: n };
  };

  const visit = (el: XmlElement) => {
    const nodes = elements(el);
    for (const [i, node] of nodes.entries()) {
      if (node.name === "w:p") paragraph(node, () => hasSiblingItem(nodes, i));
      else if (node.name === "w:tbl") blocks.push({ kind: "table", rows: tableRows(node), origin: { line: index++ } });
      else if (node.name === "w:sdt") visit(child(node, "w:sdtContent") ?? node);
      else if (node.name === "w:customXml" || node.name === "w:ins" || node.name === "w:smartTag") visit(node);
    }
  };
  // A cell merged across columns (w:gridSpan) is followed by empty cells, so the columns stay in line;
  // a cell merged down (w:vMerge) is there in each row, empty below the first.
  const tableRows = (tbl: XmlElement): string[][] =>
    elements(tbl, "w:tr").map((tr) =>
      elements(tr, "w:tc").flatMap((tc) => {
        const text = elements(tc, "w:p").map((p) => runsToMarkdown(runsOf(p, footnotes, [], {}, styles))).filter(Boolean).join(" ");
        const span = Number(child(child(tc, "w:tcPr") ?? tc, "w:gridSpan")?.attrs["w:val"] ?? 1);
        return [text, ...Array<string>(Math.min(Math.max(1, span || 1), MAX_TABLE_COLUMNS) - 1).fill("")];
      }),
    );

  // Text boxes ("kaders" with key figures, quotes) hang in a paragraph's drawing: their text follows it.
  const paragraph = (p: XmlElement, inList: () => boolean) => {
    paragraphOwn(p, inList);
    for (const box of textBoxesOf(p)) visit(box);
  };
  /** The list (numId) and level a paragraph is numbered by, directly or by its style. */
  const numbered = (p: XmlElement): { numId: string; ilvl: number } | undefined => {
    const pPr = child(p, "w:pPr");
    const chain = styleChain(child(pPr, "w:pStyle")?.attrs["w:val"]);
    const numPr = child(pPr, "w:numPr");
    const numId = child(numPr, "w:numId")?.attrs["w:val"] ?? chain.find((s) => s.numId)?.numId;
    if (!numId || numId === "0") return undefined;
    return { numId, ilvl: Number(child(numPr, "w:ilvl")?.attrs["w:val"] ?? chain.find((s) => s.ilvl !== undefined)?.ilvl ?? 0) };
  };
  /**
   * Whether the paragraph at `i` has another item of its list at its own level next to it (only deeper
   * items of the list, or empty paragraphs, between): then it is an item of a list, not a heading.
   */
  const hasSiblingItem = (nodes: readonly XmlElement[], i: number): boolean => {
    const own = numbered(nodes[i]!);
    if (!own) return false;
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= 0 && j < nodes.length; j += step) {
        const n = nodes[j]!;
        if (n.name !== "w:p") break;
        const other = numbered(n);
        if (!other) {
          if (runsOf(n, footnotes, [], {}, styles).some((r) => r.text.trim() !== "")) break;
          continue;
        }
        if (other.numId !== own.numId || other.ilvl < own.ilvl) break;
        if (other.ilvl === own.ilvl) return true;
      }
    }
    return false;
  };
  const handMade = new Map<DocBlock, HandMade>();
  const body = new BodySize();
  let styledLevel = 0;
  /** The type size a paragraph's text is shown in (the largest of its runs), in points. */
  const sizeOf = (p: XmlElement, chain: readonly Style[]): number | undefined => {
    const own = chain.find((s) => s.size !== undefined)?.size ?? defaultSize;
    let size: number | undefined;
    const walk = (e: XmlElement) => {
      for (const c of elements(e)) {
        if (c.name === "w:r") {
          if (!elements(c, "w:t").some((t) => t.children.some((x) => typeof x === "string" && x.trim() !== ""))) continue;
          const rPr = child(c, "w:rPr");
          const direct = child(rPr, "w:sz")?.attrs["w:val"];
          const rStyle = child(rPr, "w:rStyle")?.attrs["w:val"];
          const s = direct !== undefined ? Number(direct) / 2 : (rStyle ? runStyleSize(styles, rStyle) : undefined) ?? own;
          if (s !== undefined && (size === undefined || s > size)) size = s;
        } else if (RUN_CONTAINERS.has(c.name)) walk(c);
      }
    };
    walk(p);
    return size ?? own;
  };
  const paragraphOwn = (p: XmlElement, inList: () => boolean) => {
    const origin: Origin = { line: index++ };
    const pPr = child(p, "w:pPr");
    const styleId = child(pPr, "w:pStyle")?.attrs["w:val"];
    const chain = styleChain(styleId);
    const styleName = chain[0]?.name.toLowerCase() ?? "";
    const notes: DocBlock[] = [];
    const runs = runsOf(p, footnotes, notes, origin, styles);
    const text = runsToMarkdown(runs);
    const numPr = child(pPr, "w:numPr");
    const numId = child(numPr, "w:numId")?.attrs["w:val"] ?? chain.find((s) => s.numId)?.numId;
    const ilvl = Number(child(numPr, "w:ilvl")?.attrs["w:val"] ?? chain.find((s) => s.ilvl !== undefined)?.ilvl ?? 0);
    const direct = child(pPr, "w:outlineLvl")?.attrs["w:val"];
    const named = /^(?:heading|kop)\s*([1-9])$/.exec(styleName);
    const outline = named ? Number(named[1]) - 1 : direct !== undefined ? Number(direct) : chain.find((s) => s.outline !== undefined)?.outline;
    if (text === "") return;
    if ((styleName === "title" || styleName === "titel") && !title) {
      title = { text: plainText(text), origin };
      return;
    }
    if ((styleName === "subtitle" || styleName === "ondertitel") && subtitle === undefined && blocks.length === 0) {
      subtitle = plainText(text);
      return;
    }
    if (styleName === "titelpagina" && blocks.length === 0) {
      facts.push(plainText(text));
      return;
    }
    // The table of contents' heading ("TOC Heading", "Kop van inhoudsopgave"), whatever number the
    // heading numbering it inherits would give it: not a chapter, and it takes no chapter's number.
    if (chain.some((s) => TOC_HEADING.test(s.name)) && notes.length === 0) {
      blocks.push({ kind: "heading", text: plainText(text), origin });
      return;
    }
    const num = numId && numId !== "0" ? numberFor(numId, ilvl) : undefined;
    // A heading made by hand: a short paragraph wholly in bold, directly or by its style; also where a
    // list numbers it (the writer's own numbering of chapters and sections), unless it is one of
    // several items of that list side by side.
    const byHand = outline === undefined || outline >= 9 ? boldHeading(runs, chain.find((s) => s.bold !== undefined)?.bold === true) : undefined;
    if (outline !== undefined && outline < 9) {
      const label = num?.ordered && num.label !== "" ? `${num.label} ` : "";
      blocks.push({ kind: "heading", text: label + plainText(text), level: outline + 1, origin });
      styledLevel = outline + 1;
    } else if (notes.length === 0 && byHand !== undefined && (!num || (num.ordered && num.label !== "" && !inList()))) {
      const heading: DocBlock = { kind: "heading", text: num ? `${num.label} ${byHand}` : byHand, origin };
      blocks.push(heading);
      const size = sizeOf(p, chain);
      handMade.set(heading, { ...(size !== undefined ? { size } : {}), ...(num ? { listLevel: ilvl, styledAbove: styledLevel } : {}) });
    } else if (num) {
      const last = blocks[blocks.length - 1];
      if (last?.kind === "list" && last.ordered === num.ordered) blocks[blocks.length - 1] = { ...last, items: [...last.items, text] };
      else blocks.push({ kind: "list", ordered: num.ordered, ...(num.ordered ? { start: num.start } : {}), items: [text], origin });
    } else {
      blocks.push({ kind: "paragraph", text, origin });
      body.add(sizeOf(p, chain), text);
    }
    blocks.push(...notes);
  };
  visit(bodyEl);
  return { format: "docx", blocks: levelHandMade(blocks, handMade, body.get()), ...(title ? { title } : {}), ...(subtitle ? { subtitle } : {}), ...(facts.length > 0 ? { facts } : {}), notes: [] };
}

/**
 * The text boxes in a paragraph's drawings (`w:txbxContent`), each once: Word stores a shape twice, as
 * DrawingML (`mc:Choice`) and as VML for old readers (`mc:Fallback`), and only the first is read.
 */
function textBoxesOf(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const c of elements(el)) {
    if (c.name === "mc:Fallback") continue;
    if (c.name === "w:txbxContent") out.push(c);
    else textBoxesOf(c, out);
  }
  return out;
}

/** What holds a paragraph's runs besides the paragraph: links, insertions, moves (to), fields, tags and content controls. */
const RUN_CONTAINERS = new Set(["w:hyperlink", "w:ins", "w:moveTo", "w:fldSimple", "w:smartTag", "w:sdt", "w:sdtContent", "w:customXml"]);
/** The style of a table of contents' heading, in English and Dutch Word ("TOC Heading", "Kop van inhoudsopgave"). */
const TOC_HEADING = /^(?:toc\s*heading|kop\s+van\s+inhoudsopgave|inhoudsopgavekop|contents\s+heading)$/i;

/** The type size a character style sets, in points. */
function runStyleSize(styles: ReadonlyMap<string, Style>, id: string): number | undefined {
  for (let s = styles.get(id), guard = 0; s && guard < 20; s = s.basedOn ? styles.get(s.basedOn) : undefined, guard++) if (s.size !== undefined) return s.size;
  return undefined;
}

/** The runs of a paragraph (or a footnote), following hyperlinks, insertions, moves (where the text went) and fields; deletions, and the place text was moved from, are left out. */
function runsOf(el: XmlElement, footnotes: Footnotes, notes: DocBlock[], origin: Origin = {}, styles?: ReadonlyMap<string, Style>): Run[] {
  const runs: Run[] = [];
  const walk = (e: XmlElement) => {
    for (const c of elements(e)) {
      if (c.name === "w:r") run(c);
      else if (RUN_CONTAINERS.has(c.name)) walk(c);
    }
  };
  const run = (r: XmlElement) => {
    const rPr = child(r, "w:rPr");
    const on = (name: string) => {
      const p = child(rPr, name);
      return p !== undefined && !/^(?:0|false|off)$/.test(p.attrs["w:val"] ?? "");
    };
    // Bold set on the run, or by its character style ("Strong", "Zwaar"); the run's own setting wins.
    const rStyle = child(rPr, "w:rStyle")?.attrs["w:val"];
    const byStyle = (key: "bold" | "italic") => {
      for (let s = rStyle ? styles?.get(rStyle) : undefined, guard = 0; s && guard < 20; s = s.basedOn ? styles?.get(s.basedOn) : undefined, guard++) if (s[key] !== undefined) return s[key]!;
      return false;
    };
    const bold = child(rPr, "w:b") !== undefined ? on("w:b") : byStyle("bold");
    const italic = child(rPr, "w:i") !== undefined ? on("w:i") : byStyle("italic");
    for (const c of elements(r)) {
      if (c.name === "w:t") runs.push({ text: c.children.filter((x): x is string => typeof x === "string").join(""), bold, italic });
      else if (c.name === "w:tab" || c.name === "w:br" || c.name === "w:cr") runs.push({ text: " " });
      else if (c.name === "w:noBreakHyphen") runs.push({ text: "-", bold, italic });
      else if (c.name === "w:footnoteReference" || c.name === "w:endnoteReference") {
        // Footnotes and endnotes are numbered apart (both from 1): an endnote's label is "e1".
        const key = `${c.name === "w:endnoteReference" ? "e" : ""}${c.attrs["w:id"] ?? ""}`;
        const body = footnotes.bodies.get(key);
        if (body) {
          // Word shows the notes numbered in the order they are referred to, not by their ids.
          const label = footnotes.shown.get(key) ?? `${key.startsWith("e") ? "e" : ""}${[...footnotes.shown.keys()].filter((k) => k.startsWith("e") === key.startsWith("e")).length + 1}`;
          footnotes.shown.set(key, label);
          runs.push({ text: `[^${label}]`, raw: true });
          notes.push({ kind: "footnote", id: label, text: body.map((p) => runsToMarkdown(runsOf(p, footnotes, [], {}, styles))).filter(Boolean).join(" "), origin });
        }
      }
    }
  };
  walk(el);
  return runs;
}


function readStyles(zip: ZipArchive): { styles: Map<string, Style>; defaultSize?: number } {
  const map = new Map<string, Style>();
  const xml = zip.text("word/styles.xml");
  if (!xml) return { styles: map };
  const root = parseXml(xml, "word/styles.xml");
  const sz = (rPr: XmlElement | undefined) => {
    const v = Number(child(rPr, "w:sz")?.attrs["w:val"]);
    return Number.isFinite(v) && v > 0 ? v / 2 : undefined;
  };
  const defaultSize = sz(child(child(child(root, "w:docDefaults"), "w:rPrDefault"), "w:rPr"));
  for (const s of elements(root, "w:style")) {
    const id = s.attrs["w:styleId"];
    if (!id) continue;
    const pPr = child(s, "w:pPr");
    const outline = child(pPr, "w:outlineLvl")?.attrs["w:val"];
    const numId = child(child(pPr, "w:numPr"), "w:numId")?.attrs["w:val"];
    const ilvl = child(child(pPr, "w:numPr"), "w:ilvl")?.attrs["w:val"];
    map.set(id, {
      name: child(s, "w:name")?.attrs["w:val"] ?? id,
      ...(child(s, "w:basedOn")?.attrs["w:val"] ? { basedOn: child(s, "w:basedOn")!.attrs["w:val"] } : {}),
      ...(outline !== undefined ? { outline: Number(outline) } : {}),
      ...(numId ? { numId } : {}),
      ...(ilvl !== undefined ? { ilvl: Number(ilvl) } : {}),
      ...(child(child(s, "w:rPr"), "w:b") ? { bold: isOn(child(child(s, "w:rPr"), "w:b")) } : {}),
      ...(child(child(s, "w:rPr"), "w:i") ? { italic: isOn(child(child(s, "w:rPr"), "w:i")) } : {}),
      ...(sz(child(s, "w:rPr")) !== undefined ? { size: sz(child(s, "w:rPr"))! } : {}),
      ...(s.attrs["w:type"] === "paragraph" && /^(?:1|true|on)$/.test(s.attrs["w:default"] ?? "") ? { isDefault: true } : {}),
    });
  }
  return { styles: map, ...(defaultSize !== undefined ? { defaultSize } : {}) };
}

/** A toggle such as `<w:b/>`, `<w:b w:val="1"/>`; not `<w:b w:val="0"/>`. */
function isOn(el: XmlElement | undefined): boolean {
  return el !== undefined && !/^(?:0|false|off)$/.test(el.attrs["w:val"] ?? "");
}

/** The levels of each list (by numId), and the counters each counts with: those of its abstract numbering, shared with the other lists of it, unless it starts again. */
type Numbering = Map<string, NumLevel[]> & { readonly counterKey: Map<string, string> };

function readNumbering(zip: ZipArchive): Numbering {
  const out = Object.assign(new Map<string, NumLevel[]>(), { counterKey: new Map<string, string>() });
  const xml = zip.text("word/numbering.xml");
  if (!xml) return out;
  const root = parseXml(xml, "word/numbering.xml");
  const abstract = new Map<string, NumLevel[]>();
  for (const a of elements(root, "w:abstractNum")) {
    abstract.set(
      a.attrs["w:abstractNumId"] ?? "",
      elements(a, "w:lvl").map((l) => ({
        format: child(l, "w:numFmt")?.attrs["w:val"] ?? "decimal",
        start: Number(child(l, "w:start")?.attrs["w:val"] ?? 1),
        text: child(l, "w:lvlText")?.attrs["w:val"] ?? "",
      })),
    );
  }
  for (const n of elements(root, "w:num")) {
    const abstractId = child(n, "w:abstractNumId")?.attrs["w:val"] ?? "";
    const levels = abstract.get(abstractId);
    if (!levels) continue;
    const numId = n.attrs["w:numId"] ?? "";
    // A level override that sets its own start (or its own level) starts the list again.
    const overrides = elements(n, "w:lvlOverride");
    const restarts = overrides.some((o) => child(o, "w:startOverride") || child(o, "w:lvl"));
    const own = overrides.length > 0 ? levels.map((l, i) => {
      const o = overrides.find((x) => Number(x.attrs["w:ilvl"] ?? -1) === i);
      const start = Number(child(o, "w:startOverride")?.attrs["w:val"]);
      return Number.isFinite(start) ? { ...l, start } : l;
    }) : levels;
    out.set(numId, own);
    out.counterKey.set(numId, restarts ? `num:${numId}` : `abstract:${abstractId}`);
  }
  return out;
}

/** The notes' bodies by Word's id ("e" before an endnote's), and the number each is shown with, given as first referred to. */
interface Footnotes {
  readonly bodies: ReadonlyMap<string, XmlElement[]>;
  readonly shown: Map<string, string>;
}

function readFootnotes(zip: ZipArchive): Footnotes {
  const out = new Map<string, XmlElement[]>();
  for (const [part, tag, prefix] of [["word/footnotes.xml", "w:footnote", ""], ["word/endnotes.xml", "w:endnote", "e"]] as const) {
    const xml = zip.text(part);
    if (!xml) continue;
    for (const f of elements(parseXml(xml, part), tag)) {
      if (f.attrs["w:type"] && f.attrs["w:type"] !== "normal") continue;
      out.set(`${prefix}${f.attrs["w:id"] ?? ""}`, elements(f, "w:p"));
    }
  }
  return { bodies: out, shown: new Map() };
}

