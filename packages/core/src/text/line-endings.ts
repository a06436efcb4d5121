/** Line endings: the one answer to "which line break does this text use" (for text that is inserted). */

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** The line break the text mostly uses: CRLF, a lone CR (old Mac files) or LF; LF when there is none or on a tie. */
export function lineEnding(text: string): "\n" | "\r\n" | "\r" {
  if (!text.includes("\r")) return "\n";
  const crlf = count(text, /\r\n/g);
  const lf = count(text, /\n/g) - crlf;
  const cr = count(text, /\r/g) - crlf;
  return cr > lf && cr > crlf ? "\r" : crlf > lf ? "\r\n" : "\n";
}
