/**
 * The budget as an inline SVG chart: one column per year, stacked per deelproduct (negative amounts
 * below the axis), the stated total marked with a line, and a column whose lines do not add up to its
 * stated total marked in red with both numbers. Geometry only; the words come from the labels.
 */
import { formatAmount, type Unit } from "../model/amount.js";
import type { Begroting } from "../model/schema.js";
import { esc, r1 } from "./html.js";
import type { ReportLabels } from "./labels.js";

/** Paul Tol's "muted" scheme: nine colours that stay apart for the common colour-vision deficiencies. */
export const SERIES_COLOURS = ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499"] as const;
const MISMATCH = "#B00020";
/** A non-zero amount stays visible as a sliver even beside amounts a thousand times larger; the table has the exact value. */
const MIN_SEGMENT = 1.5;

export interface ColumnCheck {
  readonly year: string;
  /** Sum of the readable amounts of the lines, in cents. */
  readonly sum: number;
  /** The stated total in cents, or null when the table states none for this year. */
  readonly stated: number | null;
  /** A line's amount in this column could not be read, so the sum is incomplete. */
  readonly unreadable: boolean;
  /** Whether the stated total equals the sum; undefined when there is nothing to compare. */
  readonly addsUp: boolean | undefined;
  /** A table in parts: per part, whether its lines add up to its own total (undefined: none stated). */
  readonly partsAddUp?: readonly (boolean | undefined)[];
}

/** How a table's totals add up its lines, when not simply every line to one total row (structure/budget-arithmetic.ts). */
export interface ColumnArithmetic {
  /**
   * A table in parts: per part its lines (indices into `regels`) and the totals it states per year, each
   * checked on its own. The table's total is `totalen` (the grand total, or the parts' added up).
   */
  readonly parts?: readonly { readonly regels: readonly number[]; readonly totalen: readonly (number | null)[]; readonly plain?: boolean }[];
  /** The lines the totals subtract: the totals are a saldo of baten and lasten. */
  readonly negated?: ReadonlySet<number>;
  /** A difference up to this many cents counts as rounding (begroting-totalen's `toegestaanVerschil`). */
  readonly toleranceCents?: number;
}

/**
 * Per year: the sum of the lines against the stated total, read as begroting-totalen reads the table
 * (`arithmetic`: its parts, a saldo, the rounding allowed). `yearTexts` are the years as the table writes
 * them (default: the years as numbers); `unreadable` marks the years with a cell that could not be read.
 */
export function checkColumns(b: Begroting, yearTexts: readonly string[] = [], unreadable: readonly boolean[] = [], arithmetic: ColumnArithmetic = {}): ColumnCheck[] {
  const negated = arithmetic.negated;
  const tolerance = arithmetic.toleranceCents ?? 0;
  const every = b.regels.map((_, k) => k);
  const parts = arithmetic.parts && arithmetic.parts.length > 0 ? arithmetic.parts : [{ regels: every, totalen: b.totalen }];
  // A part closed by "Totaal baten" (`plain`) adds up its lines as they are, whatever the saldo.
  const sumOf = (regels: readonly number[], i: number, plain = false) => {
    let sum = 0;
    for (const k of regels) sum += (!plain && negated?.has(k) ? -1 : 1) * (b.regels[k]?.bedragen[i] ?? 0);
    return sum;
  };
  return b.jaren.map((jaar, i) => {
    const sum = sumOf(every, i);
    const stated = b.totalen[i] ?? null;
    // Each part against its own total, as the rule checks them.
    const bad = unreadable[i] ?? false;
    const partsAddUp = parts.map((p) => {
      const t = p.totalen[i] ?? null;
      return t === null || bad ? undefined : Math.abs(t - sumOf(p.regels, i, p.plain)) <= tolerance;
    });
    const compared = partsAddUp.filter((x) => x !== undefined);
    return {
      year: yearTexts[i] ?? String(jaar),
      sum,
      stated,
      unreadable: bad,
      addsUp: compared.length === 0 ? undefined : compared.every(Boolean),
      ...(parts.length > 1 ? { partsAddUp } : {}),
    };
  });
}

/** Fill for series `i`: the palette, then the palette again with hatching so that ten or more stay apart. */
export function seriesFill(i: number): string {
  return i < SERIES_COLOURS.length ? SERIES_COLOURS[i]! : `url(#vp-arcering-${i % SERIES_COLOURS.length})`;
}

/** Amounts as the plan writes them, with a real minus sign. */
export function showAmount(cents: number, unit: Unit): string {
  return formatAmount(cents, unit).replace(/^-/, "−");
}

function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const f = raw / pow;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * pow;
}

const W = 860;
const H = 440;
const LEFT = 78;
const RIGHT = 16;
const TOP = 56;
const BOTTOM = 40;


export function budgetChartSvg(b: Begroting, columns: readonly ColumnCheck[], labels: ReportLabels): string {
  const unit: Unit = { label: b.eenheid.label, centsPerUnit: b.eenheid.centenPerEenheid };
  const years = columns.length;
  // Per column: the stacks above and below zero.
  const pos = columns.map((_, i) => b.regels.reduce((s, r) => s + Math.max(0, r.bedragen[i] ?? 0), 0));
  const neg = columns.map((_, i) => b.regels.reduce((s, r) => s + Math.min(0, r.bedragen[i] ?? 0), 0));
  const statedAll = columns.map((c) => c.stated).filter((x): x is number => x !== null);
  const hi = Math.max(0, ...pos, ...statedAll);
  const lo = Math.min(0, ...neg, ...statedAll);
  const step = niceStep((hi - lo) / 5 || unit.centsPerUnit);
  const yMax = Math.ceil(hi / step) * step || step;
  // Small negative amounts (a -71 beside 15.407) get a narrow band below zero, not a whole grid step.
  const yMin = lo < 0 && lo > -step ? lo - (yMax - lo) * 0.04 : Math.floor(lo / step) * step;
  const plotH = H - TOP - BOTTOM;
  const plotW = W - LEFT - RIGHT;
  const y = (cents: number) => TOP + ((yMax - cents) / (yMax - yMin)) * plotH;
  const band = plotW / Math.max(1, years);
  const barW = Math.min(70, band * 0.5);

  const title = labels.chartTitle(b.eenheid.label);
  const first = columns[0]?.year ?? "";
  const last = columns[columns.length - 1]?.year ?? "";
  const desc = [labels.chartDesc(b.regels.length, first, last), ...columns.map((c) => labels.yearDesc(c.year, showAmount(c.sum, unit), c.stated === null ? undefined : showAmount(c.stated, unit), c.unreadable ? undefined : c.addsUp !== false))].join(" ");

  let out = `<svg class="begrotingsgrafiek" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(title)}" aria-describedby="vp-grafiek-beschrijving">\n`;
  out += `<title>${esc(title)}</title>\n<desc id="vp-grafiek-beschrijving">${esc(desc)}</desc>\n`;
  if (b.regels.length > SERIES_COLOURS.length) {
    out += "<defs>";
    SERIES_COLOURS.forEach((c, i) => {
      out += `<pattern id="vp-arcering-${i}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${c}"/><rect width="2" height="6" fill="#fff"/></pattern>`;
    });
    out += "</defs>\n";
  }

  // Grid and y axis.
  out += `<g class="as" font-size="12" fill="#333">\n`;
  for (let v = Math.ceil(yMin / step) * step; v <= yMax + step / 2; v += step) {
    const yy = r1(y(v));
    out += `<line x1="${LEFT}" x2="${W - RIGHT}" y1="${yy}" y2="${yy}" stroke="${v === 0 ? "#222" : "#ddd"}" stroke-width="${v === 0 ? 1.5 : 1}"/>`;
    out += `<text x="${LEFT - 8}" y="${yy}" dy="4" text-anchor="end">${esc(showAmount(Math.round(v), unit))}</text>\n`;
  }
  out += `<text transform="translate(16 ${r1(TOP + plotH / 2)}) rotate(-90)" text-anchor="middle">${esc(b.eenheid.label)}</text>\n</g>\n`;

  columns.forEach((col, i) => {
    const cx = LEFT + band * (i + 0.5);
    const x0 = cx - barW / 2;
    const state = col.addsUp === false ? "nee" : col.addsUp === true ? "ja" : "onbekend";
    out += `<g class="kolom${col.addsUp === false ? " telt-niet-op" : ""}" data-jaar="${esc(col.year)}" data-telt-op="${state}">\n`;
    let up = 0;
    let down = 0;
    b.regels.forEach((r, k) => {
      const v = r.bedragen[i];
      if (v === null || v === undefined || v === 0) return;
      const from = v > 0 ? up : down;
      const to = from + v;
      if (v > 0) up = to;
      else down = to;
      const top = y(Math.max(from, to));
      const h = Math.abs(y(from) - y(to));
      const name = `${r.nummer !== undefined ? `${r.nummer}. ` : ""}${r.deelproduct}`;
      out += `<rect class="segment" data-deelproduct="${k + 1}" x="${r1(x0)}" y="${r1(top)}" width="${r1(barW)}" height="${r1(Math.max(h, MIN_SEGMENT))}" fill="${seriesFill(k)}" stroke="#fff" stroke-width="0.6"><title>${esc(`${name}, ${col.year}: ${showAmount(v, unit)}`)}</title></rect>\n`;
    });
    out += `<text class="jaar" x="${r1(cx)}" y="${H - BOTTOM + 22}" text-anchor="middle" font-size="13" font-weight="600" fill="#222">${esc(col.year)}</text>\n`;

    // The stated total: a line across the column, and what it says above it.
    const topOfStack = y(up);
    let labelY = topOfStack;
    if (col.stated !== null) {
      const ys = y(col.stated);
      const wrong = col.addsUp === false;
      out += `<line class="vermeld-totaal" x1="${r1(x0 - 10)}" x2="${r1(x0 + barW + 10)}" y1="${r1(ys)}" y2="${r1(ys)}" stroke="${wrong ? MISMATCH : "#111"}" stroke-width="${wrong ? 3 : 2}"/>\n`;
      if (wrong) {
        // The gap between what the lines add up to and what the table states.
        const ySum = y(col.sum);
        out += `<line x1="${r1(cx)}" x2="${r1(cx)}" y1="${r1(Math.min(ys, ySum))}" y2="${r1(Math.max(ys, ySum))}" stroke="${MISMATCH}" stroke-width="1.5" stroke-dasharray="4 3"/>\n`;
        out += `<line x1="${r1(x0 - 6)}" x2="${r1(x0 + barW + 6)}" y1="${r1(ySum)}" y2="${r1(ySum)}" stroke="${MISMATCH}" stroke-width="1.5" stroke-dasharray="4 3"/>\n`;
        const mx = x0 + barW + 10;
        out += `<g class="markering" aria-hidden="true"><circle cx="${r1(mx)}" cy="${r1(ys)}" r="8" fill="${MISMATCH}"/><text x="${r1(mx)}" y="${r1(ys)}" dy="4.5" text-anchor="middle" font-size="13" font-weight="700" fill="#fff">!</text></g>\n`;
      }
      labelY = Math.min(labelY, ys);
      // One short line per column: the stated total, or by how much it is off. Both numbers in full are
      // in the table below and in the chart's description; three red lines per column crowded the bars.
      const text = wrong ? labels.differenceShort(showAmount(Math.abs(col.stated - col.sum), unit)) : showAmount(col.stated, unit);
      out += `<text class="${wrong ? "label-telt-niet-op" : "label-totaal"}" x="${r1(cx)}" y="${r1(labelY - 10)}" text-anchor="middle" font-size="12"${wrong ? ` font-weight="700" fill="${MISMATCH}"` : ` fill="#111"`}>${esc(text)}</text>\n`;
    }
    out += "</g>\n";
  });
  return out + "</svg>";
}

