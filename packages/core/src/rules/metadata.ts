/**
 * metadata: the front matter a plan needs (formaat, titel, gemeente, periode, status), in the shapes the
 * format describes (docs/format.md), with readable dates and a known status and format version. A key
 * the format does not know is kept but reported, so that a typo ("vastgesteldd") does not silently
 * switch a check off; a close typo gets a fix.
 * (Over 300 lines: the key tables derive from model/fields.ts; what remains is one rule's checks.)
 */
import { Schema } from "effect";
import { FIELD_NAMES, FIELDS, fieldOfKey } from "../model/fields.js";
import { readDate } from "../structure/metadata.js";
import { getEntry, normalizeKey, scalarText, type MetaEntry, type MetaValue } from "../syntax/frontmatter.js";
import { editDistance } from "../text/keywords.js";
import type { FixFinding } from "../diagnostic.js";
import { messagePart } from "../diagnostic.js";
import { lineEnding } from "../text/line-endings.js";
import { ISO_DATE } from "../text/dates.js";
import { defineRule, type RuleContext } from "./types.js";
import { editableScalar, isIsoDate, planAnchor, valueSpan } from "./util.js";

const Options = Schema.Struct({
  /** Extra keys a municipality uses on purpose (e.g. portefeuillehouder); they are not reported. */
  extraSleutels: Schema.optionalKey(Schema.Array(Schema.String)),
});

/** The keys of version 1 (model/fields.ts), normalised → as they are written. */
const TOP_KEYS: Readonly<Record<string, string>> = Object.fromEntries(FIELD_NAMES.map((n) => [normalizeKey(FIELDS[n].key), FIELDS[n].key]));
const SUB_KEYS = new Map<string, Readonly<Record<string, string>>>(
  FIELD_NAMES.flatMap((n) => (FIELDS[n].subFields ? [[normalizeKey(FIELDS[n].key), Object.fromEntries(FIELDS[n].subFields!.map((f) => [normalizeKey(f.key), f.key]))] as const] : [])),
);
const DATE_SUB_KEYS = new Map<string, readonly string[]>(FIELD_NAMES.map((n) => [normalizeKey(FIELDS[n].key), (FIELDS[n].subFields ?? []).filter((f) => f.date).map((f) => f.key)]));

/** Words people write for these keys in English or in other Dutch words → the normalised key meant. */
const ALIASES: Readonly<Record<string, string>> = Object.fromEntries(
  FIELD_NAMES.flatMap((n) => [
    ...FIELDS[n].aliases.map((a) => [a, normalizeKey(FIELDS[n].key)] as const),
    ...(FIELDS[n].subFields ?? []).flatMap((f) => f.aliases.map((a) => [a, normalizeKey(f.key)] as const)),
  ]),
);

const REQUIRED = FIELD_NAMES.filter((n) => FIELDS[n].required).map((n) => normalizeKey(FIELDS[n].key));
/** A required field's stand-in (`gemeenten` for `gemeente`), normalised. */
const OR_INSTEAD = new Map<string, string>(FIELD_NAMES.flatMap((n) => (FIELDS[n].orInstead ? [[normalizeKey(FIELDS[n].key), normalizeKey(FIELDS[n].orInstead!)] as const] : [])));
/** The message for a field written in another shape than its declaration's; a generic one for fields without their own. */
const WRONG_SHAPE: Readonly<Record<string, string>> = { voorgesteld: "geenBesluit", vastgesteld: "geenBesluit", vorigplan: "geenVorigPlan", grondslag: "grondslagGeenLijst" };
const STATUSES = ["concept", "voorstel", "vastgesteld"] as const;
const STATUS_ALIASES: Readonly<Record<string, string>> = {
  ontwerp: "concept",
  draft: "concept",
  conceptversie: "concept",
  raadsvoorstel: "voorstel",
  proposal: "voorstel",
  voorgesteld: "voorstel",
  adopted: "vastgesteld",
  definitief: "vastgesteld",
  besloten: "vastgesteld",
};

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mrt: 3, maart: 3, march: 3, mar: 3, apr: 4, april: 4, mei: 5, may: 5,
  jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, augustus: 8, august: 8, sep: 9, sept: 9, september: 9, okt: 10, oct: 10, oktober: 10,
  october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** "18-10-2022", "18/10/2022", "18 oktober 2022", "2022/10/18" → "2022-10-18" when that is a real date. */
export function repairDate(raw: string): string | undefined {
  const t = raw.trim().toLowerCase();
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  let x = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (x) [d, m, y] = [Number(x[1]), Number(x[2]), Number(x[3])];
  else if ((x = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(t)) || (x = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) [y, m, d] = [Number(x[1]), Number(x[2]), Number(x[3])];
  else if ((x = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(t)) && MONTHS[x[2]!] !== undefined) [d, m, y] = [Number(x[1]), MONTHS[x[2]!], Number(x[3])];
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** The known key a written key most likely means, if exactly one is close. */
function closestKey(key: string, known: Readonly<Record<string, string>>): string | undefined {
  if (ALIASES[key] !== undefined && known[ALIASES[key]!] !== undefined) return ALIASES[key];
  const max = key.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestD = max + 1;
  let tie = false;
  for (const k of Object.keys(known)) {
    const d = editDistance(key, k, max);
    if (d < bestD) {
      best = k;
      bestD = d;
      tie = false;
    } else if (d === bestD) tie = true;
  }
  return best !== undefined && bestD <= max && !tie ? best : undefined;
}

export const metadata = defineRule<typeof Options.Type>({
  meta: {
    id: "metadata",
    name: { nl: "Gegevens van het plan", en: "Plan metadata" },
    description: {
      nl: "De gegevens bovenaan het plan zijn compleet (formaat, titel, gemeente, periode, status), bekend en goed geschreven.",
      en: "The data at the top of the plan is complete (formaat, titel, gemeente, periode, status), known and well written.",
    },
    category: "structuur",
    defaultSeverity: "error",
    fixable: true,
    hasSuggestions: true,
    messages: [
      "geenMetadata",
      "ontbreekt",
      "leeg",
      "formaatOntbreekt",
      "formaatOnleesbaar",
      "formaatVersie",
      "onbekendeSleutel",
      "onbekendeSubsleutel",
      "dubbeleSleutel",
      "geenTekst",
      "geenBesluit",
      "geenVorigPlan",
      "grondslagGeenLijst",
      "geenMap",
      "geenLijst",
      "statusOnbekend",
      "datumOnleesbaar",
      "datumBestaatNiet",
      "fix.hernoem",
      "fix.formaat",
      "fix.status",
      "fix.datum",
      "suggestie.status",
      "suggestie.sjabloon",
      "deel.bedoeld",
      "uitleg.titel",
      "uitleg.gemeente",
      "uitleg.periode",
      "uitleg.status",
    ],
  },
  options: Options,
  defaultOptions: {},
  check(ctx) {
    const { plan } = ctx;
    const fm = plan.metadata.frontMatter;
    if (!fm) {
      const eol = lineEnding(plan.text);
      const bom = plan.text.startsWith("\uFEFF") ? 1 : 0;
      const titel = plan.sections[0]?.title.trim() ?? "";
      const skeleton = ["---", "formaat: veiligheidsplan/1", `titel: ${titel}`, "gemeente: ", "periode: ", "status: concept", "---", "", ""].join(eol);
      ctx.report({
        messageId: "geenMetadata",
        span: planAnchor(plan),
        suggestions: [{ messageId: "suggestie.sjabloon", edits: [{ span: { start: bom, end: bom }, newText: skeleton }] }],
      });
      return;
    }
    const root = plan.metadata.root;
    // Unreadable YAML or a non-mapping is reported by the parser.
    if (root && root.kind !== "map") return;
    const entries = root?.kind === "map" ? root.entries : [];
    const extra = new Set((ctx.options?.extraSleutels ?? []).map(normalizeKey));

    // Unknown and doubled keys.
    const seen = new Map<string, MetaEntry>();
    const renames = new Map<string, number>();
    const unknown: { entry: MetaEntry; target?: string }[] = [];
    for (const e of entries) {
      if (TOP_KEYS[e.key] !== undefined) {
        const first = seen.get(e.key);
        if (first) ctx.report({ messageId: "dubbeleSleutel", data: { sleutel: e.keyText, eerste: first.keyText }, span: e.keySpan, severity: "warning" });
        else seen.set(e.key, e);
        continue;
      }
      if (extra.has(e.key)) continue;
      const target = closestKey(e.key, TOP_KEYS);
      unknown.push({ entry: e, target });
      if (target) renames.set(target, (renames.get(target) ?? 0) + 1);
    }
    for (const { entry, target } of unknown) {
      // Rename only when the right key is not there yet and no other key would be renamed to it.
      const canRename = target !== undefined && !seen.has(target) && renames.get(target) === 1;
      reportUnknown(ctx, entry, target, TOP_KEYS, "onbekendeSleutel", canRename);
    }

    // Required keys.
    const anchor = fm.content.end > fm.content.start ? { start: fm.span.start, end: Math.min(fm.span.end, fm.span.start + 3) } : fm.span;
    const formaat = seen.get("formaat");
    if (!formaat && !renames.has("formaat")) {
      const first = entries[0];
      const lineStart = first ? plan.lines.lineStarts[plan.lines.lineAt(first.keySpan.start)]! : fm.content.start;
      const indent = first ? plan.text.slice(lineStart, first.keySpan.start) : "";
      const at = /^[ \t]*$/.test(indent) ? lineStart : fm.content.start;
      ctx.report({
        messageId: "formaatOntbreekt",
        span: anchor,
        severity: "warning",
        fix: { messageId: "fix.formaat", edits: [{ span: { start: at, end: at }, newText: `${/^[ \t]*$/.test(indent) ? indent : ""}formaat: veiligheidsplan/1${lineEnding(plan.text)}` }] },
      });
    } else if (formaat) checkFormaat(ctx, formaat);
    for (const key of REQUIRED) {
      const e = seen.get(key);
      if (!e) {
        const standIn = OR_INSTEAD.get(key);
        if (standIn !== undefined && seen.has(standIn)) continue;
        if (!renames.has(key)) ctx.report({ messageId: "ontbreekt", data: { sleutel: key, uitleg: messagePart(`metadata.uitleg.${key}`) }, span: anchor });
        continue;
      }
      if (e.value.kind !== "scalar") ctx.report({ messageId: "geenTekst", data: { sleutel: e.keyText }, span: e.keySpan });
      else if ((scalarText(e.value) ?? "").trim() === "") ctx.report({ messageId: "leeg", data: { sleutel: e.keyText, uitleg: messagePart(`metadata.uitleg.${key}`) }, span: e.keySpan });
    }
    const ondertitel = seen.get("ondertitel");
    if (ondertitel && ondertitel.value.kind !== "scalar") ctx.report({ messageId: "geenTekst", data: { sleutel: ondertitel.keyText }, span: ondertitel.keySpan });

    // Status.
    const status = seen.get("status");
    if (status && status.value.kind === "scalar") {
      const raw = scalarText(status.value)?.trim() ?? "";
      const s = raw.toLowerCase();
      if (raw !== "" && !(STATUSES as readonly string[]).includes(s)) {
        const alias = STATUS_ALIASES[normalizeKey(s)];
        const typo = alias ? undefined : closestStatus(s);
        const editable = editableScalar(plan.text, status.value);
        ctx.report({
          messageId: "statusOnbekend",
          data: { waarde: raw },
          span: valueSpan(status),
          ...(typo && editable ? { fix: { messageId: "fix.status", data: { nieuw: typo }, edits: [{ span: status.value.span, newText: typo }] } } : {}),
          suggestions: alias && editable ? [{ messageId: "suggestie.status", data: { nieuw: alias }, edits: [{ span: status.value.span, newText: alias }] }] : [],
        });
      }
    }

    // Maps and lists in their declared shape, their keys known, their dates readable.
    for (const [key, e] of seen) {
      const shape = FIELDS[fieldOfKey(key)!].shape;
      if (shape === "map") {
        if (e.value.kind !== "map") {
          ctx.report({ messageId: WRONG_SHAPE[key] ?? "geenMap", data: { sleutel: e.keyText }, span: e.keySpan });
          continue;
        }
        checkSubKeys(ctx, e.value, SUB_KEYS.get(key) ?? {});
        for (const d of DATE_SUB_KEYS.get(key) ?? []) checkDate(ctx, getEntry(e.value, d));
      } else if (shape === "list" && e.value.kind === "map" && !SUB_KEYS.has(key)) ctx.report({ messageId: WRONG_SHAPE[key] ?? "geenLijst", data: { sleutel: e.keyText }, span: e.keySpan });
      else if (shape === "list" && SUB_KEYS.has(key)) {
        // A list of maps (gemeenten, vorige plannen, uitvoeringsplannen); one map alone is read as a list of one.
        const items = e.value.kind === "seq" ? e.value.items : [e.value];
        for (const item of items) {
          if (item.kind !== "map") continue;
          checkSubKeys(ctx, item, SUB_KEYS.get(key)!);
          for (const d of DATE_SUB_KEYS.get(key) ?? []) checkDate(ctx, getEntry(item, d));
        }
      }
    }
  },
});

function closestStatus(s: string): string | undefined {
  const hits = STATUSES.filter((x) => editDistance(s, x, 2) <= 2);
  return hits.length === 1 ? hits[0] : undefined;
}

function reportUnknown(ctx: RuleContext<unknown>, entry: MetaEntry, target: string | undefined, known: Readonly<Record<string, string>>, messageId: string, canRename: boolean): void {
  const written = target ? known[target]! : undefined;
  const bedoeld = written ? messagePart("metadata.deel.bedoeld", { sleutel: written }) : "";
  const fix: FixFinding | undefined = written && canRename ? { messageId: "fix.hernoem", data: { oud: entry.keyText, nieuw: written }, edits: [{ span: entry.keySpan, newText: written }] } : undefined;
  ctx.report({
    messageId,
    data: { sleutel: entry.keyText, bekend: Object.values(known).join(", "), bedoeld },
    span: entry.keySpan,
    severity: "warning",
    ...(fix ? { fix } : {}),
  });
}

function checkSubKeys(ctx: RuleContext<unknown>, map: MetaValue, known: Readonly<Record<string, string>>): void {
  if (map.kind !== "map") return;
  const present = new Set(map.entries.map((e) => e.key));
  const targets = new Map<string, number>();
  const unknown: { e: MetaEntry; target?: string }[] = [];
  for (const e of map.entries) {
    if (known[e.key] !== undefined) continue;
    const target = closestKey(e.key, known);
    unknown.push({ e, target });
    if (target) targets.set(target, (targets.get(target) ?? 0) + 1);
  }
  for (const { e, target } of unknown) reportUnknown(ctx, e, target, known, "onbekendeSubsleutel", target !== undefined && !present.has(target) && targets.get(target) === 1);
}

function checkDate(ctx: RuleContext<unknown>, e: MetaEntry | undefined): void {
  if (!e || e.value.kind !== "scalar") return;
  const raw = scalarText(e.value);
  if (raw === undefined || raw.trim() === "") return;
  if (readDate(e.value)) return;
  const t = raw.trim();
  if (ISO_DATE.test(t)) {
    ctx.report({ messageId: "datumBestaatNiet", data: { waarde: t }, span: valueSpan(e) });
    return;
  }
  const iso = repairDate(t);
  ctx.report({
    messageId: "datumOnleesbaar",
    data: { waarde: t },
    span: valueSpan(e),
    ...(iso && editableScalar(ctx.plan.text, e.value) ? { fix: { messageId: "fix.datum", data: { nieuw: iso }, edits: [{ span: e.value.span, newText: iso }] } } : {}),
  });
}

function checkFormaat(ctx: RuleContext<unknown>, e: MetaEntry): void {
  if (e.value.kind !== "scalar") {
    ctx.report({ messageId: "formaatOnleesbaar", data: { waarde: "" }, span: e.keySpan });
    return;
  }
  const raw = (scalarText(e.value) ?? "").trim();
  const m = /^veiligheidsplan\/(\d+)$/.exec(raw);
  if (m) {
    if (m[1] !== "1") ctx.report({ messageId: "formaatVersie", data: { waarde: raw, versie: m[1]! }, span: valueSpan(e), severity: "warning" });
    return;
  }
  const repairable = /^veiligheidsplan\s*[/ ]?\s*v?1(?:\.0)?$/i.test(raw) || /^veiligheidsplan\/1$/i.test(raw);
  ctx.report({
    messageId: "formaatOnleesbaar",
    data: { waarde: raw },
    span: valueSpan(e),
    ...(repairable && editableScalar(ctx.plan.text, e.value) ? { fix: { messageId: "fix.formaat", edits: [{ span: e.value.span, newText: "veiligheidsplan/1" }] } } : {}),
  });
}
