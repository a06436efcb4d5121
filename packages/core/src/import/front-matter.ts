/**
 * The front matter inferred from the document's text: gemeente, periode, status and dates, the
 * previous plan and the legal basis. Every inference is reported as a guess at the front matter.
 * A little over 330 lines, and long on purpose: most of it is the patterns for how documents word a
 * decision, kept beside the one function that weighs them against each other (the period and joint
 * plans already have files of their own: ./period.ts, ./joint.ts).
 */
import { findCitations, formatCitation } from "../law/citation.js";
import { PLAN_KIND } from "../text/keywords.js";
import type { DocBlock, TableBlock } from "./document.js";
import type { Publication } from "./publication.js";
import { councilDates, jointMunicipalities } from "./joint.js";
import { inferPeriod, PERIOD } from "./period.js";
import type { ImportNote } from "./report.js";
import { DATE, GEMEENTE, GEMEENTE_NAAM, iso, MERGER, MONTH_YEAR } from "./written.js";

export interface InferredFrontMatter {
  readonly titel: string;
  readonly ondertitel?: string;
  readonly gemeente?: string;
  /** A joint plan's municipalities (then `gemeente` is the one whose council's decision the text states, if any). */
  readonly gemeenten?: readonly string[];
  /** In a joint plan, per municipality the date its council adopted the plan, where the text pairs them. */
  readonly vastgesteldPer?: ReadonlyMap<string, string>;
  readonly periode?: string;
  readonly status: "concept" | "voorstel" | "vastgesteld";
  readonly voorgesteld?: { readonly door: string; readonly datum: string };
  /** Without a `datum` when the text names only the month ("in april 2023"). */
  readonly vastgesteld?: { readonly door: string; readonly datum?: string };
  readonly vorigPlan?: { readonly titel: string; readonly periode: string; readonly vastgesteld?: string };
  /** A municipality formed by a merger: the plans of the municipalities it was formed from. */
  readonly vorigePlannen?: readonly { readonly titel: string; readonly gemeente: string; readonly periode: string }[];
  /** The college's execution plans the council only takes note of (a strategic framework's decision). */
  readonly uitvoeringsplannen?: readonly { readonly titel: string; readonly door: string }[];
  readonly grondslag: readonly string[];
}

const SIGNATURE = new RegExp(`^([\\p{Lu}][\\p{L}'’ -]+),\\s+${DATE}$`, "iu");
/**
 * The council's decision told the other way round: "De gemeenteraad heeft op 26 november 2026 het
 * plan vastgesteld", "De raad stelde het plan op 4 juli 2023 vast", "is op 3 juni 2023 door de
 * gemeenteraad vastgesteld". See `adoptedInWords` for which sentences count.
 */
const ADOPTED_RAAD_FIRST = new RegExp(`\\b(?:gemeente)?raad\\b[^.]{0,80}?\\b(?:heeft|stelde)\\b[^.]{0,60}?\\b${DATE}[^.]{0,160}?\\b(?:vastgesteld|vast)\\b|\\b(?:is|werd)\\s+(?:op\\s+)?${DATE}\\s+(?:door\\s+de\\s+)?(?:gemeente)?raad\\s+vastgesteld\\b`, "giu");
const COLLEGE = /college\s+van\s+(?:burgemeester\s+en\s+wethouders|b\s*&\s*w)|burgemeester\s+en\s+wethouders/i;
/** Text within one sentence: "d.d." (de dato) before a date does not end it. */
const IN_SENTENCE = "(?:[^.]|\\bd\\.\\s?d\\.)";
/** The decision as published: "B E S L U I T : 1. De Kadernota Veiligheid 2019-2022 … vast te stellen". */
const DECIDES_TO_ADOPT = /\bB\s?E\s?S\s?L\s?U\s?I\s?T\s*:?[^]{0,240}?\bvast\s+te\s+stellen\b/i;
/** The same with only a month: "De gemeenteraad heeft in april 2023 het plan vastgesteld". */
const ADOPTED_IN_MONTH = new RegExp(`\\b(?:gemeente)?raad\\b[^.]{0,80}?\\b(?:heeft|stelde)\\b[^.]{0,60}?\\bin\\s+${MONTH_YEAR}[^.]{0,160}?\\b(?:vastgesteld|vast)\\b|\\b(?:is|werd)\\s+in\\s+${MONTH_YEAR}\\s+(?:door\\s+de\\s+)?(?:gemeente)?raad\\s+vastgesteld\\b`, "giu");
const ADOPTED = new RegExp(`vastgesteld\\b${IN_SENTENCE}{0,160}?\\b(?:gemeente)?raad(?:svergadering)?\\b${IN_SENTENCE}{0,100}?${DATE}`, "iu");
/** A title page's or colophon's "Raadsbesluit d.d. 12-12-2023": the council's decision. */
const COUNCIL_DECISION = new RegExp(`\\braadsbesluit\\s*(?::|d\\.\\s?d\\.|dd|van|op)?\\s*${DATE}`, "iu");
/**
 * "Vastgesteld op 12 december 2023", "Datum vaststelling: 12 december 2023" as a line of its own,
 * naming no one: the council's, which adopts the plan (art. 38b Politiewet 2012); a line that names
 * the college ("… door burgemeester en wethouders") is not this.
 */
const ADOPTED_ALONE = new RegExp(`^(?:vastgesteld(?:\\s+op)?|datum\\s+vaststelling)\\s*:?\\s*${DATE}\\s*(?:\\(\\s*(?:door\\s+de\\s+)?(?:gemeente)?raad\\s*\\))?\\s*$`, "imu");
const PROPOSED = new RegExp(`\\b(?:voorstel|voorgesteld)\\s+(?:van|door)\\s+(?:het\\s+)?(?:college|burgemeester\\s+en\\s+wethouders)[^.\\n]{0,60}?\\s(?:van|op|d\\.\\s?d\\.|dd)\\s+${DATE}|\\b(?:datum\\s+)?collegebesluit\\s*(?::|d\\.\\s?d\\.|van|op)?\\s*${DATE}`, "iu");
/**
 * A decision that adopts a framework and takes note of the college's execution plan: "2. Het
 * Uitvoeringsplan integrale veiligheid (deel 2) voor kennisgeving aan te nemen".
 */
const TAKES_NOTE = /\b(?:het\s+|de\s+)?((?:uitvoerings(?:plan|programma)|actieplan|jaarplan)\b[^;:\n]{0,80}?)\s*(?:\([^)\n]{0,20}\)\s*)?voor\s+kennisgeving\s+aan\s+te\s+nemen/iu;
/** A council's decision as published (CVDR): "Aldus vastgesteld in de openbare vergadering van 25 mei 2023". */
const ADOPTED_AT_MEETING = new RegExp(`vastgesteld\\s+in\\s+de\\s+(?:openbare\\s+)?(?:raads)?vergadering\\s+(?:van|d\\.\\s?d\\.|op)\\s+${DATE}`, "iu");
/** The decision's own words that name the council: "De raad van de gemeente Land van Cuijk; … besluit". */
const COUNCIL_DECIDES = /\b(?:de\s+)?(?:gemeente)?raad\s+van\s+de\s+gemeente\b|\braadsvergadering\b|\braadsbesluit\b/i;
const PREVIOUS = /[Vv]eiligheidsplan\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s*[‘'“"]([^’'”"]{3,80})[’'”"]/u;
/**
 * "het Integraal Veiligheidsplan 2021–2024" named in the text, without a title of its own; also "het
 * integrale veiligheidsbeleid voor de periode 2019-2022".
 */
const MENTIONED_PREVIOUS = new RegExp(`\\b((?:${PLAN_KIND})(?:\\s+(?:voor|over|in)\\s+de\\s+(?:plan)?periode(?:\\s+van)?|\\s+(?:gemeente\\s+|van\\s+(?:de\\s+gemeente\\s+)?)?(?<naam>${GEMEENTE_NAAM}))?\\s+((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2}))\\b`, "giu");
/** The name in such a mention, written as a name (the mention is matched without regard to case). */
const CASED_NAME = new RegExp(`^${GEMEENTE_NAAM}$`, "u");

/** Words before such a name that make it another body's plan ("het Regionaal Veiligheidsplan 2021-2024"). */
const OTHER_PLAN = /\b(?:regionaa?le?|landelijke?|nationale?|provinciale?|politie|districtelijke?|bovenlokale?)\s+$/i;
/** As this toolkit's Word export states it: "Vorig plan: De weerbare stad (2018-2022), vastgesteld op 4 maart 2021". */
const STATED_PREVIOUS = new RegExp(`^vorig plan:\\s*(.+?)\\s*\\(((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})\\)(?:,\\s*vastgesteld op\\s+${DATE})?`, "imu");

/** A plan's name that names its municipality: "Integraal Veiligheidsplan Lingewaard-Oost 2025-2028", "Veiligheidsbeleid gemeente Oss". */
const TITLE_KIND = new RegExp(`^(?:${PLAN_KIND})\\s+(?:(?:gemeente|voor|van)\\s+)?`, "iu");
/** The name after it, case-sensitive (a name is capitalised): "Lingewaard-Oost", not "samen veilig". */
const TITLE_NAME = new RegExp(`^(${GEMEENTE_NAAM})(?:\\s+(?:19|20)\\d{2}\\b|\\s*$)`, "u");
const titleNames = (titel: string) => {
  const kind = TITLE_KIND.exec(titel);
  return kind ? TITLE_NAME.exec(titel.slice(kind[0].length)) : null;
};
const SUBTITLE = /^integraal\s+veiligheidsplan\s+(?:(?:19|20)\d{2})\s*[-–]\s*(?:(?:19|20)\d{2})$/i;

export function inferFrontMatter(
  blocks: readonly DocBlock[],
  titel: string,
  budget: TableBlock | undefined,
  notes: ImportNote[],
  source: {
    readonly subtitle?: string;
    readonly facts: readonly string[];
    readonly publication?: Publication;
    readonly fileName?: string;
    /** A PDF's running headers, left out of the text: often the only place that names the plan whole ("Integraal Veiligheidsplan Dijkwaard 2025-2028"). */
    readonly runningHeaders?: readonly string[];
  } = { facts: [] },
): InferredFrontMatter {
  const texts: { text: string; heading: boolean; block?: DocBlock }[] = source.facts.map((text) => ({ text, heading: true }));
  for (const b of blocks) {
    if (b.kind === "heading") texts.push({ text: b.text, heading: true, block: b });
    else if (b.kind === "paragraph" || b.kind === "footnote") texts.push({ text: b.text, heading: false, block: b });
    else if (b.kind === "list") for (const i of b.items) texts.push({ text: i, heading: false, block: b });
  }
  const all = texts.map((t) => t.text).join("\n");

  // Gemeente: the place of the college's signature, else the publication's, else the most named
  // "gemeente X"; a joint plan's municipalities instead of one.
  const gemeenten = jointMunicipalities(source.facts, texts.slice(0, 12).map((t) => t.text));
  let gemeente: string | undefined;
  let signature: { place: string; date: string; line: string; index: number } | undefined;
  texts.forEach((t, i) => {
    const m = SIGNATURE.exec(t.text.trim());
    if (m && !signature) signature = { place: m[1]!.trim(), date: iso(m[2]!, m[3]!, m[4]!), line: t.text.trim(), index: i };
  });
  const publication = source.publication ?? {};
  let gemeenteFrom: string | undefined;
  if (signature) {
    gemeente = signature.place;
    gemeenteFrom = signature.line;
  } else if (publication.gemeente) {
    gemeente = publication.gemeente;
    gemeenteFrom = `Organisatie ${gemeente}`;
  } else {
    const counts = new Map<string, { n: number; as: string }>();
    // The subtitle too: a title page's "Integraal Veiligheidsplan gemeente Lingedal" under a slogan is the subtitle.
    for (const m of `${titel}\n${source.subtitle ?? ""}\n${all}`.matchAll(GEMEENTE)) {
      const seen = counts.get(m[1]!);
      counts.set(m[1]!, { n: (seen?.n ?? 0) + 1, as: seen?.as ?? m[0] });
    }
    const best = [...counts].sort((a, b) => b[1].n - a[1].n)[0];
    const named = best ? undefined : (titleNames(titel) ?? (source.subtitle !== undefined ? titleNames(source.subtitle) : null) ?? (source.runningHeaders ?? []).map(titleNames).find((m) => m !== null));
    if (best) {
      gemeente = best[0];
      gemeenteFrom = best[1].as;
    } else if (named) {
      // Named only in the plan's own name: "Integraal Veiligheidsplan Lingewaard-Oost 2025-2028".
      gemeente = named[1]!;
      gemeenteFrom = named.input;
    }
  }
  // In a joint plan, `gemeente` only says whose council's decision the text states (writeFrontMatter).
  if (gemeenten) notes.push({ kind: "guessed", messageId: "import.gemeenten", data: { gemeenten: gemeenten.join(", ") }, line: 0 });
  else if (gemeente) notes.push({ kind: "guessed", messageId: "import.gemeente", data: { gemeente, bron: gemeenteFrom! }, line: 0 });
  else notes.push({ kind: "guessed", messageId: "import.gemeenteOntbreekt", data: {}, line: 0 });

  // Periode: the one its own name states, else the span most named in headings and text, weighed by the budget's years (./period.ts).
  const periode = inferPeriod([{ text: titel, heading: true, name: true }, ...(source.subtitle ? [{ text: source.subtitle, heading: true, name: true }] : []), ...(source.runningHeaders ?? []).map((text) => ({ text, heading: true, name: true })), ...texts], budget, source.fileName, notes);

  // The previous plan: "Veiligheidsplan 2018-2022 'De weerbare stad'", ending where this one starts.
  let vorigPlan: InferredFrontMatter["vorigPlan"];
  let vorigePlannen: InferredFrontMatter["vorigePlannen"];
  const stated = STATED_PREVIOUS.exec(all);
  const prev = PREVIOUS.exec(all);
  if (stated) {
    vorigPlan = { titel: stated[1]!.trim(), periode: `${stated[2]}-${stated[3]}`, ...(stated[4] ? { vastgesteld: iso(stated[4], stated[5]!, stated[6]!) } : {}) };
    notes.push({ kind: "guessed", messageId: "import.vorigPlan", data: { titel: vorigPlan.titel, periode: vorigPlan.periode }, line: 0 });
  } else if (prev && periode && Number(prev[2]) <= Number(periode.slice(0, 4)) && `${prev[1]}-${prev[2]}` !== periode) {
    vorigPlan = { titel: prev[3]!.trim(), periode: `${prev[1]}-${prev[2]}` };
    notes.push({ kind: "guessed", messageId: "import.vorigPlan", data: vorigPlan, line: 0 });
  } else if (periode) {
    // Named by its period only: the latest plan that ended by the time this one starts ("Het Integraal
    // Veiligheidsplan 2021–2024 had drie prioriteiten"), its name as the text writes it.
    const start = Number(periode.slice(0, 4));
    let latest: RegExpMatchArray | undefined;
    const byName = new Map<string, RegExpMatchArray>();
    const titleOf = (m: RegExpMatchArray) =>
      m[1]!
        .replace(/\s+(?:voor|over|in)\s+de\s+(?:plan)?periode(?:\s+van)?(?=\s)/iu, "")
        .replace(/^\p{Ll}/u, (c) => c.toUpperCase())
        .replace(/\s+/g, " ");
    for (const m of all.matchAll(MENTIONED_PREVIOUS)) {
      const van = Number(m[3]);
      const tot = Number(m[4]);
      if (tot > start || van >= tot || tot - van > 8 || `${van}-${tot}` === periode) continue;
      // The region's or the police's plan of those years is not this plan's predecessor.
      if (OTHER_PLAN.test(all.slice(Math.max(0, m.index! - 25), m.index))) continue;
      // A word between the kind and the years must be written as a name ("Beersel", not "voor").
      const naam = m.groups?.naam;
      if (naam !== undefined && !CASED_NAME.test(naam)) continue;
      if (!latest || tot > Number(latest[4])) latest = m;
      if (naam !== undefined && (!byName.has(naam) || tot > Number(byName.get(naam)![4]))) byName.set(naam, m);
    }
    if (byName.size >= 2 && MERGER.test(all)) {
      // A merger: each former municipality's own last plan (Land van Cuijk, 2022: five).
      vorigePlannen = [...byName].map(([naam, m]) => ({ titel: titleOf(m), gemeente: naam, periode: `${m[3]}-${m[4]}` }));
      notes.push({ kind: "guessed", messageId: "import.vorigePlannen", data: { plannen: vorigePlannen.map((p) => `${p.titel} (${p.gemeente})`).join("; ") }, line: 0 });
    } else if (latest) {
      vorigPlan = { titel: titleOf(latest), periode: `${latest[3]}-${latest[4]}` };
      notes.push({ kind: "guessed", messageId: "import.vorigPlan", data: vorigPlan, line: 0 });
    }
  }

  // Status and dates.
  const proposed = PROPOSED.exec(all);
  let vastgesteld: InferredFrontMatter["vastgesteld"];
  // The decision's own words first ("vastgesteld in de openbare vergadering van …"), then the date the
  // publication's frame gives it (signed), and only then a looser "vastgesteld … raad … <date>", which in
  // a frame could meet another of its dates (the day it took effect).
  const atMeeting = COUNCIL_DECIDES.test(all) ? ADOPTED_AT_MEETING.exec(all) : null;
  const adopted = said(atMeeting) ?? (publication.vastgesteld ? undefined : (said(ADOPTED.exec(all)) ?? adoptedInWords(all, periode) ?? said(COUNCIL_DECISION.exec(all)) ?? said(ADOPTED_ALONE.exec(all))));
  if (adopted) {
    vastgesteld = { door: "gemeenteraad", datum: adopted.datum };
    notes.push({ kind: "guessed", messageId: "import.vastgesteld", data: { wie: who("gemeenteraad"), datum: adopted.datum, bron: adopted.bron }, line: 0 });
  } else if (publication.vastgesteld) {
    // Only in the publication's frame: "Vastgesteld door gemeenteraad" and the date it was signed.
    const { door, datum, bron } = publication.vastgesteld;
    vastgesteld = { door, datum };
    notes.push({ kind: "guessed", messageId: "import.vastgesteld", data: { wie: who(door), datum, bron }, line: 0 });
  } else {
    // Only the month ("in april 2023"): adopted by the council, the day left for the writer to fill in.
    const inMonth = adoptedInWords(all, periode, ADOPTED_IN_MONTH);
    // In the official publication: the decision's own words, or its name ("Besluit van de gemeenteraad van de gemeente Noordwijk houdende …").
    const decided = !publication.published
      ? undefined
      : ((COUNCIL_DECIDES.test(all) ? DECIDES_TO_ADOPT.exec(all)?.[0] : undefined) ??
        (/^Besluit van de (?:gemeente)?raad\b/i.test(publication.titel ?? "") ? publication.titel : undefined) ??
        (publication.door === "gemeenteraad" ? "Vastgesteld door gemeenteraad" : undefined));
    if (inMonth) {
      vastgesteld = { door: "gemeenteraad" };
      notes.push({ kind: "guessed", messageId: "import.vastgesteldMaand", data: { maand: inMonth.datum, bron: inMonth.bron }, line: 0 });
    } else if (decided) {
      // The council's decision as the official publication prints it, without the day it was taken.
      vastgesteld = { door: "gemeenteraad" };
      notes.push({ kind: "guessed", messageId: "import.vastgesteldBesluit", data: { bron: decided }, line: 0 });
    }
  }
  let voorgesteld: InferredFrontMatter["voorgesteld"];
  if (proposed) {
    voorgesteld = { door: "college van burgemeester en wethouders", datum: proposed[1] ? iso(proposed[1], proposed[2]!, proposed[3]!) : iso(proposed[4]!, proposed[5]!, proposed[6]!) };
    notes.push({ kind: "guessed", messageId: "import.voorgesteld", data: { datum: voorgesteld.datum, bron: proposed[0] }, line: 0 });
  } else if (signature) {
    const after = texts.slice(signature.index, signature.index + 3).map((t) => t.text).join(" ");
    if (COLLEGE.test(after)) {
      voorgesteld = { door: "college van burgemeester en wethouders", datum: signature.date };
      notes.push({ kind: "guessed", messageId: "import.voorgesteld", data: { datum: signature.date, bron: `${signature.line} — ${COLLEGE.exec(after)![0]}` }, line: 0 });
    }
  }
  // A status the document states ("Status: concept" on this toolkit's title page) wins over what the dates suggest.
  const statedStatus = /^status:\s*(concept|voorstel|vastgesteld)\s*$/im.exec(all)?.[1]?.toLowerCase() as InferredFrontMatter["status"] | undefined;
  const vastgesteldPer = gemeenten ? councilDates(gemeenten, texts, blocks, notes) : undefined;
  const status = statedStatus ?? (vastgesteld || vastgesteldPer ? "vastgesteld" : voorgesteld ? "voorstel" : "concept");
  if (status === "concept" && !statedStatus) notes.push({ kind: "guessed", messageId: "import.statusConcept", data: {}, line: 0 });

  const noted = TAKES_NOTE.exec(all);
  const uitvoeringsplannen = noted ? [{ titel: noted[1]![0]!.toUpperCase() + noted[1]!.slice(1).trim(), door: "college van burgemeester en wethouders" }] : undefined;
  if (uitvoeringsplannen) notes.push({ kind: "guessed", messageId: "import.uitvoeringsplan", data: { titel: uitvoeringsplannen[0]!.titel }, line: 0 });

  // Grondslag: as a line "Grondslag: …" states it, else the citations of the two articles that found
  // the plan wherever the text cites them.
  const grondslag: string[] = [];
  const statedBasis = /^grondslag:\s*(.+)$/im.exec(all)?.[1];
  for (const c of findCitations(statedBasis ?? all)) {
    const basis = statedBasis !== undefined || (c.law?.id === "politiewet-2012" && c.artikel === "38b") || (c.law?.id === "wet-veiligheidsregios" && c.artikel === "3a");
    if (!basis) continue;
    const text = formatCitation({ artikel: c.artikel, ...(c.lid !== undefined ? { lid: c.lid } : c.artikel === "38b" ? { lid: 1 } : {}), ...(c.law ? { law: c.law } : {}) });
    if (!grondslag.includes(text)) grondslag.push(text);
  }
  if (grondslag.length > 0) notes.push({ kind: "recognised", messageId: "import.grondslag", data: { citaten: grondslag.join("; ") }, line: 0 });

  const sub = source.subtitle ?? texts.find((t) => SUBTITLE.test(t.text.trim()))?.text.trim();
  return {
    titel,
    ...(sub ? { ondertitel: sub } : {}),
    ...(gemeente ? { gemeente } : {}),
    ...(gemeenten ? { gemeenten } : {}),
    ...(vastgesteldPer ? { vastgesteldPer } : {}),
    ...(periode ? { periode } : {}),
    status,
    ...(voorgesteld ? { voorgesteld } : {}),
    ...(vastgesteld ? { vastgesteld } : {}),
    ...(vorigPlan ? { vorigPlan } : {}),
    ...(vorigePlannen ? { vorigePlannen } : {}),
    ...(uitvoeringsplannen ? { uitvoeringsplannen } : {}),
    grondslag,
  };
}

/** A YAML scalar: plain where YAML reads it back as the same string, else double-quoted. */
function scalar(s: string): string {
  const plain = /^[\p{L}\d(][^:#\n]*$/u.test(s) && !/[:#]\s|[{}[\],&*!|>'"%@`]$|^(?:true|false|null|yes|no|~)$/i.test(s) && !/^[\d.-]+$/.test(s);
  return plain ? s : JSON.stringify(s);
}

export function writeFrontMatter(fm: InferredFrontMatter): string[] {
  const out = ["---", "formaat: veiligheidsplan/1", `titel: ${scalar(fm.titel)}`];
  if (fm.ondertitel) out.push(`ondertitel: ${scalar(fm.ondertitel)}`);
  const decisions = (indent: string) =>
    ([["voorgesteld", fm.voorgesteld], ["vastgesteld", fm.vastgesteld]] as const).flatMap(([key, v]) => (v ? [`${indent}${key}:`, `${indent}  door: ${v.door}`, ...(v.datum ? [`${indent}  datum: ${v.datum}`] : [])] : []));
  if (fm.gemeenten) {
    // Each council adopts a joint plan itself: a stated decision goes with the municipality that took it.
    out.push("gemeenten:");
    for (const naam of fm.gemeenten) {
      const own = fm.vastgesteldPer?.get(naam);
      out.push(`  - naam: ${scalar(naam)}`, ...(own ? ["    vastgesteld:", "      door: gemeenteraad", `      datum: ${own}`] : naam === fm.gemeente ? decisions("    ") : []));
    }
  } else if (fm.gemeente) out.push(`gemeente: ${scalar(fm.gemeente)}`);
  if (fm.periode) out.push(`periode: ${fm.periode}`);
  out.push(`status: ${fm.status}`);
  if (!fm.gemeenten) out.push(...decisions(""));
  if (fm.vorigPlan) {
    out.push("vorig-plan:", `  titel: ${scalar(fm.vorigPlan.titel)}`, `  periode: ${fm.vorigPlan.periode}`);
    if (fm.vorigPlan.vastgesteld) out.push(`  vastgesteld: ${fm.vorigPlan.vastgesteld}`);
  }
  if (fm.vorigePlannen) out.push("vorige-plannen:", ...fm.vorigePlannen.flatMap((p) => [`  - titel: ${scalar(p.titel)}`, `    gemeente: ${scalar(p.gemeente)}`, `    periode: ${p.periode}`]));
  if (fm.uitvoeringsplannen) out.push("uitvoeringsplannen:", ...fm.uitvoeringsplannen.flatMap((u) => [`  - titel: ${scalar(u.titel)}`, `    door: ${u.door}`]));
  if (fm.grondslag.length > 0) out.push("grondslag:", ...fm.grondslag.map((g) => `  - ${scalar(g)}`));
  out.push("---");
  return out;
}

/**
 * {@link ADOPTED_RAAD_FIRST} in a sentence about this plan: not about the previous one ("vorige",
 * "voorgaande", "eerder"), and where it names a period, this plan's.
 */
function adoptedInWords(all: string, periode: string | undefined, re: RegExp = ADOPTED_RAAD_FIRST): Said | undefined {
  for (const m of all.matchAll(re)) {
    // The whole sentence: "Het vorige plan is op … vastgesteld" names the plan before the match.
    const sentence = all.slice(Math.max(all.lastIndexOf(".", m.index) + 1, all.lastIndexOf("\n", m.index) + 1), m.index + m[0].length);
    if (/\b(?:vorige?|voorgaande|eerdere?|oude)\b/i.test(sentence)) continue;
    const periods = [...sentence.matchAll(PERIOD)].map((p) => `${p[1]}-${p[2]}`);
    if (periods.length > 0 && (periode === undefined || !periods.includes(periode))) continue;
    // With only a month (ADOPTED_IN_MONTH), the month as written: "april 2023".
    if (re === ADOPTED_IN_MONTH) return { datum: m[1] !== undefined ? `${m[1]} ${m[2]}` : `${m[3]} ${m[4]}`, bron: m[0] };
    return { datum: m[1] !== undefined ? iso(m[1], m[2]!, m[3]!) : iso(m[4]!, m[5]!, m[6]!), bron: m[0] };
  }
  return undefined;
}

/** Who took a decision, with the article Dutch gives it: "de gemeenteraad", "het college van burgemeester en wethouders". */
const who = (door: string): string => (/^college\b/.test(door) ? `het ${door}` : `de ${door}`);

/** A decision's date as the text says it, and the words it was read from. */
interface Said {
  readonly datum: string;
  readonly bron: string;
}
/** A match whose groups 1–3 are `DATE`'s. */
const said = (m: RegExpExecArray | null): Said | undefined => (m ? { datum: iso(m[1]!, m[2]!, m[3]!), bron: m[0] } : undefined);
