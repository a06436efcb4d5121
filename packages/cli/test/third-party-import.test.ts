/**
 * Import of documents made by real third-party software, and the comparison with pandoc (the tool a
 * policy writer's colleague would reach for). pandoc turns each example plan into .docx, .odt and .html;
 * Debian's LibreOffice (headless soffice) turns them, and our own Word export, into .pdf, .odt,
 * .docx and .html of its own making. Each is imported with the built CLI and compared with the source plan:
 * themes, budget amounts, toelichting, words. pandoc's docx → Markdown of the same documents is
 * measured beside ours (headings, tables, amounts, front matter, themes). .ci/run installs both tools;
 * without them these tests skip with a message.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, type ParsedPlan } from "@veiligheidsplan/core";
import { ensureBuilt, REPO_DIR, run, tempDir } from "./harness.js";
import { has } from "./third-party.js";

const TOOLS = has("soffice") && has("pandoc");
const EXAMPLES = ["nijmegen-2022-2026", "minimaal"];

const words = (t: string) => t.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, "").replace(/<!--[\s\S]*?-->/g, "").match(/[\p{L}\p{N}]+/gu) ?? [];
function agreement(a: readonly string[], b: readonly string[]): number {
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]! / a.length;
}

/** The plan's text without the rows of its tables other than the budget table (goals tables). */
function withoutNonBudgetTables(p: ParsedPlan): string {
  const table = p.budget?.table;
  const [first, last] = table ? [p.lines.lineAt(table.span.start), p.lines.lineAt(table.span.end - 1)] : [-1, -1];
  return p.text
    .split("\n")
    .filter((l, i) => !/^\s*\|/.test(l) || (i >= first && i <= last))
    .join("\n");
}

const shape = (p: ParsedPlan) => ({
  themes: p.themes.map((t) => [t.nummer, t.title, t.soort, t.opgave !== undefined, t.ambitie !== undefined]),
  amounts: p.budget?.lines.flatMap((l) => l.cells.map((c) => c.raw)) ?? [],
  totals: p.budget?.totals?.cells.map((c) => c.raw) ?? [],
  toelichting: p.budget?.toelichting.map((t) => t.deelproduct.toLowerCase()) ?? [],
});

/** What a Markdown text holds, counted the same way for pandoc's output and ours. */
function measure(md: string, source: ParsedPlan) {
  const p = parse(md);
  // Tables counted by their delimiter rows, outside the front matter.
  const body = md.replace(/^---\n[\s\S]*?\n---\n/, "");
  const budgetRaw = [...(source.budget?.lines.flatMap((l) => l.cells.map((c) => c.raw)) ?? []), ...(source.budget?.totals?.cells.map((c) => c.raw) ?? [])];
  const readAmounts = [...(p.budget?.lines.flatMap((l) => l.cells.map((c) => c.raw)) ?? []), ...(p.budget?.totals?.cells.map((c) => c.raw) ?? [])];
  const tableCells = md.split("\n").filter((l) => l.trimStart().startsWith("|")).flatMap((l) => l.split("|").map((c) => c.replace(/\*/g, "").trim()));
  return {
    headings: (md.match(/^#{1,6} /gm) ?? []).length,
    tables: (body.match(/^\|\s*:?-{3,}/gm) ?? []).length,
    amountsInTables: budgetRaw.filter((a, i) => tableCells.includes(a) || budgetRaw.indexOf(a) !== i).length,
    budgetAmountsRead: readAmounts.length,
    frontMatter: ["gemeente", "periode", "status"].filter((k) => p.metadata.get(k) !== undefined).length,
    themes: p.themes.length,
    words: Math.round(agreement(words(source.text), words(md)) * 10000) / 100,
  };
}

describe.skipIf(!TOOLS)(`documents made by pandoc and LibreOffice${TOOLS ? "" : " (skipped: soffice or pandoc not installed; .ci/run installs them)"}`, () => {
  let dir: string;
  const made: { name: string; example: string; file: string; producer: string }[] = [];
  beforeAll(() => {
    ensureBuilt();
    dir = tempDir();
    const soffice = (format: string, files: string[], out: string) =>
      execFileSync("soffice", [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", format, "--outdir", join(dir, out), ...files.map((f) => join(dir, f))], { timeout: 240_000, stdio: "ignore" });
    for (const ex of EXAMPLES) {
      copyFileSync(join(REPO_DIR, "examples", `${ex}.veiligheidsplan`), join(dir, `${ex}.md`));
      execFileSync("pandoc", ["-f", "markdown", "-t", "docx", "-o", join(dir, `${ex}.pandoc.docx`), join(dir, `${ex}.md`)]);
      execFileSync("pandoc", ["-f", "markdown", "-t", "odt", "-o", join(dir, `${ex}.pandoc.odt`), join(dir, `${ex}.md`)]);
      execFileSync("pandoc", ["-s", "-f", "markdown", "-t", "html", "--metadata", `title=${ex}`, "-o", join(dir, `${ex}.pandoc.html`), join(dir, `${ex}.md`)]);
      const r = run(["export", "--to", "docx", `${ex}.md`, "-o", `${ex}.export.docx`], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
    }
    soffice("pdf", EXAMPLES.flatMap((ex) => [`${ex}.pandoc.docx`, `${ex}.export.docx`]), "lo");
    soffice("odt", EXAMPLES.map((ex) => `${ex}.export.docx`), "lo");
    soffice("docx:MS Word 2007 XML", EXAMPLES.map((ex) => `${ex}.pandoc.odt`), "lo");
    soffice("html:HTML (StarWriter)", EXAMPLES.map((ex) => `${ex}.pandoc.docx`), "lo");
    for (const ex of EXAMPLES) {
      made.push(
        { name: `${ex}: pandoc .docx`, example: ex, file: `${ex}.pandoc.docx`, producer: "pandoc" },
        { name: `${ex}: pandoc .odt`, example: ex, file: `${ex}.pandoc.odt`, producer: "pandoc" },
        { name: `${ex}: pandoc .html`, example: ex, file: `${ex}.pandoc.html`, producer: "pandoc" },
        { name: `${ex}: LibreOffice .html (from pandoc's .docx)`, example: ex, file: `lo/${ex}.pandoc.html`, producer: "LibreOffice" },
        { name: `${ex}: our export .docx`, example: ex, file: `${ex}.export.docx`, producer: "export" },
        { name: `${ex}: LibreOffice .docx (from pandoc's .odt)`, example: ex, file: `lo/${ex}.pandoc.docx`, producer: "LibreOffice" },
        { name: `${ex}: LibreOffice .pdf (from pandoc's .docx)`, example: ex, file: `lo/${ex}.pandoc.pdf`, producer: "LibreOffice" },
        { name: `${ex}: LibreOffice .pdf (from our export)`, example: ex, file: `lo/${ex}.export.pdf`, producer: "export" },
        { name: `${ex}: LibreOffice .odt (from our export)`, example: ex, file: `lo/${ex}.export.odt`, producer: "export" },
      );
    }
  }, 600_000);

  it("imports every document with the source's themes, budget amounts and toelichting, and ≥99% of its words", () => {
    const rows: string[] = [];
    for (const m of made) {
      expect(existsSync(join(dir, m.file)), m.file).toBe(true);
      const out = `${m.file.replace(/\W/g, "_")}.veiligheidsplan`;
      const r = run(["import", m.file, "-o", out], { cwd: dir });
      expect(r.code, `${m.name}: ${r.stderr}`).toBe(0);
      const source = parse(readFileSync(join(REPO_DIR, "examples", `${m.example}.veiligheidsplan`), "utf8"));
      const text = readFileSync(join(dir, out), "utf8");
      const got = parse(text);
      expect(shape(got), m.name).toEqual(shape(source));
      // In a PDF, LibreOffice breaks a word that is wider than its table column without a hyphen
      // ("Bro" / "n" in pandoc's narrow Bron column): the words of tables other than the budget (whose
      // amounts the shape above compares) are then not recoverable as words, so they are not counted.
      const counted = m.file.endsWith(".pdf") ? withoutNonBudgetTables(source) : source.text;
      const agree = agreement(words(counted), words(text));
      expect(agree, m.name).toBeGreaterThanOrEqual(0.99);
      if (m.example === "nijmegen-2022-2026") {
        expect([got.plan.metadata.gemeente, got.plan.metadata.periode, got.plan.metadata.voorgesteld?.datum], m.name).toEqual(["Nijmegen", { van: 2022, tot: 2026 }, "2022-10-18"]);
      }
      // Our own export states the whole front matter on its title page: it must all come back.
      if (m.producer === "export") expect(got.plan.metadata, m.name).toEqual(source.plan.metadata);
      rows.push(`| ${m.name} | ${got.themes.length} | ${shape(got).amounts.length + shape(got).totals.length} | ${(agree * 100).toFixed(2)}% |`);
    }
    writeFileSync(join(dir, "agreement.md"), `| document | themes | amounts | words |\n| --- | --: | --: | --: |\n${rows.join("\n")}\n`);
    console.log(`Import of third-party documents (${dir}):\n${readFileSync(join(dir, "agreement.md"), "utf8")}`);
  });

  it("recovers what pandoc's docx → Markdown recovers, and the domain structure pandoc cannot", () => {
    const rows: string[] = [];
    for (const m of made.filter((x) => x.file.endsWith(".docx"))) {
      const source = parse(readFileSync(join(REPO_DIR, "examples", `${m.example}.veiligheidsplan`), "utf8"));
      const pandocMd = execFileSync("pandoc", ["-f", "docx", "-t", "gfm", join(dir, m.file)], { encoding: "utf8" });
      const out = `${m.file.replace(/\W/g, "_")}.ours.veiligheidsplan`;
      expect(run(["import", m.file, "-o", out], { cwd: dir }).code).toBe(0);
      const ours = measure(readFileSync(join(dir, out), "utf8"), source);
      const theirs = measure(pandocMd, source);
      expect(ours.headings, m.name).toBeGreaterThanOrEqual(theirs.headings);
      expect(ours.tables, m.name).toBeGreaterThanOrEqual(theirs.tables);
      expect(ours.amountsInTables, m.name).toBeGreaterThanOrEqual(theirs.amountsInTables);
      expect(ours.words, m.name).toBeGreaterThanOrEqual(theirs.words - 0.5);
      // Periode and status always; gemeente where the document names it (pandoc drops the YAML that held it).
      expect(ours.frontMatter, m.name).toBeGreaterThanOrEqual(m.producer !== "export" && m.example === "minimaal" ? 2 : 3);
      expect(theirs.frontMatter, m.name).toBe(0);
      expect(ours.themes, m.name).toBe(source.themes.length);
      expect(ours.budgetAmountsRead, m.name).toBe(shape(source).amounts.length + shape(source).totals.length);
      for (const [who, v] of [["pandoc -t gfm", theirs], ["veiligheidsplan import", ours]] as const) {
        rows.push(`| ${m.name} | ${who} | ${v.headings} | ${v.tables} | ${v.amountsInTables} | ${v.budgetAmountsRead} | ${v.frontMatter}/3 | ${v.themes} | ${v.words}% |`);
      }
    }
    const table = `| document | tool | headings | tables | budget amounts in a table | amounts read as budget | front matter | themes | words |\n| --- | --- | --: | --: | --: | --: | --: | --: | --: |\n${rows.join("\n")}\n`;
    writeFileSync(join(dir, "pandoc-comparison.md"), table);
    console.log(`Side by side with pandoc:\n${table}`);
  });
});
