/**
 * PDF layouts as Word and LibreOffice set them, built here word by word at their places: Word's bullet
 * lists (Symbol's private-use bullet, Courier's "o" for the second level, space between the items), a
 * table whose cells keep a paragraph's spacing, a two-column last page whose right column is shorter,
 * a running header on the pages after the cover of a short document, a cover with a smaller line above the title, and
 * paragraphs with no space between them. What the user sees in the plan, and that no word is lost.
 */
import { describe, expect, it } from "vitest";
import { strToU8 } from "fflate";
import { parse } from "@veiligheidsplan/core";
import { importDocument, ImportError } from "@veiligheidsplan/core/import";
import { pdfFile } from "./documents.js";
import { unaccountedWords } from "./support.js";

/** A word (or run of words) at its place: Helvetica by default, Courier ("mono") or Word's Symbol ("symbol"). */
interface Put {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size?: number;
  readonly font?: "sans" | "mono" | "symbol";
}

/** Text as a PDF string in WinAnsi (Latin-1 as itself, "•" "–" "‘" "’" at their Windows codes), escaped. */
const WIN_ANSI: Record<string, number> = { "‘": 0x91, "’": 0x92, "•": 0x95, "–": 0x96 };
const pdfString = (t: string) => `(${t.replace(/[()\\]/g, "\\$&").replace(/[^\x00-\x7f]/g, (c) => `\\${(WIN_ANSI[c] ?? c.charCodeAt(0)).toString(8)}`)})`;

/**
 * A PDF of A4 pages with each piece of text where it is put. The "symbol" font prints Symbol's bullet
 * (code B7) and says in its ToUnicode map that it is U+F0B7, as Word's PDFs do.
 */
function placedPdf(pages: readonly (readonly Put[])[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) + 2;
  const sans = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const mono = add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>");
  const cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Symbol-PUA def 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <B7> <F0B7> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end";
  const toUnicode = add(`<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`);
  const symbol = add(`<< /Type /Font /Subtype /Type1 /BaseFont /Symbol /ToUnicode ${toUnicode} 0 R >>`);
  const kids: number[] = [];
  for (const puts of pages) {
    const text = puts
      .map((p) => {
        const font = p.font === "mono" ? "F2" : p.font === "symbol" ? "F3" : "F1";
        const shown = p.font === "symbol" ? "<B7>" : pdfString(p.text);
        return `BT /${font} ${p.size ?? 11} Tf ${p.x} ${p.y} Td ${shown} Tj ET`;
      })
      .join("\n");
    const content = add(`<< /Length ${text.length} >>\nstream\n${text}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${sans} 0 R /F2 ${mono} 0 R /F3 ${symbol} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  return pdfFile(objects, kids);
}

/** Lines of text top down from `y`, `step` apart, at `x`. */
const column = (lines: readonly string[], x: number, y: number, step = 13.8, size = 11): Put[] => lines.map((text, i) => ({ text, x, y: y - i * step, size }));

/** The words the pages show (a bullet glyph is none, Word's second level's "o" neither). */
const shown = (pages: readonly (readonly Put[])[]) => pages.flatMap((p) => p.filter((w) => w.font === undefined || w.font === "sans").map((w) => w.text)).join("\n");

async function imported(pages: readonly (readonly Put[])[]) {
  const r = await importDocument(placedPdf(pages), { fileName: "plan.pdf" });
  const body = r.text.replace(/^---\n[\s\S]*?\n---\n/, "");
  return { ...r, body, plan: parse(r.text), lost: unaccountedWords(shown(pages), r.text, r.notes) };
}

describe("PDF layouts of Word and LibreOffice", () => {
  it("Word's bullet list: Symbol's bullet and Courier's 'o' start items, also spaced apart and before a digit or a quote", async () => {
    const page: Put[] = [
      { text: "Prioriteiten", x: 71, y: 756, size: 16 },
      { text: "Wij kiezen voor twee prioriteiten:", x: 71, y: 732 },
      { text: "\uF0B7", x: 89, y: 710, font: "symbol" },
      { text: "Ondermijning", x: 107, y: 710 },
      { text: "o", x: 125, y: 688, font: "mono" },
      { text: "2 keer per jaar een integrale controle", x: 143, y: 688 },
      { text: "o", x: 125, y: 666, font: "mono" },
      { text: "‘Keurmerk Veilig Ondernemen’ op bedrijventerreinen", x: 143, y: 666 },
      { text: "\uF0B7", x: 89, y: 644, font: "symbol" },
      { text: "Jeugd en veiligheid", x: 107, y: 644 },
      { text: "Deze keuze volgt uit de veiligheidsanalyse.", x: 71, y: 622 },
    ];
    const r = await imported([page]);
    expect(r.body).toContain("- Ondermijning\n");
    expect(r.body).toContain("- 2 keer per jaar een integrale controle\n");
    expect(r.body).toContain("- ‘Keurmerk Veilig Ondernemen’ op bedrijventerreinen\n");
    expect(r.body).toContain("- Jeugd en veiligheid\n");
    expect(r.body).not.toMatch(/^#+ .*(?:Ondermijning|Jeugd)/mu);
    expect(r.body).not.toMatch(/[\uF000-\uF0FF]|^- o /mu);
    expect(r.lost).toEqual([]);
  });

  it("a table whose cells keep a paragraph's spacing (rows further apart than a line) is a table, not headings", async () => {
    const at = (y: number, cells: readonly string[]) => cells.map((text, k) => ({ text, x: [71, 171, 301][k]!, y })).filter((c) => c.text !== "");
    const page: Put[] = [
      { text: "Doelen en indicatoren", x: 71, y: 756, size: 16 },
      { text: "De doelen voor de komende vier jaar staan in de tabel.", x: 71, y: 732.7 },
      ...at(710.4, ["Thema", "Indicator", "Nulmeting"]),
      ...at(696.6, ["", "", "2023"]),
      ...at(674.3, ["Ondermijning", "Aantal signalen", "14"]),
      ...at(652, ["Ondermijning", "Aantal Bibob-toetsen", "8"]),
      ...at(629.7, ["Jeugd", "Meldingen", "212"]),
      ...at(615.9, ["", "jeugdoverlast", ""]),
      { text: "De meting herhalen we jaarlijks met de Veiligheidsmonitor.", x: 71, y: 593.6 },
    ];
    const r = await imported([page]);
    expect(r.body).toContain("| Thema        | Indicator               | Nulmeting 2023 |");
    expect(r.body).toContain("| Ondermijning | Aantal Bibob-toetsen    | 8              |");
    expect(r.body).toContain("| Jeugd        | Meldingen jeugdoverlast | 212            |");
    expect(r.body).not.toMatch(/^#+ Ondermijning/mu);
    expect(r.lost).toEqual([]);
  });

  it("a two-column last page with a shorter right column: the whole left column, then the right", async () => {
    const left1 = ["Een kleine groep jongeren veroorzaakt", "overlast en glijdt af naar criminaliteit.", "Dat vraagt om een gezamenlijke aanpak", "waarin preventie, zorg en handhaving", "elkaar versterken in elke wijk."];
    const left2 = ["Inwoners moeten zich veilig voelen in", "hun straat, wijk en kern van de stad.", "Wij werken daarom samen met politie", "en woningcorporaties aan de aanpak."];
    const right = ["Criminelen gebruiken legale bedrijven", "en panden voor drugshandel en witwassen.", "Wij treden daar samen met het RIEC", "tegen op met controles en de Bibob-toets.", "Dat doen wij elk jaar opnieuw met zorg."];
    const page2: Put[] = [
      ...column(left1, 71, 760),
      { text: "Veilige woonomgeving", x: 71, y: 660, size: 14 },
      ...column(left2, 71, 636),
      ...column(right, 315.5, 760),
      { text: "Pagina 2", x: 71, y: 47 },
    ];
    const page1: Put[] = [
      { text: "Integraal Veiligheidsplan Dijkhoven 2024-2027", x: 71, y: 780, size: 20 },
      ...column(["Dit plan beschrijft hoe de gemeente Dijkhoven de komende vier jaar werkt aan veiligheid.", "Wij werken samen met politie, Openbaar Ministerie, zorgpartners en inwoners."], 71, 740),
      { text: "Pagina 1", x: 71, y: 47 },
    ];
    const r = await imported([page1, page2]);
    const at = (t: string) => r.body.indexOf(t);
    expect(at("elkaar versterken in elke wijk.")).toBeGreaterThan(0);
    // The left column's heading and its text, below the right column's end, come before the right column.
    expect(at("Veilige woonomgeving")).toBeLessThan(at("Criminelen gebruiken"));
    expect(at("woningcorporaties aan de aanpak.")).toBeLessThan(at("Criminelen gebruiken"));
    expect(r.body).toContain("Inwoners moeten zich veilig voelen in hun straat, wijk en kern van de stad.");
    expect(r.lost).toEqual([]);
  });

  it("a running header on every page but the cover (Word's 'different first page'), in three pages, is left out and is not the title", async () => {
    const header = { text: "IVP Dijkhoven concept", x: 71, y: 796, size: 9 };
    const cover: Put[] = [
      { text: "Integraal Veiligheidsplan Dijkhoven 2024-2027", x: 71, y: 600, size: 24 },
      { text: "Samen werken aan een veilig Dijkhoven", x: 71, y: 560, size: 14 },
    ];
    const p2: Put[] = [
      header,
      { text: "Inleiding", x: 71, y: 760, size: 16 },
      ...column(["Dit plan beschrijft hoe de gemeente Dijkhoven de komende vier jaar werkt aan veiligheid.", "Wij werken samen met politie, Openbaar Ministerie, zorgpartners en inwoners."], 71, 736),
      { text: "Pagina 2", x: 71, y: 47, size: 9 },
    ];
    const p3: Put[] = [
      header,
      { text: "Prioriteiten", x: 71, y: 760, size: 16 },
      ...column(["Wij kiezen voor ondermijning en jeugd als prioriteiten voor de komende jaren.", "Die keuze volgt uit de veiligheidsanalyse van de regio."], 71, 736),
      { text: "Pagina 3", x: 71, y: 47, size: 9 },
    ];
    const r = await imported([cover, p2, p3]);
    expect(r.plan.plan.metadata.titel).toBe("Integraal Veiligheidsplan Dijkhoven 2024-2027");
    expect(r.body).not.toContain("IVP Dijkhoven concept");
    expect(r.body).toMatch(/^#+ Inleiding\n\nDit plan beschrijft/mu);
    expect(r.notes.filter((n) => n.messageId === "import.kopregel").map((n) => n.text)).toEqual(["IVP Dijkhoven concept", "IVP Dijkhoven concept"]);
    expect(r.lost).toEqual([]);
  });

  it("a cover with a smaller line above the title: the largest type is the title", async () => {
    const cover: Put[] = [
      { text: "Gemeente Dijkhoven", x: 71, y: 758, size: 14 },
      { text: "Integraal Veiligheidsplan", x: 71, y: 719.4, size: 28 },
      { text: "2024-2027", x: 71, y: 684.2, size: 28 },
    ];
    const body: Put[] = [
      { text: "Inleiding", x: 71, y: 756, size: 16 },
      { text: "Dit plan beschrijft de koers voor de komende vier jaar.", x: 71, y: 732.7 },
      { text: "Aanleiding", x: 71, y: 708, size: 14 },
      { text: "Het vorige plan liep af in 2023.", x: 71, y: 685.3 },
    ];
    const r = await imported([cover, body]);
    expect(r.plan.plan.metadata.titel).toBe("Integraal Veiligheidsplan 2024-2027");
    expect(r.plan.plan.metadata.gemeente).toBe("Dijkhoven");
    expect(r.body).not.toMatch(/^# Gemeente/mu);
    expect(r.lost).toEqual([]);
  });

  it("paragraphs with no space between them: a line that ends a sentence short of the column's edge ends its paragraph", async () => {
    const lines = [
      "Voor u ligt het Integraal Veiligheidsplan van de gemeente Dijkhoven voor de jaren",
      "2024 tot en met 2027.",
      "Het plan is opgesteld samen met politie, Openbaar Ministerie en de veiligheidsregio en",
      "is gebaseerd op artikel 38b van de Politiewet 2012.",
      "Meer informatie staat op de website van het CCV en in de Veiligheidsmonitor van",
      "het CBS.",
    ];
    const page: Put[] = [{ text: "Inleiding", x: 71, y: 760, size: 16 }, ...column(lines, 71, 736, 12.8)];
    const r = await imported([page]);
    const paragraphs = r.body.split("\n\n").map((p) => p.trim());
    expect(paragraphs).toContain("Voor u ligt het Integraal Veiligheidsplan van de gemeente Dijkhoven voor de jaren 2024 tot en met 2027.");
    expect(paragraphs).toContain("Het plan is opgesteld samen met politie, Openbaar Ministerie en de veiligheidsregio en is gebaseerd op artikel 38b van de Politiewet 2012.");
    expect(paragraphs).toContain("Meer informatie staat op de website van het CCV en in de Veiligheidsmonitor van het CBS.");
    expect(r.lost).toEqual([]);
  });

  it("a damaged or empty PDF is refused with the reason in the user's language", async () => {
    for (const bytes of [new Uint8Array(), strToU8("%PDF-1.4\n")]) {
      let error: unknown;
      try {
        await importDocument(bytes, { fileName: "plan.pdf" });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ImportError);
      const nl = (error as ImportError).localized("nl");
      expect(nl).toMatch(/^de PDF is niet te lezen: (?:het bestand is leeg|de opbouw van het bestand klopt niet, het is beschadigd of onvolledig; )/);
      expect(nl).not.toMatch(/Invalid|empty|structure/i);
      expect((error as ImportError).localized("en")).toMatch(/^the PDF cannot be read: (?:the file is empty|the file's structure is wrong)/);
    }
  });
});
