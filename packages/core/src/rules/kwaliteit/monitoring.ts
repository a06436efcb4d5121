/**
 * kwaliteit-monitoring: the plan says how progress is monitored and reported — when, to whom (at least
 * the gemeenteraad, which sets the goals) and with what (a yearly Veiligheidsbrief, an
 * uitvoeringsprogramma, a monitor) — and plans an evaluation at the end. Source: CCV checklist step 9
 * (Evaluatie / monitoring) and the rekenkamers' norms on monitoring and the raad's role.
 */
import { monitoring } from "../../kwaliteit/toets.js";
import { defineRule } from "../types.js";
import { planAnchor } from "../util.js";

export const kwaliteitMonitoring = defineRule({
  meta: {
    id: "kwaliteit-monitoring",
    name: { nl: "Kwaliteit: monitoring en evaluatie", en: "Quality: monitoring and evaluation" },
    description: {
      nl: "Het plan zegt wanneer, aan wie (de gemeenteraad) en waarmee over de voortgang wordt gerapporteerd, en plant een evaluatie.",
      en: "The plan says when, to whom (the council) and with what progress is reported, and plans an evaluation.",
    },
    category: "kwaliteit",
    defaultSeverity: "warning",
    fixable: false,
    hasSuggestions: false,
    messages: ["geenMonitoring", "onvolledig", "geenEindevaluatie", "mist.wanneer", "mist.aanWie", "mist.waarmee"],
  },
  check(ctx) {
    const m = monitoring(ctx.plan);
    if (!m.complete && m.partial) {
      // A partial sentence has two of the three, so one is missing.
      ctx.report({ messageId: "onvolledig", data: { ontbreekt: { message: `kwaliteit-monitoring.mist.${m.partial.lacks[0]}` } }, span: m.partial.sentence.span });
    } else if (!m.complete) ctx.report({ messageId: "geenMonitoring", span: planAnchor(ctx.plan) });
    if (!m.final) ctx.report({ messageId: "geenEindevaluatie", span: m.complete?.span ?? m.partial?.sentence.span ?? planAnchor(ctx.plan), severity: "info" });
  },
});
