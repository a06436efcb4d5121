/**
 * The period of an imported plan is the one its own name states: a plan that looks back on its
 * predecessor names that plan's period in many headings and sentences ("Terugblik IVB 2020-2023"), and
 * a count of mentions took it for the plan's own. Only a title without a period (or with two) leaves
 * the period to the count of the headings, the text and the budget's years.
 */
import { describe, expect, it } from "vitest";
import { importDocument } from "@veiligheidsplan/core/import";

const plan = (title: string) => `# ${title}

## Hoofdstuk 1: Inleiding

Dit beleid volgt op het IVB 2020-2023.

## Hoofdstuk 2: Terugblik IVB 2020-2023

### Resultaten IVB 2020-2023

In de periode 2020-2023 daalde het aantal woninginbraken. Het IVB 2020-2023 had vier prioriteiten.

### Lessen uit het IVB 2020-2023

De aanpak van jeugdoverlast werkte minder goed.

## Hoofdstuk 3: Prioriteiten

### 3.1 Ondermijning

Ondermijning tast de rechtsstaat aan.
`;

const periodeOf = async (text: string) => {
  const r = await importDocument(new TextEncoder().encode(text), { fileName: "plan.md" });
  return /^periode: (.*)$/m.exec(r.text)?.[1];
};

describe("the period of an imported plan", () => {
  it("is the one in the plan's title, however often the text names its predecessor's, and the report says so", async () => {
    expect(await periodeOf(plan("Integraal Veiligheidsbeleid Ridderstad 2024-2027"))).toBe("2024-2027");
    const r = await importDocument(new TextEncoder().encode(plan("Integraal Veiligheidsbeleid Ridderstad 2024-2027")), { fileName: "plan.md" });
    expect(r.notes.find((n) => n.messageId.startsWith("import.periode"))).toMatchObject({ messageId: "import.periodeNaam", data: { periode: "2024-2027", naam: "Integraal Veiligheidsbeleid Ridderstad 2024-2027" } });
  });

  it("without one in the title, is the one the headings and the text name most, leaving out mentions that look back", async () => {
    const text = plan("Integraal Veiligheidsbeleid Ridderstad").replace("## Hoofdstuk 3: Prioriteiten", "## Hoofdstuk 3: Prioriteiten 2024-2027\n\nDe prioriteiten voor 2024-2027 volgen uit de analyse; de raad stelt ze vast voor 2024-2027.");
    expect(await periodeOf(text)).toBe("2024-2027");
  });
});

describe("a period the text names for another document", () => {
  it.each(["het collegeprogramma 2018-2022", "het coalitieakkoord 2018-2022", "de raadsperiode 2018-2022"])("is not the plan's: %s", async (other) => {
    const text = `# Integraal Veiligheidsbeleid Ridderstad\n\n## Woord vooraf\n\nDat belang is ook verwoord in ${other}. Dit beleid beschrijft de prioriteiten voor de komende vier jaar.\n\n## Inleiding\n\nIn dit beleid staan de prioriteiten voor 2020-2023.\n\n## Inleiding bij ${other.replace(/^(het|de) /, "")}\n\nZie ${other}; en nogmaals ${other}.\n`;
    expect(await periodeOf(text)).toBe("2020-2023");
  });

  it.each(["Kadernota Veiligheid 2012 tot 2015", "Kadernota Veiligheid 2012 t/m 2015", "Kadernota Veiligheid 2012 tot en met 2015"])("reads the period in a name written '%s'", async (title) => {
    expect(await periodeOf(`# ${title}\n\n## 1. Inleiding\n\nDe stad wil veilig zijn.\n`)).toBe("2012-2015");
  });
});
