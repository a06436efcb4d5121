/**
 * The language configuration's patterns, as VS Code compiles them (JavaScript RegExp): Enter continues
 * a bullet list, suppression blocks fold, and a double-click selects a whole Dutch amount or word.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface OnEnterRule {
  beforeText: string;
  action: { indent: string; appendText?: string };
}
const CONFIG = JSON.parse(readFileSync(new URL("../language-configuration.json", import.meta.url), "utf8")) as {
  comments: { blockComment: [string, string] };
  autoClosingPairs: { open: string; close: string }[];
  folding: { markers: { start: string; end: string } };
  wordPattern: { pattern: string; flags: string };
  onEnterRules: OnEnterRule[];
};

/** What Enter appends after a line, as VS Code picks the first rule whose beforeText matches. */
function onEnter(line: string): string | undefined {
  const rule = CONFIG.onEnterRules.find((r) => new RegExp(r.beforeText).test(line));
  return rule?.action.appendText;
}

function words(text: string): string[] {
  return text.match(new RegExp(CONFIG.wordPattern.pattern, CONFIG.wordPattern.flags)) ?? [];
}

describe("the language configuration", () => {
  it("comments with HTML comments, as the format's directives are written", () => {
    expect(CONFIG.comments.blockComment).toEqual(["<!--", "-->"]);
    expect(CONFIG.autoClosingPairs).toContainEqual({ open: "<!--", close: " -->", notIn: ["comment", "string"] });
  });

  it("continues a bullet list on Enter, also in the grondslag list of the front matter", () => {
    expect(onEnter("- Een weerbare samenleving.")).toBe("- ");
    expect(onEnter("  - artikel 38b, eerste lid, Politiewet 2012")).toBe("- ");
    expect(onEnter("* Preventie")).toBe("* ");
    expect(onEnter("> Samen veilig en weerbaar is een concept")).toBe("> ");
  });

  it("does not continue what is not a list item: an empty item, a fence, a heading, a table row", () => {
    expect(onEnter("- ")).toBeUndefined();
    expect(onEnter("---")).toBeUndefined();
    expect(onEnter("### 1. Ondermijning")).toBeUndefined();
    expect(onEnter("| 1. Aanpak multiproblematiek | 848 |")).toBeUndefined();
  });

  it("folds a suppressed block from veiligheidsplan-disable to veiligheidsplan-enable, and #region blocks", () => {
    const start = new RegExp(CONFIG.folding.markers.start);
    const end = new RegExp(CONFIG.folding.markers.end);
    expect(start.test("<!-- veiligheidsplan-disable thema-verwijzingen -->")).toBe(true);
    expect(start.test("<!-- veiligheidsplan-disable -->")).toBe(true);
    expect(start.test("<!-- veiligheidsplan-disable-next-line begroting-totalen -->")).toBe(false);
    expect(start.test("<!-- veiligheidsplan-disable-file -->")).toBe(false);
    expect(end.test("<!-- veiligheidsplan-enable thema-verwijzingen -->")).toBe(true);
    expect(start.test("<!-- #region Bijlagen -->")).toBe(true);
    expect(end.test("<!-- #endregion -->")).toBe(true);
  });

  it("treats a Dutch amount and a word with an apostrophe as one word", () => {
    expect(words("| 2. Brandweerzorg | 14.736 | -71 | 14,4 |")).toEqual(["2", "Brandweerzorg", "14.736", "-71", "14,4"]);
    expect(words("Prioritaire thema's en veiligheidsregio’s")).toEqual(["Prioritaire", "thema's", "en", "veiligheidsregio’s"]);
    expect(words("Financiën: begroting-totalen")).toEqual(["Financiën", "begroting-totalen"]);
  });
});
