/** The front matter as the parser hands it on: the located YAML tree, looked up by normalised key. */
import type { Block } from "../syntax/blocks.js";
import { getEntry, type MetaEntry, type MetaValue } from "../syntax/frontmatter.js";
import { isIsoDate, isoDateOfInstant } from "../text/dates.js";
import type { MetadataNode, ParsedPlan } from "./types.js";

export function metadataNode(frontMatter: Extract<Block, { kind: "frontMatter" }> | undefined, root: MetaValue | undefined): MetadataNode {
  return { frontMatter, root, get: (key) => getEntry(root, key) };
}

/** A date as ISO text if it is one, else undefined (YAML may also give a Date object). */
export function readDate(v: MetaValue | undefined): string | undefined {
  if (!v || v.kind !== "scalar") return undefined;
  if (v.value instanceof Date && !Number.isNaN(v.value.getTime())) return isoDateOfInstant(v.value.getTime());
  const t = v.text.trim();
  return isIsoDate(t) ? t : undefined;
}

/** Every top-level field of the front matter, for rules that check unknown keys. */
export function metadataEntries(p: ParsedPlan): readonly MetaEntry[] {
  return p.metadata.root?.kind === "map" ? p.metadata.root.entries : [];
}
