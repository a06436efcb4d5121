/**
 * A real third-party editor: headless Neovim (0.7+, `vim.lsp.start_client`) starts the built server,
 * opens the Nijmegen example and reads the budget diagnostics back. Skipped, saying so, where Neovim is
 * not installed (`apt-get install -y neovim`).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { examplePath } from "./helpers.js";
import { requireBuiltServer, SERVER_BIN } from "./lsp-client.js";

const nvim = spawnSync("nvim", ["--version"], { encoding: "utf8" });
const hasNvim = nvim.status === 0;
const title = hasNvim ? `Neovim (${nvim.stdout.split("\n")[0]})` : "Neovim — SKIPPED: `nvim` is not installed (apt-get install -y neovim)";

describe(title, () => {
  it.skipIf(!hasNvim)("opens the Nijmegen plan and shows the budget errors, the article on hover, and the budget sums", () => {
    requireBuiltServer();
    const home = mkdtempSync(join(tmpdir(), "vp-nvim-"));
    try {
      const out = join(home, "result.json");
      const script = fileURLToPath(new URL("./nvim/diagnostics.lua", import.meta.url));
      // Everything Neovim writes (log, state) stays in the test's own folder.
      const env = {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: join(home, "config"),
        XDG_DATA_HOME: join(home, "data"),
        XDG_STATE_HOME: join(home, "state"),
        XDG_CACHE_HOME: join(home, "cache"),
        VP_NODE: process.execPath,
        VP_SERVER: SERVER_BIN,
        VP_PLAN: examplePath("nijmegen-2022-2026.veiligheidsplan"),
        VP_OUT: out,
        VP_TIMEOUT: "20000",
      };
      const run = spawnSync("nvim", ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", `luafile ${script}`], { env, encoding: "utf8", timeout: 60_000 });
      expect(run.error, run.stderr).toBeUndefined();
      const result = JSON.parse(readFileSync(out, "utf8")) as {
        ok: boolean;
        error?: string;
        diagnostics: { lnum: number; message: string; severity: number; source: string; code: string }[];
        hover: string | null;
        lenses: { line: number; title: string }[];
        hints: { line: number; label: string }[];
        inlayHintsShown: boolean | null;
        nvim: string;
      };
      expect(result.error).toBeUndefined();
      expect(result.ok).toBe(true);
      const lines = readFileSync(examplePath("nijmegen-2022-2026.veiligheidsplan"), "utf8").split("\n");
      const totalLine = lines.findIndex((l) => l.startsWith("| **Totaal**"));
      const budget = result.diagnostics.filter((d) => d.lnum === totalLine);
      expect(budget.some((d) => d.message.includes("6.706") && d.message.includes("16.848") && d.severity === 1 && d.source === "veiligheidsplan")).toBe(true);
      expect(result.hover).toContain("De gemeenteraad stelt ten minste eenmaal in de vier jaar");
      // The budget's sums on the Totaal row: as a code lens (shown by every Neovim since 0.5.1) and as
      // inlay hints (answered to any version; shown from Neovim 0.10 on).
      expect(result.lenses.map((l) => l.line)).toEqual([totalLine]);
      expect(result.lenses[0]!.title).toContain("2022: som 6.706 · verschil 10.142");
      expect(result.hints[0]).toEqual({ line: totalLine, label: "som 6.706 · verschil 10.142" });
      if (!result.inlayHintsShown) console.info(`Neovim ${result.nvim} has no inlay hint display (0.10+); the sums show there as a code lens.`);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 90_000);
});
