/**
 * Goals as data in the editor, over real JSON-RPC against the built server: completion inside a Doelen
 * table (the header's columns, the usual sources, a value with its year) and hover on a goal's row
 * (indicator, nulmeting → streefwaarde, and with the progress files beside the plan whether the goal is
 * on track). The plan is the Rivierstede example (examples/doelen), a fictional municipality, copied
 * into a temporary workspace with its two progress files.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CompletionRequest, DidChangeWatchedFilesNotification, FileChangeType, HoverRequest, type CompletionItem, type CompletionList, type Hover, type Position } from "vscode-languageserver-protocol/node";
import { find, repoRoot } from "./helpers.js";
import { startTestServer, type TestClient } from "./lsp-client.js";

const NAME = "rivierstede-2024-2027";
const source = (f: string) => readFileSync(join(repoRoot, "examples", "doelen", f), "utf8");
const plan = source(`${NAME}.veiligheidsplan`);
const dir = mkdtempSync(join(tmpdir(), "vp-ls-doelen-"));
const URI = `file://${dir}/${NAME}.veiligheidsplan`;
const BARE_URI = `file://${dir}/zonder-voortgang.veiligheidsplan`;

const hoverText = (h: Hover | null) => (h && typeof h.contents === "object" && "value" in h.contents ? h.contents.value : "");
const items = (r: CompletionList | CompletionItem[] | null) => (r === null ? [] : Array.isArray(r) ? r : r.items);
const newText = (i: CompletionItem) => (i.textEdit && "newText" in i.textEdit ? i.textEdit.newText : i.insertText);

describe("goals as data in the editor", () => {
  let client: TestClient;
  const hover = (uri: string, position: Position) => client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  const complete = async (uri: string, position: Position) => items(await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }));

  beforeAll(async () => {
    writeFileSync(join(dir, `${NAME}.veiligheidsplan`), plan);
    for (const y of ["2024", "2025"]) writeFileSync(join(dir, `${NAME}.${y}.voortgang`), source(`${NAME}.${y}.voortgang`));
    client = await startTestServer({ initializationOptions: { debounceMs: 0, validateWorkspace: false }, workspaceFolders: [dir] });
    await client.open(URI, plan);
  });
  afterAll(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads the progress files beside the plan: two goals are reported behind their course", async () => {
    const d = await client.waitForDiagnostics((p) => p.uri === URI);
    const behind = d.diagnostics.filter((x) => x.code === "kwaliteit-voortgang");
    expect(behind.map((x) => x.range.start.line)).toEqual([find(plan, "| Bewoners voelen").line, find(plan, "| Ondermijning wordt eerder").line]);
    expect(behind[0]!.message).toContain("in 2025 gerealiseerd 30%");
  });

  it("on a goal's row: indicator and source, nulmeting → streefwaarde, the measured values and 'op koers'", async () => {
    const v = hoverText(await hover(URI, find(plan, "| Minder woninginbraken", 5)));
    const lines = v.split("\n\n");
    expect(lines[0]).toBe("**Doel: Minder woninginbraken** (thema 1, Veilige wijken)");
    expect(lines[1]).toBe("Indicator: Woninginbraken per 1.000 woningen · bron: politie");
    expect(lines[2]).toBe("Van 4,0 (2023) naar 3,0 (2027)");
    expect(lines[3]).toBe("Gemeten: 3,7 (2024), 3,4 (2025) · **op koers** (de rechte lijn vraagt 3,5 in 2025)");
  });

  it("says which goals are behind, in percentages where the goal is one", async () => {
    const v = hoverText(await hover(URI, find(plan, "| Bewoners voelen zich veiliger", 40)));
    expect(v).toContain("Gemeten: 31% (2024), 30% (2025) · **achter op koers** (de rechte lijn vraagt 29% in 2025)");
  });

  it("without progress files, says where they go", async () => {
    await client.open(BARE_URI, plan);
    const v = hoverText(await hover(BARE_URI, find(plan, "| Minder woninginbraken", 5)));
    expect(v).toContain("Van 4,0 (2023) naar 3,0 (2027)");
    expect(v).toContain("_Nog geen voortgang: zet de gemeten waarden in een voortgangsbestand naast het plan (`zonder-voortgang.<jaar>.voortgang`)._");
  });

  it("in a goal's Bron cell: politie, Veiligheidsmonitor, CBS, gemeente … and the sources the plan already names", async () => {
    const row = plan.split("\n").find((l) => l.startsWith("| Minder woninginbraken"))!;
    const at = find(plan, row, row.lastIndexOf("politie"));
    const got = await complete(URI, at);
    const labels = got.map((i) => i.label);
    expect(labels.slice(0, 4)).toEqual(["politie", "Veiligheidsmonitor", "CBS", "gemeente"]);
    expect(labels).toContain("bewonerspeiling (gemeente)");
    const monitor = got.find((i) => i.label === "Veiligheidsmonitor")!;
    expect(JSON.stringify(monitor.documentation)).toContain("subjectief");
  });

  it("in a Nulmeting cell: a value with the year before the plan's period", async () => {
    const line = plan.split("\n").find((l) => l.startsWith("| Minder woninginbraken"))!;
    // Just after the cell's opening "| ", before the value.
    const got = await complete(URI, find(plan, line, line.indexOf("4,0") - 1));
    expect(got.map((i) => i.label)).toEqual(["waarde (2023)"]);
    expect(newText(got[0]!)).toBe("${1:waarde} (${2:2023})");
  });

  it("on a header row being typed: the columns not there yet; on an empty line under Doelen: the whole header", async () => {
    const ondermijning = plan.split("\n").find((l) => l.startsWith("| Doel") && l.includes("| Nulmeting |"))!;
    const typing = plan.replace(`#### Doelen\n\n${ondermijning}`, `#### Doelen\n\n| Doel | Ind\n\nx\n\n${ondermijning}`);
    expect(typing).not.toBe(plan);
    const uri = `file://${dir}/typen.veiligheidsplan`;
    await client.open(uri, typing);
    const header = await complete(uri, find(typing, "| Doel | Ind", "| Doel | Ind".length));
    expect(header.map((i) => i.label)).toEqual(["Indicator", "Nulmeting", "Streefwaarde", "Bron"]);
    const edit = header[0]!.textEdit as { range: { start: Position; end: Position }; newText: string };
    expect(edit.newText).toBe("Indicator");
    expect(edit.range.start.character).toBe("| Doel | ".length);

    const empty = plan.replace(`#### Doelen\n\n${ondermijning}`, `#### Doelen\n\n\n\n#### Tabel\n\n${ondermijning}`);
    const uri2 = `file://${dir}/leeg.veiligheidsplan`;
    await client.open(uri2, empty);
    const line = empty.split("\n").findIndex((l, i, all) => all[i - 2] === "#### Doelen" && l === "" && all[i - 1] === "");
    const whole = await complete(uri2, { line, character: 0 });
    expect(whole.map((i) => i.label)).toEqual(["| Doel | Indicator | Nulmeting | Streefwaarde | Bron |"]);
    expect(newText(whole[0]!)).toContain("| --- | --- | --: | --: | --- |");
  });

  it("a goals table right in a theme (no Doelen heading): hover and completion there, not in the theme's other tables", async () => {
    const inTheme = [
      "---", "formaat: veiligheidsplan/1", "titel: Veiligheidsbeleid Ridderstad 2024-2027", "gemeente: Ridderstad", "periode: 2024-2027", "status: concept", "---", "",
      "# Veiligheidsbeleid Ridderstad 2024-2027", "", "## Prioriteiten", "", "### 1. Ondermijning", "", "Ondermijning is zichtbaar op bedrijventerreinen.", "",
      "| Doelstelling | Indicator | Nulmeting | Streefwaarde | Bron |", "| --- | --- | --: | --: | --- |", "| Meer signalen | Meldingen bij het meldpunt | 20 (2023) | 40 (2027) | gemeente |", "",
      "| Terrein | Pan", "",
    ].join("\n");
    const uri = `file://${dir}/in-thema.veiligheidsplan`;
    await client.open(uri, inTheme);
    const v = hoverText(await hover(uri, find(inTheme, "| Meer signalen", 5)));
    expect(v.split("\n\n")[0]).toBe("**Doel: Meer signalen** (thema 1, Ondermijning)");
    const row = "| Meer signalen | Meldingen bij het meldpunt | 20 (2023) | 40 (2027) | gemeente |";
    expect((await complete(uri, find(inTheme, row, row.lastIndexOf("gemeente")))).map((i) => i.label)).toContain("Veiligheidsmonitor");
    // Another table being typed in the theme is not the goals table: no goals columns offered there.
    const other = (await complete(uri, find(inTheme, "| Terrein | Pan", "| Terrein | Pan".length))).map((i) => i.label);
    expect(other).not.toContain("Indicator");
  });

  it("checks the plan again when a progress file changes: new figures, new status", async () => {
    const file = join(dir, `${NAME}.2025.voortgang`);
    writeFileSync(file, source(`${NAME}.2025.voortgang`).replace(/\|\s+50 \|/, "|     60 |").replace(/\|\s+30% \|/, "|    28% |"));
    const before = client.diagnostics.length;
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: `file://${file}`, type: FileChangeType.Changed }] });
    const d = await client.waitForDiagnostics((p) => p.uri === URI && client.diagnostics.indexOf(p) >= before, 15_000, false);
    expect(d.diagnostics.filter((x) => x.code === "kwaliteit-voortgang")).toEqual([]);
    expect(hoverText(await hover(URI, find(plan, "| Ondermijning wordt eerder", 5)))).toContain("Gemeten: 44 (2024), 60 (2025) · **op koers**");
  });
});
