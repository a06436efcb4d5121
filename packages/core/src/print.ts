/**
 * `printPlan(plan)`: writes a typed `Plan` (built in code or decoded from JSON) as a `.veiligheidsplan`
 * file in the canonical layout. Parsing the output gives back an equal plan (tested as a property).
 * For a plan read from a file, edit the file's text instead (the parser is lossless): this printer is
 * for plans that start life as data.
 */
import { stringify } from "yaml";
import { formatAmount } from "./model/amount.js";
import { FIELD_NAMES, FIELDS } from "./model/fields.js";
import type { Plan } from "./model/schema.js";
import { formatText } from "./format.js";
import { findThemeRefs } from "./structure/references.js";

/** The front matter: every declared field the plan has, in declaration order, as its declaration writes it. */
function frontMatter(plan: Plan): string {
  const data: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) {
    const value = plan.metadata[name];
    if (value !== undefined) data[FIELDS[name].key] = (FIELDS[name].write as (v: unknown) => unknown)(value);
  }
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

const block = (s: string) => (s.trim() === "" ? "" : `${s.trim()}\n\n`);

/** The themes a line serves, written as references, unless its toelichting already names them. */
function themeLine(plan: Plan, r: NonNullable<Plan["begroting"]>["regels"][number]): string {
  const refs = findThemeRefs(r.toelichting);
  const named = new Set(refs.flatMap((x) => (x.kind === "number" && x.nummer !== undefined ? [x.nummer] : [])));
  if (r.alleThemas && !refs.some((x) => x.kind === "all")) return "(Alle thema's)\n\n";
  const missing = r.themas.filter((n) => !named.has(n));
  if (missing.length === 0) return "";
  const title = (n: number) => plan.themas.find((t) => t.nummer === n)?.titel;
  return `(${missing.map((n) => (title(n) ? `Thema ${n} - ${title(n)}` : `Thema ${n}`)).join(" & ")})\n\n`;
}

export function printPlan(plan: Plan): string {
  const out: string[] = [frontMatter(plan), "\n", `# ${plan.metadata.titel}\n\n`];
  for (const h of plan.inleiding) out.push(`## ${h.titel}\n\n`, block(h.tekst));
  for (const soort of ["prioritair", "kern"] as const) {
    const themas = plan.themas.filter((t) => t.soort === soort);
    if (themas.length === 0) continue;
    out.push(soort === "prioritair" ? "## Prioritaire thema's\n\n" : "## Kernthema's\n\n");
    for (const t of themas) {
      out.push(`### ${t.nummer}. ${t.titel}\n\n`, "#### Opgave\n\n", block(t.opgave), "#### Ambitie\n\n", block(t.ambitie));
      const listed = t.ambitie.includes("pijler");
      if (t.pijlers.length > 0 && !listed) {
        out.push(`Onze aanpak berust op ${t.pijlers.length} pijlers:\n\n`, ...t.pijlers.map((p, i) => `${i + 1}. ${p.titel}.\n`), "\n");
      }
      for (const p of t.pijlers) if (p.uitwerking.trim() !== "") out.push(`##### ${p.titel}\n\n`, block(p.uitwerking));
      if (t.doelen) {
        const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");
        out.push("#### Doelen\n\n", "| Doel | Indicator | Nulmeting | Streefwaarde | Bron |\n", "| --- | --- | ---: | ---: | --- |\n");
        for (const d of t.doelen) out.push(`| ${[d.doel, d.indicator, d.nulmeting?.tekst ?? "", d.streefwaarde?.tekst ?? "", d.bron].map(cell).join(" | ")} |\n`);
        out.push("\n");
      }
    }
  }
  const b = plan.begroting;
  if (b) {
    const amount = (c: number | null) => (c === null ? "" : formatAmount(c, b.eenheid));
    out.push("## Financiën\n\n");
    out.push(`| ${b.eenheid.label} | ${b.jaren.join(" | ")} |\n`, `| --- | ${b.jaren.map(() => "---:").join(" | ")} |\n`);
    const line = (r: (typeof b.regels)[number]) => `| ${r.nummer !== undefined ? `${r.nummer}. ` : ""}${r.deelproduct} | ${r.bedragen.map(amount).join(" | ")} |\n`;
    const kinds = (["lasten", "baten"] as const).filter((k) => b.regels.some((r) => r.soort === k));
    for (const r of b.regels) if (r.soort === undefined) out.push(line(r));
    // Lasten and baten each under their name and over their total, as the table had them; the totals
    // row is then their saldo.
    for (const k of kinds) {
      const of = b.regels.filter((r) => r.soort === k);
      out.push(`| ${k === "lasten" ? "Lasten" : "Baten"} | ${b.jaren.map(() => "").join(" | ")} |\n`, ...of.map(line));
      out.push(`| Totaal ${k} | ${b.jaren.map((_, i) => amount(of.reduce((s, r) => s + (r.bedragen[i] ?? 0), 0))).join(" | ")} |\n`);
    }
    if (b.totalen.length > 0) out.push(`| **${kinds.length > 0 ? "Saldo" : "Totaal"}** | ${b.totalen.map(amount).join(" | ")} |\n`);
    out.push("\n");
    if (b.regels.some((r) => r.toelichting.trim() !== "" || r.themas.length > 0 || r.alleThemas)) {
      out.push("### Toelichting\n\n");
      for (const r of b.regels) out.push(`#### ${r.deelproduct}\n\n`, block(r.toelichting), themeLine(plan, r));
    }
  }
  // The canonical layout (aligned table, single blank lines); no fixes: a printed plan says what the data says.
  return formatText(out.join(""), { fix: false }).output;
}
