import { describe, expect, it } from "vitest";
import { SymbolKind, type DocumentSymbol } from "vscode-languageserver-types";
import { flattenSymbols, getDocumentSymbols, getFoldingRanges, getSemanticTokens, SEMANTIC_TOKENS_LEGEND } from "../src/service/index.js";
import { doc, find, readExample, URI } from "./helpers.js";

const nijmegen = readExample("nijmegen-2022-2026.veiligheidsplan");
const minimaal = readExample("minimaal.veiligheidsplan");

function walk(symbols: readonly DocumentSymbol[], f: (s: DocumentSymbol, parent?: DocumentSymbol) => void, parent?: DocumentSymbol): void {
  for (const s of symbols) {
    f(s, parent);
    walk(s.children ?? [], f, s);
  }
}

describe("document symbols", () => {
  it("outlines the metadata, the themes with their kind, Opgave, Ambitie and pillars, and the budget with its lines", () => {
    const symbols = getDocumentSymbols(doc(nijmegen, { lint: false }));
    expect(symbols[0]!.name).toBe("Gegevens");
    expect(symbols[0]!.children!.map((c) => c.name)).toEqual(expect.arrayContaining(["titel", "periode", "status", "grondslag"]));
    const themes: DocumentSymbol[] = [];
    walk(symbols, (s) => {
      if (s.kind === SymbolKind.Class) themes.push(s);
    });
    expect(themes.map((t) => t.name.split(".")[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(themes[0]!.detail).toBe("prioritair thema");
    expect(themes[8]!.detail).toBe("kernthema");
    const ondermijning = themes[0]!;
    expect(ondermijning.children!.map((c) => [c.name, c.kind])).toEqual([
      ["Opgave", SymbolKind.Field],
      ["Ambitie", SymbolKind.Field],
    ]);
    expect(ondermijning.children![1]!.children!.map((c) => c.name)).toEqual(["Een weerbare samenleving", "Een weerbare organisatie", "Bestuurlijke en integrale aanpak"]);
    let budget: DocumentSymbol | undefined;
    walk(symbols, (s) => {
      if (s.kind === SymbolKind.Struct) budget = s;
    });
    expect(budget!.name).toBe("Begroting");
    expect(budget!.children!.some((c) => c.name === "Brandweerzorg" && c.detail!.startsWith("4.736 · 15.407"))).toBe(true);
    expect(budget!.children!.at(-1)).toMatchObject({ name: "Totaal", detail: expect.stringMatching(/^16\.848 · 17\.198/) });
  });

  it("keeps every child inside its parent's range, and the selection inside the range (clients rely on it)", () => {
    const inside = (outer: DocumentSymbol["range"], inner: DocumentSymbol["range"]) =>
      (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
      (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));
    walk(getDocumentSymbols(doc(nijmegen, { lint: false })), (s, parent) => {
      expect(inside(s.range, s.selectionRange), s.name).toBe(true);
      if (parent) expect(inside(parent.range, s.range), `${parent.name} > ${s.name}`).toBe(true);
    });
  });

  it("flattens for clients without a hierarchy, naming the container", () => {
    const flat = flattenSymbols(URI, getDocumentSymbols(doc(minimaal, { lint: false })));
    expect(flat.find((s) => s.name === "Opgave")).toMatchObject({ containerName: "1. Ondermijning", location: { uri: URI } });
  });
});

describe("folding ranges", () => {
  it("folds the front matter, sections without their trailing blank lines, tables and comments", () => {
    const ranges = getFoldingRanges(doc(nijmegen, { lint: false }));
    const fmEnd = nijmegen.split("\n").indexOf("---", 1);
    expect(ranges).toContainEqual({ startLine: 0, endLine: fmEnd });
    const theme1 = find(nijmegen, "### 1. Ondermijning").line;
    const theme2 = find(nijmegen, "### 2. Veilige wijken").line;
    const r1 = ranges.find((r) => r.startLine === theme1)!;
    expect(r1.endLine).toBeLessThan(theme2 - 1);
    expect(r1.endLine).toBeGreaterThan(theme1 + 10);
    const comment = ranges.find((r) => r.kind === "comment");
    expect(comment?.startLine).toBe(find(nijmegen, "<!--").line);
    const table = find(nijmegen, "| (bedragen").line;
    expect(ranges.some((r) => r.startLine === table)).toBe(true);
  });

  it("respects the client's limit", () => {
    expect(getFoldingRanges(doc(nijmegen, { lint: false }), { rangeLimit: 5 })).toHaveLength(5);
  });
});

describe("semantic tokens", () => {
  function decode(text: string) {
    const { data } = getSemanticTokens(doc(text, { lint: false }));
    const out: { text: string; type: string; mods: number }[] = [];
    const lines = text.split("\n");
    let line = 0;
    let char = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i]!;
      char = data[i]! === 0 ? char + data[i + 1]! : data[i + 1]!;
      out.push({ text: lines[line]!.slice(char, char + data[i + 2]!), type: SEMANTIC_TOKENS_LEGEND.tokenTypes[data[i + 3]!]!, mods: data[i + 4]! });
    }
    return out;
  }

  it("marks theme numbers, structural keywords, amounts and citations", () => {
    const tokens = decode(minimaal);
    expect(tokens).toContainEqual({ text: "1", type: "enumMember", mods: 1 });
    expect(tokens).toContainEqual({ text: "Opgave", type: "keyword", mods: 0 });
    expect(tokens).toContainEqual({ text: "Financiën", type: "keyword", mods: 0 });
    expect(tokens).toContainEqual({ text: "2.450", type: "number", mods: 0 });
    expect(tokens).toContainEqual({ text: "**Totaal**", type: "keyword", mods: 0 });
    expect(tokens).toContainEqual({ text: "artikel 38b, eerste lid, Politiewet 2012", type: "macro", mods: 0 });
    // A reference's number is a use, not a declaration.
    expect(tokens.filter((t) => t.type === "enumMember" && t.mods === 0).map((t) => t.text)).toEqual(["1", "2", "3"]);
  });

  it("marks every totals row of a table in parts as a keyword, with its amounts", () => {
    const text = "# Plan\n\n## Financiën\n\n| (x € 1.000) | 2023 |\n| :-- | --: |\n| Toezicht | 10 |\n| Totaal toezicht | 10 |\n| Brandweer | 20 |\n| Totaal brandweer | 20 |\n";
    const tokens = decode(text);
    expect(tokens.filter((t) => t.type === "keyword").map((t) => t.text)).toEqual(["Financiën", "Totaal toezicht", "Totaal brandweer"]);
    expect(tokens.filter((t) => t.type === "number").map((t) => t.text)).toEqual(["10", "10", "20", "20"]);
  });

  it("splits a citation that wraps over two lines into one token per line", () => {
    const text = "# Plan\n\nDit volgt uit artikel 38b, eerste\nlid, Politiewet 2012 en meer.\n";
    expect(decode(text).filter((t) => t.type === "macro").map((t) => t.text)).toEqual(["artikel 38b, eerste", "lid, Politiewet 2012"]);
  });
});
