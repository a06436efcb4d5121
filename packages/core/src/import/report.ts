/**
 * The import report: what was recognised, what was guessed (each at its line in the new plan, so the
 * writer can check it in the editor), what was repaired or dropped, and what could not be placed.
 * Messages are ids with data; `importMessage` renders them in Dutch (default) or English.
 */
import type { Locale } from "../diagnostic.js";
import type { DocBlock, Origin } from "./document.js";

export type ImportNoteKind = "recognised" | "guessed" | "repaired" | "dropped" | "unplaced";

export interface ImportNote {
  readonly kind: ImportNoteKind;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
  /** 0-based line in the new plan, where the note belongs to a place in it. */
  readonly line?: number;
  /** Where it came from in the source document. */
  readonly source?: Origin;
  /** Text that is not (or not so) in the new plan: a dropped page number, a heading as it was written. */
  readonly text?: string;
  /** @internal The block the note is about, to find its line once the plan is written. */
  readonly block?: DocBlock;
}

const MESSAGES: Readonly<Record<string, { readonly nl: string; readonly en: string }>> = {
  "import.titel": { nl: "Titel: {titel}", en: "Title: {titel}" },
  "import.titelGeraden": {
    nl: "De titel '{titel}' is geraden: het is de eerste kop die geen hoofdstuk is. Controleer hem.",
    en: "The title '{titel}' is a guess: it is the first heading that is not a chapter. Check it.",
  },
  "import.titelOntbreekt": {
    nl: "Het document heeft geen herkenbare titel; 'Integraal veiligheidsplan' is ingevuld. Vul de echte titel in.",
    en: "The document has no recognisable title; 'Integraal veiligheidsplan' is filled in. Fill in the real title.",
  },
  "import.titelpagina": { nl: "Van de titelpagina naar de gegevens bovenaan: '{tekst}'.", en: "From the title page to the data at the top: '{tekst}'." },
  "import.paginanummer": { nl: "Paginanummer '{tekst}' weggelaten.", en: "Page number '{tekst}' left out." },
  "import.inhoudsopgave": {
    nl: "Paginanummer '{tekst}' bij '{titel}' in de inhoudsopgave weggelaten; de inhoudsopgave staat er als lijst.",
    en: "Page number '{tekst}' of '{titel}' in the table of contents left out; the table of contents is kept as a list.",
  },
  "import.kaartAlsKoppen": {
    nl: "Een tabel met als rijen de delen van een thema ({labels}) is als koppen met tekst gezet, zodat het thema zijn opgave en ambitie heeft. Controleer het.",
    en: "A table whose rows are a theme's parts ({labels}) is made headings with text, so that the theme has its opgave and ambitie. Check it.",
  },
  "import.tabelAlsThemas": {
    nl: "Een tabel met een thema per rij ({kolommen}) is als {aantal} thema's gezet, elk met een kop per kolom, zodat de thema's hun opgave en ambitie hebben. Controleer het.",
    en: "A table with a theme per row ({kolommen}) is made {aantal} themes, each with a heading per column, so that the themes have their opgave and ambitie. Check it.",
  },
  "import.labelAlsKop": {
    nl: "'{label}:' aan het begin van een alinea is als kop '{label}' gezet, zodat het thema zijn opgave en ambitie heeft. Controleer het.",
    en: "'{label}:' at the start of a paragraph is made the heading '{label}', so that the theme has its opgave and ambitie. Check it.",
  },
  "import.webpagina": {
    nl: "Tekst van de webpagina rond het plan (kop, voet, zijbalk of melding van de website) weggelaten: '{tekst}'.",
    en: "Text of the web page around the plan (the site's header, footer, sidebar or notice) left out: '{tekst}'.",
  },
  "import.kopregel": { nl: "Kop- of voettekst '{tekst}' (op elke pagina) weggelaten.", en: "Running header or footer '{tekst}' (on every page) left out." },
  "import.paginasNietGelezen": {
    nl: "Alleen de eerste {gelezen} van de {totaal} pagina's zijn gelezen (de grens van het importeren); de rest staat niet in het plan.",
    en: "Only the first {gelezen} of the {totaal} pages were read (the import's limit); the rest is not in the plan.",
  },
  "import.voetnoot": {
    nl: "Voetnoot {nummer}: de verwijzing '{van}' (zoals OCR het kleine cijfer las) gelezen als [^{nummer}]. Controleer het.",
    en: "Footnote {nummer}: the reference '{van}' (as OCR read the small number) read as [^{nummer}]. Check it.",
  },
  "import.voetnootZonderVerwijzing": {
    nl: "Voetnoot {nummer}: de verwijzing in de tekst is niet gevonden en aan het eind van deze alinea gezet. Zet haar op de goede plaats.",
    en: "Footnote {nummer}: its reference was not found in the text and is put at the end of this paragraph. Move it to the right place.",
  },
  "import.hersteld": { nl: "'{van}' hersteld tot '{naar}'.", en: "'{van}' repaired to '{naar}'." },
  "import.kopAangepast": {
    nl: "Kop '{van}' geschreven als '{naar}', zodat de thema's eronder herkend worden. Controleer het.",
    en: "Heading '{van}' written as '{naar}', so that the themes under it are recognised. Check it.",
  },
  "import.themaNiveau": {
    nl: "Kop '{kop}' stond op een ander niveau in het document en is als thema geplaatst. Controleer het.",
    en: "Heading '{kop}' was at another level in the document and is placed as a theme. Check it.",
  },
  "import.uitvoeringsplan": {
    nl: "De raad neemt kennis van het uitvoeringsplan '{titel}' van het college: onder 'uitvoeringsplannen:' gezet. Vul de datum van het collegebesluit in.",
    en: "The council takes note of the college's execution plan '{titel}': put under 'uitvoeringsplannen:'. Fill in the date of the college's decision.",
  },
  "import.gemeenten": {
    nl: "Een plan van meer gemeenten: {gemeenten}. Elke gemeenteraad stelt het zelf vast; vul per gemeente 'vastgesteld:' in. Controleer het.",
    en: "A plan of several municipalities: {gemeenten}. Each council adopts it itself; fill in 'vastgesteld:' per municipality. Check it.",
  },
  "import.gemeente": {
    nl: "Gemeente '{gemeente}' afgeleid uit '{bron}'. Controleer het.",
    en: "Municipality '{gemeente}' inferred from '{bron}'. Check it.",
  },
  "import.gemeenteOntbreekt": {
    nl: "De gemeente staat nergens herkenbaar in het document. Vul 'gemeente' bovenaan in.",
    en: "The municipality is nowhere recognisable in the document. Fill in 'gemeente' at the top.",
  },
  "import.periode": {
    nl: "Periode {periode} afgeleid uit de koppen, de tekst en de begroting. Controleer het.",
    en: "Period {periode} inferred from the headings, the text and the budget. Check it.",
  },
  "import.periodeNaam": {
    nl: "Periode {periode} uit de naam van het plan ('{naam}'). Controleer het.",
    en: "Period {periode} taken from the plan's name ('{naam}'). Check it.",
  },
  "import.periodeBestandsnaam": {
    nl: "De tekst noemt geen periode; {periode} komt uit de naam van het bestand ('{bestand}'). Controleer het.",
    en: "The text names no period; {periode} is taken from the file's name ('{bestand}'). Check it.",
  },
  "import.periodeOntbreekt": {
    nl: "Geen periode gevonden (zoals 2022-2026). Vul 'periode' bovenaan in.",
    en: "No period found (such as 2022-2026). Fill in 'periode' at the top.",
  },
  "import.vorigePlannen": {
    nl: "De gemeente is uit een fusie ontstaan: de vorige plannen {plannen} afgeleid uit de tekst, elk van een voormalige gemeente. Controleer ze en vul per plan 'vastgesteld:' in.",
    en: "The municipality was formed by a merger: the previous plans {plannen} inferred from the text, each of a former municipality. Check them and fill in 'vastgesteld:' for each.",
  },
  "import.vorigPlan": {
    nl: "Vorig plan '{titel}' ({periode}) afgeleid uit de tekst. Controleer het.",
    en: "Previous plan '{titel}' ({periode}) inferred from the text. Check it.",
  },
  "import.voorgesteld": {
    nl: "Voorgesteld door het college op {datum}, afgeleid uit '{bron}'. Controleer het.",
    en: "Proposed by the college on {datum}, inferred from '{bron}'. Check it.",
  },
  "import.vastgesteldPerGemeente": {
    nl: "Vastgesteld door de gemeenteraad van {gemeente} op {datum}, afgeleid uit '{bron}'. Controleer het.",
    en: "Adopted by the council of {gemeente} on {datum}, inferred from '{bron}'. Check it.",
  },
  "import.vastgesteld": {
    nl: "Vastgesteld door {wie} op {datum}, afgeleid uit '{bron}'. Controleer het.",
    en: "Adopted by {wie} on {datum}, inferred from '{bron}'. Check it.",
  },
  "import.vastgesteldMaand": {
    nl: "Vastgesteld door de gemeenteraad in {maand}, afgeleid uit '{bron}'. De dag staat er niet bij: vul bij 'vastgesteld' de datum van het raadsbesluit in.",
    en: "Adopted by the gemeenteraad in {maand}, inferred from '{bron}'. The day is not given: fill in the date of the council's decision under 'vastgesteld'.",
  },
  "import.vastgesteldBesluit": {
    nl: "Vastgesteld door de gemeenteraad: de officiële publicatie geeft het raadsbesluit ('{bron}'), maar niet de datum. Vul bij 'vastgesteld' de datum van het raadsbesluit in.",
    en: "Adopted by the gemeenteraad: the official publication gives the council's decision ('{bron}'), but not its date. Fill in the date of the decision under 'vastgesteld'.",
  },
  "import.statusConcept": {
    nl: "Het document zegt niet wie het voorstelde of vaststelde: status 'concept' ingevuld. Pas het aan als het plan verder is.",
    en: "The document does not say who proposed or adopted it: status 'concept' filled in. Change it if the plan is further along.",
  },
  "import.grondslag": { nl: "Grondslag uit de tekst: {citaten}.", en: "Legal basis from the text: {citaten}." },
  "import.themas": {
    nl: "{aantal} thema's herkend ({prioritair} prioritaire, {kern} kernthema's); {compleet} met opgave en ambitie.",
    en: "{aantal} themes recognised ({prioritair} prioritaire, {kern} kernthema's); {compleet} with opgave and ambitie.",
  },
  "import.pijlers": { nl: "{aantal} pijlers herkend in {themas} thema's.", en: "{aantal} pillars recognised in {themas} themes." },
  "import.begroting": {
    nl: "Begroting herkend: eenheid '{eenheid}', jaren {jaren}, {regels} deelproducten, {bedragen} bedragen, totaalregel {totaal}.",
    en: "Budget recognised: unit '{eenheid}', years {jaren}, {regels} deelproducten, {bedragen} amounts, totals row {totaal}.",
  },
  "import.geenBegroting": {
    nl: "Geen begrotingstabel gevonden (een tabel met jaren in de kop onder 'Financiën').",
    en: "No budget table found (a table with years in its header under 'Financiën').",
  },
  "import.kostenPerThema": {
    nl: "Geen begrotingstabel van het plan, wel een eigen kostentabel bij {aantal} thema's (zoals onder 'Wat mag het kosten?'); die worden elk opgeteld.",
    en: "No budget table of the plan's own, but a cost table of their own for {aantal} themes (as under 'Wat mag het kosten?'); each is added up.",
  },
  "import.toelichting": { nl: "Toelichting bij {aantal} deelproducten herkend.", en: "Explanation of {aantal} deelproducten recognised." },
  "import.geenThemas": {
    nl: "Geen thema's herkend: er is geen kop 'Prioritaire thema's' of 'Kernthema's' met genummerde thema's eronder. De tekst staat er wel, als gewone hoofdstukken.",
    en: "No themes recognised: there is no heading 'Prioritaire thema's' or 'Kernthema's' with numbered themes under it. The text is there, as ordinary chapters.",
  },
  "import.ja": { nl: "ja", en: "yes" },
  "import.nee": { nl: "nee", en: "no" },
};

export function importMessage(messageId: string, data: Readonly<Record<string, string | number>>, locale: Locale = "nl"): string {
  const m = MESSAGES[messageId];
  const template = m ? m[locale] : messageId;
  return template.replace(/\{(\w+)\}/g, (all, k: string) => (data[k] !== undefined ? (k === "bron" ? quoted(String(data[k])) : String(data[k])) : all));
}

/** The longest quote of the source a message gives, in characters. */
const QUOTE_LENGTH = 120;

/**
 * A quote of the source in a message: on one line (its line breaks and blank lines as spaces), and, where
 * longer than {@link QUOTE_LENGTH}, cut after a whole word, with "…" (not "handhaving 20").
 */
function quoted(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= QUOTE_LENGTH) return t;
  const cut = t.slice(0, QUOTE_LENGTH + 1);
  const end = cut.lastIndexOf(" ");
  return `${(end > QUOTE_LENGTH / 2 ? cut.slice(0, end) : t.slice(0, QUOTE_LENGTH)).replace(/[\s,;:–—-]+$/, "")} …`;
}

export const IMPORT_MESSAGE_IDS: readonly string[] = Object.keys(MESSAGES);
