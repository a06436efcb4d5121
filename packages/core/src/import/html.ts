/**
 * The HTML reader (.html, .htm, .xhtml): a plan saved from the web, above all from its official
 * publication (lokaleregelgeving.overheid.nl, whose pages carry the adopted plan and, in a frame of
 * tables, who adopted it and when). htmlparser2's callbacks, no DOM: `h1`–`h6` are headings with
 * their level, `p` and text directly in a block paragraphs, `ul`/`ol` lists, `table` tables, `b`/`strong`
 * and `i`/`em` emphasis. What a page has around its text (scripts, styles, navigation, forms) is
 * not the plan's and is left out; so are the page's own header, footer and sidebar (a `header`,
 * `footer` or `aside` outside any `main`, `article` or `section`, and the landmarks that ARIA names
 * banner, contentinfo, complementary, navigation and search) and dialogs such as a cookie banner,
 * each reported with its text. A `header` or `footer` inside the plan's `article` is the plan's, and so
 * is a page's header that holds the `h1` (pandoc's title block). A page that marks its content (`main`,
 * or the ARIA role main) has nothing of the plan outside it (a skip link, a cookie bar without a role);
 * elements a site names so (class or id "cookie", "consent", "skiplink", "breadcrumb") are its own too.
 * Word's own HTML ("Opslaan als webpagina") is read as the Word reader reads a .docx (./html-word.ts):
 * tracked deletions and comments left out, footnotes and endnotes as footnotes, Title and Subtitle as
 * the title and subtitle, list paragraphs as lists, the table of contents as one list without its dot
 * leaders and page numbers (each page number reported, as ./contents.ts does).
 * (Over 330 lines: one pass of htmlparser2's callbacks, which share the reader's state, the open block,
 * list, table and what is being left out; Word's own rules are apart, in ./html-word.ts.)
 */
import { MAX_TABLE_COLUMNS, type DocBlock, type FootnoteBlock, type Origin, type ReaderNote, type SourceDocument } from "./document.js";
import { contentsEntry, fillFootnotes, isListMarker, isTab, isWordHtml, listMarker, noteBackLink, noteBody, noteReference, wordLeavesOut, wordParagraph, type WordParagraph } from "./html-word.js";
import { plainText, runsToMarkdown, type Run } from "./inline.js";
import { boldHeading } from "./lines.js";

/** Elements whose content is never the plan's text. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "nav", "form", "button", "select", "iframe", "object", "head"]);
/** Elements that end the text before them and start a block of their own. */
const BLOCK = new Set(["p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "address", "figure", "figcaption", "dd", "dt", "dl", "center", "body", "html", "hr", "pre"]);
const HEADING = /^h([1-6])$/;
/** The page's own parts (HTML's sectioning and ARIA's landmark roles), not the plan's text. */
const PAGE_PART = new Set(["header", "footer", "aside"]);
const PAGE_ROLES = new Set(["banner", "contentinfo", "complementary", "navigation", "search", "dialog", "alertdialog"]);
/** Inside these, a header or footer is the content's own. */
const CONTENT = new Set(["main", "article", "section"]);
/** Class or id of a site's own parts that carry no landmark role. */
const PAGE_CLASS = /(?:^|[\s_-])(?:cookies?|cookiebar|consent|skip-?links?|skip-?to|breadcrumbs?|kruimelpad)(?:$|[\s_-])/i;
/** A dropped part is reported with at most this much of its text. */
const SHOWN = 80;
/** A tab in Word's HTML: a space, and in a contents entry what stands between its title and its page number. */
const TAB: Run = { text: " " };

export async function readHtml(html: string): Promise<SourceDocument> {
  const { Parser } = await import("htmlparser2");
  const blocks: DocBlock[] = [];
  const word = isWordHtml(html);
  let title: string | undefined;
  let inTitle = false;
  let skipping = 0;
  let runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  let line = 0;
  let heading: number | undefined;
  const lists: { ordered: boolean; items: string[]; start: number }[] = [];
  let item: Run[] | undefined;
  // Per open table: its rows, the row and cell being read, the open cell's colspan and rowspan, and per
  // column how many more rows a cell above still covers (those get an empty cell, so columns stay in line).
  const tables: { rows: string[][]; row?: string[]; cell?: Run[]; across: number; down: number; covered: number[] }[] = [];
  const fillCovered = (t: (typeof tables)[number]) => {
    const row = (t.row ??= []);
    while ((t.covered[row.length] ?? 0) > 0 && row.length < MAX_TABLE_COLUMNS) {
      t.covered[row.length]!--;
      row.push("");
    }
  };
  const span = (v: string | undefined) => Math.min(Math.max(1, Number(v ?? 1) || 1), MAX_TABLE_COLUMNS);
  const origin = (): Origin => ({ line });
  const notes: ReaderNote[] = [];
  // The open elements, with what each does to the text inside it; how many of them make content (main,
  // article, section); the page's own part being left out.
  const open: { name: string; skip: boolean; content: boolean; chrome: boolean; main: boolean; para?: boolean; marker?: boolean; note?: boolean }[] = [];
  let inContent = 0;
  let chrome: { from: number; origin: Origin; h1: boolean } | undefined;
  // The blocks read outside the page's `main`, left out at the end when something was read inside one.
  let inMain = 0;
  const outsideMain = new Set<DocBlock>();
  // Word's HTML: the paragraph being read as its style makes it; the marker of a list item (its bullet or
  // number); the list or table of contents being gathered; the title and subtitle; the footnotes referred
  // to (by Word's key, "ftn1", "edn1") and their texts; the footnote being read.
  let para: WordParagraph | undefined;
  let inMarker = 0;
  let marker = "";
  let itemMarker = "";
  let wordList: { list: string; ordered: boolean; start: number; items: string[]; origin: Origin; contents?: boolean } | undefined;
  let docTitle: SourceDocument["title"];
  let titleAt = 0;
  let subtitle: string | undefined;
  const labels = new Map<string, string>();
  const pending: FootnoteBlock[] = [];
  const noteKeys = new Map<DocBlock, string>();
  const noteTexts = new Map<string, string>();
  let note: { key: string; runs: Run[] } | undefined;
  const emit = (b: DocBlock) => {
    blocks.push(b);
    if (inMain === 0) outsideMain.add(b);
    // A footnote follows the block that refers to it, as in the Word reader.
    if (b.kind !== "footnote") for (const n of pending.splice(0)) emit(n);
  };
  const closeWordList = () => {
    const l = wordList;
    wordList = undefined;
    if (l && l.items.length > 0) emit({ kind: "list", ordered: l.ordered, ...(l.ordered ? { start: l.start } : {}), items: l.items, origin: l.origin });
  };
  const push = (b: DocBlock) => {
    closeWordList();
    emit(b);
  };

  /** The text gathered so far, as a block of the kind the open element makes it. */
  const flush = () => {
    const gathered = runs;
    runs = [];
    if (para?.kind === "contents") return contentsLine(gathered);
    const text = runsToMarkdown(gathered).trim();
    if (text === "") return;
    if (para && wordBlock(para, text)) return;
    // A short paragraph wholly in bold is a heading made by hand (as in Word: ./docx.ts).
    const byHand = heading === undefined ? boldHeading(gathered) : undefined;
    if (heading !== undefined) push({ kind: "heading", text: plainText(text), level: heading, origin: origin() });
    else if (byHand !== undefined) push({ kind: "heading", text: byHand, origin: origin() });
    else push({ kind: "paragraph", text, origin: origin() });
  };
  /** A paragraph in a Word style the Word reader reads so (./docx.ts); false: an ordinary paragraph. */
  const wordBlock = (p: WordParagraph, text: string): boolean => {
    switch (p.kind) {
      case "title":
        // A title set over two lines in two Title paragraphs is one title.
        if (docTitle && (titleAt !== blocks.length || subtitle !== undefined)) return false;
        docTitle = { text: docTitle ? `${docTitle.text} ${plainText(text)}` : plainText(text), origin: docTitle?.origin ?? origin() };
        titleAt = blocks.length;
        return true;
      case "subtitle":
        if (subtitle !== undefined || blocks.length > 0) return false;
        subtitle = plainText(text);
        return true;
      case "contentsHeading":
      case "heading":
        push({ kind: "heading", text: plainText(text), ...(p.kind === "heading" ? { level: p.level } : {}), origin: origin() });
        return true;
      case "item": {
        // Items of a level below the first follow the list's (the format has one level); a new list at the first level starts a list of its own.
        const m = listMarker(itemMarker);
        if (!(wordList && !wordList.contents && (p.level > 1 || (wordList.list === p.list && wordList.ordered === m.ordered)))) {
          closeWordList();
          wordList = { list: p.list, ordered: m.ordered, start: m.start, items: [], origin: origin() };
        }
        wordList.items.push(text);
        return true;
      }
      default:
        return false;
    }
  };
  /** An entry of Word's table of contents: its title, without the dot leader and the page number after its last tab (reported). */
  const contentsLine = (gathered: Run[]) => {
    const cut = gathered.lastIndexOf(TAB);
    const entry = contentsEntry(runsToMarkdown(cut < 0 ? gathered : gathered.slice(0, cut)), cut < 0 ? undefined : plainText(runsToMarkdown(gathered.slice(cut + 1))));
    if (entry.title === "") return;
    if (!wordList?.contents) {
      closeWordList();
      wordList = { list: "", ordered: false, start: 1, items: [], origin: origin(), contents: true };
    }
    wordList.items.push(entry.title);
    if (entry.page) notes.push({ kind: "dropped", messageId: "import.inhoudsopgave", data: { tekst: entry.page, titel: plainText(entry.title) }, origin: origin(), text: entry.page });
  };
  const target = (): Run[] => {
    if (note) return note.runs;
    const table = tables[tables.length - 1];
    if (table?.cell) return table.cell;
    if (item) return item;
    return runs;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        // Word's: a reference to a footnote is `[^n]`, its number left out.
        const ref = word && skipping === 0 && !note ? noteReference(name, attrs) : undefined;
        if (ref !== undefined) {
          const label = labels.get(ref) ?? `${ref.startsWith("edn") ? "e" : ""}${[...labels.keys()].filter((k) => k.slice(0, 3) === ref.slice(0, 3)).length + 1}`;
          labels.set(ref, label);
          target().push({ text: `[^${label}]`, raw: true });
          const block: FootnoteBlock = { kind: "footnote", id: label, text: "", origin: origin() };
          noteKeys.set(block, ref);
          pending.push(block);
        }
        // A tab is a space (its content a dot leader or spacing), and in a contents entry it marks the page number.
        const tab = word && skipping === 0 && isTab(attrs);
        if (tab) target().push(TAB);
        const skip = SKIPPED.has(name) || attrs["aria-hidden"] === "true" || "hidden" in attrs || (word && (ref !== undefined || tab || wordLeavesOut(name, attrs) || noteBackLink(name, attrs)));
        const content = CONTENT.has(name) || attrs.role === "main";
        const startsChrome = !chrome && skipping === 0 && ((PAGE_PART.has(name) && inContent === 0) || PAGE_ROLES.has(attrs.role ?? "") || PAGE_CLASS.test(`${attrs.class ?? ""} ${attrs.id ?? ""}`));
        const main = name === "main" || attrs.role === "main";
        // `head` is skipped, but its `title` still names the page (read in `ontext`); an image's (svg) does not.
        if (name === "title" && !open.some((e) => e.name === "svg")) inTitle = true;
        const entry: (typeof open)[number] = { name, skip, content, chrome: startsChrome, main };
        open.push(entry);
        if (content) inContent++;
        if (startsChrome) {
          flush();
          chrome = { from: blocks.length, origin: origin(), h1: false };
        }
        if (chrome && name === "h1") chrome.h1 = true;
        if (main) {
          // What came before is outside it.
          flush();
          inMain++;
        }
        if (skip) skipping++;
        if (skipping > 0) return;
        if (word) {
          if (isListMarker(attrs)) {
            entry.marker = true;
            if (inMarker++ === 0) marker = "";
          }
          const key = note ? undefined : noteBody(name, attrs);
          if (key !== undefined) {
            flush();
            note = { key, runs: [] };
            entry.note = true;
            return;
          }
          // In a footnote's text, blocks are spaces between its words.
          if (note) {
            if (name === "br" || BLOCK.has(name) || HEADING.test(name) || name === "li" || name === "td" || name === "th") note.runs.push({ text: " " });
            else if (name === "b" || name === "strong") bold++;
            else if (name === "i" || name === "em") italic++;
            return;
          }
          const p = tables[tables.length - 1]?.cell || item ? undefined : wordParagraph(name, attrs);
          if (p) {
            flush();
            para = p;
            itemMarker = "";
            entry.para = true;
            return;
          }
          // Paragraphs in a table cell: a space between them.
          if (name === "p" && tables[tables.length - 1]?.cell?.length) target().push({ text: " " });
        }
        const h = HEADING.exec(name);
        if (h) {
          flush();
          heading = Number(h[1]);
        } else if (BLOCK.has(name)) flush();
        else if (name === "br") target().push({ text: " " });
        else if (name === "b" || name === "strong") bold++;
        else if (name === "i" || name === "em") italic++;
        else if (name === "ul" || name === "ol") {
          flush();
          if (item) lists[lists.length - 1]?.items.push(runsToMarkdown(item).trim());
          item = undefined;
          lists.push({ ordered: name === "ol", items: [], start: Number(attrs.start ?? 1) || 1 });
        } else if (name === "li") {
          if (item) lists[lists.length - 1]?.items.push(runsToMarkdown(item).trim());
          item = [];
        } else if (name === "table") {
          flush();
          tables.push({ rows: [], across: 1, down: 1, covered: [] });
        } else if (name === "tr") {
          const t = tables[tables.length - 1];
          if (t) t.row = [];
        } else if (name === "td" || name === "th") {
          const t = tables[tables.length - 1];
          if (t) {
            fillCovered(t);
            t.cell = [];
            t.across = span(attrs.colspan);
            t.down = span(attrs.rowspan);
          }
        }
      },
      ontext(text) {
        if (inTitle) title = `${title ?? ""}${text}`;
        if (skipping > 0) return;
        line += (text.match(/\n/g) ?? []).length;
        if (inMarker > 0) {
          marker += text;
          return;
        }
        const t = text.replace(/\s+/g, " ");
        if (t !== "") target().push({ text: t, bold: bold > 0, italic: italic > 0 });
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        // htmlparser2 closes every element it opened (void, implied and unclosed ones too): the stack stays even.
        const e = open.pop();
        if (!e) return;
        if (e.main) {
          flush();
          inMain--;
        }
        if (e.content) inContent--;
        if (e.skip) skipping--;
        if (e.chrome && chrome) {
          flush();
          // A header with the document's h1 is its title block (pandoc's), not the site's banner.
          if (!(name === "header" && chrome.h1)) {
            const shown = blocks.splice(chrome.from).map(blockText).join(" ").replace(/\s+/g, " ").trim();
            if (shown !== "") notes.push({ kind: "dropped", messageId: "import.webpagina", data: { tekst: shown.length > SHOWN ? `${shown.slice(0, SHOWN).trimEnd()} …` : shown }, origin: chrome.origin, text: shown });
          }
          chrome = undefined;
        }
        if (e.skip || skipping > 0) return;
        if (e.note && note) {
          const text = runsToMarkdown(note.runs).trim();
          if (text !== "") noteTexts.set(note.key, `${noteTexts.has(note.key) ? `${noteTexts.get(note.key)} ` : ""}${text}`);
          note = undefined;
          return;
        }
        if (e.marker && --inMarker === 0) {
          // A list item's marker is the list's; elsewhere (a numbered heading, a list in a table cell) a number stays, a bullet goes.
          if (para?.kind === "item") itemMarker = marker;
          else if (listMarker(marker).ordered) target().push({ text: `${marker.replace(/\s+/g, " ").trim()} ` });
          return;
        }
        if (note) {
          if (name === "b" || name === "strong") bold = Math.max(0, bold - 1);
          else if (name === "i" || name === "em") italic = Math.max(0, italic - 1);
          return;
        }
        if (e.para) {
          flush();
          para = undefined;
          return;
        }
        if (HEADING.test(name)) {
          flush();
          heading = undefined;
        } else if (BLOCK.has(name)) flush();
        else if (name === "b" || name === "strong") bold = Math.max(0, bold - 1);
        else if (name === "i" || name === "em") italic = Math.max(0, italic - 1);
        else if (name === "li") {
          if (item) lists[lists.length - 1]?.items.push(runsToMarkdown(item).trim());
          item = undefined;
        } else if (name === "ul" || name === "ol") {
          const list = lists.pop();
          const items = list?.items.filter((i) => i !== "") ?? [];
          // A list inside a list item: its items follow the outer list's (the format has one level).
          const outer = lists[lists.length - 1];
          if (outer) outer.items.push(...items);
          else if (list && items.length > 0) push({ kind: "list", ordered: list.ordered, ...(list.ordered ? { start: list.start } : {}), items, origin: origin() });
        } else if (name === "td" || name === "th") {
          const t = tables[tables.length - 1];
          if (t?.cell) {
            const row = (t.row ??= []);
            for (let k = 0; k < t.across && row.length < MAX_TABLE_COLUMNS; k++) {
              if (t.down > 1) t.covered[row.length] = t.down - 1;
              row.push(k === 0 ? runsToMarkdown(t.cell).trim() : "");
            }
          }
          if (t) t.cell = undefined;
        } else if (name === "tr") {
          const t = tables[tables.length - 1];
          if (t?.row) fillCovered(t);
          if (t?.row && t.row.some((c) => c !== "")) t.rows.push(t.row);
          if (t) t.row = undefined;
        } else if (name === "table") {
          const t = tables.pop();
          if (t && t.rows.length > 0) push({ kind: "table", rows: t.rows, origin: origin() });
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  closeWordList();
  for (const n of pending.splice(0)) emit(n);
  if (blocks.some((b) => !outsideMain.has(b))) dropOutside(blocks, outsideMain, notes);
  if (noteKeys.size > 0 || noteTexts.size > 0) fillFootnotes(blocks, noteKeys, noteTexts);
  // The page's own title, when the page has no h1 that says more.
  const h1 = blocks.find((b) => b.kind === "heading" && b.level === 1);
  const pageTitle = title?.replace(/\s+/g, " ").trim();
  return { format: "html", blocks, ...(docTitle ? { title: docTitle } : !h1 && pageTitle ? { title: { text: pageTitle, origin: { line: 0 } } } : {}), ...(subtitle ? { subtitle } : {}), notes };
}

/** A block's words, for the note on a part of the page left out. */
function blockText(b: DocBlock): string {
  switch (b.kind) {
    case "list":
      return b.items.join(" ");
    case "table":
      return b.rows.map((r) => r.join(" ")).join(" ");
    default:
      return b.text;
  }
}

/** Leaves out the blocks read outside the page's `main`, each run of them reported with its text. */
function dropOutside(blocks: DocBlock[], outside: ReadonlySet<DocBlock>, notes: ReaderNote[]): void {
  const kept: DocBlock[] = [];
  let run: DocBlock[] = [];
  const report = () => {
    const shown = run.map(blockText).join(" ").replace(/\s+/g, " ").trim();
    if (shown !== "") notes.push({ kind: "dropped", messageId: "import.webpagina", data: { tekst: shown.length > SHOWN ? `${shown.slice(0, SHOWN).trimEnd()} …` : shown }, origin: run[0]!.origin, text: shown });
    run = [];
  };
  for (const b of blocks) {
    if (outside.has(b)) run.push(b);
    else {
      if (run.length > 0) report();
      kept.push(b);
    }
  }
  if (run.length > 0) report();
  // A loop, not splice(...kept): a long page has more blocks than a call takes arguments.
  blocks.length = 0;
  for (const b of kept) blocks.push(b);
}
