#!/usr/bin/env node
/**
 * Benchmark corpus: N realistic `.veiligheidsplan` files, deterministic from a seed.
 *
 * Each plan is built the way a real one is laid out (front matter, voorwoord, prioritaire thema's and
 * kernthema's with Opgave, Ambitie, pijlers and their elaborations, Financiën with a budget table and
 * a toelichting), with prose taken from the real Nijmegen plan (examples/*.veiligheidsplan, or the seed
 * text when the examples are missing), shuffled and perturbed so that no two files are the same.
 * Municipalities, periods, theme counts and amounts vary; about one plan in seven has a budget total
 * that does not add up. Most plans are Nijmegen-sized (~45 KB); a few are ~1 MB.
 *
 * Every plan is also written as `.md` (same bytes) for markdownlint-cli2.
 *
 *   node bench/corpus.mjs [--count 1000] [--large 5] [--seed 2022] [--out bench/.corpus]
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");

/** mulberry32: small, fast, and the same sequence on every machine. */
export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const shuffle = (xs) => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  const chance = (p) => next() < p;
  return { next, int, pick, shuffle, chance };
}

const GEMEENTEN = [
  "Nijmegen", "Arnhem", "Utrecht", "Zwolle", "Groningen", "Leeuwarden", "Assen", "Enschede", "Deventer", "Apeldoorn",
  "Ede", "Tilburg", "Breda", "Eindhoven", "Helmond", "Den Bosch", "Maastricht", "Heerlen", "Venlo", "Roermond",
  "Dordrecht", "Leiden", "Delft", "Haarlem", "Zaanstad", "Alkmaar", "Hoorn", "Almere", "Lelystad", "Amersfoort",
  "Hilversum", "Gouda", "Zoetermeer", "Westland", "Middelburg", "Vlissingen", "Emmen", "Oss", "Doetinchem", "Tiel",
];
const THEMA_TITELS = [
  "Ondermijning", "Veilige wijken", "Digitale criminaliteit", "Zorg & Veiligheid", "Jonge aanwas in de criminaliteit",
  "Radicalisering en polarisatie", "Openbare orde", "Veilige evenementen, horeca en markten", "Veilige fysieke leefomgeving",
  "Mensenhandel en uitbuiting", "Huiselijk geweld", "Verkeersveiligheid", "Crisisbeheersing", "Woninginbraak",
  "Jeugdoverlast", "Drugsoverlast", "Ondermijning in het buitengebied", "Vuurwerkoverlast", "Overvallen", "Zorgfraude",
  "Veilig uitgaan", "Sociale veiligheid in het openbaar vervoer", "Cyberweerbaarheid van ondernemers", "Bedrijventerreinen",
];
const PIJLERS = [
  "Een weerbare samenleving", "Een weerbare organisatie", "Bestuurlijke en integrale aanpak", "Voortzetting van de wijkteams",
  "Bewonersbetrokkenheid", "Samenwerking met sociaal en fysiek domein", "Preventie en vroeginterventie", "Maatwerk voor individu en wijk",
  "Bevorderen van samenwerking en ontdubbeling", "Jongeren in beeld krijgen en houden", "Zicht op jeugdcriminaliteit",
  "Doorontwikkeling van het netwerk", "Informatiegestuurd werken", "Bewustwording", "Handhaving", "Nazorg",
];
const AANTALLEN = ["twee", "drie", "vier", "vijf"];
const WOORDVARIANTEN = [
  ["belangrijk", "van belang", "essentieel"],
  ["bewoners", "inwoners", "burgers"],
  ["partners", "ketenpartners", "samenwerkingspartners"],
  ["gemeente", "gemeentelijke organisatie", "lokale overheid"],
  ["wijken", "buurten", "stadsdelen"],
  ["aanpak", "werkwijze", "inzet"],
  ["komende jaren", "komende periode", "deze bestuursperiode"],
];
const CITATIES = [
  "artikel 38b, eerste lid, Politiewet 2012", "artikel 172 Gemeentewet", "artikel 174a Gemeentewet",
  "artikel 3a Wet veiligheidsregio's", "art. 13b Opiumwet", "artikel 3 Wet Bibob",
];

/** Prose paragraphs to draw from: the real plan's text, one paragraph per entry. */
export function loadProse() {
  const paragraphs = [];
  const examples = join(root, "examples");
  if (existsSync(examples)) {
    for (const f of readdirSync(examples).filter((f) => f.endsWith(".veiligheidsplan")).sort()) {
      let text = readFileSync(join(examples, f), "utf8").replace(/^\uFEFF/, "");
      text = text.replace(/^---\r?\n[^]*?\r?\n(?:---|\.\.\.)\r?\n/, "");
      for (const chunk of text.split(/\r?\n\s*\r?\n/)) {
        const p = chunk.trim();
        if (p.length < 120 || /^(#|\||[-*+] |\d+[.)] |<!--|>|```|\[\^)/.test(p) || p.includes("\n|")) continue;
        paragraphs.push(p.replace(/\r?\n/g, " "));
      }
    }
  }
  if (paragraphs.length < 40) {
    // The seed is the plan as extracted from its PDF: hard-wrapped lines, paragraphs between blank lines.
    const seedDir = resolve(root, "..", "shared", "seed");
    const seedDirs = [seedDir, "/work/shared/seed"];
    for (const d of seedDirs) {
      if (!existsSync(d)) continue;
      for (const f of readdirSync(d).filter((f) => f.endsWith(".txt"))) {
        for (const chunk of readFileSync(join(d, f), "utf8").split(/\n\s*\n/)) {
          const p = chunk.replace(/\s*\n\s*/g, " ").trim();
          if (p.length < 120 || /^(\d+\.|=|»|\()/.test(p)) continue;
          paragraphs.push(p);
        }
      }
      break;
    }
  }
  if (paragraphs.length === 0) {
    paragraphs.push(
      "De veiligheid van de burger raakt aan de kernwaarden van onze rechtsstaat. Zonder veiligheid is er geen plaats voor vrijheid, gelijkwaardigheid en solidariteit. Daarom investeren we samen met bewoners, ondernemers en partners in een veilige en weerbare stad.",
      "Criminele netwerken en structuren waarvan een ondermijnende invloed uitgaat op de samenleving willen we proactief tegengaan. Waar nodig treden we samen met partners ook repressief op, zodat ondermijning een halt wordt toegeroepen.",
      "Om goed zicht te houden op waar de risico's zich afspelen, investeren we de komende jaren in het gezamenlijk met partners ontsluiten van informatie en in vroegsignalering op gebiedsniveau.",
    );
  }
  return paragraphs;
}

/** A paragraph from the pool, with its sentences reshuffled and a few words swapped, so files differ. */
function perturb(rng, paragraph, gemeente) {
  let sentences = paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/);
  if (sentences.length > 2 && rng.chance(0.5)) sentences = [sentences[0], ...rng.shuffle(sentences.slice(1))];
  let p = sentences.join(" ").replace(/\bNijmegen(aar|se)?\b/g, (_, suf) => (suf ? gemeente + (suf === "se" ? "se" : "aar") : gemeente));
  for (const group of WOORDVARIANTEN) {
    if (!rng.chance(0.4)) continue;
    const from = rng.pick(group);
    const to = rng.pick(group);
    p = p.split(from).join(to);
  }
  return p;
}

/** Wraps prose at ~110 columns, as people writing in an editor tend to leave it (half the plans). */
function wrap(p, width) {
  if (!width) return p;
  const out = [];
  let line = "";
  for (const w of p.split(" ")) {
    if (line.length + w.length + 1 > width && line) {
      out.push(line);
      line = w;
    } else line = line ? line + " " + w : w;
  }
  if (line) out.push(line);
  return out.join("\n");
}

const money = (n) => {
  const neg = n < 0;
  const s = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (neg ? "-" : "") + s;
};

/**
 * One plan. `targetBytes` is approximate (±10%): prose paragraphs are added until it is reached.
 * Returns { text, meta } where meta says what was planted (for the tests and the report).
 */
export function generatePlan(rng, prose, { targetBytes = 45_000, index = 0 } = {}) {
  const gemeente = rng.pick(GEMEENTEN);
  const van = rng.int(2018, 2026);
  const jaren = rng.int(4, 5);
  const tot = van + jaren - 1;
  const status = rng.pick(["concept", "voorstel", "vastgesteld"]);
  const large = targetBytes > 200_000;
  const nPrio = large ? rng.int(12, 16) : rng.int(3, 6);
  const nKern = large ? rng.int(6, 8) : rng.int(2, 4);
  const titles = rng.shuffle(THEMA_TITELS);
  const themes = [];
  for (let i = 0; i < nPrio + nKern; i++) {
    const base = titles[i % titles.length];
    themes.push({ nummer: i + 1, titel: i < titles.length ? base : `${base} ${Math.floor(i / titles.length) + 1}`, soort: i < nPrio ? "prioritair" : "kern" });
  }
  const wrapWidth = rng.chance(0.5) ? rng.int(90, 120) : 0;
  const eol = rng.chance(0.1) ? "\r\n" : "\n";
  const bom = rng.chance(0.03);
  let budgetError = rng.chance(1 / 7);

  // Slots where prose goes; filled round-robin until the size target is met.
  const slots = [];
  const slot = () => {
    const s = [];
    slots.push(s);
    return s;
  };
  const voorwoord = slot();
  const missie = slot();
  for (const t of themes) {
    t.intro = rng.chance(0.3) ? slot() : null;
    t.opgave = slot();
    t.nPijlers = rng.int(2, 4);
    t.pijlers = rng.shuffle(PIJLERS).slice(0, t.nPijlers).map((titel) => ({ titel, text: slot() }));
    t.context = rng.chance(0.25) ? slot() : null;
  }
  const avg = prose.reduce((n, p) => n + p.length, 0) / prose.length;
  const skeleton = 2500 + themes.length * 600;
  const wanted = Math.max(slots.length, Math.round((targetBytes - skeleton) / (avg + 2)));
  const order = rng.shuffle(slots.map((_, i) => i));
  for (let k = 0; k < wanted; k++) {
    const s = slots[k < slots.length ? order[k] : rng.int(0, slots.length - 1)];
    let p = perturb(rng, rng.pick(prose), gemeente);
    if (rng.chance(0.08)) p += ` Zie ook ${rng.pick(CITATIES)}.`;
    if (rng.chance(0.06)) p += ` (zie het thema: ${rng.pick(themes).titel})`;
    s.push(wrap(p, wrapWidth));
  }
  const paras = (s) => s.join("\n\n");

  const out = [];
  out.push("---");
  out.push("formaat: veiligheidsplan/1");
  out.push(`titel: ${rng.pick(["Samen veilig en weerbaar", "Veilig samenleven", "Een veilige stad voor iedereen", "Weerbaar en verbonden"])}`);
  out.push(`ondertitel: Integraal Veiligheidsplan ${van}-${tot}`);
  out.push(`gemeente: ${gemeente}`);
  out.push(`periode: ${van}-${tot}`);
  out.push(`status: ${status}`);
  out.push("voorgesteld:");
  out.push("  door: college van burgemeester en wethouders");
  out.push(`  datum: ${van - 1}-${String(rng.int(9, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`);
  if (status === "vastgesteld") {
    out.push("vastgesteld:");
    out.push("  door: gemeenteraad");
    out.push(`  datum: ${van}-${String(rng.int(1, 3)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`);
  }
  out.push("vorig-plan:");
  out.push("  titel: De weerbare stad");
  out.push(`  periode: ${van - 4}-${van}`);
  out.push("grondslag:");
  out.push("  - artikel 38b, eerste lid, Politiewet 2012");
  if (rng.chance(0.7)) out.push("  - artikel 3a Wet veiligheidsregio's");
  out.push("---", "");
  out.push(`# Integraal Veiligheidsplan ${gemeente} ${van}-${tot}`, "");
  out.push("## Voorwoord", "", paras(voorwoord), "");
  out.push("## Missie en visie", "", paras(missie), "");
  if (rng.chance(0.2)) out.push("<!-- Tekst afgestemd met de driehoek; definitieve versie volgt na de raadsbehandeling. -->", "");

  const writeTheme = (t) => {
    out.push(`### ${t.nummer}. ${t.titel}`, "");
    if (t.intro) out.push(paras(t.intro), "");
    out.push("#### Opgave", "", paras(t.opgave), "");
    out.push("#### Ambitie", "");
    out.push(`Onze aanpak berust op ${rng.chance(0.8) ? AANTALLEN[t.nPijlers - 2] : t.nPijlers} pijlers:`, "");
    t.pijlers.forEach((pl, i) => out.push(`${i + 1}. ${pl.titel}.`));
    out.push("");
    for (const pl of t.pijlers) out.push(`##### ${pl.titel}`, "", paras(pl.text), "");
    if (t.context) out.push("##### Context", "", paras(t.context), "");
  };
  out.push("## Prioritaire thema's", "");
  for (const t of themes.filter((t) => t.soort === "prioritair")) writeTheme(t);
  out.push("## Kernthema's", "");
  for (const t of themes.filter((t) => t.soort === "kern")) writeTheme(t);

  // Financiën: one deelproduct per theme (plus a few shared ones), amounts in x € 1.000.
  const years = Array.from({ length: jaren }, (_, i) => van + i);
  const lines = themes.map((t) => ({ naam: t.titel, refs: [t], amounts: years.map(() => (rng.chance(0.05) ? -rng.int(10, 200) : rng.int(5, 16_000))) }));
  if (themes.length >= 4) lines.push({ naam: "Intelligence", refs: "all", amounts: years.map(() => rng.int(30, 400)) });
  const totals = years.map((_, y) => lines.reduce((n, l) => n + l.amounts[y], 0));
  if (budgetError) {
    const y = rng.int(0, years.length - 1);
    totals[y] += rng.chance(0.5) ? rng.int(1, 50) : -rng.int(1, 50);
  }
  out.push("## Financiën", "", `De kerntaak van het programma Veiligheid is het organiseren van de samenwerking die nodig is voor een veilige ${gemeente === "Nijmegen" ? "stad" : "gemeente"}.`, "");
  const header = ["(bedragen x € 1.000)", ...years.map(String)];
  const rows = lines.map((l, i) => [`${i + 1}. ${l.naam}`, ...l.amounts.map(money)]);
  rows.push(["**Totaal**", ...totals.map(money)]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const row = (cells) => "| " + cells.map((s, c) => (c === 0 ? s.padEnd(widths[c]) : s.padStart(widths[c]))).join(" | ") + " |";
  out.push(row(header));
  out.push("| " + widths.map((w, c) => (c === 0 ? ":" + "-".repeat(w - 1) : "-".repeat(w - 1) + ":")).join(" | ") + " |");
  for (const r of rows) out.push(row(r));
  out.push("", "### Toelichting", "");
  for (const l of lines) {
    out.push(`#### ${l.naam}`, "");
    out.push(`Onder dit deelproduct vallen alle taken die te maken hebben met ${l.naam.toLowerCase()} in ${gemeente}.`, "");
    out.push(l.refs === "all" ? "(Alle thema's)" : `(Thema ${l.refs[0].nummer} - ${l.refs[0].titel})`, "");
  }
  let text = out.join("\n").replace(/\n{3,}/g, "\n\n");
  if (eol !== "\n") text = text.replace(/\n/g, eol);
  if (bom) text = "\uFEFF" + text;
  return { text, meta: { index, gemeente, periode: `${van}-${tot}`, themes: themes.length, budgetError, bytes: Buffer.byteLength(text), eol: eol === "\n" ? "lf" : "crlf", bom } };
}

/**
 * Writes the corpus: `<out>/plans/NNNN-gemeente.veiligheidsplan` and the same bytes as `<out>/md/….md`.
 * The large plans are spread through the numbering (not bunched at the end). Skips the work when a
 * manifest with the same parameters is already there.
 */
export function generateCorpus({ out = join(here, ".corpus"), count = 1000, large = 5, seed = 2022, largeBytes = 1_000_000, smallBytes = 45_000, force = false } = {}) {
  const manifestPath = join(out, "manifest.json");
  const prose = loadProse();
  // The prose source is part of the corpus's identity: a changed example regenerates it.
  const params = { count, large, seed, largeBytes, smallBytes, version: 1, prose: createHash("sha256").update(prose.join("\n")).digest("hex").slice(0, 16) };
  if (!force && existsSync(manifestPath)) {
    try {
      const m = JSON.parse(readFileSync(manifestPath, "utf8"));
      if (JSON.stringify(m.params) === JSON.stringify(params)) return m;
    } catch {
      // A broken manifest means a broken corpus: regenerate.
    }
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, "plans"), { recursive: true });
  mkdirSync(join(out, "md"), { recursive: true });
  const rng = makeRng(seed);
  const step = large > 0 ? Math.floor(count / large) : Infinity;
  const files = [];
  for (let i = 0; i < count; i++) {
    const isLarge = large > 0 && i % step === step - 1 && Math.floor(i / step) < large;
    const target = isLarge ? largeBytes : Math.round(smallBytes * (0.85 + rng.next() * 0.3));
    const { text, meta } = generatePlan(rng, prose, { targetBytes: target, index: i });
    const name = `${String(i).padStart(4, "0")}-${meta.gemeente.toLowerCase().replace(/[^a-z]+/g, "-")}`;
    writeFileSync(join(out, "plans", name + ".veiligheidsplan"), text);
    writeFileSync(join(out, "md", name + ".md"), text);
    files.push({ name, large: isLarge, ...meta });
  }
  const manifest = { params, proseParagraphs: prose.length, totalBytes: files.reduce((n, f) => n + f.bytes, 0), files };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 1));
  return manifest;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const t0 = performance.now();
  const m = generateCorpus({
    out: resolve(flag("out", join(here, ".corpus"))),
    count: Number(flag("count", 1000)),
    large: Number(flag("large", 5)),
    seed: Number(flag("seed", 2022)),
    force: args.includes("--force"),
  });
  const mb = (m.totalBytes / 1e6).toFixed(1);
  console.log(`${m.files.length} plans, ${mb} MB (${m.files.filter((f) => f.large).length} of ~1 MB, ${m.files.filter((f) => f.budgetError).length} with a budget error) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
