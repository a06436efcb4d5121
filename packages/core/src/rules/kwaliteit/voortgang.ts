/**
 * kwaliteit-voortgang: with the yearly progress files (`.voortgang`) given, every goal with a target has
 * a realised value for each year that has passed since its nulmeting, and a goal behind its straight path
 * from nulmeting to streefwaarde is pointed out. Without progress files the rule says nothing: whether
 * they exist is not the plan's to say. Source: CCV checklist step 9 (monitoring for accountability) and
 * art. 38b Politiewet 2012's cycle in which the raad steers on the goals it set.
 */
import { readDoelen, isMeasurable, type DoelNode } from "../../structure/doelen.js";
import { judge } from "../../voortgang/voortgang.js";
import { defineRule } from "../types.js";

export const kwaliteitVoortgang = defineRule({
  meta: {
    id: "kwaliteit-voortgang",
    name: { nl: "Kwaliteit: voortgang per doel", en: "Quality: progress per goal" },
    description: {
      nl: "Elk doel heeft gerealiseerde waarden voor de verstreken jaren, en ligt op koers naar zijn streefwaarde.",
      en: "Every goal has realised values for the years passed, and is on track to its target.",
    },
    category: "kwaliteit",
    defaultSeverity: "warning",
    fixable: false,
    hasSuggestions: false,
    messages: ["geenGegevens", "achter"],
  },
  check(ctx) {
    const voortgang = ctx.voortgang;
    if (!voortgang || voortgang.length === 0) return;
    const thisYear = Number(ctx.today.slice(0, 4));
    for (const section of readDoelen(ctx.plan)) {
      for (const d of section.doelen) {
        if (!isMeasurable(d)) continue;
        const from = (d.nulmeting?.jaar ?? ctx.plan.fields.periode?.value?.van ?? thisYear) + 1;
        const to = Math.min(thisYear - 1, d.streefwaarde?.jaar ?? thisYear - 1);
        const j = judge(d, voortgang);
        const known = new Set(j.realisaties.map((r) => r.jaar));
        const missing: number[] = [];
        // The Veiligheidsmonitor is held every other year (2019, 2021, 2023, …): its goals need a value every
        // second year from the nulmeting, not a value the source does not produce.
        const step = BIENNIAL.test(d.bron) ? 2 : 1;
        const first = d.nulmeting?.jaar;
        for (let y = from; y <= to && missing.length < 50; y++) if (!known.has(y) && (first === undefined || (y - first) % step === 0)) missing.push(y);
        const span = d.indicatorSpan ?? d.row.span;
        if (missing.length > 0) ctx.report({ messageId: "geenGegevens", data: { indicator: d.indicator, jaren: { years: missing }, aantal: missing.length }, span });
        if (j.koers === "achter" && j.laatste && j.verwacht !== undefined) {
          ctx.report({ messageId: "achter", data: { indicator: d.indicator, jaar: j.laatste.jaar, waarde: fmt(j.laatste.waarde, pct(d)), verwacht: fmt(j.verwacht, pct(d)), streef: d.streefwaarde!.text }, span, severity: "info" });
        }
      }
    }
  },
});

/** Sources measured every other year. */
const BIENNIAL = /veiligheidsmonitor/i;

const pct = (d: DoelNode) => d.streefwaarde?.eenheid === "%" || d.nulmeting?.eenheid === "%";
/** A value as the plan writes it: a decimal comma, "%" when the goal is a percentage (so "30%", not "30"). */
const fmt = (n: number, percent: boolean) => `${String(Math.round(n * 10) / 10).replace(".", ",")}${percent ? "%" : ""}`;
