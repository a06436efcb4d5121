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

/**
 * An edit that replaces `span` inside a Markdown table cell and keeps the cell's width: the padding on
 * the cell's wider side (the left of a right-aligned amount) grows or shrinks by the change in length,
 * down to one space, so the row's pipes stay under the header's. Outside a table cell, a plain edit.
 */
export function tableCellEdit(text: string, span: Span, newText: string): TextEdit {
  const lineStart = Math.max(text.lastIndexOf("\n", span.start - 1), text.lastIndexOf("\r", span.start - 1)) + 1;
  const left = text.lastIndexOf("|", span.start - 1);
  const right = text.indexOf("|", span.end);
  const rest = text.slice(span.end, right < 0 ? span.end : right);
  if (left < lineStart || right < 0 || /[\r\n]/.test(rest)) return { span, newText };
  const before = text.slice(left + 1, span.start);
  const after = text.slice(span.end, right);
  // The padding: spaces at the cell's start and at its end (around anything else, such as ** for bold).
  const lead = /^ */.exec(before)![0].length;
  const tail = / *$/.exec(after)![0].length;
  const delta = newText.length - (span.end - span.start);
  let leftPad = lead;
  let rightPad = tail;
  if (lead >= tail) leftPad = Math.max(Math.min(lead, 1), lead - delta);
  else rightPad = Math.max(Math.min(tail, 1), tail - delta);
  return {
    span: { start: left + 1, end: right },
    newText: " ".repeat(leftPad) + before.slice(lead) + newText + after.slice(0, after.length - tail) + " ".repeat(rightPad),
  };
}
