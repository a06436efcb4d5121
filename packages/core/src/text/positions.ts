/**
 * Positions follow the LSP convention everywhere inside core: 0-based line and character, characters
 * counted in UTF-16 code units (what JavaScript strings index), plus the absolute offset so that
 * edits never have to convert back. Only the edges (CLI output, SARIF) convert to 1-based.
 */
export interface Position {
  readonly line: number;
  readonly character: number;
  readonly offset: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A half-open slice `[start, end)` of the source text, in UTF-16 offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Maps offsets to positions and back in O(log lines); built once per parse. */
export class LineIndex {
  /** Offset at which each line starts. A line ends before its terminator (`\n`, `\r\n` or `\r`). */
  readonly lineStarts: number[];

  /** `lineStarts` may be given when the caller has already split the text (the parser does). */
  constructor(
    readonly text: string,
    lineStarts?: number[],
  ) {
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    const starts = [0];
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The line that contains `offset` (clamped into the text). */
  lineAt(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    if (offset <= 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.lineStarts[line]!, offset: clamped };
  }

  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  /** Offset of an LSP position; a character past the line's end is clamped to it (as LSP requires). */
  offsetAt(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[line]!;
    const end = this.lineContentEnd(line);
    return Math.min(start + Math.max(0, character), end);
  }

  /** Offset just before the line's terminator. */
  lineContentEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    let end = next;
    if (end > this.lineStarts[line]! && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line]! && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

export const span = (start: number, end: number): Span => ({ start, end });
/** The same span `d` characters further on (after an edit before it). */
export const moveSpan = (s: Span, d: number): Span => ({ start: s.start + d, end: s.end + d });
export const contains = (outer: Span, offset: number): boolean => offset >= outer.start && offset <= outer.end;
