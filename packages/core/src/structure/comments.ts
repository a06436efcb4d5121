/** HTML comments (`<!-- … -->`) anywhere in the prose: inline directives and notes to the writer. */
import type { Block } from "../syntax/blocks.js";
import type { CommentNode } from "./types.js";

export function findComments(text: string, blocks: readonly Block[]): CommentNode[] {
  const out: CommentNode[] = [];
  // indexOf from a block's start scans to the end of the text when there is no comment: remember the
  // last answer so that a plan with thousands of blocks and few comments stays linear.
  const nextOpen = memoIndexOf(text, "<!--");
  const nextClose = memoIndexOf(text, "-->");
  for (const b of blocks) {
    if (b.kind === "fence" || b.kind === "frontMatter" || b.kind === "blank") continue;
    let from = b.span.start;
    for (;;) {
      const open = nextOpen(from);
      if (open < 0 || open >= b.span.end) break;
      const close = nextClose(open + 4);
      const end = close < 0 ? b.span.end : Math.min(close + 3, Math.max(b.span.end, close + 3));
      const bodyEnd = close < 0 ? b.span.end : close;
      out.push({ span: { start: open, end }, body: text.slice(open + 4, bodyEnd), bodySpan: { start: open + 4, end: bodyEnd } });
      from = end;
    }
  }
  return out;
}

/** `text.indexOf(needle, from)`, reusing the previous answer when it still holds. */
function memoIndexOf(text: string, needle: string): (from: number) => number {
  let searchedFrom = -1;
  let found = -1;
  return (from) => {
    // The previous search from `searchedFrom` <= `from` found nothing before `found`, so it is also the answer from `from`.
    if (searchedFrom >= 0 && searchedFrom <= from && (found < 0 || found >= from)) return found;
    searchedFrom = from;
    found = text.indexOf(needle, from);
    return found;
  };
}
