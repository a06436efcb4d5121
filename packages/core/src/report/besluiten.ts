/**
 * The decisions around a plan that the cover's list of data cannot hold: each council's adoption of a
 * joint plan (`gemeenten:`), the several predecessors of a merged municipality (`vorige-plannen:`), and
 * the college's uitvoeringsplannen under a strategic framework (`uitvoeringsplannen:`). Small tables on
 * the cover; the checks on them (vaststelling, geldigheid, continuiteit) name the gemeente in their
 * findings. Its own words are here, beside the part.
 */
import type { Besluit, Metadata } from "../model/schema.js";
import { esc } from "./html.js";
import { formatDate, type ReportLabels } from "./labels.js";

const WORDS = {
  nl: {
    councils: "Vaststelling per gemeente",
    gemeente: "Gemeente",
    voorgesteld: "Voorgesteld",
    vastgesteld: "Vastgesteld",
    notYet: "nog niet vastgesteld",
    predecessors: "Vorige plannen",
    titel: "Plan",
    periode: "Periode",
    uitvoering: "Uitvoeringsplannen (de raad neemt er kennis van)",
    door: "Door",
    datum: "Datum",
  },
  en: {
    councils: "Adoption per municipality",
    gemeente: "Municipality",
    voorgesteld: "Proposed",
    vastgesteld: "Adopted",
    notYet: "not adopted yet",
    predecessors: "Previous plans",
    titel: "Plan",
    periode: "Period",
    uitvoering: "Execution plans (the council takes note)",
    door: "By",
    datum: "Date",
  },
} as const;

/** The plan's gemeente, or a joint plan's gemeenten ("Oudewaard, Lingevliet en Heukelveen"), for the title and the cover. */
export function gemeenteNaam(meta: Metadata): string {
  if (meta.gemeente) return meta.gemeente;
  const namen = (meta.gemeenten ?? []).map((g) => g.naam).filter((n) => n !== "");
  return namen.length > 1 ? `${namen.slice(0, -1).join(", ")} en ${namen[namen.length - 1]}` : (namen[0] ?? "");
}

export function renderBesluiten(meta: Metadata, labels: ReportLabels): string {
  const w = labels.lang === "en" ? WORDS.en : WORDS.nl;
  const date = (d: string | undefined) => (d ? esc(formatDate(d, labels)) : "");
  const besluit = (b: Besluit | undefined) => (b ? esc(b.door) + (b.datum ? ` ${esc(labels.on)} ${date(b.datum)}` : "") : "");
  const table = (caption: string, heads: readonly string[], rows: readonly (readonly string[])[]) =>
    `<table class="besluiten">\n<caption>${esc(caption)}</caption>\n<thead><tr>${heads.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead>\n<tbody>\n${rows
      .map(([first, ...rest]) => `<tr><th scope="row">${first}</th>${rest.map((c) => `<td>${c}</td>`).join("")}</tr>`)
      .join("\n")}\n</tbody>\n</table>\n`;
  let out = "";
  const gemeenten = meta.gemeenten ?? [];
  if (gemeenten.length > 0) {
    const withProposal = gemeenten.some((g) => g.voorgesteld);
    const heads = [w.gemeente, ...(withProposal ? [w.voorgesteld] : []), w.vastgesteld];
    out += table(
      w.councils,
      heads,
      gemeenten.map((g) => [esc(g.naam), ...(withProposal ? [besluit(g.voorgesteld)] : []), g.vastgesteld ? besluit(g.vastgesteld) : `<span class="kenmerk kenmerk-waarschuwing">${esc(w.notYet)}</span>`]),
    );
  }
  const vorige = meta.vorigePlannen ?? [];
  if (vorige.length > 0) {
    const withGemeente = vorige.some((p) => p.gemeente);
    out += table(
      w.predecessors,
      [w.titel, ...(withGemeente ? [w.gemeente] : []), w.periode, w.vastgesteld],
      vorige.map((p) => [esc(p.titel ?? ""), ...(withGemeente ? [esc(p.gemeente ?? "")] : []), p.periode ? esc(`${p.periode.van}–${p.periode.tot}`) : "", date(p.vastgesteld)]),
    );
  }
  const uitvoering = meta.uitvoeringsplannen ?? [];
  if (uitvoering.length > 0) {
    out += table(
      w.uitvoering,
      [w.titel, w.door, w.datum],
      uitvoering.map((u) => [esc(u.titel ?? ""), esc(u.door ?? ""), date(u.datum)]),
    );
  }
  return out;
}
