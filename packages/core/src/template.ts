/**
 * The plan `veiligheidsplan init` writes: a minimal but complete skeleton in the format (front matter,
 * the themes chapters with opgave and ambitie, Financiën with a budget table and toelichting), with
 * short instructions as comments, which a Markdown viewer does not show.
 */
export interface TemplateValues {
  readonly gemeente: string;
  readonly titel: string;
  /** The first year of the four the plan covers. */
  readonly van: number;
  /** A joint plan: the municipalities that share it, each to adopt it in its own council. */
  readonly gemeenten?: readonly string[];
}

export function planTemplate({ gemeente, titel, van, gemeenten }: TemplateValues): string {
  const joint = gemeenten !== undefined && gemeenten.length > 1;
  const years = [van, van + 1, van + 2, van + 3];
  const periode = `${van}-${van + 3}`;
  // A plain YAML scalar when that is unambiguous, else a double-quoted one (JSON's escaping is valid YAML).
  const yaml = (s: string) => (/^[A-Za-zÀ-ÿ0-9][\w .,'’()&\-À-ÿ]*$/.test(s) && !/\s$/.test(s) ? s : JSON.stringify(s));
  const table = alignedTable(
    ["(bedragen x € 1.000)", ...years.map(String)],
    [
      ["1. Ondermijning", "0", "0", "0", "0"],
      ["2. Veilige wijken", "0", "0", "0", "0"],
      ["3. Brandweerzorg", "0", "0", "0", "0"],
      ["**Totaal**", "0", "0", "0", "0"],
    ],
    ["left", "right", "right", "right", "right"],
  );
  // Goals tables in the layout `veiligheidsplan format` gives them, so that a new plan is already canonical.
  const doelen = (row: readonly string[]) => alignedTable(["Doel", "Indicator", "Nulmeting", "Streefwaarde", "Bron"], [row], ["plain", "plain", "right", "right", "plain"]);
  const doelenOndermijning = doelen(["Ondermijning wordt eerder gemeld", "Meldingen van ondermijning per jaar", `40 (${van - 1})`, `80 (${van + 3})`, "gemeente"]);
  const doelenWijken = doelen(["Minder woninginbraken", "Woninginbraken per 1.000 woningen", `4,2 (${van - 1})`, `3,0 (${van + 3})`, "politie"]);

  return `---
formaat: veiligheidsplan/1
titel: ${yaml(titel)}
ondertitel: Integraal Veiligheidsplan ${periode}
${joint ? `gemeenten:\n${gemeenten.map((g) => `  - naam: ${yaml(g)}`).join("\n")}` : `gemeente: ${yaml(gemeente)}`}
periode: ${periode}
status: concept
grondslag:
  - artikel 38b, eerste lid, Politiewet 2012
  - artikel 3a Wet veiligheidsregio's
---

<!-- Dit plan is gemaakt met 'veiligheidsplan init'. Vervang de voorbeeldteksten door uw eigen tekst en
controleer het plan met 'veiligheidsplan lint'. Zet 'status' op 'voorstel' zodra het college het plan aan
de raad voorlegt, met daaronder 'voorgesteld:' (door, datum), en op 'vastgesteld' na het raadsbesluit,
met 'vastgesteld:' (door: gemeenteraad, datum)${joint ? " - bij een gezamenlijk plan onder elke gemeente, voor het besluit van haar eigen raad" : ""}. Noem het vorige plan onder 'vorig-plan:' (titel, periode). -->

# ${titel}

Met dit plan stel${joint ? "len de gemeenteraden" : "t de gemeenteraad"} de doelen vast die ${joint ? `de gemeenten ${gemeenten.slice(0, -1).join(", ")} en ${gemeenten[gemeenten.length - 1]}` : `de gemeente ${gemeente}`} in de jaren ${van} tot en met ${van + 3} op het terrein van de veiligheid nastre${joint ? "ven" : "eft"} (artikel 38b, eerste lid, Politiewet 2012), waaronder de doelen voor de brandveiligheid en de brandweerzorg (artikel 3a Wet veiligheidsregio's).

## Evaluatie van het vorige plan

Beschrijf hier wat in de vorige periode goed ging en wat beter moet, bijvoorbeeld: het aantal woninginbraken is gedaald; de jeugdaanpak kwam te laat op gang.

## Veiligheidsanalyse

Beschrijf hier de veiligheid in cijfers en noem de bronnen: politie en gemeente (objectief) en de Veiligheidsmonitor (hoe veilig inwoners zich voelen). Noem ook wat elders geregeld is, bijvoorbeeld: horeca, evenementen en jeugd staan in een eigen beleidsnota.

## Prioritaire thema's

<!-- Elk thema krijgt een genummerde kop ('### 1. Titel') met daaronder 'Opgave' en 'Ambitie'. -->

### 1. Ondermijning

#### Opgave

Beschrijf hier wat er in de gemeente speelt op dit thema: de cijfers, de signalen en wat dat betekent voor bewoners en ondernemers.

#### Ambitie

Onze aanpak berust op twee pijlers:

1. Een weerbare samenleving.
2. Een weerbare organisatie.

##### Een weerbare samenleving

Beschrijf hier wat de gemeente samen met bewoners en ondernemers doet.

##### Een weerbare organisatie

Beschrijf hier wat de gemeente in haar eigen organisatie doet.

#### Doelen

<!-- Voorbeeld: vervang doel, indicator, nulmeting (waarde en jaar), streefwaarde (waarde en jaar) en bron door die van uw gemeente. -->

${doelenOndermijning}

### 2. Veilige wijken

#### Opgave

Beschrijf hier de veiligheid in de wijken: overlast, criminaliteit en hoe veilig bewoners zich voelen.

#### Ambitie

Beschrijf hier wat de gemeente met haar partners wil bereiken.

#### Doelen

<!-- Voorbeeld: vervang deze regel door de doelen van uw gemeente, met de cijfers uit de veiligheidsanalyse. -->

${doelenWijken}

## Kernthema's

### 3. Brandveiligheid

#### Opgave

Beschrijf hier de opgave voor de brandveiligheid en de brandweerzorg, samen met de veiligheidsregio.

#### Ambitie

Beschrijf hier de doelen voor de brandveiligheid en de werkwijze en kwaliteit van de brandweerzorg.

## Monitoring en evaluatie

Jaarlijks informeren we de gemeenteraad met de Veiligheidsbrief over de voortgang op de doelen; in ${van + 3} volgt een eindevaluatie van dit plan.

## Financiën

<!-- Eén regel per deelproduct, één kolom per jaar; de regel Totaal telt de bedragen op. -->

${table}

### Toelichting

#### Ondermijning

Beschrijf hier wat onder dit deelproduct valt. (Thema 1 - Ondermijning)

#### Veilige wijken

Beschrijf hier wat onder dit deelproduct valt. (Thema 2 - Veilige wijken)

#### Brandweerzorg

Beschrijf hier wat onder dit deelproduct valt. (Thema 3 - Brandveiligheid)
`;
}

type Align = "left" | "right" | "plain";

/** A GFM table padded the way the formatter pads it: cells to the column's width, the delimiter row to match. */
function alignedTable(head: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length), 3));
  const cell = (s: string, i: number) => (align[i] === "right" ? s.padStart(widths[i]!) : s.padEnd(widths[i]!));
  const row = (r: readonly string[]) => `| ${r.map(cell).join(" | ")} |`;
  const rule = (w: number, i: number) => (align[i] === "left" ? `:${"-".repeat(w - 1)}` : align[i] === "right" ? `${"-".repeat(w - 1)}:` : "-".repeat(w));
  const delimiter = `| ${widths.map(rule).join(" | ")} |`;
  return [row(head), delimiter, ...rows.map(row)].join("\n");
}

/** A file name from the municipality and period: "nijmegen-2026-2029.veiligheidsplan". */
export function templateFileName(gemeente: string | undefined, van: number): string {
  const slug = (gemeente ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${slug || "veiligheidsplan"}-${van}-${van + 3}.veiligheidsplan`;
}
