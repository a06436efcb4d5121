/**
 * The typed `Plan` (model/schema.ts) from the located structure: what `export`, the report and a
 * developer read. Built on first use (see parse.ts).
 */
import type { Begroting, Doel, Hoofdstuk, Meting, Plan, Thema } from "../model/schema.js";
import { readDoelen, type MetingNode } from "./doelen.js";
import { foldText, indexByFoldedText } from "../text/keywords.js";
import { typedMetadata } from "./fields.js";
import { blocksText } from "./sections.js";
import type { ParsedPlan, Section } from "./types.js";
import { statedTotals } from "./budget-arithmetic.js";

export function toPlan(p: Omit<ParsedPlan, "plan">): Plan {
  const metadata = typedMetadata(p.fields);

  const src = p.text;
  const doelen = new Map(readDoelen(p).map((d) => [d.theme, d] as const));
  const meting = (m: MetingNode): Meting => ({ tekst: m.text, ...(m.waarde !== undefined ? { waarde: m.waarde } : {}), ...(m.jaar !== undefined ? { jaar: m.jaar } : {}), ...(m.eenheid ? { eenheid: m.eenheid } : {}), ...(m.verandering !== undefined ? { verandering: m.verandering } : {}) });
  const themas: Thema[] = p.themes.map((t) => {
    const sectionText = (s: Section | undefined) => (s ? blocksText(src, s.ownBlocks) : "");
    const d = doelen.get(t);
    const doelenData: Doel[] | undefined = d?.doelen.map((g) => ({
      doel: g.doel,
      indicator: g.indicator,
      ...(g.nulmeting ? { nulmeting: meting(g.nulmeting) } : {}),
      ...(g.streefwaarde ? { streefwaarde: meting(g.streefwaarde) } : {}),
      bron: g.bron,
    }));
    return {
      nummer: t.nummer ?? 0,
      titel: t.title,
      soort: t.soort,
      opgave: t.opgave ? blocksText(src, p.blocks.slice(t.opgave.firstBlock + 1, t.opgave.endBlock)) : "",
      ambitie: sectionText(t.ambitie),
      pijlers: t.pillars.map((pl) => ({
        titel: pl.title,
        uitwerking: pl.elaboration ? blocksText(src, p.blocks.slice(pl.elaboration.firstBlock + 1, pl.elaboration.endBlock)) : "",
      })),
      ...(doelenData ? { doelen: doelenData } : {}),
    };
  });

  // Inleiding: top-level sections (and level-2 sections under a single title heading) before the themes.
  const firstThemeContainer = p.themeContainers[0]?.section.span.start ?? Infinity;
  const inleiding: Hoofdstuk[] = [];
  const candidates = p.sections.length === 1 && p.sections[0]!.level === 1 ? p.sections[0]!.children : p.sections;
  const budgetAt = p.budget?.table && p.budget.unit ? p.budget.section.span : undefined;
  for (const s of candidates) {
    if (s.span.start >= firstThemeContainer) break;
    // The money chapter is the model's begroting, printed as such (in a plan without themes it comes
    // before the first theme container too).
    if (budgetAt && s.span.start <= budgetAt.start && budgetAt.end <= s.span.end) continue;
    inleiding.push({ titel: s.title, tekst: blocksText(src, p.blocks.slice(s.firstBlock + 1, s.endBlock)) });
  }

  let begroting: Begroting | undefined;
  const b = p.budget;
  if (b && b.table && b.unit) {
    const jaren = b.years.map((y) => y.value ?? 0);
    const toelichtingByName = indexByFoldedText(b.toelichting, (x) => x.deelproduct);
    // A line under "Totaal lasten" or "Totaal baten" is of that kind.
    const soort = new Map<number, "lasten" | "baten">();
    for (const g of b.groups ?? []) if (g.kind) for (const i of g.lines) soort.set(i, g.kind);
    const regels = b.lines.map((l, index) => {
      const tl = toelichtingByName.get(foldText(l.deelproduct));
      const themasSet = new Set<number>();
      for (const r of tl?.refs ?? []) {
        if (r.kind === "number" && r.nummer !== undefined) themasSet.add(r.nummer);
        if (r.kind === "range" && r.nummer !== undefined && r.tot !== undefined) for (let n = r.nummer; n <= r.tot && n - r.nummer < 1000; n++) themasSet.add(n);
      }
      return {
        ...(l.nummer !== undefined ? { nummer: l.nummer } : {}),
        deelproduct: l.deelproduct,
        ...(soort.has(index) ? { soort: soort.get(index)! } : {}),
        bedragen: jaren.map((_, i) => l.cells[i]?.cents ?? null),
        themas: [...themasSet].sort((x, y) => x - y),
        alleThemas: tl?.alleThemas ?? false,
        toelichting: tl ? blocksText(src, tl.section.ownBlocks) : "",
      };
    });
    begroting = {
      eenheid: { label: b.unit.label, centenPerEenheid: b.unit.centsPerUnit },
      jaren,
      regels,
      totalen: statedTotals(b),
    };
  }

  return { metadata, inleiding, themas, ...(begroting ? { begroting } : {}) };
}
