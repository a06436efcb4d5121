/**
 * kwaliteit-keten: the chain priority → goal → approach → money holds. Goals and approach are checked by
 * kwaliteit-meetbare-doelen and opgave-ambitie; this rule adds the money end: a priority theme that gets
 * money only through a line "voor alle thema's" has no budget of its own, and a plan without a budget
 * table cannot show the chain at all — unless it says where the money is ("het geld staat in de
 * programmabegroting"): then the begroting, where the raad decides on money, carries that end of the
 * chain — or says per priority what it costs ("Wat mag het kosten? … € 120.000"): then a priority
 * without an amount stands out. Source: CCV checklist step 1 (the logical chain evaluatie → analyse → prioriteiten → doelen →
 * aanpak → budget) and step 8 (means tied to the priorities).
 */
import { amountsInText, begrotingElders, chainOf } from "../../kwaliteit/toets.js";
import { themeNames, themeStyle } from "../theme-names.js";
import { defineRule } from "../types.js";
import { planAnchor } from "../util.js";

export const kwaliteitKeten = defineRule({
  meta: {
    id: "kwaliteit-keten",
    name: { nl: "Kwaliteit: van prioriteit tot budget", en: "Quality: from priority to budget" },
    description: {
      nl: "Elk prioritair thema heeft een eigen begrotingsregel (deelproduct) die het financiert.",
      en: "Every priority theme has a budget line (deelproduct) of its own that funds it.",
    },
    category: "kwaliteit",
    defaultSeverity: "info",
    fixable: false,
    hasSuggestions: false,
    messages: ["alleenAlleThemas", "geenBegroting", "geenBedrag"],
  },
  check(ctx) {
    const { plan } = ctx;
    const priority = plan.themes.filter((t) => t.soort === "prioritair");
    if (priority.length === 0) return;
    const style = themeStyle(plan);
    if (!plan.budget?.table) {
      // A plan that says its money is in the programmabegroting has said where the raad decides it:
      // the begroting, not the plan, is the instrument for money, so that is no defect of the plan.
      if (begrotingElders(plan)) return;
      // Without a table, a plan may say per priority what it costs; then the priorities that do not stand out.
      const { shown, without } = amountsInText(plan, priority);
      if (!shown) ctx.report({ messageId: "geenBegroting", span: planAnchor(plan) });
      else for (const t of without) ctx.report({ messageId: "geenBedrag", data: themeNames(t, style), span: t.titleSpan });
      return;
    }
    for (const t of priority) {
      const c = chainOf(plan, t);
      if (c.geld === "alle") ctx.report({ messageId: "alleenAlleThemas", data: { ...themeNames(t, style), regels: c.viaAlle.join(", ") }, span: t.titleSpan });
    }
  },
});
