/**
 * pijlers: "Onze aanpak berust op drie pijlers:" agrees with the list below it (or the pillars the
 * sentence names), and each pillar is elaborated under a heading with the same title. The pillars are
 * the theme's as the structure reads them (structure/pillars.ts), so the rule, the model and the report
 * see the same ones. A near miss that only differs in spaces is what
 * OCR does to a scanned plan ("Eenweerbare samenleving" for "Een weerbare samenleving"): the side with
 * the glued words is repaired to the other, safely. Other near misses get suggestions for either side.
 * Pillars are optional: a plan without any is told they were not checked.
 */
import type { FixFinding } from "../diagnostic.js";
import type { PillarIntroNode, PillarNode, Section, ThemeNode } from "../structure/types.js";
import { foldText, nearlySameFolded, sameIgnoringSpaces } from "../text/keywords.js";
import { pillarHeading, pillarKey, type PillarHeading } from "../structure/pillars.js";
import type { Span } from "../text/positions.js";
import { notCheckedFinding } from "../not-checked.js";
import { defineRule } from "./types.js";
import { themeNames, themeStyle } from "./theme-names.js";
import { countLike, hasContent, planAnchor } from "./util.js";

export const pijlers = defineRule({
  meta: {
    id: "pijlers",
    name: { nl: "Pijlers", en: "Pillars" },
    description: {
      nl: "Het aangekondigde aantal pijlers klopt met de lijst, en elke pijler is uitgewerkt onder een kop met dezelfde titel.",
      en: "The announced number of pillars matches the list, and every pillar is elaborated under a heading with the same title.",
    },
    category: "structuur",
    defaultSeverity: "error",
    fixable: true,
    hasSuggestions: true,
    messages: [
      "aantal",
      "geenLijst",
      "geenUitwerking",
      "spaties",
      "bijnaGelijk",
      "legeUitwerking",
      "dubbel",
      "nietGecontroleerd",
      "gerelateerd.kop",
      "gerelateerd.lijst",
      "fix.aantal",
      "fix.spaties",
      "suggestie.lijst",
      "suggestie.kop",
      "suggestie.nieuweKop",
    ],
  },
  check(ctx) {
    const { plan } = ctx;
    if (plan.themes.length === 0) return;
    // The theme's pillars as the structure reads them (structure/pillars.ts), the same the model and the report show.
    const announced = plan.themes.filter((t): t is ThemeNode & { pillarIntro: PillarIntroNode } => t.pillarIntro !== undefined);
    if (announced.length === 0) {
      ctx.report(notCheckedFinding("pijlers.nietGecontroleerd", plan.themeContainers[0]?.section.heading.content ?? plan.themes[0]?.titleSpan ?? planAnchor(plan)));
      return;
    }
    for (const t of announced) {
      const intro = t.pillarIntro;
      // The announcement as the plan words it ("kent drie pijlers"), so that the message quotes its verb.
      const aantal = { written: intro.countText ?? "", ...(intro.count !== undefined ? { count: intro.count } : {}) };
      if (t.pillars.length === 0) {
        ctx.report({ messageId: "geenLijst", data: { aankondiging: intro.words, aantal, ...themeNames(t, themeStyle(plan)) }, span: intro.span });
        continue;
      }
      if (intro.count !== undefined && intro.countSpan && intro.count !== t.pillars.length) {
        const nieuw = countLike(t.pillars.length, intro.countText!);
        ctx.report({
          messageId: "aantal",
          data: { aankondiging: intro.words, aantal, lijst: { written: nieuw, count: t.pillars.length }, nieuw },
          span: intro.countSpan,
          fix: { messageId: "fix.aantal", data: { nieuw }, edits: [{ span: intro.countSpan, newText: nieuw }] },
        });
      }
      checkElaborations(ctx, t);
    }
  },
});

function checkElaborations(ctx: Parameters<typeof pijlers.check>[0], t: ThemeNode): void {
  const { plan } = ctx;
  const text = plan.text;
  const seen = new Set<string>();
  // Headings that elaborate a listed pillar exactly are taken; the rest may be near misses or free sections ("Context").
  const taken = new Set<Section>();
  for (const p of t.pillars) if (p.elaboration) taken.add(p.elaboration);
  const free = t.subsections.filter((s) => !taken.has(s)).map((s) => pillarHeading(text, s));
  const ambitieLevel = t.ambitie?.level ?? t.section.level + 1;
  for (const p of t.pillars) {
    const key = pillarKey(p.title);
    if (seen.has(key)) {
      ctx.report({ messageId: "dubbel", data: { pijler: p.title }, span: p.span, severity: "warning" });
      continue;
    }
    seen.add(key);
    if (p.elaboration) {
      const e = p.elaboration;
      if (!hasContent(plan, e)) ctx.report({ messageId: "legeUitwerking", data: { pijler: p.title }, span: e.heading.content, severity: "warning" });
      continue;
    }
    const spaced = free.filter((h) => sameIgnoringSpaces(h.title, p.title));
    if (spaced.length === 1) {
      const h = spaced[0]!;
      taken.add(h.section);
      free.splice(free.indexOf(h), 1);
      reportSpacing(ctx, p, h);
      continue;
    }
    const near = free.filter((h) => isNear(h.title, p.title));
    if (near.length === 1) {
      const h = near[0]!;
      free.splice(free.indexOf(h), 1);
      const listText = text.slice(p.span.start, p.span.end);
      const headingText = text.slice(h.span.start, h.span.end);
      ctx.report({
        messageId: "bijnaGelijk",
        data: { pijler: p.title, kop: h.title },
        span: p.span,
        related: [{ span: h.section.heading.content, messageId: "gerelateerd.kop", data: { kop: h.title } }],
        suggestions: [
          { messageId: "suggestie.kop", data: { nieuw: p.title }, edits: [{ span: h.span, newText: keepEmphasis(headingText, p.title) }] },
          { messageId: "suggestie.lijst", data: { nieuw: h.title }, edits: [{ span: p.span, newText: keepEmphasis(listText, h.title) }] },
        ],
      });
      continue;
    }
    // No heading at all: offer one at the end of the Ambitie.
    const end = t.ambitie ? t.ambitie.span.end : t.section.span.end;
    const eol = text.includes("\r\n") ? "\r\n" : "\n";
    const before = text.slice(Math.max(0, end - 2), end);
    const lead = before.endsWith(eol + eol) || end === 0 ? "" : before.endsWith(eol) ? eol : eol + eol;
    ctx.report({
      messageId: "geenUitwerking",
      data: { pijler: p.title },
      span: p.span,
      suggestions: [{ messageId: "suggestie.nieuweKop", data: { pijler: p.title }, edits: [{ span: { start: end, end }, newText: `${lead}${"#".repeat(Math.min(6, ambitieLevel + 1))} ${p.title}${eol}${eol}` }] }],
    });
  }
}

/** The side with fewer spaces is the one OCR glued together; it takes the other side's words. */
function reportSpacing(ctx: Parameters<typeof pijlers.check>[0], p: PillarNode, h: PillarHeading): void {
  const text = ctx.plan.text;
  const spaces = (s: string) => (s.match(/\s/g) ?? []).length;
  const listText = text.slice(p.span.start, p.span.end);
  const headingText = text.slice(h.span.start, h.span.end);
  const headingGlued = spaces(h.title) < spaces(p.title);
  const span: Span = headingGlued ? h.section.heading.content : p.span;
  const fix: FixFinding = headingGlued
    ? { messageId: "fix.spaties", data: { nieuw: p.title }, edits: [{ span: h.span, newText: keepEmphasis(headingText, p.title) }] }
    : { messageId: "fix.spaties", data: { nieuw: h.title }, edits: [{ span: p.span, newText: keepEmphasis(listText, h.title) }] };
  ctx.report({
    messageId: "spaties",
    data: { pijler: p.title, kop: h.title, nieuw: headingGlued ? p.title : h.title },
    span,
    related: [headingGlued ? { span: p.span, messageId: "gerelateerd.lijst", data: { pijler: p.title } } : { span: h.section.heading.content, messageId: "gerelateerd.kop", data: { kop: h.title } }],
    fix,
  });
}

/** A list item written in bold stays bold when its words are replaced. */
function keepEmphasis(original: string, title: string): string {
  let a = 0;
  while (a < original.length && (original[a] === "*" || original[a] === "_")) a++;
  let b = original.length;
  while (b > a && (original[b - 1] === "*" || original[b - 1] === "_")) b--;
  const bare = title.replace(/^[*_]+|[*_]+$/g, "");
  return `${original.slice(0, a)}${bare}${original.slice(b)}`;
}

const isNear = (a: string, b: string): boolean => nearlySameFolded(foldText(a), foldText(b), 5);
