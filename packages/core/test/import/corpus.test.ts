/**
 * The importer on plans it was never shown: generated plans of the benchmark corpus (other
 * municipalities, periods, numbers of themes, amounts; CRLF and BOM among them), each through Word
 * and back, and each as a plain-text document. Structure, amounts and words must come back.
 */
import { describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";
import { exportDocx } from "@veiligheidsplan/core/export";
import { importDocument } from "@veiligheidsplan/core/import";
// @ts-expect-error: a plain ES module without types, run by node directly.
import { generatePlan, loadProse, makeRng } from "../../../../bench/corpus.mjs";
import { planShape } from "./roundtrip.test.js";
import { agreement, asTextDocument, bodyWords } from "./support.js";

const rng = makeRng(16);
const prose = loadProse();
const plans: { text: string; meta: { gemeente: string; periode: string } }[] = Array.from({ length: 8 }, (_, index) => generatePlan(rng, prose, { targetBytes: 20_000, index }));

describe.each(plans.map((p, i) => [`${i}: ${p.meta.gemeente} ${p.meta.periode}`, p] as const))("corpus plan %s", (_name, plan) => {
  it("comes back from Word as the same plan", async () => {
    const back = await importDocument(await exportDocx(plan.text), { fileName: "plan.docx" });
    expect(planShape(parse(back.text))).toEqual(planShape(parse(plan.text)));
    expect(agreement(bodyWords(plan.text), bodyWords(back.text))).toBe(1);
  });

  it("comes back from plain text with its themes, budget and ≥99% of its words", async () => {
    const source = parse(plan.text);
    const back = parse((await importDocument(new TextEncoder().encode(asTextDocument(plan.text)), { fileName: "plan.txt" })).text);
    const shape = planShape(back);
    const want = planShape(source);
    expect(shape.themes).toEqual(want.themes);
    expect(shape.budget).toEqual(want.budget);
    expect(back.plan.metadata.gemeente).toBe(source.plan.metadata.gemeente);
    expect(back.plan.metadata.periode).toEqual(source.plan.metadata.periode);
    expect(agreement(bodyWords(plan.text), bodyWords(asTextDocument(plan.text)))).toBeLessThan(1.01);
    expect(agreement(bodyWords(plan.text), bodyWords((await importDocument(new TextEncoder().encode(asTextDocument(plan.text)), { fileName: "plan.txt" })).text))).toBeGreaterThanOrEqual(0.99);
  });
});
