/**
 * A plan as a Word document for the raad's document flow (raadsvoorstel, griffie, RIS), with the
 * `docx` library (it writes real Word styles, numbering, footnotes and tables, in Node and in a
 * browser alike). A title page with gemeente, period and who proposed or adopted the plan; headings
 * in Word's Heading styles (so the navigation pane and a table of contents work); the budget as a Word
 * table with the amounts right-aligned as written; legal citations as links to wetten.overheid.nl;
 * footnotes as Word footnotes. HTML comments (the writer's notes and directives) are left out.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import { citationUrl, findCitations } from "../law/citation.js";
import { parse, type ParsedPlan } from "../parse.js";
import type { Block } from "../syntax/blocks.js";
import { DUTCH_MONTHS } from "../text/dates.js";

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
/** The style of the title page's facts (gemeente, period, adoption, legal basis). */
export const TITLE_PAGE = "Titelpagina";

/** Exports a plan's text as a .docx (its bytes). */
export async function exportDocx(text: string): Promise<Uint8Array> {
  const plan = parse(text);
  const footnotes = new Map<string, number>();
  const footnoteBodies: Record<string, { children: Paragraph[] }> = {};
  const at = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  for (const b of plan.blocks) if (b.kind === "footnote") footnotes.set(b.label, footnotes.size + 1);
  for (const b of plan.blocks) {
    if (b.kind === "footnote") footnoteBodies[String(footnotes.get(b.label))] = { children: [new Paragraph({ children: inline(oneLine(at(b.content)), footnotes) })] };
  }
  const body: (Paragraph | Table)[] = [...titlePage(plan)];
  let lists = 0;
  let skippedTitle = false;
  for (const b of plan.blocks) {
    const content = "content" in b ? at(b.content) : "";
    switch (b.kind) {
      case "heading":
        if (b.level === 1 && !skippedTitle && content.trim() === plan.plan.metadata.titel) {
          skippedTitle = true;
          break;
        }
        body.push(new Paragraph({ heading: HEADINGS[Math.max(0, Math.min(5, b.level - 2))], children: inline(content, footnotes) }));
        break;
      case "paragraph":
        body.push(new Paragraph({ children: inline(oneLine(content), footnotes), spacing: { after: 120 } }));
        break;
      case "quote":
        body.push(new Paragraph({ children: inline(oneLine(content.replace(/^\s*>\s?/gm, "")), footnotes, { italics: true }), indent: { left: 567 }, spacing: { after: 120 } }));
        break;
      case "list": {
        lists++;
        for (const item of b.items) {
          body.push(new Paragraph({ children: inline(oneLine(at(item.content)), footnotes), numbering: { reference: b.ordered ? "genummerd" : "opsomming", level: 0, instance: lists } }));
        }
        break;
      }
      case "table":
        body.push(table(plan, b, text, footnotes));
        break;
      case "fence":
        for (const line of at(b.span).split(/\r?\n/).slice(1, -2)) body.push(new Paragraph({ children: [new TextRun({ text: line, font: "Courier New" })] }));
        break;
      default:
        // Front matter (on the title page), comments, footnote bodies (Word footnotes), blank lines.
        break;
    }
  }
  const m = plan.plan.metadata;
  const doc = new Document({
    title: m.titel,
    subject: ["Integraal veiligheidsplan", m.gemeente, m.periode ? `${m.periode.van}-${m.periode.tot}` : ""].filter(Boolean).join(" "),
    creator: "veiligheidsplan",
    styles: {
      // Sizes that step down from the title to the body text, so that a PDF printed from this document
      // still shows its outline in its type sizes (what a PDF reader has to go on).
      default: {
        document: { run: { size: 22 } },
        title: { run: { size: 48 } },
        heading1: { run: { size: 36, bold: true }, paragraph: { outlineLevel: 0 } },
        heading2: { run: { size: 30, bold: true }, paragraph: { outlineLevel: 1 } },
        heading3: { run: { size: 27, bold: true }, paragraph: { outlineLevel: 2 } },
        heading4: { run: { size: 25, bold: true }, paragraph: { outlineLevel: 3 } },
        heading5: { run: { size: 24, bold: true, italics: true }, paragraph: { outlineLevel: 4 } },
        heading6: { run: { size: 24, italics: true }, paragraph: { outlineLevel: 5 } },
      },
      paragraphStyles: [
        { id: "Subtitle", name: "Subtitle", basedOn: "Normal", next: "Normal", run: { size: 32, color: "444444" }, paragraph: { spacing: { after: 240 } } },
        { id: TITLE_PAGE, name: TITLE_PAGE, basedOn: "Normal", next: "Normal", run: { size: 22 }, paragraph: { spacing: { after: 80 } } },
      ],
    },
    footnotes: footnoteBodies,
    numbering: {
      config: [
        { reference: "genummerd", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 340 } } } }] },
        { reference: "opsomming", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 340 } } } }] },
      ],
    },
    sections: [{ children: body }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function spoken(iso: string | undefined): string | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${Number(m[3])} ${DUTCH_MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

/** The title page: title, subtitle, gemeente and period, and where the plan stands (proposed or adopted, by whom, when). */
function titlePage(plan: ParsedPlan): Paragraph[] {
  const m = plan.plan.metadata;
  const out = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(m.titel)] })];
  if (m.ondertitel) out.push(new Paragraph({ style: "Subtitle", children: [new TextRun(m.ondertitel)] }));
  const facts: string[] = [];
  if (m.gemeente) facts.push(`Gemeente ${m.gemeente}`);
  if (m.periode) facts.push(`Periode ${m.periode.van}-${m.periode.tot}`);
  if (m.vastgesteld) facts.push(`Vastgesteld door de ${m.vastgesteld.door ?? "gemeenteraad"}${m.vastgesteld.datum ? ` op ${spoken(m.vastgesteld.datum)}` : ""}`);
  if (m.voorgesteld) facts.push(`${m.vastgesteld ? "Voorgesteld" : "Voorstel van het"} ${m.vastgesteld ? "door het " : ""}${m.voorgesteld.door ?? "college"}${m.voorgesteld.datum ? ` van ${spoken(m.voorgesteld.datum)}` : ""}`);
  if (m.vorigPlan?.titel) {
    const vp = m.vorigPlan;
    facts.push(`Vorig plan: ${vp.titel}${vp.periode ? ` (${vp.periode.van}-${vp.periode.tot})` : ""}${vp.vastgesteld ? `, vastgesteld op ${spoken(vp.vastgesteld)}` : ""}`);
  }
  facts.push(`Status: ${m.status ?? "concept"}`);
  // In a style of their own, so that importing this document reads them as the front matter again.
  for (const f of facts) out.push(new Paragraph({ style: TITLE_PAGE, children: [new TextRun(f)] }));
  if (m.grondslag.length > 0) {
    out.push(new Paragraph({ style: TITLE_PAGE, children: [new TextRun({ text: "Grondslag: ", italics: true }), ...joinLinks(m.grondslag.map((g) => ({ text: g.tekst, url: g.url })))] }));
  }
  out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}

function joinLinks(items: readonly { text: string; url?: string | undefined }[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  items.forEach((g, i) => {
    if (i > 0) out.push(new TextRun({ text: "; ", italics: true }));
    out.push(g.url ? new ExternalHyperlink({ link: g.url, children: [new TextRun({ text: g.text, style: "Hyperlink", italics: true })] }) : new TextRun({ text: g.text, italics: true }));
  });
  return out;
}

function table(plan: ParsedPlan, b: Extract<Block, { kind: "table" }>, text: string, footnotes: ReadonlyMap<string, number>): Table {
  const budget = plan.budget?.table === b;
  const cellText = (c: { content: { start: number; end: number } }) => text.slice(c.content.start, c.content.end);
  const border = { style: BorderStyle.SINGLE, size: 4, color: "999999" };
  const rows = [b.header, ...b.rows].map((r, ri) => {
    const total = budget && /^\**\s*totaa?l\s*\**$/i.test(cellText(r.cells[0] ?? { content: { start: 0, end: 0 } }).trim());
    return new TableRow({
      tableHeader: ri === 0,
      children: r.cells.map((c, ci) => {
        const right = b.align[ci] === "right" || (budget && ci > 0);
        return new TableCell({
          borders: { top: border, bottom: border, left: border, right: border },
          children: [new Paragraph({ alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: inline(cellText(c), footnotes, ri === 0 || total ? { bold: true } : {}) })],
        });
      }),
    });
  });
  // The budget's names get room; the years share the rest (an A4 text width is about 9,000 twips).
  const columns = b.header.cells.length;
  const columnWidths = budget && columns > 1 ? [3400, ...Array.from({ length: columns - 1 }, () => Math.floor(5600 / (columns - 1)))] : undefined;
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, ...(columnWidths ? { columnWidths } : {}) });
}

const oneLine = (s: string) => s.replace(/\s*\r?\n\s*/g, " ").trim();

/**
 * Markdown inline text as Word runs: **bold**, *italic*, [text](url) links, [^n] footnote
 * references, and legal citations as links to the law's article.
 */
function inline(md: string, footnotes: ReadonlyMap<string, number>, base: { bold?: boolean; italics?: boolean } = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const TOKEN = /(\*\*\*|\*\*|__|\*|_(?=\S))|\[\^([^\]]+)\]|\[([^\]]+)\]\(([^)\s]+)\)|\\([\\*_`[\]#|])/g;
  let bold = !!base.bold;
  let italics = !!base.italics;
  let last = 0;
  const plain = (s: string) => {
    if (s === "") return;
    // Citations inside the plain text become links.
    let at = 0;
    for (const c of findCitations(s)) {
      const url = citationUrl(c);
      if (!url) continue;
      if (c.start > at) out.push(new TextRun({ text: s.slice(at, c.start), bold, italics }));
      out.push(new ExternalHyperlink({ link: url, children: [new TextRun({ text: s.slice(c.start, c.end), bold, italics, style: "Hyperlink" })] }));
      at = c.end;
    }
    if (at < s.length) out.push(new TextRun({ text: s.slice(at), bold, italics }));
  };
  for (const m of md.matchAll(TOKEN)) {
    plain(md.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] === "***") ((bold = !bold), (italics = !italics));
    else if (m[1] === "**" || m[1] === "__") bold = !bold;
    else if (m[1] === "*" || m[1] === "_") italics = !italics;
    else if (m[2] !== undefined) {
      const n = footnotes.get(m[2]);
      if (n !== undefined) out.push(new FootnoteReferenceRun(n));
      else plain(m[0]);
    } else if (m[3] !== undefined) out.push(new ExternalHyperlink({ link: m[4]!, children: [new TextRun({ text: m[3], bold, italics, style: "Hyperlink" })] }));
    else if (m[5] !== undefined) plain(m[5]);
  }
  plain(md.slice(last));
  return out;
}
