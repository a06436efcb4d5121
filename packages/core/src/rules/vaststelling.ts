/**
 * vaststelling: who adopts the plan. The law gives the duty to the gemeenteraad (art. 38b lid 1 Pw 2012,
 * art. 3a Wvr): a plan with status vastgesteld names the raad and a date; adoption by the college or the
 * burgemeester is no adoption in the law's sense. A concept or voorstel is told what is still missing.
 */
import { fireSafetyTheme } from "./brandveiligheid.js";
import { messagePart } from "../diagnostic.js";
import { getEntry, scalarText, type MetaEntry } from "../syntax/frontmatter.js";
import { readDate } from "../structure/metadata.js";
import type { ParsedPlan } from "../structure/types.js";
import { defineRule } from "./types.js";
import { CITE_38B, CITE_3A, councilPart, councilsOf, editableScalar, isLaw, orgaan, TEXT_38B, TEXT_3A, valueSpan, WVR } from "./util.js";

/** Whether the plan also sets the fire-safety goals, so that art. 3a Wvr applies to its adoption too. */
export function coversFireSafety(plan: ParsedPlan): boolean {
  return plan.citations.some((c) => isLaw(c.law, WVR) && c.artikel === "3a") || fireSafetyTheme(plan) !== undefined;
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
      "gemeenteNietVastgesteld",
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
    const statusEntry = plan.fields.status?.entry;
    const status = scalarText(statusEntry?.value)?.trim().toLowerCase();
    // A missing or unknown status is the metadata rule's to report.
    if (!statusEntry || (status !== "concept" && status !== "voorstel" && status !== "vastgesteld")) return;
    const statusSpan = valueSpan(statusEntry);
    const fire = coversFireSafety(plan);
    const wet = fire ? messagePart("vaststelling.deel.wetBeide", { tekst38b: TEXT_38B, tekst3a: TEXT_3A }) : messagePart("vaststelling.deel.wet38b", { tekst38b: TEXT_38B });
    const wetten = { wetten: messagePart(fire ? "wet.38bEn3a" : "wet.38b") };

    const vast = plan.fields.vastgesteld?.entry;
    const voor = plan.fields.voorgesteld?.entry;
    const voorDoor = scalarText(getEntry(voor?.value, "door")?.value)?.trim();
    const voorDatum = readDate(getEntry(voor?.value, "datum")?.value);

    /**
     * One council's decision: adopted by the raad, dated, not after today, not before its proposal. In a
     * joint plan the message names the gemeente (`naam`).
     */
    const judge = (decision: MetaEntry, proposedOn: string | undefined, naam?: string) => {
      const gemeente = councilPart(naam);
      const door = scalarText(getEntry(decision.value, "door")?.value)?.trim();
      if (!door) ctx.report({ messageId: "doorOntbreekt", data: { gemeente, ...wetten }, span: decision.keySpan });
      else {
        const doorEntry = getEntry(decision.value, "door")!;
        const wie = orgaan(door);
        if (wie === "college" || wie === "burgemeester") {
          ctx.report({ messageId: "verkeerdOrgaan", data: { gemeente, door, wie: { body: door }, wet }, span: valueSpan(doorEntry) });
        } else if (wie === "onbekend") {
          ctx.report({ messageId: "onbekendOrgaan", data: { gemeente, door, ...wetten }, span: valueSpan(doorEntry), severity: "warning" });
        }
      }
      const datumEntry = getEntry(decision.value, "datum");
      const datum = readDate(datumEntry?.value);
      // An unreadable date is reported by the metadata rule; only a missing one here.
      if (!datumEntry || scalarText(datumEntry.value) === undefined) ctx.report({ messageId: "datumOntbreekt", data: { gemeente }, span: decision.keySpan });
      else if (datum) {
        // A decision dated after today claims an adoption that has not (yet) happened: an error, like a missing one.
        if (datum > ctx.today) ctx.report({ messageId: "datumInToekomst", data: { gemeente, datum: { date: datum }, vandaag: { date: ctx.today } }, span: valueSpan(datumEntry) });
        if (proposedOn && proposedOn > datum) {
          ctx.report({ messageId: "voorVoorstel", data: { gemeente, datum: { date: datum }, voorstelDatum: { date: proposedOn } }, span: valueSpan(datumEntry), severity: "warning" });
        }
      }
    };

    if (status === "vastgesteld") {
      // A joint plan: each council adopts it on its own date, and each decision is judged by name.
      const councils = councilsOf(plan);
      if (!vast && councils.length > 0) {
        for (const c of councils) {
          if (!c.vastgesteld) {
            ctx.report({ messageId: "gemeenteNietVastgesteld", data: { gemeente: c.naam, ...wetten }, span: c.anchor, severity: "warning" });
            continue;
          }
          judge(c.vastgesteld, readDate(getEntry(c.voorgesteld?.value, "datum")?.value) ?? voorDatum, c.naam);
        }
        return;
      }
      if (!vast) {
        ctx.report({ messageId: "vastgesteldOntbreekt", data: { ...wetten }, span: statusSpan });
        return;
      }
      judge(vast, voorDatum);
      return;
    }

    // A concept or voorstel that already records the raad's decision (in a joint plan: a council's, the
    // first one written): the status is behind.
    const adopted = (e: MetaEntry | undefined) => {
      const door = scalarText(getEntry(e?.value, "door")?.value)?.trim();
      const datum = readDate(getEntry(e?.value, "datum")?.value);
      return door && orgaan(door) === "raad" && datum && datum <= ctx.today ? datum : undefined;
    };
    const byCouncil = vast ? undefined : councilsOf(plan).find((c) => adopted(c.vastgesteld) !== undefined);
    const adoptedOn = vast ? adopted(vast) : adopted(byCouncil?.vastgesteld);
    if (adoptedOn) {
      ctx.report({
        messageId: "statusStrijdig",
        data: { gemeente: councilPart(byCouncil?.naam), status, datum: { date: adoptedOn } },
        span: statusSpan,
        severity: "warning",
        suggestions: editableScalar(plan.text, statusEntry.value) ? [{ messageId: "suggestie.statusVastgesteld", edits: [{ span: statusEntry.value.span, newText: "vastgesteld" }] }] : [],
      });
      return;
    }

    if (status === "voorstel") {
      const vanWie =
        voorDoor && voorDatum
          ? messagePart("vaststelling.deel.vanWieWanneer", { door: { body: voorDoor }, datum: { date: voorDatum } })
          : voorDoor
            ? messagePart("vaststelling.deel.vanWie", { door: { body: voorDoor } })
            : voorDatum
              ? messagePart("vaststelling.deel.vanWanneer", { datum: { date: voorDatum } })
              : "";
      const ontbreekt = !voorDoor || !voorDatum ? messagePart("vaststelling.deel.voorgesteldOntbreekt") : "";
      ctx.report({ messageId: "voorstel", data: { vanWie, ontbreekt, ...wetten }, span: statusSpan, severity: "info" });
      return;
    }
    ctx.report({ messageId: "concept", data: { ...wetten }, span: statusSpan, severity: "info" });
  },
});
