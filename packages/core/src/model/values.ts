/**
 * The values front-matter fields hold, as effect Schemas: dates, the period, the status, decisions,
 * the predecessor, the legal basis. The fields themselves are declared in fields.ts.
 */
import { Schema } from "effect";
import { ISO_DATE } from "../text/dates.js";

/** An ISO calendar date, `JJJJ-MM-DD`. */
export const IsoDate = Schema.String.check(Schema.isPattern(ISO_DATE)).annotate({
  description: "Een datum als JJJJ-MM-DD",
});

export const Periode = Schema.Struct({
  van: Schema.Int,
  tot: Schema.Int,
}).annotate({ description: "De jaren die het plan beslaat, bijvoorbeeld 2022-2026" });
export type Periode = typeof Periode.Type;

export const Status = Schema.Literals(["concept", "voorstel", "vastgesteld"]);
export type Status = typeof Status.Type;

/** Who proposed or adopted the plan, and when. */
export const Besluit = Schema.Struct({
  door: Schema.String,
  datum: Schema.optionalKey(IsoDate),
});
export type Besluit = typeof Besluit.Type;

export const VorigPlan = Schema.Struct({
  titel: Schema.optionalKey(Schema.String),
  periode: Schema.optionalKey(Periode),
  vastgesteld: Schema.optionalKey(IsoDate),
  /** A path relative to this plan's file. */
  bestand: Schema.optionalKey(Schema.String),
  /** For one of several predecessors (a merger): the municipality whose plan it was. */
  gemeente: Schema.optionalKey(Schema.String),
});
export type VorigPlan = typeof VorigPlan.Type;

/** A legal reference, resolved against the law registry. */
export const WettelijkeGrondslag = Schema.Struct({
  /** The citation as written. */
  tekst: Schema.String,
  wet: Schema.optionalKey(Schema.String),
  /** BWB identifier, e.g. BWBR0031788 for Politiewet 2012. */
  bwb: Schema.optionalKey(Schema.String.check(Schema.isPattern(/^BWBR\d{7}$/))),
  artikel: Schema.optionalKey(Schema.String),
  lid: Schema.optionalKey(Schema.Int),
  url: Schema.optionalKey(Schema.String),
});
export type WettelijkeGrondslag = typeof WettelijkeGrondslag.Type;

/** One municipality of a joint plan, with its own council's decision. */
export const Gemeente = Schema.Struct({
  naam: Schema.String,
  voorgesteld: Schema.optionalKey(Besluit),
  vastgesteld: Schema.optionalKey(Besluit),
});
export type Gemeente = typeof Gemeente.Type;

/** An execution plan under the framework, adopted by the college (the council takes note). */
export const Uitvoeringsplan = Schema.Struct({
  titel: Schema.optionalKey(Schema.String),
  door: Schema.optionalKey(Schema.String),
  datum: Schema.optionalKey(IsoDate),
  periode: Schema.optionalKey(Periode),
});
export type Uitvoeringsplan = typeof Uitvoeringsplan.Type;
