/**
 * The typed `Plan` (model/schema.ts) from the located structure: what `export`, the report and a
 * developer read. Built on first use (see parse.ts).
 */
import { lawUrl } from "../law/registry.js";
import type { Begroting, Hoofdstuk, Metadata, Plan, Thema, WettelijkeGrondslag } from "../model/schema.js";
import { getEntry, scalarText } from "../syntax/frontmatter.js";
import { readPeriode } from "../text/dates.js";
import { foldText, indexByFoldedText } from "../text/keywords.js";
import { readDate } from "./metadata.js";
import { blocksText } from "./sections.js";
import type { ParsedPlan, Section } from "./types.js";

export function toPlan(p: Omit<ParsedPlan, "plan">): Plan {
  const get = p.metadata.get;
  const text = (k: string) => scalarText(get(k)?.value);
  const besluit = (k: string) => {
    const e = get(k);
    if (!e) return undefined;
    const door = scalarText(getEntry(e.value, "door")?.value);
    const datum = readDate(getEntry(e.value, "datum")?.value);
    if (door === undefined && datum === undefined) return undefined;
    return { door: door ?? "", ...(datum ? { datum } : {}) };
  };
  const vorig = get("vorigplan");
  const vorigPlan = vorig
    ? (() => {
        const v = vorig.value;
        const titel = scalarText(getEntry(v, "titel")?.value);
        const periode = readPeriode(scalarText(getEntry(v, "periode")?.value));
        const vastgesteld = readDate(getEntry(v, "vastgesteld")?.value);
        const bestand = scalarText(getEntry(v, "bestand")?.value);
        return {
          ...(titel !== undefined ? { titel } : {}),
          ...(periode ? { periode } : {}),
          ...(vastgesteld ? { vastgesteld } : {}),
          ...(bestand !== undefined ? { bestand } : {}),
        };
      })()
    : undefined;
  const status = text("status")?.trim().toLowerCase();
  const grondslag: WettelijkeGrondslag[] = p.citations
    .filter((c) => c.source === "grondslag")
    .map((c) => ({
      tekst: c.text,
      ...(c.law ? { wet: c.law.name, bwb: c.law.bwb, url: lawUrl(c.law, c.artikel || undefined, c.lid) } : {}),
      ...(c.artikel ? { artikel: c.artikel } : {}),
      ...(c.lid !== undefined ? { lid: c.lid } : {}),
    }));
  const voorgesteld = besluit("voorgesteld");
  const vastgesteld = besluit("vastgesteld");
  const periode = readPeriode(text("periode"));
  const metadata: Metadata = {
    formaat: text("formaat") ?? "veiligheidsplan/1",
    titel: text("titel") ?? "",
    ...(text("ondertitel") !== undefined ? { ondertitel: text("ondertitel")! } : {}),
    gemeente: text("gemeente") ?? "",
    ...(periode ? { periode } : {}),
    ...(status === "concept" || status === "voorstel" || status === "vastgesteld" ? { status } : {}),
    ...(voorgesteld ? { voorgesteld } : {}),
    ...(vastgesteld ? { vastgesteld } : {}),
    ...(vorigPlan ? { vorigPlan } : {}),
    grondslag,
  };

  const src = p.text;
  const themas: Thema[] = p.themes.map((t) => {
    const sectionText = (s: Section | undefined) => (s ? blocksText(src, s.ownBlocks) : "");
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
    };
  });

  // Inleiding: top-level sections (and level-2 sections under a single title heading) before the themes.
  const firstThemeContainer = p.themeContainers[0]?.section.span.start ?? Infinity;
  const inleiding: Hoofdstuk[] = [];
  const candidates = p.sections.length === 1 && p.sections[0]!.level === 1 ? p.sections[0]!.children : p.sections;
  for (const s of candidates) {
    if (s.span.start >= firstThemeContainer) break;
    inleiding.push({ titel: s.title, tekst: blocksText(src, p.blocks.slice(s.firstBlock + 1, s.endBlock)) });
  }

  let begroting: Begroting | undefined;
  const b = p.budget;
  if (b && b.table && b.unit) {
    const jaren = b.years.map((y) => y.value ?? 0);
    const toelichtingByName = indexByFoldedText(b.toelichting, (x) => x.deelproduct);
    const regels = b.lines.map((l) => {
      const tl = toelichtingByName.get(foldText(l.deelproduct));
      const themasSet = new Set<number>();
      for (const r of tl?.refs ?? []) {
        if (r.kind === "number" && r.nummer !== undefined) themasSet.add(r.nummer);
        if (r.kind === "range" && r.nummer !== undefined && r.tot !== undefined) for (let n = r.nummer; n <= r.tot && n - r.nummer < 1000; n++) themasSet.add(n);
      }
      return {
        ...(l.nummer !== undefined ? { nummer: l.nummer } : {}),
        deelproduct: l.deelproduct,
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
      totalen: b.totals ? jaren.map((_, i) => b.totals!.cells[i]?.cents ?? null) : [],
    };
  }

  return { metadata, inleiding, themas, ...(begroting ? { begroting } : {}) };
}

