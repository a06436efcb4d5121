/**
 * The Word reader (.docx), from the XML with fflate and saxes rather than mammoth: mammoth turns a
 * document into HTML and drops what the recogniser needs (outline levels on custom styles, Word's own
 * list numbering of headings, footnote ids), and it offers no way to bound what a zip bomb unpacks.
 * Headings come from the paragraph's style (Heading 1-9, Kop 1-9, or any style with an outline level,
 * followed through "based on"); numbered headings and lists get the numbers Word would show. Many
 * municipal documents make their headings by hand instead: a short paragraph set in bold (directly,
 * or by a bold style such as "Tussenkop") is a heading without a level, placed by its number and the
 * words around it (./outline.ts).
 */
import { MAX_TABLE_COLUMNS, type DocBlock, type Origin, type SourceDocument } from "./document.js";
import { ImportError, type ImportLimits } from "./errors.js";
import { plainText, runsToMarkdown, type Run } from "./inline.js";
import { boldHeading } from "./lines.js";
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
  /** The style sets its text in bold. */
  readonly bold?: boolean;
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
  const styles = readStyles(zip);
  const numbering = readNumbering(zip);
  const footnotes = readFootnotes(zip);
  const body = child(doc, "w:body");
  if (!body) throw new ImportError("import.fout.geenDocument", { deel: "w:body" });

  const blocks: DocBlock[] = [];
  let title: SourceDocument["title"];
  let subtitle: string | undefined;
  const facts: string[] = [];
  const counters = new Map<string, number[]>();
  let index = 0;
  const styleChain = (id: string | undefined): Style[] => {
    const out: Style[] = [];
    for (let s = id ? styles.get(id) : undefined, guard = 0; s && guard < 20; s = s.basedOn ? styles.get(s.basedOn) : undefined, guard++) out.push(s);
    return out;
  };
  const numberFor = (numId: string, ilvl: number): { label: string; ordered: boolean; start: number } | undefined => {
    const levels = numbering.get(numId);
    const lvl = levels?.[ilvl];
    if (!lvl || lvl.format === "none") return undefined;
    if (lvl.format === "bullet") return { label: "", ordered: false, start: 1 };
    const c = counters.get(numId) ?? [];
    c[ilvl] = (c[ilvl] ?? (lvl.start - 1)) + 1;
    c.length = ilvl + 1;
    counters.set(numId, c);
    const n = c[ilvl]!;
    // The label as Word shows it, by the level's text: "%1." → "3.", "%1.%2" → "3.1", "Hoofdstuk %1" → "Hoofdstuk 3".
    const shownAt = (k: number) => formatListNumber(levels![k]?.format ?? "decimal", c[k] ?? levels![k]?.start ?? 1);
    const label = lvl.text ? lvl.text.replace(/%([1-9])/g, (_m, k: string) => (Number(k) - 1 <= ilvl ? shownAt(Number(k) - 1) : "")).trim() : `${shownAt(ilvl)}.`;
    return { label, ordered: true, start: n };
  };

  const visit = (el: XmlElement) => {
    for (const node of elements(el)) {
      if (node.name === "w:p") paragraph(node);
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
        const text = elements(tc, "w:p").map((p) => runsToMarkdown(runsOf(p, footnotes, []))).filter(Boolean).join(" ");
        const span = Number(child(child(tc, "w:tcPr") ?? tc, "w:gridSpan")?.attrs["w:val"] ?? 1);
        return [text, ...Array<string>(Math.min(Math.max(1, span || 1), MAX_TABLE_COLUMNS) - 1).fill("")];
      }),
    );

  // Text boxes ("kaders" with key figures, quotes) hang in a paragraph's drawing: their text follows it.
  const paragraph = (p: XmlElement) => {
    paragraphOwn(p);
    for (const box of textBoxesOf(p)) visit(box);
  };
  const paragraphOwn = (p: XmlElement) => {
    const origin: Origin = { line: index++ };
    const pPr = child(p, "w:pPr");
    const styleId = child(pPr, "w:pStyle")?.attrs["w:val"];
    const chain = styleChain(styleId);
    const styleName = chain[0]?.name.toLowerCase() ?? "";
    const notes: DocBlock[] = [];
    const runs = runsOf(p, footnotes, notes, origin);
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
    const num = numId && numId !== "0" ? numberFor(numId, ilvl) : undefined;
    // A heading made by hand: a short paragraph wholly in bold, directly or by its style.
    const byHand = outline === undefined || outline >= 9 ? boldHeading(runs, chain.some((s) => s.bold)) : undefined;
    if (outline !== undefined && outline < 9) {
      const label = num?.ordered && num.label !== "" ? `${num.label} ` : "";
      blocks.push({ kind: "heading", text: label + plainText(text), level: outline + 1, origin });
    } else if (!num && notes.length === 0 && byHand !== undefined) {
      blocks.push({ kind: "heading", text: byHand, origin });
    } else if (num) {
      const last = blocks[blocks.length - 1];
      if (last?.kind === "list" && last.ordered === num.ordered) blocks[blocks.length - 1] = { ...last, items: [...last.items, text] };
      else blocks.push({ kind: "list", ordered: num.ordered, ...(num.ordered ? { start: num.start } : {}), items: [text], origin });
    } else {
      blocks.push({ kind: "paragraph", text, origin });
    }
    blocks.push(...notes);
  };
  visit(body);
  return { format: "docx", blocks, ...(title ? { title } : {}), ...(subtitle ? { subtitle } : {}), ...(facts.length > 0 ? { facts } : {}), notes: [] };
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

/** The runs of a paragraph (or a footnote), following hyperlinks, insertions, moves (where the text went) and fields; deletions, and the place text was moved from, are left out. */
function runsOf(el: XmlElement, footnotes: Footnotes, notes: DocBlock[], origin: Origin = {}): Run[] {
  const runs: Run[] = [];
  const walk = (e: XmlElement) => {
    for (const c of elements(e)) {
      if (c.name === "w:r") run(c);
      else if (c.name === "w:hyperlink" || c.name === "w:ins" || c.name === "w:moveTo" || c.name === "w:fldSimple" || c.name === "w:smartTag" || c.name === "w:sdt" || c.name === "w:sdtContent" || c.name === "w:customXml") walk(c);
    }
  };
  const run = (r: XmlElement) => {
    const rPr = child(r, "w:rPr");
    const on = (name: string) => {
      const p = child(rPr, name);
      return p !== undefined && !/^(?:0|false|off)$/.test(p.attrs["w:val"] ?? "");
    };
    const bold = on("w:b");
    const italic = on("w:i");
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
          notes.push({ kind: "footnote", id: label, text: body.map((p) => runsToMarkdown(runsOf(p, footnotes, []))).filter(Boolean).join(" "), origin });
        }
      }
    }
  };
  walk(el);
  return runs;
}


function readStyles(zip: ZipArchive): Map<string, Style> {
  const map = new Map<string, Style>();
  const xml = zip.text("word/styles.xml");
  if (!xml) return map;
  for (const s of elements(parseXml(xml, "word/styles.xml"), "w:style")) {
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
      ...(isOn(child(child(s, "w:rPr"), "w:b")) ? { bold: true } : {}),
    });
  }
  return map;
}

/** A toggle such as `<w:b/>`, `<w:b w:val="1"/>`; not `<w:b w:val="0"/>`. */
function isOn(el: XmlElement | undefined): boolean {
  return el !== undefined && !/^(?:0|false|off)$/.test(el.attrs["w:val"] ?? "");
}

function readNumbering(zip: ZipArchive): Map<string, NumLevel[]> {
  const out = new Map<string, NumLevel[]>();
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
    const levels = abstract.get(child(n, "w:abstractNumId")?.attrs["w:val"] ?? "");
    if (levels) out.set(n.attrs["w:numId"] ?? "", levels);
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

