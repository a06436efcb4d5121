/**
 * The acceptance test of the importer: the OCR'd text of Nijmegen's published plan (shared/seed) must
 * come out as the plan the hand transcription in examples/ holds: 9 themes with opgave and ambitie,
 * the pillars, the budget with its 45 amounts exactly as printed and 5 totals, the toelichting per
 * deelproduct, the front matter; at least 99% of the example's words in order; every input word kept;
 * and the same lint findings as the transcription (the plan's real problems, no import artefacts).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { lint, parse, type ParsedPlan } from "@veiligheidsplan/core";
import { sameIgnoringSpaces } from "@veiligheidsplan/core/internal";
import { importDocument, type ImportResult } from "@veiligheidsplan/core/import";
import { agreement, bodyWords, readExample, SEED, seedPresent, unaccountedWords } from "./support.js";

const example = parse(readExample("nijmegen-2022-2026.veiligheidsplan"));

describe.skipIf(!seedPresent)(`import of the OCR'd Nijmegen plan (${seedPresent ? "shared/seed" : "skipped: shared/seed not found beside the repository"})`, () => {
  let input: string;
  let result: ImportResult;
  let plan: ParsedPlan;
  beforeAll(async () => {
    input = readFileSync(SEED, "utf8");
    result = await importDocument(new TextEncoder().encode(input), { fileName: "plan.txt" });
    plan = parse(result.text);
  });

  it("recovers all 9 themes, 6 prioritaire and 3 kern, each with opgave and ambitie", () => {
    expect(plan.themes.map((t) => [t.nummer, t.title, t.soort])).toEqual(example.themes.map((t) => [t.nummer, t.title, t.soort]));
    for (const t of plan.themes) {
      expect(t.opgave, `opgave of theme ${t.nummer}`).toBeDefined();
      expect(t.ambitie, `ambitie of theme ${t.nummer}`).toBeDefined();
    }
  });

  it("recovers the pillars and their elaborations", () => {
    const pillars = (p: ParsedPlan) => p.themes.map((t) => t.pillars.map((x) => [x.title, x.elaboration !== undefined]));
    const got = pillars(plan);
    const want = pillars(example);
    expect(got.map((t) => t.length)).toEqual(want.map((t) => t.length));
    got.forEach((t, i) => t.forEach(([title, elaborated], j) => {
      expect(sameIgnoringSpaces(String(title), String(want[i]![j]![0])), `${title} ~ ${want[i]![j]![0]}`).toBe(true);
      expect(elaborated).toBe(true);
    }));
  });

  it("recovers the budget: unit, years, 9 lines with all 45 amounts exactly as printed, 5 totals", () => {
    const b = plan.budget!;
    const e = example.budget!;
    expect(b.unit?.centsPerUnit).toBe(e.unit?.centsPerUnit);
    expect(b.years.map((y) => y.value)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(b.lines.map((l) => [l.nummer, l.deelproduct])).toEqual(e.lines.map((l) => [l.nummer, l.deelproduct]));
    const raw = b.lines.flatMap((l) => l.cells.map((c) => c.raw));
    expect(raw).toHaveLength(45);
    expect(raw).toEqual(e.lines.flatMap((l) => l.cells.map((c) => c.raw)));
    expect(b.totals?.cells.map((c) => c.raw)).toEqual(["16.848", "17.198", "17.205", "17.014", "17.014"]);
  });

  it("recovers the toelichting per deelproduct with the themes each names", () => {
    const t = (p: ParsedPlan) => p.budget!.toelichting.map((x) => [x.deelproduct.toLowerCase(), x.alleThemas, x.refs.map((r) => r.nummer)]);
    expect(t(plan)).toEqual(t(example));
  });

  it("infers the front matter: gemeente, periode, the college's proposal and date, the legal basis", () => {
    const m = plan.plan.metadata;
    expect(m.gemeente).toBe("Nijmegen");
    expect(m.periode).toEqual({ van: 2022, tot: 2026 });
    expect(m.status).toBe("voorstel");
    expect(m.voorgesteld?.datum).toBe("2022-10-18");
    expect(m.voorgesteld?.door).toMatch(/college/);
    expect(m.titel).toBe("Samen veilig en weerbaar");
    expect(plan.citations.filter((c) => c.source === "grondslag").map((c) => `${c.law?.id} ${c.artikel}`)).toEqual(["politiewet-2012 38b", "wet-veiligheidsregios 3a"]);
  });

  it("recovers the two footnotes from their OCR'd markers ('Gelderland-Zuid®', 'driehoek?.') and page-bottom bodies", () => {
    expect(result.text).toContain("Gelderland-Zuid[^1] en met het Regionale");
    expect(result.text).toContain("pedagogische driehoek[^2]. Volgens");
    expect(result.text).toMatch(/^\[\^1\]: Deze aanpak ziet op de volgende thema’s: .* informatiegestuurd werken\.$/m);
    expect(result.text).toMatch(/^\[\^2\]: Socioloog Iliass El Hadioui .*‘sociale ladders’\.$/m);
    // The sentence the second footnote interrupted is whole again.
    expect(result.text).toContain("zijn er ook zorgen en uitdagingen. Zeker waar");
  });

  it("holds at least 99% of the example's words in the same order", () => {
    const a = agreement(bodyWords(readExample("nijmegen-2022-2026.veiligheidsplan")), bodyWords(result.text));
    console.log(`word agreement with examples/nijmegen-2022-2026.veiligheidsplan: ${(a * 100).toFixed(2)}%`);
    expect(a).toBeGreaterThanOrEqual(0.99);
  });

  it("loses no word of the input: each is in the plan or accounted for in the report", () => {
    expect(unaccountedWords(input, result.text, result.notes)).toEqual([]);
  });

  it("lints to the same findings as the hand transcription: the plan's real problems, no import artefacts", () => {
    const findings = (text: string) => lint(text, { today: "2026-11-28" }).diagnostics.map((d) => `${d.ruleId} ${d.data ? JSON.stringify(d.data).slice(0, 0) : ""}${d.messageId}`);
    expect(findings(result.text)).toEqual(findings(readExample("nijmegen-2022-2026.veiligheidsplan")));
  });

  it("reports each guess at a line of the new plan, and what it dropped with the text it dropped", () => {
    const guesses = result.notes.filter((n) => n.kind === "guessed");
    expect(guesses.length).toBeGreaterThan(0);
    for (const g of guesses) expect(g.line, g.messageId).toBeTypeOf("number");
    expect(result.notes.filter((n) => n.kind === "dropped").map((n) => n.text)).toEqual(["10", "18"]);
  });
});
