/**
 * The front matter as typed, located fields: for each declared field (model/fields.ts) present in the
 * plan, its entry as written (key, spans, the YAML value) and its typed value. Rules, the language
 * server and the report read these instead of looking keys up by string.
 */
import { FIELD_NAMES, FIELDS, type FieldName, type Metadata, type ReadContext } from "../model/fields.js";
import { getEntry, type MetaEntry, type MetaValue } from "../syntax/frontmatter.js";
import { foldText } from "../text/keywords.js";
import type { Span } from "../text/positions.js";
import type { DeclaredStructure } from "./themes.js";

export interface LocatedField<T> {
  /** The entry as written: the key, its span, the YAML value with its span. */
  readonly entry: MetaEntry;
  /** The typed value; undefined when the value cannot be read as this field (the `metadata` rule says why). */
  readonly value: T | undefined;
  /** Where a finding on the value points: the value, or the key when the value is empty. */
  readonly valueSpan: Span;
  /** A key inside the field's map (`vastgesteld` → `datum`), as written, or undefined. */
  readonly sub: (key: string) => MetaEntry | undefined;
}

export type LocatedFields = { readonly [K in FieldName]?: LocatedField<NonNullable<Metadata[K]>> };

/** Where a finding on a front-matter value points: the value, or the key when the value is empty. */
export function valueSpan(e: MetaEntry): Span {
  return e.value.span.end > e.value.span.start ? e.value.span : e.keySpan;
}

/** The declared fields present in the front matter (the first of a doubled key), typed and located. */
export function locateFields(root: MetaValue | undefined, context: ReadContext): LocatedFields {
  const out: Partial<Record<FieldName, LocatedField<unknown>>> = {};
  if (!root || root.kind !== "map") return out as LocatedFields;
  for (const name of FIELD_NAMES) {
    const entry = getEntry(root, FIELDS[name].key);
    if (!entry) continue;
    const read = FIELDS[name].read as (v: MetaValue, c: ReadContext) => unknown;
    out[name] = { entry, value: read(entry.value, context), valueSpan: valueSpan(entry), sub: (key) => getEntry(entry.value, key) };
  }
  return out as LocatedFields;
}

/** The typed metadata: each field's value, or its `missing` value when absent or unreadable. */
export function typedMetadata(fields: LocatedFields): Metadata {
  const out: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) {
    const value = fields[name]?.value ?? FIELDS[name].missing;
    if (value !== undefined) out[name] = value;
  }
  return out as Metadata;
}

/** The theme structure the front matter declares (`structuur:`), read before the themes are. */
export function declaredStructure(root: MetaValue | undefined): DeclaredStructure | undefined {
  const entry = getEntry(root, FIELDS.structuur.key);
  const structuur = entry && entry.value.kind === "map" ? FIELDS.structuur.read(entry.value, { citations: [] }) : undefined;
  const councils = getEntry(root, FIELDS.gemeenten.key);
  const gemeenten = councils ? FIELDS.gemeenten.read(councils.value, { citations: [] })?.map((g) => foldText(g.naam)).filter((n) => n !== "") : undefined;
  return structuur || gemeenten?.length ? { ...structuur, ...(gemeenten?.length ? { gemeenten } : {}) } : undefined;
}
