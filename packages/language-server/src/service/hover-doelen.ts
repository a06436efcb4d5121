/**
 * Hover on a goal's row in a Doelen table: what the goal is, its indicator and source, the path from
 * nulmeting to streefwaarde, and — when the plan's progress files were read (`PlanDocument.voortgang`) —
 * the measured values and whether the goal is on track (core's `judge`: at or beyond the straight line).
 */
import { judge, readDoelen, type Locale, type ParsedPlan, type Span, type Voortgang } from "@veiligheidsplan/core";
import { escapeMarkdown, touches } from "./document.js";
import { say } from "./text.js";

const T = (k: string) => `languageServer.text.${k}`;

/** A number as the plan writes it: decimal comma, "%" for a percentage goal. */
function show(n: number, percent: boolean): string {
  return `${String(Math.round(n * 100) / 100).replace(".", ",")}${percent ? "%" : ""}`;
}

export function goalHover(p: ParsedPlan, offset: number, locale: Locale, voortgang: readonly Voortgang[] | undefined, uri: string): { markdown: string; span: Span } | undefined {
  const d = readDoelen(p)
    .flatMap((s) => s.doelen)
    .find((x) => touches(x.row.span, offset));
  if (!d) return undefined;
  const percent = d.streefwaarde?.eenheid === "%" || d.nulmeting?.eenheid === "%";
  const theme = `${d.theme.nummer !== undefined ? `${d.theme.nummer}, ` : ""}${d.theme.title}`;
  const lines = [`**${escapeMarkdown(say(locale, T("goalHover"), { doel: d.doel || d.indicator }))}** (${escapeMarkdown(say(locale, T("goalOfTheme"), { thema: theme }))})`];
  const bron = d.bron ? ` · ${say(locale, T("goalSource"), { bron: d.bron })}` : "";
  lines.push(escapeMarkdown(`${say(locale, T("goalIndicator"), { indicator: d.indicator || say(locale, T("goalUnknown")) })}${bron}`));
  const unknown = say(locale, T("goalUnknown"));
  lines.push(escapeMarkdown(say(locale, T("goalPath"), { nulmeting: d.nulmeting?.text ?? unknown, streefwaarde: d.streefwaarde?.text ?? unknown })));
  if (d.indicator && d.streefwaarde?.waarde !== undefined) {
    if (!voortgang || voortgang.length === 0) {
      const stem = (uri.split("/").pop() ?? "plan").replace(/\.veiligheidsplan$/i, "");
      // The file name as code, so that its <jaar> is shown as written.
      const file = `\`${stem.replace(/`/g, "")}.<jaar>.voortgang\``;
      lines.push(`_${escapeMarkdown(say(locale, T("goalNoProgress"), { bestand: "\u0000" })).replace("\u0000", file)}_`);
    } else {
      const j = judge(d, voortgang);
      if (j.realisaties.length === 0) lines.push(escapeMarkdown(say(locale, T("goalNoData"))));
      else {
        const measured = say(locale, T("goalMeasured"), { waarden: j.realisaties.map((r) => `${show(r.waarde, percent)} (${r.jaar})`).join(", ") });
        const expected = j.verwacht !== undefined && j.laatste ? ` (${say(locale, T("goalExpected"), { waarde: show(j.verwacht, percent), jaar: j.laatste.jaar })})` : "";
        lines.push(`${escapeMarkdown(measured)} · **${escapeMarkdown(say(locale, T(`koers.${j.koers}`)))}**${escapeMarkdown(expected)}`);
      }
    }
  }
  return { markdown: lines.join("\n\n"), span: d.row.span };
}
