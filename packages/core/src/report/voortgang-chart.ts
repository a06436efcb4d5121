/**
 * One small chart per goal for the report's kwaliteitstoets: the straight path from nulmeting to
 * streefwaarde (dashed), the realised values from the progress files (points joined by a line), and the
 * latest value marked with its judgement (behaald, op koers, achter). Years run left to right; the value
 * axis spans only the values shown (with a margin), so a change from 4,0 to 3,0 is visible. Inline SVG
 * with a title and a description that says the same in words; the numbers are in the table beside it.
 */
import type { DoelNode } from "../structure/doelen.js";
import type { DoelVoortgang } from "../voortgang/voortgang.js";
import { esc, r1 } from "./html.js";
import { showValue, type KwaliteitLabels } from "./kwaliteit-labels.js";

const W = 360;
const H = 190;
const LEFT = 52;
const RIGHT = 16;
const TOP = 18;
const BOTTOM = 34;


/**
 * The value axis: a little room around the values, rounded outward to a round step (1, 2 or 5 times a
 * power of ten), so the axis reads "2,5 – 4,5" rather than "2,85 – 4,15". Never below zero when no value is.
 */
export function niceBounds(min: number, max: number): [number, number] {
  const range = max - min || Math.abs(max) || 1;
  const raw = range / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  let lo = Math.floor((min - range * 0.1) / step) * step;
  const hi = Math.ceil((max + range * 0.1) / step) * step;
  if (min >= 0 && lo < 0) lo = 0;
  // Floating point: 0.30000000000000004 → 0.3.
  return [Number(lo.toPrecision(12)), Number(hi.toPrecision(12))];
}

/** The chart, or "" when there is nothing to draw on a time axis (no base or target year). */
export function goalChartSvg(doel: DoelNode, v: DoelVoortgang, id: string, labels: KwaliteitLabels): string {
  const base = doel.nulmeting;
  const target = doel.streefwaarde;
  const known: { jaar: number; waarde: number }[] = [];
  if (base?.waarde !== undefined && base.jaar !== undefined) known.push({ jaar: base.jaar, waarde: base.waarde });
  if (target?.waarde !== undefined && target.jaar !== undefined) known.push({ jaar: target.jaar, waarde: target.waarde });
  const points = v.realisaties.map((r) => ({ jaar: r.jaar, waarde: r.waarde }));
  const all = [...known, ...points];
  if (all.length === 0 || (known.length < 2 && points.length === 0)) return "";
  const years = all.map((p) => p.jaar);
  const values = all.map((p) => p.waarde);
  const y0 = Math.min(...years);
  const y1 = Math.max(...years, y0 + 1);
  const [lo, hi] = niceBounds(Math.min(...values), Math.max(...values));
  const x = (jaar: number) => LEFT + ((jaar - y0) / (y1 - y0)) * (W - LEFT - RIGHT);
  const y = (waarde: number) => TOP + ((hi - waarde) / (hi - lo)) * (H - TOP - BOTTOM);

  const title = labels.chartTitle(doel.indicator);
  let out = `<svg class="doelgrafiek" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}-titel ${id}-beschrijving" data-punten="${points.length}" data-koers="${v.koers}">\n`;
  out += `<title id="${id}-titel">${esc(title)}</title>\n<desc id="${id}-beschrijving">${esc(labels.chartDesc(doel, v))}</desc>\n`;
  // Axes: the years below, the lowest and highest value on the left.
  out += `<line class="as" x1="${LEFT}" x2="${W - RIGHT}" y1="${H - BOTTOM}" y2="${H - BOTTOM}" stroke="#999" stroke-width="1"/>\n`;
  for (let j = y0; j <= y1; j++) {
    out += `<text class="jaar" x="${r1(x(j))}" y="${H - BOTTOM + 16}" text-anchor="middle" font-size="11" fill="#555">${j}</text>\n`;
  }
  for (const val of [lo, hi]) {
    out += `<text class="waarde-as" x="${LEFT - 6}" y="${r1(y(val) + 4)}" text-anchor="end" font-size="11" fill="#555">${esc(showValue(val, doel))}</text>\n`;
  }
  if (known.length === 2) {
    const [b, t] = known as [{ jaar: number; waarde: number }, { jaar: number; waarde: number }];
    out += `<line class="pad" x1="${r1(x(b.jaar))}" y1="${r1(y(b.waarde))}" x2="${r1(x(t.jaar))}" y2="${r1(y(t.waarde))}" stroke="#40577a" stroke-width="2" stroke-dasharray="6 4"/>\n`;
  }
  if (base?.waarde !== undefined && base.jaar !== undefined) {
    out += `<circle class="nulmeting" cx="${r1(x(base.jaar))}" cy="${r1(y(base.waarde))}" r="4.5" fill="#40577a"><title>${esc(labels.baseLabel(showValue(base.waarde, doel), base.jaar))}</title></circle>\n`;
  }
  if (target?.waarde !== undefined && target.jaar !== undefined) {
    out += `<circle class="streefwaarde" cx="${r1(x(target.jaar))}" cy="${r1(y(target.waarde))}" r="5.5" fill="#fff" stroke="#40577a" stroke-width="2"><title>${esc(labels.targetLabel(showValue(target.waarde, doel), target.jaar))}</title></circle>\n`;
  }
  const line = [...(base?.waarde !== undefined && base.jaar !== undefined ? [{ jaar: base.jaar, waarde: base.waarde }] : []), ...points];
  if (line.length > 1) out += `<polyline class="realisatie" points="${line.map((p) => `${r1(x(p.jaar))},${r1(y(p.waarde))}`).join(" ")}" fill="none" stroke="#1b1b1b" stroke-width="2"/>\n`;
  const colour = v.koers === "achter" ? "#b00020" : v.koers === "behaald" || v.koers === "opKoers" ? "#1e6b34" : "#555";
  points.forEach((p, i) => {
    const last = i === points.length - 1;
    out += `<circle class="punt${last ? " laatste" : ""}" cx="${r1(x(p.jaar))}" cy="${r1(y(p.waarde))}" r="${last ? 6 : 4}" fill="${last ? colour : "#1b1b1b"}"><title>${esc(labels.pointLabel(showValue(p.waarde, doel), p.jaar))}</title></circle>\n`;
  });
  const last = points[points.length - 1];
  if (last) {
    // The judgement beside the latest point, kept inside the chart: left of the point near the right edge.
    const lx = x(last.jaar);
    const anchor = lx > W - 110 ? "end" : "start";
    const ly = Math.min(Math.max(y(last.waarde) - 10, TOP + 4), H - BOTTOM - 6);
    out += `<text class="koers koers-${v.koers}" x="${r1(anchor === "end" ? lx - 10 : lx + 10)}" y="${r1(ly)}" text-anchor="${anchor}" font-size="12" font-weight="700" fill="${colour}">${esc(labels.koers[v.koers])}</text>\n`;
  }
  return out + "</svg>";
}
