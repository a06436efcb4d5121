/**
 * Bad input, one case each: what a linter meets in the wild (an empty file, a binary, broken encodings,
 * odd line endings, huge files and lines, broken YAML, absurd amounts, ragged tables, deep nesting).
 * Each must give a clear result: no exception, no stack overflow, no hang, no lost text.
 */
import { describe, expect, it } from "vitest";
import { formatText, lint, parse, type ParsedPlan } from "@veiligheidsplan/core";
import { exampleTexts, expectDiagnosticInvariants, expectParseInvariants, expectSameWords, MINI_PLAN, TODAY } from "./support.js";

/** Parse, lint and format, checking every invariant; returns the parse for case-specific checks. */
function survives(text: string): ParsedPlan {
  const p = parse(text);
  expectParseInvariants(text, p);
  const r = lint(text, { today: TODAY });
  expectDiagnosticInvariants(text, r.diagnostics);
  const f = formatText(text, { fix: false, today: TODAY });
  expectSameWords(text, f.output);
  expect(formatText(f.output, { fix: false, today: TODAY }).output).toBe(f.output);
  return p;
}

/** Blocks tile the text; cheaper than the full invariants, for inputs of many megabytes. */
function expectTiles(text: string, p: ParsedPlan): void {
  let at = 0;
  for (const b of p.blocks) {
    if (b.span.start !== at || b.span.end <= at) throw new Error(`blocks do not tile the text at offset ${at}`);
    at = b.span.end;
  }
  expect(at).toBe(text.length);
}

/** Deterministic pseudo-random bytes (a fixed-seed xorshift), so a failure can be replayed. */
function bytes(n: number, seed = 0x9e3779b9): Buffer {
  const out = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const timeIt = <T>(label: string, f: () => T): T => {
  const t0 = performance.now();
  const r = f();
  console.info(`${label}: ${(performance.now() - t0).toFixed(0)} ms`);
  return r;
};

describe("empty and near-empty files", () => {
  it.each([
    ["an empty file", ""],
    ["only a BOM", "\uFEFF"],
    ["only line breaks", "\n\r\n\r\r\n\n"],
    ["only white space", "   \t  \n \t\n"],
    ["a lone front-matter fence", "---"],
    ["an unclosed front matter", "---\ntitel: x\n# Kop\n"],
  ])("%s: read without a crash; nothing to lose", (_label, text) => {
    const p = survives(text);
    if (text === "") {
      expect(p.blocks).toEqual([]);
      expect(formatText("", { today: TODAY }).output).toBe("");
    }
  });

  it("an unclosed front matter is reported, and the text is kept as body", () => {
    const text = "---\ntitel: x\n# Kop\n";
    const p = parse(text);
    expect(p.findings.map((f) => f.messageId)).toContain("syntax.frontMatterUnclosed");
    expect(p.sections.map((s) => s.title)).toEqual(["Kop"]);
  });
});

describe("binary and badly encoded files", () => {
  it("a binary file (random bytes read as UTF-8) is parsed and linted without a crash", () => {
    const text = bytes(256 * 1024).toString("utf8");
    expect(text).toContain("\uFFFD");
    survives(text);
  });

  it("invalid UTF-8 in the prose: the replacement characters are kept and the plan is still read", () => {
    const i = MINI_PLAN.indexOf("Criminele netwerken");
    const raw = Buffer.concat([
      Buffer.from(MINI_PLAN.slice(0, i), "utf8"),
      Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80, 0xf0, 0x9f]),
      Buffer.from(MINI_PLAN.slice(i), "utf8"),
    ]);
    const text = raw.toString("utf8");
    expect(text).toContain("\uFFFD");
    const p = survives(text);
    const clean = parse(MINI_PLAN);
    expect(p.plan.metadata).toEqual(clean.plan.metadata);
    expect(p.themes.map((t) => t.title)).toEqual(clean.themes.map((t) => t.title));
    expect(p.plan.begroting).toEqual(clean.plan.begroting);
    expect(p.plan.themas[0]!.opgave).toContain("\uFFFD");
  });

  it("lone UTF-16 surrogates and NUL characters (from a broken editor) are kept", () => {
    const text = MINI_PLAN.replace("Veilig in de wijk.", "Veilig \uD800 in \uDFFF de\u0000 wijk.");
    const p = survives(text);
    expect(p.plan.themas[1]!.opgave).toBe("Veilig \uD800 in \uDFFF de\u0000 wijk.");
  });
});

describe("BOM and line endings", () => {
  const clean = parse(MINI_PLAN);
  // Multi-line texts in the model keep their line endings as written; compare them as lines.
  const structure = (p: ParsedPlan) => JSON.parse(JSON.stringify({ plan: p.plan, themes: p.themes.map((t) => [t.nummer, t.title, t.pillars.map((x) => x.title)]) }).replace(/\\r\\n|\\r/g, "\\n"));

  it("a BOM: the front matter is still read, and the BOM is kept by the formatter", () => {
    const text = "\uFEFF" + MINI_PLAN;
    const p = survives(text);
    expect(structure(p)).toEqual(structure(clean));
    expect(formatText(text, { today: TODAY }).output.startsWith("\uFEFF")).toBe(true);
  });

  it.each([
    ["CRLF", (t: string) => t.replace(/\n/g, "\r\n")],
    ["CR only (old Mac)", (t: string) => t.replace(/\n/g, "\r")],
    // LF, CR, CRLF in turn: a CR is never followed by an LF of the next (empty) line, which would make one CRLF.
    ["mixed LF, CR and CRLF", (t: string) => t.split("\n").map((l, i) => l + ["\n", "\r", "\r\n"][i % 3]).join("")],
  ])("%s: the same plan is read, and the line endings of untouched lines are kept", (_label, convert) => {
    const text = convert(MINI_PLAN);
    const p = survives(text);
    expect(structure(p)).toEqual(structure(clean));
    const out = formatText(text, { fix: false, today: TODAY }).output;
    // Front matter and prose lines are not the formatter's business: their terminators stay as written.
    const head = text.slice(0, text.indexOf("## Prioritaire"));
    expect(out.startsWith(head)).toBe(true);
  });
});

describe("line endings and the formatter", () => {
  it("collapsing blank lines in a CR-only file keeps one blank line, so two tables stay two tables", () => {
    // Found by the property tests: the blank run became "\n", which joined the previous "\r" into one CRLF.
    const text = "| (bedragen x € 1.000) | 2022 |\r| :-- | :-- |\r| **Totaal** | 1.000 |\r\r\r| (bedragen x € 1.000) | 2022 |\r| :-- | :-- |";
    const out = formatText(text, { today: TODAY }).output;
    expect(parse(out).blocks.filter((b) => b.kind === "table")).toHaveLength(2);
    expect(out).not.toContain("\n");
    expect(formatText(out, { today: TODAY }).output).toBe(out);
  });

  it("a blank run after a lone CR in a mixed file does not merge into a CRLF", () => {
    const text = "Eerste alinea.\r  \n\n\nTweede alinea.\n";
    const out = formatText(text, { fix: false, today: TODAY }).output;
    expect(parse(out).blocks.filter((b) => b.kind === "paragraph")).toHaveLength(2);
    expect(parse(out).blocks.filter((b) => b.kind === "blank")).toHaveLength(1);
  });
});

describe("huge input", () => {
  it("a 100 MB file is parsed to the end (time is logged, not asserted)", () => {
    // The real plan's body over and over: prose, tables, lists and comments at a real plan's density.
    const base = exampleTexts().find((e) => e.name.startsWith("nijmegen"))?.text ?? MINI_PLAN;
    const body = base.slice(base.indexOf("\n# ") + 1);
    const text = base + body.repeat(Math.ceil(100_000_000 / body.length));
    expect(text.length).toBeGreaterThanOrEqual(100_000_000);
    const p = timeIt(`parse ${(text.length / 1e6).toFixed(0)} MB`, () => parse(text));
    expectTiles(text, p);
    expect(p.plan.metadata.gemeente).toBe(parse(base).plan.metadata.gemeente);
    expect(p.themes.length).toBeGreaterThan(1_000);
  }, 300_000);

  it("a 2 MB plan with thousands of themes is linted and formatted (no rule may be quadratic)", () => {
    const body = MINI_PLAN.slice(MINI_PLAN.indexOf("## Prioritaire"));
    const text = MINI_PLAN + body.repeat(Math.ceil(2_000_000 / body.length));
    const r = timeIt("lint 2 MB", () => lint(text, { today: TODAY }));
    expectDiagnosticInvariants(text, r.diagnostics);
    const f = timeIt("format 2 MB", () => formatText(text, { today: TODAY }));
    expect(f.output.length).toBeGreaterThan(text.length * 0.9);
  }, 300_000);

  it.each([
    ["a paragraph", (n: number) => "woord ".repeat(n / 6)],
    ["a heading", (n: number) => "## " + "Financiën ".repeat(n / 10)],
    ["a table row of 100,000 cells", (n: number) => "| a | b |\n| - | - |\n" + "| 1.234 ".repeat(n / 8)],
    ["backticks and pipes", (n: number) => "| a | b |\n| - | - |\n" + "`|``|".repeat(n / 5)],
    ["a comment opener without end", (n: number) => "tekst " + "<!-- ".repeat(n / 5)],
    ["list markers", (n: number) => "- ".repeat(n / 2)],
    ["a front matter value", (n: number) => `---\ntitel: ${"x".repeat(n)}\n---\n# Kop\n`],
  ])("a line of 1 MB (%s) is read without a crash or a hang", (label, make) => {
    const text = MINI_PLAN + "\n" + make(1_000_000) + "\n\nSlot.\n";
    timeIt(`1 MB line: ${label}`, () => survives(text));
  }, 120_000);
});

describe("broken YAML front matter", () => {
  it.each([
    ["a value on a wrongly indented line", "---\nformaat: veiligheidsplan/1\ntitel: a\n  gemeente: b\n---\n# Kop\n", 2, 7],
    ["a key given twice", "---\ntitel: x\ntitel: y\n---\n# Kop\n", 2, 0],
    ["a tab as indentation", "---\ngrondslag:\n\t- artikel 38b Politiewet 2012\n---\n# Kop\n", 2, 0],
    ["an unclosed flow sequence", "---\ntitel: [niet gesloten\ngemeente: X\n---\n# Kop\n", undefined, undefined],
  ])("%s: an error with its line and column, and the body is still read", (_label, text, line, character) => {
    survives(text);
    const r = lint(text, { today: TODAY });
    const yaml = r.diagnostics.filter((d) => d.messageId === "syntax.yaml");
    expect(yaml.length).toBeGreaterThan(0);
    const d = yaml[0]!;
    expect(d.severity).toBe("error");
    expect(d.message).toMatch(/^De gegevens bovenaan het plan .* niet te lezen: \S/);
    const fmEnd = text.indexOf("\n---", 3);
    expect(d.range.start.offset).toBeGreaterThan(3);
    expect(d.range.start.offset).toBeLessThanOrEqual(fmEnd + 1);
    if (line !== undefined) expect([d.range.start.line, d.range.start.character]).toEqual([line, character]);
    expect(parse(text).sections.map((s) => s.title)).toEqual(["Kop"]);
    expect(lint(text, { today: TODAY, locale: "en" }).diagnostics.find((x) => x.messageId === "syntax.yaml")!.message).toMatch(/^The data at the top of the plan/);
  });

  it("broken YAML gives the same findings, at the same lines and columns, with LF, CRLF and CR (found by the long fuzz run)", () => {
    const lf = "---\n  : zonder sleutel\n\n| (bedragen x € 1.000) | 2022 |\n| :-- | :-- |\n---";
    const read = (text: string) =>
      lint(text, { today: TODAY })
        .diagnostics.filter((d) => d.messageId === "syntax.yaml")
        .map((d) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message.replace(/\r\n|\r/g, "\n")]);
    const expected = read(lf);
    expect(expected.length).toBeGreaterThan(0);
    for (const text of [lf.replace(/\n/g, "\r\n"), lf.replace(/\n/g, "\r")]) {
      survives(text);
      expect(read(text)).toEqual(expected);
    }
  });

  it("YAML that is not a mapping (a list, a bare word) is reported, not thrown", () => {
    for (const text of ["---\n- a\n- b\n---\n", "---\nzomaar\n---\n", "---\n*alias\n---\n", "---\n!!binary x\n---\n"]) {
      survives(text);
      expect(lint(text, { today: TODAY }).diagnostics.some((d) => d.ruleId === "syntax")).toBe(true);
    }
  });
});

describe("huge and deep front matter (issue 21.6, 21.8)", () => {
  const withFrontMatter = (extra: string) => MINI_PLAN.replace("formaat: veiligheidsplan/1", `formaat: veiligheidsplan/1\n${extra}`);
  it.each([
    ["a 10 MB flow list", () => `lijst: [${"a, ".repeat(3_400_000)}b]`, "syntax.frontMatterTooLarge", 1],
    ["a key of 5 million letters, with a character beyond Latin-1 further on", () => `${"a".repeat(5_000_000)}: x\nnotitie: 20 €`, "syntax.frontMatterTooLarge", 1],
    ["700 levels of nested block maps (within the size bound)", () => Array.from({ length: 700 }, (_, i) => `${" ".repeat(i)}k:`).join("\n") + " x", "syntax.frontMatterTooDeep", 131],
    ["3,000 levels of nested flow sequences", () => `x: ${"[".repeat(3000)}${"]".repeat(3000)}`, "syntax.frontMatterTooDeep", 2],
    ["3,000 nested block sequences on one line", () => `x:\n${"- ".repeat(3000)}a`, "syntax.frontMatterTooDeep", 3],
  ])("%s: one finding where it starts, no exception, no stack overflow, and no field called missing", (_label, extra, messageId, line) => {
    const text = withFrontMatter(extra());
    const r = lint(text, { today: TODAY });
    const found = r.diagnostics.filter((d) => d.messageId === messageId);
    expect(found).toHaveLength(1);
    expect(found[0]!.range.start.line).toBe(line);
    expect(found[0]!.severity).toBe("error");
    expect(r.diagnostics.filter((d) => d.ruleId === "metadata")).toEqual([]);
    expectTiles(text, parse(text));
    expect(lint(text, { today: TODAY, locale: "en" }).diagnostics.find((d) => d.messageId === messageId)!.message).toMatch(/^The data at the top of the plan/);
  }, 60_000);

  it("front matter just below the bounds is still read", () => {
    const text = withFrontMatter(`notities:\n${"  - een notitie over een onderwerp\n".repeat(6_000)}diep:\n${Array.from({ length: 60 }, (_, i) => `${"  ".repeat(i + 1)}k${i}:`).join("\n")} x`);
    const r = lint(text, { today: TODAY });
    expect(r.diagnostics.filter((d) => d.ruleId === "syntax")).toEqual([]);
    expect(parse(text).plan.metadata.titel).toBe("Samen veilig en weerbaar");
  });
});

describe("amounts and tables", () => {
  const budget = (rows: string) => `---\nformaat: veiligheidsplan/1\n---\n\n## Financiën\n\n| (bedragen x € 1.000) | 2022 | 2023 |\n| :-- | --: | --: |\n${rows}\n`;

  it("amounts beyond 2^53 cents are reported as too large, never rounded", () => {
    const text = budget("| 1. Groot | 9.007.199.254.740.993 | 99999999999999999999 |\n| 2. Klein | 1 | 2 |\n| **Totaal** | 9.007.199.254.740.994 | 3 |");
    const p = survives(text);
    const [groot, klein] = p.budget!.lines;
    expect(groot!.cells.map((c) => [c.cents, c.error])).toEqual([
      [null, "too-large"],
      [null, "too-large"],
    ]);
    expect(klein!.cells.map((c) => c.cents)).toEqual([100_000, 200_000]);
    expect(p.budget!.totals!.cells[0]!.error).toBe("too-large");
    expect(p.plan.begroting!.regels[0]!.bedragen).toEqual([null, null]);
  });

  it("a table with ragged rows: short rows read as empty cells, extra cells kept, the formatter keeps every cell", () => {
    const text = budget("| 1. Kort | 5 |\n| 2. Lang | 1 | 2 | 3 | 4 |\n| 3. Leeg |\n|\n| **Totaal** | 6 | 2 |");
    const p = survives(text);
    expect(p.budget!.lines.map((l) => [l.deelproduct, l.cells.map((c) => c.cents)])).toEqual([
      ["Kort", [500_000]],
      ["Lang", [100_000, 200_000, 300_000, 400_000]],
      ["Leeg", []],
    ]);
    const out = formatText(text, { fix: false, today: TODAY }).output;
    const table = out.slice(out.indexOf("| (bedragen"));
    // Every row gets the same number of cells, so the table reads as a grid.
    const widths = table.trim().split("\n").map((l) => l.length);
    expect(new Set(widths).size).toBe(1);
  });
});

describe("deep nesting", () => {
  it.each([
    ["10,000 nested bullet lists on one line", "- ".repeat(10_000) + "diep"],
    ["10,000 nested ordered lists on one line", "1. ".repeat(10_000) + "diep"],
    ["10,000 nested block quotes", ">".repeat(10_000) + " diep"],
    ["10,000 mixed containers", "- 1. > ".repeat(3_334) + "diep"],
    ["3,000 levels of indented lists", Array.from({ length: 3_000 }, (_, i) => " ".repeat(2 * i) + "- niveau " + i).join("\n")],
    ["10,000 nested emphasis and links", "*_[".repeat(10_000) + "diep" + "](x)_*".repeat(10_000)],
    ["10,000 headings, each a level deeper than allowed", Array.from({ length: 10_000 }, (_, i) => "#".repeat((i % 7) + 1) + " Kop " + i).join("\n")],
  ])("%s: no stack overflow", (_label, nested) => {
    survives(MINI_PLAN + "\n" + nested + "\n");
  }, 60_000);
});
