/**
 * The report's kwaliteitstoets: the CCV checklist step by step, each step met, not met or not checkable
 * with a link to the place in the plan it was read from; the goals as a table per theme; and, when the
 * yearly progress files are given, whether each goal is on track with a chart per goal. The assessments
 * are the same ones the kwaliteit rules report from (kwaliteit/toets.ts), so the report and the checks
 * never disagree. The limit on priorities is the one kwaliteit-aantal-prioriteiten ran with (its option
 * 'max' in the configuration), its default 5 when the rule was off.
 */
import type { Locale } from "../diagnostic.js";
import { amountsInText, analyse, begrotingElders, chainOf, evaluatie, hasMeasurableGoal, monitoring, themeGoals, unexplainedAbbreviations, VELDEN, velden } from "../kwaliteit/toets.js";
import { isMeasurable, readDoelen, type DoelNode } from "../structure/doelen.js";
import type { ParsedPlan, ThemeNode } from "../structure/types.js";
import { judge, type DoelVoortgang, type Voortgang } from "../voortgang/voortgang.js";
import { headingNumber, themeStyle, type ThemeStyle } from "../rules/theme-names.js";
import { esc } from "./html.js";
import { joinList, kwaliteitLabels, showValue, type KwaliteitLabels, type Stap, type Uitkomst } from "./kwaliteit-labels.js";
import { goalChartSvg } from "./voortgang-chart.js";

export const KWALITEIT_ID = "kwaliteitstoets";
const GOALS_ID = `${KWALITEIT_ID}-doelen`;
/** kwaliteit-aantal-prioriteiten's default 'max', for a run in which the rule was off. */
const MAX_PRIORITEITEN = 5;

export interface KwaliteitContext {
  readonly parsed: ParsedPlan;
  readonly locale?: Locale;
  readonly voortgang?: readonly Voortgang[];
  /** The report's anchor for the section around an offset of the plan's text. */
  readonly anchorAt: (offset: number) => string | undefined;
  readonly themeIds: ReadonlyMap<ThemeNode, string>;
  /** The most priority themes the plan may have: kwaliteit-aantal-prioriteiten's configured 'max'. */
  readonly maxPrioriteiten?: number;
}

export interface Stapuitkomst {
  readonly stap: Stap;
  readonly uitkomst: Uitkomst;
  readonly tekst: string;
  /** Where in the report to go: an anchor id. */
  readonly anchor?: string;
}

/** A theme as its heading numbers it: "Prioriteit 1: Ondermijning", "1. Ondermijning", "Jeugd". */
function themeName(plan: ParsedPlan): (t: ThemeNode) => string {
  // The style once per kind of theme: finding it reads every theme, and a list may name them all.
  const styles = new Map<ThemeNode["soort"], ThemeStyle>();
  const styleOf = (soort: ThemeNode["soort"]) => styles.get(soort) ?? styles.set(soort, themeStyle(plan, soort)).get(soort)!;
  return (t) => `${t.nummer !== undefined ? headingNumber(styleOf(t.soort), t.nummer) : ""}${t.title}`;
}

/** The checklist, step by step, in the order of the CCV's steps. */
export function checklist(ctx: KwaliteitContext, l: KwaliteitLabels): Stapuitkomst[] {
  const { parsed, anchorAt, themeIds } = ctx;
  const list = (xs: readonly string[]) => joinList(ctx.locale, xs);
  const at = (offset: number | undefined) => (offset === undefined ? {} : anchorOf(anchorAt(offset)));
  const out: Stapuitkomst[] = [];

  const e = evaluatie(parsed);
  // The same reading as kwaliteit-evaluatie: a referral by title or date, a lone sentence, a chapter with or without results.
  if (e.referral) out.push({ stap: "evaluatie", uitkomst: "voldaan", tekst: `${l.evaluatieReferral} ‘${e.referral.text}’`, ...at(e.referral.span.start) });
  else if (!e.section && e.inText) out.push({ stap: "evaluatie", uitkomst: "nietVoldaan", tekst: `${l.evaluatieInText} ‘${e.inText.text}’`, ...at(e.inText.span.start) });
  else if (!e.section) out.push({ stap: "evaluatie", uitkomst: "nietVoldaan", tekst: l.evaluatieNone });
  else {
    const kop = e.section.title;
    const tekst = !e.evaluative ? l.evaluatieNoResults(kop) : e.achieved && e.toImprove ? l.evaluatieMet(kop) : e.achieved ? l.evaluatieAchievedOnly(kop) : l.evaluatieImproveOnly(kop);
    out.push({ stap: "evaluatie", uitkomst: e.evaluative ? "voldaan" : "nietVoldaan", tekst, ...at(e.section.heading.span.start) });
  }

  const a = analyse(parsed);
  if (a.section) {
    const lacks = [...(a.objective ? [] : [l.objective]), ...(a.subjective ? [] : [l.subjective])];
    out.push({ stap: "analyse", uitkomst: lacks.length === 0 ? "voldaan" : "nietVoldaan", tekst: lacks.length === 0 ? l.analyseMet(a.section.title) : l.analyseLacks(a.section.title, list(lacks)), ...at(a.section.heading.span.start) });
  } else if (a.perTheme) {
    const { withSources, withOpgave, objective, subjective } = a.perTheme;
    out.push(
      subjective
        ? { stap: "analyse", uitkomst: "voldaan", tekst: l.analysePerTheme(withSources, withOpgave), ...at(objective.span.start) }
        : { stap: "analyse", uitkomst: "nietVoldaan", tekst: l.analysePerThemeNoSubjective(withSources, withOpgave), ...at(objective.span.start) },
    );
  } else if (a.elsewhere) out.push({ stap: "analyse", uitkomst: "nietTeControleren", tekst: `${l.analyseElsewhere} ‘${a.elsewhere.text}’`, ...at(a.elsewhere.span.start) });
  else out.push({ stap: "analyse", uitkomst: "nietVoldaan", tekst: l.analyseNone });

  const priority = parsed.themes.filter((t) => t.soort === "prioritair");
  const container = parsed.themeContainers.find((c) => c.soort === "prioritair")?.section.heading.span.start ?? priority[0]?.section.heading.span.start;
  if (parsed.themes.length === 0) {
    for (const stap of ["prioriteiten", "velden", "doelen", "keten"] as const) out.push({ stap, uitkomst: "nietTeControleren", tekst: l.noThemes });
  } else {
    const max = ctx.maxPrioriteiten ?? MAX_PRIORITEITEN;
    out.push({ stap: "prioriteiten", uitkomst: priority.length <= max ? "voldaan" : "nietVoldaan", tekst: l.prioriteiten(priority.length, max), ...at(container) });
    const v = velden(parsed);
    out.push({ stap: "velden", uitkomst: v.missing.length === 0 ? "voldaan" : "nietVoldaan", tekst: v.missing.length === 0 ? l.veldenAll : l.veldenMissing(list(VELDEN.filter((x) => v.missing.includes(x)).map((x) => l.veld[x]))), ...at(container) });
    const withoutGoal = priority.filter((t) => !hasMeasurableGoal(themeGoals(parsed, t)));
    const first = (ts: readonly ThemeNode[]) => (ts[0] ? anchorOf(themeIds.get(ts[0])) : {});
    if (priority.length === 0) out.push({ stap: "doelen", uitkomst: "nietTeControleren", tekst: l.noThemes });
    else out.push({ stap: "doelen", uitkomst: withoutGoal.length === 0 ? "voldaan" : "nietVoldaan", tekst: withoutGoal.length === 0 ? l.doelenAll(priority.length) : l.doelenMissing(list(withoutGoal.map(themeName(parsed)))), ...(withoutGoal.length > 0 ? first(withoutGoal) : first(priority)) });
    const elders = parsed.budget?.table ? undefined : begrotingElders(parsed);
    if (elders) out.push({ stap: "keten", uitkomst: "nietTeControleren", tekst: `${l.ketenElders} ‘${elders.text}’`, ...at(elders.span.start) });
    else if (!parsed.budget?.table) {
      const { shown, without } = amountsInText(parsed, priority);
      if (!shown) out.push({ stap: "keten", uitkomst: "nietVoldaan", tekst: l.ketenNoBudget });
      else if (without.length === 0) out.push({ stap: "keten", uitkomst: "voldaan", tekst: l.ketenBedragAll, ...at(shown.span.start) });
      else out.push({ stap: "keten", uitkomst: "nietVoldaan", tekst: l.ketenBedragMissing(list(without.map(themeName(parsed)))), ...first(without) });
    }
    else {
      const unfunded = priority.filter((t) => chainOf(parsed, t).geld !== "eigen");
      out.push({ stap: "keten", uitkomst: unfunded.length === 0 ? "voldaan" : "nietVoldaan", tekst: unfunded.length === 0 ? l.ketenAll : l.ketenMissing(list(unfunded.map(themeName(parsed)))), ...(unfunded.length > 0 ? first(unfunded) : at(parsed.budget.table.span.start)) });
    }
  }

  const m = monitoring(parsed);
  if (m.complete) out.push({ stap: "monitoring", uitkomst: "voldaan", tekst: `${l.monitoringMet} ‘${m.complete.text}’`, ...at(m.complete.span.start) });
  else if (m.partial) out.push({ stap: "monitoring", uitkomst: "nietVoldaan", tekst: `${l.monitoringPartial(list(m.partial.lacks.map((x) => l.lacks[x])))} ‘${m.partial.sentence.text}’`, ...at(m.partial.sentence.span.start) });
  else out.push({ stap: "monitoring", uitkomst: "nietVoldaan", tekst: l.monitoringNone });
  out.push(m.final ? { stap: "eindevaluatie", uitkomst: "voldaan", tekst: `${l.eindevaluatieMet} ‘${m.final.text}’`, ...at(m.final.span.start) } : { stap: "eindevaluatie", uitkomst: "nietVoldaan", tekst: l.eindevaluatieNone });

  const goals = readDoelen(parsed).flatMap((s) => s.doelen).filter(isMeasurable);
  if (goals.length === 0) out.push({ stap: "voortgang", uitkomst: "nietTeControleren", tekst: l.voortgangNoGoals });
  else if (!ctx.voortgang || ctx.voortgang.length === 0) out.push({ stap: "voortgang", uitkomst: "nietTeControleren", tekst: l.voortgangNone, anchor: GOALS_ID });
  else {
    const ks = goals.map((d) => judge(d, ctx.voortgang!).koers);
    const on = ks.filter((k) => k === "opKoers" || k === "behaald").length;
    const behind = ks.filter((k) => k === "achter").length;
    const none = ks.filter((k) => k === "geenGegevens").length;
    out.push({ stap: "voortgang", uitkomst: behind === 0 && none === 0 ? "voldaan" : "nietVoldaan", tekst: l.voortgangSummary(on, behind, none), anchor: GOALS_ID });
  }

  const abbr = unexplainedAbbreviations(parsed);
  if (abbr.glossary) out.push({ stap: "leesbaarheid", uitkomst: "voldaan", tekst: l.leesbaarheidGlossary, ...at(abbr.glossary.heading.span.start) });
  else if (abbr.unexplained.length === 0) out.push({ stap: "leesbaarheid", uitkomst: "voldaan", tekst: l.leesbaarheidMet });
  else out.push({ stap: "leesbaarheid", uitkomst: "nietVoldaan", tekst: l.leesbaarheidMissing(list(abbr.unexplained.map((x) => x.abbr))), ...at(abbr.unexplained[0]!.span.start) });
  return out;
}

const anchorOf = (id: string | undefined) => (id ? { anchor: id } : {});

/** The whole section: the checklist, the goals per theme, and progress with a chart per goal. */
export function renderKwaliteit(ctx: KwaliteitContext): { title: string; html: string } {
  const l = kwaliteitLabels(ctx.locale);
  let out = `<section class="hoofdstuk bijlage kwaliteitstoets" id="${KWALITEIT_ID}" aria-labelledby="${KWALITEIT_ID}-kop">\n<h2 id="${KWALITEIT_ID}-kop">${esc(l.title)}</h2>\n<p>${esc(l.intro)}</p>\n`;
  out += `<table class="checklist">\n<thead><tr><th scope="col">${esc(l.step)}</th><th scope="col">${esc(l.outcome)}</th><th scope="col">${esc(l.finding)}</th></tr></thead>\n<tbody>\n`;
  checklist(ctx, l).forEach((s, i) => {
    const link = s.anchor ? ` <a class="naar-plan" href="#${esc(s.anchor)}">${esc(l.seePlace)}</a>` : "";
    out += `<tr class="stap uitkomst-${s.uitkomst}" data-stap="${s.stap}"><th scope="row">${i + 1}. ${esc(l.stap[s.stap])}</th><td><span class="uitkomst">${esc(l.uitkomst[s.uitkomst])}</span></td><td>${esc(s.tekst)}${link}</td></tr>\n`;
  });
  out += "</tbody>\n</table>\n";
  return { title: l.title, html: out + renderGoals(ctx, l) + "</section>" };
}

function renderGoals(ctx: KwaliteitContext, l: KwaliteitLabels): string {
  const sections = readDoelen(ctx.parsed).filter((s) => s.doelen.length > 0);
  const nameOf = themeName(ctx.parsed);
  let out = `<h3 id="${GOALS_ID}">${esc(l.goalsTitle)}</h3>\n`;
  if (sections.length === 0) return out + `<p>${esc(l.goalsNone)}</p>\n`;
  const withProgress = ctx.voortgang !== undefined && ctx.voortgang.length > 0;
  const judged = new Map<DoelNode, DoelVoortgang>();
  for (const s of sections) for (const d of s.doelen) if (withProgress) judged.set(d, judge(d, ctx.voortgang!));
  const c = l.columns;
  for (const s of sections) {
    const themeId = ctx.themeIds.get(s.theme);
    const name = esc(nameOf(s.theme));
    out += `<table class="doelen">\n<caption>${esc(l.goalsCaption(""))}${themeId ? `<a href="#${themeId}">${name}</a>` : name}</caption>\n`;
    out += `<thead><tr><th scope="col">${esc(c.doel)}</th><th scope="col">${esc(c.indicator)}</th><th scope="col" class="getal">${esc(c.nulmeting)}</th><th scope="col" class="getal">${esc(c.streefwaarde)}</th><th scope="col">${esc(c.bron)}</th>`;
    if (withProgress) out += `<th scope="col" class="getal">${esc(c.laatste)}</th><th scope="col">${esc(c.koers)}</th>`;
    out += "</tr></thead>\n<tbody>\n";
    for (const d of s.doelen) {
      out += `<tr><th scope="row">${esc(d.doel)}</th><td>${esc(d.indicator)}</td><td class="getal">${esc(d.nulmeting?.text ?? "")}</td><td class="getal">${esc(d.streefwaarde?.text ?? "")}</td><td>${esc(d.bron)}</td>`;
      const j = judged.get(d);
      if (j) out += `<td class="getal">${j.laatste ? esc(`${showValue(j.laatste.waarde, d)} (${j.laatste.jaar})`) : ""}</td><td><span class="koers koers-${j.koers}">${esc(l.koers[j.koers])}</span></td>`;
      out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
  }
  if (!withProgress) return out;
  const charted = [...judged].filter(([d, j]) => isMeasurable(d) && j.realisaties.length > 0);
  if (charted.length === 0) return out;
  out += `<h3 id="${KWALITEIT_ID}-voortgang">${esc(l.progressTitle)}</h3>\n<p class="noot">${esc(l.progressNote)}</p>\n<div class="doelgrafieken">\n`;
  charted.forEach(([d, j], i) => {
    const svg = goalChartSvg(d, j, `vp-doel-${i + 1}`, l);
    if (svg) out += `<figure class="grafiek doel" data-indicator="${esc(d.indicator)}">\n${svg}\n<figcaption>${esc(d.indicator)} <span class="koers koers-${j.koers}">${esc(l.koers[j.koers])}</span></figcaption>\n</figure>\n`;
  });
  return out + `</div>\n<p class="sleutel">${esc(l.chartKey)}</p>\n`;
}

export const KWALITEIT_CSS = `
.checklist { width: 100%; }
.checklist th[scope="row"] { font-weight: 600; min-width: 14rem; }
.uitkomst { font-size: 0.75rem; font-weight: 700; text-transform: uppercase; padding: 0.1em 0.45em; border-radius: 3px; white-space: nowrap; }
.uitkomst-voldaan .uitkomst { background: #e6f4ea; color: var(--groen); }
.uitkomst-nietVoldaan .uitkomst { background: #fde8ea; color: var(--rood); }
.uitkomst-nietTeControleren .uitkomst { background: #eee; color: #333; }
.naar-plan { font-size: 0.85rem; white-space: nowrap; }
.doelen { width: 100%; }
.doelen .getal { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.koers { font-weight: 600; white-space: nowrap; }
.koers-achter { color: var(--rood); }
.koers-opKoers, .koers-behaald { color: var(--groen); }
.doelgrafieken { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr)); gap: 1rem 1.5rem; }
.grafiek.doel { margin: 0.5rem 0; min-width: 0; }
.grafiek svg.doelgrafiek { display: block; width: 100%; height: auto; max-width: 360px; font-family: inherit; overflow: hidden; }
@media print { .checklist tr, .doelen, .grafiek.doel { break-inside: avoid; } }
`.trim();
