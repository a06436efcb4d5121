/**
 * Property tests: on any text — arbitrary Unicode, plan-like text built from the format's grammar, and
 * real examples with random edits — parsing never throws and loses nothing, linting never throws and
 * every diagnostic points inside the text, formatting is idempotent and keeps every word and comment,
 * and fixing keeps all text outside the fixed spans and leaves nothing fixable.
 *
 * Moderate run counts by default; FUZZ_RUNS=5000 for a long run (see bench/README.md).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allSections, applyFixes, fixText, formatText, lint, parse, type Fix } from "@veiligheidsplan/core";
import { anyText, expectDiagnosticInvariants, expectParseInvariants, expectSameWords, mutatedExample, planLike, runs, TODAY } from "./support.js";

const sources: [string, fc.Arbitrary<string>, number][] = [
  ["arbitrary Unicode text", anyText, 300],
  ["plan-like text (front matter, headings, ragged tables, lists, comments, mixed line endings, BOM)", planLike, 300],
  ["real examples with random edits (lines deleted, duplicated, swapped, inserted; characters flipped; truncated)", mutatedExample(), 150],
];

describe.each(sources)("on %s", (_name, arbitrary, moderate) => {
  it("parse never throws, its blocks tile the text, and every span lies inside it", () => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        expectParseInvariants(text, parse(text));
      }),
      { numRuns: runs(moderate) },
    );
  });

  it("the same plan is read whatever the line endings (LF, CRLF, CR)", () => {
    const summary = (t: string) => {
      const p = parse(t);
      const lf = (x: unknown) => JSON.parse(JSON.stringify(x ?? null).replace(/\\r\\n|\\r/g, "\\n"));
      // Broken YAML is reported whatever the line endings, but the yaml library recovers differently
      // from an error in CRLF text than in LF text: compare the metadata only when the YAML is valid.
      const yamlBroken = p.findings.some((f) => f.messageId === "syntax.yaml");
      return lf({
        plan: yamlBroken ? { ...p.plan, metadata: "(broken YAML)" } : p.plan,
        sections: allSections(p.sections).map((s) => [s.level, s.title]),
        themes: p.themes.map((th) => [th.soort, th.nummer, th.title, th.pillars.map((x) => x.title)]),
        budget: p.budget?.lines.map((l) => [l.deelproduct, l.cells.map((c) => c.cents)]),
        refs: p.themeRefs.map((r) => [r.kind, r.nummer, r.title]),
        findings: p.findings.map((f) => f.messageId),
      });
    };
    fc.assert(
      fc.property(arbitrary, (text) => {
        const lf = text.replace(/\r\n|\r/g, "\n");
        const expected = summary(lf);
        expect(summary(lf.replace(/\n/g, "\r\n"))).toEqual(expected);
        expect(summary(lf.replace(/\n/g, "\r"))).toEqual(expected);
      }),
      { numRuns: runs(Math.round(moderate / 2)) },
    );
  });

  it("lint never throws and gives diagnostics with real messages and ranges inside the text", () => {
    fc.assert(
      fc.property(arbitrary, fc.constantFrom("nl" as const, "en" as const), (text, locale) => {
        const r = lint(text, { today: TODAY, locale });
        expectDiagnosticInvariants(text, r.diagnostics);
        expectDiagnosticInvariants(text, r.suppressed);
        expect(r.errorCount + r.warningCount + r.infoCount).toBeLessThanOrEqual(r.diagnostics.length);
      }),
      { numRuns: runs(moderate) },
    );
  });

  it("the layout alone (no fixes) keeps every word, every comment and the BOM, and is idempotent", () => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        const once = formatText(text, { fix: false, today: TODAY }).output;
        expectSameWords(text, once);
        expect(once.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
        // Closed comments outside tables, verbatim but for white space. (In a table cell, "<!--" is cell
        // text to Markdown, and its words are checked above.)
        const comments = (t: string) => {
          const p = parse(t);
          const tables = p.blocks.filter((b) => b.kind === "table");
          return p.comments
            .filter((c) => t.slice(c.bodySpan.end, c.bodySpan.end + 3) === "-->" && !tables.some((b) => c.span.start < b.span.end && b.span.start < c.span.end))
            .map((c) => c.body.replace(/\s+/g, " ").trim());
        };
        expect(comments(once)).toEqual(comments(text));
        const twice = formatText(once, { fix: false, today: TODAY });
        expect(twice.output).toBe(once);
        expect(twice.changed).toBe(false);
      }),
      { numRuns: runs(Math.round(moderate / 2)) },
    );
  });

  it("formatting with fixes is idempotent", () => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        const once = formatText(text, { today: TODAY }).output;
        expect(formatText(once, { today: TODAY }).output).toBe(once);
      }),
      { numRuns: runs(Math.round(moderate / 2)) },
    );
  });

  it("applying every fix keeps all text outside the fixed spans, and fixing leaves nothing fixable", () => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        const fixes = lint(text, { today: TODAY }).diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
        const { output, applied } = applyFixes(text, fixes);
        const edits = applied.flatMap((f) => f.edits).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
        // Applied edits never overlap, and a fix left out overlaps one that was applied (it waits for the next pass).
        for (let i = 1; i < edits.length; i++) expect(edits[i]!.span.start).toBeGreaterThanOrEqual(edits[i - 1]!.span.end);
        const overlapsApplied = (f: Fix) => f.edits.some((e) => edits.some((t) => (e.span.start < t.span.end && t.span.start < e.span.end) || (e.span.start === t.span.start && e.span.end === t.span.end)));
        for (const f of fixes) if (!applied.includes(f) && f.edits.length > 0) expect(overlapsApplied(f)).toBe(true);
        // The output is the original text with exactly those spans replaced: everything between them is untouched.
        let expected = "";
        let at = 0;
        for (const e of edits) {
          expected += text.slice(at, e.span.start) + e.newText;
          at = e.span.end;
        }
        expect(output).toBe(expected + text.slice(at));

        const fixed = fixText(text, { today: TODAY });
        const left = lint(fixed.output, { today: TODAY }).diagnostics.filter((d) => d.fix);
        expect(left.map((d) => `${d.ruleId}.${d.messageId}`)).toEqual([]);
        expectParseInvariants(fixed.output, parse(fixed.output));
      }),
      { numRuns: runs(Math.round(moderate / 2)) },
    );
  });
});
