/**
 * What a parse keeps beside its plan so that the next parse of the same document, after an edit, can
 * reuse what the edit did not touch (`parse(text, { previous })`). Kept in a WeakMap, not on the plan:
 * it is nobody's API, and it goes when the plan goes. The plan before is held weakly, so a document
 * edited a thousand times does not keep a thousand plans alive.
 */
import type { Line } from "../syntax/blocks.js";
import type { BlockReuse } from "../syntax/rescan.js";
import type { CitationNode, ParsedPlan, ThemeRef } from "./types.js";

/** The theme references and citations read from each block (before the plan-wide steps: ./references.ts). */
export interface BlockRefs {
  /** The plan's theme words they were read with: with other words, other references. */
  readonly words: string;
  readonly themeRefs: readonly ThemeRef[];
  /** Block `b`'s references are `themeRefs[refFrom[b] .. refFrom[b + 1])`. */
  readonly refFrom: Int32Array;
  readonly citations: readonly CitationNode[];
  readonly citeFrom: Int32Array;
}

export interface ParseMemo {
  readonly lines: readonly Line[];
  readonly refs: BlockRefs;
  /** The parse this one reused, and how its blocks map onto this one's. */
  readonly origin?: Origin;
}

export interface Origin {
  readonly previous: WeakRef<ParsedPlan>;
  readonly reuse: BlockReuse;
}

const memos = new WeakMap<ParsedPlan, ParseMemo>();

export const rememberParse = (plan: ParsedPlan, memo: ParseMemo): void => void memos.set(plan, memo);
export const parseMemo = (plan: ParsedPlan): ParseMemo | undefined => memos.get(plan);

/**
 * The old block that new block `b` is, and how far it moved; undefined for a block scanned anew.
 * (Returns the old index; the shift is `reuse.delta` for the tail, 0 for the head.)
 */
export function oldBlockOf(reuse: BlockReuse, b: number): number {
  if (b < reuse.head) return b;
  if (b >= reuse.tailNew) return reuse.tailOld + (b - reuse.tailNew);
  return -1;
}

/** How far new block `b` moved from its old place (for a block that is an old one). */
export const shiftOf = (reuse: BlockReuse, b: number): number => (b < reuse.head ? 0 : reuse.delta);
