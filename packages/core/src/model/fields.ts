/**
 * The front-matter fields, each declared once: its key as written, the other spellings people use,
 * its shape in YAML, whether a plan must have it, its documentation (nl/en), its place and Schema in
 * the typed model, how it is read from the located YAML and how it is written back.
 *
 * Derived from this list (test/fields.test.ts holds them to it): the `Metadata` Schema and so the JSON
 * Schema (plan.schema.json), the parser's typed metadata (structure/plan.ts) and located fields
 * (structure/metadata.ts), the printer (print.ts), the `metadata` rule's key tables, and the language
 * server's completion and hover. Adding a field is adding an entry here (and, if a rule checks its
 * meaning, that rule). (Long because it is the one list of fields, each declared in full.)
 */
import { Schema } from "effect";
import type { CitationNode } from "../structure/types.js";
import { readDate } from "../structure/metadata.js";
import { getEntry, normalizeKey, scalarText, type MetaValue } from "../syntax/frontmatter.js";
import { readPeriode } from "../text/dates.js";
import { lawUrl } from "../law/registry.js";
import { Besluit, Gemeente, Periode, Status, Uitvoeringsplan, VorigPlan, WettelijkeGrondslag } from "./values.js";

export type FieldShape = "scalar" | "map" | "list";

export interface FieldDoc {
  readonly nl: string;
  readonly en: string;
}

/** A key inside a field that is a map (`vastgesteld: door:`), for checks, completion and hover. */
export interface SubField {
  readonly key: string;
  readonly aliases: readonly string[];
  readonly shape: FieldShape;
  readonly doc: FieldDoc;
  /** A date (`JJJJ-MM-DD`): the `metadata` rule checks and repairs it. */
  readonly date?: boolean;
}

/** What a reader gets besides the value: the plan's citations (the legal basis is read once, with the prose's). */
export interface ReadContext {
  readonly citations: readonly CitationNode[];
}

export interface FieldDecl<S extends Schema.Top = Schema.Top> {
  /** The key as the format writes it. */
  readonly key: string;
  /** Other spellings (English, other Dutch words) the `metadata` rule offers to rename; normalised. */
  readonly aliases: readonly string[];
  readonly shape: FieldShape;
  /** Whether the `metadata` rule requires it in every plan. */
  readonly required: boolean;
  /** A field that may stand in for this required one (`gemeenten` for `gemeente` in a joint plan). */
  readonly orInstead?: string;
  readonly doc: FieldDoc;
  /** The field in the typed model (`Metadata`), optional or not. */
  readonly schema: S;
  /** The typed value from the YAML value; undefined when absent or unreadable (the `metadata` rule says why). */
  readonly read: (value: MetaValue, context: ReadContext) => S["Type"] | undefined;
  /** The value in the typed model when the field is absent or unreadable; none for an optional field. */
  readonly missing?: S["Type"];
  /** The YAML value the printer writes. */
  readonly write: (value: NonNullable<S["Type"]>) => unknown;
  /** Known keys inside a map. */
  readonly subFields?: readonly SubField[];
}

const field = <S extends Schema.Top>(d: FieldDecl<S>): FieldDecl<S> => d;
const sub = (key: string, shape: FieldShape, doc: FieldDoc, aliases: readonly string[] = [], date = false): SubField => ({ key, aliases, shape, doc, ...(date ? { date } : {}) });

const text = (v: MetaValue): string | undefined => scalarText(v);
const periodeText = (p: Periode): string => `${p.van}-${p.tot}`;
const subText = (v: MetaValue, key: string) => scalarText(getEntry(v, key)?.value);

function readBesluit(v: MetaValue): Besluit | undefined {
  const door = subText(v, "door");
  const datum = readDate(getEntry(v, "datum")?.value);
  if (door === undefined && datum === undefined) return undefined;
  return { door: door ?? "", ...(datum ? { datum } : {}) };
}
function readVorigPlan(v: MetaValue): VorigPlan {
  const titel = subText(v, "titel");
  const periode = readPeriode(subText(v, "periode"));
  const vastgesteld = readDate(getEntry(v, "vastgesteld")?.value);
  const bestand = subText(v, "bestand");
  const gemeente = subText(v, "gemeente");
  return {
    ...(titel !== undefined ? { titel } : {}),
    ...(periode ? { periode } : {}),
    ...(vastgesteld ? { vastgesteld } : {}),
    ...(bestand !== undefined ? { bestand } : {}),
    ...(gemeente !== undefined ? { gemeente } : {}),
  };
}
const writeVorigPlan = (p: VorigPlan) => ({
  ...(p.titel !== undefined ? { titel: p.titel } : {}),
  ...(p.periode ? { periode: periodeText(p.periode) } : {}),
  ...(p.vastgesteld ? { vastgesteld: p.vastgesteld } : {}),
  ...(p.bestand !== undefined ? { bestand: p.bestand } : {}),
  ...(p.gemeente !== undefined ? { gemeente: p.gemeente } : {}),
});
function readGemeente(v: MetaValue): Gemeente {
  const voorgesteld = getEntry(v, "voorgesteld");
  const vastgesteld = getEntry(v, "vastgesteld");
  const vo = voorgesteld?.value.kind === "map" ? readBesluit(voorgesteld.value) : undefined;
  const va = vastgesteld?.value.kind === "map" ? readBesluit(vastgesteld.value) : undefined;
  return { naam: subText(v, "naam") ?? "", ...(vo ? { voorgesteld: vo } : {}), ...(va ? { vastgesteld: va } : {}) };
}
const writeBesluit = (b: Besluit) => ({ door: b.door, ...(b.datum ? { datum: b.datum } : {}) });
const VORIG_KEYS: readonly SubField[] = [
  sub("titel", "scalar", { nl: "De titel van het vorige plan.", en: "The predecessor's title." }),
  sub("periode", "scalar", { nl: "De periode van het vorige plan, `JJJJ-JJJJ`.", en: "The predecessor's period, `JJJJ-JJJJ`." }),
  sub("vastgesteld", "scalar", { nl: "Wanneer de raad het vorige plan vaststelde, `JJJJ-MM-DD`.", en: "When the council adopted the predecessor, `JJJJ-MM-DD`." }, [], true),
  sub("bestand", "scalar", { nl: "Het bestand van het vorige plan, relatief aan dit plan; dan worden de plannen samen gecontroleerd.", en: "The predecessor's file, relative to this plan; the plans are then checked together." }, ["file"]),
];
const BESLUIT_KEYS = (wie: FieldDoc, datum: FieldDoc): readonly SubField[] => [sub("door", "scalar", wie, ["by"]), sub("datum", "scalar", datum, ["date"], true)];

export const FIELDS = {
  formaat: field({
    key: "formaat",
    aliases: ["format", "versie"],
    shape: "scalar",
    required: false,
    doc: { nl: "De versie van het bestandsformaat: `veiligheidsplan/1` (verplicht).", en: "The file format's version: `veiligheidsplan/1` (required)." },
    schema: Schema.String,
    read: text,
    missing: "veiligheidsplan/1",
    write: (v) => v,
  }),
  titel: field({
    key: "titel",
    aliases: ["title", "naam"],
    shape: "scalar",
    required: true,
    doc: { nl: "De titel van het plan (verplicht).", en: "The plan's title (required)." },
    schema: Schema.String,
    read: text,
    missing: "",
    write: (v) => v,
  }),
  ondertitel: field({
    key: "ondertitel",
    aliases: ["subtitle"],
    shape: "scalar",
    required: false,
    doc: { nl: "Bijvoorbeeld `Integraal Veiligheidsplan 2022-2026`.", en: "For example `Integraal Veiligheidsplan 2022-2026`." },
    schema: Schema.optionalKey(Schema.String),
    read: text,
    write: (v) => v,
  }),
  gemeente: field({
    key: "gemeente",
    aliases: ["municipality", "gemeentenaam"],
    shape: "scalar",
    required: true,
    orInstead: "gemeenten",
    doc: { nl: "De gemeente (verplicht; bij een plan van meer gemeenten `gemeenten:`).", en: "The municipality (required; for a plan of several municipalities `gemeenten:`)." },
    schema: Schema.String,
    read: text,
    missing: "",
    write: (v) => v,
  }),
  periode: field({
    key: "periode",
    aliases: ["period", "looptijd", "jaren"],
    shape: "scalar",
    required: true,
    doc: { nl: "De jaren van het plan, `JJJJ-JJJJ`, ten hoogste vier jaar (verplicht).", en: "The years the plan covers, `JJJJ-JJJJ`, at most four years (required)." },
    schema: Schema.optionalKey(Periode),
    read: (v) => readPeriode(scalarText(v)),
    write: periodeText,
  }),
  status: field({
    key: "status",
    aliases: [],
    shape: "scalar",
    required: true,
    doc: { nl: "`concept`, `voorstel` of `vastgesteld` (verplicht).", en: "`concept`, `voorstel` or `vastgesteld` (required)." },
    schema: Schema.optionalKey(Status),
    read: (v) => {
      const s = scalarText(v)?.trim().toLowerCase();
      return s === "concept" || s === "voorstel" || s === "vastgesteld" ? s : undefined;
    },
    write: (v) => v,
  }),
  voorgesteld: field({
    key: "voorgesteld",
    aliases: ["proposed", "voorstel"],
    shape: "map",
    required: false,
    doc: { nl: "Wie het plan voorstelt (`door`) en wanneer (`datum`); meestal het college.", en: "Who proposes the plan (`door`) and when (`datum`); usually the college." },
    schema: Schema.optionalKey(Besluit),
    read: readBesluit,
    write: writeBesluit,
    subFields: BESLUIT_KEYS(
      { nl: "Wie het plan voorstelt, bijvoorbeeld het college van burgemeester en wethouders.", en: "Who proposes the plan, e.g. the college van burgemeester en wethouders." },
      { nl: "De datum, `JJJJ-MM-DD`.", en: "The date, `JJJJ-MM-DD`." },
    ),
  }),
  vastgesteld: field({
    key: "vastgesteld",
    aliases: ["adopted", "vaststelling"],
    shape: "map",
    required: false,
    doc: {
      nl: "Wie het plan vaststelt en wanneer. Volgens artikel 38b, eerste lid, Politiewet 2012 is dat de gemeenteraad.",
      en: "Who adopts the plan and when. Under article 38b(1) Politiewet 2012 that is the gemeenteraad.",
    },
    schema: Schema.optionalKey(Besluit),
    read: readBesluit,
    write: writeBesluit,
    subFields: BESLUIT_KEYS(
      { nl: "Wie het plan vaststelt: de gemeenteraad.", en: "Who adopts the plan: the gemeenteraad." },
      { nl: "De datum van het raadsbesluit, `JJJJ-MM-DD`.", en: "The date of the council's decision, `JJJJ-MM-DD`." },
    ),
  }),
  vorigPlan: field({
    key: "vorig-plan",
    aliases: ["previous", "previousplan", "vorige", "vorigeplan", "voorganger"],
    shape: "map",
    required: false,
    doc: { nl: "Het vorige plan: `titel`, `periode`, `vastgesteld` (een datum) en eventueel `bestand`.", en: "The predecessor: `titel`, `periode`, `vastgesteld` (a date) and optionally `bestand`." },
    schema: Schema.optionalKey(VorigPlan),
    read: readVorigPlan,
    write: writeVorigPlan,
    subFields: VORIG_KEYS,
  }),
  grondslag: field({
    key: "grondslag",
    aliases: ["legalbasis", "wettelijkegrondslag", "wetgeving"],
    shape: "list",
    required: false,
    doc: { nl: "De wettelijke grondslag, een lijst van wetsartikelen.", en: "The legal basis, a list of articles of law." },
    schema: Schema.Array(WettelijkeGrondslag),
    // The citations are read with the prose's (structure/references.ts), so that both are resolved alike.
    read: (_v, { citations }) =>
      citations
        .filter((c) => c.source === "grondslag")
        .map((c) => ({
          tekst: c.text,
          ...(c.law ? { wet: c.law.name, bwb: c.law.bwb, url: lawUrl(c.law, c.artikel || undefined, c.lid) } : {}),
          ...(c.artikel ? { artikel: c.artikel } : {}),
          ...(c.lid !== undefined ? { lid: c.lid } : {}),
        })),
    missing: [],
    write: (g) => g.map((x) => x.tekst),
  }),
  gemeenten: field({
    key: "gemeenten",
    aliases: ["municipalities", "deelnemendegemeenten"],
    shape: "list",
    required: false,
    doc: {
      nl: "Een plan van meer gemeenten: per gemeente `naam:` en het eigen besluit van haar raad (`vastgesteld:` met `door:` en `datum:`, eventueel `voorgesteld:`). Elke raad stelt het plan zelf vast.",
      en: "A plan of several municipalities: per municipality `naam:` and its own council's decision (`vastgesteld:` with `door:` and `datum:`, optionally `voorgesteld:`). Each council adopts the plan itself.",
    },
    schema: Schema.optionalKey(Schema.Array(Gemeente)),
    read: (v) => (v.kind === "seq" ? v.items.flatMap((item) => (item.kind === "map" ? [readGemeente(item)] : [])) : undefined),
    write: (gs) => gs.map((g) => ({ naam: g.naam, ...(g.voorgesteld ? { voorgesteld: writeBesluit(g.voorgesteld) } : {}), ...(g.vastgesteld ? { vastgesteld: writeBesluit(g.vastgesteld) } : {}) })),
    subFields: [
      sub("naam", "scalar", { nl: "De naam van de gemeente.", en: "The municipality's name." }, ["name", "gemeente"]),
      sub("voorgesteld", "map", { nl: "Wie het plan aan deze raad voorstelde en wanneer (`door`, `datum`).", en: "Who proposed the plan to this council and when (`door`, `datum`)." }),
      sub("vastgesteld", "map", { nl: "Het besluit van deze raad: `door: gemeenteraad` en `datum:`.", en: "This council's decision: `door: gemeenteraad` and `datum:`." }),
    ],
  }),
  vorigePlannen: field({
    key: "vorige-plannen",
    aliases: ["previousplans", "voorgangers"],
    shape: "list",
    required: false,
    doc: {
      nl: "Meer vorige plannen, bijvoorbeeld na een herindeling: per plan `titel`, `periode`, `vastgesteld` (een datum) en eventueel `gemeente` en `bestand`.",
      en: "Several previous plans, e.g. after a merger: per plan `titel`, `periode`, `vastgesteld` (a date) and optionally `gemeente` and `bestand`.",
    },
    schema: Schema.optionalKey(Schema.Array(VorigPlan)),
    read: (v) => (v.kind === "seq" ? v.items.flatMap((item) => (item.kind === "map" ? [readVorigPlan(item)] : [])) : undefined),
    write: (ps) => ps.map(writeVorigPlan),
    subFields: [...VORIG_KEYS, sub("gemeente", "scalar", { nl: "De gemeente van dat plan (een van de voorgangers).", en: "The municipality of that plan (one of the predecessors)." })],
  }),
  uitvoeringsplannen: field({
    key: "uitvoeringsplannen",
    aliases: ["uitvoeringsplan", "uitvoeringsprogramma", "uitvoeringsprogrammas", "actieplan", "actieplannen"],
    shape: "list",
    required: false,
    doc: {
      nl: "De uitvoeringsplannen bij dit kader, die het college vaststelt (de raad neemt er kennis van): per plan `titel`, `door`, `datum` en eventueel `periode` of `jaar`.",
      en: "The execution plans under this framework, adopted by the college (the council takes note): per plan `titel`, `door`, `datum` and optionally `periode` or `jaar`.",
    },
    schema: Schema.optionalKey(Schema.Array(Uitvoeringsplan)),
    read: (v) => {
      const items = v.kind === "seq" ? v.items : v.kind === "map" ? [v] : [];
      return items.flatMap((item) => {
        if (item.kind !== "map") return [];
        const titel = subText(item, "titel");
        const door = subText(item, "door");
        const datum = readDate(getEntry(item, "datum")?.value);
        const periode = readPeriode(subText(item, "periode") ?? (subText(item, "jaar") !== undefined ? `${subText(item, "jaar")}-${subText(item, "jaar")}` : undefined));
        return [{ ...(titel !== undefined ? { titel } : {}), ...(door !== undefined ? { door } : {}), ...(datum ? { datum } : {}), ...(periode ? { periode } : {}) }];
      });
    },
    write: (ps) => ps.map((p) => ({ ...(p.titel !== undefined ? { titel: p.titel } : {}), ...(p.door !== undefined ? { door: p.door } : {}), ...(p.datum ? { datum: p.datum } : {}), ...(p.periode ? { periode: periodeText(p.periode) } : {}) })),
    subFields: [
      sub("titel", "scalar", { nl: "De titel van het uitvoeringsplan.", en: "The execution plan's title." }),
      sub("door", "scalar", { nl: "Wie het vaststelde, meestal het college.", en: "Who adopted it, usually the college." }, ["by"]),
      sub("datum", "scalar", { nl: "De datum van dat besluit, `JJJJ-MM-DD`.", en: "The date of that decision, `JJJJ-MM-DD`." }, ["date"], true),
      sub("periode", "scalar", { nl: "De jaren die het beslaat, `JJJJ-JJJJ`.", en: "The years it covers, `JJJJ-JJJJ`." }),
      sub("jaar", "scalar", { nl: "Het jaar, voor een jaarplan.", en: "The year, for a yearly plan." }),
    ],
  }),
  structuur: field({
    key: "structuur",
    aliases: ["structure", "indeling", "opbouw"],
    shape: "map",
    required: false,
    doc: {
      nl: "Waar de thema's staan, als de indeling niet vanzelf herkend wordt: `themas:` (de kop waaronder de thema's staan) of `niveau:` (het kopniveau van de thema's, 1–6).",
      en: "Where the themes are, when the layout is not recognised by itself: `themas:` (the heading the themes stand under) or `niveau:` (the themes' heading level, 1–6).",
    },
    schema: Schema.optionalKey(
      Schema.Struct({
        themas: Schema.optionalKey(Schema.String),
        niveau: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 6 }))),
      }),
    ),
    read: (v) => {
      const themas = subText(v, "themas");
      const niveau = Number(subText(v, "niveau"));
      return { ...(themas !== undefined && themas.trim() !== "" ? { themas: themas.trim() } : {}), ...(Number.isInteger(niveau) && niveau >= 1 && niveau <= 6 ? { niveau } : {}) };
    },
    write: (v) => ({ ...v }),
    subFields: [
      sub("themas", "scalar", { nl: "De titel van de kop waaronder de thema's staan, bijvoorbeeld `Onze opgaven`.", en: "The title of the heading the themes stand under, e.g. `Onze opgaven`." }, ["themes"]),
      sub("niveau", "scalar", { nl: "Het kopniveau van de thema's: 2 voor `##`, 3 voor `###`.", en: "The themes' heading level: 2 for `##`, 3 for `###`." }, ["level"]),
    ],
  }),
};

export type FieldName = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

type Fields = typeof FIELDS;
/** The typed model's metadata: one property per declared field, in declaration order. */
export const Metadata = Schema.Struct(
  Object.fromEntries(FIELD_NAMES.map((n) => [n, FIELDS[n].schema])) as { readonly [K in keyof Fields]: Fields[K]["schema"] },
);
export type Metadata = typeof Metadata.Type;

/** The declaration of a key as written (any case, `-`, `_` or spaces), or undefined. */
export function fieldOfKey(normalisedKey: string): FieldName | undefined {
  return FIELD_BY_KEY.get(normalisedKey);
}
const FIELD_BY_KEY = new Map<string, FieldName>(FIELD_NAMES.map((n) => [normalizeKey(FIELDS[n].key), n]));
