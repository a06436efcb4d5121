/**
 * geldigheid: is the plan still current today? A plan runs out at the end of its period, or four years
 * after the raad adopted it (art. 38b lid 1 Pw 2012: "ten minste eenmaal in de vier jaar"), whichever
 * comes first. Past that date it is flagged; within six months of it, it is told the date.
 * In a joint plan each council's adoption is judged on its own, and a finding names the gemeente.
 * "Today" comes from the context (the injected clock or --today), never from the system clock.
 */
import { messagePart } from "../diagnostic.js";
import * as Schema from "effect/Schema";
import { readDate } from "../structure/metadata.js";
import { getEntry, scalarText } from "../syntax/frontmatter.js";
import type { Span } from "../text/positions.js";
import { defineRule } from "./types.js";
import { addMonths, addYears, CITE_38B, councilPart, councilsOf, daysBetween, orgaan, valueSpan } from "./util.js";

const Options = Schema.Struct({
  /** How many months before the end the plan is told its deadline. */
  waarschuwMaanden: Schema.optionalKey(Schema.Number),
});

interface End {
  readonly date: string;
  readonly span: Span;
  readonly reden: "periode" | "vaststelling";
  /** The adoption the four years run from (reden "vaststelling"). */
  readonly vastDatum?: string;
}

export const geldigheid = defineRule<typeof Options.Type>({
  meta: {
    id: "geldigheid",
    name: { nl: "Geldigheid", en: "Validity" },
    description: {
      nl: "Het plan is vandaag nog geldig: de periode is niet voorbij en de vaststelling is niet langer dan vier jaar geleden; binnen zes maanden van die datum hoort het plan de termijn.",
      en: "The plan is still current today: its period has not ended and its adoption is not more than four years ago; within six months of that date the plan is told the deadline.",
    },
    category: "cyclus",
    defaultSeverity: "warning",
    fixable: false,
    hasSuggestions: false,
    messages: ["verlopenPeriode", "verlopenVaststelling", "bijnaVerlopen", "deel.reden.periode", "deel.reden.vaststelling"],
    law: CITE_38B,
  },
  options: Options,
  defaultOptions: {},
  check(ctx) {
    const { plan, today } = ctx;
    const periodeEntry = plan.fields.periode?.entry;
    const p = plan.fields.periode?.value;
    const status = plan.fields.status?.value;
    const periode = p ? `${p.van}-${p.tot}` : "";
    const periodEnd: End | undefined = p && periodeEntry && p.van <= p.tot ? { date: `${p.tot}-12-31`, span: valueSpan(periodeEntry), reden: "periode" } : undefined;

    // Each council's adoption starts its own four years (a joint plan has one per gemeente); the plan runs
    // out there at the end of its period or four years after that council's adoption, whichever comes first.
    // The end of the period is the same for all and is said once.
    const councils = councilsOf(plan);
    const decisions = councils.length > 0 && !plan.fields.vastgesteld ? councils.map((c) => ({ naam: c.naam, vast: c.vastgesteld?.value })) : [{ naam: undefined, vast: plan.fields.vastgesteld?.entry.value }];
    let periodSaid = false;
    for (const d of decisions) {
      const datumEntry = getEntry(d.vast, "datum");
      // Only an adoption in the law's sense starts the four years: not a decision of the college or the
      // burgemeester (vaststelling reports that as an error) and not one dated after today.
      const door = scalarText(getEntry(d.vast, "door")?.value);
      const byRaad = door === undefined || (orgaan(door) !== "college" && orgaan(door) !== "burgemeester");
      const datum = status === "vastgesteld" && byRaad ? readDate(datumEntry?.value) : undefined;
      const vastDatum = datum && datum <= today ? datum : undefined;
      const adoptionEnd: End | undefined = vastDatum && datumEntry ? { date: addYears(vastDatum, 4), span: valueSpan(datumEntry), reden: "vaststelling", vastDatum } : undefined;
      if (adoptionEnd && (!periodEnd || adoptionEnd.date < periodEnd.date)) judgeEnd(adoptionEnd, d.naam);
      else if (periodEnd && !periodSaid) {
        periodSaid = true;
        judgeEnd(periodEnd, undefined);
      }
    }

    function judgeEnd(end: End, naam: string | undefined): void {
      const gemeente = councilPart(naam);
      if (today > end.date) {
        if (end.reden === "periode") {
          ctx.report({ messageId: "verlopenPeriode", data: { periode, einde: { date: end.date }, vandaag: { date: today } }, span: end.span });
        } else {
          ctx.report({ messageId: "verlopenVaststelling", data: { gemeente, datum: { date: end.vastDatum! }, einde: { date: end.date }, vandaag: { date: today } }, span: end.span });
        }
        return;
      }
      const months = ctx.options?.waarschuwMaanden ?? 6;
      if (today >= addMonths(end.date, -months)) {
        const reden = end.reden === "periode" ? messagePart("geldigheid.deel.reden.periode", { periode }) : messagePart("geldigheid.deel.reden.vaststelling", { datum: { date: end.vastDatum! } });
        ctx.report({ messageId: "bijnaVerlopen", data: { gemeente, einde: { date: end.date }, dagen: daysBetween(today, end.date), reden }, span: end.span, severity: "info" });
      }
    }
  },
});
