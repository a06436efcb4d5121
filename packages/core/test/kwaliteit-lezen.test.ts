/**
 * How the kwaliteitstoets reads a plan's wording (kwaliteit/toets.ts): the phrasings real plans use,
 * each with a near miss that must not count. The fixtures check the findings per plan shape; this
 * lists the phrasings themselves, so a narrowed pattern fails on the sentence it no longer reads.
 */
import { describe, expect, it } from "vitest";
import { analyse, begrotingElders, evaluatie, monitoring, themeGoals, unexplainedAbbreviations } from "../src/kwaliteit/toets.js";
import { parse } from "../src/parse.js";

const plan = (body: string) => parse(`---\nformaat: veiligheidsplan/1\ntitel: T\n---\n\n# T\n\n${body}\n`);

describe("a sentence that places the money in the municipal budget (kwaliteit-keten)", () => {
  it.each(["Het geld staat in de programmabegroting.", "De middelen zijn opgenomen in de begroting.", "Financiering via het programma Veiligheid.", "Het budget is gedekt in de meerjarenraming.", "De kosten worden gedekt uit de bestaande budgetten.", "Voor de uitvoering is jaarlijks € 250.000 beschikbaar in het programma Veiligheid.", "De uitvoering wordt betaald uit het budget Openbare Orde en Veiligheid.", "Het geld komt uit de algemene middelen."])("reads %s", (s) => {
    expect(begrotingElders(plan(s))?.text).toBe(s);
  });
  it.each(["Criminelen witten geld wit via vastgoed.", "We zetten middelen in tegen overlast.", "De begroting van de politie is landelijk.", "Het programma van de avond is bekend."])("does not read %s", (s) => {
    expect(begrotingElders(plan(s))).toBeUndefined();
  });
});

describe("results of the previous period (kwaliteit-evaluatie)", () => {
  const section = (s: string) => evaluatie(plan(`## Terugblik\n\n${s}`));
  it.each([
    "Het plan heeft de overlast rond het station teruggedrongen.",
    "Het aantal woninginbraken is gedaald.",
    "De resultaten vallen tegen.",
    "We hebben in vier jaar 40 panden gecontroleerd en 12 gesloten.",
    "Het project Buurtpreventie is afgerond.",
    "Het aantal meldingen is gelijk gebleven.",
    "De meldingen zijn de laatste twee jaar flink afgenomen.",
    "Dat hebben we bereikt.",
    "Het aantal inbraken daalde van 210 naar 150.",
    "Minder goed ging de samenwerking met de politie.",
    "Niet alle ambities uit het vorige plan zijn waargemaakt.",
    "Uit de evaluatie blijkt dat de wijkaanpak effect heeft gehad.",
    "De aanpak van ondermijning heeft zijn vruchten afgeworpen.",
    "Het aantal woninginbraken is in de afgelopen periode met 30% afgenomen.",
    "De samenwerking met de partners is versterkt.",
    "Een aandachtspunt is de registratie van meldingen.",
  ])("reads %s as a result", (s) => expect(section(s).evaluative?.text).toBe(s));
  it.each(["In 2028 kijken we of de doelen zijn gehaald.", "We gaan de overlast terugdringen.", "Het aantal inbraken zal zijn gedaald.", "We zullen de samenwerking met de partners hebben versterkt."])("does not read %s as a result", (s) => expect(section(s).evaluative).toBeUndefined());
  it.each(["Wat hebben we de afgelopen jaren bereikt?", "Wat hebben we in de vorige periode bereikt?"])("takes a chapter '%s' for the evaluation", (h) => {
    expect(evaluatie(plan(`## ${h}\n\nHet aantal woninginbraken is gedaald.`)).section?.title).toBe(h);
  });
  it("does not take a chapter about evaluating this plan for the previous period's evaluation", () => {
    expect(evaluatie(plan("## Monitoring en evaluatie\n\nIn 2028 evalueren we dit plan.")).section).toBeUndefined();
    expect(evaluatie(plan("## Monitoring en evaluatie\n\nEr is een monitor opgezet en een werkwijze ingevoerd waarmee de raad de voortgang volgt.")).section).toBeUndefined();
    expect(evaluatie(plan("## Monitoring en evaluatie\n\nHet vorige plan is in 2024 geëvalueerd.")).section?.title).toBe("Monitoring en evaluatie");
  });
});

describe("a measurable goal in words (kwaliteit-meetbare-doelen)", () => {
  const goal = (body: string) => {
    const p = plan(`## Prioritaire thema's\n\n### 1. Jeugd\n\n${body}`);
    return themeGoals(p, p.themes[0]!).measurableSentence?.text;
  };
  it.each([
    "In 2028 heeft elke basisschool een veilige schoolroute.",
    "Alle zorginstellingen zijn in 2028 gecontroleerd.",
    "In vier jaar daalt het aantal inbraken met een kwart.",
    "Elke melding van huiselijk geweld krijgt binnen 24 uur opvolging.",
    "Binnen twee jaar halveren we de jeugdoverlast.",
    "We streven naar een daling van 10% van het aantal woninginbraken in de periode 2023-2026.",
    "Tussen 2023 en 2026 daalt het aantal woninginbraken met 10%.",
    "Aan het eind van de planperiode is het aantal woninginbraken met 10% gedaald.",
    "Gedurende deze beleidsperiode neemt het aantal meldingen met 15% toe.",
    "Uiterlijk 31 december 2026 is het aantal meldingen met 15% toegenomen.",
    "Het aantal High Impact Crimes daalt in vier jaar met een vijfde.",
    "In de planperiode is elke horecazaak in het centrum gecontroleerd.",
    "Uiterlijk 31-12-2027 daalt het aantal meldingen met een kwart.",
    "Uiterlijk op 1-1-2028 is het aantal gestolen fietsen gehalveerd.",
    "Op 31 december 2027 is het aantal woninginbraken gedaald naar ten hoogste 3 per 1.000 woningen.",
    "Per 1/1/2028 is het aantal meldingen met 15% gedaald.",
    "Gedurende de looptijd van het IVP controleren we 60 panden in het buitengebied.",
    "Aan het eind van de looptijd van dit plan heeft elke basisschool een veilige schoolroute.",
    "Het aantal high impact crimes ligt in 2027 onder het landelijk gemiddelde.",
    "In 2027 scoort de gemeente op de Veiligheidsmonitor beter dan het regionale gemiddelde.",
    "De komende vier jaar daalt het aantal fietsendiefstallen met 20%.",
  ])("reads %s in an Ambitie", (s) => expect(goal(`#### Ambitie\n\n${s}`)).toBe(s));
  it.each(["Jaarlijks informeren we alle raadsleden.", "We werken in de jaren hierna met alle partners samen.", "Elke school doet mee.", "In de planperiode versterken we de samenwerking.", "In de looptijd van dit plan versterken we de samenwerking.", "Op dit moment telt de gemeente 900 meldingen van overlast.", "De komende jaren daalt het aantal fietsendiefstallen met 20%.", "Het gemiddelde cijfer is in 2023 gestegen."])("does not read %s", (s) => expect(goal(`#### Ambitie\n\n${s}`)).toBeUndefined());
  it("reads a theme written as prose, without Opgave, Ambitie or Doelen headings, in its whole section", () => {
    expect(goal("Jongeren beginnen jong met drinken. In 2028 drinkt 20% minder jongeren onder de 18 alcohol dan in 2024.")).toBe("In 2028 drinkt 20% minder jongeren onder de 18 alcohol dan in 2024.");
    expect(goal("#### Opgave\n\nIn 2024 dronk 40% van de jongeren.\n\n#### Aanpak\n\nVoorlichting op scholen.")).toBeUndefined();
  });
});

describe("how the raad hears of progress (kwaliteit-monitoring)", () => {
  const complete = (s: string) => monitoring(plan(`## Monitoring\n\n${s}`)).complete?.text;
  it.each([
    "De burgemeester informeert de gemeenteraad jaarlijks via de veiligheidsrapportage.",
    "Over de voortgang rapporteren wij twee keer per jaar met een voortgangsbrief aan de commissie Bestuur.",
    "De raad wordt via de planning- en controlcyclus (begroting en jaarrekening) over de voortgang geïnformeerd.",
    "Via de P&C-cyclus informeren we de raad met de jaarrekening.",
    "Na twee jaar ontvangt de raad een tussenrapportage.",
    "Elk jaar bieden we de raad een veiligheidsbeeld aan.",
    "Halverwege de planperiode vindt een tussenevaluatie plaats, die met de raad wordt gedeeld.",
    "De raad wordt jaarlijks geïnformeerd via de jaarstukken.",
    "Elk half jaar ontvangt de gemeenteraad een voortgangsbrief.",
    "De raad hoort jaarlijks in de programmabegroting hoe het ervoor staat.",
    "De gemeenteraad wordt periodiek bijgepraat over de voortgang van de prioriteiten.",
    "Twee keer per jaar praten we de raadscommissie Bestuur bij over de stand van zaken.",
    "Jaarlijks organiseren we voor de raad een beeldvormende sessie over de voortgang.",
    "De raad wordt jaarlijks mondeling geïnformeerd door de burgemeester.",
  ])("reads %s as complete: when, to whom, with what", (s) => expect(complete(s)).toBe(s));
  it.each(["De raad stelt de doelen vast.", "Jaarlijks bespreekt de driehoek de voortgang.", "De raad wordt jaarlijks geïnformeerd over de voortgang.", "Jaarlijks praten we met de raad over de wijken."])("does not read %s as complete", (s) => expect(complete(s)).toBeUndefined());
  it("does not take the European Commission for the raad's committee", () => expect(monitoring(plan("## Monitoring\n\nDe Europese Commissie stuurt jaarlijks een brief over het project.")).partial).toBeUndefined());
});

describe("the sources of the safety analysis (kwaliteit-veiligheidsanalyse)", () => {
  const read = (s: string) => analyse(plan(`## Veiligheidsanalyse\n\n${s}`));
  it.each([
    "De cijfers komen uit de politieregistratie (BVH) en de meldingen bij de gemeente.",
    "Boa's registreerden in 2025 1.200 meldingen van overlast.",
    "De kerncijfers van het basisteam laten een daling zien.",
  ])("reads an objective source in %s", (s) => expect(read(s).objective?.text).toBe(s));
  it.each([
    "Uit het inwonerspanel blijkt dat 82% zich veilig voelt.",
    "In het inwonersonderzoek van 2025 voelt een op de vijf inwoners zich weleens onveilig.",
    "Inwoners geven hun buurt als rapportcijfer een 7,1.",
    "Volgens de vragenlijst onder ondernemers is het gevoel van veiligheid gestegen.",
  ])("reads a subjective source in %s", (s) => expect(read(s).subjective?.text).toBe(s));
  it.each(["Hoe staat Maasland ervoor?", "Hoe staat het ervoor?"])("takes a chapter '%s' for the analysis", (h) => {
    expect(analyse(plan(`## ${h}\n\nVolgens de politie daalde het aantal inbraken.`)).section?.title).toBe(h);
  });
  it.each(["We werken samen met veel partners.", "De analyse volgt in 2027."])("reads no source in %s", (s) => {
    expect(read(s).objective).toBeUndefined();
    expect(read(s).subjective).toBeUndefined();
  });
});

describe("an evaluation of the plan itself at its end (kwaliteit-monitoring)", () => {
  const final = (s: string) => monitoring(plan(`## Monitoring\n\n${s}`)).final?.text;
  it.each([
    "Voordat een nieuw plan wordt opgesteld, evalueren we de resultaten van dit plan.",
    "Het plan wordt in 2029 geëvalueerd, als basis voor het volgende IVP.",
    "We evalueren het veiligheidsplan in het laatste jaar.",
    "Het college evalueert het plan in 2030 en biedt de evaluatie aan de raad aan.",
    "Na afloop van de planperiode vindt een evaluatie plaats.",
    "In het laatste jaar van de planperiode evalueren we de aanpak.",
    "We sluiten de planperiode af met een evaluatie.",
    "Na vier jaar volgt een evaluatie, als basis voor het nieuwe plan.",
    "Na afloop van de looptijd van het IVP vindt een evaluatie plaats.",
    "Aan het einde van de looptijd evalueren we de aanpak.",
    "Aan het eind van de planperiode wordt het beleid geëvalueerd.",
    "Voorafgaand aan het nieuwe IVP evalueren we het huidige plan.",
    "De resultaten van dit plan worden aan het eind van de periode geëvalueerd.",
  ])("reads %s", (s) => expect(final(s)).toBe(s));
  it.each(["We evalueren jaarlijks de aanpak van jeugdoverlast.", "In 2025 is het vorige plan geëvalueerd.", "Het vorige plan is aan het eind van de looptijd niet geëvalueerd door de raad, wel door de driehoek.", "Na twee jaar volgt een tussentijdse evaluatie.", "Na vier jaar volgt een tussentijdse evaluatie van de aanpak."])("does not read %s", (s) => expect(final(s)).toBeUndefined());
});

describe("an evaluation dated at the plan's end, without naming the plan (kwaliteit-monitoring)", () => {
  // A plan for 2024-2027: an evaluation from the end of 2026 to the start of 2028 is the plan's own.
  const final = (s: string) => monitoring(parse(`---\nformaat: veiligheidsplan/1\ntitel: T\nperiode: 2024-2027\n---\n\n# T\n\n## Monitoring\n\n${s}\n`)).final?.text;
  it.each([
    "Eind 2026 vindt een evaluatie plaats.",
    "In 2027 evalueren we de resultaten, als basis voor het volgende plan.",
    "Begin 2028 volgt een evaluatie, waarvan de uitkomsten de basis vormen voor het nieuwe plan.",
    "De evaluatie vindt plaats in het najaar van 2027.",
    "Voor de zomer van 2027 wordt de aanpak geëvalueerd.",
  ])("reads %s", (s) => expect(final(s)).toBe(s));
  it.each([
    "Eind 2025 vindt een evaluatie plaats.",
    "Eind 2026 vindt een tussentijdse evaluatie plaats.",
    "In 2027 evalueren we het cameratoezicht in het centrum.",
    "In 2027 wordt het cameratoezicht geëvalueerd.",
    "Eind 2026 volgt de evaluatie van het vorige plan.",
    "In 2027 evalueren we jaarlijks de inzet van de boa's.",
  ])("does not read %s", (s) => expect(final(s)).toBeUndefined());
  it("reads no dated evaluation in a plan without a period", () => expect(monitoring(plan("## Monitoring\n\nEind 2026 vindt een evaluatie plaats.")).final).toBeUndefined());
});

describe("an abbreviation explained where it is introduced (kwaliteit-afkortingen)", () => {
  const unexplained = (s: string) => unexplainedAbbreviations(plan(s)).unexplained.map((a) => a.abbr);
  it.each([
    "Het Integraal Veiligheidsplan (hierna: IVP) volgt op het IVP 2019-2022.",
    "Het Integraal Veiligheidsplan (hierna IVP) volgt op het IVP 2019-2022.",
    "Het integraal veiligheidsplan, hierna te noemen IVP, volgt op het IVP 2019-2022.",
    "Het Integraal Veiligheidsplan (verder: IVP) volgt op het IVP 2019-2022.",
  ])("reads %s", (s) => expect(unexplained(s)).toEqual([]));
  it.each([
    "Dit IVP, het integraal veiligheidsplan, geldt voor vier jaar.",
    "Samen met het RIEC, het Regionaal Informatie- en Expertisecentrum, pakken we ondermijning aan.",
    "De Omgevingsdienst Regio Nijmegen, ODRN, doet het toezicht.",
    "Het toezicht ligt bij de Omgevingsdienst Regio Nijmegen, ODRN.",
    "Het integraal veiligheidsplan – IVP – geldt vier jaar.",
    "Het IVP – het integraal veiligheidsplan – geldt vier jaar.",
  ])("reads an expansion between commas or dashes in %s", (s) => expect(unexplained(s)).toEqual([]));
  it.each([
    ["Met het RIEC, de regio en de politie pakken we ondermijning aan.", ["RIEC"]],
    ["De ODRN, de veiligheidsregio en de politie werken samen.", ["ODRN"]],
    ["Het Veiligheidshuis, VHRN, en de wijkteams werken samen.", ["VHRN"]],
    ["Het IVP, dat de raad vaststelt, geldt vier jaar.", ["IVP"]],
  ] as const)("reads no expansion in %s", (s, abbrs) => expect(unexplained(s)).toEqual(abbrs));
  it("does not read an abbreviation only named later as explained", () => expect(unexplained("Het IVP volgt hierna.")).toEqual(["IVP"]));
});
