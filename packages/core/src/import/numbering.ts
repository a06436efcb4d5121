/** A list or heading number as the word processor shows it, for Word's formats and OpenDocument's. */
export function formatListNumber(format: string, n: number): string {
  switch (format) {
    case "upperRoman":
    case "I":
      return roman(n);
    case "lowerRoman":
    case "i":
      return roman(n).toLowerCase();
    case "upperLetter":
    case "A":
      return String.fromCharCode(64 + n);
    case "lowerLetter":
    case "a":
      return String.fromCharCode(96 + n);
    default:
      return String(n);
  }
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) ((out += s), (n -= v));
  return out;
}
