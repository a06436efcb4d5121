/** Sections: the heading tree, each heading owning the blocks up to the next heading of its level or higher. */
import type { Block, HeadingBlock } from "../syntax/blocks.js";
import { keyword } from "../text/keywords.js";
import type { Span } from "../text/positions.js";
import type { Section } from "./types.js";

export function walk(sections: readonly Section[], f: (s: Section) => void): void {
  for (const s of sections) {
    f(s);
    walk(s.children, f);
  }
}

/** Whether `s` is `ancestor` or lies inside it. */
export function within(s: Section | undefined, ancestor: Section): boolean {
  for (let x = s; x; x = x.parent) if (x === ancestor) return true;
  return false;
}

export function allSections(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  walk(sections, (s) => out.push(s));
  return out;
}

export function buildSections(text: string, blocks: readonly Block[]): Section[] {
  interface Mutable {
    heading: HeadingBlock;
    level: number;
    title: string;
    keyword: string;
    firstBlock: number;
    endBlock: number;
    ownEnd: number;
    children: Mutable[];
    parent?: Mutable;
  }
  const roots: Mutable[] = [];
  const stack: Mutable[] = [];
  blocks.forEach((b, idx) => {
    if (b.kind !== "heading") return;
    const title = text.slice(b.content.start, b.content.end);
    const s: Mutable = { heading: b, level: b.level, title, keyword: keyword(title), firstBlock: idx, endBlock: blocks.length, ownEnd: blocks.length, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.level >= b.level) stack.pop()!.endBlock = idx;
    const parent = stack[stack.length - 1];
    if (parent) {
      if (parent.children.length === 0) parent.ownEnd = idx;
      parent.children.push(s);
      s.parent = parent;
    } else roots.push(s);
    stack.push(s);
  });
  const freeze = (m: Mutable, parent?: Section): Section => {
    const ownEnd = m.children.length > 0 ? m.ownEnd : m.endBlock;
    const last = blocks[m.endBlock - 1]!;
    const sec: Section = {
      heading: m.heading,
      level: m.level,
      title: m.title,
      keyword: m.keyword,
      span: { start: m.heading.span.start, end: last.span.end },
      firstBlock: m.firstBlock,
      endBlock: m.endBlock,
      ownBlocks: blocks.slice(m.firstBlock + 1, ownEnd),
      children: [],
      parent,
    };
    (sec as unknown as { children: Section[] }).children = m.children.map((c) => freeze(c, sec));
    return sec;
  };
  return roots.map((r) => freeze(r));
}


/** Trims white space off a span. */
export function trimSpan(text: string, s: Span): Span {
  let a = s.start;
  let b = s.end;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

/** The Markdown source of a run of blocks, trimmed; blank lines and comments kept inside. */
export function blocksText(text: string, blocks: readonly Block[]): string {
  if (blocks.length === 0) return "";
  return text.slice(blocks[0]!.span.start, blocks[blocks.length - 1]!.span.end).trim();
}

