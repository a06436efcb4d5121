/**
 * `parse(text)`: never throws, never gives up. It returns the lossless block tree, the section tree,
 * the plan's structure with exact spans (what rules and the language server read), the typed `Plan`
 * (what developers read), and findings for what it could not read.
 *
 * Data flow: text → lines → blocks (syntax/blocks.ts) → sections (structure/sections.ts) → structure
 * (front matter, themes, budget, references: one file each in structure/) → Plan (structure/plan.ts).
 */
import type { Finding } from "./diagnostic.js";
import type { Plan } from "./model/schema.js";
import { findBudget } from "./structure/budget.js";
import { findComments } from "./structure/comments.js";
import { locateFields } from "./structure/fields.js";
import { metadataNode } from "./structure/metadata.js";
import { toPlan } from "./structure/plan.js";
import { readReferences, themeWords } from "./structure/references.js";
import { buildSections } from "./structure/sections.js";
import { declaredStructure } from "./structure/fields.js";
import { forgetPrevious, rememberParse, parseMemo } from "./structure/previous.js";
import { readThemes } from "./structure/themes.js";
import type { ParsedPlan } from "./structure/types.js";
import { scanBlocks, splitLines } from "./syntax/blocks.js";
import { readFrontMatter, type MetaValue } from "./syntax/frontmatter.js";
import { rescan } from "./syntax/rescan.js";
import { unseenCharacterFindings } from "./syntax/unseen.js";
import { LineIndex } from "./text/positions.js";
import { memo, withMemoSlot } from "./structure/memo.js";

export type * from "./structure/types.js";
export { allSections } from "./structure/sections.js";
export type { LocatedField, LocatedFields } from "./structure/fields.js";
export { findThemeRefs } from "./structure/references.js";
export { PILLAR_INTRO_PATTERN } from "./structure/pillars.js";
export { metadataEntries, readDate } from "./structure/metadata.js";
export { readPeriode } from "./text/dates.js";
/** Citations found in the prose of a text, exported for the language server. */
export { findCitations } from "./law/citation.js";

export interface ParseOptions {
  /**
   * The same document parsed before an edit. What the edit did not touch is reused, so a one-character
   * edit of a 1 MB plan is read again in a few milliseconds; the result is the same as without it.
   */
  readonly previous?: ParsedPlan;
}

/**
 * The typed plan, built when first asked for: the rules work on the located tree, so a lint run (about
 * a tenth of a plan's parse time went here) only builds it for `export`, the report and a predecessor.
 * Kept in the plan's memo slot, not in a variable of `parse` that the getter closes over: on Node 20
 * such a getter kept each plan's whole tree through minor collections until a full one (V8 seems to
 * hold an object's getters from the old generation). A parse-only loop over 900 plans: 55 of 300 MB
 * allocated survived and was promoted; 11 MB this way (bench/README.md, eleventh session).
 */
const typedPlans = memo<ParsedPlan, Plan>("plan");
function typedPlanOf(parsed: ParsedPlan): Plan {
  let plan = typedPlans.get(parsed);
  if (plan === undefined) typedPlans.set(parsed, (plan = toPlan(parsed)));
  return plan;
}

export function parse(text: string, options: ParseOptions = {}): ParsedPlan {
  const findings: Finding[] = [];
  const before = options.previous ? parseMemo(options.previous) : undefined;
  const rescanned = before ? rescan(text, { text: options.previous!.text, lines: before.lines, blocks: options.previous!.blocks }) : undefined;
  const lines = rescanned ? rescanned.lines : splitLines(text);
  const blocks = rescanned ? rescanned.blocks : scanBlocks(text, lines);
  // The line index from the lines already split (one pass over the text instead of two).
  // After a last line that ends in a break, the empty line after it starts at the text's end.
  const last = lines.length - 1;
  const starts = last < 0 ? [0] : lines.starts(lines.contentEnd(last) < lines.end(last) ? text.length : undefined);
  const lineIndex = new LineIndex(text, starts);

  for (const b of blocks) {
    if (b.kind === "comment" && !b.closed) findings.push({ messageId: "syntax.commentUnclosed", span: { start: b.span.start, end: Math.min(b.span.end, b.span.start + 4) } });
    if (b.kind === "fence" && !b.closed) findings.push({ messageId: "syntax.fenceUnclosed", span: { start: b.span.start, end: Math.min(b.span.end, b.span.start + 3) } });
  }
  findings.push(...unseenCharacterFindings(text, blocks));
  if (lines.length > 0 && blocks[0]?.kind !== "frontMatter" && text.slice(lines.start(0), lines.contentEnd(0)).replace(/^\uFEFF/, "").trimEnd() === "---") {
    findings.push({ messageId: "syntax.frontMatterUnclosed", span: { start: lines.start(0), end: lines.contentEnd(0) } });
  }

  const fm = blocks[0]?.kind === "frontMatter" ? blocks[0] : undefined;
  let root: MetaValue | undefined;
  if (fm) {
    const read = readFrontMatter(text, fm.content);
    root = read.root;
    findings.push(...read.findings);
  }
  const metadata = metadataNode(fm, root);
  const sections = buildSections(text, blocks);
  const comments = findComments(text, blocks);
  const { themeContainers, themes, themeStructure } = readThemes(text, sections, blocks, declaredStructure(root));
  const budget = findBudget(text, sections, blocks, themeWords(themes), themes.map((t) => t.section));
  const { themeRefs, citations, byBlock } = readReferences(text, blocks, metadata, themes, before && rescanned ? { refs: before.refs, reuse: rescanned.reuse } : undefined);
  const fields = locateFields(root, { citations });

  const parsed: ParsedPlan = withMemoSlot({
    text,
    lines: lineIndex,
    blocks,
    sections,
    metadata,
    fields,
    themes,
    themeContainers,
    themeStructure,
    budget,
    themeRefs,
    citations,
    comments,
    findings,
    get plan(): Plan {
      return typedPlanOf(this);
    },
  });
  const origin = rescanned ? { previous: options.previous!, reuse: rescanned.reuse } : undefined;
  if (options.previous) forgetPrevious(options.previous);
  rememberParse(parsed, { lines, refs: byBlock, ...(origin ? { origin } : {}) });
  return parsed;
}
