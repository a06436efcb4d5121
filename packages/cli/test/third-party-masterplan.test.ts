/**
 * A plan shaped like Helmond's "Masterplan Integrale Veiligheid": a title page with a slogan and the
 * municipality, chapters "Hoofdstuk N:", the priorities under "Accenten" with the begroting's questions,
 * the five veiligheidsvelden as the other themes under "Aanpak op brede veiligheidsthema's", and a budget
 * with one column of money. pandoc writes the .docx, LibreOffice the .pdf and .odt, and pdftotext -layout
 * the text a colleague would save from the PDF. Each is imported with the built CLI and linted.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "@veiligheidsplan/core";
import { run } from "./harness.js";
import { imported, madeByPandocAndLibreOffice, SKIPPED, TOOLS } from "./third-party.js";

const MASTERPLAN = `---
title: Masterplan Integrale Veiligheid 2027-2030
subtitle: Samen werken aan een veilige stad
---

Gemeente Peelrode

# Voorwoord

Veiligheid is een opgave van ons allemaal. Veiligheid is meer dan het tegengaan van criminaliteit: ook overlast door rondhangende jeugd, gedrag in het verkeer en de inrichting van de openbare ruimte zijn van invloed op het veiligheidsgevoel van onze inwoners. Voor de komende jaren zetten we een extra stap als het gaat om ondermijning, risicojongeren en digitale criminaliteit.

Met dit masterplan geven we koers en richting, zonder dat het in beton is gegoten.

Marieke van den Broek\
Burgemeester

# Hoofdstuk 1: Inleiding

## 1.1 Maatschappelijke ontwikkelingen

Vier jaar geleden is het Masterplan Integrale Veiligheid 2023-2026 vastgesteld. Door de samenloop van maatschappelijke ontwikkelingen en crises zien we dat de polarisatie toeneemt en dat de rechtsstaat op de proef wordt gesteld.

## 1.2 Wettelijk kader

Op grond van artikel 38b van de Politiewet 2012 stelt de gemeenteraad ten minste eenmaal in de vier jaar de doelen vast die de gemeente op het terrein van de veiligheid wil bereiken. Dit masterplan bevat ook de doelen voor de brandveiligheid (artikel 3a Wet veiligheidsregio's).

## 1.3 Terugblik

De evaluatie van het masterplan 2023-2026 laat zien dat het aantal woninginbraken met 30% is gedaald. De aanpak van ondermijning vraagt meer tijd dan voorzien.

# Hoofdstuk 2: Veiligheidsbeeld

De veiligheidsanalyse steunt op cijfers van de politie, het Openbaar Ministerie en de gemeente (meldingen openbare ruimte) en op de Veiligheidsmonitor 2025. Inwoners geven hun buurt een 7,1 voor veiligheid. In de wijken Oost en West voelt een op de vijf inwoners zich weleens onveilig.

# Hoofdstuk 3: Accenten

In ons beleid zetten we accenten. Dat betekent dat we extra aandacht, tijd, capaciteit en middelen inzetten op drie thema's.

## 3.1 Ondermijning

### Wat is er aan de hand?

Criminelen maken gebruik van legale bedrijven en panden in het buitengebied. Het Lokaal Informatiepunt Ondermijning ontving in 2025 ruim 140 signalen.

### Wat willen we bereiken?

In 2030 is de weerbaarheid van ondernemers in de kwetsbare branches vergroot: 80% van de ondernemers in het buitengebied is bezocht en de Wet Bibob wordt bij alle horecavergunningen toegepast.

### Wat gaan we doen?

- We controleren jaarlijks 60 panden in het buitengebied met de partners.
- We trainen medewerkers in het herkennen van signalen.

## 3.2 Risicojongeren

### Wat is er aan de hand?

Een kleine groep jongeren is betrokken bij zware criminaliteit, vaak met wapens.

### Wat willen we bereiken?

Het aantal jongeren dat in aanraking komt met de politie daalt tot 2030 met 20%.

### Wat gaan we doen?

- We zetten het programma Preventie met Gezag voort in drie wijken.
- We bieden elke jongere in de persoonsgerichte aanpak binnen vijf werkdagen een traject aan.

## 3.3 Digitale criminaliteit

### Wat is er aan de hand?

Online oplichting en hacken nemen toe. Inwoners doen daar weinig aangifte van.

### Wat willen we bereiken?

In 2030 weet 75% van de inwoners hoe zij zich tegen online oplichting beschermen.

### Wat gaan we doen?

- We organiseren jaarlijks voorlichting voor ouderen en ondernemers.

# Hoofdstuk 4: Aanpak op brede veiligheidsthema's

We benoemen in dit hoofdstuk bij de verschillende veiligheidsthema's de bijzonderheden en aandachtspunten voor de komende jaren.

## 4.1 Veilige woon- en leefomgeving

Ons doel is de leefbaarheid en veiligheid op een acceptabel niveau te behouden en waar nodig te verbeteren. We werken wijkgericht.

### Sociale kwaliteit

De sociale kwaliteit kan onder druk komen te staan door woonoverlast of overlast van personen met onbegrepen gedrag.

### Fysieke kwaliteit

We pakken verloedering en verkeersonveiligheid aan op de plekken die inwoners melden.

## 4.2 Bedrijvigheid en veiligheid

We houden het winkelgebied en de bedrijventerreinen veilig met het Keurmerk Veilig Ondernemen.

## 4.3 Jeugd en veiligheid

We voorkomen overlast door jeugdgroepen met jongerenwerk en boa's.

## 4.4 Fysieke veiligheid

Samen met de Veiligheidsregio Brabant-Zuidoost werken we aan brandveiligheid en crisisbeheersing. Het doel is dat in 2030 alle woningen van kwetsbare ouderen een rookmelder hebben.

## 4.5 Integriteit en veiligheid

We bevorderen de integriteit van bestuur en organisatie en gaan polarisatie tegen.

# Hoofdstuk 5: Organisatie en financiën

## 5.1 Sturing en verantwoording

Het college werkt dit masterplan jaarlijks uit in een uitvoeringsprogramma. De raad ontvangt jaarlijks een voortgangsrapportage. Aan het einde van de periode evalueren we het masterplan.

## 5.2 Financiën

| Onderdeel | Bedrag per jaar |
|---|---|
| Ondermijning | € 250.000 |
| Risicojongeren | € 180.000 |
| Digitale criminaliteit | € 60.000 |
| Totaal | € 490.000 |
`;

describe.skipIf(!TOOLS)(`a masterplan with accents, broad themes and one column of money, made by pandoc and LibreOffice${SKIPPED}`, () => {
  const made = madeByPandocAndLibreOffice("masterplan", MASTERPLAN);
  beforeAll(() => {
    execFileSync("soffice", [`-env:UserInstallation=file://${made()}/lo-profile`, "--headless", "--convert-to", "odt", "--outdir", made(), join(made(), "masterplan.docx")], { timeout: 240_000, stdio: "ignore" });
    execFileSync("pdftotext", ["-layout", join(made(), "masterplan.pdf"), join(made(), "masterplan-layout.txt")]);
  }, 300_000);

  it.each([["masterplan.docx"], ["masterplan.pdf"], ["masterplan.odt"], ["masterplan-layout.txt"]])("%s: its title page, the accents and the velden as themes with their parts, the budget", (file) => {
    const p = parse(imported(made(), file));
    const m = p.plan.metadata;
    expect([m.titel, m.gemeente, m.periode, m.vorigPlan?.titel]).toEqual(["Masterplan Integrale Veiligheid 2027-2030", "Peelrode", { van: 2027, tot: 2030 }, "Masterplan Integrale Veiligheid 2023-2026"]);
    // Word and OpenDocument say what the subtitle is by its style; in a PDF or its text, it is the slogan over "Gemeente Peelrode".
    expect(m.ondertitel).toBe("Samen werken aan een veilige stad");
    expect(p.themes.map((t) => [t.title, t.soort])).toEqual([
      ["Ondermijning", "prioritair"],
      ["Risicojongeren", "prioritair"],
      ["Digitale criminaliteit", "prioritair"],
      ["Veilige woon- en leefomgeving", "kern"],
      ["Bedrijvigheid en veiligheid", "kern"],
      ["Jeugd en veiligheid", "kern"],
      ["Fysieke veiligheid", "kern"],
      ["Integriteit en veiligheid", "kern"],
    ]);
    expect(p.themes.slice(0, 3).map((t) => [t.opgave?.title, t.ambitie?.title])).toEqual(Array(3).fill(["Wat is er aan de hand?", "Wat willen we bereiken?"]));
    expect(p.plan.begroting?.regels.map((r) => r.deelproduct)).toEqual(["Ondermijning", "Risicojongeren", "Digitale criminaliteit"]);
    expect(p.plan.begroting?.totalen).toEqual([49_000_000]);
    const lint = run(["lint", `${file}.veiligheidsplan`, "--format", "json", "--today", "2026-12-07"], { cwd: made() });
    const ids = (JSON.parse(lint.stdout) as { messages: { ruleId: string; messageId: string; severity: number }[] }[])[0]!.messages;
    // The fire-safety goal stands in the text of "Fysieke veiligheid", every veld has its theme, and nothing is an error.
    expect(ids.map((d) => `${d.ruleId}.${d.messageId}`)).not.toContain("grondslag.3aZonderBrand");
    expect(ids.map((d) => d.ruleId)).not.toContain("kwaliteit-veiligheidsvelden");
    expect(ids.filter((d) => d.severity === 2)).toEqual([]);
  });
});
