/**
 * A plan laid out as most published plans are (a joint plan; chapters numbered "3." with sections
 * "3.1 Prioriteit 1: …"; "Bovenlokale prioriteiten" and "Strategische thema's"), made into documents by
 * real third-party software: pandoc writes the .docx (once with heading styles, once with headings
 * made by hand as bold paragraphs), LibreOffice (headless soffice) the .pdf, and poppler's pdftotext
 * the plain text a colleague would copy out of that PDF (headings directly above their text, no blank
 * line between). Each is imported with the built CLI: the same municipalities,
 * themes and chapters must come back, and the plan must lint without a finding about its structure.
 * .ci/run installs the tools; without them these tests skip with a message.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";
import { ensureBuilt, run, tempDir } from "./harness.js";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const TOOLS = has("soffice") && has("pandoc") && has("pdftotext");

const PLAN = `# Integraal Veiligheidsplan Heuvelrand 2024-2027

gemeente Gulpen-Wittem · gemeente Meerssen · gemeente Vaals · gemeente Valkenburg aan de Geul

Maart 2024

## 1. Inleiding

Dit is het gezamenlijke veiligheidsplan van de gemeenten Gulpen-Wittem, Meerssen, Vaals en Valkenburg aan de Geul voor de jaren 2024 tot en met 2027. De vier gemeenteraden stellen het elk vast, op grond van artikel 38b, eerste lid, Politiewet 2012.

## 2. Veiligheidsbeeld

Volgens de politie daalde het aantal woninginbraken tussen 2020 en 2023. Uit de Veiligheidsmonitor blijkt dat een op de zeven inwoners zich weleens onveilig voelt in de eigen buurt.

## 3. Bovenlokale prioriteiten

### 3.1 Prioriteit 1: Zorg en veiligheid verbinden

Inwoners met verward gedrag krijgen sneller passende zorg. In 2027 worden 90% van de meldingen binnen een week opgepakt.

### 3.2 Prioriteit 2: Ondermijning tegengaan

We willen dat in 2027 het aantal meldingen van ondermijning met 25% is gestegen, omdat meer signalen worden herkend.

## 4. Strategische thema’s

### 4.1 Veilige kernen

Bewoners kennen hun wijkagent en hun boa.

### 4.2 Jeugd en veiligheid

Jongeren die overlast geven worden snel begeleid.

## 5. Sturing en verantwoording

Jaarlijks informeren we de vier gemeenteraden met een veiligheidsrapportage over de voortgang. Aan het einde van de planperiode evalueren we dit plan.
`;

describe.skipIf(!TOOLS)(`a joint plan with numbered sections, made by pandoc, LibreOffice and pdftotext${TOOLS ? "" : " (skipped: soffice, pandoc or pdftotext not installed; .ci/run installs them)"}`, () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    // The same plan with its headings made by hand: bold paragraphs, no heading styles.
    dir = tempDir({ "plan.md": PLAN, "bold.md": PLAN.replace(/^#{2,3} (.*)$/gm, "**$1**") });
    for (const name of ["plan", "bold"]) execFileSync("pandoc", ["-f", "markdown", "-t", "docx", "-o", join(dir, `${name}.docx`), join(dir, `${name}.md`)]);
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "plan.docx"), join(dir, "bold.docx")], { timeout: 240_000, stdio: "ignore" });
    execFileSync("pdftotext", [join(dir, "plan.pdf"), join(dir, "plan-pdftotext.txt")]);
    // What the test is about: the copied text has each heading directly above its text.
    expect(readFileSync(join(dir, "plan-pdftotext.txt"), "utf8")).toMatch(/3\.1 Prioriteit 1: Zorg en veiligheid verbinden\nInwoners/);
  }, 300_000);

  it.each([["plan.docx"], ["plan.pdf"], ["plan-pdftotext.txt"], ["bold.docx"], ["bold.pdf"]])("%s comes back with its municipalities, themes and chapters", (file) => {
    const out = `${file}.veiligheidsplan`;
    const r = run(["import", file, "-o", out], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(dir, out), "utf8");
    const p = parse(text);
    expect(p.plan.metadata.titel).toBe("Integraal Veiligheidsplan Heuvelrand 2024-2027");
    expect(p.plan.metadata.gemeenten?.map((g) => g.naam)).toEqual(["Gulpen-Wittem", "Meerssen", "Vaals", "Valkenburg aan de Geul"]);
    expect(p.themes.map((t) => [t.title, t.soort])).toEqual([
      ["Zorg en veiligheid verbinden", "prioritair"],
      ["Ondermijning tegengaan", "prioritair"],
      ["Veilige kernen", "kern"],
      ["Jeugd en veiligheid", "kern"],
    ]);
    // The chapter after the themes is a chapter, not a third strategic theme.
    expect(text).toMatch(/^## 5\. Sturing en verantwoording$/m);
    const lint = run(["lint", out, "--format", "json", "--today", "2026-12-07"], { cwd: dir });
    const rules = (JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[]).flatMap((f) => f.messages.map((m) => m.ruleId));
    expect(rules).not.toContain("thema-nummering");
    expect(rules).not.toContain("metadata");
  });
});
