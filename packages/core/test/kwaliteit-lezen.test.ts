/**
 * How the kwaliteitstoets reads a plan's wording (kwaliteit/toets.ts): the phrasings real plans use,
 * each with a near miss that must not count. The fixtures check the findings per plan shape; this
 * lists the phrasings themselves, so a narrowed pattern fails on the sentence it no longer reads.
 */
import { describe, expect, it } from "vitest";
import { begrotingElders } from "../src/kwaliteit/toets.js";
import { parse } from "../src/parse.js";

const plan = (body: string) => parse(`---\nformaat: veiligheidsplan/1\ntitel: T\n---\n\n# T\n\n${body}\n`);

describe("a sentence that places the money in the municipal budget (kwaliteit-keten)", () => {
  it.each(["Het geld staat in de programmabegroting.", "De middelen zijn opgenomen in de begroting.", "Financiering via het programma Veiligheid.", "Het budget is gedekt in de meerjarenraming."])("reads %s", (s) => {
    expect(begrotingElders(plan(s))?.text).toBe(s);
  });
  it.each(["Criminelen witten geld wit via vastgoed.", "We zetten middelen in tegen overlast.", "De begroting van de politie is landelijk.", "Het programma van de avond is bekend."])("does not read %s", (s) => {
    expect(begrotingElders(plan(s))).toBeUndefined();
  });
});
