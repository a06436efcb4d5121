/**
 * The importer as the .vsix carries it (dist/importer.js, loaded by "Veiligheidsplan: Importeer uit
 * Word/PDF…"): taken out of the package into an empty folder, with no node_modules near, it must read
 * a Word document and a PDF into a plan, and refuse a damaged file with its reason.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";
import { exportDocx } from "../../core/src/export/index.js";
import { makePdf } from "../../core/test/import/documents.js";
import { readExample } from "../../core/test/import/support.js";
import { readVsix } from "./vsix.js";

type Importer = typeof import("../src/import-main.js");

describe("the importer bundle in the .vsix", () => {
  let importer: Importer;
  beforeAll(async () => {
    const vsix = await readVsix();
    const dir = mkdtempSync(join(tmpdir(), "veiligheidsplan-importer-"));
    writeFileSync(join(dir, "importer.js"), vsix.files.get("extension/dist/importer.js")!);
    importer = createRequire(join(dir, "x.js"))(join(dir, "importer.js")) as Importer;
  });

  it("reads a Word document into a plan with its themes and budget", async () => {
    const r = await importer.importDocument(await exportDocx(readExample("minimaal.veiligheidsplan")), { fileName: "plan.docx" });
    const p = parse(r.text);
    expect(p.themes.map((t) => t.title)).toEqual(["Ondermijning", "Veilige wijken", "Brandveiligheid"]);
    expect(p.budget?.totals?.cells.map((c) => c.raw)).toEqual(["2.880", "2.950", "3.025", "3.090"]);
  });

  it("reads a PDF, and refuses a damaged .docx with its reason in the writer's language", async () => {
    const r = await importer.importDocument(makePdf([["Veilig in Testdorp", "", "Tekst van het plan."]]), { fileName: "plan.pdf" });
    expect(r.text).toContain("Tekst van het plan.");
    const e = await importer.importDocument(new TextEncoder().encode("PK\u0003\u0004kapot"), { fileName: "plan.docx" }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(importer.ImportError);
    expect((e as InstanceType<Importer["ImportError"]>).localized("nl")).toMatch(/beschadigd/);
  });
});
