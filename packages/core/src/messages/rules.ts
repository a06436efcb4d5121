/**
 * The rules' message texts, keyed `<rule-id>.<message-id>`, nl and en. Kept apart from the rules'
 * logic (rules/*.ts), so that translators and reviewers read the texts in one place.
 *
 * Conventions: `{naam}` is filled from the finding's data. Where a value differs per language (a date,
 * a list of causes) the English text uses `{naam}`. Keys with `fix.`, `suggestie.` and `gerelateerd.`
 * are titles of fixes, suggestions and related locations; `deel.`, `oorzaak.` and `uitleg.` are parts
 * that a rule puts together into a larger message. Amounts are written in Dutch notation in both
 * languages, as the table writes them.
 * (Long because it is data: every rule's texts in both languages, in one place for translators.)
 */
import type { MessageText } from "./catalog.js";

const PERIODE: Record<string, MessageText> = {
  "periode.onleesbaar": {
    nl: "De periode '{waarde}' is niet te lezen. Schrijf het eerste en het laatste jaar met een streepje ertussen, bijvoorbeeld 'periode: 2022-2026'.",
    en: "The period '{waarde}' cannot be read. Write the first and the last year with a dash between them, for example 'periode: 2022-2026'.",
  },
  "periode.beginNaEinde": {
    nl: "De periode begint in {van} en eindigt in {tot}: het beginjaar ligt na het eindjaar. Zet het eerste jaar vooraan.",
    en: "The period starts in {van} and ends in {tot}: the first year lies after the last. Put the first year first.",
  },
  "periode.teLang": {
    nl: "De periode {van}-{tot} beslaat {jaren} jaar. De gemeenteraad stelt de doelen voor de veiligheid ten minste eenmaal in de vier jaar vast (artikel 38b, eerste lid, Politiewet 2012), dus een plan beslaat hooguit {max} jaar, zoals 2022-2026 (van verkiezing tot verkiezing). Kort de periode in of splits het plan.",
    en: "The period {van}-{tot} spans {jaren} years. The gemeenteraad sets the safety goals at least once every four years (article 38b(1) Politiewet 2012), so a plan spans at most {max} years, such as 2022-2026 (from election to election). Shorten the period or split the plan.",
  },
  "periode.titelWijktAf": {
    nl: "De {veld} noemt de periode {genoemd}, maar bij 'periode' staat {periode}. Lezers gaan uit van de titel: maak ze gelijk.",
    en: "The {veld} names the period {genoemd}, but 'periode' says {periode}. Readers go by the title: make them the same.",
  },
  "periode.fix.herschrijf": { nl: "Schrijf de periode als {nieuw}", en: "Write the period as {nieuw}" },
  "periode.suggestie.omdraaien": { nl: "Draai de jaren om: {nieuw}", en: "Swap the years: {nieuw}" },
  "periode.suggestie.titel": { nl: "Zet {nieuw} in de titel", en: "Put {nieuw} in the title" },
};

const VASTSTELLING: Record<string, MessageText> = {
  "vaststelling.vastgesteldOntbreekt": {
    nl: "Het plan heeft de status 'vastgesteld', maar vermeldt niet wie het heeft vastgesteld en wanneer. Voeg toe: 'vastgesteld:' met 'door: gemeenteraad' en 'datum:' (JJJJ-MM-DD) van het raadsbesluit. De wet legt de vaststelling bij de gemeenteraad ({wetten}).",
    en: "The plan has the status 'vastgesteld' (adopted) but does not say who adopted it and when. Add 'vastgesteld:' with 'door: gemeenteraad' and 'datum:' (YYYY-MM-DD) of the council decision. The law gives the adoption to the gemeenteraad ({wetten}).",
  },
  "vaststelling.doorOntbreekt": {
    nl: "{gemeente}Bij 'vastgesteld' staat niet wie het plan heeft vastgesteld. Vul 'door: gemeenteraad' in; volgens de wet stelt de gemeenteraad het plan vast ({wetten}).",
    en: "{gemeente}'vastgesteld' does not say who adopted the plan. Fill in 'door: gemeenteraad'; by law the gemeenteraad adopts the plan ({wetten}).",
  },
  "vaststelling.datumOntbreekt": {
    nl: "{gemeente}Bij 'vastgesteld' staat geen datum. Vul de datum van het raadsbesluit in als 'datum: JJJJ-MM-DD'; daarmee begint de termijn van vier jaar.",
    en: "{gemeente}'vastgesteld' has no date. Fill in the date of the council decision as 'datum: YYYY-MM-DD'; the four-year term starts from it.",
  },
  "vaststelling.gemeenteNietVastgesteld": {
    nl: "De gemeenteraad van {gemeente} heeft dit gezamenlijke plan volgens de gegevens nog niet vastgesteld; voor {gemeente} geldt het plan pas na dat besluit ({wetten}). Vul bij deze gemeente 'vastgesteld:' in met 'door: gemeenteraad' en de datum van het raadsbesluit.",
    en: "According to its data the gemeenteraad of {gemeente} has not adopted this joint plan yet; for {gemeente} the plan applies only after that decision ({wetten}). Fill in 'vastgesteld:' under this municipality with 'door: gemeenteraad' and the date of the council decision.",
  },
  "vaststelling.verkeerdOrgaan": {
    nl: "{gemeente}Dit plan is vastgesteld door '{door}', maar de wet legt de vaststelling bij de gemeenteraad: {wet} Een besluit van {wie} is dus geen vaststelling in de zin van de wet. Laat de gemeenteraad het plan vaststellen. Stelt het college alleen het uitvoeringsprogramma vast, vermeld hier dan het raadsbesluit over het plan zelf.",
    en: "{gemeente}This plan was adopted by '{door}', but the law gives the adoption to the gemeenteraad: {wet} A decision by {wie} is therefore no adoption in the sense of the law. Have the gemeenteraad adopt the plan. If the college only adopts the execution programme, record the council's decision on the plan itself here.",
  },
  "vaststelling.onbekendOrgaan": {
    nl: "{gemeente}'{door}' is geen orgaan dat deze controle herkent. De wet legt de vaststelling bij de gemeenteraad ({wetten}); schrijf 'gemeenteraad' als de raad het plan heeft vastgesteld.",
    en: "{gemeente}'{door}' is not a body this check recognises. The law gives the adoption to the gemeenteraad ({wetten}); write 'gemeenteraad' if the council adopted the plan.",
  },
  "vaststelling.datumInToekomst": {
    nl: "{gemeente}De vaststellingsdatum {datum} ligt na vandaag ({vandaag}). Een plan is pas vastgesteld als de raad heeft besloten: zet de status op 'voorstel' tot het zover is, of corrigeer de datum.",
    en: "{gemeente}The adoption date {datum} lies after today ({vandaag}). A plan is adopted only once the council has decided: set the status to 'voorstel' until then, or correct the date.",
  },
  "vaststelling.voorVoorstel": {
    nl: "{gemeente}Het plan zou zijn vastgesteld op {datum}, vóór het voorstel van {voorstelDatum}. Controleer beide datums.",
    en: "{gemeente}The plan would have been adopted on {datum}, before the proposal of {voorstelDatum}. Check both dates.",
  },
  "vaststelling.voorstel": {
    nl: "Dit plan is een voorstel{vanWie}; de gemeenteraad moet het nog vaststellen ({wetten}).{ontbreekt} Zet na het raadsbesluit 'status: vastgesteld' en vul 'vastgesteld:' in met 'door: gemeenteraad' en de datum van het besluit.",
    en: "This plan is a proposal{vanWie}; the gemeenteraad still has to adopt it ({wetten}).{ontbreekt} After the council's decision, set 'status: vastgesteld' and fill in 'vastgesteld:' with 'door: gemeenteraad' and the date of the decision.",
  },
  "vaststelling.concept": {
    nl: "Dit plan is een concept. Voordat het geldt, moet het college het aan de gemeenteraad voorleggen ('status: voorstel' met 'voorgesteld:') en moet de gemeenteraad het vaststellen ({wetten}).",
    en: "This plan is a draft. Before it applies, the college has to put it to the gemeenteraad ('status: voorstel' with 'voorgesteld:') and the gemeenteraad has to adopt it ({wetten}).",
  },
  "vaststelling.statusStrijdig": {
    nl: "{gemeente}De gemeenteraad heeft dit plan volgens 'vastgesteld' op {datum} vastgesteld, maar de status is nog '{status}'. Zet de status op 'vastgesteld'.",
    en: "{gemeente}According to 'vastgesteld' the gemeenteraad adopted this plan on {datum}, but the status is still '{status}'. Set the status to 'vastgesteld'.",
  },
  "vaststelling.suggestie.statusVastgesteld": { nl: "Zet de status op vastgesteld", en: "Set the status to vastgesteld" },
  "vaststelling.deel.vanWieWanneer": { nl: " van {door} van {datum}", en: " by {door} of {datum}" },
  "vaststelling.deel.vanWie": { nl: " van {door}", en: " by {door}" },
  "vaststelling.deel.vanWanneer": { nl: " van {datum}", en: " of {datum}" },
  "vaststelling.deel.voorgesteldOntbreekt": {
    nl: " Vermeld bij 'voorgesteld:' wie het voorstelt (meestal het college van burgemeester en wethouders) en op welke datum.",
    en: " Record under 'voorgesteld:' who proposes it (usually the college van burgemeester en wethouders) and on what date.",
  },
  "vaststelling.deel.wet38b": {
    nl: "„{tekst38b}” (artikel 38b, eerste lid, Politiewet 2012).",
    en: "“{tekst38b}” (article 38b(1) Politiewet 2012).",
  },
  "vaststelling.deel.wetBeide": {
    nl: "„{tekst38b}” (artikel 38b, eerste lid, Politiewet 2012), en voor de brandveiligheid: „{tekst3a}” (artikel 3a Wet veiligheidsregio's).",
    en: "“{tekst38b}” (article 38b(1) Politiewet 2012), and for fire safety: “{tekst3a}” (article 3a Wet veiligheidsregio's).",
  },
};

const CONTINUITEIT: Record<string, MessageText> = {
  "continuiteit.teLangTussen": {
    nl: "{gemeente}Tussen de vaststelling van het vorige plan ({vorigeDatum}) en die van dit plan ({datum}) ligt meer dan vier jaar; uiterlijk {uiterlijk} had de raad opnieuw moeten besluiten. De wet vraagt: „{wettekst}” (artikel 38b, eerste lid, Politiewet 2012).",
    en: "{gemeente}More than four years lie between the adoption of the previous plan ({vorigeDatum}) and that of this plan ({datum}); the council should have decided again by {uiterlijk}. The law asks: “{wettekst}” (article 38b(1) Politiewet 2012).",
  },
  "continuiteit.termijnVerstreken": {
    nl: "{gemeente}Het vorige plan is vastgesteld op {vorigeDatum}; de termijn van vier jaar is op {uiterlijk} verstreken en dit plan is nog niet vastgesteld. De wet vraagt: „{wettekst}” (artikel 38b, eerste lid, Politiewet 2012). Leg het plan zo snel mogelijk aan de gemeenteraad voor.",
    en: "{gemeente}The previous plan was adopted on {vorigeDatum}; the four-year term ended on {uiterlijk} and this plan has not been adopted yet. The law asks: “{wettekst}” (article 38b(1) Politiewet 2012). Put the plan to the gemeenteraad as soon as possible.",
  },
  "continuiteit.uiterlijk": {
    nl: "{gemeente}Het vorige plan is vastgesteld op {vorigeDatum}: de gemeenteraad moet dit plan uiterlijk {uiterlijk} vaststellen om binnen de vier jaar van artikel 38b, eerste lid, Politiewet 2012 te blijven.",
    en: "{gemeente}The previous plan was adopted on {vorigeDatum}: the gemeenteraad must adopt this plan by {uiterlijk} to stay within the four years of article 38b(1) Politiewet 2012.",
  },
  "continuiteit.overlap": {
    nl: "De periode {periode} begint in {van}, vóór het einde van het vorige plan ({vorigePeriode}): de plannen overlappen. Laat dit plan beginnen in {verwacht} of {verwachtNa}, of corrigeer de periode van het vorige plan.",
    en: "The period {periode} starts in {van}, before the previous plan ({vorigePeriode}) ends: the plans overlap. Start this plan in {verwacht} or {verwachtNa}, or correct the previous plan's period.",
  },
  "continuiteit.gat": {
    nl: "Tussen het vorige plan ({vorigePeriode}) en dit plan ({periode}) ligt een gat: in {jaren} geldt geen van beide. Laat de periodes op elkaar aansluiten, zodat er steeds doelen gelden.",
    en: "There is a gap between the previous plan ({vorigePeriode}) and this plan ({periode}): in {jaren} neither applies. Make the periods follow each other, so that goals always apply.",
  },
  "continuiteit.geenVorigPlan": {
    nl: "Dit plan noemt geen vorig plan; de aansluiting op het vorige plan is niet gecontroleerd. Vul 'vorig-plan:' in (titel, periode en de datum waarop het is vastgesteld) als er een voorganger is.",
    en: "This plan names no previous plan; continuity with the previous plan was not checked. Fill in 'vorig-plan:' (title, period and the date it was adopted) if there is a predecessor.",
  },
  "continuiteit.vorigeDatumOnbekend": {
    nl: "Wanneer het vorige plan {titel} is vastgesteld, staat er niet; of er hooguit vier jaar tussen de twee vaststellingen ligt, is daarom niet gecontroleerd. Vul bij 'vorig-plan:' 'vastgesteld: JJJJ-MM-DD' in, of verwijs met 'bestand:' naar het vorige plan.",
    en: "The date on which the previous plan {titel} was adopted is not given, so whether at most four years lie between the two adoptions was not checked. Fill in 'vastgesteld: YYYY-MM-DD' under 'vorig-plan:', or point to the previous plan with 'bestand:'.",
  },
  "continuiteit.bestandNietGevonden": {
    nl: "Het vorige plan '{bestand}' is niet gevonden of niet samen met dit plan gecontroleerd. Controleer het pad (vanaf de map van dit plan) en controleer beide plannen samen.",
    en: "The previous plan '{bestand}' was not found or not checked together with this plan. Check the path (from this plan's folder) and check both plans together.",
  },
  "continuiteit.bestandGeenPlan": {
    nl: "Het bestand '{bestand}' is geen veiligheidsplan: het heeft geen gegevens bovenaan (tussen regels met ---) en geen hoofdstuk met thema's of Financiën. Verwijs bij 'bestand:' naar het bestand van het vorige plan.",
    en: "The file '{bestand}' is not a safety plan: it has no data at the top (between --- lines) and no chapter with themes or Financiën. Under 'bestand:', refer to the previous plan's file.",
  },
  "continuiteit.bestandGeenGewoonBestand": {
    nl: "Het vorige plan '{bestand}' is geen gewoon bestand (maar bijvoorbeeld een map, een apparaat of een pijp) en is niet gelezen. Verwijs bij 'bestand:' naar het bestand van het vorige plan.",
    en: "The previous plan '{bestand}' is not a regular file (but, for example, a folder, a device or a pipe) and was not read. Under 'bestand:', refer to the previous plan's file.",
  },
  "continuiteit.bestandTeGroot": {
    nl: "Het vorige plan '{bestand}' is groter dan {limiet} en is niet gelezen; zo groot is geen echt plan. Verwijs bij 'bestand:' naar het bestand van het vorige plan.",
    en: "The previous plan '{bestand}' is larger than {limiet} and was not read; no real plan is that large. Under 'bestand:', refer to the previous plan's file.",
  },
  "continuiteit.bestandGeenTekst": {
    nl: "Het vorige plan '{bestand}' is geen tekstbestand in UTF-8 (het lijkt een afbeelding, pdf of Word-bestand) en is niet gelezen. Verwijs bij 'bestand:' naar het .veiligheidsplan-bestand van het vorige plan.",
    en: "The previous plan '{bestand}' is not a UTF-8 text file (it looks like an image, PDF or Word file) and was not read. Under 'bestand:', refer to the previous plan's .veiligheidsplan file.",
  },
  "continuiteit.bestandWijktAf": {
    nl: "Bij 'vorig-plan' staat {veld} {hier}, maar het vorige plan zelf ({bestand}) zegt {daar}. Maak ze gelijk.",
    en: "'vorig-plan' gives {veld} {hier}, but the previous plan itself ({bestand}) says {daar}. Make them the same.",
  },
  "continuiteit.suggestie.overnemen": { nl: "Neem {waarde} over uit het vorige plan", en: "Take {waarde} from the previous plan" },
};

const GELDIGHEID: Record<string, MessageText> = {
  "geldigheid.verlopenPeriode": {
    nl: "De periode van dit plan ({periode}) is op {einde} afgelopen; vandaag is het {vandaag}. De gemeenteraad moet ten minste eenmaal in de vier jaar de doelen vaststellen (artikel 38b, eerste lid, Politiewet 2012): stel een nieuw plan op.",
    en: "This plan's period ({periode}) ended on {einde}; today is {vandaag}. The gemeenteraad must set the goals at least once every four years (article 38b(1) Politiewet 2012): draw up a new plan.",
  },
  "geldigheid.verlopenVaststelling": {
    nl: "{gemeente}Dit plan is op {datum} vastgesteld; vier jaar later, op {einde}, had de gemeenteraad de doelen opnieuw moeten vaststellen (artikel 38b, eerste lid, Politiewet 2012). Vandaag is het {vandaag}: stel een nieuw plan op.",
    en: "{gemeente}This plan was adopted on {datum}; four years later, on {einde}, the gemeenteraad should have set the goals again (article 38b(1) Politiewet 2012). Today is {vandaag}: draw up a new plan.",
  },
  "geldigheid.bijnaVerlopen": {
    nl: "{gemeente}Dit plan loopt af op {einde} ({reden}), over {dagen} dagen. Zorg dat de gemeenteraad vóór die datum een nieuw plan vaststelt (artikel 38b, eerste lid, Politiewet 2012).",
    en: "{gemeente}This plan runs out on {einde} ({reden}), in {dagen} days. Make sure the gemeenteraad adopts a new plan before that date (article 38b(1) Politiewet 2012).",
  },
  "geldigheid.deel.reden.periode": { nl: "het einde van de periode {periode}", en: "the end of the period {periode}" },
  "geldigheid.deel.reden.vaststelling": { nl: "vier jaar na de vaststelling op {datum}", en: "four years after its adoption on {datum}" },
};

const METADATA: Record<string, MessageText> = {
  "metadata.geenMetadata": {
    nl: "Het plan begint niet met gegevens tussen twee regels ---. Zet bovenaan ten minste formaat, titel, gemeente, periode en status, zodat het plan gecontroleerd kan worden.",
    en: "The plan does not start with data between two --- lines. Put at least formaat, titel, gemeente, periode and status at the top, so that the plan can be checked.",
  },
  "metadata.ontbreekt": {
    nl: "'{sleutel}' ontbreekt in de gegevens bovenaan het plan. {uitleg}",
    en: "'{sleutel}' is missing from the data at the top of the plan. {uitleg}",
  },
  "metadata.leeg": {
    nl: "'{sleutel}' is leeg. {uitleg}",
    en: "'{sleutel}' is empty. {uitleg}",
  },
  "metadata.formaatOntbreekt": {
    nl: "Vermeld het formaat: 'formaat: veiligheidsplan/1'. Zonder die regel wordt het plan gelezen als versie 1, maar een latere versie kan het dan verkeerd lezen.",
    en: "State the format: 'formaat: veiligheidsplan/1'. Without it the plan is read as version 1, but a later version may then read it wrongly.",
  },
  "metadata.formaatOnleesbaar": {
    nl: "'{waarde}' is geen formaat dat deze controle kent. Schrijf 'formaat: veiligheidsplan/1'.",
    en: "'{waarde}' is not a format this check knows. Write 'formaat: veiligheidsplan/1'.",
  },
  "metadata.formaatVersie": {
    nl: "Versie {versie} van het formaat is (nog) niet bekend; het plan wordt gelezen als versie 1. Gebruik 'formaat: veiligheidsplan/1' of een nieuwere versie van de controle.",
    en: "Version {versie} of the format is not known (yet); the plan is read as version 1. Use 'formaat: veiligheidsplan/1' or a newer version of the checker.",
  },
  "metadata.onbekendeSleutel": {
    nl: "'{sleutel}' is geen bekend gegeven en wordt door de controles genegeerd.{bedoeld} Bekende gegevens: {bekend}.",
    en: "'{sleutel}' is not a known field and is ignored by the checks.{bedoeld} Known fields: {bekend}.",
  },
  "metadata.onbekendeSubsleutel": {
    nl: "'{sleutel}' hoort hier niet en wordt genegeerd.{bedoeld} Hier horen: {bekend}.",
    en: "'{sleutel}' does not belong here and is ignored.{bedoeld} This takes: {bekend}.",
  },
  "metadata.dubbeleSleutel": {
    nl: "'{sleutel}' staat er ook al als '{eerste}'; alleen de eerste telt. Voeg ze samen.",
    en: "'{sleutel}' is already given as '{eerste}'; only the first counts. Merge them.",
  },
  "metadata.geenTekst": {
    nl: "'{sleutel}' moet één tekst zijn, zoals 'titel: Samen veilig en weerbaar'.",
    en: "'{sleutel}' must be a single text, such as 'titel: Samen veilig en weerbaar'.",
  },
  "metadata.geenBesluit": {
    nl: "'{sleutel}' moet twee regels bevatten, ingesprongen: 'door:' (wie) en 'datum:' (JJJJ-MM-DD), bijvoorbeeld 'door: gemeenteraad' en 'datum: 2022-12-14'.",
    en: "'{sleutel}' must hold two indented lines: 'door:' (who) and 'datum:' (YYYY-MM-DD), for example 'door: gemeenteraad' and 'datum: 2022-12-14'.",
  },
  "metadata.geenVorigPlan": {
    nl: "'{sleutel}' moet ingesprongen regels bevatten: 'titel:', 'periode:', 'vastgesteld:' (de datum) en eventueel 'bestand:'.",
    en: "'{sleutel}' must hold indented lines: 'titel:', 'periode:', 'vastgesteld:' (the date) and optionally 'bestand:'.",
  },
  "metadata.grondslagGeenLijst": {
    nl: "'grondslag' moet een lijst van wetsartikelen zijn, elk op een regel met een streepje, zoals '- artikel 38b, eerste lid, Politiewet 2012'.",
    en: "'grondslag' must be a list of legal articles, each on a line with a dash, such as '- artikel 38b, eerste lid, Politiewet 2012'.",
  },
  "metadata.geenMap": {
    nl: "'{sleutel}' moet ingesprongen regels van de vorm 'sleutel: waarde' bevatten; zie de uitleg bij het veld (docs/format.md).",
    en: "'{sleutel}' must hold indented lines of the form 'key: value'; see the field's explanation (docs/format.md).",
  },
  "metadata.geenLijst": {
    nl: "'{sleutel}' moet een lijst zijn, elk onderdeel op een regel met een streepje ('- …').",
    en: "'{sleutel}' must be a list, each item on a line with a dash ('- …').",
  },
  "metadata.statusOnbekend": {
    nl: "'{waarde}' is geen status. Kies 'concept' (in de maak), 'voorstel' (aan de raad voorgelegd) of 'vastgesteld' (door de raad besloten).",
    en: "'{waarde}' is not a status. Choose 'concept' (being written), 'voorstel' (put to the council) or 'vastgesteld' (decided by the council).",
  },
  "metadata.datumOnleesbaar": {
    nl: "'{waarde}' is geen datum in de vorm JJJJ-MM-DD. Schrijf bijvoorbeeld 2022-10-18 voor 18 oktober 2022.",
    en: "'{waarde}' is not a date in the form YYYY-MM-DD. Write for example 2022-10-18 for 18 October 2022.",
  },
  "metadata.datumBestaatNiet": {
    nl: "De datum {waarde} bestaat niet. Controleer de dag en de maand.",
    en: "The date {waarde} does not exist. Check the day and the month.",
  },
  "metadata.fix.hernoem": { nl: "Hernoem '{oud}' tot '{nieuw}'", en: "Rename '{oud}' to '{nieuw}'" },
  "metadata.fix.formaat": { nl: "Zet 'formaat: veiligheidsplan/1' in de gegevens", en: "Put 'formaat: veiligheidsplan/1' in the data" },
  "metadata.fix.status": { nl: "Schrijf de status als '{nieuw}'", en: "Write the status as '{nieuw}'" },
  "metadata.fix.datum": { nl: "Schrijf de datum als {nieuw}", en: "Write the date as {nieuw}" },
  "metadata.suggestie.status": { nl: "Zet de status op '{nieuw}'", en: "Set the status to '{nieuw}'" },
  "metadata.suggestie.sjabloon": { nl: "Zet de gegevens bovenaan het plan (vul ze daarna aan)", en: "Put the data at the top of the plan (then fill it in)" },
  "metadata.deel.bedoeld": { nl: " Bedoelt u '{sleutel}'?", en: " Did you mean '{sleutel}'?" },
  "metadata.uitleg.titel": { nl: "Vermeld de titel van het plan, zoals 'titel: Samen veilig en weerbaar'.", en: "Give the plan's title, such as 'titel: Samen veilig en weerbaar'." },
  "metadata.uitleg.gemeente": { nl: "Vermeld de gemeente, zoals 'gemeente: Nijmegen'.", en: "Give the municipality, such as 'gemeente: Nijmegen'." },
  "metadata.uitleg.periode": {
    nl: "Vermeld de jaren die het plan beslaat, zoals 'periode: 2022-2026'; daarmee wordt gecontroleerd of het plan nog geldt.",
    en: "Give the years the plan covers, such as 'periode: 2022-2026'; it is used to check whether the plan still applies.",
  },
  "metadata.uitleg.status": {
    nl: "Vermeld waar het plan staat: 'status: concept', 'voorstel' of 'vastgesteld'.",
    en: "Say where the plan stands: 'status: concept', 'voorstel' or 'vastgesteld'.",
  },
};

const GRONDSLAG: Record<string, MessageText> = {
  "grondslag.inWoorden": {
    nl: "Hier staat wat {citaat} zegt, maar het artikel zelf wordt nergens genoemd. Vermeld het onder 'grondslag:' als '{citaat}', zodat lezers en controles de grondslag vinden.",
    en: "This restates what {citaat} says, but the article itself is cited nowhere. Cite it under 'grondslag:' as '{citaat}', so that readers and checks find the legal basis.",
  },
  "grondslag.geen38b": {
    nl: "Het plan noemt artikel 38b, eerste lid, Politiewet 2012 nergens, terwijl dat artikel de grondslag van een integraal veiligheidsplan is: „{wettekst}” Vermeld het onder 'grondslag:'.",
    en: "The plan nowhere cites article 38b(1) Politiewet 2012, while that article is the legal basis of an integral safety plan: “{wettekst}” Cite it under 'grondslag:'.",
  },
  "grondslag.verkeerdArtikel": {
    nl: "'{citaat}' is niet het artikel waarop een integraal veiligheidsplan rust. Dat is artikel 38b, eerste lid, Politiewet 2012: „{wettekst}” Vervang de verwijzing door dat artikel.",
    en: "'{citaat}' is not the article an integral safety plan rests on. That is article 38b(1) Politiewet 2012: “{wettekst}” Replace the citation with that article.",
  },
  "grondslag.ander38bLid": {
    nl: "'{citaat}' noemt lid {lid} van artikel 38b Politiewet 2012, maar de doelen van de gemeente rusten op het eerste lid: „{wettekst}” Noem het eerste lid.",
    en: "'{citaat}' cites paragraph {lid} of article 38b Politiewet 2012, but the municipality's goals rest on the first paragraph: “{wettekst}” Cite the first paragraph.",
  },
  "grondslag.alleenInTekst": {
    nl: "De tekst noemt '{citaat}', maar de gegevens bovenaan het plan niet. Zet '{grondslag}' ook onder 'grondslag:', zodat het plan zijn grondslag ook voor programma's leesbaar vermeldt.",
    en: "The text cites '{citaat}', but the data at the top of the plan does not. Put '{grondslag}' under 'grondslag:' as well, so that the plan states its legal basis in a form programs can read too.",
  },
  "grondslag.brandZonder3a": {
    nl: "{Thema} stelt doelen voor de brandveiligheid of de brandweerzorg, maar het plan noemt artikel 3a Wet veiligheidsregio's niet. Dat artikel is de grondslag voor die doelen: „{wettekst}” Vermeld het onder 'grondslag:'.",
    en: "{Thema} sets goals for fire safety or the fire service, but the plan does not cite article 3a Wet veiligheidsregio's. That article is the legal basis for those goals: “{wettekst}” Cite it under 'grondslag:'.",
  },
  "grondslag.brandZonder3aHoofdstuk": {
    nl: "‘{hoofdstuk}’ stelt doelen voor de brandveiligheid of de brandweerzorg, maar het plan noemt artikel 3a Wet veiligheidsregio's niet. Dat artikel is de grondslag voor die doelen: „{wettekst}” Vermeld het onder 'grondslag:'. Stelt de raad die doelen in een ander document vast, zeg dat dan in dit hoofdstuk.",
    en: "‘{hoofdstuk}’ sets goals for fire safety or the fire service, but the plan does not cite article 3a Wet veiligheidsregio's. That article is the legal basis for those goals: “{wettekst}” Cite it under 'grondslag:'. If the council sets those goals in another document, say so in this chapter.",
  },
  "grondslag.3aZonderBrand": {
    nl: "Het plan noemt artikel 3a Wet veiligheidsregio's als grondslag, maar geen thema of hoofdstuk stelt doelen voor de brandveiligheid of de brandweerzorg. Het artikel vraagt: „{wettekst}” Beschrijf die doelen in een thema (bijvoorbeeld 'Brandveiligheid', met een opgave en een ambitie), of haal artikel 3a uit de grondslag als de raad ze in een ander document vaststelt.",
    en: "The plan cites article 3a Wet veiligheidsregio's as its basis, but no theme or chapter sets goals for fire safety or the fire service. The article asks: “{wettekst}” Describe those goals in a theme (for example 'Brandveiligheid', with an opgave and an ambitie), or remove article 3a from the basis if the council sets them in another document.",
  },
  "grondslag.geenBrandveiligheid": {
    nl: "Dit plan stelt geen doelen voor de brandveiligheid en de brandweerzorg en noemt artikel 3a Wet veiligheidsregio's niet. Dat mag; niet gecontroleerd. Maar de gemeenteraad moet die doelen wel ergens vaststellen: „{wettekst}” Vaak gebeurt dat in een apart document, samen met de veiligheidsregio.",
    en: "This plan sets no goals for fire safety and the fire service and does not cite article 3a Wet veiligheidsregio's. That is allowed; not checked. But the gemeenteraad must set those goals somewhere: “{wettekst}” This is often done in a separate document, together with the safety region.",
  },
  "grondslag.suggestie.toevoegen": { nl: "Voeg '{citaat}' toe aan de grondslag", en: "Add '{citaat}' to the legal basis" },
  "grondslag.suggestie.vervangen": { nl: "Vervang '{oud}' door '{citaat}'", en: "Replace '{oud}' with '{citaat}'" },
};

const WETSVERWIJZINGEN: Record<string, MessageText> = {
  "wetsverwijzingen.onleesbaar": {
    nl: "'{tekst}' is als wetsverwijzing niet te lezen. Schrijf artikel, lid en wet, zoals 'artikel 38b, eerste lid, Politiewet 2012' of 'artikel 3a Wet veiligheidsregio's'.",
    en: "'{tekst}' cannot be read as a legal citation. Write article, paragraph and law, such as 'artikel 38b, eerste lid, Politiewet 2012' or 'artikel 3a Wet veiligheidsregio's'.",
  },
  "wetsverwijzingen.geenWet": {
    nl: "'{tekst}' noemt geen wet. Schrijf de wet erbij, zoals 'artikel 38b, eerste lid, Politiewet 2012'.",
    en: "'{tekst}' names no law. Add the law, such as 'artikel 38b, eerste lid, Politiewet 2012'.",
  },
  "wetsverwijzingen.onbekendeWet": {
    nl: "'{wet}' is geen wet die deze controle kent; deze grondslag is niet gecontroleerd. Bekende wetten: {bekend}. Controleer of de naam goed geschreven is.",
    en: "'{wet}' is not a law this check knows; this legal basis was not checked. Known laws: {bekend}. Check that the name is spelled right.",
  },
  "wetsverwijzingen.onbekendeWetInTekst": {
    nl: "'{wet}' is geen wet die deze controle kent; deze verwijzing is niet gecontroleerd. Bekende wetten: {bekend}.",
    en: "'{wet}' is not a law this check knows; this citation was not checked. Known laws: {bekend}.",
  },
  "wetsverwijzingen.bijnaWet": {
    nl: "'{wet}' lijkt op de {bedoeld}, maar is anders geschreven. Bedoelt u de {bedoeld}?",
    en: "'{wet}' looks like the {bedoeld}, but is written differently. Did you mean the {bedoeld}?",
  },
  "wetsverwijzingen.schrijfwijze": {
    nl: "Schrijf de grondslag in de vaste vorm: '{nieuw}' (nu: '{tekst}').",
    en: "Write the legal basis in the standard form: '{nieuw}' (now: '{tekst}').",
  },
  "wetsverwijzingen.artikelBestaatNiet": {
    nl: "De {wet} heeft geen artikel {artikel} (gecontroleerd tegen de tekst van {datum} op wetten.overheid.nl). Controleer het nummer.",
    en: "The {wet} has no article {artikel} (checked against the text of {datum} on wetten.overheid.nl). Check the number.",
  },
  "wetsverwijzingen.artikelBestaatNietBedoeld": {
    nl: "De {wet} heeft geen artikel {artikel} (gecontroleerd tegen de tekst van {datum} op wetten.overheid.nl). Bedoelt u artikel {bedoeld}?",
    en: "The {wet} has no article {artikel} (checked against the text of {datum} on wetten.overheid.nl). Did you mean article {bedoeld}?",
  },
  "wetsverwijzingen.artikelNietGevonden": {
    nl: "Artikel {artikel} staat niet in de tekst van de {wet} van {datum} die deze controle kent. Is het later aan de wet toegevoegd, dan klopt de verwijzing; controleer anders het nummer.",
    en: "Article {artikel} is not in the text of the {wet} of {datum} that this check knows. If it was added to the law later, the citation is right; otherwise check the number.",
  },
  "wetsverwijzingen.artikelNietGevondenBedoeld": {
    nl: "Artikel {artikel} staat niet in de tekst van de {wet} van {datum} die deze controle kent. Bedoelt u artikel {bedoeld}? Is het later aan de wet toegevoegd, dan klopt de verwijzing.",
    en: "Article {artikel} is not in the text of the {wet} of {datum} that this check knows. Did you mean article {bedoeld}? If it was added to the law later, the citation is right.",
  },
  "wetsverwijzingen.lidBestaatNiet": {
    nl: "Artikel {artikel} van de {wet} heeft {leden} leden, dus geen lid {lid} (tekst van {datum}). Controleer welk lid u bedoelt.",
    en: "Article {artikel} of the {wet} has {leden} paragraphs, so no paragraph {lid} (text of {datum}). Check which paragraph you mean.",
  },
  "wetsverwijzingen.lidGeenLeden": {
    nl: "Artikel {artikel} van de {wet} is niet in leden verdeeld, dus een lid {lid} bestaat niet (tekst van {datum}). Noem alleen het artikel.",
    en: "Article {artikel} of the {wet} is not divided into paragraphs, so there is no paragraph {lid} (text of {datum}). Cite the article alone.",
  },
  "wetsverwijzingen.fix.schrijfwijze": { nl: "Schrijf '{nieuw}'", en: "Write '{nieuw}'" },
  "wetsverwijzingen.suggestie.artikel": { nl: "Schrijf 'artikel {artikel}'", en: "Write 'artikel {artikel}'" },
  "wetsverwijzingen.suggestie.wet": { nl: "Schrijf '{wet}'", en: "Write '{wet}'" },
  "wetsverwijzingen.suggestie.metWet": { nl: "Schrijf '{nieuw}'", en: "Write '{nieuw}'" },
};

const BEGROTING_TOTALEN: Record<string, MessageText> = {
  "begroting-totalen.verschil": {
    nl: "{jaar}: de regels tellen op tot {som}, maar het totaal is {totaal}, een verschil van {verschil}{eenheid}.{oorzaken}",
    en: "{jaar}: the lines add up to {som}, but the total is {totaal}, a difference of {verschil}{eenheid}.{oorzaken}",
  },
  "begroting-totalen.verschilSaldo": {
    nl: "{jaar}: het saldo van baten en lasten is {som}, maar het totaal is {totaal}, een verschil van {verschil}{eenheid}.{oorzaken}",
    en: "{jaar}: the balance of income (baten) and expenditure (lasten) is {som}, but the total is {totaal}, a difference of {verschil}{eenheid}.{oorzaken}",
  },
  "begroting-totalen.geenFinancien": {
    nl: "Dit plan heeft geen hoofdstuk Financiën; de begroting is niet gecontroleerd. Dat mag: veel veiligheidsplannen verwijzen voor het geld naar de gemeentebegroting.",
    en: "This plan has no Financiën chapter; the budget was not checked. That is allowed: many safety plans refer to the municipal budget for the money.",
  },
  "begroting-totalen.geenTabel": {
    nl: "Onder '{kop}' staat geen begrotingstabel; de totalen zijn niet gecontroleerd.",
    en: "There is no budget table under '{kop}'; the totals were not checked.",
  },
  "begroting-totalen.geenTotaal": {
    nl: "De begrotingstabel heeft geen regel 'Totaal'; de totalen zijn niet gecontroleerd.",
    en: "The budget table has no 'Totaal' row; the totals were not checked.",
  },
  "begroting-totalen.deel.een": { nl: " Waarschijnlijke oorzaak: {oorzaak}.", en: " Likely cause: {oorzaak}." },
  "begroting-totalen.deel.twee": { nl: " Het verschil wordt precies verklaard door twee fouten samen: {oorzaak}.", en: " The difference is explained exactly by two errors together: {oorzaak}." },
  "begroting-totalen.deel.meerdere": { nl: " Elk van deze fouten verklaart het verschil precies: {lijst}.", en: " Each of these errors explains the difference exactly: {lijst}." },
  "begroting-totalen.deel.geen": {
    nl: " Geen fout in één bedrag verklaart dit verschil; controleer de bedragen en het totaal.",
    en: " No error in a single amount explains this difference; check the amounts and the total.",
  },
  "begroting-totalen.deel.afronding": {
    nl: " Dat is niet meer dan wat het afronden van de bedragen op hele eenheden kan geven. Is de tabel afgerond overgenomen, zet dan de optie toegestaanVerschil van deze regel op {marge}; controleer anders de bedragen en het totaal.",
    en: " That is no more than rounding the amounts to whole units can give. If the table was copied rounded, set this rule's option toegestaanVerschil to {marge}; otherwise check the amounts and the total.",
  },
  "begroting-totalen.deel.teVeel": {
    nl: " Er zijn te veel fouten in één bedrag die dit verschil kunnen verklaren om er één aan te wijzen; controleer de bedragen en het totaal.",
    en: " Too many errors in a single amount could explain this difference to point at one; check the amounts and the total.",
  },
  "begroting-totalen.deel.deels": {
    nl: " Een deel ervan, {deel}, wordt verklaard door dezelfde fout als in de andere jaren: {oorzaak}. Voor de rest, {rest}, is geen eenduidige oorzaak te vinden.",
    en: " Part of it, {deel}, is explained by the same error as in the other years: {oorzaak}. For the rest, {rest}, no single cause can be found.",
  },
  "begroting-totalen.deel.ook": { nl: ", net als in {jaren}", en: ", as in {jaren}" },
  "begroting-totalen.deel.paar": { nl: "{eerste}, en {tweede}", en: "{eerste}, and {tweede}" },
  "begroting-totalen.oorzaak.teken": {
    nl: "bij {regel} staat {oud} waar {nieuw} bedoeld lijkt (omgekeerd teken{ook})",
    en: "{regel} shows {oud} where {nieuw} seems meant (sign reversed{ook})",
  },
  "begroting-totalen.oorzaak.weggelaten": {
    nl: "het totaal telt {regel} ({oud}) niet mee{ook}",
    en: "the total leaves out {regel} ({oud}){ook}",
  },
  "begroting-totalen.oorzaak.cijferWeg": {
    nl: "bij {regel} staat {oud} waar {nieuw} bedoeld lijkt (een cijfer weggevallen{ook})",
    en: "{regel} shows {oud} where {nieuw} seems meant (a digit dropped{ook})",
  },
  "begroting-totalen.oorzaak.cijferExtra": {
    nl: "bij {regel} staat {oud} waar {nieuw} bedoeld lijkt (een cijfer te veel{ook})",
    en: "{regel} shows {oud} where {nieuw} seems meant (one digit too many{ook})",
  },
  "begroting-totalen.oorzaak.verwisseld": {
    nl: "bij {regel} staat {oud} waar {nieuw} bedoeld lijkt (twee cijfers verwisseld{ook})",
    en: "{regel} shows {oud} where {nieuw} seems meant (two digits swapped{ook})",
  },
  "begroting-totalen.oorzaak.dubbel": {
    nl: "de regel {regel} staat twee keer in de tabel, zodat {oud} dubbel wordt geteld{ook}",
    en: "the row {regel} appears twice in the table, so {oud} is counted twice{ook}",
  },
  "begroting-totalen.oorzaak.komma": {
    nl: "bij {regel} staat {oud}, wat als een getal met drie decimalen telt; bedoeld lijkt {nieuw} (een komma tussen de duizendtallen{ook})",
    en: "{regel} shows {oud}, which counts as a number with three decimals; {nieuw} seems meant (a comma between thousands{ook})",
  },
  "begroting-totalen.oorzaak.totaal": {
    nl: "het totaal zelf is verkeerd overgenomen: {oud} waar de som {nieuw} is",
    en: "the total itself was copied wrongly: {oud} where the sum is {nieuw}",
  },
  "begroting-totalen.gerelateerd.totaal": { nl: "het vermelde totaal voor {jaar}: {totaal}", en: "the stated total for {jaar}: {totaal}" },
  "begroting-totalen.gerelateerd.cel": { nl: "{regel} {jaar}: {oud}, bedoeld lijkt {nieuw}", en: "{regel} {jaar}: {oud}, {nieuw} seems meant" },
  "begroting-totalen.gerelateerd.dubbel": { nl: "de tweede regel {regel}", en: "the second row {regel}" },
  "begroting-totalen.suggestie.cel": { nl: "Verander {regel} {jaar} van {oud} in {nieuw}", en: "Change {regel} {jaar} from {oud} to {nieuw}" },
  "begroting-totalen.suggestie.verwijderRegel": { nl: "Verwijder de dubbele regel {regel}", en: "Remove the duplicate row {regel}" },
  "begroting-totalen.suggestie.paar": { nl: "Verander in {jaar} {regel} in {nieuw} en {regel2} in {nieuw2}", en: "In {jaar}, change {regel} to {nieuw} and {regel2} to {nieuw2}" },
  "begroting-totalen.suggestie.alleJaren": { nl: "Herstel {regel} in alle jaren met dezelfde fout ({jaren})", en: "Repair {regel} in every year with the same error ({jaren})" },
  "begroting-totalen.suggestie.totaal": { nl: "Zet het totaal voor {jaar} op de som van de regels: {som}", en: "Set the total for {jaar} to the sum of the lines: {som}" },
  "begroting-totalen.suggestie.totaalSaldo": { nl: "Zet het totaal voor {jaar} op het saldo van baten en lasten: {som}", en: "Set the total for {jaar} to the balance of income and expenditure: {som}" },
  "begroting-totalen.suggestie.totaalRegel": { nl: "Voeg een regel 'Totaal' toe met de sommen", en: "Add a 'Totaal' row with the sums" },
};

const BEGROTING_STRUCTUUR: Record<string, MessageText> = {
  "begroting-structuur.geenEenheid": {
    nl: "De begrotingstabel vermeldt niet in welke eenheid de bedragen staan{kop}. Zet in het eerste vak van de kopregel bijvoorbeeld '(bedragen x € 1.000)'.",
    en: "The budget table does not state the unit of its amounts{kop}. Put for example '(bedragen x € 1.000)' in the first cell of the header row.",
  },
  "begroting-structuur.geenJaar": {
    nl: "De kolomkop '{kop}' is geen jaartal. Zet boven elke kolom met bedragen het jaar (JJJJ), zoals 2022.",
    en: "The column header '{kop}' is not a year. Put the year (YYYY) above every column of amounts, such as 2022.",
  },
  "begroting-structuur.totaalKolom": {
    nl: "De kolom '{kop}' is geen jaar; deze kolom is niet gecontroleerd.",
    en: "The column '{kop}' is not a year; this column was not checked.",
  },
  "begroting-structuur.nietOpeenvolgend": {
    nl: "Na {vorig} komt {jaar}: de jaren in de tabel moeten op elkaar volgen ({verwacht} verwacht).",
    en: "{jaar} follows {vorig}: the years in the table must follow each other ({verwacht} expected).",
  },
  "begroting-structuur.buitenPeriode": {
    nl: "{jaar} valt buiten de periode van het plan ({periode}). Laat de begroting de jaren van het plan beslaan, of pas de periode aan.",
    en: "{jaar} lies outside the plan's period ({periode}). Let the budget cover the plan's years, or change the period.",
  },
  "begroting-structuur.teWeinigCellen": {
    nl: "De regel '{regel}' heeft {aantal} bedragen, maar de tabel heeft {jaren} jaren. Vul voor elk jaar een bedrag in.",
    en: "The row '{regel}' has {aantal} amounts, but the table has {jaren} years. Fill in an amount for every year.",
  },
  "begroting-structuur.teVeelCellen": {
    nl: "De regel '{regel}' heeft {aantal} bedragen, maar de tabel heeft {jaren} jaren. Haal het overtollige vak weg of voeg het jaar toe aan de kopregel.",
    en: "The row '{regel}' has {aantal} amounts, but the table has {jaren} years. Remove the extra cell or add the year to the header row.",
  },
  "begroting-structuur.bedragOntbreekt": {
    nl: "'{regel}' heeft geen bedrag voor {jaar}. Vul het bedrag in, 0 als er niets begroot is, of '-' als er bewust geen bedrag staat.",
    en: "'{regel}' has no amount for {jaar}. Fill in the amount, 0 if nothing is budgeted, or '-' if there is deliberately no amount.",
  },
  "begroting-structuur.onleesbaarBedrag": {
    nl: "'{waarde}' ({regel}, {jaar}) is geen bedrag in Nederlandse schrijfwijze. Schrijf punten tussen de duizendtallen en een komma voor decimalen, zoals 15.407 of 14,4, en een minteken voor een negatief bedrag.",
    en: "'{waarde}' ({regel}, {jaar}) is not an amount in Dutch notation. Write dots between thousands and a comma before decimals, such as 15.407 or 14,4, and a minus sign for a negative amount.",
  },
  "begroting-structuur.teGroot": {
    nl: "Het bedrag {waarde} ({regel}, {jaar}) is te groot om exact mee te rekenen (meer dan ongeveer 90 biljoen euro). Controleer of er cijfers te veel staan.",
    en: "The amount {waarde} ({regel}, {jaar}) is too large to compute with exactly (more than about 90 trillion euro). Check for extra digits.",
  },
  "begroting-structuur.teVeelDecimalen": {
    nl: "'{waarde}' ({regel}, {jaar}) heeft meer cijfers achter de komma dan in hele eurocenten kan. Rond het bedrag af.",
    en: "'{waarde}' ({regel}, {jaar}) has more decimals than whole euro cents allow. Round the amount.",
  },
  "begroting-structuur.dubbelzinnig": {
    nl: "'{waarde}' ({regel}, {jaar}) leest als een bedrag met drie decimalen (de komma is het decimaalteken), terwijl alle andere bedragen hele getallen zijn. Bedoelt u {alternatief}?",
    en: "'{waarde}' ({regel}, {jaar}) reads as an amount with three decimals (the comma is the decimal sign), while all other amounts are whole numbers. Did you mean {alternatief}?",
  },
  "begroting-structuur.dubbeleRegel": {
    nl: "Het deelproduct '{regel}' staat twee keer in de tabel. Voeg de regels samen of geef ze verschillende namen.",
    en: "The deelproduct '{regel}' appears twice in the table. Merge the rows or give them different names.",
  },
  "begroting-structuur.geenNaam": {
    nl: "Deze regel heeft geen naam. Zet de naam van het deelproduct in het eerste vak.",
    en: "This row has no name. Put the deelproduct's name in the first cell.",
  },
  "begroting-structuur.fix.schrijfwijze": { nl: "Schrijf {nieuw}", en: "Write {nieuw}" },
  "begroting-structuur.suggestie.duizendtallen": { nl: "Schrijf {nieuw} (met een punt tussen de duizendtallen)", en: "Write {nieuw} (with a dot between thousands)" },
  "begroting-structuur.suggestie.eenheid": { nl: "Zet '(bedragen x € 1.000)' in de kopregel", en: "Put '(bedragen x € 1.000)' in the header row" },
};

const BEGROTING_THEMAS: Record<string, MessageText> = {
  "begroting-themas.geenToelichtingHoofdstuk": {
    nl: "Onder de begroting staat geen 'Toelichting'; aan welke thema's de deelproducten bijdragen, is daarom niet gecontroleerd. Wilt u dat laten zien, voeg dan onder '{kop}' een kop 'Toelichting' toe met per deelproduct een kop, een korte beschrijving en de thema's, zoals {voorbeeld}.",
    en: "There is no 'Toelichting' (explanation) under the budget, so which themes the deelproducten serve was not checked. To show it, add a 'Toelichting' heading under '{kop}' with a heading per deelproduct, a short description and its themes, such as {voorbeeld}.",
  },
  "begroting-themas.themaZonderRegel": {
    nl: "De begroting heeft een regel per thema, maar niet voor {thema}: zo is niet te zien met welk geld het wordt uitgevoerd. Geef het thema een eigen regel, of zeg onder een kop 'Toelichting' welk deelproduct het betaalt.",
    en: "The budget has a line per theme, but none for {thema}, so it cannot be seen which money carries it out. Give the theme a line of its own, or say under a 'Toelichting' heading which deelproduct pays for it.",
  },
  "begroting-themas.geenToelichting": {
    nl: "Het deelproduct '{regel}' heeft geen toelichting, dus is niet te zien aan welke thema's het bijdraagt. Voeg onder 'Toelichting' een kop '{regel}' toe met een korte beschrijving en de thema's.",
    en: "The deelproduct '{regel}' has no explanation, so it cannot be seen which themes it serves. Add a heading '{regel}' under 'Toelichting' with a short description and the themes.",
  },
  "begroting-themas.toelichtingNaam": {
    nl: "De toelichting '{kop}' lijkt te gaan over het deelproduct '{regel}' uit de tabel, maar de naam verschilt. Gebruik dezelfde naam als in de tabel.",
    en: "The explanation '{kop}' seems to be about the deelproduct '{regel}' in the table, but the name differs. Use the same name as in the table.",
  },
  "begroting-themas.toelichtingZonderRegel": {
    nl: "De toelichting '{kop}' hoort bij geen regel in de begrotingstabel. Gebruik de naam van het deelproduct zoals die in de tabel staat, of haal de toelichting weg.",
    en: "The explanation '{kop}' belongs to no row in the budget table. Use the deelproduct's name as the table writes it, or remove the explanation.",
  },
  "begroting-themas.geenThema": {
    nl: "De toelichting bij '{regel}' noemt geen thema. Noem het thema met nummer en titel, zoals {voorbeeld}, of (Alle thema's) als het deelproduct alle thema's dient.",
    en: "The explanation of '{regel}' names no theme. Name the theme with number and title, such as {voorbeeld}, or (Alle thema's) if the deelproduct serves every theme.",
  },
  "begroting-themas.toelichtingLeeg": {
    nl: "De toelichting bij '{regel}' beschrijft niet wat onder het deelproduct valt. Schrijf er een of twee zinnen bij.",
    en: "The explanation of '{regel}' does not describe what the deelproduct covers. Add a sentence or two.",
  },
  "begroting-themas.themaZonderGeld": {
    nl: "Geen deelproduct in de begroting draagt bij aan {thema}. Noem het thema in de toelichting van het deelproduct dat het betaalt, of geef met (Alle thema's) een deelproduct aan dat alle thema's dient.",
    en: "No deelproduct in the budget serves {thema}. Name the theme in the explanation of the deelproduct that pays for it, or mark a deelproduct that serves every theme with (Alle thema's).",
  },
  "begroting-themas.fix.naam": { nl: "Noem de toelichting '{regel}'", en: "Name the explanation '{regel}'" },
};

const THEMA_NUMMERING: Record<string, MessageText> = {
  "thema-nummering.geenThemas": {
    nl: "De thema's van dit plan zijn niet te herkennen, dus de controles op thema's (nummering, opgave en ambitie, pijlers, verwijzingen, thema's in de begroting) zijn niet uitgevoerd. Zet de thema's onder een kop als 'Prioriteiten', 'Speerpunten' of 'Prioritaire thema's', elk met een eigen kop een niveau dieper; of zeg in de gegevens bovenaan waar ze staan, met 'structuur:' en daaronder 'themas: <de kop erboven>' of 'niveau: <kopniveau>'.",
    en: "This plan's themes cannot be recognised, so the checks on themes (numbering, opgave and ambitie, pillars, references, themes in the budget) did not run. Put the themes under a heading such as 'Prioriteiten', 'Speerpunten' or 'Prioritaire thema's', each with its own heading one level deeper; or say in the data at the top where they are, with 'structuur:' and below it 'themas: <the heading above them>' or 'niveau: <heading level>'.",
  },
  "thema-nummering.legeGroep": {
    nl: "Onder '{kop}' staat geen thema. Geef elk thema een eigen kop één niveau dieper, zoals '### 1. Ondermijning'.",
    en: "There is no theme under '{kop}'. Give each theme its own heading one level deeper, such as '### 1. Ondermijning'.",
  },
  "thema-nummering.geenNummer": {
    nl: "Het thema '{titel}' heeft geen nummer. Verwijzingen als '{verwijzing}' hebben een nummer nodig: schrijf '{kop}', zoals de andere thema's.",
    en: "The theme '{titel}' has no number. References like '{verwijzing}' need one: write '{kop}', as the other themes do.",
  },
  "thema-nummering.eersteNummer": {
    nl: "Het eerste thema heeft nummer {nummer}; nummer de thema's vanaf 1.",
    en: "The first theme has number {nummer}; number the themes from 1.",
  },
  "thema-nummering.gat": {
    nl: "Na {vorigThema} komt {dezeThema}: nummer {ontbreekt} ontbreekt. Nummer de thema's doorlopend.",
    en: "After {vorigThema} comes {dezeThema}: number {ontbreekt} is missing. Number the themes consecutively.",
  },
  "thema-nummering.dubbelNummer": {
    nl: "Nummer {nummer} is al gebruikt voor het thema '{ander}'. Geef elk thema een eigen nummer.",
    en: "Number {nummer} is already used for the theme '{ander}'. Give every theme its own number.",
  },
  "thema-nummering.volgorde": {
    nl: "{DezeThema} staat na {vorigThema}. Zet de thema's op volgorde van hun nummer.",
    en: "{DezeThema} comes after {vorigThema}. Put the themes in the order of their numbers.",
  },
  "thema-nummering.dubbeleTitel": {
    nl: "Er is al een thema '{titel}' ({anderThema}). Geef elk thema een eigen titel, of voeg ze samen.",
    en: "There already is a theme '{titel}' ({anderThema}). Give every theme its own title, or merge them.",
  },
  "thema-nummering.kernVoorPrioritair": {
    nl: "De kernthema's staan vóór de prioritaire thema's. Zet de prioritaire thema's eerst, zodat de nummering met de prioriteiten begint.",
    en: "The core themes come before the priority themes. Put the priority themes first, so that the numbering starts with the priorities.",
  },
  "thema-nummering.gerelateerd.ander": { nl: "het andere thema: {titel}", en: "the other theme: {titel}" },
  "thema-nummering.fix.nummer": { nl: "Geef het thema nummer {nummer}", en: "Give the theme number {nummer}" },
};

const OPGAVE_AMBITIE: Record<string, MessageText> = {
  "opgave-ambitie.nietGecontroleerd": {
    nl: "{welke} hebben geen kop {deel}; dat deel is niet gecontroleerd. Dat mag: de wet vraagt doelen, geen vaste koppen. Wie het wil laten controleren, zet onder elk thema een kop 'Opgave' (het probleem) en 'Ambitie' (wat de gemeente wil bereiken); 'Doelen' en 'Probleemanalyse' tellen ook.",
    en: "{welke} have no {deel} heading; that part was not checked. That is allowed: the law asks for goals, not for fixed headings. To have it checked, put an 'Opgave' heading (the problem) and an 'Ambitie' heading (what the gemeente wants to reach) under each theme; 'Doelen' and 'Probleemanalyse' count too.",
  },
  "opgave-ambitie.welke.alle": { nl: "De thema's van dit plan", en: "This plan's themes" },
  "opgave-ambitie.welke.prioritair": { nl: "De prioritaire thema's van dit plan", en: "This plan's priority themes" },
  "opgave-ambitie.welke.kern": { nl: "De overige thema's van dit plan", en: "This plan's other themes" },
  "opgave-ambitie.deel.opgave": { nl: "'Opgave' (het probleem)", en: "'Opgave' (the problem)" },
  "opgave-ambitie.deel.ambitie": { nl: "'Ambitie' (wat de gemeente wil bereiken)", en: "'Ambitie' (what the gemeente wants to reach)" },
  "opgave-ambitie.deel.beide": { nl: "'Opgave' of 'Ambitie'", en: "'Opgave' or 'Ambitie'" },
  "opgave-ambitie.geenOpgave": {
    nl: "{Thema} heeft geen kop 'Opgave'. Beschrijf onder een kop 'Opgave' welk probleem het thema aanpakt; met de ambitie vormt dat de doelen die de raad vaststelt.",
    en: "{Thema} has no 'Opgave' heading. Describe under an 'Opgave' heading what problem the theme tackles; with the ambitie it forms the goals the council sets.",
  },
  "opgave-ambitie.geenAmbitie": {
    nl: "{Thema} heeft geen kop 'Ambitie'. Beschrijf onder een kop 'Ambitie' wat de gemeente met dit thema wil bereiken; dat zijn de doelen die de raad vaststelt.",
    en: "{Thema} has no 'Ambitie' heading. Describe under an 'Ambitie' heading what the municipality wants to achieve with this theme; those are the goals the council sets.",
  },
  "opgave-ambitie.legeOpgave": {
    nl: "De opgave van {thema} is leeg. Beschrijf welk probleem het thema aanpakt.",
    en: "The opgave of {thema} is empty. Describe what problem the theme tackles.",
  },
  "opgave-ambitie.legeAmbitie": {
    nl: "De ambitie van {thema} is leeg. Beschrijf wat de gemeente wil bereiken.",
    en: "The ambitie of {thema} is empty. Describe what the municipality wants to achieve.",
  },
  "opgave-ambitie.bijnaKop": {
    nl: "De kop '{kop}' bij {thema} lijkt '{verwacht}' te moeten zijn. Schrijf '{verwacht}', dan wordt het als zodanig herkend.",
    en: "The heading '{kop}' in {thema} seems meant as '{verwacht}'. Write '{verwacht}' so that it is recognised.",
  },
  "opgave-ambitie.fix.kop": { nl: "Schrijf '{verwacht}'", en: "Write '{verwacht}'" },
};

const PIJLERS: Record<string, MessageText> = {
  "pijlers.aantal": {
    nl: "Hier staat '{aankondiging}', maar er worden er {lijst} genoemd, geen {aantal}. Schrijf '{nieuw}', of vul de pijlers aan.",
    en: "This says the approach rests on {aantal} pillars ('{aankondiging}'), but {lijst} are named. Write '{nieuw}', or complete the pillars.",
  },
  "pijlers.geenLijst": {
    nl: "Bij {thema} staat '{aankondiging}', maar de pijlers worden niet genoemd: er staat geen lijst onder en de zin somt ze niet op. Zet ze als genummerde lijst direct onder deze zin, of noem ze na een dubbele punt ('… pijlers: preventie, repressie en zorg.').",
    en: "Under {thema} the plan says '{aankondiging}', but does not name the pillars: no list follows and the sentence does not enumerate them. Put them as a numbered list right below this sentence, or name them after a colon ('… pijlers: preventie, repressie en zorg.').",
  },
  "pijlers.geenUitwerking": {
    nl: "De pijler '{pijler}' wordt nergens uitgewerkt: onder de Ambitie staat geen kop '{pijler}'. Voeg een kop met precies deze titel toe en werk de pijler daaronder uit.",
    en: "The pillar '{pijler}' is not elaborated anywhere: there is no heading '{pijler}' under the Ambitie. Add a heading with exactly this title and elaborate the pillar below it.",
  },
  "pijlers.spaties": {
    nl: "De pijler '{pijler}' en de kop '{kop}' verschillen alleen in spaties, waarschijnlijk door het scannen. Schrijf beide als '{nieuw}'.",
    en: "The pillar '{pijler}' and the heading '{kop}' differ only in spaces, probably from scanning. Write both as '{nieuw}'.",
  },
  "pijlers.bijnaGelijk": {
    nl: "De pijler '{pijler}' lijkt uitgewerkt onder de kop '{kop}', maar de titels verschillen. Maak ze gelijk.",
    en: "The pillar '{pijler}' seems to be elaborated under the heading '{kop}', but the titles differ. Make them the same.",
  },
  "pijlers.legeUitwerking": {
    nl: "De uitwerking van de pijler '{pijler}' is leeg. Beschrijf wat deze pijler inhoudt.",
    en: "The elaboration of the pillar '{pijler}' is empty. Describe what this pillar means.",
  },
  "pijlers.dubbel": {
    nl: "De pijler '{pijler}' staat twee keer in de lijst.",
    en: "The pillar '{pijler}' is listed twice.",
  },
  "pijlers.nietGecontroleerd": {
    nl: "Geen thema noemt pijlers ('Onze aanpak berust op … pijlers:'); de pijlers zijn niet gecontroleerd. Dat mag: pijlers zijn niet verplicht.",
    en: "No theme names pillars ('Onze aanpak berust op … pijlers:'); the pillars were not checked. That is allowed: pillars are optional.",
  },
  "pijlers.gerelateerd.kop": { nl: "de kop: {kop}", en: "the heading: {kop}" },
  "pijlers.gerelateerd.lijst": { nl: "de pijler in de lijst: {pijler}", en: "the pillar in the list: {pijler}" },
  "pijlers.fix.aantal": { nl: "Schrijf '{nieuw}'", en: "Write '{nieuw}'" },
  "pijlers.fix.spaties": { nl: "Schrijf '{nieuw}'", en: "Write '{nieuw}'" },
  "pijlers.suggestie.lijst": { nl: "Noem de pijler in de lijst '{nieuw}'", en: "Name the pillar in the list '{nieuw}'" },
  "pijlers.suggestie.kop": { nl: "Noem de kop '{nieuw}'", en: "Name the heading '{nieuw}'" },
  "pijlers.suggestie.nieuweKop": { nl: "Voeg een kop '{pijler}' toe aan de Ambitie", en: "Add a heading '{pijler}' to the Ambitie" },
};

const THEMA_VERWIJZINGEN: Record<string, MessageText> = {
  "thema-verwijzingen.bestaatNiet": {
    nl: "Thema {nummer} bestaat niet; het plan heeft de thema's {bestaand}.",
    en: "Theme {nummer} does not exist; the plan has themes {bestaand}.",
  },
  "thema-verwijzingen.bestaatNietEigen": {
    nl: "{verwijzing} bestaat niet; het plan heeft nummers {bestaand}.",
    en: "{verwijzing} does not exist; the plan has numbers {bestaand}.",
  },
  "thema-verwijzingen.bereikEigen": {
    nl: "'{verwijzing}': die bestaan niet allemaal; het plan heeft nummers {bestaand}.",
    en: "'{verwijzing}': not all of these exist; the plan has numbers {bestaand}.",
  },
  "thema-verwijzingen.verkeerdeTitel": {
    nl: "{NummerThema} heet '{titel}', niet '{geschreven}'.",
    en: "{NummerThema} is called '{titel}', not '{geschreven}'.",
  },
  "thema-verwijzingen.nummerOfTitel": {
    nl: "{NummerThema} heet '{titel}'; '{geschreven}' is {anderThema}. Controleer of het nummer of de titel klopt.",
    en: "{NummerThema} is called '{titel}'; '{geschreven}' is {anderThema}. Check whether the number or the title is right.",
  },
  "thema-verwijzingen.bereik": {
    nl: "De thema's {van} t/m {tot} bestaan niet allemaal; het plan heeft de thema's {bestaand}.",
    en: "Themes {van} to {tot} do not all exist; the plan has themes {bestaand}.",
  },
  "thema-verwijzingen.titelOnbekend": {
    nl: "Er is geen thema '{geschreven}'. De thema's van dit plan: {bestaand}.",
    en: "There is no theme '{geschreven}'. This plan's themes: {bestaand}.",
  },
  "thema-verwijzingen.titelBijna": {
    nl: "Er is geen thema '{geschreven}'; bedoeld is waarschijnlijk {nummerThema}, '{titel}'.",
    en: "There is no theme '{geschreven}'; probably {nummerThema}, '{titel}', is meant.",
  },
  "thema-verwijzingen.gerelateerd.thema": { nl: "{nummerThema}: {titel}", en: "{nummerThema} ({titel})" },
  "thema-verwijzingen.fix.titel": { nl: "Schrijf '{titel}'", en: "Write '{titel}'" },
  "thema-verwijzingen.suggestie.titel": { nl: "Schrijf de titel '{titel}'", en: "Write the title '{titel}'" },
  "thema-verwijzingen.suggestie.nummer": { nl: "Verwijs naar {nummerThema}", en: "Refer to {nummerThema}" },
};

export const RULE_MESSAGES: Readonly<Record<string, MessageText>> = {
  ...PERIODE,
  ...VASTSTELLING,
  ...CONTINUITEIT,
  ...GELDIGHEID,
  ...METADATA,
  ...GRONDSLAG,
  ...WETSVERWIJZINGEN,
  ...BEGROTING_TOTALEN,
  ...BEGROTING_STRUCTUUR,
  ...BEGROTING_THEMAS,
  ...THEMA_NUMMERING,
  ...OPGAVE_AMBITIE,
  ...PIJLERS,
  ...THEMA_VERWIJZINGEN,
};
