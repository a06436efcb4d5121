/**
 * kwaliteit-afkortingen: a raadslid reads the plan without the jargon of the veiligheidsdomein. An
 * abbreviation is fine when the plan has a list of abbreviations, when it is written out at first use
 * ("… Expertise Centrum (RIEC)"), or when everyone knows it (ICT, EU, GGD). Source: CCV checklist step 1
 * (leesbaarheid: concrete wording, a glossary / list of abbreviations).
 */
import { unexplainedAbbreviations } from "../../kwaliteit/toets.js";
import { defineRule } from "../types.js";

export const kwaliteitAfkortingen = defineRule({
  meta: {
    id: "kwaliteit-afkortingen",
    name: { nl: "Kwaliteit: afkortingen uitgelegd", en: "Quality: abbreviations explained" },
    description: {
      nl: "Afkortingen worden bij eerste gebruik uitgeschreven of staan in een lijst van afkortingen.",
      en: "Abbreviations are written out at first use or listed in a list of abbreviations.",
    },
    category: "kwaliteit",
    defaultSeverity: "info",
    fixable: false,
    hasSuggestions: false,
    messages: ["onverklaard"],
  },
  check(ctx) {
    for (const a of unexplainedAbbreviations(ctx.plan).unexplained) ctx.report({ messageId: "onverklaard", data: { afkorting: a.abbr }, span: a.span });
  },
});
