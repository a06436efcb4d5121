/**
 * The README's recipes, run as a reader would copy them: each `js` block under "Recipes" is written to
 * a file next to a real plan and run with Node against the built package (dist/), and what it prints
 * is what the recipe promises.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const coreDir = new URL("..", import.meta.url);
const readme = readFileSync(new URL("README.md", coreDir), "utf8");
const dist = pathToFileURL(new URL("dist/index.js", coreDir).pathname).href;
const work = mkdtempSync(join(tmpdir(), "vp-readme-"));
cpSync(new URL("../../examples/nijmegen-2022-2026.veiligheidsplan", coreDir), join(work, "plan.veiligheidsplan"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const recipes = new Map(
  [...readme.slice(readme.indexOf("## Recipes")).matchAll(/^### (.+)\n\n```js\n([^]*?)```/gm)].map((m) => [m[1]!, m[2]!]),
);

function run(title: string): string {
  const code = recipes.get(title);
  if (code === undefined) throw new Error(`no recipe '${title}' in the README; it has: ${[...recipes.keys()].join(", ")}`);
  const file = join(work, `${title.replace(/\W+/g, "-")}.mjs`);
  writeFileSync(file, code.replaceAll('"@veiligheidsplan/core"', JSON.stringify(dist)));
  const r = spawnSync(process.execPath, [file], { cwd: work, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

describe("the README's recipes", () => {
  it("has three", () => expect(recipes.size).toBe(3));

  it("lists the themes and their pillars", () => {
    const out = run("List the themes and their pillars");
    expect(out).toMatch(/^1\. Ondermijning \(prioritair\)\n {3}- \S/m);
    expect(out.match(/^\d+\. /gm)).toHaveLength(9);
  });

  it("checks the budget per year", () => {
    const out = run("Check the budget per year").trim().split("\n");
    expect(out).toHaveLength(5);
    expect(out[0]).toMatch(/^2022: lines add up to [\d.]+ \(bedragen x € 1\.000\), (ok|but the table says [\d.]+)$/);
  });

  it("checks a plan from a web form and shows Dutch messages with 1-based lines", () => {
    const out = run("Check a plan from a web form and show the messages in Dutch");
    expect(out).toMatch(/^Dit bestand is leeg/);
    expect(out).toMatch(/^Regel \d+, kolom \d+ \(error\): .*[a-z]/m);
    expect(out).not.toMatch(/undefined|NaN|\{\w+\}/);
  });
});
