/** Messages of the kwaliteit rules (the kwaliteitstoets, issue 17). Every text names the guidance it rests on. */
import type { MessageText } from "./catalog.js";

export const KWALITEIT_MESSAGES: Readonly<Record<string, MessageText>> = {
  "kwaliteit-meetbare-doelen.geenMeetbaarDoel": {
    nl: "{Thema} heeft geen meetbaar doel, terwijl het een prioriteit van dit plan is: geen doel met indicator en streefwaarde, en geen zin in de ambitie met een getal en een termijn. De raad kan zo niet volgen of het doel wordt gehaald (CCV-checklist, stap Doelen: SMART). Zet onder een kop 'Doelen' een tabel met Doel, Indicator, Nulmeting, Streefwaarde en Bron. Staan de meetbare doelen in het uitvoeringsprogramma, verwijs daar dan naar en zet deze controle voor dit plan op 'info'.",
    en: "{Thema} has no measurable goal, though it is a priority of this plan: no goal with an indicator and a target, and no sentence in its ambitie with a number and a time frame. The council cannot follow whether the goal is reached (CCV checklist, step Goals: SMART). Add a 'Doelen' heading with a table of Doel, Indicator, Nulmeting, Streefwaarde and Bron. If the measurable goals are in the implementation programme, refer to it and set this check to 'info' for this plan.",
  },
  "kwaliteit-meetbare-doelen.geenIndicator": {
    nl: "Het doel '{doel}' bij {thema} noemt geen indicator: waaraan is te zien of het gehaald wordt? Vul de kolom Indicator in (bijvoorbeeld 'woninginbraken per 1.000 woningen').",
    en: "The goal '{doel}' in {thema} names no indicator: how will anyone see whether it is reached? Fill in the Indicator column (e.g. 'burglaries per 1,000 homes').",
  },
  "kwaliteit-meetbare-doelen.geenStreefwaarde": {
    nl: "Het doel '{doel}' bij {thema} heeft geen streefwaarde met een getal. Schrijf waar het naartoe moet, met het jaar, zoals '3,0 (2026)' of '25% (2025)'.",
    en: "The goal '{doel}' in {thema} has no target with a number. Write where it should get to, with the year, such as '3,0 (2026)' or '25% (2025)'.",
  },
  "kwaliteit-meetbare-doelen.relatiefZonderNulmeting": {
    nl: "De streefwaarde van '{doel}' bij {thema} is een verandering ('{tekst}'), maar er staat geen nulmeting met een getal waar die van uitgaat. Vul de Nulmeting in, zoals '412 (2022)'; dan is het doel te toetsen.",
    en: "The target of '{doel}' in {thema} is a change ('{tekst}'), but there is no baseline with a number for it to start from. Fill in the Nulmeting, such as '412 (2022)'; then the goal can be checked.",
  },
  "kwaliteit-meetbare-doelen.streefZonderJaar": {
    nl: "De streefwaarde van '{doel}' bij {thema} noemt geen jaar. Een doel zonder termijn is niet te toetsen; schrijf bijvoorbeeld '3,0 (2026)'.",
    en: "The target of '{doel}' in {thema} names no year. A goal without a time frame cannot be checked; write e.g. '3,0 (2026)'.",
  },
  "kwaliteit-meetbare-doelen.geenNulmeting": {
    nl: "Het doel '{doel}' bij {thema} heeft geen nulmeting met waarde en jaar. Zonder beginpunt is niet te zien of de gemeente vooruitgaat; vul de Nulmeting in, zoals '4,2 (2021)'.",
    en: "The goal '{doel}' in {thema} has no baseline with value and year. Without a starting point nobody can see progress; fill in the Nulmeting, such as '4,2 (2021)'.",
  },
  "kwaliteit-meetbare-doelen.middel": {
    nl: "'{tekst}' bij {thema} lijkt een middel, geen doel: het zegt wat de gemeente gaat doen, niet wat er in de gemeente moet veranderen. De CCV-checklist vraagt doel en middel te onderscheiden; schrijf het effect als doel (bijvoorbeeld 'minder slachtoffers van online fraude') en dit middel onder de aanpak.",
    en: "'{tekst}' in {thema} reads as a means, not a goal: it says what the municipality will do, not what should change in the municipality. The CCV checklist asks to tell goal and means apart; write the effect as the goal (e.g. 'fewer victims of online fraud') and this means under the approach.",
  },
  "kwaliteit-keten.alleenAlleThemas": {
    nl: "{Thema} is een prioriteit van dit plan, maar krijgt alleen geld via {regels}, een deelproduct voor alle thema's; geen deelproduct is voor dit thema bestemd. De keten prioriteit → doel → aanpak → budget (CCV-checklist) is zo niet te volgen. Noem het thema in de toelichting van het deelproduct dat het financiert.",
    en: "{Thema} is a priority of this plan, but gets money only through {regels}, a sub-product for all themes; no sub-product is meant for this theme. The chain priority → goal → approach → budget (CCV checklist) cannot be followed. Name the theme in the explanation of the sub-product that funds it.",
  },
  "kwaliteit-keten.geenBegroting": {
    nl: "Het plan heeft geen begrotingstabel, dus is niet te zien welk geld bij welke prioriteit hoort (CCV-checklist: budget gekoppeld aan de prioriteiten). Voeg een tabel met deelproducten per jaar toe, of verwijs naar de programmabegroting.",
    en: "The plan has no budget table, so nobody can see which money goes with which priority (CCV checklist: budget tied to the priorities). Add a table of sub-products per year, or refer to the programme budget.",
  },
  "kwaliteit-keten.geenBedrag": {
    nl: "Bij {thema} staat geen bedrag, terwijl andere prioriteiten in hun tekst wel zeggen wat ze kosten, en het plan heeft geen begrotingstabel. Zo is niet te zien welk geld bij deze prioriteit hoort (CCV-checklist: budget gekoppeld aan de prioriteiten). Noem wat dit thema kost, of waar het geld ervoor staat.",
    en: "There is no amount with {thema}, while other priorities say in their text what they cost, and the plan has no budget table. Nobody can see which money goes with this priority (CCV checklist: budget tied to the priorities). Say what this theme costs, or where its money is.",
  },
  "kwaliteit-veiligheidsanalyse.geenAnalyse": {
    nl: "Het plan heeft geen veiligheidsanalyse: geen hoofdstuk over de veiligheid in de gemeente en de cijfers daarachter, en geen verwijzing naar een analyse elders. De prioriteiten horen daaruit te volgen (CCV-checklist, stap Veiligheidsanalyse). Voeg een hoofdstuk 'Veiligheidsanalyse' toe met objectieve bronnen (politie, OM, gemeente) en subjectieve (Veiligheidsmonitor).",
    en: "The plan has no safety analysis: no chapter on safety in the municipality and the figures behind it, and no reference to an analysis elsewhere. The priorities should follow from it (CCV checklist, step Safety analysis). Add a 'Veiligheidsanalyse' chapter with objective sources (police, prosecution, municipality) and subjective ones (Veiligheidsmonitor).",
  },
  "kwaliteit-veiligheidsanalyse.analyseElders": {
    nl: "Het plan heeft geen eigen veiligheidsanalyse; het verwijst naar een analyse elders ('{zin}'). Een raadslid kan de keuze van de prioriteiten zo niet in het plan zelf volgen (CCV-checklist, stap Veiligheidsanalyse). Neem de kern ervan op in het plan — de belangrijkste cijfers met hun bronnen, objectief en subjectief — of voeg de analyse als bijlage toe.",
    en: "The plan has no safety analysis of its own; it refers to one elsewhere ('{zin}'). A council member cannot follow the choice of priorities in the plan itself (CCV checklist, step Safety analysis). Include its core in the plan — the main figures with their sources, objective and subjective — or attach the analysis as an appendix.",
  },
  "kwaliteit-veiligheidsanalyse.analysePerThema": {
    nl: "Het plan heeft geen eigen hoofdstuk met de veiligheidsanalyse; de analyse staat per thema, in de opgave: {aantal} van de {totaal} thema's noemen er objectieve bronnen, en het plan zegt hoe veilig inwoners zich voelen. De CCV-checklist (stap Veiligheidsanalyse) vraagt de lokale analyse in één hoofdstuk, met de trends, zodat een raadslid het geheel ziet en de keuze van de prioriteiten kan volgen. Overweeg een kort hoofdstuk 'Veiligheidsanalyse' dat de cijfers van de thema's samenvat.",
    en: "The plan has no chapter of its own with the safety analysis; the analysis is told per theme, in the opgave: {aantal} of the {totaal} themes name objective sources there, and the plan says how safe residents feel. The CCV checklist (step Safety analysis) asks for the local analysis in one chapter, with the trends, so that a council member sees the whole and can follow the choice of priorities. Consider a short 'Veiligheidsanalyse' chapter that sums up the themes' figures.",
  },
  "kwaliteit-veiligheidsanalyse.perThemaGeenSubjectieveBron": {
    nl: "De analyse staat per thema, in de opgave ({aantal} van de {totaal} thema's noemen objectieve bronnen), maar nergens staat hoe veilig inwoners zich voelen: geen Veiligheidsmonitor of eigen enquête (CCV-checklist, stap Veiligheidsanalyse). Voeg de subjectieve veiligheid toe, met de bron, in de opgave van de thema's of in een kort hoofdstuk 'Veiligheidsanalyse'.",
    en: "The analysis is told per theme, in the opgave ({aantal} of the {totaal} themes name objective sources), but nowhere does the plan say how safe residents feel: no Veiligheidsmonitor or own survey (CCV checklist, step Safety analysis). Add subjective safety, with its source, in the themes' opgave or in a short 'Veiligheidsanalyse' chapter.",
  },
  "kwaliteit-veiligheidsanalyse.geenObjectieveBron": {
    nl: "De veiligheidsanalyse ('{kop}') noemt geen objectieve bron, zoals politiecijfers, het OM of gemeentelijke registraties (CCV-checklist, stap Veiligheidsanalyse). Noem waar de cijfers vandaan komen.",
    en: "The safety analysis ('{kop}') names no objective source, such as police figures, the prosecution or municipal records (CCV checklist, step Safety analysis). Say where the figures come from.",
  },
  "kwaliteit-veiligheidsanalyse.geenSubjectieveBron": {
    nl: "De veiligheidsanalyse ('{kop}') zegt niets over hoe veilig inwoners zich voelen: geen Veiligheidsmonitor of eigen enquête (CCV-checklist, stap Veiligheidsanalyse). Voeg de subjectieve veiligheid toe, met de bron.",
    en: "The safety analysis ('{kop}') says nothing about how safe residents feel: no Veiligheidsmonitor or own survey (CCV checklist, step Safety analysis). Add subjective safety, with its source.",
  },
  "kwaliteit-evaluatie.geenEvaluatie": {
    nl: "Het plan evalueert de vorige periode niet: er is geen hoofdstuk dat terugkijkt op het vorige plan (CCV-checklist, stap Evaluatie voorgaande periode). Zeg wat goed ging en wat beter moet; daaruit volgen de nieuwe prioriteiten.",
    en: "The plan does not evaluate the previous period: no chapter looks back on the previous plan (CCV checklist, step Evaluation of the previous period). Say what went well and what must improve; the new priorities follow from that.",
  },
  "kwaliteit-evaluatie.evaluatieInTekst": {
    nl: "Het plan kijkt alleen in een losse zin terug op de vorige periode ('{zin}'), niet in een eigen hoofdstuk (CCV-checklist, stap Evaluatie voorgaande periode). Een raadslid ziet zo niet wat goed ging en wat beter moet, en waarom de nieuwe prioriteiten daaruit volgen. Geef de evaluatie een eigen kop, bijvoorbeeld 'Terugblik', met de resultaten en de lessen.",
    en: "The plan looks back on the previous period only in a single sentence ('{zin}'), not in a chapter of its own (CCV checklist, step Evaluation of the previous period). A council member cannot see what went well and what must improve, and why the new priorities follow from it. Give the evaluation a heading of its own, for instance 'Terugblik', with the results and the lessons.",
  },
  "kwaliteit-evaluatie.geenResultaten": {
    nl: "'{kop}' verbindt het plan met de vorige periode, maar zegt niet wat er bereikt is en wat niet: geen resultaat, geen les, geen verbeterpunt (CCV-checklist, stap Evaluatie voorgaande periode). Noem kort wat goed ging en wat beter moet, of verwijs naar de evaluatie.",
    en: "'{kop}' relates the plan to the previous period, but does not say what was achieved and what was not: no result, no lesson, no point to improve (CCV checklist, step Evaluation of the previous period). Say briefly what went well and what must improve, or refer to the evaluation.",
  },
  "kwaliteit-monitoring.geenMonitoring": {
    nl: "Het plan zegt niet hoe de voortgang wordt gevolgd: wanneer, aan wie (de gemeenteraad, die de doelen vaststelt) en waarmee (CCV-checklist, stap Evaluatie/monitoring). Schrijf bijvoorbeeld: 'Jaarlijks informeren we de raad met de Veiligheidsbrief over de voortgang.'",
    en: "The plan does not say how progress is followed: when, to whom (the council, which sets the goals) and with what (CCV checklist, step Evaluation/monitoring). Write for instance: 'Each year we inform the council on progress with the Veiligheidsbrief.'",
  },
  "kwaliteit-monitoring.onvolledig": {
    nl: "Hier staat hoe de raad over de voortgang hoort, maar niet {ontbreekt} (CCV-checklist, stap Evaluatie/monitoring). Vul dat aan, zodat de raad weet wanneer en waarmee hij kan bijsturen.",
    en: "This says how the council hears about progress, but not {ontbreekt} (CCV checklist, step Evaluation/monitoring). Add it, so the council knows when and with what it can steer.",
  },
  "kwaliteit-monitoring.mist.wanneer": { nl: "wanneer", en: "when" },
  "kwaliteit-monitoring.mist.aanWie": { nl: "aan wie", en: "to whom" },
  "kwaliteit-monitoring.mist.waarmee": { nl: "waarmee", en: "with what" },
  "kwaliteit-monitoring.geenEindevaluatie": {
    nl: "Het plan noemt geen evaluatie van het plan zelf aan het eind van de periode (CCV-checklist: tussentijdse en eindevaluaties gepland). Zeg wanneer het plan wordt geëvalueerd, zodat het volgende plan daarop kan bouwen.",
    en: "The plan names no evaluation of the plan itself at the end of the period (CCV checklist: interim and final evaluations planned). Say when the plan will be evaluated, so that the next plan can build on it.",
  },
  "kwaliteit-veiligheidsvelden.ontbreekt": {
    nl: "Geen thema van het plan valt onder het veiligheidsveld ‘{veld}’ (een van de vijf velden van Kernbeleid Veiligheid, VNG). Dat kan een bewuste keuze zijn; zeg dan in het plan waarom, zodat de raad ziet dat er niets over het hoofd is gezien.",
    en: "No theme of the plan falls under the safety field ‘{veld}’ (one of the five fields of Kernbeleid Veiligheid, VNG). That may be a deliberate choice; then say why in the plan, so that the council sees nothing was overlooked.",
  },
  "kwaliteit-veiligheidsvelden.veld.woonLeefomgeving": { nl: "Veilige woon- en leefomgeving", en: "Safe living environment (Veilige woon- en leefomgeving)" },
  "kwaliteit-veiligheidsvelden.veld.bedrijvigheid": { nl: "Bedrijvigheid en veiligheid", en: "Business and safety (Bedrijvigheid en veiligheid)" },
  "kwaliteit-veiligheidsvelden.veld.jeugd": { nl: "Jeugd en veiligheid", en: "Youth and safety (Jeugd en veiligheid)" },
  "kwaliteit-veiligheidsvelden.veld.fysiek": { nl: "Fysieke veiligheid", en: "Physical safety (Fysieke veiligheid)" },
  "kwaliteit-veiligheidsvelden.veld.integriteit": { nl: "Integriteit en veiligheid", en: "Integrity and safety (Integriteit en veiligheid)" },
  "kwaliteit-aantal-prioriteiten.teVeel": {
    nl: "Het plan heeft {aantal} prioritaire thema's (van de {totaal}); deze controle staat op hoogstens {max}. De CCV-checklist vraagt om een beperkt aantal prioriteiten: wie veel prioriteert, kiest niet. Overweeg thema's als kernthema te behandelen, of stel het maximum in met de optie 'max'.",
    en: "The plan has {aantal} priority themes (of {totaal}); this check allows at most {max}. The CCV checklist asks for a limited number of priorities: prioritising much means choosing little. Consider treating some as core themes, or set the maximum with the option 'max'.",
  },
  "kwaliteit-afkortingen.onverklaard": {
    nl: "De afkorting {afkorting} wordt niet uitgelegd, en het plan heeft geen lijst van afkortingen (CCV-checklist, stap Leesbaarheid). Schrijf hem bij eerste gebruik voluit met de afkorting tussen haakjes, of voeg een lijst van afkortingen toe.",
    en: "The abbreviation {afkorting} is not explained, and the plan has no list of abbreviations (CCV checklist, step Readability). Write it out at first use with the abbreviation in parentheses, or add a list of abbreviations.",
  },
  "kwaliteit-voortgang.geenGegevens": {
    nl: "Voor '{indicator}' ontbreekt de gerealiseerde waarde over {jaren}. Zet die in het voortgangsbestand van dat jaar (.voortgang), zodat de raad ziet of het doel op koers ligt.",
    en: "The realised value of '{indicator}' is missing for {jaren}. Put it in that year's progress file (.voortgang), so the council sees whether the goal is on track.",
  },
  "kwaliteit-voortgang.achter": {
    nl: "'{indicator}' ligt achter op koers: in {jaar} gerealiseerd {waarde}, terwijl de rechte lijn van nulmeting naar streefwaarde ({streef}) {verwacht} vraagt. Bespreek in de Veiligheidsbrief wat nodig is om bij te sturen.",
    en: "'{indicator}' is behind: {waarde} realised in {jaar}, where the straight line from baseline to target ({streef}) asks {verwacht}. Discuss in the Veiligheidsbrief what is needed to correct course.",
  },
};
