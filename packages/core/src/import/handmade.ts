/**
 * The levels of headings made by hand in a word processor (a short paragraph wholly in bold, see
 * `boldHeading`), for the Word and OpenDocument readers. Such a heading has no outline level of its own;
 * what the writer gave it instead says how deep it is:
 * - its type size, where the hand-made headings are set larger than the body text: the largest size is
 *   the top level, the next size the level under it ("Prioriteiten" in 14 pt over "Ondermijning" and
 *   "Jeugd en veiligheid" in 12 pt, so that two headings set alike are siblings whatever their words);
 *   a bold heading in the body's own size keeps no level, and is placed by the words around it;
 * - otherwise the level of the list that numbers it ("1.1 Ondermijning" in a `%1.%2` list level), one
 *   level under the styled heading above it, if any.
 * Where the document also has styled headings (Heading 1-9, outline levels), sizes are not ranked.
 */
import type { DocBlock } from "./document.js";

export interface HandMade {
  /** The heading's type size in points, where known. */
  readonly size?: number;
  /** The 0-based level of the list that numbers it. */
  readonly listLevel?: number;
  /** The outline level of the styled heading it stands under (0 where none is above it). */
  readonly styledAbove?: number;
}

/** The blocks with each hand-made heading in `marks` given the level its size or list says; `bodySize`: the body text's size. */
export function levelHandMade(blocks: readonly DocBlock[], marks: ReadonlyMap<DocBlock, HandMade>, bodySize: number | undefined): DocBlock[] {
  if (marks.size === 0) return [...blocks];
  const styled = blocks.some((b) => b.kind === "heading" && b.level !== undefined && !marks.has(b));
  const larger = (m: HandMade) => m.size !== undefined && bodySize !== undefined && m.size > bodySize + 0.25;
  const sizes = styled ? [] : [...new Set([...marks.values()].filter(larger).map((m) => m.size!))].sort((a, b) => b - a);
  const ranked = sizes.length > 0;
  const levels = new Map<DocBlock, number>();
  for (const [b, m] of marks) {
    if (ranked) {
      if (larger(m)) levels.set(b, sizes.indexOf(m.size!) + 1);
    } else if (m.listLevel !== undefined) levels.set(b, (m.styledAbove ?? 0) + m.listLevel + 1);
  }
  // A numbered heading is a chapter, never the document's title: where only numbered ones stand at the
  // top, they go one level under it (a reader takes a lone heading of level 1 for the title).
  const top = [...levels].filter(([, l]) => l === 1);
  const shift = top.length > 0 && top.every(([b]) => marks.get(b)!.listLevel !== undefined) ? 1 : 0;
  return blocks.map((b) => {
    const level = levels.get(b);
    return level !== undefined && b.kind === "heading" ? { ...b, level: Math.min(level + shift, 9) } : b;
  });
}

/** The size most of the text is set in: the body's, from each paragraph's size and length. */
export class BodySize {
  private readonly chars = new Map<number, number>();
  add(size: number | undefined, text: string): void {
    if (size !== undefined) this.chars.set(size, (this.chars.get(size) ?? 0) + text.length);
  }
  get(): number | undefined {
    let best: number | undefined;
    for (const [size, n] of this.chars) if (best === undefined || n > this.chars.get(best)!) best = size;
    return best;
  }
}
