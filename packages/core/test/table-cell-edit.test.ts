/**
 * A fix that changes an amount in a budget table keeps the row's pipes where they were (issue 19:
 * "Verander Jeugdbeschermingstafel 2023 van -71 in 71" shifted the row by one character).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lint } from "@veiligheidsplan/core";
import { applyEdits, tableCellEdit } from "@veiligheidsplan/core/internal";

const pipes = (line: string) => [...line].flatMap((c, i) => (c === "|" ? [i] : []));

describe("an edit inside a table cell", () => {
  it("keeps every pipe of the row in place when the new text fits the cell", () => {
    const cell = fc.record({ width: fc.integer({ min: 3, max: 12 }), value: fc.stringMatching(/^-?[0-9][0-9.]{0,5}$/), right: fc.boolean() });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), fc.nat(), fc.stringMatching(/^-?[0-9][0-9.]{0,6}$/), (cells, pick, newText) => {
        const fitted = cells.map((c) => ({ ...c, width: Math.max(c.width, c.value.length + 2, newText.length + 2) }));
        const rendered = fitted.map((c) => (c.right ? ` ${c.value.padStart(c.width - 2)} ` : ` ${c.value.padEnd(c.width - 2)} `));
        const row = `| Regel |${rendered.join("|")}|`;
        const text = `| a |\n${row}\nnog een regel\n`;
        const k = pick % fitted.length;
        const cellStart = text.indexOf(row) + row.split("|").slice(0, k + 2).join("|").length + 1;
        const start = cellStart + rendered[k]!.indexOf(fitted[k]!.value);
        const out = applyEdits(text, [tableCellEdit(text, { start, end: start + fitted[k]!.value.length }, newText)]);
        const newRow = out.split("\n")[1]!;
        expect(pipes(newRow)).toEqual(pipes(row));
        expect(newRow.split("|")[k + 2]!.trim()).toBe(newText);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it("is a plain edit outside a table", () => {
    expect(tableCellEdit("een -71 twee", { start: 4, end: 7 }, "71")).toEqual({ span: { start: 4, end: 7 }, newText: "71" });
  });

  it("keeps the Nijmegen budget table aligned after every budget suggestion", () => {
    const text = readFileSync(new URL("../../../examples/nijmegen-2022-2026.veiligheidsplan", import.meta.url), "utf8");
    const header = text.split("\n").find((l) => l.startsWith("| (bedragen"))!;
    const suggestions = lint(text, { today: "2024-01-01" }).diagnostics.filter((d) => d.ruleId === "begroting-totalen").flatMap((d) => d.suggestions);
    expect(suggestions.some((s) => s.message === "Verander Jeugdbeschermingstafel 2023 van -71 in 71")).toBe(true);
    for (const s of suggestions) {
      const rows = applyEdits(text, s.edits).split("\n").filter((l) => /^\|\s*(\d+\.|\*\*Totaal)/.test(l));
      for (const r of rows) expect(pipes(r), `${s.message}: ${r}`).toEqual(pipes(header));
    }
  });
});
