/**
 * The law as data (issue 15): every law in the registry knows which articles exist and how many leden
 * each has, read from a named text of a named date; the check finds articles and leden that do not exist
 * and offers the article one keystroke away.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkArticle, findLaw, LAWS } from "../src/law/registry.js";

const law = (name: string) => findLaw(name)!;

describe("the article lists", () => {
  it.each(LAWS.map((l) => [l.name, l] as const))("%s names the text its list came from, and its date", (_name, l) => {
    const list = l.articleList;
    expect(list.source).toMatch(/^https:\/\/github\.com\/statengeneraal\/laws-markdown\/blob\/[0-9a-f]{40}\//);
    expect(list.source).toContain(l.bwb);
    expect(list.textDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(list.note.length).toBeGreaterThan(20);
    expect(Object.keys(list.articles).length).toBeGreaterThan(20);
    for (const [artikel, added] of Object.entries(list.added ?? {})) expect(added.source, artikel).toMatch(/\S{10,}/);
    // Every article whose text the registry quotes is in the list.
    for (const a of Object.keys(l.articles)) expect(checkArticle(l, a).kind, `${l.name} ${a}`).toBe("bestaat");
  });

  it("are what the script reads from a text in the mirror's form", () => {
    const script = fileURLToPath(new URL("../scripts/law-articles.mjs", import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), "law-"));
    const file = join(dir, "README.md");
    writeFileSync(
      file,
      [
        "### Artikel  1  ", "", "1.  Eerste lid: ", "", "a. onderdeel;  ", "", "1e. sub;  ", "2.  Tweede lid.  ",
        "###Artikel 2a ", "", "Zonder leden, met een lijst:", "", "1. een;", "", "2. twee.",
        "### Artikel  3  ", "", "[Vervallen]", "### Artikel  4  ", "", "1.  Een.", "2.  Twee.", "2a.  Ingevoegd.", "3.  Drie.",
        "### Hoofdstuk  2  ", "", "Slot.",
      ].join("\n"),
    );
    const out = JSON.parse(execFileSync(process.execPath, [script, file], { encoding: "utf8" }));
    expect(out).toEqual({ "1": 2, "2a": 2, "4": ["1", "2", "2a", "3"] });
  });
});

describe("checking a cited article and lid", () => {
  it("knows the articles IVPs cite, and how many leden they have", () => {
    expect(checkArticle(law("Politiewet 2012"), "38b", 1)).toEqual({ kind: "bestaat" });
    expect(checkArticle(law("Politiewet 2012"), "38b", 2)).toEqual({ kind: "bestaat" });
    expect(checkArticle(law("Politiewet 2012"), "38b", 3)).toEqual({ kind: "geenLid", leden: 2 });
    expect(checkArticle(law("Politiewet 2012"), "38b", 7)).toEqual({ kind: "geenLid", leden: 2 });
    expect(checkArticle(law("Politiewet 2012"), "38c")).toEqual({ kind: "bestaat" });
    expect(checkArticle(law("Wvr"), "3a")).toEqual({ kind: "bestaat" });
    expect(checkArticle(law("Wvr"), "3a", 1)).toEqual({ kind: "geenLid", leden: 0 });
    expect(checkArticle(law("Gemeentewet"), "172", 3)).toEqual({ kind: "bestaat" });
    expect(checkArticle(law("Gemeentewet"), "174a")).toEqual({ kind: "bestaat" });
    expect(checkArticle(law("Gemeentewet"), "151d", 9)).toEqual({ kind: "bestaat" }); // added later; leden not verified
    expect(checkArticle(law("Opiumwet"), "13b", 1)).toEqual({ kind: "bestaat" });
  });

  it("offers the article one keystroke away: swapped, dropped, added or changed", () => {
    expect(checkArticle(law("Politiewet 2012"), "83b")).toEqual({ kind: "geenArtikel", near: ["38b"] });
    expect(checkArticle(law("Wvr"), "3b")).toMatchObject({ kind: "geenArtikel", near: expect.arrayContaining(["3a"]) });
    expect((checkArticle(law("Wvr"), "3b") as { near: string[] }).near[0]).toBe("3a"); // the one whose text is known first
    expect(checkArticle(law("Politiewet 2012"), "999")).toEqual({ kind: "geenArtikel", near: [] });
    expect(checkArticle(law("Politiewet 2012"), "77")).toMatchObject({ kind: "geenArtikel" });
  });
});
