/**
 * The spool that holds a JUnit report's body until its totals are known (src/report-output.ts): what
 * goes in comes out unchanged, whatever characters fall on the boundaries between the pieces it is
 * read back in, and it leaves no temporary file behind.
 */
import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Spool } from "../src/report-output.js";

const spoolDirs = () => readdirSync(tmpdir()).filter((d) => d.startsWith("veiligheidsplan-report-"));

describe("Spool", () => {
  it("gives back exactly the text written, also where a piece ends inside a multi-byte character", () => {
    // Pieces of 1 to 7 bytes: every two-, three- and four-byte UTF-8 sequence gets split somewhere.
    const text = fc.string({ unit: fc.constantFrom("a", "é", "’", "€", "😀", "\n", "<"), maxLength: 60 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), fc.integer({ min: 1, max: 7 }), (writes, piece) => {
        const before = new Set(spoolDirs());
        const spool = new Spool(piece);
        for (const w of writes) spool.write(w);
        const out: string[] = [];
        spool.drain((t) => out.push(t));
        expect(out.join("")).toBe(writes.join(""));
        expect(spoolDirs().filter((d) => !before.has(d))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("discards its file without draining", () => {
    const before = new Set(spoolDirs());
    const spool = new Spool();
    spool.write("<testsuite/>");
    expect(spoolDirs().filter((d) => !before.has(d))).toHaveLength(1);
    spool.discard();
    expect(spoolDirs().filter((d) => !before.has(d))).toEqual([]);
    expect(existsSync(tmpdir())).toBe(true);
  });
});
