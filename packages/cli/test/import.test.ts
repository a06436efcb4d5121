/**
 * Scenario tests for `veiligheidsplan import` on the built binary: a document in, a plan that lints
 * out, the report on standard error, and bad documents refused with one line and exit code 2.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, REPO_DIR, run, tempDir } from "./harness.js";

beforeAll(() => ensureBuilt(), 300_000);

const SEED = join(REPO_DIR, "..", "shared", "seed", "integraal-veiligheidsplan-nijmegen-2022-2026.txt");
const TODAY = "2026-11-28";

describe.skipIf(!existsSync(SEED))("import of the OCR'd published plan (skipped without shared/seed)", () => {
  it("writes a plan that lints to the plan's own problems, and reports what it recognised and guessed at their lines", () => {
    const cwd = tempDir({ "plan.txt": readFileSync(SEED) });
    const r = run(["import", "plan.txt", "-o", "plan.veiligheidsplan", "--report", "verslag.json"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("herkend: 9 thema's herkend (6 prioritaire, 3 kernthema's); 9 met opgave en ambitie.");
    expect(r.stderr).toMatch(/plan\.veiligheidsplan:\d+:1: herkend: Begroting herkend: .*45 bedragen, totaalregel ja/);
    expect(r.stderr).toMatch(/plan\.veiligheidsplan:18:1: geraden: De titel 'Samen veilig en weerbaar' is geraden/);
    const report = JSON.parse(readFileSync(join(cwd, "verslag.json"), "utf8")) as { notes: { kind: string; message: string }[] };
    expect(report.notes.filter((n) => n.kind === "dropped").map((n) => n.message)).toEqual(["Paginanummer '10' weggelaten.", "Paginanummer '18' weggelaten."]);
    const lint = run(["lint", "plan.veiligheidsplan", "--today", TODAY, "--format", "json"], { cwd });
    expect(lint.code).toBe(1);
    const rules = (JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages.map((m) => m.ruleId);
    // The kwaliteit rules judge the plan's substance (tested on the transcribed plan in core); here the form.
    expect([...new Set(rules)].filter((r) => !r.startsWith("kwaliteit-")).sort()).toEqual(["begroting-totalen", "continuiteit", "geldigheid", "vaststelling"]);
  });

  it("prints the plan on standard output without -o, in English with --locale en", () => {
    const cwd = tempDir({ "plan.txt": readFileSync(SEED) });
    const r = run(["import", "plan.txt", "--locale", "en"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^---\nformaat: veiligheidsplan\/1\ntitel: Samen veilig en weerbaar\n/);
    expect(r.stderr).toContain("recognised: 9 themes recognised");
  });
});

describe("import refuses what it cannot do, with one line and exit code 2", () => {
  it("does not overwrite an existing plan without --force", () => {
    const cwd = tempDir({ "in.txt": "Titel\n\nTekst.\n", "plan.veiligheidsplan": "mijn werk\n" });
    const r = run(["import", "in.txt", "-o", "plan.veiligheidsplan"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual(["plan.veiligheidsplan: bestaat al; gebruik --force om het te overschrijven"]);
    expect(readFileSync(join(cwd, "plan.veiligheidsplan"), "utf8")).toBe("mijn werk\n");
    expect(run(["import", "in.txt", "-o", "plan.veiligheidsplan", "--force"], { cwd }).code).toBe(0);
  });

  it.each([
    ["a file that is not there", "weg.docx", undefined, /^weg\.docx: /],
    ["a folder", "map", "folder", /^map: /],
    ["an old .doc or password-protected Word file (OLE)", "beveiligd.docx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /^beveiligd\.docx: .*wachtwoord/],
    ["a damaged .docx", "kapot.docx", Buffer.from("PK\u0003\u0004 dit is geen archief"), /^kapot\.docx: het bestand is beschadigd/],
  ])("%s", (_what, name, content, message) => {
    const cwd = tempDir(content && content !== "folder" ? { [name]: content } : content === "folder" ? { [`${name}/a.txt`]: "x" } : {});
    const r = run(["import", name], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});
