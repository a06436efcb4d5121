/**
 * Front matter: the YAML between the `---` fences, read with `yaml` (eemeli/yaml) for its exact source
 * ranges, into a small located tree whose keys are normalised (case, spaces, `-` and `_` do not matter).
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

function spanOf(node: YamlNode | null | undefined, base: number, fallback: Span): Span {
  const r = node?.range;
  if (!r) return fallback;
  return { start: base + r[0], end: base + r[1] };
}

function convert(node: unknown, base: number, source: string, fallback: Span): MetaValue {
  if (isMap(node)) {
    const entries: MetaEntry[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      const keyText = isScalar(keyNode) ? String(keyNode.value) : String(keyNode ?? "");
      const keySpan = spanOf(keyNode, base, fallback);
      const value = convert(pair.value, base, source, { start: keySpan.end, end: keySpan.end });
      entries.push({ key: normalizeKey(keyText), keyText, keySpan, value, span: { start: keySpan.start, end: Math.max(keySpan.end, value.span.end) } });
    }
    return { kind: "map", span: spanOf(node, base, fallback), entries };
  }
  if (isSeq(node)) {
    const items = node.items.map((it) => convert(it, base, source, fallback));
    return { kind: "seq", span: spanOf(node, base, fallback), items };
  }
  if (isScalar(node)) {
    const span = spanOf(node, base, fallback);
    const raw = source.slice(span.start - base, span.end - base);
    const text = typeof node.value === "string" ? node.value : raw.trim();
    return { kind: "scalar", span, value: node.value, text };
  }
  return { kind: "scalar", span: fallback, value: null, text: "" };
}

/** Reads the YAML at `content` (a span of `text`). Syntax errors become findings, never exceptions. */
export function readFrontMatter(text: string, content: Span): FrontMatter {
  // yaml reads only LF and CRLF as line breaks; a lone CR (old Mac files, mixed endings) becomes LF,
  // which keeps every offset the same.
  const source = text.slice(content.start, content.end).replace(/\r(?!\n)/g, "\n");
  const findings: Finding[] = [];
  let doc;
  try {
    doc = parseDocument(source, { lineCounter: new LineCounter(), uniqueKeys: true, prettyErrors: false, strict: false });
  } catch {
    findings.push({ messageId: "syntax.yaml", data: { detail: "?" }, span: content });
    return { root: undefined, findings };
  }
  for (const err of doc.errors) {
    const start = content.start + (err.pos?.[0] ?? 0);
    const end = Math.max(start, Math.min(content.end, content.start + (err.pos?.[1] ?? 0)));
    findings.push({ messageId: "syntax.yaml", data: { detail: err.message.split("\n")[0]! }, span: { start, end: end > start ? end : Math.min(content.end, start + 1) } });
  }
  if (doc.contents === null) return { root: undefined, findings };
  const root = convert(doc.contents, content.start, source, content);
  if (root.kind !== "map" && findings.length === 0) {
    findings.push({ messageId: "syntax.frontMatterNotMap", span: root.span });
  }
  return { root, findings };
}
