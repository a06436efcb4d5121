/**
 * The extension's own texts (the checks' messages come from the language server). Dutch by default,
 * English when `veiligheidsplan.locale` is "en", as everywhere in the toolkit.
 */
export type Locale = "nl" | "en";

const TEXTS = {
  statusProblems: {
    nl: (errors: number, warnings: number) => `Veiligheidsplan: ${list([errors && count(errors, "fout", "fouten"), warnings && count(warnings, "waarschuwing", "waarschuwingen")])}`,
    en: (errors: number, warnings: number) => `Veiligheidsplan: ${list([errors && count(errors, "error", "errors"), warnings && count(warnings, "warning", "warnings")])}`,
  },
  statusClean: { nl: () => "Veiligheidsplan: geen problemen", en: () => "Veiligheidsplan: no problems" },
  statusTooltip: { nl: () => "Toon de problemen in dit plan", en: () => "Show the problems in this plan" },
  noWorkspace: {
    nl: () => "Open eerst een map met plannen: de controle van de werkruimte kijkt in de geopende mappen.",
    en: () => "Open a folder with plans first: the workspace check looks in the open folders.",
  },
  noPlans: {
    nl: () => "Er staan geen plannen (.veiligheidsplan) in de geopende mappen.",
    en: () => "There are no plans (.veiligheidsplan) in the open folders.",
  },
  checking: { nl: () => "Veiligheidsplan: plannen controleren", en: () => "Veiligheidsplan: checking plans" },
  progress: { nl: (i: number, n: number) => `${i} van ${n}`, en: (i: number, n: number) => `${i} of ${n}` },
  workspaceResult: {
    nl: (plans: number, errors: number, warnings: number, withProblems: number) =>
      errors + warnings === 0
        ? `${count(plans, "plan", "plannen")} gecontroleerd: geen fouten of waarschuwingen.`
        : `${count(plans, "plan", "plannen")} gecontroleerd: ${list([errors && count(errors, "fout", "fouten"), warnings && count(warnings, "waarschuwing", "waarschuwingen")], " en ")} in ${count(withProblems, "plan", "plannen")}.`,
    en: (plans: number, errors: number, warnings: number, withProblems: number) =>
      errors + warnings === 0
        ? `${count(plans, "plan", "plans")} checked: no errors or warnings.`
        : `${count(plans, "plan", "plans")} checked: ${list([errors && count(errors, "error", "errors"), warnings && count(warnings, "warning", "warnings")], " and ")} in ${count(withProblems, "plan", "plans")}.`,
  },
  showProblems: { nl: () => "Toon problemen", en: () => "Show problems" },
  serverNotRunning: {
    nl: () => "De controles zijn niet beschikbaar: de taalserver draait niet. Zie het uitvoervenster 'Veiligheidsplan'.",
    en: () => "The checks are not available: the language server is not running. See the 'Veiligheidsplan' output.",
  },
  noRuleHere: {
    nl: () => "Op de plek van de cursor staat geen melding met een uitleg. Zet de cursor op een onderstreept stuk tekst.",
    en: () => "There is no problem with an explanation at the cursor. Put the cursor on underlined text.",
  },
  pickRule: { nl: () => "Van welke regel wilt u de uitleg lezen?", en: () => "Which rule's explanation do you want to read?" },
  badRuleUrl: {
    nl: (url: string) => `Deze link naar de uitleg wordt niet geopend, omdat het geen webadres is: ${url}`,
    en: (url: string) => `This link to the explanation is not opened because it is not a web address: ${url}`,
  },
  askGemeente: { nl: () => "Voor welke gemeente is het plan?", en: () => "Which municipality is the plan for?" },
  askTitel: { nl: () => "Wat is de titel van het plan?", en: () => "What is the plan's title?" },
  askVan: {
    nl: () => "Vanaf welk jaar geldt het plan? (het plan beslaat vier jaar)",
    en: () => "From which year does the plan apply? (the plan covers four years)",
  },
  badYear: { nl: () => "Schrijf een jaartal, bijvoorbeeld 2027.", en: () => "Write a year, for example 2027." },
  defaultTitel: { nl: () => "Samen veilig", en: () => "Samen veilig" },
} as const;

/** The non-empty parts, joined: "3 fouten, 1 waarschuwing" or just "3 fouten". */
function list(parts: readonly (string | 0)[], separator = ", "): string {
  return parts.filter((p): p is string => typeof p === "string" && p !== "").join(separator);
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

type Texts = typeof TEXTS;
export function say<K extends keyof Texts>(locale: Locale, key: K, ...args: Parameters<Texts[K]["nl"]>): string {
  const fn = TEXTS[key][locale] as (...a: Parameters<Texts[K]["nl"]>) => string;
  return fn(...args);
}
