/**
 * A text's lines as offsets in one typed array, three per line: where it starts, where its content
 * ends (before the line break) and where it ends (after the break). No object per line: a 1 MB plan
 * has some 20,000 lines, and after an edit near its top the language server moves every line after
 * the edit — as objects, 20,000 allocations per keystroke (./rescan.ts).
 */
export class LineTable {
  private data: Int32Array;
  private count = 0;

  /** `capacity`: how many lines to make room for at first (it grows as needed). */
  constructor(capacity = 64) {
    this.data = new Int32Array(Math.max(4, capacity) * 3);
  }

  get length(): number {
    return this.count;
  }
  /** Offset of line `k`'s first character. */
  start(k: number): number {
    return this.data[3 * k]!;
  }
  /** Offset just before line `k`'s terminator. */
  contentEnd(k: number): number {
    return this.data[3 * k + 1]!;
  }
  /** Offset after line `k`'s terminator. */
  end(k: number): number {
    return this.data[3 * k + 2]!;
  }

  push(start: number, contentEnd: number, end: number): void {
    const at = 3 * this.count;
    if (at + 3 > this.data.length) this.grow(this.count + 1);
    this.data[at] = start;
    this.data[at + 1] = contentEnd;
    this.data[at + 2] = end;
    this.count++;
  }

  /** A new table of this one's first `n` lines, with room for `room` more. */
  head(n: number, room: number): LineTable {
    const t = new LineTable(n + room);
    t.data.set(this.data.subarray(0, 3 * n));
    t.count = n;
    return t;
  }

  /** Appends `from`'s lines from line `k` on, each `delta` characters further on. */
  pushMoved(from: LineTable, k: number, delta: number): void {
    const n = from.count - k;
    if (n <= 0) return;
    if (3 * (this.count + n) > this.data.length) this.grow(this.count + n);
    const src = from.data;
    const dst = this.data;
    let o = 3 * this.count;
    for (let i = 3 * k, e = 3 * from.count; i < e; i++) dst[o++] = src[i]! + delta;
    this.count += n;
  }

  /**
   * Each line's start, as the line index keeps them (text/positions.ts), and `after` them when given.
   * Made at its full length: a push past it would copy the array into one half as long again, which
   * from some 11,000 lines on is past 128 KB, where V8 maps fresh memory for it (0.13 ms per edit of a
   * 1 MB plan).
   */
  starts(after?: number): number[] {
    const out = new Array<number>(this.count + (after === undefined ? 0 : 1));
    for (let k = 0; k < this.count; k++) out[k] = this.data[3 * k]!;
    if (after !== undefined) out[this.count] = after;
    return out;
  }

  /** The lines as plain objects (for tests and debugging). */
  toArray(): { start: number; contentEnd: number; end: number }[] {
    const out = [];
    for (let k = 0; k < this.count; k++) out.push({ start: this.start(k), contentEnd: this.contentEnd(k), end: this.end(k) });
    return out;
  }

  private grow(lines: number): void {
    const grown = new Int32Array(Math.max(3 * lines, 2 * this.data.length));
    grown.set(this.data.subarray(0, 3 * this.count));
    this.data = grown;
  }
}
