/**
 * Bounds on front matter before any YAML reader sees it. Real front matter is a few dozen lines; the
 * `yaml` library and the tree built from it are recursive and hold every node, so a 10 MB flow list
 * runs out of memory and a few thousand levels of nesting overflow the stack. Beyond these bounds the
 * metadata is not read, and one finding says why at the place it starts.
 */
import type { Finding } from "../diagnostic.js";
import type { Span } from "../text/positions.js";

/** Far above any real plan's metadata (a few hundred bytes to a few kilobytes). */
export const FRONT_MATTER_MAX_CHARS = 256 * 1024;
/** Levels of nesting (indentation in columns counts one level per two columns, flow brackets one each). */
export const FRONT_MATTER_MAX_DEPTH = 64;

/** A finding when the front matter at `content` is too large or too deep to read; undefined when it may be read. */
export function frontMatterBeyondBounds(text: string, content: Span): Finding | undefined {
  const length = content.end - content.start;
  if (length > FRONT_MATTER_MAX_CHARS) {
    return { messageId: "syntax.frontMatterTooLarge", data: { size: `${Math.ceil(length / 1024)} kB`, limit: `${FRONT_MATTER_MAX_CHARS / 1024} kB` }, span: { start: content.start, end: Math.min(content.end, content.start + 3) } };
  }
  const deep = firstTooDeep(text, content);
  if (deep !== undefined) return { messageId: "syntax.frontMatterTooDeep", data: { limit: FRONT_MATTER_MAX_DEPTH }, span: { start: deep, end: deep + 1 } };
  return undefined;
}

/**
 * Where the nesting first goes beyond the bound: a line indented (with block indicators `- `, `? `,
 * `: ` counted as indentation, since `- - - x` nests as deep as indenting) further than two columns
 * per level, or flow brackets `[` `{` opened deeper than the bound (outside quotes).
 */
function firstTooDeep(text: string, content: Span): number | undefined {
  const maxColumns = 2 * FRONT_MATTER_MAX_DEPTH;
  let flow = 0;
  let quote = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = content.start; i < content.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineStart = true;
      indent = 0;
      // A plain scalar or a quoted one may run over lines; quotes are closed by the matching quote only.
      continue;
    }
    if (lineStart) {
      const next = text.charCodeAt(i + 1);
      if (quote === 0 && flow === 0 && (c === 32 || c === 9 || ((c === 45 || c === 63 || c === 58) && (next === 32 || next === 9)))) {
        if (++indent > maxColumns) return i;
        continue;
      }
      lineStart = false;
    }
    if (quote !== 0) {
      if (c === quote) quote = 0;
      else if (c === 92 && quote === 34) i++; // \" inside a double-quoted scalar
      continue;
    }
    if (c === 34 || c === 39) {
      // Only a quote at the start of a scalar opens one ("it's" in a plain scalar does not).
      const prev = i > content.start ? text.charCodeAt(i - 1) : 32;
      if (prev === 32 || prev === 9 || prev === 10 || prev === 13 || prev === 91 || prev === 123 || prev === 44 || prev === 58) quote = c;
      continue;
    }
    if (c === 35) {
      // A comment runs to the line's end.
      const prev = i > content.start ? text.charCodeAt(i - 1) : 32;
      if (prev === 32 || prev === 9) while (i + 1 < content.end && text.charCodeAt(i + 1) !== 10 && text.charCodeAt(i + 1) !== 13) i++;
      continue;
    }
    if (c === 91 || c === 123) {
      if (++flow > FRONT_MATTER_MAX_DEPTH) return i;
    } else if ((c === 93 || c === 125) && flow > 0) flow--;
  }
  return undefined;
}
