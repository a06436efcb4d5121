/** The report's own words, Dutch by default and English on request. Plan text is never translated. */
import type { Locale, Severity } from "../diagnostic.js";

export interface ReportLabels {
  readonly lang: string;
  readonly reportOf: string;
  readonly contents: string;
  readonly gemeente: string;
  readonly periode: string;
  readonly status: string;
  readonly statusText: Readonly<Record<"concept" | "voorstel" | "vastgesteld", string>>;
  readonly voorgesteld: string;
  readonly vastgesteld: string;
  readonly vorigPlan: string;
  readonly on: string;
  readonly prioritair: string;
  readonly kern: string;
  readonly pillar: (n: number) => string;
  readonly footnotes: string;
  readonly image: string;
  readonly chartTitle: (unit: string) => string;
  readonly chartDesc: (lines: number, from: string, to: string) => string;
  readonly chartLegend: string;
  readonly linesChartTitle: (unit: string) => string;
  readonly linesChartDesc: string;
  readonly statedTotal: string;
  readonly sumOfLines: string;
  /** The sum row when the totals are a saldo: which lines it subtracts. */
  readonly saldoOfLines: (subtracted: "baten" | "lasten") => string;
  /** Under the chart when the totals are a saldo. */
  readonly saldoNote: (subtracted: "baten" | "lasten") => string;
  readonly addsUp: string;
  readonly notAddingUp: string;
  readonly notAddingUpDetail: (sum: string, stated: string) => string;
  /** The chart's red label over a column that does not add up: "verschil 10.142". */
  readonly differenceShort: (amount: string) => string;
  readonly unreadableCells: string;
  /** `ok`: whether the column adds up; undefined when that cannot be said (an amount could not be read). */
  readonly yearDesc: (year: string, sum: string, stated: string | undefined, ok: boolean | undefined) => string;
  readonly tableCaption: (unit: string) => string;
  readonly deelproduct: string;
  readonly noChart: string;
  readonly matrixTitle: string;
  readonly matrixCaption: string;
  readonly theme: string;
  readonly fundedBy: string;
  readonly named: string;
  readonly allThemes: string;
  readonly matrixKey: string;
  readonly noFunding: string;
  readonly unknownThemes: (list: string) => string;
  readonly checks: string;
  readonly checksSummary: (errors: number, warnings: number, infos: number) => string;
  readonly noChecks: string;
  readonly suppressedNote: (n: number) => string;
  readonly place: string;
  readonly severity: string;
  readonly message: string;
  readonly rule: string;
  readonly severityText: Readonly<Record<Severity, string>>;
  readonly line: (line: number, column: number) => string;
  readonly lineOnly: (line: number) => string;
  readonly frontMatterPlace: (keys: string) => string;
  readonly beforeFirstHeading: string;
  readonly tablePlace: (row: string | undefined, column: string | undefined) => string;
  readonly headerRow: string;
  readonly legalBasis: string;
  readonly grondslag: string;
  readonly citedInText: string;
  readonly noGrondslag: string;
  readonly unknownLaw: string;
  readonly lawTextNote: string;
  readonly generatedBy: string;
  readonly source: string;
  readonly months: readonly string[];
}

const NL: ReportLabels = {
  lang: "nl",
  reportOf: "Integraal veiligheidsplan",
  contents: "Inhoud",
  gemeente: "Gemeente",
  periode: "Periode",
  status: "Status",
  statusText: { concept: "concept", voorstel: "voorstel", vastgesteld: "vastgesteld" },
  voorgesteld: "Voorgesteld door",
  vastgesteld: "Vastgesteld door",
  vorigPlan: "Vorig plan",
  on: "op",
  prioritair: "Prioritair thema",
  kern: "Kernthema",
  pillar: (n) => `Pijler ${n}`,
  footnotes: "Voetnoten",
  image: "afbeelding",
  chartTitle: (unit) => `Begroting per jaar, gestapeld per deelproduct ${unit}`,
  chartDesc: (lines, from, to) => `Staafdiagram van ${lines} deelproducten over de jaren ${from} tot en met ${to}. Een streep markeert het vermelde totaal van elk jaar.`,
  chartLegend: "Deelproducten",
  linesChartTitle: (unit) => `Elk deelproduct op eigen schaal ${unit}`,
  linesChartDesc: "Per deelproduct een eigen staafdiagram over de jaren, elk op zijn eigen schaal; het bedrag staat bij elke staaf. Negatieve bedragen staan onder de nullijn.",
  statedTotal: "Totaal (vermeld)",
  sumOfLines: "Som van de regels",
  saldoOfLines: (k) => `Saldo van de regels (${k} afgetrokken)`,
  saldoNote: (k) => `De totalen zijn een saldo: de ${k} tellen negatief en staan onder de nullijn.`,
  addsUp: "telt op",
  notAddingUp: "telt niet op",
  notAddingUpDetail: (sum, stated) => `telt niet op: som ${sum}, vermeld ${stated}`,
  differenceShort: (a) => `verschil ${a}`,
  unreadableCells: "bevat een onleesbaar bedrag",
  yearDesc: (year, sum, stated, ok) =>
    `${year}: som van de regels ${sum}` +
    (stated === undefined ? ", geen totaal vermeld." : ok === undefined ? `, vermeld totaal ${stated}; niet na te gaan, een bedrag is onleesbaar.` : ok ? `, vermeld totaal ${stated}; telt op.` : `, vermeld totaal ${stated}; telt niet op.`),
  tableCaption: (unit) => `Begroting per deelproduct ${unit}`,
  deelproduct: "Deelproduct",
  noChart: "De begrotingstabel kan niet als grafiek worden getoond: de eenheid in de eerste kop (zoals '(bedragen x € 1.000)') is niet te lezen.",
  matrixTitle: "Thema's en deelproducten",
  matrixCaption: "Welke deelproducten de thema's financieren, volgens de toelichting op de begroting",
  theme: "Thema",
  fundedBy: "Gefinancierd uit",
  named: "genoemd in de toelichting",
  allThemes: "voor alle thema's",
  matrixKey: "● het deelproduct noemt het thema in de toelichting; ○ het deelproduct is er voor alle thema's.",
  noFunding: "geen deelproduct",
  unknownThemes: (list) => `De toelichting noemt thema's die het plan niet heeft: ${list}.`,
  checks: "Controles",
  checksSummary: (e, w, i) => `${e} ${e === 1 ? "fout" : "fouten"}, ${w} ${w === 1 ? "waarschuwing" : "waarschuwingen"}` + (i > 0 ? `, ${i} ${i === 1 ? "melding" : "meldingen"}` : ""),
  noChecks: "De controles vinden geen fouten of waarschuwingen in dit plan.",
  suppressedNote: (n) => `${n} ${n === 1 ? "bevinding is" : "bevindingen zijn"} in het plan zelf bewust uitgezonderd.`,
  place: "Plaats",
  severity: "Ernst",
  message: "Bevinding",
  rule: "Regel",
  severityText: { error: "fout", warning: "waarschuwing", info: "melding", hint: "tip" },
  line: (l, c) => `regel ${l}, kolom ${c}`,
  lineOnly: (l) => `regel ${l} van het bestand`,
  frontMatterPlace: (keys) => (keys ? `Gegevens van het plan: ${keys}` : "Gegevens van het plan"),
  beforeFirstHeading: "Begin van het plan",
  tablePlace: (row, col) => ["tabel", row !== undefined ? `rij ‘${row}’` : "", col !== undefined ? `kolom ${col}` : ""].filter(Boolean).join(", "),
  headerRow: "kopregel",
  legalBasis: "Wettelijke grondslag",
  grondslag: "Grondslag van het plan",
  citedInText: "Aangehaald in de tekst",
  noGrondslag: "Het plan noemt geen wettelijke grondslag.",
  unknownLaw: "niet gevonden in het wettenregister van dit programma",
  lawTextNote: "Tekst zoals opgenomen in dit programma; raadpleeg wetten.overheid.nl voor de geldende tekst.",
  generatedBy: "Gemaakt met veiligheidsplan",
  source: "bron",
  months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
};

const EN: ReportLabels = {
  lang: "en",
  reportOf: "Integral safety plan",
  contents: "Contents",
  gemeente: "Municipality",
  periode: "Period",
  status: "Status",
  statusText: { concept: "draft", voorstel: "proposal", vastgesteld: "adopted" },
  voorgesteld: "Proposed by",
  vastgesteld: "Adopted by",
  vorigPlan: "Previous plan",
  on: "on",
  prioritair: "Priority theme",
  kern: "Core theme",
  pillar: (n) => `Pillar ${n}`,
  footnotes: "Footnotes",
  image: "image",
  chartTitle: (unit) => `Budget per year, stacked per sub-product ${unit}`,
  chartDesc: (lines, from, to) => `Stacked bar chart of ${lines} sub-products over the years ${from} to ${to}. A line marks each year's stated total.`,
  chartLegend: "Sub-products (deelproducten)",
  linesChartTitle: (unit) => `Each sub-product on its own scale ${unit}`,
  linesChartDesc: "One bar chart per sub-product over the years, each on its own scale; every bar is labelled with its amount. Negative amounts hang below the zero line.",
  statedTotal: "Total (stated)",
  sumOfLines: "Sum of the lines",
  saldoOfLines: (k) => `Balance of the lines (${k === "baten" ? "income" : "expenditure"} subtracted)`,
  saldoNote: (k) => `The totals are a balance: the ${k === "baten" ? "income (baten)" : "expenditure (lasten)"} counts negative and hangs below the zero line.`,
  addsUp: "adds up",
  notAddingUp: "does not add up",
  notAddingUpDetail: (sum, stated) => `does not add up: sum ${sum}, stated ${stated}`,
  differenceShort: (a) => `difference ${a}`,
  unreadableCells: "contains an unreadable amount",
  yearDesc: (year, sum, stated, ok) =>
    `${year}: sum of the lines ${sum}` +
    (stated === undefined ? ", no total stated." : ok === undefined ? `, stated total ${stated}; cannot be checked, an amount is unreadable.` : ok ? `, stated total ${stated}; adds up.` : `, stated total ${stated}; does not add up.`),
  tableCaption: (unit) => `Budget per sub-product ${unit}`,
  deelproduct: "Sub-product (deelproduct)",
  noChart: "The budget table cannot be shown as a chart: the unit in its first header cell (such as '(bedragen x € 1.000)') cannot be read.",
  matrixTitle: "Themes and sub-products",
  matrixCaption: "Which sub-products fund the themes, according to the budget's explanation (toelichting)",
  theme: "Theme",
  fundedBy: "Funded by",
  named: "named in the explanation",
  allThemes: "for all themes",
  matrixKey: "● the sub-product names the theme in its explanation; ○ the sub-product serves all themes.",
  noFunding: "no sub-product",
  unknownThemes: (list) => `The explanation names themes the plan does not have: ${list}.`,
  checks: "Checks",
  checksSummary: (e, w, i) => `${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}` + (i > 0 ? `, ${i} ${i === 1 ? "note" : "notes"}` : ""),
  noChecks: "The checks find no errors or warnings in this plan.",
  suppressedNote: (n) => `${n} ${n === 1 ? "finding is" : "findings are"} deliberately exempted in the plan itself.`,
  place: "Place",
  severity: "Severity",
  message: "Finding",
  rule: "Rule",
  severityText: { error: "error", warning: "warning", info: "note", hint: "hint" },
  line: (l, c) => `line ${l}, column ${c}`,
  lineOnly: (l) => `line ${l} of the file`,
  frontMatterPlace: (keys) => (keys ? `The plan's details: ${keys}` : "The plan's details"),
  beforeFirstHeading: "Start of the plan",
  tablePlace: (row, col) => ["table", row !== undefined ? `row ‘${row}’` : "", col !== undefined ? `column ${col}` : ""].filter(Boolean).join(", "),
  headerRow: "header row",
  legalBasis: "Legal basis",
  grondslag: "The plan's legal basis",
  citedInText: "Cited in the text",
  noGrondslag: "The plan names no legal basis.",
  unknownLaw: "not found in this program's register of laws",
  lawTextNote: "Text as included in this program; see wetten.overheid.nl for the text in force.",
  generatedBy: "Made with veiligheidsplan",
  source: "source",
  months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

export function reportLabels(locale: Locale | undefined): ReportLabels {
  return locale === "en" ? EN : NL;
}

/** "2022-10-18" → "18 oktober 2022"; anything else is returned as written. */
export function formatDate(iso: string, labels: ReportLabels): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? labels.months[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}
