/**
 * Quick fixes that change the plan's structure rather than one finding's text: number the themes
 * 1…N again after one was inserted (their references by number follow), add a missing Opgave or
 * Ambitie heading to a theme, and add a toelichting for a budget line that has none. Offered where
 * the cursor is (the theme's heading or section, the budget line); titles and inserted text come from
 * core's message catalog.
 */
import { formatMessage, type Locale, type ParsedPlan, type Section, type Span, type TextEdit as CoreEdit, type ThemeNode } from "@veiligheidsplan/core";
import { headingNumber, themeStyle } from "@veiligheidsplan/core/internal";
import { eolOf, touches } from "./document.js";
import { budgetLineAt, deelproductLinks, resolveThemeRef } from "./navigation.js";

export interface StructuralFix {
  readonly title: string;
  readonly edits: CoreEdit[];
}

const within = (s: Span, span: Span) => span.start <= s.end && span.end >= s.start;

export function structuralFixes(p: ParsedPlan, span: Span, locale: Locale): StructuralFix[] {
  const out: StructuralFix[] = [];
  const theme = p.themes.find((t) => within(t.section.span, span));
  if (theme) {
    const renumber = renumberThemes(p);
    if (renumber.length > 0 && (touches(theme.titleSpan, span.start) || touches(theme.numberSpan, span.start) || within(theme.section.heading.span, span))) {
      out.push({ title: formatMessage("languageServer.fix.renumberThemes", locale, { aantal: p.themes.length }), edits: renumber });
    }
    for (const key of ["opgave", "ambitie"] as const) {
      if (theme[key] || hasNearHeading(theme, key)) continue;
      const kop = formatMessage(`languageServer.heading.${key}`, locale);
      out.push({ title: formatMessage("languageServer.fix.addHeading", locale, { kop }), edits: [addHeading(p, theme, key, kop)] });
    }
  }
  const line = budgetLineAt(p, span.start);
  if (line && p.budget && !deelproductLinks(p, line.deelproduct).toelichting) {
    out.push({ title: formatMessage("languageServer.fix.addToelichting", locale, { deelproduct: line.deelproduct }), edits: [addToelichting(p, line.deelproduct, locale)] });
  }
  return out;
}

/** Every theme numbered by its place (1…N, in the order of the plan), and references by number moved along. */
export function renumberThemes(p: ParsedPlan): CoreEdit[] {
  const edits: CoreEdit[] = [];
  const place = new Map<ThemeNode, number>(p.themes.map((t, i) => [t, i + 1]));
  p.themes.forEach((t, i) => {
    const want = i + 1;
    if (t.nummer === want) return;
    if (t.numberSpan) edits.push({ span: t.numberSpan, newText: String(want) });
    // A theme without a number gets one as the plan numbers its others ("Prioriteit 3: ", "3. ").
    else edits.push({ span: { start: t.titleSpan.start, end: t.titleSpan.start }, newText: headingNumber(themeStyle(p, t.soort), want) });
  });
  if (edits.length === 0) return [];
  for (const r of p.themeRefs) {
    if (r.kind !== "number" || !r.numberSpan) continue;
    // A reference that names its theme's title follows that theme; one by number alone follows the
    // theme that had the number (when only one had it).
    const byTitle = r.title ? p.themes.filter((t) => t.title.trim().toLowerCase() === r.title!.trim().toLowerCase()) : [];
    const targets = byTitle.length === 1 ? byTitle : resolveThemeRef(p, r);
    if (targets.length !== 1) continue;
    const want = place.get(targets[0]!)!;
    if (want !== r.nummer) edits.push({ span: r.numberSpan, newText: String(want) });
  }
  return edits;
}

function hasNearHeading(t: ThemeNode, key: "opgave" | "ambitie"): boolean {
  // A heading that is a slip of the word gets the rule's own "rename the heading" fix instead.
  return t.section.children.some((s) => s.keyword.replace(/ /g, "").startsWith(key.slice(0, 4)));
}

/** The heading, one level below the theme's: Opgave right under the theme's heading, Ambitie after the Opgave (or at the theme's end). */
function addHeading(p: ParsedPlan, t: ThemeNode, key: "opgave" | "ambitie", kop: string): CoreEdit {
  const eol = eolOf(p.text);
  const hashes = "#".repeat(Math.min(6, t.section.level + 1));
  if (key === "opgave") {
    const at = p.lines.lineContentEnd(p.lines.lineAt(t.section.heading.span.start));
    return { span: { start: at, end: at }, newText: `${eol}${eol}${hashes} ${kop}` };
  }
  const after: Section = t.opgave ?? t.section;
  const at = contentEnd(p, after);
  return { span: { start: at, end: at }, newText: `${eol}${eol}${hashes} ${kop}${eol}` };
}

/** The end of a section's last line of text (before trailing blank lines). */
function contentEnd(p: ParsedPlan, s: Section): number {
  let end = s.span.end;
  while (end > s.span.start && /\s/.test(p.text[end - 1]!)) end--;
  return end;
}

function addToelichting(p: ParsedPlan, deelproduct: string, locale: Locale): CoreEdit {
  const eol = eolOf(p.text);
  const budget = p.budget!;
  const text = formatMessage("languageServer.toelichtingPlaceholder", locale);
  const section = budget.toelichtingSection;
  if (section) {
    const at = contentEnd(p, section.children.length > 0 ? section.children[section.children.length - 1]! : section);
    const hashes = "#".repeat(Math.min(6, section.level + 1));
    return { span: { start: at, end: at }, newText: `${eol}${eol}${hashes} ${deelproduct}${eol}${eol}${text}` };
  }
  const at = budget.table ? budget.table.span.end : contentEnd(p, budget.section);
  const level = Math.min(6, budget.section.level + 1);
  const heading = formatMessage("languageServer.heading.toelichting", locale);
  return { span: { start: at, end: at }, newText: `${eol}${eol}${"#".repeat(level)} ${heading}${eol}${eol}${"#".repeat(Math.min(6, level + 1))} ${deelproduct}${eol}${eol}${text}${eol}` };
}
