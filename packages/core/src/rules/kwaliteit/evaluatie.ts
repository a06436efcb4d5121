/**
 * kwaliteit-evaluatie: the plan looks back on the previous period — what worked and what must improve —
 * before it sets new priorities. Source: CCV checklist step 3 (Evaluatie voorgaande periode).
 */
import { evaluatie } from "../../kwaliteit/toets.js";
import { defineRule } from "../types.js";
import { planAnchor, quoted } from "../util.js";

export const kwaliteitEvaluatie = defineRule({
  meta: {
    id: "kwaliteit-evaluatie",
    name: { nl: "Kwaliteit: evaluatie vorige periode", en: "Quality: evaluation of the previous period" },
    description: {
      nl: "Het plan evalueert de vorige periode: wat ging goed, wat moet beter.",
      en: "The plan evaluates the previous period: what went well, what must improve.",
    },
    category: "kwaliteit",
    defaultSeverity: "warning",
    fixable: false,
    hasSuggestions: false,
    messages: ["geenEvaluatie", "evaluatieInTekst", "geenResultaten"],
  },
  check(ctx) {
    const e = evaluatie(ctx.plan);
    // A referral to the previous plan's evaluation by title or date is what the advice asks for.
    if (e.referral) return;
    if (!e.section && e.inText) ctx.report({ messageId: "evaluatieInTekst", data: { zin: quoted(e.inText.text) }, span: e.inText.span, severity: "info" });
    else if (!e.section) ctx.report({ messageId: "geenEvaluatie", span: planAnchor(ctx.plan, "vorigPlan") });
    else if (!e.evaluative) ctx.report({ messageId: "geenResultaten", data: { kop: e.section.title }, span: e.section.heading.content, severity: "info" });
  },
});
