/**
 * Reading order on a PDF page in two columns (src/import/pdf-columns.ts), on items laid out as a word
 * processor sets them (11 pt type, lines 14 pt apart, columns 230 pt wide with a 20 pt gutter), and on
 * layouts that are not two columns of prose: a two-column table of amounts, a page of plain prose, and a
 * heading across the gutter between two stretches of columns. The same on a real PDF:
 * cli/test/third-party-shapes.test.ts ("a plan set in two columns").
 */
import { describe, expect, it } from "vitest";
import { readingOrder, type PageItem } from "../../src/import/pdf-columns.js";

const item = (text: string, x: number, y: number, size = 11): PageItem => ({ text, x, y, size, width: text.length * 4.6 });
/** A line of prose in the left column (x 72) and one in the right (x 322), at baseline y. */
const both = (y: number, left: string, right: string) => [item(left, 72, y), item(right, 322, y)];
const texts = (flows: PageItem[][]) => flows.map((f) => f.map((i) => i.text));

describe("reading a page set in two columns", () => {
  it("reads the left column down, then the right, with what stands across the page before and after", () => {
    const lines = Array.from({ length: 6 }, (_, k) => both(700 - 14 * k, `links regel ${k + 1} van de tekst`, `rechts regel ${k + 1} van de tekst`));
    const page = [item("Integraal Veiligheidsplan Tweestroom 2025-2028 over de hele breedte", 72, 760, 16), ...lines.flat(), item("Een slotzin die over de hele breedte van de pagina loopt, zo breed als de tekst", 72, 560)];
    const flows = readingOrder(page);
    expect(texts(flows)).toEqual([
      ["Integraal Veiligheidsplan Tweestroom 2025-2028 over de hele breedte"],
      [1, 2, 3, 4, 5, 6].map((k) => `links regel ${k} van de tekst`),
      [1, 2, 3, 4, 5, 6].map((k) => `rechts regel ${k} van de tekst`),
      ["Een slotzin die over de hele breedte van de pagina loopt, zo breed als de tekst"],
    ]);
  });

  it("keeps a column's heading and a left column longer than the right in the left column", () => {
    const page = [
      ...both(700, "Opgave", "verder in de rechterkolom met tekst"),
      ...both(686, "eerste regel van de opgave hier", "en nog een regel rechts erbij"),
      ...both(672, "tweede regel van de opgave hier", "en de derde regel rechts erbij"),
      ...both(658, "derde regel van de opgave hier", "en de vierde regel rechts erbij"),
      ...both(644, "vierde regel van de opgave hier", "en de laatste regel rechts erbij"),
      ...both(630, "vijfde regel van de opgave hier", "rechts is dit de allerlaatste regel"),
      item("zesde regel links alleen", 72, 616),
      item("zevende regel links alleen", 72, 602),
    ];
    const [left, right] = texts(readingOrder(page));
    expect(left).toEqual(["Opgave", "eerste regel van de opgave hier", "tweede regel van de opgave hier", "derde regel van de opgave hier", "vierde regel van de opgave hier", "vijfde regel van de opgave hier", "zesde regel links alleen", "zevende regel links alleen"]);
    expect(right).toHaveLength(6);
  });

  it("ends the columns at a heading in larger type below them, which is read before the next stretch of columns", () => {
    const stretch = (top: number, tag: string) => Array.from({ length: 5 }, (_, k) => both(top - 14 * k, `${tag} links regel ${k + 1} tekst`, `${tag} rechts regel ${k + 1} tekst`)).flat();
    const page = [...stretch(700, "A"), item("2. Prioriteiten", 72, 610, 16), ...stretch(580, "B")];
    const flows = texts(readingOrder(page));
    expect(flows.map((f) => f[0])).toEqual(["A links regel 1 tekst", "A rechts regel 1 tekst", "2. Prioriteiten", "B links regel 1 tekst", "B rechts regel 1 tekst"]);
  });

  it("reads the columns one after the other where a paragraph's spacing set one column's baselines half a line off the other's", () => {
    // Three lines side by side, then eight where the right column runs 7 pt lower (no line has both sides),
    // then three side by side again: as LibreOffice sets a section in two columns with spaced paragraphs.
    const aligned = (top: number, from: number) => Array.from({ length: 3 }, (_, k) => both(top - 14 * k, `links regel ${from + k} van de tekst`, `rechts regel ${from + k} van de tekst`)).flat();
    const offset = Array.from({ length: 8 }, (_, k) => [item(`links regel ${4 + k} van de tekst`, 72, 658 - 14 * k), item(`rechts regel ${4 + k} van de tekst`, 322, 651 - 14 * k)]).flat();
    const flows = texts(readingOrder([...aligned(700, 1), ...offset, ...aligned(546, 12)]));
    expect(flows).toEqual([Array.from({ length: 14 }, (_, k) => `links regel ${k + 1} van de tekst`), Array.from({ length: 14 }, (_, k) => `rechts regel ${k + 1} van de tekst`)]);
  });

  it("reads two columns where the left one holds a heading and a table's short cells beside the right one's prose", () => {
    const right = (k: number) => item(`rechts regel ${k + 1} van de lopende tekst`, 322, 700 - 14 * k);
    const left = [
      [item("2.1 Prioriteit 1: Woninginbraken", 72, 700)],
      [item("eerste regel van de opgave links", 72, 686)],
      [item("tweede regel van de opgave links", 72, 672)],
      [item("Doelen", 72, 658)],
      ...Array.from({ length: 6 }, (_, k) => [item(k % 2 ? "ken" : "Minder", 72, 644 - 14 * k), ...(k % 2 ? [] : [item("Aantal", 110, 644 - 14 * k), item("84 (2023)", 150, 644 - 14 * k), item("Politie", 200, 644 - 14 * k)])]),
    ];
    const page = left.flatMap((l, k) => [...l, right(k)]);
    const flows = texts(readingOrder(page));
    expect(flows).toHaveLength(2);
    expect(flows[1]).toEqual(Array.from({ length: 10 }, (_, k) => `rechts regel ${k + 1} van de lopende tekst`));
  });

  it("leaves a table of a theme's words and one word beside them as it stands", () => {
    const table = Array.from({ length: 8 }, (_, k) => [item(`Veilige wijken en buurten ${k + 1}`, 72, 700 - 14 * k), item("Wijkaanpak", 322, 700 - 14 * k)]).flat();
    expect(readingOrder(table)).toEqual([table]);
  });

  it("leaves a table of names and amounts, and a page of prose in one column, as they stand", () => {
    const table = Array.from({ length: 8 }, (_, k) => [item(`Deelproduct ${k + 1}`, 72, 700 - 14 * k), item(`€ ${k + 1}0.000`, 322, 700 - 14 * k)]).flat();
    expect(readingOrder(table)).toEqual([table]);
    const prose = Array.from({ length: 8 }, (_, k) => item("Een regel gewone tekst die over de hele breedte van de kolom loopt en verder gaat", 72, 700 - 14 * k));
    expect(readingOrder(prose)).toEqual([prose]);
  });
});
