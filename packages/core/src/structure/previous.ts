/**
 * What a parse keeps beside its plan so that the next parse of the same document, after an edit, can
 * reuse what the edit did not touch (`parse(text, { previous })`). Kept in a WeakMap, not on the plan:
 * it is nobody's API, and it goes when the plan goes.
 *
 * A plan holds the plan it was parsed from until the next parse from it: then that link is cut
 * (`forgetPrevious`), so at most two plans of a document are kept, however many edits are made. (Not a
 * WeakRef: a WeakRef's target stays alive to the end of the current job, and a loop that parses edit
 * after edit in one job would keep every plan: 951 MB after 200 edits of a 1 MB plan.)
 */
import type { LineTable } from "../syntax/lines.js";
import type { BlockReuse } from "../syntax/rescan.js";
import type { CitationNode, ParsedPlan, ThemeRef } from "./types.js";
import { memo } from "./memo.js";

/** The theme references and citations read from each block (before the plan-wide steps: ./references.ts). */
export interface BlockRefs {
  /** The plan's theme words they were read with: with other words, other references. */
  readonly words: string;
  readonly themeRefs: readonly ThemeRef[];
  /** Block `b`'s references are `themeRefs[refFrom[b] .. refFrom[b + 1])`. */
  readonly refFrom: readonly number[];
  readonly citations: readonly CitationNode[];
  readonly citeFrom: readonly number[];
}

export interface ParseMemo {
  readonly lines: LineTable;
  readonly refs: BlockRefs;
  /** The parse this one reused, and how its blocks map onto this one's; cut by the next parse from this one. */
  origin?: Origin;
}

export interface Origin {
  readonly previous: ParsedPlan;
  readonly reuse: BlockReuse;
}

const memos = memo<ParsedPlan, ParseMemo>("parse");

export const rememberParse = (plan: ParsedPlan, memo: ParseMemo): void => void memos.set(plan, memo);
export const parseMemo = (plan: ParsedPlan): ParseMemo | undefined => memos.get(plan);

/** The plan `plan` was parsed from, while it is kept (what is read lazily, after a later parse, is read anew). */
export const previousOf = (plan: ParsedPlan): ParsedPlan | undefined => memos.get(plan)?.origin?.previous;

/** Cuts `plan`'s link to the plan it was parsed from: a plan parsed from it now holds it instead. */
export function forgetPrevious(plan: ParsedPlan): void {
  const memo = memos.get(plan);
  if (memo) memo.origin = undefined;
}

/** The index of the old block that new block `b` is ({@link shiftOf}: how far it moved), or -1 for a block scanned anew. */
export function oldBlockOf(reuse: BlockReuse, b: number): number {
  if (b < reuse.head) return b;
  if (b >= reuse.tailNew) return reuse.tailOld + (b - reuse.tailNew);
  return -1;
}

/** How far new block `b` moved from its old place (for a block that is an old one). */
export const shiftOf = (reuse: BlockReuse, b: number): number => (b < reuse.head ? 0 : reuse.delta);

/**
 * An array of `n` zeros for indexes into a plan's lists. A plain array, not an Int32Array: a typed
 * array of more than 64 bytes keeps its contents outside V8's heap, freed only after a collection has
 * swept it. With four more of those per plan, the CLI's peak memory on 1,000 plans (junit) reached
 * 190–270 MB in 3 of 19 runs; with plain arrays 114–146 MB in 10 runs, as before (116–143 MB).
 */
export const indexArray = (n: number): number[] => new Array<number>(n).fill(0);
