/**
 * The browser build (dist/browser.js, what the web extension runs in vscode.dev) in a real web worker
 * in headless Chromium, spoken to in JSON-RPC over postMessage as the extension's client does: it
 * initializes, publishes the Nijmegen plan's budget errors, and answers hover and inlay hints. Also
 * checks that the bundle imports nothing from Node. Needs /usr/bin/chromium (`apt-get install -y
 * chromium`); skips with a message where it is absent.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium as chromiumThere, launchChromium, type PageServer, servePage } from "../../../test-support/chromium.js";
import { find, readExample } from "./helpers.js";

const BUNDLE = fileURLToPath(new URL("../dist/browser.js", import.meta.url));
const hasChromium = chromiumThere("language server browser test");

const nijmegen = readExample("nijmegen-2022-2026.veiligheidsplan");

describe("the browser build", () => {
  it("imports nothing from Node", () => {
    const code = readFileSync(BUNDLE, "utf8");
    expect(code).not.toMatch(/\bfrom\s*["']node:|require\(["'](node:)?(fs|path|child_process|url|os)["']\)/);
  });
});

describe.runIf(hasChromium)("the language server in a web worker in Chromium", () => {
  let browser: Browser;
  let server: PageServer;
  let base: string;

  beforeAll(async () => {
    server = await servePage({ "/browser.js": () => readFileSync(BUNDLE) }, "worker");
    base = server.base;
    browser = await launchChromium(chromium);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("checks the Nijmegen plan and answers hover and inlay hints", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(base);
    const hoverAt = find(nijmegen, "artikel 38b, eerste lid", 5);
    const result = await page.evaluate(
      async ({ text, hoverAt }) => {
        // This function runs in the page, where Worker exists (the test is compiled with Node's types).
        const WorkerInPage = (globalThis as unknown as { Worker: new (url: string, o: object) => { onmessage: (e: { data: any }) => void; postMessage(m: unknown): void; terminate(): void } }).Worker;
        const worker = new WorkerInPage("/browser.js", { type: "module" });
        const pending = new Map<number, (r: unknown) => void>();
        const notes: { method: string; params: any }[] = [];
        worker.onmessage = (e) => {
          const m = e.data;
          if (m.id !== undefined && m.method) worker.postMessage({ jsonrpc: "2.0", id: m.id, result: m.method === "workspace/configuration" ? m.params.items.map(() => null) : null });
          else if (m.id !== undefined) pending.get(m.id)?.(m.result ?? m.error);
          else notes.push(m);
        };
        let id = 0;
        const request = (method: string, params: unknown) =>
          new Promise<any>((resolve) => {
            pending.set(++id, resolve);
            worker.postMessage({ jsonrpc: "2.0", id, method, params });
          });
        const notify = (method: string, params: unknown) => worker.postMessage({ jsonrpc: "2.0", method, params });
        const init = await request("initialize", { processId: null, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
        notify("initialized", {});
        const uri = "vscode-vfs://github/gemeente/plannen/nijmegen.veiligheidsplan";
        notify("textDocument/didOpen", { textDocument: { uri, languageId: "veiligheidsplan", version: 1, text } });
        const until = Date.now() + 20_000;
        while (!notes.some((n) => n.method === "textDocument/publishDiagnostics") && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
        const published = notes.find((n) => n.method === "textDocument/publishDiagnostics");
        const hover = await request("textDocument/hover", { textDocument: { uri }, position: hoverAt });
        const hints = await request("textDocument/inlayHint", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9999, character: 0 } } });
        await request("shutdown", null);
        worker.terminate();
        return {
          name: init.serverInfo?.name,
          codes: (published?.params.diagnostics ?? []).map((d: any) => d.code),
          hover: hover?.contents?.value ?? "",
          hints: (hints ?? []).map((h: any) => h.label),
        };
      },
      { text: nijmegen, hoverAt },
    );
    expect(errors).toEqual([]);
    expect(result.name).toBe("veiligheidsplan-language-server");
    expect(result.codes).toContain("begroting-totalen");
    expect(result.hover).toContain("38b");
    expect(result.hints[0]).toBe("som 6.706 · verschil 10.142");
  }, 60_000);
});
