/**
 * vaststelling: who adopts the plan. The law gives the duty to the gemeenteraad (art. 38b lid 1 Pw 2012,
 * art. 3a Wvr): a plan with status vastgesteld names the raad and a date; adoption by the college or the
 * burgemeester is no adoption in the law's sense. A concept or voorstel is told what is still missing.
 */
import { getEntry, scalarText } from "../syntax/frontmatter.js";
import { readDate } from "../parse.js";
import type { ParsedPlan } from "../parse.js";
import { defineRule } from "./types.js";
import { both, CITE_38B, CITE_38B_EN, CITE_3A, CITE_3A_EN, dateData, editableScalar, fireSafetyThemes, isLaw, orgaan, TEXT_38B, TEXT_3A, valueSpan, withArticle, WVR } from "./util.js";

/** Whether the plan also sets the fire-safety goals, so that art. 3a Wvr applies to its adoption too. */
export function coversFireSafety(plan: ParsedPlan): boolean {
  return plan.citations.some((c) => isLaw(c.law, WVR) && c.artikel === "3a") || fireSafetyThemes(plan).length > 0;
}

export const vaststelling = defineRule({
  meta: {
    id: "vaststelling",
    name: { nl: "Vaststelling door de raad", en: "Adoption by the council" },
    description: {
      nl: "Een vastgesteld plan noemt de gemeenteraad en de datum van het besluit; een concept of voorstel hoort wat er nog ontbreekt.",
      en: "An adopted plan names the gemeenteraad and the date of the decision; a concept or proposal is told what is still missing.",
    },
    category: "cyclus",
    defaultSeverity: "error",
    fixable: false,
    hasSuggestions: true,
    messages: [
      "vastgesteldOntbreekt",
      "doorOntbreekt",
      "datumOntbreekt",
      "verkeerdOrgaan",
      "onbekendOrgaan",
      "datumInToekomst",
      "voorVoorstel",
      "voorstel",
      "concept",
      "statusStrijdig",
      "suggestie.statusVastgesteld",
      "deel.vanWieWanneer",
      "deel.vanWie",
      "deel.vanWanneer",
      "deel.voorgesteldOntbreekt",
      "deel.wet38b",
      "deel.wetBeide",
    ],
    law: `${CITE_38B}; ${CITE_3A}`,
  },
  check(ctx) {
    const { plan } = ctx;
    const statusEntry = plan.metadata.get("status");
    const status = scalarText(statusEntry?.value)?.trim().toLowerCase();
    // A missing or unknown status is the metadata rule's to report.
    if (!statusEntry || (status !== "concept" && status !== "voorstel" && status !== "vastgesteld")) return;
    const statusSpan = valueSpan(statusEntry);
    const fire = coversFireSafety(plan);
    const wet = fire ? both("wet", "vaststelling.deel.wetBeide", { tekst38b: TEXT_38B, tekst3a: TEXT_3A }) : both("wet", "vaststelling.deel.wet38b", { tekst38b: TEXT_38B });
    const wetten = fire
      ? { wetten: `${CITE_38B} en ${CITE_3A}`, wettenEn: `${CITE_38B_EN} and ${CITE_3A_EN}` }
      : { wetten: CITE_38B, wettenEn: CITE_38B_EN };

    const vast = plan.metadata.get("vastgesteld");
    const voor = plan.metadata.get("voorgesteld");
    const vastDoor = scalarText(getEntry(vast?.value, "door")?.value)?.trim();
    const vastDatumEntry = getEntry(vast?.value, "datum");
    const vastDatum = readDate(vastDatumEntry?.value);
    const voorDoor = scalarText(getEntry(voor?.value, "door")?.value)?.trim();
    const voorDatum = readDate(getEntry(voor?.value, "datum")?.value);

    if (status === "vastgesteld") {
      if (!vast) {
        ctx.report({ messageId: "vastgesteldOntbreekt", data: { ...wetten }, span: statusSpan });
        return;
      }
      if (!vastDoor) ctx.report({ messageId: "doorOntbreekt", data: { ...wetten }, span: vast.keySpan });
      else {
        const doorEntry = getEntry(vast.value, "door")!;
        const wie = orgaan(vastDoor);
        if (wie === "college" || wie === "burgemeester") {
          ctx.report({ messageId: "verkeerdOrgaan", data: { door: vastDoor, wie: withArticle(vastDoor, "nl"), wieEn: withArticle(vastDoor, "en"), ...wet }, span: valueSpan(doorEntry) });
        } else if (wie === "onbekend") {
          ctx.report({ messageId: "onbekendOrgaan", data: { door: vastDoor, ...wetten }, span: valueSpan(doorEntry), severity: "warning" });
        }
      }
      // An unreadable date is reported by the metadata rule; only a missing one here.
      if (!vastDatumEntry || scalarText(vastDatumEntry.value) === undefined) ctx.report({ messageId: "datumOntbreekt", span: vast.keySpan });
      else if (vastDatum) {
        // A decision dated after today claims an adoption that has not (yet) happened: an error, like a missing one.
        if (vastDatum > ctx.today) ctx.report({ messageId: "datumInToekomst", data: { ...dateData("datum", vastDatum), ...dateData("vandaag", ctx.today) }, span: valueSpan(vastDatumEntry) });
        if (voorDatum && voorDatum > vastDatum) {
          ctx.report({ messageId: "voorVoorstel", data: { ...dateData("datum", vastDatum), ...dateData("voorstelDatum", voorDatum) }, span: valueSpan(vastDatumEntry), severity: "warning" });
        }
      }
      return;
    }

    // A concept or voorstel that already records the raad's decision: the status is behind.
    if (vast && vastDoor && orgaan(vastDoor) === "raad" && vastDatum && vastDatum <= ctx.today) {
      ctx.report({
        messageId: "statusStrijdig",
        data: { status, ...dateData("datum", vastDatum) },
        span: statusSpan,
        severity: "warning",
        suggestions: editableScalar(plan.text, statusEntry.value) ? [{ messageId: "suggestie.statusVastgesteld", edits: [{ span: statusEntry.value.span, newText: "vastgesteld" }] }] : [],
      });
      return;
    }

    if (status === "voorstel") {
      const nl = voorDoor ? withArticle(voorDoor, "nl") : undefined;
      const en = voorDoor ? withArticle(voorDoor, "en") : undefined;
      const vanWie =
        nl && voorDatum
          ? both("vanWie", "vaststelling.deel.vanWieWanneer", { door: nl, ...dateData("datum", voorDatum) }, { door: en!, ...dateData("datum", voorDatum) })
          : nl
            ? both("vanWie", "vaststelling.deel.vanWie", { door: nl }, { door: en! })
            : voorDatum
              ? both("vanWie", "vaststelling.deel.vanWanneer", dateData("datum", voorDatum))
              : { vanWie: "", vanWieEn: "" };
      const ontbreekt = !voorDoor || !voorDatum ? both("ontbreekt", "vaststelling.deel.voorgesteldOntbreekt") : { ontbreekt: "", ontbreektEn: "" };
      ctx.report({ messageId: "voorstel", data: { ...vanWie, ...ontbreekt, ...wetten }, span: statusSpan, severity: "info" });
      return;
    }
    ctx.report({ messageId: "concept", data: { ...wetten }, span: statusSpan, severity: "info" });
  },
});
