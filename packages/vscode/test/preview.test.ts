/**
 * The report preview's page (src/previewHtml.ts): core's report with the one script that keeps the
 * reader's place, allowed by its nonce and nothing else; and the manifest entries that open it.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lint, renderReport } from "@veiligheidsplan/core";
import { bodyOf, nonce, withPlaceKeeper } from "../src/previewHtml.js";

const EXAMPLE = fileURLToPath(new URL("../../../examples/minimaal.veiligheidsplan", import.meta.url));
const report = renderReport(lint(readFileSync(EXAMPLE, "utf8"), { today: "2025-06-01" }));

describe("the preview page", () => {
  const n = nonce();
  const page = withPlaceKeeper(report, n);

  it("allows only its own script, by nonce, and otherwise keeps the report's policy", () => {
    const policies = [...page.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)].map((m) => m[1]);
    expect(policies).toEqual([`default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-${n}'`]);
    const scripts = [...page.matchAll(/<script([^>]*)>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toBe(` nonce="${n}"`);
    expect(page.indexOf("<script")).toBeLessThan(page.indexOf("</head>"));
    expect(n).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(nonce()).not.toBe(n);
  });

  it("keeps the report otherwise unchanged, and updates carry exactly its body", () => {
    expect(page.replace(/<script[^]*?<\/script>\n/, "").replace(/; script-src 'nonce-\w+'/, "")).toBe(report);
    const body = bodyOf(report);
    expect(body.startsWith("\n<header class=\"omslag\">")).toBe(true);
    expect(body.endsWith("</footer>\n")).toBe(true);
    expect(report).toBe(`${report.slice(0, report.indexOf("<body>") + 6)}${body}${report.slice(report.lastIndexOf("</body>"))}`);
  });

  it("replaces the body on an update message and keeps the scroll position", () => {
    const script = /<script[^>]*>([^]*?)<\/script>/.exec(page)![1]!;
    const listeners: Record<string, (e: unknown) => void> = {};
    const state: { y?: number } = {};
    const doc = { body: { innerHTML: "oud" } };
    let scrolledTo: number | undefined;
    const run = new Function("acquireVsCodeApi", "addEventListener", "scrollTo", "document", "scrollY", script);
    run(
      () => ({ getState: () => state, setState: (s: { y: number }) => Object.assign(state, s) }),
      (type: string, f: (e: unknown) => void) => (listeners[type] = f),
      (_x: number, y: number) => (scrolledTo = y),
      doc,
      420,
    );
    listeners.message!({ data: { type: "update", body: "<p>nieuw</p>" } });
    expect(doc.body.innerHTML).toBe("<p>nieuw</p>");
    expect(scrolledTo).toBe(420);
    listeners.message!({ data: { type: "iets anders", body: "<p>x</p>" } });
    expect(doc.body.innerHTML).toBe("<p>nieuw</p>");
    listeners.scroll!({});
    expect(state.y).toBe(420);
  });
});

describe("the manifest", () => {
  const manifest = JSON.parse(readFileSync(fileURLToPath(new URL("../package.json", import.meta.url)), "utf8"));

  it("offers the preview in the command palette and the editor's title bar of a plan (on the desktop)", () => {
    const command = manifest.contributes.commands.find((c: { command: string }) => c.command === "veiligheidsplan.showReport");
    expect(command.icon).toBe("$(open-preview)");
    expect(manifest.contributes.menus["editor/title"]).toContainEqual({ command: "veiligheidsplan.showReport", when: "editorLangId == veiligheidsplan && !isWeb", group: "navigation" });
    expect(manifest.contributes.menus.commandPalette).toContainEqual({ command: "veiligheidsplan.showReport", when: "editorLangId == veiligheidsplan && !isWeb" });
  });
});
