/**
 * kwaliteit-veiligheidsanalyse: the plan rests on a local analysis that names its sources, objective
 * (politie, OM, gemeente, brandweer) and subjective (the Veiligheidsmonitor or an own survey), in a
 * chapter of its own or told per theme in their opgave (an overview chapter is then advice). Source:
 * CCV checklist step 4 (Veiligheidsanalyse) and the rekenkamers' norm "inzicht in de veiligheidssituatie".
 */
import { analyse } from "../../kwaliteit/toets.js";
import { defineRule } from "../types.js";
import { planAnchor, quoted } from "../util.js";

export const kwaliteitVeiligheidsanalyse = defineRule({
  meta: {
    id: "kwaliteit-veiligheidsanalyse",
    name: { nl: "Kwaliteit: veiligheidsanalyse", en: "Quality: safety analysis" },
    description: {
      nl: "Het plan heeft een veiligheidsanalyse met objectieve bronnen (politie, OM, gemeente) en subjectieve (Veiligheidsmonitor, enquête).",
      en: "The plan has a safety analysis with objective sources (police, prosecution, municipality) and subjective ones (Veiligheidsmonitor, survey).",
    },
    category: "kwaliteit",
    defaultSeverity: "warning",
    fixable: false,
    hasSuggestions: false,
    messages: ["geenAnalyse", "analyseElders", "analysePerThema", "perThemaGeenSubjectieveBron", "geenObjectieveBron", "geenSubjectieveBron"],
  },
  check(ctx) {
    const a = analyse(ctx.plan);
    if (a.perTheme) {
      // The analysis is there, told per theme: an overview is advice; how safe people feel is not.
      const { withSources, withOpgave, objective, subjective } = a.perTheme;
      const data = { aantal: withSources, totaal: withOpgave };
      if (subjective) ctx.report({ messageId: "analysePerThema", data, span: objective.span, severity: "info" });
      else ctx.report({ messageId: "perThemaGeenSubjectieveBron", data, span: objective.span });
      return;
    }
    if (!a.section) {
      if (a.elsewhere) ctx.report({ messageId: "analyseElders", data: { zin: quoted(a.elsewhere.text) }, span: a.elsewhere.span, severity: "info" });
      else ctx.report({ messageId: "geenAnalyse", span: planAnchor(ctx.plan) });
      return;
    }
    const kop = { kop: a.section.title };
    if (!a.objective) ctx.report({ messageId: "geenObjectieveBron", data: kop, span: a.section.heading.content });
    if (!a.subjective) ctx.report({ messageId: "geenSubjectieveBron", data: kop, span: a.section.heading.content });
  },
});
