/**
 * Text from a plan (a message quoting a front-matter value, a file name) shown on a terminal or in a
 * CI log must not act: a lone CR would let a log reader that splits on CR see a forged
 * `::error file=…::` workflow command, an ESC sequence could hide the summary (ESC[8m) or rewrite the
 * screen, and a bidi override could reorder what is shown. Every control character is therefore
 * replaced by a visible sign: a line break (CR, LF) by a space, other C0 characters by their Unicode
 * control picture (ESC → ␛), DEL by ␡, and C1 and bidi controls by ‹U+XXXX›. The JSON formats
 * (json, sarif, codequality) keep the exact text: JSON escapes C0 itself, and their readers want the data.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function visible(s: string): string {
  if (!CONTROL.test(s)) return s;
  CONTROL.lastIndex = 0;
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x0a || code === 0x0d || code === 0x09 || code === 0x2028 || code === 0x2029) return " ";
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return "\u2421";
    return `‹U+${code.toString(16).toUpperCase().padStart(4, "0")}›`;
  });
}
