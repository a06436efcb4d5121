/**
 * Front matter: the YAML between the `---` fences, read with `yaml` (eemeli/yaml) for its exact source
 * ranges, into a small located tree whose keys are normalised (case, spaces, `-` and `_` do not matter).
 * (Over 300 lines: the fast reader for plain YAML and the conversion of `yaml`'s tree must agree, so
 * they live side by side.)
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { Finding } from "../diagnostic.js";
import type { Span } from "../text/positions.js";

export interface MetaScalar {
  readonly kind: "scalar";
  readonly span: Span;
  /** The value as YAML reads it (string, number, boolean, null). */
  readonly value: unknown;
  /** The value as text: what a person wrote, for messages. */
  readonly text: string;
}
export interface MetaEntry {
  /** The normalised key: lower case, without spaces, `-` and `_`. */
  readonly key: string;
  /** The key as written. */
  readonly keyText: string;
  readonly keySpan: Span;
  readonly value: MetaValue;
  /** From the key through the end of its value. */
  readonly span: Span;
}
export interface MetaMap {
  readonly kind: "map";
  readonly span: Span;
  readonly entries: readonly MetaEntry[];
}
export interface MetaSeq {
  readonly kind: "seq";
  readonly span: Span;
  readonly items: readonly MetaValue[];
}
export type MetaValue = MetaScalar | MetaMap | MetaSeq;

export const normalizeKey = (k: string): string => k.toLowerCase().replace(/[\s_-]+/g, "");

export function getEntry(map: MetaValue | undefined, key: string): MetaEntry | undefined {
  if (!map || map.kind !== "map") return undefined;
  const k = normalizeKey(key);
  return map.entries.find((e) => e.key === k);
}

/** A scalar's text (numbers and dates as written), or undefined. */
export function scalarText(v: MetaValue | undefined): string | undefined {
  if (!v || v.kind !== "scalar" || v.value === null || v.value === undefined) return undefined;
  return v.text;
}

export interface FrontMatter {
  readonly root: MetaValue | undefined;
  readonly findings: Finding[];
}

/** Where an offset into the text given to `yaml` lies in the plan. */
type ToPlan = (offset: number) => number;

function spanOf(node: YamlNode | null | undefined, toPlan: ToPlan, fallback: Span): Span {
  const r = node?.range;
  if (!r) return fallback;
  return { start: toPlan(r[0]), end: toPlan(r[1]) };
}

function convert(node: unknown, toPlan: ToPlan, source: string, fallback: Span): MetaValue {
  if (isMap(node)) {
    const entries: MetaEntry[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      const keyText = isScalar(keyNode) ? String(keyNode.value) : String(keyNode ?? "");
      const keySpan = spanOf(keyNode, toPlan, fallback);
      const value = convert(pair.value, toPlan, source, { start: keySpan.end, end: keySpan.end });
      entries.push({ key: normalizeKey(keyText), keyText, keySpan, value, span: { start: keySpan.start, end: Math.max(keySpan.end, value.span.end) } });
    }
    return { kind: "map", span: spanOf(node, toPlan, fallback), entries };
  }
  if (isSeq(node)) {
    const items = node.items.map((it) => convert(it, toPlan, source, fallback));
    return { kind: "seq", span: spanOf(node, toPlan, fallback), items };
  }
  if (isScalar(node)) {
    const span = spanOf(node, toPlan, fallback);
    const text = typeof node.value === "string" ? node.value : node.range ? source.slice(node.range[0], node.range[1]).trim() : "";
    return { kind: "scalar", span, value: node.value, text };
  }
  return { kind: "scalar", span: fallback, value: null, text: "" };
}

/**
 * The source with LF line ends only, and the way back to the plan's offsets. `yaml` reads a lone CR
 * (old Mac files, mixed endings) as part of the line, and it reads CRLF as a line break but recovers
 * from errors differently around it than around LF (the long fuzz run found front matter with three
 * findings in an LF file and six in the same file with CRLF); a plan must read the same whatever its
 * line endings. A lone CR becomes LF in place; a CRLF loses its CR, and offsets after it move back.
 */
function withLfOnly(source: string, base: number): { readonly text: string; readonly toPlan: ToPlan } {
  if (!source.includes("\r")) return { text: source, toPlan: (o) => base + o };
  // Offsets in the LF text of the line breaks that had a CR before them.
  const droppedBefore: number[] = [];
  let text = "";
  let from = 0;
  for (let i = source.indexOf("\r"); i !== -1; i = source.indexOf("\r", i + 1)) {
    text += source.slice(from, i);
    if (source.charCodeAt(i + 1) === 10) droppedBefore.push(text.length);
    else text += "\n";
    from = i + 1;
  }
  text += source.slice(from);
  return {
    text,
    // Every dropped CR before the offset moves it one to the right; an offset at a line break stays
    // before its CR.
    toPlan: (o) => {
      let lo = 0;
      let hi = droppedBefore.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (droppedBefore[mid]! < o) lo = mid + 1;
        else hi = mid;
      }
      return base + o + lo;
    },
  };
}

/** Reads the YAML at `content` (a span of `text`). Syntax errors become findings, never exceptions. */
export function readFrontMatter(text: string, content: Span): FrontMatter {
  // The subset reader takes LF and CRLF and leaves anything with a lone CR to yaml.
  const source = text.slice(content.start, content.end);
  const simple = readSimpleYaml(source, content.start);
  if (simple) return { root: simple, findings: [] };
  return readWithYaml(source, content);
}

/** The full YAML library (also the reference that the subset reader is tested against). */
export function readWithYaml(source: string, content: Span): FrontMatter {
  const findings: Finding[] = [];
  const lf = withLfOnly(source, content.start);
  let doc;
  try {
    doc = parseDocument(lf.text, { lineCounter: new LineCounter(), uniqueKeys: true, prettyErrors: false, strict: false });
  } catch {
    findings.push({ messageId: "syntax.yaml", data: { detail: "?" }, span: content });
    return { root: undefined, findings };
  }
  for (const err of doc.errors) {
    const start = Math.min(content.end, lf.toPlan(err.pos?.[0] ?? 0));
    const end = Math.max(start, Math.min(content.end, lf.toPlan(err.pos?.[1] ?? 0)));
    findings.push({ messageId: "syntax.yaml", data: { detail: err.message.split("\n")[0]! }, span: { start, end: end > start ? end : Math.min(content.end, start + 1) } });
  }
  if (doc.contents === null) return { root: undefined, findings };
  const root = convert(doc.contents, lf.toPlan, lf.text, content);
  if (root.kind !== "map" && findings.length === 0) {
    findings.push({ messageId: "syntax.frontMatterNotMap", span: root.span });
  }
  return { root, findings };
}

// ---------------------------------------------------------------------------------------------------
// The common case without the YAML library. Building a `yaml` Document costs about 0.3 ms and a fifth
// of everything `parse` allocates, for a dozen lines of front matter. Plans almost always write their
// metadata as plain `key: value` lines, nested maps and lists of one-line scalars, so that subset is
// read here, giving exactly the tree (values and ranges) that `yaml` gives; anything outside it —
// comments, blank lines, tabs, flow collections, anchors, tags, block scalars, escapes, multi-line or
// typed scalars other than plain integers, duplicate keys, odd indentation — returns undefined and
// the text goes to `yaml` (packages/core/test/frontmatter.test.ts compares the two on generated YAML).

interface SimpleLine {
  readonly start: number;
  /** End of the content, before the line break. */
  readonly end: number;
  /** Start of the next line (after the line break). */
  readonly next: number;
  readonly indent: number;
}

const SIMPLE_KEY = /^[\p{L}_][\p{L}\p{N}_-]*(?: [\p{L}\p{N}_-]+)*$/u;
const CORE_TYPED_KEY = /^(?:true|false|null)$/i;
/** What YAML 1.2's core schema reads as something other than a string (null, bool, int, float, …). */
const CORE_NON_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const PLAIN_INTEGER = /^[0-9]{1,15}$/;
/** Characters that may not start a plain scalar (or start something this reader leaves to `yaml`). */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>%@`]/;

class NotSimple extends Error {}
const notSimple = new NotSimple();

/** The subset reader; undefined when the text needs the full YAML library. */
export function readSimpleYaml(source: string, base: number): MetaValue | undefined {
  const lines: SimpleLine[] = [];
  let at = 0;
  while (at < source.length) {
    const nl = source.indexOf("\n", at);
    const next = nl === -1 ? source.length : nl + 1;
    let end = nl === -1 ? source.length : nl;
    if (end > at && source.charCodeAt(end - 1) === 13) end--;
    let indent = at;
    while (indent < end && source.charCodeAt(indent) === 32) indent++;
    // Blank lines, comments, tabs and stray CRs change ranges or meaning: leave them to yaml.
    if (indent === end || source.charCodeAt(indent) === 35) return undefined;
    for (let i = at; i < end; i++) {
      const c = source.charCodeAt(i);
      if (c === 9 || c === 13) return undefined;
    }
    lines.push({ start: at, end, next, indent: indent - at });
    at = next;
  }
  if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;
  try {
    const reader = new SimpleReader(source, base, lines);
    const root = reader.map(0, 0);
    return reader.line === lines.length ? root : undefined;
  } catch (e) {
    if (e instanceof NotSimple) return undefined;
    throw e;
  }
}

class SimpleReader {
  line = 0;
  constructor(
    private readonly source: string,
    private readonly base: number,
    private readonly lines: readonly SimpleLine[],
  ) {}

  private span(start: number, end: number): Span {
    return { start: this.base + start, end: this.base + end };
  }

  /** A block map whose keys start at column `indent`, from line `first`. */
  map(first: number, indent: number): MetaMap {
    const entries: MetaEntry[] = [];
    const seen = new Set<string>();
    const startLine = this.lines[first]!;
    while (this.line < this.lines.length) {
      const l = this.lines[this.line]!;
      if (l.indent < indent) break;
      if (l.indent > indent) throw notSimple;
      const keyStart = l.start + indent;
      const colon = this.source.indexOf(":", keyStart);
      if (colon === -1 || colon >= l.end) throw notSimple;
      const keyText = this.source.slice(keyStart, colon);
      if (!SIMPLE_KEY.test(keyText) || CORE_TYPED_KEY.test(keyText) || seen.has(keyText)) throw notSimple;
      seen.add(keyText);
      const keySpan = this.span(keyStart, colon);
      let value: MetaValue;
      if (colon + 1 === l.end) {
        this.line++;
        value = this.nested(indent, colon + 1);
      } else {
        if (this.source.charCodeAt(colon + 1) !== 32) throw notSimple;
        value = this.scalar(colon + 1, l.end);
        this.line++;
      }
      entries.push({ key: normalizeKey(keyText), keyText, keySpan, value, span: { start: keySpan.start, end: Math.max(keySpan.end, value.span.end) } });
    }
    return { kind: "map", span: this.span(startLine.start + indent, this.endAfter(entries[entries.length - 1]!.value)), entries };
  }

  /**
   * Where yaml ends a collection: after the line break of its last line, except that a last value
   * left empty (`key:`) ends it right after the colon.
   */
  private endAfter(last: MetaValue): number {
    if (last.kind !== "scalar") return last.span.end - this.base;
    if (last.value === null && last.span.start === last.span.end) return last.span.end - this.base;
    return this.lines[this.line - 1]!.next;
  }

  /** The value of `key:` with nothing after the colon: a nested map or list, or null. */
  private nested(parentIndent: number, afterColon: number): MetaValue {
    const l = this.lines[this.line];
    if (l && l.indent >= parentIndent && this.isItem(l)) return this.seq(this.line, l.indent);
    if (l && l.indent > parentIndent) return this.map(this.line, l.indent);
    return { kind: "scalar", span: this.span(afterColon, afterColon), value: null, text: "" };
  }

  private isItem(l: SimpleLine): boolean {
    const c = l.start + l.indent;
    return this.source.charCodeAt(c) === 45 && (c + 1 === l.end || this.source.charCodeAt(c + 1) === 32);
  }

  /** A block list of one-line scalars (`- tekst`) at column `indent`. */
  private seq(first: number, indent: number): MetaSeq {
    const items: MetaValue[] = [];
    while (this.line < this.lines.length) {
      const l = this.lines[this.line]!;
      if (l.indent !== indent || !this.isItem(l)) {
        if (l.indent > indent) throw notSimple;
        break;
      }
      const dash = l.start + indent;
      // `-` alone (an empty or nested item) and `- key: value` (a map in a list) are left to yaml.
      if (dash + 1 === l.end) throw notSimple;
      items.push(this.scalar(dash + 1, l.end));
      this.line++;
    }
    const startLine = this.lines[first]!;
    return { kind: "seq", span: this.span(startLine.start + indent, this.lines[this.line - 1]!.next), items };
  }

  /** A one-line scalar between `from` (just after `:` or `-`, at a space) and the end of the line. */
  private scalar(from: number, to: number): MetaScalar {
    let s = from;
    while (s < to && this.source.charCodeAt(s) === 32) s++;
    // A comment after the value (` # …`, as the rule fixtures write their expectations) is not part of it.
    const q0 = this.source.charCodeAt(s);
    const afterQuote = q0 === 39 || q0 === 34 ? this.source.indexOf(String.fromCharCode(q0), s + 1) : s;
    if (afterQuote === -1 || afterQuote >= to) throw notSimple;
    const hash = this.source.indexOf(" #", afterQuote);
    if (hash !== -1 && hash < to) to = hash;
    let e = to;
    while (e > s && this.source.charCodeAt(e - 1) === 32) e--;
    if (s === e) throw notSimple;
    const raw = this.source.slice(s, e);
    const q = raw.charCodeAt(0);
    if (q === 39 || q === 34) {
      // A quoted scalar must close at the end of the line: 'it''s' or "text" without escapes.
      if (raw.length < 2 || raw.charCodeAt(raw.length - 1) !== q) throw notSimple;
      const inner = raw.slice(1, -1);
      let value: string;
      if (q === 39) {
        if (inner.replace(/''/g, "").includes("'")) throw notSimple;
        value = inner.replace(/''/g, "'");
      } else {
        if (inner.includes('"') || inner.includes("\\")) throw notSimple;
        value = inner;
      }
      return { kind: "scalar", span: this.span(s, e), value, text: value };
    }
    // A plain scalar: no indicator first, no `: ` or ` #` inside, nothing YAML would type otherwise.
    if (INDICATOR_START.test(raw) || raw.includes(": ") || raw.includes(" #") || raw.endsWith(":")) throw notSimple;
    if (CORE_NON_STRING.test(raw)) {
      if (!PLAIN_INTEGER.test(raw)) throw notSimple;
      return { kind: "scalar", span: this.span(s, e), value: Number(raw), text: raw };
    }
    return { kind: "scalar", span: this.span(s, e), value: raw, text: raw };
  }
}
