/**
 * The citation reader tries its two patterns only where a citation can begin. It must find exactly
 * what scanning the whole text with both patterns finds (the reader as it was first written, kept here
 * as the reference): on text woven from citation fragments, law names, odd spacing and case,
 * overlapping forms, and on every paragraph of the examples.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findCitations, parse } from "@veiligheidsplan/core";
import { CITATION_PATTERNS } from "../src/law/citation.js";
import { runs } from "./hardening/support.js";

/** Where the citations are and what they read, by a scan of the whole text. */
function byFullScan(text: string): [number, number, string, string | undefined][] {
  const found: [number, number, string, string | undefined][] = [];
  for (const m of text.matchAll(CITATION_PATTERNS.LAW_FIRST)) found.push([m.index!, m.index! + m[0].length, m[2]!, m[1]]);
  const lawFirst = found.length;
  for (const m of text.matchAll(CITATION_PATTERNS.ARTICLE_FIRST)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (found.some((c, i) => i < lawFirst && c[0] < end && start < c[1])) continue;
    found.push([start, end, m[1]!, m[4]]);
  }
  return found.sort((a, b) => a[0] - b[0]);
}

const targeted = (text: string) => findCitations(text).map((c) => [c.start, c.end, c.artikel, c.lawText] as [number, number, string, string | undefined]);
const lower = (xs: [number, number, string, string | undefined][]) => xs.map(([s, e, a, l]) => [s, e, a.toLowerCase(), l]);

const fragment = fc.constantFrom(
  "artikel", "Artikel", "ARTIKEL", "art.", "art", "Art.", "38b", "3a", "172", "174a", "1.2", "12", "lid", "eerste lid", "tweede", "3e lid", "lid 1", ",", ", ", ".", ";",
  "Politiewet 2012", "Politiewet", "politiewet  2012", "Pw 2012", "Pw", "Wet veiligheidsregio's", "Wet veiligheidsregio’s", "Wet veiligheidsregios", "Wvr", "Gemeentewet", "Gemw",
  "Opiumwet", "Wet Bibob", "Bibob", "wet bevordering integriteitsbeoordelingen door het openbaar bestuur", "Wet op de kansspelen", "Omgevingswet", "Wegenverkeerswet 1994",
  "van de", "van het", "partners", "start", "kwartaal 3", "de", "het", "en", "zie", "_", "ſ", "K", "é", "\n", "  ", "\t", "(", ")", "'", "’", "2012",
);
const woven = fc.array(fc.tuple(fragment, fc.constantFrom(" ", "", "  ", "\n", ", ")), { maxLength: 30 }).map((parts) => parts.map(([f, sep]) => f + sep).join(""));

describe("finding legal citations", () => {
  it("finds exactly what a scan of the whole text finds (property)", () => {
    fc.assert(
      fc.property(woven, (text) => {
        expect(lower(targeted(text))).toEqual(lower(byFullScan(text)));
      }),
      { numRuns: runs(3000) },
    );
  });

  it("finds exactly what a scan of the whole text finds in every paragraph of the examples", () => {
    const dir = fileURLToPath(new URL("../../../examples/", import.meta.url));
    let citations = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".veiligheidsplan"))) {
      const text = readFileSync(dir + f, "utf8");
      for (const b of parse(text).blocks) {
        const t = text.slice(b.span.start, b.span.end);
        const full = byFullScan(t);
        citations += full.length;
        expect(lower(targeted(t)), t).toEqual(lower(full));
      }
    }
    expect(citations).toBeGreaterThan(3);
  });

  it("reads a law named first and one named after, next to each other", () => {
    const text = "Zie Politiewet 2012, artikel 38b lid 1 en artikel 3a van de Wet veiligheidsregio's, en Wvr art. 3a.";
    expect(findCitations(text).map((c) => [c.text, c.law?.bwb])).toEqual([
      ["Politiewet 2012, artikel 38b lid 1", "BWBR0031788"],
      ["artikel 3a van de Wet veiligheidsregio's", "BWBR0027466"],
      ["Wvr art. 3a", "BWBR0027466"],
    ]);
  });

  it("reads the article in parentheses after its law ('de Politiewet (artikel 38b)'), and an article whose law is out of reach as it was", () => {
    expect(findCitations("Op grond van de Politiewet (artikel 38b) stelt de raad de doelen vast.").map((c) => [c.text, c.artikel, c.law?.bwb])).toEqual([["Politiewet (artikel 38b)", "38b", "BWBR0031788"]]);
    expect(findCitations("(zie Politiewet artikel 38b)").map((c) => c.text)).toEqual(["Politiewet artikel 38b"]);
    expect(findCitations("Zie de Wet veiligheidsregio's (art. 3a, eerste lid).").map((c) => [c.artikel, c.lid, c.law?.bwb])).toEqual([["3a", 1, "BWBR0027466"]]);
    expect(findCitations("De Politiewet geldt (zie ook artikel 12).").map((c) => [c.artikel, c.law?.bwb])).toEqual([["12", undefined]]);
  });
});
