/**
 * Headless Chromium for the tests that need a real browser (the report, the language server's browser
 * build, the web extension's worker): one place for where Chromium is, how it is started, how a test
 * that needs it skips, and a local server for pages whose scripts must come from http (web workers).
 * .ci/run installs Debian's chromium; elsewhere the tests skip with a message.
 */
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** playwright-core's `chromium`, passed in by the test: each package depends on playwright-core itself. */
export interface ChromiumLauncher<B> {
  launch(options: { executablePath: string; args: string[] }): Promise<B>;
}

export const CHROMIUM = "/usr/bin/chromium";

/** Whether Chromium is there; if not, says once (under `label`) what is skipped and how to install it. */
export function hasChromium(label: string): boolean {
  const there = existsSync(CHROMIUM);
  if (!there) console.warn(`[${label}] skipped: ${CHROMIUM} not found. Install it with: apt-get update && apt-get install -y chromium`);
  return there;
}

/** Chromium without a sandbox, GPU, first-run or background traffic (no request but the test's own). */
export function launchChromium<B>(chromium: ChromiumLauncher<B>): Promise<B> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** What a page server answers for a path: a script (text/javascript) or, for every other path, a page. */
export interface PageServer {
  readonly base: string;
  close(): Promise<void>;
}

/** Serves `scripts` (path → code, read when asked) and an empty page for any other path, on 127.0.0.1. */
export async function servePage(scripts: Record<string, () => string | Buffer | undefined>, title = "test"): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const script = scripts[req.url ?? ""]?.();
    res.writeHead(200, { "content-type": script !== undefined ? "text/javascript" : "text/html" });
    res.end(script ?? `<!doctype html><title>${title}</title>`);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
