/**
 * The extension for VS Code for the web (vscode.dev, github.dev), as the .vsix ships it: the manifest's
 * `browser` entry, bundles that need nothing from Node, and the shipped worker (dist/web/server.js, a
 * classic worker script as the web extension starts it) checking the Nijmegen plan in a real web worker
 * in headless Chromium, spoken to in JSON-RPC over postMessage. Needs /usr/bin/chromium (.ci/run
 * installs it); that part skips with a message where it is absent.
 */
import { readFileSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium as chromiumThere, launchChromium, type PageServer, servePage } from "../../../test-support/chromium.js";
import { readVsix, type Vsix } from "./vsix.js";

const hasChromium = chromiumThere("web extension test, Chromium part");
const NIJMEGEN = readFileSync(new URL("../../../examples/nijmegen-2022-2026.veiligheidsplan", import.meta.url), "utf8");

let vsix: Vsix;
const shipped = (name: string) => vsix.files.get(`extension/${name.replace(/^\.\//, "")}`)?.toString("utf8");

beforeAll(async () => {
  vsix = await readVsix();
});

describe("the web extension in the .vsix", () => {
  it("names a browser entry beside the desktop one, and ships it with its worker", () => {
    const manifest = JSON.parse(shipped("package.json")!) as { main: string; browser: string };
    expect(manifest.browser).toBe("./dist/web/extension.js");
    expect(shipped(manifest.browser)).toBeDefined();
    expect(shipped("dist/web/server.js")).toBeDefined();
  });

  it("needs nothing from Node: the extension only requires 'vscode', the worker requires nothing", () => {
    const extension = shipped("dist/web/extension.js")!;
    const required = new Set([...extension.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    expect([...required]).toEqual(["vscode"]);
    const worker = shipped("dist/web/server.js")!;
    expect(worker).not.toMatch(/\brequire\(\s*["']/);
    expect(worker).not.toMatch(/\bfrom\s*["']node:/);
  });

  it("hides the report preview in the browser, where it cannot read the configuration from disk", () => {
    const manifest = JSON.parse(shipped("package.json")!) as { contributes: { menus: Record<string, { command: string; when: string }[]> } };
    for (const entries of Object.values(manifest.contributes.menus)) {
      for (const entry of entries.filter((e) => e.command === "veiligheidsplan.showReport")) expect(entry.when).toContain("!isWeb");
    }
  });
});

describe.runIf(hasChromium)("the shipped worker in Chromium", () => {
  let browser: Browser;
  let server: PageServer;
  let base: string;

  beforeAll(async () => {
    server = await servePage({ "/server.js": () => shipped("dist/web/server.js") }, "web extension worker");
    base = server.base;
    browser = await launchChromium(chromium);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("publishes the Nijmegen plan's budget errors for a document on a virtual file system", async () => {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(base);
    const codes = await page.evaluate(async (text) => {
      // Runs in the page: a classic worker, as vscode-languageclient/browser's client is given one.
      const W = (globalThis as unknown as { Worker: new (url: string) => { onmessage: (e: { data: any }) => void; postMessage(m: unknown): void; terminate(): void } }).Worker;
      const worker = new W("/server.js");
      const published: any[] = [];
      let initialized!: () => void;
      const ready = new Promise<void>((r) => (initialized = r));
      worker.onmessage = ({ data: m }) => {
        if (m.id === 1 && !m.method) initialized();
        else if (m.id !== undefined && m.method) worker.postMessage({ jsonrpc: "2.0", id: m.id, result: m.method === "workspace/configuration" ? m.params.items.map(() => null) : null });
        else if (m.method === "textDocument/publishDiagnostics") published.push(m.params);
      };
      worker.postMessage({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } });
      await ready;
      worker.postMessage({ jsonrpc: "2.0", method: "initialized", params: {} });
      const uri = "vscode-vfs://github/gemeente/plannen/nijmegen.veiligheidsplan";
      worker.postMessage({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "veiligheidsplan", version: 1, text } } });
      const until = Date.now() + 20_000;
      while (!published.some((p) => p.diagnostics.length > 0) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      worker.terminate();
      return (published.find((p) => p.diagnostics.length > 0)?.diagnostics ?? []).filter((d: any) => d.severity === 1).map((d: any) => d.code);
    }, NIJMEGEN);
    expect(pageErrors).toEqual([]);
    expect(codes).toEqual(["begroting-totalen", "begroting-totalen", "begroting-totalen", "begroting-totalen", "begroting-totalen"]);
  }, 60_000);
});
