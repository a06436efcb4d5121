/**
 * kwaliteit-veiligheidsvelden: which of the five veiligheidsvelden of VNG Kernbeleid Veiligheid the
 * themes cover, and which none does — the guidance's own "nothing overlooked?" test. Information only: a
 * gemeente may leave a veld out on purpose (the plan should then say so). The mapping of theme words to
 * velden is in kwaliteit/toets.ts (VELD_WORDS) and on the rule page.
 */
import { velden } from "../../kwaliteit/toets.js";
import { defineRule } from "../types.js";

export const kwaliteitVeiligheidsvelden = defineRule({
  meta: {
    id: "kwaliteit-veiligheidsvelden",
    name: { nl: "Kwaliteit: de vijf veiligheidsvelden", en: "Quality: the five safety fields" },
    description: {
      nl: "Meldt welke van de vijf veiligheidsvelden (Kernbeleid Veiligheid) geen thema van het plan dekt.",
      en: "Reports which of the five safety fields (Kernbeleid Veiligheid) no theme of the plan covers.",
    },
    category: "kwaliteit",
    defaultSeverity: "info",
    fixable: false,
    hasSuggestions: false,
    messages: ["ontbreekt", "veld.woonLeefomgeving", "veld.bedrijvigheid", "veld.jeugd", "veld.fysiek", "veld.integriteit"],
  },
  check(ctx) {
    const { plan } = ctx;
    if (plan.themes.length === 0) return;
    // velden() is the one reading, the report's too: a sentence that leaves fire safety to another body
    // or document explains Fysieke veiligheid there (kwaliteit/brand-elders.ts, as grondslag reads it).
    const { missing } = velden(plan);
    if (missing.length === 0) return;
    const container = plan.themeContainers[0]?.section.heading.content ?? plan.themes[0]!.titleSpan;
    // One finding per veld, so that each can be answered (or suppressed with a reason) on its own.
    for (const m of missing) ctx.report({ messageId: "ontbreekt", data: { veld: { message: `kwaliteit-veiligheidsvelden.veld.${m}` } }, span: container });
  },
});
