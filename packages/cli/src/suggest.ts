/**
 * "Did you mean": the known name nearest to a mistyped one. In the yargs bundle, which does not load
 * core (core's editDistance lives in the engine bundle), so a small bounded Levenshtein of its own.
 */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** The nearest of `known` within a few edits (fewer for short names), or one that `asked` begins. */
export function nearest(asked: string, known: readonly string[]): string | undefined {
  const max = asked.length <= 4 ? 1 : asked.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const k of known) {
    const d = distance(asked, k, max);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best ?? known.find((k) => asked.length >= 3 && k.startsWith(asked));
}

/** The long options on the command line that are not among `known` (kebab-case names), each once. */
export function unknownLongOptions(argv: readonly string[], known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const a of argv) {
    if (a === "--") break;
    if (!a.startsWith("--")) continue;
    const name = a.slice(2).split("=")[0]!;
    const plain = name.startsWith("no-") && known.has(name.slice(3)) ? name.slice(3) : name;
    if (!known.has(plain) && !out.includes(name)) out.push(name);
  }
  return out;
}
