import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodePlan,
  encodePlan,
  findCitations,
  formatAmount,
  parse,
  printPlan,
  readAmount,
  readCitation,
  readUnit,
  type Plan,
} from "@veiligheidsplan/core";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const examplesDir = here("../../../examples/");
const roundtripDir = here("./fixtures/roundtrip/");
const files = [
  ...readdirSync(examplesDir).filter((f) => f.endsWith(".veiligheidsplan")).map((f) => examplesDir + f),
  ...readdirSync(roundtripDir).map((f) => roundtripDir + f),
];

/** The blocks tile the text: concatenating their source gives the input back, byte for byte. */
function reprint(text: string): string {
  return parse(text).blocks.map((b) => text.slice(b.span.start, b.span.end)).join("");
}

describe("lossless parsing", () => {
  it.each(files)("round-trips %s byte for byte", (file) => {
    const bytes = readFileSync(file);
    const text = bytes.toString("utf8");
    const out = reprint(text);
    expect(out).toBe(text);
    expect(Buffer.from(out, "utf8").equals(bytes)).toBe(true);
  });

  it("keeps a BOM, CRLF, lone CR, tabs, trailing spaces and comments", () => {
    const text = readFileSync(roundtripDir + "mixed-eol.veiligheidsplan", "utf8");
    const p = parse(text);
    expect(p.metadata.get("titel")?.value).toMatchObject({ text: "Gemengd" });
    expect(p.budget?.lines[0]?.cells[0]?.cents).toBe(123_400_000);
    const bom = parse(readFileSync(roundtripDir + "bom.veiligheidsplan", "utf8"));
    expect(bom.plan.metadata.titel).toBe("BOM plan");
    const tabs = parse(readFileSync(roundtripDir + "tabs-comments.veiligheidsplan", "utf8"));
    expect(tabs.themes.map((t) => [t.nummer, t.title, t.soort])).toEqual([[1, "Openbare orde", "kern"]]);
    expect(tabs.comments.map((c) => c.body.trim())).toEqual(["een opmerking\n   over meerdere regels", "inline opmerking"]);
  });

  it("never throws and keeps every span inside the text (property)", () => {
    const pieces = fc.constantFrom(
      "---\n", "formaat: veiligheidsplan/1\n", "titel: x\n", "## Prioritaire thema's\n", "### 1. Thema\n", "#### Opgave\n",
      "#### Ambitie\n", "Onze aanpak berust op twee pijlers:\n", "1. Een.\n", "2. Twee.\n", "##### Een\n", "## Financiën\n",
      "| (bedragen x € 1.000) | 2022 | 2023 |\n", "| --- | ---: | ---: |\n", "| 1. A | 1.234 | -5 |\n", "| **Totaal** | 1 |\n",
      "<!-- c", "-->", "```\n", "\r\n", "\r", "\n", "(Thema 1 - Thema)", "thema's 1 t/m 3 ", "artikel 38b lid 1 Politiewet ", "|", "#", " ", "\t", "\uFEFF",
    );
    const planish = fc.array(fc.oneof(pieces, fc.string({ unit: "grapheme", maxLength: 20 })), { maxLength: 60 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.oneof(planish, fc.string({ unit: "binary", maxLength: 300 })), (text) => {
        const p = parse(text);
        expect(reprint(text)).toBe(text);
        const inside = (s: { start: number; end: number }) => s.start >= 0 && s.end <= text.length && s.start <= s.end;
        for (const b of p.blocks) expect(inside(b.span)).toBe(true);
        for (const f of p.findings) expect(inside(f.span)).toBe(true);
        for (const t of p.themes) expect(inside(t.titleSpan)).toBe(true);
        for (const r of p.themeRefs) expect(inside(r.span)).toBe(true);
        for (const c of p.citations) expect(inside(c.span)).toBe(true);
        for (const l of p.budget?.lines ?? []) for (const c of l.cells) expect(inside(c.span)).toBe(true);
        const end = p.lines.position(text.length);
        expect(end.offset).toBe(text.length);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});

describe("structure", () => {
  const text = `---
formaat: veiligheidsplan/1
titel: Proef
gemeente: Proefstad
periode: 2023 t/m 2026
status: vastgesteld
vastgesteld:
  door: gemeenteraad
  datum: 2023-03-01
grondslag:
  - art. 38b lid 1 Politiewet
  - Wvr art. 3a
---

# Proef

## Inleiding

Zie artikel 172, derde lid, Gemeentewet en artikel 3a van de Wet veiligheidsregio’s.

## 1. Prioritaire thema’s

### 1. Veilige wijken

#### Opgave

Tekst.

#### Ambitie

Onze aanpak berust op twee pijlers:

1. Wijkteams.
2. **Bewoners**.

##### Wijkteams

Uitwerking.

##### Context

Geen pijler.

### Thema 2: Ondermijning

#### Opgave
A
#### Ambitie
B

## KERNTHEMAS

### 3, Brandveiligheid

#### Opgave
C
#### Ambitie
D

## II. Financien

| bedragen x € 1.000 | 2023 | 2024 |
|---|---:|---:|
| 1. Wijken | 14,5 | − 2 |
| Brandweer | 1.000 | |
| **TOTAAL** | 1.014,5 | -2 |

### Toelichting

#### 1. Wijken

Voor de wijken (Thema 1 – Veilige wijken en Thema 2 - Ondermijning).

#### Brandweer

(Thema 3 - Brandveiligheid)
`;
  const p = parse(text);

  it("reads the metadata, tolerant of notation", () => {
    expect(p.plan.metadata).toMatchObject({
      titel: "Proef",
      periode: { van: 2023, tot: 2026 },
      status: "vastgesteld",
      vastgesteld: { door: "gemeenteraad", datum: "2023-03-01" },
    });
    expect(p.plan.metadata.grondslag.map((g) => [g.bwb, g.artikel, g.lid])).toEqual([
      ["BWBR0031788", "38b", 1],
      ["BWBR0027466", "3a", undefined],
    ]);
  });

  it("reads themes under keyword headings, whatever their case, accents or numbering", () => {
    expect(p.themes.map((t) => [t.nummer, t.title, t.soort])).toEqual([
      [1, "Veilige wijken", "prioritair"],
      [2, "Ondermijning", "prioritair"],
      [3, "Brandveiligheid", "kern"],
    ]);
    const [t1] = p.themes;
    expect(t1!.pillarIntro?.count).toBe(2);
    expect(t1!.pillars.map((x) => [x.title, x.elaboration?.title])).toEqual([
      ["Wijkteams", "Wijkteams"],
      ["Bewoners", undefined],
    ]);
    expect(text.slice(t1!.titleSpan.start, t1!.titleSpan.end)).toBe("Veilige wijken");
    expect(p.plan.themas[0]!.opgave).toBe("Tekst.");
  });

  it("leaves a comment after a heading out of its title, as a reader does not see it", () => {
    const src = "---\nformaat: veiligheidsplan/1\n---\n\n# Plan\n\n## Prioriteiten <!-- eerst -->\n\n### 1. Ondermijning <!-- veiligheidsplan-disable-line pijlers -->  <!-- b -->\n\nTekst.\n\n### <!-- alleen een opmerking -->\n\nMeer.\n\nJeugd <!-- c -->\n-----\n";
    const q = parse(src);
    expect(q.themes.map((t) => t.title)).toEqual(["Ondermijning", "<!-- alleen een opmerking -->"]);
    expect(src.slice(q.themes[0]!.titleSpan.start, q.themes[0]!.titleSpan.end)).toBe("Ondermijning");
    expect(q.sections.flatMap(function all(s): string[] { return [s.title, ...s.children.flatMap(all)]; })).toContain("Jeugd");
    // Lossless all the same: the comments are still in the text and in the heading's line.
    expect(q.text).toBe(src);
  });

  it("finds the budget under the money chapter's other names ('Financiële paragraaf', 'Financiering')", () => {
    for (const kop of ["5. Financiële paragraaf", "De financiën", "Financiering"]) {
      const src = `---\nformaat: veiligheidsplan/1\n---\n\n# Plan\n\n## ${kop}\n\n| Deelproduct | 2025 | 2026 |\n| --- | ---: | ---: |\n| Wijken | 10 | 12 |\n| **Totaal** | 10 | 12 |\n`;
      expect(parse(src).budget?.lines.map((l) => l.deelproduct), kop).toEqual(["Wijken"]);
    }
    // A council proposal bound in front of the plan has its own "Financiën" paragraph: the plan's table counts.
    const bound = "# Raadsvoorstel\n\n## Financiën\n\nDe kosten passen binnen de begroting.\n\n# Plan\n\n## 5. Financiële paragraaf\n\n| Deelproduct | 2025 |\n| --- | ---: |\n| Wijken | 10 |\n";
    expect(parse(bound).budget?.lines.map((l) => l.deelproduct)).toEqual(["Wijken"]);
    // A chapter about something else with money in it is not the budget.
    expect(parse("# Plan\n\n## Financieel toezicht\n\n| Deelproduct | 2025 |\n| --- | ---: |\n| A | 1 |\n").budget).toBeUndefined();
  });

  it("reads the budget exactly, in cents", () => {
    const b = p.plan.begroting!;
    expect(b.eenheid.centenPerEenheid).toBe(100_000);
    expect(b.jaren).toEqual([2023, 2024]);
    expect(b.regels.map((r) => [r.deelproduct, r.bedragen, r.themas])).toEqual([
      ["Wijken", [1_450_000, -200_000], [1, 2]],
      ["Brandweer", [100_000_000, null], [3]],
    ]);
    expect(b.totalen).toEqual([101_450_000, -200_000]);
  });

  it("finds citations and theme references in the prose with exact spans", () => {
    const prose = p.citations.filter((c) => c.source === "text");
    expect(prose.map((c) => [text.slice(c.span.start, c.span.end), c.law?.bwb, c.lid])).toEqual([
      ["artikel 172, derde lid, Gemeentewet", "BWBR0005416", 3],
      ["artikel 3a van de Wet veiligheidsregio’s", "BWBR0027466", undefined],
    ]);
    const refs = p.themeRefs.map((r) => [r.kind, r.nummer, r.title]);
    expect(refs).toContainEqual(["number", 1, "Veilige wijken"]);
    expect(refs).toContainEqual(["number", 3, "Brandveiligheid"]);
  });
});

describe("amounts and units", () => {
  const unit = readUnit("(bedragen x € 1.000)")!;
  it("reads Dutch notation exactly", () => {
    expect(unit.centsPerUnit).toBe(100_000);
    expect(readAmount("15.407", unit)).toEqual({ ok: true, cents: 1_540_700_000, decimals: 0 });
    expect(readAmount("-71", unit)).toMatchObject({ ok: true, cents: -7_100_000 });
    expect(readAmount("−71", unit)).toMatchObject({ ok: true, cents: -7_100_000 });
    expect(readAmount("14,4", unit)).toMatchObject({ ok: true, cents: 1_440_000 });
    expect(readAmount("1,234.5", unit)).toEqual({ ok: false, reason: "malformed", suggestion: "1.234,5" });
    expect(readAmount("99999999999999999999", unit)).toMatchObject({ ok: false, reason: "too-large" });
    expect(readUnit("bedragen x 1000 €")!.centsPerUnit).toBe(100_000);
    expect(readUnit("(x € 1 mln)")!.centsPerUnit).toBe(100_000_000);
  });
  it.each(["Wat mag het kosten?", "Wat heeft het gekost?", "Financiële analyse programma's", "5.5 Begroting"])("finds the plan's budget under '%s' outside the themes", (heading) => {
    const plan = parse(`# Plan\n\n## Prioriteiten\n\n### 1. Ondermijning\n\nTekst.\n\n## ${heading}\n\n| (bedragen x € 1.000) | 2025 |\n| --- | ---: |\n| Toezicht | 10 |\n| Totaal | 10 |\n`);
    expect(plan.budget?.section.title).toBe(heading);
    expect(plan.budget?.lines.map((l) => l.deelproduct)).toEqual(["Toezicht"]);
  });
  it.each([
    ["R2021", 2021],
    ["B2022", 2022],
    ["Begroting na wijziging 2019", 2019],
    ["Primitieve begroting 2025", 2025],
    ["Rekening 2018", 2018],
    ["Verschil 2019", undefined],
    ["Totaal 2023", undefined],
    ["Jaarschijf 2026", 2026],
  ])("reads the budget column header %j as the year %s", (header, year) => {
    const plan = parse(`# Plan\n\n## Financiën\n\n| (bedragen x € 1.000) | ${header} |\n| --- | ---: |\n| Toezicht | 10 |\n| Totaal | 10 |\n`);
    expect(plan.budget!.years.map((y) => y.value)).toEqual([year]);
  });
  it.each([
    ["bedragen in k€", 1000],
    ["(k€)", 1000],
    ["K€", 1000],
    ["€ k", 1000],
    ["bedragen in keur", 1000],
    ["(€ mln)", 1_000_000],
    ["m€", 1_000_000],
    ["(€ 1.000)", 1000],
    ["€ 1.000.000", 1_000_000],
    ["Bedragen in €", 1],
    ["€", 1],
    ["(bedragen x € 1.000)", 1000],
    ["Bedragen in duizenden euro's", 1000],
    ["Het budget is € 1.000 per jaar", 1],
    ["bedragen in euro", 1],
    ["kosten in euro's", 1],
  ])("reads the unit %j as € %d", (label, euros) => {
    expect(readUnit(label)!.centsPerUnit).toBe(euros * 100);
  });
  it("writes back what it reads (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 2 }), (n, d) => {
        const cents = n * 10 ** (3 - d) * 100;
        const text = formatAmount(cents, unit);
        const back = readAmount(text, unit);
        expect(back).toMatchObject({ ok: true, cents });
      }),
    );
  });
});

describe("legal citations", () => {
  it.each([
    ["artikel 38b, eerste lid, Politiewet 2012", "BWBR0031788", "38b", 1],
    ["art. 38b lid 1 Politiewet", "BWBR0031788", "38b", 1],
    ["artikel 3a van de Wet veiligheidsregio's", "BWBR0027466", "3a", undefined],
    ["Wvr art. 3a", "BWBR0027466", "3a", undefined],
    ["artikel 174a Gemeentewet", "BWBR0005416", "174a", undefined],
  ])("reads %s", (t, bwb, artikel, lid) => {
    const c = readCitation(t)!;
    expect([c.law?.bwb, c.artikel, c.lid]).toEqual([bwb, artikel, lid]);
  });
  it("rejects what is not one citation", () => {
    expect(readCitation("de Politiewet")).toBeUndefined();
    expect(readCitation("artikel 38b Politiewet en artikel 3a Wvr")).toBeUndefined();
    expect(findCitations("artikel 12 Wet op de kansspelen")[0]).toMatchObject({ law: undefined, lawText: "Wet op de kansspelen" });
  });
});

describe("the plan's JSON form and printer", () => {
  const plans = files.filter((f) => f.startsWith(examplesDir)).map((f) => parse(readFileSync(f, "utf8")).plan);

  it.each(plans.map((p) => [p.metadata.titel, p] as const))("encodes and decodes %s to an equal plan", (_, plan) => {
    const json = JSON.parse(JSON.stringify(encodePlan(plan)));
    expect(decodePlan(json)).toEqual(plan);
  });

  it("rejects an invalid plan with the path of the problem", () => {
    expect(() => decodePlan({ metadata: { titel: 1 } })).toThrow(/metadata/);
  });

  it("prints a plan built in code, and parses it back to an equal plan (property)", () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{2,10}$/);
    const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(" ") + ".");
    const arbPlan: fc.Arbitrary<Plan> = fc
      .record({
        titel: sentence,
        gemeente: word,
        van: fc.integer({ min: 2000, max: 2040 }),
        themas: fc.array(fc.record({ titel: word, opgave: sentence, ambitie: sentence, kern: fc.boolean(), pijlers: fc.uniqueArray(word, { maxLength: 3, selector: (w) => w.toLowerCase() }) }), { minLength: 1, maxLength: 6 }),
        regels: fc.array(fc.record({ naam: word, bedragen: fc.array(fc.integer({ min: -99999, max: 99999 }), { minLength: 2, maxLength: 2 }) }), { maxLength: 4 }),
      })
      .map((r) => {
        const ordered = [...r.themas.filter((t) => !t.kern), ...r.themas.filter((t) => t.kern)];
        const regels = r.regels.filter((x, i, a) => a.findIndex((y) => y.naam.toLowerCase() === x.naam.toLowerCase()) === i);
        return {
          metadata: { formaat: "veiligheidsplan/1", titel: r.titel, gemeente: r.gemeente, periode: { van: r.van, tot: r.van + 4 }, status: "concept" as const, grondslag: [] },
          inleiding: [],
          themas: ordered.map((t, i) => ({
            nummer: i + 1,
            titel: t.titel,
            soort: t.kern ? ("kern" as const) : ("prioritair" as const),
            opgave: t.opgave,
            ambitie: t.ambitie,
            pijlers: t.pijlers.map((p) => ({ titel: p, uitwerking: `${p} uitgewerkt.` })),
          })),
          ...(regels.length > 0
            ? {
                begroting: {
                  eenheid: { label: "(bedragen x € 1.000)", centenPerEenheid: 100_000 },
                  jaren: [r.van, r.van + 1],
                  regels: regels.map((x, i) => ({ nummer: i + 1, deelproduct: x.naam, bedragen: x.bedragen.map((b) => b * 100_000), themas: [1], alleThemas: false, toelichting: `Over ${x.naam}.\n\n(Thema 1 - ${ordered[0]!.titel})` })),
                  totalen: [0, 1].map((y) => regels.reduce((s, x) => s + x.bedragen[y]! * 100_000, 0)),
                },
              }
            : {}),
        };
      });
    fc.assert(
      fc.property(arbPlan, (plan) => {
        const text = printPlan(plan);
        const back = parse(text).plan;
        // The printer writes the pillar list into the ambitie; compare what the model means.
        expect(back.metadata).toEqual(plan.metadata);
        expect(back.themas.map((t) => [t.nummer, t.titel, t.soort, t.opgave, t.pijlers])).toEqual(plan.themas.map((t) => [t.nummer, t.titel, t.soort, t.opgave, t.pijlers]));
        expect(back.begroting).toEqual(plan.begroting);
        expect(printPlan(back)).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
