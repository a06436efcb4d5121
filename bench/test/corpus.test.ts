/**
 * The benchmark corpus must be what the benchmark claims: deterministic from its seed, plans the
 * parser reads as plans (themes, budget), Nijmegen-sized or ~1 MB, with exactly the planted budget
 * errors, and `.md` copies byte for byte the same.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";
// @ts-expect-error: a plain ES module without types, run by node directly.
import { generateCorpus } from "../corpus.mjs";

interface FileMeta {
  name: string;
  large: boolean;
  themes: number;
  budgetError: boolean;
  bytes: number;
}

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), "vp-corpus-"));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("the benchmark corpus", () => {
  const out = fresh();
  const manifest = generateCorpus({ out, count: 14, large: 1, seed: 7 }) as { files: FileMeta[]; totalBytes: number };
  const read = (f: FileMeta) => readFileSync(join(out, "plans", `${f.name}.veiligheidsplan`));

  it("is the same for the same seed, and different for another", () => {
    const again = fresh();
    const m2 = generateCorpus({ out: again, count: 14, large: 1, seed: 7 }) as { files: FileMeta[] };
    expect(m2.files.map((f) => f.name)).toEqual(manifest.files.map((f) => f.name));
    for (const f of manifest.files) expect(readFileSync(join(again, "plans", `${f.name}.veiligheidsplan`)).equals(read(f))).toBe(true);
    const other = generateCorpus({ out: fresh(), count: 14, large: 1, seed: 8 }) as { files: FileMeta[] };
    expect(other.files.map((f) => f.name)).not.toEqual(manifest.files.map((f) => f.name));
  });

  it("holds Nijmegen-sized plans and one of about 1 MB, no two alike", () => {
    const small = manifest.files.filter((f) => !f.large);
    const large = manifest.files.filter((f) => f.large);
    expect(large).toHaveLength(1);
    expect(large[0]!.bytes).toBeGreaterThan(900_000);
    for (const f of small) {
      expect(f.bytes).toBeGreaterThan(30_000);
      expect(f.bytes).toBeLessThan(65_000);
    }
    expect(new Set(manifest.files.map((f) => read(f).toString("base64"))).size).toBe(manifest.files.length);
  });

  it("is read as plans: every theme, and a budget whose totals are off exactly where an error was planted", () => {
    for (const f of manifest.files) {
      const p = parse(read(f).toString("utf8"));
      expect(p.plan.metadata.formaat, f.name).toBe("veiligheidsplan/1");
      expect(p.themes, f.name).toHaveLength(f.themes);
      for (const t of p.themes) expect(t.pillars.length, `${f.name} ${t.title}`).toBeGreaterThanOrEqual(2);
      const b = p.budget!;
      const off = b.years.some((_, y) => b.lines.reduce((n, l) => n + (l.cells[y]?.cents ?? 0), 0) !== b.totals!.cells[y]!.cents);
      expect(off, f.name).toBe(f.budgetError);
    }
  });

  it("writes every plan also as .md, byte for byte", () => {
    for (const f of manifest.files) expect(readFileSync(join(out, "md", `${f.name}.md`)).equals(read(f))).toBe(true);
  });
});
