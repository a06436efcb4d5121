/**
 * `renderReport(result)`: a linted plan as one self-contained HTML document for the gemeenteraad —
 * the plan's own text in its own order (themes marked prioritair or kern, pillars linked), the budget
 * as a chart with the table behind it, themes against the deelproducten that fund them, the legal
 * basis with links to the articles, and what the checks found. No scripts, no network: inline CSS and
 * SVG only, and a Content-Security-Policy that forbids everything else. Deterministic: the same
 * input gives the same bytes (no dates unless the caller passes one).
 * (Over 300 lines: one HTML document in its reading order; its parts are small functions in this file.)
 */
import type { Diagnostic, Locale } from "../diagnostic.js";
import { citationText, citationUrl, findCitations } from "../law/citation.js";
import type { LintResult } from "../lint.js";
import type { Unit } from "../model/amount.js";
import type { Begroting } from "../model/schema.js";
import { findThemeRefs, themeWords, type ThemeWord } from "../structure/references.js";
import type { BudgetNode, ParsedPlan, ThemeNode } from "../structure/types.js";
import type { HeadingBlock, ParagraphBlock } from "../syntax/blocks.js";
import { foldText } from "../text/keywords.js";
import { budgetArithmetic } from "../structure/budget-arithmetic.js";
import { budgetChartSvg, checkColumns, seriesFill, showAmount, type ColumnCheck } from "./chart.js";
import { esc, IdRegistry, slug } from "./html.js";
import { formatDate, reportLabels, type ReportLabels } from "./labels.js";
import { MarkdownRenderer, plainText } from "./markdown.js";
import { budgetLinesSvg } from "./multiples.js";
import { gemeenteNaam, renderBesluiten } from "./besluiten.js";
import { renderNotChecked } from "./not-checked.js";
import { placeOf } from "./place.js";
import { REPORT_CSS } from "./style.js";
import { KWALITEIT_CSS, KWALITEIT_ID, renderKwaliteit } from "./kwaliteit.js";
import type { Voortgang } from "../voortgang/voortgang.js";

export interface ReportOptions {
  /** Language of the report's own words (headings, labels); the plan's text stays as written. Dutch by default. */
  readonly locale?: Locale;
  /** The document's <title>; by default the plan's title, gemeente and period. */
  readonly title?: string;
  /** Shown in the footer as given (e.g. a date); the report adds no time of its own. */
  readonly generated?: string;
  /** The plan's yearly progress files (`readVoortgang`): the kwaliteitstoets then shows per goal whether it is on track, with a chart. */
  readonly voortgang?: readonly Voortgang[];
}

/** Ids the report itself uses, reserved before any heading can take them. */
const IDS = { contents: "inhoud", checks: "controles", legal: "wettelijke-grondslag", budget: "begroting", matrix: "themas-en-deelproducten" } as const;

interface Wrapper {
  readonly start: number;
  readonly end: number;
  readonly open: string;
  readonly close: string;
}

/** The limit kwaliteit-aantal-prioriteiten ran with, when it ran: the checklist judges by the same number. */
function maxPrioriteiten(result: LintResult): { maxPrioriteiten?: number } {
  const max = (result.ruleOptions?.["kwaliteit-aantal-prioriteiten"] as { max?: unknown } | undefined)?.max;
  return typeof max === "number" ? { maxPrioriteiten: max } : {};
}

export function renderReport(result: LintResult, options: ReportOptions = {}): string {
  const labels = reportLabels(options.locale);
  const parsed = result.parsed;
  const { plan } = parsed;
  const meta = plan.metadata;
  const text = parsed.text;
  const ids = new IdRegistry();
  for (const id of [...Object.values(IDS), KWALITEIT_ID]) ids.take(id);

  // Themes by heading, with their anchors.
  const themeByHeading = new Map<HeadingBlock, ThemeNode>();
  const themeIds = new Map<ThemeNode, string>();
  for (const t of parsed.themes) {
    themeByHeading.set(t.section.heading, t);
    themeIds.set(t, ids.take(t.nummer !== undefined ? `thema-${t.nummer}` : `thema-${slug(t.title)}`));
  }
  const themeByNumber = new Map<number, ThemeNode>();
  for (const t of parsed.themes) if (t.nummer !== undefined && !themeByNumber.has(t.nummer)) themeByNumber.set(t.nummer, t);
  const themeByTitle = new Map(parsed.themes.map((t) => [foldText(t.title), t] as const));

  const md = new MarkdownRenderer({ ids, text: linkText(themeByNumber, themeByTitle, themeIds, themeWords(parsed.themes)), imageLabel: labels.image });
  md.collectFootnotes(text, parsed.blocks);

  // Heading anchors, decided up front so that wrappers can refer to them.
  const headingIds = new Map<HeadingBlock, string>();
  const pillarHeadings = new Map<HeadingBlock, { theme: ThemeNode; n: number }>();
  for (const t of parsed.themes) {
    t.pillars.forEach((p, i) => {
      if (p.elaboration) pillarHeadings.set(p.elaboration.heading, { theme: t, n: i + 1 });
    });
  }
  for (const b of parsed.blocks) {
    if (b.kind !== "heading") continue;
    const theme = themeByHeading.get(b);
    const pillar = pillarHeadings.get(b);
    if (theme) headingIds.set(b, themeIds.get(theme)!);
    else if (pillar) headingIds.set(b, ids.take(`${themeIds.get(pillar.theme)}-pijler-${pillar.n}`));
    else headingIds.set(b, ids.take(slug(plainText(text.slice(b.content.start, b.content.end)))));
  }

  // The title heading is shown on the cover; the chapters below it each start a new printed page.
  const root = parsed.sections.length === 1 && parsed.sections[0]!.level === 1 ? parsed.sections[0]! : undefined;
  const skipTitle = root !== undefined && (meta.titel === "" || foldText(root.title) === foldText(meta.titel));
  const chapters = root ? root.children : parsed.sections;
  const wrappers: Wrapper[] = [];
  for (const c of chapters) wrappers.push({ start: c.firstBlock, end: c.endBlock, open: `<section class="hoofdstuk" aria-labelledby="${headingIds.get(c.heading)}">\n`, close: "</section>\n" });
  for (const t of parsed.themes) {
    const s = t.section;
    wrappers.push({ start: s.firstBlock, end: s.endBlock, open: `<article class="thema thema-${t.soort}" aria-labelledby="${themeIds.get(t)}">\n`, close: "</article>\n" });
    for (const p of t.pillars) {
      const e = p.elaboration;
      if (e) wrappers.push({ start: e.firstBlock, end: e.endBlock, open: `<section class="pijler" aria-labelledby="${headingIds.get(e.heading)}">\n`, close: "</section>\n" });
    }
  }
  const pillarLists = new Map(parsed.themes.filter((t) => t.pillarList).map((t) => [t.pillarList!, t] as const));
  // Pillars named in the announcing sentence ("kent drie pijlers: preventie, repressie en zorg."): each
  // linked in place, unless the sentence has markup a link could split (then it is rendered as it is).
  const pillarSentences = new Map<ParagraphBlock, ThemeNode>();
  for (const t of parsed.themes) {
    const intro = t.pillarIntro;
    if (intro?.form !== "zin" || !t.ambitie || !t.pillars.some((p) => p.elaboration)) continue;
    const b = t.ambitie.ownBlocks.find((x): x is ParagraphBlock => x.kind === "paragraph" && x.content.start <= intro.span.start && intro.span.end <= x.content.end);
    if (b && !/[*_`[\]<&]/.test(text.slice(b.content.start, b.content.end))) pillarSentences.set(b, t);
  }
  const sectionKind = new Map<HeadingBlock, string>();
  for (const t of parsed.themes) {
    if (t.opgave) sectionKind.set(t.opgave.heading, "opgave");
    if (t.ambitie) sectionKind.set(t.ambitie.heading, "ambitie");
  }

  // Wrappers by their first block, outer before inner (the order pushed), so each block looks up only its own.
  const opening = new Map<number, Wrapper[]>();
  for (const w of wrappers) {
    const at = opening.get(w.start);
    if (at) at.push(w);
    else opening.set(w.start, [w]);
  }

  const budget = parsed.budget;
  let body = "";
  const open: Wrapper[] = [];
  parsed.blocks.forEach((b, idx) => {
    while (open.length > 0 && open[open.length - 1]!.end <= idx) body += open.pop()!.close;
    for (const w of opening.get(idx) ?? []) {
      body += w.open;
      open.push(w);
    }
    if (b.kind === "heading") {
      if (skipTitle && b === root!.heading) return;
      const id = headingIds.get(b)!;
      const inner = md.inline(text.slice(b.content.start, b.content.end));
      const theme = themeByHeading.get(b);
      const pillar = pillarHeadings.get(b);
      if (theme) {
        const badge = theme.soort === "prioritair" ? labels.prioritair : labels.kern;
        body += `<h${b.level} id="${id}" class="thema-kop">${inner} <span class="kenmerk kenmerk-${theme.soort}">${esc(badge)}</span></h${b.level}>\n`;
      } else if (pillar) {
        body += `<h${b.level} id="${id}" class="pijler-kop"><span class="kenmerk kenmerk-pijler">${esc(labels.pillar(pillar.n))}</span> ${inner}</h${b.level}>\n`;
      } else {
        const kind = sectionKind.get(b);
        body += `<h${b.level} id="${id}"${kind ? ` class="${kind}"` : ""}>${inner}</h${b.level}>\n`;
      }
      return;
    }
    const sentenceOf = b.kind === "paragraph" ? pillarSentences.get(b) : undefined;
    if (sentenceOf && b.kind === "paragraph") {
      let at = b.content.start;
      let inner = "";
      for (const p of sentenceOf.pillars) {
        const words = md.inline(text.slice(p.span.start, p.span.end));
        inner += md.inline(text.slice(at, p.span.start)) + (p.elaboration ? `<a href="#${headingIds.get(p.elaboration.heading)}">${words}</a>` : words);
        at = p.span.end;
      }
      body += `<p>${inner}${md.inline(text.slice(at, b.content.end))}</p>\n`;
      return;
    }
    if (b.kind === "list" && pillarLists.has(b)) {
      const t = pillarLists.get(b)!;
      body += `<ol class="pijlers">\n`;
      b.items.forEach((item, i) => {
        const p = t.pillars[i];
        const inner = md.listItem(text, item.content.start, item.content.end, 1);
        body += p?.elaboration ? `<li><a href="#${headingIds.get(p.elaboration.heading)}">${inner}</a></li>\n` : `<li>${inner}</li>\n`;
      });
      body += "</ol>\n";
      return;
    }
    if (budget && b === budget.table) {
      body += renderBudget(parsed, budget, md, labels, themeIds, budgetTolerance(result));
      return;
    }
    body += md.block(text, b);
  });
  while (open.length > 0) body += open.pop()!.close;
  const footnotes = md.footnotesHtml(labels.footnotes);

  const chapterLinks = chapters.map((c) => `<li><a href="#${headingIds.get(c.heading)}">${md.inline(c.title, true)}</a></li>`);
  const kwaliteit = renderKwaliteit({
    parsed,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.voortgang ? { voortgang: options.voortgang } : {}),
    ...maxPrioriteiten(result),
    themeIds,
    anchorAt: (offset) => {
      const h = placeOf(parsed, offset, labels, skipTitle ? root : undefined).heading;
      return h ? headingIds.get(h) : undefined;
    },
  });
  chapterLinks.push(`<li><a href="#${KWALITEIT_ID}">${esc(kwaliteit.title)}</a></li>`);
  chapterLinks.push(`<li><a href="#${IDS.legal}">${esc(labels.legalBasis)}</a></li>`, `<li><a href="#${IDS.checks}">${esc(labels.checks)}</a></li>`);

  const title = options.title ?? [meta.titel || labels.reportOf, [gemeenteNaam(meta), periodText(plan.metadata.periode)].filter(Boolean).join(" ")].filter(Boolean).join(" — ");
  const fileName = result.filePath?.split(/[\\/]/).pop();
  const footer = [labels.generatedBy, fileName ? `${labels.source}: ${fileName}` : "", options.generated ?? ""].filter(Boolean).map(esc).join(" · ");

  return `<!DOCTYPE html>
<html lang="${labels.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="veiligheidsplan">
<title>${esc(title)}</title>
<style>
${REPORT_CSS}
${KWALITEIT_CSS}
</style>
</head>
<body>
${renderCover(result, labels)}
<nav class="inhoud" id="${IDS.contents}" aria-labelledby="${IDS.contents}-kop">
<h2 id="${IDS.contents}-kop">${esc(labels.contents)}</h2>
<ol>
${chapterLinks.join("\n")}
</ol>
</nav>
<main>
${body}${footnotes}</main>
${kwaliteit.html}
${renderLegalBasis(parsed, labels)}
${renderChecks(result, labels, (offset) => {
    const p = placeOf(parsed, offset, labels, skipTitle ? root : undefined);
    const id = p.heading ? headingIds.get(p.heading) : undefined;
    return { ...p, ...(id ? { anchor: id } : {}) };
  })}
<footer class="colofon">${footer}</footer>
</body>
</html>
`;
}

/** A theme as its heading numbers it: "1. Ondermijning", and in a plan that says so "Prioriteit 1: Ondermijning". */
function themeHeading(text: string, t: ThemeNode): string {
  if (t.nummer === undefined) return t.title;
  if (!t.numberWord || !t.numberSpan) return `${t.nummer}. ${t.title}`;
  return `${t.numberWord} ${t.nummer}${text.slice(t.numberSpan.end, t.titleSpan.start)}${t.title}`;
}

function periodText(p: { van: number; tot: number } | undefined): string {
  return p ? `${p.van}–${p.tot}` : "";
}

/** Links citations to wetten.overheid.nl and theme references to the theme, inside plain text runs. */
function linkText(byNumber: Map<number, ThemeNode>, byTitle: Map<string, ThemeNode>, themeIds: Map<ThemeNode, string>, words: readonly ThemeWord[]): (raw: string) => string {
  return (raw) => {
    const links: { start: number; end: number; href: string; cls: string }[] = [];
    for (const c of findCitations(raw)) {
      const href = citationUrl(c);
      if (href) links.push({ start: c.start, end: c.end, href, cls: "wet" });
    }
    for (const r of findThemeRefs(raw, words)) {
      const target = r.kind === "title" && r.title ? byTitle.get(foldText(r.title)) : r.kind === "number" && r.nummer !== undefined ? byNumber.get(r.nummer) : undefined;
      if (target) links.push({ start: r.span.start, end: r.span.end, href: `#${themeIds.get(target)}`, cls: "themaverwijzing" });
    }
    if (links.length === 0) return esc(raw);
    links.sort((a, b) => a.start - b.start || b.end - a.end);
    let out = "";
    let at = 0;
    for (const l of links) {
      if (l.start < at) continue; // overlaps an earlier link
      out += esc(raw.slice(at, l.start)) + `<a class="${l.cls}" href="${esc(l.href)}">${esc(raw.slice(l.start, l.end))}</a>`;
      at = l.end;
    }
    return out + esc(raw.slice(at));
  };
}

function renderCover(result: LintResult, labels: ReportLabels): string {
  const meta = result.parsed.plan.metadata;
  const rows: [string, string][] = [];
  if (meta.gemeente) rows.push([labels.gemeente, esc(meta.gemeente)]);
  if (meta.periode) rows.push([labels.periode, esc(periodText(meta.periode))]);
  if (meta.status) rows.push([labels.status, esc(labels.statusText[meta.status])]);
  const besluit = (b: { door: string; datum?: string } | undefined) => (b ? esc(b.door) + (b.datum ? ` ${esc(labels.on)} ${esc(formatDate(b.datum, labels))}` : "") : "");
  if (meta.voorgesteld) rows.push([labels.voorgesteld, besluit(meta.voorgesteld)]);
  if (meta.vastgesteld) rows.push([labels.vastgesteld, besluit(meta.vastgesteld)]);
  const vp = meta.vorigPlan;
  if (vp && (vp.titel || vp.periode)) rows.push([labels.vorigPlan, esc([vp.titel ? `‘${vp.titel}’` : "", periodText(vp.periode)].filter(Boolean).join(" "))]);
  const status = checksStatus(result, labels);
  return `<header class="omslag">
<p class="soort">${esc(labels.reportOf)}${gemeenteNaam(meta) ? ` · ${esc(gemeenteNaam(meta))}` : ""}</p>
<h1>${esc(meta.titel || labels.reportOf)}</h1>
${meta.ondertitel ? `<p class="ondertitel">${esc(meta.ondertitel)}</p>\n` : ""}<dl class="gegevens">
${rows.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${v}</dd></div>`).join("\n")}
</dl>
${renderBesluiten(meta, labels)}${status}
</header>`;
}

function checksStatus(result: LintResult, labels: ReportLabels): string {
  const cls = result.errorCount > 0 ? "fouten" : result.warningCount > 0 ? "waarschuwingen" : "in-orde";
  const summary = result.diagnostics.length === 0 ? labels.noChecks : labels.checksSummary(result.errorCount, result.warningCount, result.infoCount);
  return `<p class="controlestatus controlestatus-${cls}"><a href="#${IDS.checks}">${esc(labels.checks)}</a>: ${esc(summary)}</p>`;
}

/** The rounding begroting-totalen ran with, in the table's unit: the chart judges by the same. */
function budgetTolerance(result: LintResult): number {
  const v = (result.ruleOptions?.["begroting-totalen"] as { toegestaanVerschil?: unknown } | undefined)?.toegestaanVerschil;
  return typeof v === "number" && Number.isFinite(v) ? v : 0;
}

function renderBudget(parsed: ParsedPlan, budget: BudgetNode, md: MarkdownRenderer, labels: ReportLabels, themeIds: Map<ThemeNode, string>, tolerance: number): string {
  const b = parsed.plan.begroting;
  if (!budget.table) return "";
  if (!b) return `<p class="opmerking">${esc(labels.noChart)}</p>\n${md.table(parsed.text, budget.table)}`;
  // A table without years or without lines has nothing to draw; it is shown as written.
  if (b.jaren.length === 0 || b.regels.length === 0) return md.table(parsed.text, budget.table);
  const unit: Unit = { label: b.eenheid.label, centsPerUnit: b.eenheid.centenPerEenheid };
  const yearTexts = budget.years.map((y) => y.text);
  const unreadable = b.jaren.map((_, i) => budget.lines.some((l) => l.cells[i]?.error !== undefined));
  // Read as begroting-totalen reads it: part by part, a saldo with the lines it subtracts below zero.
  const toleranceCents = Math.round(tolerance * unit.centsPerUnit);
  const arithmetic = budgetArithmetic(parsed.text, budget, toleranceCents);
  const partTotals = arithmetic.parts.map((p) => b.jaren.map((_, i) => p.budget.totals!.cells[i]?.cents ?? null));
  const columns = checkColumns(b, yearTexts, unreadable, { parts: arithmetic.parts.map((p, k) => ({ regels: p.lines, totalen: partTotals[k]!, plain: p.plain })), negated: arithmetic.negated, toleranceCents });
  const signed: Begroting = arithmetic.negated.size === 0 ? b : { ...b, regels: b.regels.map((r, k) => (arithmetic.negated.has(k) ? { ...r, bedragen: r.bedragen.map((v) => (v === null ? null : -v || 0)) } : r)) };
  const name = (r: Begroting["regels"][number]) => `${r.nummer !== undefined ? `${r.nummer}. ` : ""}${r.deelproduct}`;
  const swatch = (i: number) => `<svg class="kleur" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><rect width="14" height="14" rx="2" fill="${seriesFill(i)}"/></svg>`;

  let out = `<figure class="grafiek" id="${IDS.budget}">\n${budgetChartSvg(signed, columns, labels)}\n`;
  out += `<figcaption>${esc(labels.chartTitle(b.eenheid.label))}${arithmetic.saldo ? ` ${esc(labels.saldoNote(arithmetic.saldo))}` : ""}</figcaption>\n`;
  out += `<ol class="legenda" aria-label="${esc(labels.chartLegend)}">\n${b.regels.map((r, i) => `<li data-deelproduct="${i + 1}">${swatch(i)} ${esc(name(r))}</li>`).join("\n")}\n</ol>\n</figure>\n`;
  // One dominant line makes the others slivers in the stacked chart; each line on its own scale as well.
  if (b.regels.length > 1) out += `<figure class="grafiek deelproducten">\n${budgetLinesSvg(b, columns, labels)}\n<figcaption>${esc(labels.linesChartTitle(b.eenheid.label))}</figcaption>\n</figure>\n`;

  // The table behind the chart: the same numbers, and the check of each column.
  out += `<table class="begrotingstabel">\n<caption>${esc(labels.tableCaption(b.eenheid.label))}</caption>\n<thead><tr><th scope="col">${esc(labels.deelproduct)}</th>`;
  out += columns.map((c) => `<th scope="col" class="bedrag">${esc(c.year)}</th>`).join("") + "</tr></thead>\n<tbody>\n";
  // A table in parts shows each part's own totals row under its last line, as the plan writes it.
  const inParts = arithmetic.parts.length > 1;
  const partsAfter = new Map<number, number[]>();
  if (inParts) arithmetic.parts.forEach((p, k) => {
    const last = Math.max(...p.lines);
    partsAfter.set(last, [...(partsAfter.get(last) ?? []), k]);
  });
  const totalsRow = (label: string, totals: readonly (number | null)[], off: (c: ColumnCheck) => boolean) =>
    `<tr class="vermeld"><th scope="row">${esc(label)}</th>` + columns.map((c, i) => `<td class="bedrag${off(c) ? " telt-niet-op" : ""}">${totals[i] === null || totals[i] === undefined ? "" : esc(showAmount(totals[i]!, unit))}</td>`).join("") + "</tr>\n";
  budget.lines.forEach((line, i) => {
    const r = b.regels[i];
    out += `<tr><th scope="row">${swatch(i)} ${esc(r ? name(r) : line.deelproduct)}</th>`;
    out += columns
      .map((_, k) => {
        const cell = line.cells[k];
        if (!cell || cell.empty) return `<td class="bedrag"></td>`;
        if (cell.cents === null) return `<td class="bedrag onleesbaar" title="${esc(labels.unreadableCells)}">${esc(cell.raw)}</td>`;
        return `<td class="bedrag${cell.cents < 0 ? " negatief" : ""}">${esc(showAmount(cell.cents, unit))}</td>`;
      })
      .join("");
    out += "</tr>\n";
    for (const k of partsAfter.get(i) ?? []) {
      const t = arithmetic.parts[k]!.budget.totals!;
      out += totalsRow(plainText(parsed.text.slice(t.labelSpan.start, t.labelSpan.end)) || labels.statedTotal, partTotals[k]!, (c) => c.partsAddUp?.[k] === false);
    }
  });
  // The totals close the table body rather than sit in a <tfoot>: a printed table repeats its <tfoot> on
  // every page, where it reads as the total of the rows above it.
  if (budget.totals && !inParts) out += totalsRow(labels.statedTotal, columns.map((c) => c.stated), (c) => c.addsUp === false);
  out += `<tr class="som"><th scope="row">${esc(arithmetic.saldo ? labels.saldoOfLines(arithmetic.saldo) : labels.sumOfLines)}</th>`;
  out += columns.map((c) => `<td class="bedrag${c.addsUp === false ? " telt-niet-op" : ""}">${esc(showAmount(c.sum, unit))}${columnNote(c, unit, labels)}</td>`).join("") + "</tr>\n";
  out += "</tbody>\n</table>\n";

  return out + renderMatrix(parsed, b, labels, themeIds, swatch);
}

function columnNote(c: ColumnCheck, unit: Unit, labels: ReportLabels): string {
  if (c.unreadable) return `<span class="noot">${esc(labels.unreadableCells)}</span>`;
  if (c.addsUp === false && c.stated !== null && c.stated !== c.sum) return `<span class="noot">⚠ ${esc(labels.notAddingUpDetail(showAmount(c.sum, unit), showAmount(c.stated, unit)))}</span>`;
  // A table in parts where a part is off, but the table as a whole is not (or states no total).
  if (c.addsUp === false) return `<span class="noot">⚠ ${esc(labels.notAddingUp)}</span>`;
  return "";
}

function renderMatrix(parsed: ParsedPlan, b: Begroting, labels: ReportLabels, themeIds: Map<ThemeNode, string>, swatch: (i: number) => string): string {
  const themes = parsed.themes;
  if (themes.length === 0 || b.regels.length === 0) return "";
  const known = new Set(themes.map((t) => t.nummer).filter((n): n is number => n !== undefined));
  let out = `<section class="matrix" id="${IDS.matrix}" aria-labelledby="${IDS.matrix}-kop">\n<h3 id="${IDS.matrix}-kop">${esc(labels.matrixTitle)}</h3>\n`;
  out += `<table class="themamatrix">\n<caption>${esc(labels.matrixCaption)}</caption>\n<thead><tr><th scope="col">${esc(labels.theme)}</th>`;
  out += b.regels.map((r, i) => `<th scope="col" class="deelproduct"><span>${swatch(i)} ${esc(`${r.nummer !== undefined ? `${r.nummer}. ` : ""}${r.deelproduct}`)}</span></th>`).join("");
  out += "</tr></thead>\n<tbody>\n";
  for (const t of themes) {
    const cells = b.regels.map((r) => (t.nummer !== undefined && r.themas.includes(t.nummer) ? "named" : r.alleThemas ? "all" : ""));
    const funded = cells.some((c) => c !== "");
    const kind = t.soort === "prioritair" ? labels.prioritair : labels.kern;
    out += `<tr class="thema-${t.soort}${funded ? "" : " zonder-deelproduct"}"><th scope="row"><a href="#${themeIds.get(t)}">${esc(themeHeading(parsed.text, t))}</a> <span class="kenmerk kenmerk-${t.soort}">${esc(kind)}</span>`;
    if (!funded) out += ` <span class="kenmerk kenmerk-waarschuwing">${esc(labels.noFunding)}</span>`;
    out += "</th>";
    out += cells.map((c) => (c === "named" ? `<td>●<span class="sr"> ${esc(labels.named)}</span></td>` : c === "all" ? `<td>○<span class="sr"> ${esc(labels.allThemes)}</span></td>` : "<td></td>")).join("");
    out += "</tr>\n";
  }
  out += `</tbody>\n</table>\n<p class="sleutel">${esc(labels.matrixKey)}</p>\n`;
  const unknown = [...new Set(b.regels.flatMap((r) => r.themas.filter((n) => !known.has(n))))].sort((x, y) => x - y);
  if (unknown.length > 0) out += `<p class="opmerking">${esc(labels.unknownThemes(unknown.join(", ")))}</p>\n`;
  return out + "</section>\n";
}

function renderLegalBasis(parsed: ParsedPlan, labels: ReportLabels): string {
  let out = `<section class="hoofdstuk bijlage" id="${IDS.legal}" aria-labelledby="${IDS.legal}-kop">\n<h2 id="${IDS.legal}-kop">${esc(labels.legalBasis)}</h2>\n<h3>${esc(labels.grondslag)}</h3>\n`;
  const grondslag = parsed.citations.filter((c) => c.source === "grondslag");
  if (grondslag.length === 0) out += `<p>${esc(labels.noGrondslag)}</p>\n`;
  else {
    out += `<ul class="grondslag">\n`;
    for (const c of grondslag) {
      const url = c.unreadable ? undefined : citationUrl(c);
      const lawText = c.unreadable ? undefined : citationText(c);
      out += "<li>";
      out += url ? `<a class="wet" href="${esc(url)}">${esc(c.text)}</a>` : `${esc(c.text)} <span class="kenmerk kenmerk-waarschuwing">${esc(labels.unknownLaw)}</span>`;
      if (url) out += `<br><span class="url">${esc(url)}</span>`;
      if (lawText) out += `<blockquote class="wettekst">${esc(lawText)}</blockquote>`;
      out += "</li>\n";
    }
    out += `</ul>\n<p class="noot">${esc(labels.lawTextNote)}</p>\n`;
  }
  // Articles the prose cites, once each.
  const seen = new Set<string>();
  const inText: string[] = [];
  for (const c of parsed.citations) {
    if (c.source !== "text" || !c.law) continue;
    const key = `${c.law.id}|${c.artikel}|${c.lid ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const url = citationUrl(c);
    // Quoted as the plan writes it (issue 15.6): a label rebuilt from the parts added words the text
    // does not have ("lid 1") and a stray comma ("artikel 3a, Wet veiligheidsregio's").
    const label = c.text.replace(/\s+/g, " ").trim();
    inText.push(`<li>${url ? `<a class="wet" href="${esc(url)}">${esc(label)}</a>` : esc(label)}</li>`);
  }
  if (inText.length > 0) out += `<h3>${esc(labels.citedInText)}</h3>\n<ul class="aangehaald">\n${inText.join("\n")}\n</ul>\n`;
  return out + "</section>";
}

type PlaceFinder = (offset: number) => { where: string; detail?: string; anchor?: string };

function renderChecks(result: LintResult, labels: ReportLabels, placeAt: PlaceFinder): string {
  let out = `<section class="hoofdstuk bijlage" id="${IDS.checks}" aria-labelledby="${IDS.checks}-kop">\n<h2 id="${IDS.checks}-kop">${esc(labels.checks)}</h2>\n`;
  if (result.diagnostics.length === 0) out += `<p class="in-orde">${esc(labels.noChecks)}</p>\n`;
  else {
    out += `<p>${esc(labels.checksSummary(result.errorCount, result.warningCount, result.infoCount))}</p>\n`;
    out += `<table class="controles">\n<thead><tr><th scope="col">${esc(labels.place)}</th><th scope="col">${esc(labels.severity)}</th><th scope="col">${esc(labels.message)}</th><th scope="col">${esc(labels.rule)}</th></tr></thead>\n<tbody>\n`;
    for (const d of result.diagnostics) out += checkRow(d, labels, placeAt, result.parsed);
    out += "</tbody>\n</table>\n";
  }
  out += renderNotChecked(result.notChecked, labels);
  if (result.suppressed.length > 0) out += `<p class="noot">${esc(labels.suppressedNote(result.suppressed.length))}</p>\n`;
  return out + "</section>";
}

function checkRow(d: Diagnostic, labels: ReportLabels, placeAt: PlaceFinder, parsed: ParsedPlan): string {
  // The place in the plan's own terms, linked to the section in this report; the line number (1-based,
  // as an editor shows it) is a small aside for whoever fixes it.
  const p = placeAt(parsed.lines.offsetAt(d.range.start.line, d.range.start.character));
  const where = p.anchor ? `<a href="#${p.anchor}">${esc(p.where)}</a>` : esc(p.where);
  const place = `${where}${p.detail ? `<br><span class="plaats-detail">${esc(p.detail)}</span>` : ""}<br><span class="regelnummer">${esc(labels.lineOnly(d.range.start.line + 1))}</span>`;
  const rule = d.docsUrl ? `<a href="${esc(d.docsUrl)}">${esc(d.ruleId)}</a>` : esc(d.ruleId);
  return `<tr class="ernst-${d.severity}"><td class="plaats">${place}</td><td><span class="ernst">${esc(labels.severityText[d.severity])}</span></td><td>${esc(d.message)}</td><td class="regel">${rule}</td></tr>\n`;
}


