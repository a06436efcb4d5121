/**
 * Tables longer than a page, as a goals table per theme and a budget per theme often are: Word and
 * LibreOffice let a row break across pages and repeat the header at the top of the next, so in the PDF
 * a row's last lines stand under the repeated header ("Aanpak verkeersveiligheid in wijken en" at the
 * foot of one page, "(bedragen x € 1.000) 2024 …" and "kernen" at the top of the next). Made by pandoc
 * and LibreOffice as ./made.ts makes documents; the columns are narrow, so cells wrap over many lines.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { lint, parse } from "@veiligheidsplan/core";
import { importDocument } from "@veiligheidsplan/core/import";
import { asLayoutText, made, PDFTOTEXT, SKIPPED, TOOLS, type Made } from "./made.js";
import { unaccountedWords } from "./support.js";

const THEMES = ["Ondermijning", "Woninginbraken", "Jeugdoverlast", "Drugsoverlast", "Verkeersveiligheid", "Huiselijk geweld", "Cybercriminaliteit", "Evenementen", "Horeca", "Radicalisering", "Mensenhandel", "Zorg en veiligheid"];
const INTRO = "Dit integraal veiligheidsplan van de gemeente Rivierland beschrijft de koers voor 2024-2027. Samen met inwoners, ondernemers en partners werken we aan een veilige gemeente waar iedereen zich thuis voelt.";
const totals = [0, 1, 2, 3].map((k) => THEMES.reduce((sum, _, i) => sum + 10 + i + k, 0));
const RIVIERLAND = [
  "# Veilig in Rivierland",
  "# 1. Inleiding",
  ...Array.from({ length: 13 }, () => INTRO),
  `Onze thema's zijn ${THEMES.map((t) => t.toLowerCase()).join(", ")}.`,
  "# 2. Doelen",
  ["| Doel | Indicator | Nulmeting 2023 | Streefwaarde 2027 | Bron |", "|---|---|---|---|---|", ...THEMES.map((t, i) => `| Minder overlast en criminaliteit rond ${t.toLowerCase()} in alle kernen | Meldingen ${t.toLowerCase()} per jaar | ${100 + i} | ${80 + i} | Politie en gemeente |`)].join("\n"),
  "# 3. Financiën",
  ["| (bedragen x € 1.000) | 2024 | 2025 | 2026 | 2027 |", "|---|---|---|---|---|", ...THEMES.map((t, i) => `| Aanpak ${t.toLowerCase()} in wijken en kernen | ${10 + i} | ${11 + i} | ${12 + i} | ${13 + i} |`), `| Totaal | ${totals.join(" | ")} |`].join("\n"),
].join("\n\n");

const rowsOf = (plan: string, heading: string) =>
  plan
    .slice(plan.indexOf(heading))
    .split("\n\n")[1]!
    .split("\n")
    .slice(2)
    .map((l) => l.split("|").slice(1, -1).map((c) => c.trim()));

describe.skipIf(!TOOLS)(`tables over three pages, rows cut by the pages, the header repeated on each${SKIPPED}`, () => {
  let docs: Made;
  beforeAll(() => {
    docs = made("rivierland", `${RIVIERLAND}\n`, ["pdf"]);
  }, 300_000);

  it("pdf: every row of the goals table whole, and no repeated header left as a paragraph", async () => {
    const r = await importDocument(docs.pdf, { fileName: "plan.pdf" });
    expect(rowsOf(r.text, "## 2. Doelen").map((row) => row[0])).toEqual(THEMES.map((t) => `Minder overlast en criminaliteit rond ${t.toLowerCase()} in alle kernen`));
    expect(rowsOf(r.text, "## 2. Doelen").map((row) => row.slice(1))).toEqual(THEMES.map((t, i) => [`Meldingen ${t.toLowerCase()} per jaar`, `${100 + i}`, `${80 + i}`, "Politie en gemeente"]));
    expect(r.text).not.toMatch(/^Nulmeting|^Doel Indicator/m);
    expect(unaccountedWords(RIVIERLAND.replace(/[#|*-]/g, " "), r.text, r.notes)).toEqual([]);
  });

  it.skipIf(!PDFTOTEXT)(`the PDF's text as pdftotext -layout gives it: every row of the goals table whole${PDFTOTEXT ? "" : " (skipped: pdftotext not installed)"}`, async () => {
    const r = await importDocument(asLayoutText(docs.pdf), { fileName: "plan.txt" });
    expect(rowsOf(r.text, "## 2. Doelen")).toEqual(THEMES.map((t, i) => [`Minder overlast en criminaliteit rond ${t.toLowerCase()} in alle kernen`, `Meldingen ${t.toLowerCase()} per jaar`, `${100 + i}`, `${80 + i}`, "Politie en gemeente"]));
  });

  it.skipIf(!PDFTOTEXT)(`the PDF's text as pdftotext -layout gives it: every line of the budget whole, its unit begun on the line above, and its columns add up${PDFTOTEXT ? "" : " (skipped: pdftotext not installed)"}`, async () => {
    const r = await importDocument(asLayoutText(docs.pdf), { fileName: "plan.txt" });
    const p = parse(r.text);
    expect(p.budget?.lines.map((l) => l.deelproduct)).toEqual(THEMES.map((t) => `Aanpak ${t.toLowerCase()} in wijken en kernen`));
    expect(r.text).toContain("| (bedragen x € 1.000)");
    expect(lint(r.text, { today: "2026-12-06" }).diagnostics.filter((d) => d.ruleId.startsWith("begroting-totalen"))).toEqual([]);
  });

  it("pdf: every line of the budget whole, and its columns add up", async () => {
    const r = await importDocument(docs.pdf, { fileName: "plan.pdf" });
    const p = parse(r.text);
    expect(p.budget?.lines.map((l) => l.deelproduct)).toEqual(THEMES.map((t) => `Aanpak ${t.toLowerCase()} in wijken en kernen`));
    expect(lint(r.text, { today: "2026-12-06" }).diagnostics.filter((d) => d.ruleId.startsWith("begroting-totalen"))).toEqual([]);
  });
});
