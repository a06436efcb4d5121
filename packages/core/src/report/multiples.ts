/**
 * The budget per deelproduct as small multiples: one small bar chart per budget line, each on its own
 * scale, every bar labelled with its amount. The stacked chart shows the totals and whether they add up,
 * but one large line (a fire-service contribution of 15 million beside lines of a few hundred thousand)
 * turns every other line into a sliver and a small negative amount into nothing. Here each line's own
 * course over the years is readable, a negative amount hangs below its zero line, and because scales
 * differ per panel, every bar carries its amount (a reader compares numbers across panels, not heights).
 * Hatched fills for a tenth line and beyond are defined once, by the stacked chart above it.
 */
import type { Unit } from "../model/amount.js";
import type { Begroting } from "../model/schema.js";
import { seriesFill, showAmount, type ColumnCheck } from "./chart.js";
import { esc, r1 } from "./html.js";
import type { ReportLabels } from "./labels.js";

const W = 860;
const PER_ROW = 3;
const GAP_X = 22;
const PANEL_H = 168;
const TITLE_H = 22;
const VALUE_H = 16;
const YEAR_H = 20;


export function budgetLinesSvg(b: Begroting, columns: readonly ColumnCheck[], labels: ReportLabels): string {
  const unit: Unit = { label: b.eenheid.label, centsPerUnit: b.eenheid.centenPerEenheid };
  const rows = Math.ceil(b.regels.length / PER_ROW);
  const panelW = (W - GAP_X * (PER_ROW - 1)) / PER_ROW;
  const height = rows * PANEL_H;
  const title = labels.linesChartTitle(b.eenheid.label);
  let out = `<svg class="deelproductgrafiek" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-label="${esc(title)}" aria-describedby="vp-deelproducten-beschrijving">\n`;
  out += `<title>${esc(title)}</title>\n<desc id="vp-deelproducten-beschrijving">${esc(labels.linesChartDesc)}</desc>\n`;

  b.regels.forEach((r, k) => {
    const x0 = (k % PER_ROW) * (panelW + GAP_X);
    const y0 = Math.floor(k / PER_ROW) * PANEL_H;
    const values = columns.map((_, i) => r.bedragen[i] ?? null);
    const known = values.filter((v): v is number => v !== null);
    const hi = Math.max(0, ...known);
    const lo = Math.min(0, ...known);
    const span = hi - lo || 1;
    // The plot area leaves room for a value above a positive bar and below a negative one.
    const top = y0 + TITLE_H + VALUE_H;
    const bottom = y0 + PANEL_H - YEAR_H - (lo < 0 ? VALUE_H : 6);
    const y = (v: number) => top + ((hi - v) / span) * (bottom - top);
    const band = panelW / Math.max(1, columns.length);
    const barW = Math.min(34, band * 0.6);
    const name = `${r.nummer !== undefined ? `${r.nummer}. ` : ""}${r.deelproduct}`;

    out += `<g class="paneel" data-deelproduct="${k + 1}">\n`;
    out += `<text class="paneeltitel" x="${r1(x0)}" y="${r1(y0 + 14)}" font-size="13" font-weight="600" fill="#222">${esc(name)}</text>\n`;
    out += `<line x1="${r1(x0)}" x2="${r1(x0 + panelW)}" y1="${r1(y(0))}" y2="${r1(y(0))}" stroke="#222" stroke-width="1"/>\n`;
    values.forEach((v, i) => {
      const cx = x0 + band * (i + 0.5);
      const year = columns[i]!.year;
      out += `<text class="jaar" x="${r1(cx)}" y="${r1(y0 + PANEL_H - 6)}" text-anchor="middle" font-size="11" fill="#555">${esc(year)}</text>\n`;
      if (v === null) return;
      const yTop = y(Math.max(0, v));
      const h = Math.max(Math.abs(y(v) - y(0)), v === 0 ? 0 : 1.5);
      const amount = showAmount(v, unit);
      out += `<rect class="staaf${v < 0 ? " negatief" : ""}" x="${r1(cx - barW / 2)}" y="${r1(yTop)}" width="${r1(barW)}" height="${r1(h)}" fill="${seriesFill(k)}"><title>${esc(`${name}, ${year}: ${amount}`)}</title></rect>\n`;
      const ty = v < 0 ? yTop + h + 12 : yTop - 4;
      out += `<text class="waarde" x="${r1(cx)}" y="${r1(ty)}" text-anchor="middle" font-size="11" fill="${v < 0 ? "#B00020" : "#222"}"${v < 0 ? ' font-weight="700"' : ""}>${esc(amount)}</text>\n`;
    });
    out += "</g>\n";
  });
  return out + "</svg>";
}
