/**
 * The server's work beyond the open files: plans in the workspace that are not open, file changes,
 * config files next to the plans, and settings from the editor. Uses the engine's own directive check
 * (an unknown rule id in a comment), so it does not depend on any particular rule.
 */
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, FileChangeType } from "vscode-languageserver-protocol/node";
import { startTestServer, type TestClient } from "./lsp-client.js";

const PLAN = (note: string) =>
  ["---", "formaat: veiligheidsplan/1", "titel: Test", "gemeente: Testdorp", "---", "", "# Test", "", `<!-- veiligheidsplan-disable-next-line ${note} -->`, "Tekst.", ""].join("\n");

let root: string;
const clients: TestClient[] = [];
const uriOf = (p: string) => pathToFileURL(p).href;
/** The findings about directives (the engine's own check); other rules may say more about these small plans. */
type Published = { diagnostics: { code?: number | string; message: string | { value: string } }[] };
const text = (m: string | { value: string }) => (typeof m === "string" ? m : m.value);
const directive = (p: Published) => p.diagnostics.filter((d) => d.code === "ongebruikte-uitzondering").map((d) => ({ ...d, message: text(d.message) }));
const says = (needle: string) => (p: Published) => directive(p).some((d) => d.message.includes(needle));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "vp-ls-"));
});
afterEach(async () => {
  while (clients.length > 0) await clients.pop()!.stop();
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

async function start(folder: string, options: Parameters<typeof startTestServer>[0] = {}) {
  const c = await startTestServer({ workspaceFolders: [folder], initializationOptions: { debounceMs: 10 }, ...options });
  clients.push(c);
  return c;
}

function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, ".."), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

describe("plans in the workspace", () => {
  it("are validated without being opened (but not those under node_modules)", async () => {
    const dir = folder("ws1", { "a.veiligheidsplan": PLAN("regel-a"), "sub/b.veiligheidsplan": PLAN("regel-b"), "node_modules/x/c.veiligheidsplan": PLAN("regel-c") });
    const c = await start(dir);
    const a = await c.waitForDiagnostics((d) => d.uri === uriOf(join(dir, "a.veiligheidsplan")));
    expect(directive(a).map((d) => d.message)).toEqual([expect.stringContaining("De regel 'regel-a' bestaat niet")]);
    await c.waitForDiagnostics((d) => d.uri === uriOf(join(dir, "sub/b.veiligheidsplan")));
    await new Promise((r) => setTimeout(r, 200));
    expect(c.diagnostics.some((d) => d.uri.includes("node_modules"))).toBe(false);
  });

  it("follow file changes: a created plan is checked, a deleted one cleared", async () => {
    const dir = folder("ws2", { "a.veiligheidsplan": PLAN("regel-a") });
    const c = await start(dir);
    await c.waitForDiagnostics((d) => d.uri === uriOf(join(dir, "a.veiligheidsplan")));
    const d = join(dir, "d.veiligheidsplan");
    writeFileSync(d, PLAN("regel-d"));
    await c.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(d), type: FileChangeType.Created }] });
    const got = await c.waitForDiagnostics((p) => p.uri === uriOf(d));
    expect(directive(got)[0]!.message).toContain("regel-d");
    unlinkSync(d);
    await c.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(d), type: FileChangeType.Deleted }] });
    await c.waitForDiagnostics((p) => p.uri === uriOf(d) && p.diagnostics.length === 0, 5000, false);
  });

  it("keep their problems from disk when closed; an unsaved buffer's problems are cleared", async () => {
    const dir = folder("ws3", { "a.veiligheidsplan": PLAN("regel-a") });
    const c = await start(dir);
    const a = uriOf(join(dir, "a.veiligheidsplan"));
    await c.waitForDiagnostics((d) => d.uri === a);
    await c.open(a, PLAN("regel-buffer"));
    await c.waitForDiagnostics((d) => d.uri === a && d.version === 1 && says("regel-buffer")(d));
    await c.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: a } });
    await c.waitForDiagnostics((d) => d.uri === a && says("regel-a")(d), 5000, false);
    const untitled = "untitled:Untitled-1";
    await c.open(untitled, PLAN("regel-u"));
    await c.waitForDiagnostics((d) => d.uri === untitled && says("regel-u")(d));
    await c.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: untitled } });
    await c.waitForDiagnostics((d) => d.uri === untitled && d.diagnostics.length === 0, 5000, false);
  });
});

describe("configuration", () => {
  it("reads a config file from the plan's folder upward, and again when it changes", async () => {
    const dir = folder("cfg1", { ".veiligheidsplanrc.json": '{ "locale": "en" }', "deel/a.veiligheidsplan": PLAN("regel-a") });
    const c = await start(dir);
    const a = uriOf(join(dir, "deel/a.veiligheidsplan"));
    await c.open(a, PLAN("regel-a"));
    const en = await c.waitForDiagnostics((d) => d.uri === a && d.version === 1);
    expect(directive(en)[0]!.message).toContain("There is no rule 'regel-a'");
    writeFileSync(join(dir, ".veiligheidsplanrc.json"), '{ "rules": { "ongebruikte-uitzondering": "off" } }');
    await c.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(join(dir, ".veiligheidsplanrc.json")), type: FileChangeType.Changed }] });
    await c.waitForDiagnostics((d) => d.uri === a && directive(d).length === 0, 5000, false);
  });

  it("says so on the plan when the config file cannot be read, and checks without it", async () => {
    const dir = folder("cfg2", { ".veiligheidsplanrc.json": '{ "locale": ', "a.veiligheidsplan": PLAN("regel-a") });
    const c = await start(dir);
    const a = uriOf(join(dir, "a.veiligheidsplan"));
    await c.open(a, PLAN("regel-a"));
    const p = await c.waitForDiagnostics((d) => d.uri === a && d.version === 1);
    expect(p.diagnostics[0]).toMatchObject({ code: "configuratie", severity: 1, message: expect.stringContaining("Het configuratiebestand") });
    expect(text(p.diagnostics[0]!.message)).toContain(".veiligheidsplanrc.json");
    expect(directive(p).map((d) => d.message)).toEqual([expect.stringContaining("De regel 'regel-a' bestaat niet")]);
  });

  it("takes locale and rule severities from the editor's settings (workspace/configuration)", async () => {
    const dir = folder("cfg3", { "a.veiligheidsplan": PLAN("regel-a") });
    const c = await start(dir, { configuration: (section) => (section === "veiligheidsplan" ? { locale: "en", rules: { "ongebruikte-uitzondering": "error" } } : null) });
    const a = uriOf(join(dir, "a.veiligheidsplan"));
    await c.open(a, PLAN("regel-a"));
    const p = await c.waitForDiagnostics((d) => d.uri === a && d.version === 1);
    expect(directive(p)[0]).toMatchObject({ severity: 1, message: expect.stringContaining("There is no rule") });
  });

  it("takes settings from initializationOptions and didChangeConfiguration from a client without workspace/configuration (Neovim 0.7)", async () => {
    const dir = folder("cfg5", { "a.veiligheidsplan": PLAN("regel-a") });
    const c = await start(dir, {
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { debounceMs: 10, validateWorkspace: false, settings: { locale: "en" } },
      configuration: () => {
        throw new Error("must not be asked");
      },
    });
    const a = uriOf(join(dir, "a.veiligheidsplan"));
    await c.open(a, PLAN("regel-a"));
    await c.waitForDiagnostics((d) => d.uri === a && says("There is no rule")(d));
    await c.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { veiligheidsplan: { locale: "nl" } } });
    await c.waitForDiagnostics((d) => d.uri === a && says("De regel 'regel-a' bestaat niet")(d), 5000, false);
  });

  it("speaks the client's language when nothing else is set", async () => {
    const dir = folder("cfg4", { "a.veiligheidsplan": PLAN("regel-a") });
    const c = await start(dir, { locale: "en-GB", configuration: () => null });
    const p = await c.waitForDiagnostics((d) => d.uri === uriOf(join(dir, "a.veiligheidsplan")));
    expect(directive(p)[0]!.message).toContain("There is no rule");
  });
});

describe("plans read together", () => {
  const plan = (periode: string, vorig: string) =>
    ["---", "formaat: veiligheidsplan/1", "titel: Test", "gemeente: Testdorp", `periode: ${periode}`, "status: concept", vorig, "---", "", "# Test", ""].join("\n");

  it("checks a plan against its predecessor's file, taking the open (unsaved) text over the disk, and again when it changes", async () => {
    const oud = plan("2018-2022", "");
    const nieuw = plan("2022-2026", "vorig-plan:\n  titel: Oud\n  periode: 2018-2022\n  bestand: oud.veiligheidsplan");
    const dir = folder("cross1", { "oud.veiligheidsplan": oud, "nieuw.veiligheidsplan": nieuw });
    const c = await start(dir, { initializationOptions: { debounceMs: 10, validateWorkspace: false } });
    const nieuwUri = uriOf(join(dir, "nieuw.veiligheidsplan"));
    const oudUri = uriOf(join(dir, "oud.veiligheidsplan"));
    const differs = (p: Published) => p.diagnostics.some((d) => d.code === "continuiteit" && text(d.message).includes("2017-2021"));
    await c.open(nieuwUri, nieuw);
    const first = await c.waitForDiagnostics((d) => d.uri === nieuwUri && d.version === 1);
    expect(differs(first)).toBe(false);
    expect(first.diagnostics.some((d) => d.code === "continuiteit" && text(d.message).includes("oud.veiligheidsplan"))).toBe(false);
    // The predecessor is opened and its period edited, not saved: the new plan is checked against that text.
    await c.open(oudUri, oud);
    await c.change(oudUri, 2, [{ range: { start: { line: 4, character: 9 }, end: { line: 4, character: 18 } }, text: "2017-2021" }]);
    await c.waitForDiagnostics((d) => d.uri === nieuwUri && differs(d), 5000, false);
  });

  it("says when the predecessor's file is not there", async () => {
    const nieuw = plan("2022-2026", "vorig-plan:\n  titel: Oud\n  periode: 2018-2022\n  bestand: weg.veiligheidsplan");
    const dir = folder("cross2", { "nieuw.veiligheidsplan": nieuw });
    const c = await start(dir, { initializationOptions: { debounceMs: 10, validateWorkspace: false } });
    const uri = uriOf(join(dir, "nieuw.veiligheidsplan"));
    await c.open(uri, nieuw);
    const p = await c.waitForDiagnostics((d) => d.uri === uri && d.version === 1);
    expect(p.diagnostics.some((d) => d.code === "continuiteit" && text(d.message).includes("weg.veiligheidsplan"))).toBe(true);
  });
});
