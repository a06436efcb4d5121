/**
 * kwaliteit-aantal-prioriteiten: a plan that makes everything a priority has no priorities. Source: CCV
 * checklist step 5 ("een beperkt aantal prioriteiten"). The limit is an option (`max`, default 5): the
 * guidance names no number, so a gemeente sets its own.
 */
import * as Schema from "effect/Schema";
import { defineRule } from "../types.js";

export const kwaliteitAantalPrioriteiten = defineRule({
  meta: {
    id: "kwaliteit-aantal-prioriteiten",
    name: { nl: "Kwaliteit: beperkt aantal prioriteiten", en: "Quality: a limited number of priorities" },
    description: {
      nl: "Het plan heeft niet meer prioritaire thema's dan ingesteld (standaard 5).",
      en: "The plan has no more priority themes than configured (5 by default).",
    },
    category: "kwaliteit",
    defaultSeverity: "info",
    fixable: false,
    hasSuggestions: false,
    messages: ["teVeel"],
  },
  options: Schema.Struct({ max: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1)) }),
  defaultOptions: { max: 5 },
  check(ctx) {
    const { plan } = ctx;
    const priority = plan.themes.filter((t) => t.soort === "prioritair");
    if (priority.length <= ctx.options.max) return;
    const container = plan.themeContainers.find((c) => c.soort === "prioritair")?.section.heading.content ?? priority[0]!.titleSpan;
    ctx.report({ messageId: "teVeel", data: { aantal: priority.length, max: ctx.options.max, totaal: plan.themes.length }, span: container });
  },
});
