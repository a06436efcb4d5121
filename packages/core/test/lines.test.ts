/**
 * Lines and their ends: every position of the parser rests on them. Texts with LF only take a faster
 * path than texts with any CR; both must give what the plain definition gives (CRLF, CR and LF each end
 * a line; a last line without an end counts; an empty text has no lines).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitLines } from "../src/syntax/blocks.js";
import { runs } from "./hardening/support.js";

function reference(text: string) {
  const lines: { start: number; contentEnd: number; end: number }[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, contentEnd: m.index, end: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ start, contentEnd: text.length, end: text.length });
  return lines;
}

describe("splitLines", () => {
  it("splits any text at CRLF, CR and LF as the plain definition does (property)", () => {
    const unit = fc.constantFrom("a", "é", " ", "\n", "\r", "\r\n", "\n\r", "#", "|", "\u2028");
    const lineText = fc.array(unit, { maxLength: 60 }).map((u) => u.join(""));
    const lfOnly = fc.array(fc.string({ maxLength: 12 }).map((s) => s.replace(/\r/g, "")), { maxLength: 20 }).map((ls) => ls.join("\n"));
    fc.assert(
      fc.property(fc.oneof(lineText, lfOnly, fc.string()), (text) => {
        expect(splitLines(text).toArray()).toEqual(reference(text));
      }),
      { numRuns: runs(3000) },
    );
  });

  it("gives the same lines, line by line, for LF, CRLF and CR versions of a plan", () => {
    const lf = "---\ngemeente: Nijmegen\n---\n\n# Thema 1\n\nOpgave\n\nlaatste regel zonder einde";
    const crlf = lf.replace(/\n/g, "\r\n");
    const cr = lf.replace(/\n/g, "\r");
    const contents = (t: string) => splitLines(t).toArray().map((l) => t.slice(l.start, l.contentEnd));
    expect(contents(crlf)).toEqual(contents(lf));
    expect(contents(cr)).toEqual(contents(lf));
    expect(splitLines(lf).toArray().at(-1)).toEqual({ start: lf.length - "laatste regel zonder einde".length, contentEnd: lf.length, end: lf.length });
    expect(splitLines("").toArray()).toEqual([]);
  });
});
