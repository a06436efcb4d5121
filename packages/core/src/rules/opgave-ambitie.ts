/**
 * opgave-ambitie: every theme says what the problem is (Opgave) and what the gemeente wants to reach
 * (Ambitie). Together they are the goals the raad sets (art. 38b lid 1 Pw 2012). A heading that nearly
 * reads "Opgave" or "Ambitie" ("Ambities", "Opgaaf") gets a fix, since the structure is read from it.
 */
import { readDoelen } from "../structure/doelen.js";
import type { Section, ThemeNode } from "../structure/types.js";
import { editDistance } from "../text/keywords.js";
import { messagePart } from "../diagnostic.js";
import { notCheckedFinding } from "../not-checked.js";
import { defineRule } from "./types.js";
import { themeNames, themeStyle } from "./theme-names.js";
import { CITE_38B, descendants, hasContent, headingTitleSpan } from "./util.js";

const WANTED = { opgave: "Opgave", ambitie: "Ambitie" } as const;

export const opgaveAmbitie = defineRule({
  meta: {
    id: "opgave-ambitie",
    name: { nl: "Opgave en ambitie per thema", en: "Opgave and ambitie per theme" },
    description: {
      nl: "Elk thema heeft een kop Opgave en een kop Ambitie, elk met tekst.",
      en: "Every theme has an Opgave heading and an Ambitie heading, each with text.",
    },
    category: "structuur",
    defaultSeverity: "error",
    fixable: true,
    hasSuggestions: false,
    messages: ["geenOpgave", "geenAmbitie", "legeOpgave", "legeAmbitie", "bijnaKop", "fix.kop", "nietGecontroleerd", "deel.opgave", "deel.ambitie", "deel.beide", "welke.alle", "welke.prioritair", "welke.kern"],
    law: CITE_38B,
  },
  check(ctx) {
    const { plan } = ctx;
    // A part no theme of a kind has is not this plan's style for that kind (many plans write "Doelen"
    // only, or prose; Heuvelland gives its priorities goals and its other themes prose): said once,
    // not as an error per theme. A heading that nearly reads the word still counts as the style.
    const partsOf = (themes: readonly ThemeNode[]) => {
      const formatStyle = themes.some(
        (t) => t.opgave?.keyword === "opgave" || t.ambitie?.keyword === "ambitie" || nearHeading(descendants(t.section), "opgave", t) !== undefined || nearHeading(descendants(t.section), "ambitie", t) !== undefined,
      );
      return (["opgave", "ambitie"] as const).filter((key) => formatStyle || themes.some((t) => t[key] !== undefined));
    };
    const kinds = (["prioritair", "kern"] as const).map((soort) => ({ soort, themes: plan.themes.filter((t) => t.soort === soort) })).filter((k) => k.themes.length > 0);
    const checkedBy = new Map(kinds.map((k) => [k.soort, partsOf(k.themes)] as const));
    const missing = kinds.filter((k) => checkedBy.get(k.soort)!.length < 2);
    // The same part missing in every kind is said of "the themes"; otherwise of the kind that lacks it.
    const same = missing.length === kinds.length && new Set(missing.map((k) => checkedBy.get(k.soort)!.join())).size === 1;
    for (const k of same ? missing.slice(0, 1) : missing) {
      const checked = checkedBy.get(k.soort)!;
      const deel = checked.length === 0 ? "deel.beide" : checked[0] === "opgave" ? "deel.ambitie" : "deel.opgave";
      const welke = same ? "welke.alle" : `welke.${k.soort}`;
      ctx.report(notCheckedFinding("opgave-ambitie.nietGecontroleerd", k.themes[0]!.titleSpan, { welke: messagePart(`opgave-ambitie.${welke}`), deel: messagePart(`opgave-ambitie.${deel}`) }));
    }
    const style = themeStyle(plan);
    for (const t of plan.themes) {
      const checked = checkedBy.get(t.soort)!;
      const subs = descendants(t.section);
      for (const key of checked) {
        const found = t[key];
        const data = themeNames(t, style);
        if (found) {
          if (!hasContent(plan, found)) ctx.report({ messageId: key === "opgave" ? "legeOpgave" : "legeAmbitie", data, span: found.heading.content });
          continue;
        }
        // Goals in a table of the theme's own (under "Kengetallen", "Effectindicatoren" or no heading at
        // all) say what the gemeente wants to reach: that is the Ambitie the raad sets.
        if (key === "ambitie" && readDoelen(plan).some((d) => d.theme === t && d.doelen.length > 0)) continue;
        const near = nearHeading(subs, key, t);
        if (near) {
          const span = headingTitleSpan(plan, near);
          ctx.report({
            messageId: "bijnaKop",
            data: { ...data, kop: plan.text.slice(span.start, span.end), verwacht: WANTED[key] },
            span,
            fix: { messageId: "fix.kop", data: { verwacht: WANTED[key] }, edits: [{ span, newText: WANTED[key] }] },
          });
        } else {
          ctx.report({ messageId: key === "opgave" ? "geenOpgave" : "geenAmbitie", data, span: t.titleSpan });
        }
      }
    }
  },
});

/** A heading under the theme that is a slip away from "opgave"/"ambitie" and is not the other one. */
function nearHeading(subs: readonly Section[], key: "opgave" | "ambitie", t: ThemeNode): Section | undefined {
  const other = key === "opgave" ? t.ambitie : t.opgave;
  const hits = subs.filter((s) => s !== other && s.keyword !== "opgave" && s.keyword !== "ambitie" && s.keyword.length > 0 && editDistance(s.keyword.replace(/ /g, ""), key, 2) <= 2);
  return hits.length === 1 ? hits[0] : undefined;
}
