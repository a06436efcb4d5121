/**
 * thema-nummering: the themes are numbered 1..n in the order they stand, without gaps or duplicates,
 * with unique titles, and the prioritaire thema's come before the kernthema's. References in the text
 * ("Thema 4", "thema's 1 t/m 6") depend on it. A plan without the theme headings is valid; it is told
 * that its themes were not checked.
 */
import type { FixFinding } from "../diagnostic.js";
import type { ThemeNode } from "../structure/types.js";
import { foldText } from "../text/keywords.js";
import { notCheckedFinding } from "../not-checked.js";
import { defineRule } from "./types.js";
import { headingNumber, themeName, themeNumber, themeStyle } from "./theme-names.js";
import { planAnchor } from "./util.js";

export const themaNummering = defineRule({
  meta: {
    id: "thema-nummering",
    name: { nl: "Nummering van de thema's", en: "Theme numbering" },
    description: {
      nl: "De thema's zijn doorlopend genummerd vanaf 1, zonder gaten of dubbele nummers, met unieke titels, en de prioritaire thema's staan vóór de kernthema's.",
      en: "The themes are numbered from 1 without gaps or duplicates, with unique titles, and the priority themes come before the core themes.",
    },
    category: "structuur",
    defaultSeverity: "error",
    fixable: true,
    hasSuggestions: false,
    messages: ["geenThemas", "legeGroep", "geenNummer", "eersteNummer", "gat", "dubbelNummer", "volgorde", "dubbeleTitel", "kernVoorPrioritair", "gerelateerd.ander", "fix.nummer"],
  },
  check(ctx) {
    const { plan } = ctx;
    if (plan.themes.length === 0 && plan.themeContainers.length === 0) {
      ctx.report(notCheckedFinding("thema-nummering.geenThemas", planAnchor(plan)));
      return;
    }
    // The plan's own style: themes without numbers are fine when none has one; chapter numbers
    // ("## 3. Ondermijning") need not start at 1 or run on.
    // Judged per kind: numbered priorities with unnumbered other themes is a common, sound layout.
    const numbered = new Set(plan.themes.filter((t) => t.nummer !== undefined).map((t) => t.soort));
    const chapters = plan.themeStructure === "chapters";
    for (const c of plan.themeContainers) {
      if (c.section.children.length === 0) ctx.report({ messageId: "legeGroep", data: { kop: c.section.title }, span: c.section.heading.content, severity: "warning" });
    }
    const firstKern = plan.themeContainers.findIndex((c) => c.soort === "kern");
    const lastPrio = plan.themeContainers.map((c) => c.soort).lastIndexOf("prioritair");
    if (firstKern >= 0 && lastPrio > firstKern) {
      ctx.report({ messageId: "kernVoorPrioritair", span: plan.themeContainers[firstKern]!.section.heading.content, severity: "warning" });
    }

    const themes = plan.themes;
    // The plan's own words for its themes: "Na prioriteit 2 komt prioriteit 4", not "thema".
    const styles = { prioritair: themeStyle(plan, "prioritair"), kern: themeStyle(plan, "kern") };
    const styleOf = (t: ThemeNode) => styles[t.soort];
    const numbers = (t: ThemeNode, deze: number, vorig: number) => {
      const word = t.numberWord ?? styleOf(t).word;
      return { dezeThema: themeNumber(deze, word, false), DezeThema: themeNumber(deze, word, true), vorigThema: themeNumber(vorig, word, false) };
    };
    // One series of numbers, unless the two kinds are numbered with different words and each starts at 1
    // ("Prioriteit 1", "2" and "Thema 1", "2"): then each kind counts on its own, and "Thema 1" is not taken
    // for "Prioriteit 1". "Speerpunt 4" after "Prioriteit 3" goes on with the one series.
    const wordOf = (soort: ThemeNode["soort"]) => (styles[soort].word ?? "").toLowerCase();
    const firstNumber = (soort: ThemeNode["soort"]) => themes.find((t) => t.soort === soort && t.nummer !== undefined)?.nummer;
    const separate = wordOf("prioritair") !== wordOf("kern") && firstNumber("prioritair") === 1 && firstNumber("kern") === 1;
    const seriesOf = (t: ThemeNode) => (separate ? t.soort : "alle");
    const series = new Map<string, { used: Set<number>; byNumber: Map<number, ThemeNode>; prev: number }>();
    const of = (t: ThemeNode) => {
      let s = series.get(seriesOf(t));
      if (!s) series.set(seriesOf(t), (s = { used: new Set(), byNumber: new Map(), prev: 0 }));
      return s;
    };
    for (const t of themes) if (t.nummer !== undefined) of(t).used.add(t.nummer);
    const byTitle = new Map<string, ThemeNode>();
    for (const t of themes) {
      const s = of(t);
      const { used, byNumber } = s;
      const prev = s.prev;
      const titleKey = foldText(t.title);
      const sameTitle = titleKey !== "" ? byTitle.get(titleKey) : undefined;
      if (sameTitle) {
        ctx.report({
          messageId: "dubbeleTitel",
          data: { titel: t.title, anderThema: sameTitle.nummer !== undefined ? themeNumber(sameTitle.nummer, sameTitle.numberWord ?? styleOf(sameTitle).word, false) : themeName(sameTitle, styleOf(sameTitle), false) },
          span: t.titleSpan,
          related: [{ span: sameTitle.titleSpan, messageId: "gerelateerd.ander", data: { titel: sameTitle.title } }],
        });
      } else if (titleKey !== "") byTitle.set(titleKey, t);

      if (t.nummer === undefined) {
        if (!numbered.has(t.soort)) continue;
        const expected = prev + 1;
        // Numbered as the plan numbers its other themes of this kind: "Prioriteit 4: ", "Speerpunt 4 – ", "4. ".
        const style = styleOf(t);
        const prefix = headingNumber(style, expected);
        const fix: FixFinding | undefined = used.has(expected) ? undefined : { messageId: "fix.nummer", data: { nummer: expected }, edits: [{ span: { start: t.titleSpan.start, end: t.titleSpan.start }, newText: prefix }] };
        ctx.report({ messageId: "geenNummer", data: { titel: t.title, nummer: expected, verwijzing: `${style.word ?? "Thema"} ${expected}`, kop: `${prefix}${t.title}` }, span: t.titleSpan, ...(fix ? { fix } : {}) });
        if (fix) used.add(expected);
        s.prev = expected;
        continue;
      }
      const span = t.numberSpan ?? t.titleSpan;
      const same = byNumber.get(t.nummer);
      if (same) {
        ctx.report({
          messageId: "dubbelNummer",
          data: { nummer: t.nummer, titel: t.title, ander: same.title },
          span,
          related: [{ span: same.numberSpan ?? same.titleSpan, messageId: "gerelateerd.ander", data: { titel: same.title } }],
        });
      } else {
        byNumber.set(t.nummer, t);
        if (chapters) {
          if (t.nummer < prev) ctx.report({ messageId: "volgorde", data: { nummer: t.nummer, vorig: prev, ...numbers(t, t.nummer, prev) }, span });
        } else if (prev === 0 && t.nummer !== 1) ctx.report({ messageId: "eersteNummer", data: { nummer: t.nummer }, span });
        else if (t.nummer < prev) ctx.report({ messageId: "volgorde", data: { nummer: t.nummer, vorig: prev, ...numbers(t, t.nummer, prev) }, span });
        else if (prev > 0 && t.nummer > prev + 1) {
          const van = prev + 1;
          const tot = t.nummer - 1;
          ctx.report({ messageId: "gat", data: { nummer: t.nummer, vorig: prev, ...numbers(t, t.nummer, prev), ontbreekt: { numbers: Array.from({ length: tot - van + 1 }, (_, i) => van + i) } }, span });
        }
      }
      s.prev = Math.max(prev, t.nummer);
    }
  },
});
