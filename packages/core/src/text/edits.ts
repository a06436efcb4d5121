/**
 * Applies non-overlapping edits in one pass over the text (not a slice per edit: thousands of fixes
 * in a 1 MB plan would otherwise copy it thousands of times). With `within`, only that slice of the
 * text is returned, with the edits inside it applied.
 */
import type { TextEdit } from "../diagnostic.js";
import type { Span } from "./positions.js";

export function applyEdits(text: string, edits: readonly TextEdit[], within: Span = { start: 0, end: text.length }): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const parts: string[] = [];
  let at = within.start;
  for (const e of sorted) {
    parts.push(text.slice(at, e.span.start), e.newText);
    at = e.span.end;
  }
  parts.push(text.slice(at, within.end));
  return parts.join("");
}
