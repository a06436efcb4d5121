/**
 * The plan in typed form, as effect Schemas. This is the library's public model: a developer can build
 * a plan in code, validate it, print it as a `.veiligheidsplan` file (print.ts) and encode/decode its JSON
 * form through the same Schemas. `packages/core/schema/plan.schema.json` is generated from `PlanSchema`.
 *
 * Domain words stay Dutch where they are the domain's (opgave, ambitie, deelproduct, grondslag).
 */
import * as Schema from "effect/Schema";
import { Metadata } from "./fields.js";

export * from "./values.js";
export { Metadata };

export const Pijler = Schema.Struct({
  titel: Schema.String,
  /** The elaboration's Markdown text; empty when the pillar is listed but not elaborated. */
  uitwerking: Schema.String,
});
export type Pijler = typeof Pijler.Type;

export const ThemaSoort = Schema.Literals(["prioritair", "kern"]);
export type ThemaSoort = typeof ThemaSoort.Type;

/** A measurement as the plan writes it ("4,2 (2021)"), with the number and year read from it where it has them. */
export const Meting = Schema.Struct({
  tekst: Schema.String,
  waarde: Schema.optionalKey(Schema.Number),
  jaar: Schema.optionalKey(Schema.Int),
  eenheid: Schema.optionalKey(Schema.Literals(["%"])),
  /** A target written as a change ("10% minder"): the change as a fraction, -0.1; `waarde` is then the nulmeting changed by it. */
  verandering: Schema.optionalKey(Schema.Number),
});
export type Meting = typeof Meting.Type;

/** A goal as data (a row of a theme's Doelen table; docs/format.md, "Doelen"). */
export const Doel = Schema.Struct({
  doel: Schema.String,
  indicator: Schema.String,
  nulmeting: Schema.optionalKey(Meting),
  streefwaarde: Schema.optionalKey(Meting),
  bron: Schema.String,
});
export type Doel = typeof Doel.Type;

export const Thema = Schema.Struct({
  nummer: Schema.Int,
  titel: Schema.String,
  soort: ThemaSoort,
  /** Markdown text of the Opgave section. */
  opgave: Schema.String,
  /** Markdown text of the Ambitie section, without the pillars' elaborations. */
  ambitie: Schema.String,
  pijlers: Schema.Array(Pijler),
  /** The goals of the theme's Doelen table; absent when the theme has no Doelen section. */
  doelen: Schema.optionalKey(Schema.Array(Doel)),
});
export type Thema = typeof Thema.Type;

export const Eenheid = Schema.Struct({
  /** As written, e.g. "(bedragen x € 1.000)". */
  label: Schema.String,
  /** Cents per written unit: 100000 for "x € 1.000". */
  centenPerEenheid: Schema.Int,
});
export type Eenheid = typeof Eenheid.Type;

/** An amount in whole euro cents; null where the cell is empty or unreadable. */
export const Bedrag = Schema.NullOr(Schema.Int);

export const BegrotingsRegel = Schema.Struct({
  nummer: Schema.optionalKey(Schema.Int),
  deelproduct: Schema.String,
  /**
   * In a table that sets out the lasten and the baten each with their own total ("Totaal lasten",
   * "Totaal baten") above the saldo: which of the two this line is.
   */
  soort: Schema.optionalKey(Schema.Literals(["lasten", "baten"])),
  /** One per year, in the order of `Begroting.jaren`, in cents. */
  bedragen: Schema.Array(Bedrag),
  /** The numbers of the themes this deelproduct serves (from its toelichting). */
  themas: Schema.Array(Schema.Int),
  /** True when the toelichting says the line serves all themes ("Alle thema's"). */
  alleThemas: Schema.Boolean,
  /** The toelichting's Markdown text. */
  toelichting: Schema.String,
});
export type BegrotingsRegel = typeof BegrotingsRegel.Type;

export const Begroting = Schema.Struct({
  eenheid: Eenheid,
  jaren: Schema.Array(Schema.Int),
  regels: Schema.Array(BegrotingsRegel),
  /**
   * The stated totals per year, in cents (the "Totaal" row); empty when the table has none. A table in
   * parts gives its grand total, or without one its parts' totals added up (null where a part has none).
   */
  totalen: Schema.Array(Bedrag),
});
export type Begroting = typeof Begroting.Type;

/** A chapter or section the format does not model; kept so that a printed plan keeps it. */
export const Hoofdstuk = Schema.Struct({
  titel: Schema.String,
  tekst: Schema.String,
});
export type Hoofdstuk = typeof Hoofdstuk.Type;

export const PlanSchema = Schema.Struct({
  metadata: Metadata,
  /** Sections before the themes (voorwoord, missie en visie …). */
  inleiding: Schema.Array(Hoofdstuk),
  themas: Schema.Array(Thema),
  begroting: Schema.optionalKey(Begroting),
}).annotate({
  title: "Integraal veiligheidsplan",
  description: "Een integraal veiligheidsplan in het .veiligheidsplan-formaat (versie 1).",
});
export type Plan = typeof PlanSchema.Type;

/** Decode a plan from unknown input (throws a SchemaError with the path on invalid input). */
export const decodePlan = Schema.decodeUnknownSync(PlanSchema);
/** Validate without throwing. */
export const decodePlanExit = Schema.decodeUnknownExit(PlanSchema);
export const encodePlan = Schema.encodeSync(PlanSchema);

/** The JSON Schema of the plan's JSON form (draft 2020-12). */
export function planJsonSchema(): unknown {
  const doc = Schema.toJsonSchemaDocument(PlanSchema);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://veiligheidsplan.nl/schema/plan.schema.json",
    ...doc.schema,
    ...(Object.keys(doc.definitions ?? {}).length > 0 ? { $defs: doc.definitions } : {}),
  };
}
