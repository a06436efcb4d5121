/**
 * A JSON array written element by element, laid out exactly as `JSON.stringify(array, null, 2)` would lay
 * it out at that depth, so that a streamed report reads as before.
 */
export class JsonArrayWriter {
  private count = 0;

  /** `depth`: the indentation (in spaces) of the line on which the array opens. */
  constructor(private readonly depth: number) {}

  /** The text for the next element (with the opening bracket before the first). */
  item(value: unknown): string {
    const pad = " ".repeat(this.depth + 2);
    // JSON.stringify escapes line breaks inside strings, so every "\n" here is a line of the layout.
    return `${this.count++ === 0 ? "[\n" : ",\n"}${pad}${JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`)}`;
  }

  /** The closing bracket (the whole array when it stayed empty). */
  close(): string {
    return this.count === 0 ? "[]" : `\n${" ".repeat(this.depth)}]`;
  }
}
