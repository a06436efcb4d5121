/**
 * kwaliteit-meetbare-doelen: every priority theme has a goal the raad can hold the college to — a goal
 * with an indicator and a target in a Doelen table, or a sentence in its Ambitie with a number and a time
 * frame — and goals say what should change, not what the gemeente will do. Source: CCV checklist step 6
 * (Doelen: SMART, goal distinguished from means) and the rekenkamers' recurring finding that goals cannot
 * be measured, so the raad cannot steer.
 */
import { themeGoals, hasMeasurableGoal, meansAsGoals } from "../../kwaliteit/toets.js";
import { themeNames, themeStyle } from "../theme-names.js";
import { quoted } from "../util.js";
import { defineRule } from "../types.js";

export const kwaliteitMeetbareDoelen = defineRule({
  meta: {
    id: "kwaliteit-meetbare-doelen",
    name: { nl: "Kwaliteit: meetbare doelen", en: "Quality: measurable goals" },
    description: {
      nl: "Elk prioritair thema heeft een meetbaar doel (indicator en streefwaarde, of een getal met een termijn), en doelen zijn geen middelen.",
      en: "Every priority theme has a measurable goal (indicator and target, or a number with a time frame), and goals are not means.",
    },
    category: "kwaliteit",
    defaultSeverity: "warning",
    fixable: false,
    hasSuggestions: false,
    messages: ["geenMeetbaarDoel", "geenIndicator", "geenStreefwaarde", "relatiefZonderNulmeting", "streefZonderJaar", "geenNulmeting", "middel"],
  },
  check(ctx) {
    const { plan } = ctx;
    // The theme as the plan names it ("Prioriteit 2 (Jeugd)", "thema 'Jeugd'"), never a number it lacks.
    const style = themeStyle(plan);
    for (const t of plan.themes) {
      const goals = themeGoals(plan, t);
      const thema = themeNames(t, style);
      for (const d of goals.doelen) {
        const row = d.row.span;
        const data = { ...thema, doel: d.doel || d.indicator };
        if (!d.indicator) ctx.report({ messageId: "geenIndicator", data, span: d.doelSpan ?? row });
        // "10% minder" with no nulmeting to take it from: the nulmeting is what is missing.
        if (d.streefwaarde?.waarde === undefined && d.streefwaarde?.verandering !== undefined) ctx.report({ messageId: "relatiefZonderNulmeting", data: { ...data, tekst: d.streefwaarde.text }, span: d.nulmeting?.span ?? d.streefwaarde.span });
        else if (d.streefwaarde?.waarde === undefined) ctx.report({ messageId: "geenStreefwaarde", data, span: d.streefwaarde?.span ?? d.indicatorSpan ?? row });
        else if (d.streefwaarde.jaar === undefined) ctx.report({ messageId: "streefZonderJaar", data, span: d.streefwaarde.span });
        if (d.streefwaarde?.waarde !== undefined && (d.nulmeting?.waarde === undefined || d.nulmeting.jaar === undefined)) {
          ctx.report({ messageId: "geenNulmeting", data, span: d.nulmeting?.span ?? d.indicatorSpan ?? row, severity: "info" });
        }
      }
      for (const m of meansAsGoals(plan, t)) ctx.report({ messageId: "middel", data: { ...thema, tekst: quoted(m.text, 80) }, span: m.span, severity: "info" });
      if (t.soort === "prioritair" && !hasMeasurableGoal(goals)) ctx.report({ messageId: "geenMeetbaarDoel", data: thema, span: t.titleSpan });
    }
  },
});
