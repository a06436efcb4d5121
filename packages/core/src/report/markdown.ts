/**
 * A small, safe Markdown-to-HTML renderer for the subset the format uses: headings, paragraphs,
 * emphasis, code, lists, block quotes, GFM tables, footnotes, links, thematic breaks. The block level
 * reuses core's own scanner (syntax/blocks.ts), so the report sees exactly the blocks the rules see.
 *
 * Safety: every character of the plan is escaped; raw HTML is shown as text, never passed through;
 * HTML comments are dropped; links keep only http(s), mailto and in-report anchors; images are shown
 * as their description (a self-contained report fetches nothing). Work is bounded on hostile input:
 * nesting is capped and emphasis matching is skipped for paragraphs with thousands of delimiters.
 * (Over 300 lines: block and inline rendering share the escaping rules and are read together.)
 */
import { scanBlocks, type Block, type ListBlock, type TableBlock } from "../syntax/blocks.js";
import { esc, IdRegistry, safeHref, slug } from "./html.js";

/** Renders a run of plain (unescaped) text as HTML; the report uses it to link citations and themes. */
export type TextHook = (raw: string) => string;

export interface MarkdownOptions {
  readonly text?: TextHook;
  readonly ids?: IdRegistry;
  /** Word for an image in the text, shown instead of fetching it: "afbeelding". */
  readonly imageLabel?: string;
}

const MAX_DEPTH = 16;
const MAX_DELIMITERS = 2000;
const LINK_SCAN_LIMIT = 2000;
const ASCII_PUNCT = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;
const isSpace = (c: string) => /\s/.test(c);
const isPunct = (c: string) => /[\p{P}\p{S}]/u.test(c);

type InlineNode =
  | { readonly t: "html"; readonly html: string }
  | { readonly t: "delim"; readonly ch: "*" | "_"; n: number; readonly orig: number; readonly open: boolean; readonly close: boolean };

interface Footnote {
  readonly label: string;
  readonly id: string;
  /** The definition's Markdown, dedented. */
  markdown?: string;
  number?: number;
  refs: number;
}

export class MarkdownRenderer {
  readonly ids: IdRegistry;
  private readonly textHook: TextHook;
  private readonly imageLabel: string;
  private readonly footnotes = new Map<string, Footnote>();
  private footnoteCount = 0;

  constructor(options: MarkdownOptions = {}) {
    this.ids = options.ids ?? new IdRegistry();
    this.textHook = options.text ?? esc;
    this.imageLabel = options.imageLabel ?? "afbeelding";
  }

  /** A whole Markdown fragment (a theme's opgave, a toelichting) as HTML. Footnotes: see `footnotesHtml`. */
  fragment(markdown: string, depth = 0): string {
    const blocks = scanBlocks(markdown);
    this.collectFootnotes(markdown, blocks);
    return this.blocks(markdown, blocks, depth);
  }

  /**
   * Registers the footnote definitions among `blocks` before any text is rendered, so that a reference
   * that comes before its definition still links to it.
   */
  collectFootnotes(text: string, blocks: readonly Block[]): void {
    for (const b of blocks) {
      if (b.kind !== "footnote") continue;
      const key = b.label.toLowerCase();
      const existing = this.footnotes.get(key);
      if (existing?.markdown !== undefined) continue;
      const md = dedentContinuation(text.slice(b.content.start, b.content.end), 4);
      if (existing) existing.markdown = md;
      else this.footnotes.set(key, { label: b.label, id: this.ids.take(`voetnoot-${slug(b.label)}`), markdown: md, refs: 0 });
    }
  }

  blocks(text: string, blocks: readonly Block[], depth = 0): string {
    let out = "";
    for (const b of blocks) out += this.block(text, b, depth);
    return out;
  }

  /** One block as HTML; blank lines, comments, front matter and footnote definitions give nothing. */
  block(text: string, b: Block, depth = 0): string {
    switch (b.kind) {
      case "blank":
      case "comment":
      case "frontMatter":
      case "footnote":
        return "";
      case "heading": {
        const inner = this.inline(text.slice(b.content.start, b.content.end));
        const id = this.ids.take(slug(plainText(text.slice(b.content.start, b.content.end))));
        return `<h${b.level} id="${id}">${inner}</h${b.level}>\n`;
      }
      case "paragraph":
        return `<p>${this.inline(text.slice(b.content.start, b.content.end))}</p>\n`;
      case "thematicBreak":
        return "<hr>\n";
      case "fence":
        return `<pre><code>${esc(fenceBody(text.slice(b.span.start, b.span.end), b.closed))}</code></pre>\n`;
      case "quote": {
        const inner = text
          .slice(b.content.start, b.content.end)
          .split(/\r\n|\r|\n/)
          .map((l) => l.replace(/^ {0,3}> ?/, ""))
          .join("\n");
        return `<blockquote>\n${this.nested(inner, depth)}</blockquote>\n`;
      }
      case "list":
        return this.list(text, b, depth);
      case "table":
        return this.table(text, b);
    }
  }

  /** Markdown inside a quote or list item: scanned again, up to a fixed depth. */
  private nested(markdown: string, depth: number): string {
    if (depth >= MAX_DEPTH) return `<p>${esc(markdown)}</p>\n`;
    const blocks = scanBlocks(markdown);
    this.collectFootnotes(markdown, blocks);
    return this.blocks(markdown, blocks, depth + 1);
  }

  list(text: string, b: ListBlock, depth: number): string {
    const first = b.items[0];
    const start = b.ordered && first?.ordinal !== undefined && first.ordinal !== 1 ? ` start="${first.ordinal}"` : "";
    const tag = b.ordered ? "ol" : "ul";
    let out = `<${tag}${start}>\n`;
    for (const item of b.items) out += `<li>${this.listItem(text, item.content.start, item.content.end, depth)}</li>\n`;
    return `${out}</${tag}>\n`;
  }

  /** An item's text; a single paragraph stays inline (a tight list), more blocks are rendered as blocks. */
  listItem(text: string, start: number, end: number, depth: number): string {
    // Back to the start of the item's own line only (lastIndexOf("\r") would run to the start of a file without CR).
    let lineStart = start;
    while (lineStart > 0 && text[lineStart - 1] !== "\n" && text[lineStart - 1] !== "\r") lineStart--;
    const md = dedentContinuation(text.slice(start, end), start - lineStart);
    if (depth >= MAX_DEPTH) return esc(md);
    const blocks = scanBlocks(md).filter((x) => x.kind !== "blank");
    if (blocks.length === 1 && blocks[0]!.kind === "paragraph") return this.inline(md.trim());
    this.collectFootnotes(md, blocks);
    return `\n${this.blocks(md, blocks, depth + 1)}`;
  }

  table(text: string, b: TableBlock, cellHook?: (row: number, col: number, html: string) => string): string {
    const cols = b.header.cells.length;
    const align = (i: number) => (b.align[i] ? ` style="text-align:${b.align[i]}"` : "");
    const cell = (tag: "th" | "td", row: number, i: number, span: { start: number; end: number } | undefined) => {
      const html = span ? this.inline(text.slice(span.start, span.end)) : "";
      const scope = tag === "th" ? ` scope="${row < 0 ? "col" : "row"}"` : "";
      return `<${tag}${scope}${align(i)}>${cellHook ? cellHook(row, i, html) : html}</${tag}>`;
    };
    let out = "<table>\n<thead><tr>";
    for (let i = 0; i < cols; i++) out += cell("th", -1, i, b.header.cells[i]!.content);
    out += "</tr></thead>\n<tbody>\n";
    b.rows.forEach((r, ri) => {
      out += "<tr>";
      // GFM: cells beyond the header's count are dropped, missing cells are empty.
      for (let i = 0; i < cols; i++) out += cell("td", ri, i, r.cells[i]?.content);
      out += "</tr>\n";
    });
    return `${out}</tbody>\n</table>\n`;
  }

  /** The footnotes referenced or defined so far, as an ordered list (empty string when there are none). */
  footnotesHtml(heading: string): string {
    const notes = [...this.footnotes.values()].filter((f) => f.markdown !== undefined);
    if (notes.length === 0) return "";
    // Referenced notes in order of first reference, then notes nobody refers to (never lose text).
    for (const f of notes) if (f.number === undefined) f.number = ++this.footnoteCount;
    notes.sort((a, b) => a.number! - b.number!);
    let out = `<section class="voetnoten" aria-label="${esc(heading)}">\n<h2>${esc(heading)}</h2>\n<ol>\n`;
    for (const f of notes) {
      const back = f.refs > 0 ? ` <a href="#${f.id}-ref" class="terug" aria-label="↩">↩</a>` : "";
      const body = this.fragment(f.markdown!, 1).trim().replace(/^<p>|<\/p>$/g, "");
      out += `<li id="${f.id}" value="${f.number}">${body}${back}</li>\n`;
    }
    return `${out}</ol>\n</section>\n`;
  }

  private footnoteRef(label: string): string | undefined {
    const f = this.footnotes.get(label.toLowerCase());
    if (!f || f.markdown === undefined) return undefined;
    if (f.number === undefined) f.number = ++this.footnoteCount;
    f.refs++;
    const id = f.refs === 1 ? ` id="${f.id}-ref"` : "";
    return `<sup class="voetnootverwijzing"><a href="#${f.id}"${id}>${f.number}</a></sup>`;
  }

  /** Inline Markdown as HTML. */
  inline(src: string, inLink = false): string {
    const nodes: InlineNode[] = [];
    let buf = "";
    const flush = () => {
      if (buf) nodes.push({ t: "html", html: inLink ? esc(buf) : this.textHook(buf) });
      buf = "";
    };
    const html = (h: string) => {
      flush();
      nodes.push({ t: "html", html: h });
    };
    const n = src.length;
    let brackets: Map<number, number> | undefined;
    let ticks: Map<number, number> | undefined;
    const closeOf = (at: number) => (brackets ??= matchBrackets(src)).get(at);
    let i = 0;
    while (i < n) {
      const c = src[i]!;
      if (c === "\\") {
        const next = src[i + 1];
        if (next === "\n" || next === "\r") {
          html("<br>\n");
          i += src[i + 1] === "\r" && src[i + 2] === "\n" ? 3 : 2;
          i = skipIndent(src, i);
        } else if (next !== undefined && ASCII_PUNCT.test(next)) {
          buf += next;
          i += 2;
        } else {
          buf += c;
          i++;
        }
        continue;
      }
      if (c === "`") {
        let k = i;
        while (k < n && src[k] === "`") k++;
        const run = k - i;
        const close = (ticks ??= backtickRuns(src)).get(i) ?? -1;
        if (close < 0) {
          buf += src.slice(i, k);
          i = k;
          continue;
        }
        let code = src.slice(k, close).replace(/\r\n|\r|\n/g, " ");
        if (code.length >= 2 && code.startsWith(" ") && code.endsWith(" ") && code.trim() !== "") code = code.slice(1, -1);
        html(`<code>${esc(code)}</code>`);
        i = close + run;
        continue;
      }
      if (c === "<") {
        if (src.startsWith("<!--", i)) {
          const end = src.indexOf("-->", i + 4);
          if (end >= 0) {
            i = end + 3;
            continue;
          }
        }
        const auto = /^<((?:https?:\/\/|mailto:)[^\s<>]*)>/i.exec(src.slice(i, i + LINK_SCAN_LIMIT));
        if (auto && !inLink) {
          const href = safeHref(auto[1]!);
          html(href ? `<a href="${esc(href)}">${esc(auto[1]!)}</a>` : esc(auto[0]));
          i += auto[0].length;
          continue;
        }
        buf += c;
        i++;
        continue;
      }
      if (c === "!" && src[i + 1] === "[") {
        const link = parseLink(src, i + 1, closeOf(i + 1));
        if (link) {
          const alt = plainText(link.text).trim();
          html(`<span class="afbeelding">[${esc(this.imageLabel)}${alt ? `: ${esc(alt)}` : ""}]</span>`);
          i = link.end;
          continue;
        }
      }
      if (c === "[") {
        if (src[i + 1] === "^") {
          const m = /^\[\^([^\]\s]{1,100})\]/.exec(src.slice(i, i + 110));
          const ref = m && !inLink ? this.footnoteRef(m[1]!) : undefined;
          if (m && ref) {
            html(ref);
            i += m[0].length;
            continue;
          }
        } else if (!inLink) {
          const link = parseLink(src, i, closeOf(i));
          if (link) {
            const href = safeHref(link.url);
            const inner = this.inline(link.text, true);
            const title = link.title ? ` title="${esc(link.title)}"` : "";
            html(href ? `<a href="${esc(href)}"${title}>${inner}</a>` : inner);
            i = link.end;
            continue;
          }
        }
        buf += c;
        i++;
        continue;
      }
      if (c === "*" || c === "_") {
        let k = i;
        while (k < n && src[k] === c) k++;
        const before = i === 0 ? " " : src[i - 1]!;
        const after = k >= n ? " " : src[k]!;
        const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
        const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
        const open = c === "*" ? left : left && (!right || isPunct(before));
        const close = c === "*" ? right : right && (!left || isPunct(after));
        flush();
        nodes.push({ t: "delim", ch: c, n: k - i, orig: k - i, open, close });
        i = k;
        continue;
      }
      if (c === "\n" || c === "\r") {
        // Soft break; two trailing spaces make a hard break.
        const hard = / {2,}$/.test(buf);
        buf = buf.replace(/[ \t]+$/, "");
        if (hard) html("<br>\n");
        else buf += "\n";
        i += c === "\r" && src[i + 1] === "\n" ? 2 : 1;
        i = skipIndent(src, i);
        continue;
      }
      buf += c;
      i++;
    }
    flush();
    return emphasis(nodes);
  }
}

/** Pairs `*`/`_` delimiter runs into <em> and <strong> (CommonMark's rules, without the rarer corners). */
function emphasis(nodes: InlineNode[]): string {
  const render = (x: InlineNode) => (x.t === "html" ? x.html : x.ch.repeat(x.n));
  const delimiterCount = nodes.reduce((s, x) => s + (x.t === "delim" ? 1 : 0), 0);
  // Matching is quadratic in the number of runs; a paragraph with thousands of them is not prose.
  if (delimiterCount === 0 || delimiterCount > MAX_DELIMITERS) return nodes.map(render).join("");
  for (let ci = 0; ci < nodes.length; ci++) {
    const closer = nodes[ci]!;
    if (closer.t !== "delim" || !closer.close || closer.n === 0) continue;
    let found = -1;
    for (let oi = ci - 1; oi >= 0; oi--) {
      const o = nodes[oi]!;
      if (o.t !== "delim" || o.ch !== closer.ch || !o.open || o.n === 0) continue;
      // The "rule of three": `*foo**bar*` must not pair the single with the double run.
      if ((o.close || closer.open) && (o.orig + closer.orig) % 3 === 0 && !(o.orig % 3 === 0 && closer.orig % 3 === 0)) continue;
      found = oi;
      break;
    }
    if (found < 0) continue;
    const opener = nodes[found] as Extract<InlineNode, { t: "delim" }>;
    const use = opener.n >= 2 && closer.n >= 2 ? 2 : 1;
    const tag = use === 2 ? "strong" : "em";
    const inner = nodes.slice(found + 1, ci).map(render).join("");
    opener.n -= use;
    closer.n -= use;
    nodes.splice(found + 1, ci - found - 1, { t: "html", html: `<${tag}>${inner}</${tag}>` });
    ci = found + 2;
    if (opener.n === 0) {
      nodes.splice(found, 1);
      ci--;
    }
    if (closer.n === 0) nodes.splice(ci, 1);
    // Look at the node now at `ci` again (the same closer with runs left, or the next node).
    ci--;
  }
  return nodes.map(render).join("");
}

function skipIndent(src: string, i: number): number {
  while (src[i] === " " || src[i] === "\t") i++;
  return i;
}

/** `src.indexOf(ch, from)`, but only looking before `limit`. */
function indexWithin(src: string, ch: string, from: number, limit: number): number {
  const i = src.slice(from, limit).indexOf(ch);
  return i < 0 ? -1 : from + i;
}

/**
 * For each run of backticks, where the next run of the same length starts (the end of a code span),
 * in one pass from the right, so that many unmatched runs do not each scan to the end.
 */
function backtickRuns(src: string): Map<number, number> {
  const runs: { start: number; len: number }[] = [];
  for (let i = src.indexOf("`"); i >= 0; i = src.indexOf("`", i)) {
    let k = i;
    while (src[k] === "`") k++;
    runs.push({ start: i, len: k - i });
    i = k;
  }
  const next = new Map<number, number>();
  const lastByLen = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    const close = lastByLen.get(runs[r]!.len);
    if (close !== undefined) next.set(runs[r]!.start, close);
    lastByLen.set(runs[r]!.len, runs[r]!.start);
  }
  return next;
}

/**
 * Each `[` mapped to its matching `]`, in one pass, so that a line of ten thousand brackets does not
 * make every one of them scan to the end.
 */
function matchBrackets(src: string): Map<number, number> {
  const out = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "[") open.push(i);
    else if (c === "]" && open.length > 0) out.set(open.pop()!, i);
  }
  return out;
}

/** `[text](url "title")` with its `[` at `at` and its `]` at `close`, or undefined. Bounded scan. */
function parseLink(src: string, at: number, close: number | undefined): { text: string; url: string; title?: string; end: number } | undefined {
  if (close === undefined || close - at > LINK_SCAN_LIMIT || src[close + 1] !== "(") return undefined;
  const i = close;
  const limit = Math.min(src.length, i + LINK_SCAN_LIMIT);
  const text = src.slice(at + 1, i);
  let j = i + 2;
  while (j < limit && /[ \t\n]/.test(src[j]!)) j++;
  let url = "";
  if (src[j] === "<") {
    const close = indexWithin(src, ">", j, limit);
    if (close < 0) return undefined;
    url = src.slice(j + 1, close);
    j = close + 1;
  } else {
    let parens = 0;
    const s = j;
    for (; j < limit; j++) {
      const c = src[j]!;
      if (c === "\\") j++;
      else if (c === "(") parens++;
      else if (c === ")") {
        if (parens === 0) break;
        parens--;
      } else if (/\s/.test(c)) break;
    }
    url = src.slice(s, j);
  }
  while (j < limit && /[ \t\n]/.test(src[j]!)) j++;
  let title: string | undefined;
  const q = src[j];
  if (q === '"' || q === "'" || q === "(") {
    const closeChar = q === "(" ? ")" : q;
    const close = indexWithin(src, closeChar, j + 1, limit);
    if (close < 0) return undefined;
    title = src.slice(j + 1, close);
    j = close + 1;
    while (j < limit && /[ \t\n]/.test(src[j]!)) j++;
  }
  if (src[j] !== ")") return undefined;
  return { text, url: url.replace(/\\([!-/:-@[-`{-~])/g, "$1"), title, end: j + 1 };
}

/** A fenced block's content: without its fence lines, dedented by the opening fence's indent. */
function fenceBody(source: string, closed: boolean): string {
  const lines = source.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  const indent = /^ */.exec(lines[0] ?? "")![0].length;
  const body = lines.slice(1, closed ? -1 : undefined);
  return body.map((l) => l.replace(new RegExp(`^ {0,${indent}}`), "")).join("\n");
}

/** Removes up to `width` leading spaces from every line after the first (list items, footnotes). */
function dedentContinuation(s: string, width: number): string {
  const lines = s.split(/\r\n|\r|\n/);
  const re = new RegExp(`^(?: {1,${Math.max(1, width)}}|\\t)`);
  return lines.map((l, i) => (i === 0 ? l : l.replace(re, ""))).join("\n");
}

/** Markdown as plain text, for ids and image descriptions: emphasis marks and link targets dropped. */
export function plainText(md: string): string {
  return md
    .replace(/<!--[^]*?-->/g, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`]+/g, "")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .trim();
}

/** Renders a Markdown fragment on its own (no citation or theme links), for callers outside the report. */
export function renderMarkdown(markdown: string): string {
  const r = new MarkdownRenderer();
  const body = r.fragment(markdown);
  return body + r.footnotesHtml("Voetnoten");
}
