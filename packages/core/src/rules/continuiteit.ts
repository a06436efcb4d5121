/**
 * continuiteit: the four-year cycle across plans. At most four years lie between the predecessor's
 * adoption and this plan's (art. 38b lid 1 Pw 2012: "ten minste eenmaal in de vier jaar"), and the
 * periods follow each other without overlap or gap. The predecessor is read from `vorig-plan:` in the
 * metadata, or from its own file (`vorig-plan: bestand:`) when the two are linted together.
 *
 * Periods follow council terms, so "2018-2022" followed by "2022-2026" (sharing the election year) is
 * as continuous as "2021-2024" followed by "2025-2028".
 */
import { readDate } from "../structure/metadata.js";
import { readPeriode } from "../text/dates.js";
import { getEntry, scalarText, type MetaValue } from "../syntax/frontmatter.js";
import type { Span } from "../text/positions.js";
import { hasPlanShape } from "../plan-shape.js";
import { notCheckedFinding } from "../not-checked.js";
import { defineRule, type PlanRefusal } from "./types.js";
import { addYears, CITE_38B, councilPart, councilsOf, editableScalar, TEXT_38B, valueSpan } from "./util.js";

const REFUSAL_MESSAGE: Record<PlanRefusal["refused"], string> = {
  notRegular: "bestandGeenGewoonBestand",
  tooLarge: "bestandTeGroot",
  notText: "bestandGeenTekst",
};

/** One council's adoption of this plan (the plan's own in a plan of one gemeente). */
interface Adoption {
  readonly naam: string | undefined;
  readonly datum: string | undefined;
  readonly span?: Span;
  /** Where the council is named (a joint plan). */
  readonly council?: Span;
}

export const continuiteit = defineRule({
  meta: {
    id: "continuiteit",
    name: { nl: "Aansluiting op het vorige plan", en: "Continuity with the previous plan" },
    description: {
      nl: "Tussen de vaststelling van het vorige plan en dit plan ligt hooguit vier jaar, en de periodes sluiten op elkaar aan zonder overlap of gat.",
      en: "At most four years lie between the adoption of the previous plan and this one, and the periods follow each other without overlap or gap.",
    },
    category: "cyclus",
    defaultSeverity: "error",
    fixable: false,
    hasSuggestions: true,
    messages: [
      "teLangTussen",
      "termijnVerstreken",
      "uiterlijk",
      "overlap",
      "gat",
      "geenVorigPlan",
      "vorigeDatumOnbekend",
      "bestandNietGevonden",
      "bestandGeenPlan",
      "bestandGeenGewoonBestand",
      "bestandTeGroot",
      "bestandGeenTekst",
      "bestandWijktAf",
      "suggestie.overnemen",
    ],
    law: CITE_38B,
  },
  check(ctx) {
    const { plan } = ctx;
    const vorig = plan.fields.vorigPlan?.entry;
    const periode = plan.fields.periode?.value;
    const periodeSpan = plan.fields.periode?.valueSpan;
    const vast = plan.fields.vastgesteld?.entry;
    const datumEntry = getEntry(vast?.value, "datum");
    const datum = readDate(datumEntry?.value);
    const status = plan.fields.status?.value;

    // One predecessor (`vorig-plan`) or several (`vorige-plannen`, after a merger), each checked alike.
    const predecessors: { value: MetaValue; anchor: Span; own: boolean }[] = [];
    if (vorig) predecessors.push({ value: vorig.value, anchor: vorig.keySpan, own: false });
    const several = plan.fields.vorigePlannen?.entry;
    if (several) {
      for (const item of several.value.kind === "seq" ? several.value.items : [several.value]) {
        if (item.kind === "map") predecessors.push({ value: item, anchor: getEntry(item, "titel")?.keySpan ?? item.entries[0]?.keySpan ?? several.keySpan, own: true });
      }
    }
    if (predecessors.length === 0) {
      ctx.report(notCheckedFinding("continuiteit.geenVorigPlan", plan.fields.periode?.entry.keySpan ?? plan.fields.titel?.entry.keySpan ?? { start: 0, end: 0 }));
      return;
    }
    // A joint plan: each council's own adoption, judged by name against the predecessor of that gemeente
    // (`gemeente:`) or, for a predecessor they shared, against each council's.
    const councils = vast ? [] : councilsOf(plan);
    for (const p of predecessors) {
      const of = scalarText(getEntry(p.value, "gemeente")?.value)?.trim().toLowerCase();
      const mine = of === undefined ? councils : councils.filter((c) => c.naam.toLowerCase() === of);
      const adoptions: Adoption[] =
        mine.length > 0
          ? mine.map((c) => {
              const e = getEntry(c.vastgesteld?.value, "datum");
              return { naam: c.naam, datum: readDate(e?.value), ...(e ? { span: valueSpan(e) } : {}), council: c.anchor };
            })
          : [{ naam: undefined, datum, ...(datumEntry ? { span: valueSpan(datumEntry) } : {}) }];
      checkPredecessor(p.value, p.anchor, adoptions, p.own);
    }

    /** `own`: one of several predecessors, so a finding on the dates points at that predecessor's date. */
    function checkPredecessor(vorigValue: MetaValue, anchor: Span, adoptions: readonly Adoption[], own: boolean): void {
    // What the metadata says about the predecessor, then what its own file says.
    const titelEntry = getEntry(vorigValue, "titel");
    const periodeEntry = getEntry(vorigValue, "periode");
    const vastEntry = getEntry(vorigValue, "vastgesteld");
    const bestandEntry = getEntry(vorigValue, "bestand");
    let vorigTitel = scalarText(titelEntry?.value);
    let vorigPeriode = readPeriode(scalarText(periodeEntry?.value));
    let vorigDatum = readDate(vastEntry?.value);
    const bestand = scalarText(bestandEntry?.value);
    if (bestand !== undefined && bestandEntry) {
      const found = ctx.resolvePlan(bestand);
      const other = found && hasPlanShape(found) ? found : undefined;
      if (!other) {
        const refusal = found ? undefined : ctx.planRefusal?.(bestand);
        const messageId = found ? "bestandGeenPlan" : !refusal ? "bestandNietGevonden" : REFUSAL_MESSAGE[refusal.refused];
        const limiet = refusal?.limitBytes !== undefined ? `${Math.round(refusal.limitBytes / 1024 / 1024)} MB` : "";
        ctx.report({ messageId, data: { bestand, limiet }, span: valueSpan(bestandEntry), severity: "warning" });
      } else {
        const m = other.plan.metadata;
        const fileDatum = m.vastgesteld?.datum;
        const filePeriode = m.periode;
        const differs = (field: string, here: string, there: string, entry: typeof periodeEntry) => {
          if (!entry) return;
          ctx.report({
            messageId: "bestandWijktAf",
            data: { veld: field, hier: here, daar: there, bestand },
            span: valueSpan(entry),
            severity: "warning",
            suggestions: editableScalar(plan.text, entry.value) ? [{ messageId: "suggestie.overnemen", data: { waarde: there }, edits: [{ span: entry.value.span, newText: there }] }] : [],
          });
        };
        if (filePeriode && vorigPeriode && (filePeriode.van !== vorigPeriode.van || filePeriode.tot !== vorigPeriode.tot)) {
          differs("periode", `${vorigPeriode.van}-${vorigPeriode.tot}`, `${filePeriode.van}-${filePeriode.tot}`, periodeEntry);
        }
        if (fileDatum && vorigDatum && fileDatum !== vorigDatum) differs("vastgesteld", vorigDatum, fileDatum, vastEntry);
        vorigPeriode = vorigPeriode ?? filePeriode;
        vorigDatum = vorigDatum ?? fileDatum;
        vorigTitel = vorigTitel ?? m.titel;
      }
    }

    // Periods: neither overlap nor gap. The election year may be shared.
    if (periode && vorigPeriode && periodeSpan && vorigPeriode.van <= vorigPeriode.tot && periode.van <= periode.tot) {
      const vorigeTekst = `${vorigPeriode.van}-${vorigPeriode.tot}`;
      const dezeTekst = `${periode.van}-${periode.tot}`;
      if (periode.van < vorigPeriode.tot) {
        ctx.report({
          messageId: "overlap",
          data: { periode: dezeTekst, vorigePeriode: vorigeTekst, van: periode.van, verwacht: vorigPeriode.tot, verwachtNa: vorigPeriode.tot + 1 },
          span: periodeSpan,
          severity: "warning",
        });
      } else if (periode.van > vorigPeriode.tot + 1) {
        ctx.report({ messageId: "gat", data: { periode: dezeTekst, vorigePeriode: vorigeTekst, jaren: { years: Array.from({ length: periode.van - vorigPeriode.tot - 1 }, (_, i) => vorigPeriode.tot + 1 + i) } }, span: periodeSpan, severity: "warning" });
      }
    }

    // Adoption dates: at most four years apart.
    const titel = vorigTitel ? `'${vorigTitel}'` : "";
    if (!vorigDatum) {
      ctx.report(notCheckedFinding("continuiteit.vorigeDatumOnbekend", anchor, { titel }));
      return;
    }
    const uiterlijk = addYears(vorigDatum, 4);
    // Each adoption (one per council in a joint plan) at most four years after the predecessor's; a
    // council that has not adopted yet is told its deadline. Said once when the plan is not adopted at all.
    let deadlineSaid = false;
    for (const a of adoptions) {
      const gemeente = councilPart(a.naam);
      if (a.datum && status === "vastgesteld") {
        if (a.datum > uiterlijk) {
          ctx.report({
            messageId: "teLangTussen",
            data: { gemeente, vorigeDatum: { date: vorigDatum }, datum: { date: a.datum }, uiterlijk: { date: uiterlijk }, wettekst: TEXT_38B },
            span: own && vastEntry ? valueSpan(vastEntry) : (a.span ?? anchor),
          });
        }
        continue;
      }
      const joint = status === "vastgesteld" && a.naam !== undefined;
      if (!joint && deadlineSaid) continue;
      deadlineSaid = true;
      // Not adopted yet: tell the deadline, or that it has passed.
      const span = joint && a.council ? a.council : vastEntry ? valueSpan(vastEntry) : anchor;
      const named = joint ? gemeente : "";
      if (ctx.today > uiterlijk) {
        ctx.report({ messageId: "termijnVerstreken", data: { gemeente: named, vorigeDatum: { date: vorigDatum }, uiterlijk: { date: uiterlijk }, wettekst: TEXT_38B }, span });
      } else {
        ctx.report({ messageId: "uiterlijk", data: { gemeente: named, vorigeDatum: { date: vorigDatum }, uiterlijk: { date: uiterlijk } }, span, severity: "info" });
      }
    }
    }
  },
});
