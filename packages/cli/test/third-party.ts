/**
 * What the third-party scenario tests share: whether the producers are installed (pandoc, LibreOffice's
 * headless soffice, poppler's pdftotext; .ci/run installs them), making a document from Markdown with
 * them, and importing a file with the built CLI.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, expect } from "vitest";
import { ensureBuilt, run, tempDir } from "./harness.js";

/** Whether a command is on the PATH. */
export const has = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
/** pandoc, soffice and pdftotext are all there. */
export const TOOLS = has("soffice") && has("pandoc") && has("pdftotext");
/** Added to a describe's title when the tools are missing (the tests then skip). */
export const SKIPPED = TOOLS ? "" : " (skipped: soffice, pandoc or pdftotext not installed; .ci/run installs them)";

/** In a fresh folder: `name`.md, the .docx pandoc makes of it and the .pdf LibreOffice makes of that. The folder, once made. */
export function madeByPandocAndLibreOffice(name: string, markdown: string): () => string {
  let dir = "";
  beforeAll(() => {
    ensureBuilt();
    dir = tempDir({ [`${name}.md`]: markdown });
    execFileSync("pandoc", ["-f", "markdown", "-t", "docx", "-o", join(dir, `${name}.docx`), join(dir, `${name}.md`)]);
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, `${name}.docx`)], { timeout: 240_000, stdio: "ignore" });
  }, 300_000);
  return () => dir;
}

/** Imports `file` in `dir` with the built CLI; the new plan's text. */
export function imported(dir: string, file: string): string {
  const out = `${file}.veiligheidsplan`;
  const r = run(["import", file, "-o", out], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(join(dir, out), "utf8");
}
