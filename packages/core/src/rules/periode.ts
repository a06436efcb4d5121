/**
 * periode: the plan's period is readable, starts no later than it ends, and spans at most four years
 * (the raad sets the goals "ten minste eenmaal in de vier jaar"). Titles that name another period are
 * pointed out, since a reader believes the title.
 */
import { Schema } from "effect";
import { readPeriode } from "../text/dates.js";
import { scalarText } from "../syntax/frontmatter.js";
import { defineRule } from "./types.js";
import { CITE_38B, editableScalar, valueSpan, yamlScalar } from "./util.js";

const Options = Schema.Struct({
  /** The longest period, in years between the first and the last year (2022-2026 is four). */
  maxJaren: Schema.optionalKey(Schema.Number),
});

export const periode = defineRule<typeof Options.Type>({
  meta: {
    id: "periode",
    name: { nl: "Periode", en: "Period" },
    description: {
      nl: "De periode van het plan is te lezen (JJJJ-JJJJ), begint niet na het einde en beslaat hooguit vier jaar.",
      en: "The plan's period is readable (YYYY-YYYY), does not start after it ends and spans at most four years.",
    },
    category: "cyclus",
    defaultSeverity: "error",
    fixable: true,
    hasSuggestions: true,
    messages: ["onleesbaar", "beginNaEinde", "teLang", "titelWijktAf", "fix.herschrijf", "suggestie.omdraaien", "suggestie.titel"],
    law: CITE_38B,
  },
  options: Options,
  defaultOptions: {},
  check(ctx) {
    const { plan } = ctx;
    const entry = plan.fields.periode?.entry;
    // A missing periode is the metadata rule's to report.
    if (!entry || entry.value.kind !== "scalar") return;
    const raw = scalarText(entry.value);
    if (raw === undefined || raw.trim() === "") return;
    const span = valueSpan(entry);
    const p = readPeriode(raw);
    if (!p) {
      const repaired = repair(raw);
      ctx.report({
        messageId: "onleesbaar",
        data: { waarde: raw },
        span,
        ...(repaired && editableScalar(plan.text, entry.value)
          ? { fix: { messageId: "fix.herschrijf", data: { nieuw: repaired }, edits: [{ span: entry.value.span, newText: yamlScalar(repaired) }] } }
          : {}),
      });
      return;
    }
    const maxJaren = ctx.options?.maxJaren ?? 4;
    if (p.van > p.tot) {
      const swapped = `${p.tot}-${p.van}`;
      ctx.report({
        messageId: "beginNaEinde",
        data: { van: p.van, tot: p.tot },
        span,
        suggestions: editableScalar(plan.text, entry.value) ? [{ messageId: "suggestie.omdraaien", data: { nieuw: swapped }, edits: [{ span: entry.value.span, newText: swapped }] }] : [],
      });
    } else if (p.tot - p.van > maxJaren) {
      ctx.report({ messageId: "teLang", data: { van: p.van, tot: p.tot, jaren: p.tot - p.van, max: maxJaren }, span });
    }

    // A title or subtitle that names a period ("Integraal Veiligheidsplan 2018-2022") should name this one.
    for (const key of ["titel", "ondertitel"] as const) {
      const e = plan.fields[key]?.entry;
      if (!e || e.value.kind !== "scalar") continue;
      const t = scalarText(e.value) ?? "";
      const m = /\b((?:19|20)\d{2})\s*(?:[-–—]|t\/m|tot en met)\s*((?:19|20)\d{2})\b/.exec(t);
      if (!m) continue;
      if (Number(m[1]) === p.van && Number(m[2]) === p.tot) continue;
      const rawValue = plan.text.slice(e.value.span.start, e.value.span.end);
      const at = rawValue.indexOf(m[0]);
      const periodText = `${p.van}-${p.tot}`;
      ctx.report({
        messageId: "titelWijktAf",
        data: { veld: e.keyText, genoemd: m[0], periode: periodText },
        span: at >= 0 ? { start: e.value.span.start + at, end: e.value.span.start + at + m[0].length } : valueSpan(e),
        severity: "warning",
        suggestions: at >= 0 ? [{ messageId: "suggestie.titel", data: { nieuw: periodText }, edits: [{ span: { start: e.value.span.start + at, end: e.value.span.start + at + m[0].length }, newText: periodText }] }] : [],
      });
    }
  },
});

/** Repairs the unambiguous slips: "2022/2026", "2022 2026", "2022-26", "2022 - '26". */
function repair(raw: string): string | undefined {
  const t = raw.trim();
  let m = /^((?:19|20)\d{2})\s*(?:\/|\s|_|\.\.|~)\s*((?:19|20)\d{2})$/.exec(t);
  if (m) return `${m[1]}-${m[2]}`;
  m = /^((?:19|20)(\d{2}))\s*[-–—/]\s*'?(\d{2})$/.exec(t);
  if (m) {
    const end = Number(m[1]!.slice(0, 2) + m[3]);
    if (end >= Number(m[1])) return `${m[1]}-${end}`;
  }
  return undefined;
}
