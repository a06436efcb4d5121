/**
 * The CLI's own texts (help, summaries, one-line failures), in Dutch and English. Rule messages come
 * from core's catalog; these are only what the command line itself says.
 */
import type { Locale } from "@veiligheidsplan/core";

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

const nl = {
  // Summary lines.
  problems: (n: number) => plural(n, "probleem", "problemen"),
  errors: (n: number) => plural(n, "fout", "fouten"),
  warnings: (n: number) => plural(n, "waarschuwing", "waarschuwingen"),
  infos: (n: number) => `${n} ter informatie`,
  fixable: (e: number, w: number) => `  ${plural(e, "fout", "fouten")} en ${plural(w, "waarschuwing", "waarschuwingen")} zijn automatisch te herstellen met --fix.`,
  noProblems: (files: number) => `Geen problemen gevonden in ${plural(files, "plan", "plannen")}.`,
  tooManyWarnings: (n: number, max: number) => `Te veel waarschuwingen: ${n}, terwijl --max-warnings ${max} toestaat.`,
  severity: { error: "fout", warning: "waarschuwing", info: "info", hint: "hint" } as Record<string, string>,
  fixedFiles: (n: number) => `${plural(n, "bestand", "bestanden")} hersteld.`,

  // Failures (exit code 2). Each names the file.
  notFound: "bestaat niet",
  notAFile: "is geen bestand",
  unreadable: (detail: string) => `kan niet worden gelezen (${detail})`,
  binary: "is geen tekstbestand (het bevat binaire gegevens) en dus geen veiligheidsplan",
  notUtf8: (offset: number) => `is geen geldige UTF-8-tekst (ongeldige byte op positie ${offset}); sla het bestand op als UTF-8`,
  notAPlan:
    "is geen veiligheidsplan: het heeft geen gegevens bovenaan (tussen regels met ---) en geen hoofdstuk 'Prioritaire thema's', 'Kernthema's' of 'Financiën'. Begin een nieuw plan met 'veiligheidsplan init'",
  emptyPlan: "is leeg en dus (nog) geen veiligheidsplan; begin een nieuw plan met 'veiligheidsplan init'",
  noMatch: (pattern: string) => `Geen plannen gevonden voor '${pattern}'.`,
  noPlans: "Geen .veiligheidsplan-bestanden gevonden in deze map (of ze worden allemaal genegeerd).",
  ignored: (file: string) => `${file}: overgeslagen, want het staat in .veiligheidsplanignore of in 'ignores' van de configuratie.`,
  changedOnDisk: "is gewijzigd terwijl het werd gecontroleerd; het is NIET overschreven. Voer de opdracht opnieuw uit",
  writeFailed: (detail: string) => `kan niet worden geschreven (${detail})`,
  configInvalid: (detail: string) => `de configuratie is ongeldig: ${detail}`,
  configUnknownRule: (rule: string, known: string) => `de configuratie noemt een onbekende regel '${rule}'. Bekende regels: ${known}`,
  ruleOptions: (rule: string, detail: string) => `ongeldige opties voor regel '${rule}': ${detail}`,
  badRuleFlag: (flag: string) => `--rule '${flag}' is niet te lezen: schrijf regel:ernst, bijvoorbeeld --rule begroting-totalen:warning (ernst: error, warning, info, hint of off).`,
  unknownRule: (rule: string, known: string) => `Onbekende regel '${rule}'. Bekende regels: ${known}.`,
  badToday: (v: string) => `--today '${v}' is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld --today 2024-03-01.`,
  badMaxWarnings: (v: string) => `--max-warnings '${v}' is geen geheel getal van 0 of meer.`,
  stdinNeedsNoPaths: "Geef bij --stdin geen bestanden op; de tekst komt van de standaardinvoer.",
  stdinFilenameNeedsStdin: "--stdin-filename werkt alleen samen met --stdin.",
  fixWithStdin: "--fix kan niet schrijven naar de standaardinvoer; gebruik --fix-dry-run --format json, of 'veiligheidsplan format --stdin'.",
  fixBoth: "Gebruik --fix of --fix-dry-run, niet allebei.",
  internal: (detail: string) => `Interne fout: ${detail}. Dit is een fout in veiligheidsplan zelf; meld het alstublieft (voer opnieuw uit met --debug voor details).`,
  formatNeedsMode: "Geef --check of --write op wanneer u meer dan één bestand formatteert (zonder die opties schrijft format één plan naar de standaarduitvoer).",
  checkAndWrite: "Gebruik --check of --write, niet allebei.",
  wouldChange: (files: number) => `${plural(files, "bestand is", "bestanden zijn")} niet netjes opgemaakt; voer 'veiligheidsplan format --write' uit.`,
  allFormatted: (files: number) => `${plural(files, "plan is", "plannen zijn")} netjes opgemaakt.`,
  formatted: (file: string) => `${file}: opgemaakt`,
  exported: (file: string) => `Het plan staat als JSON in ${file}.`,
  initExists: "bestaat al; init overschrijft geen bestaand bestand. Kies een andere naam",
  initCreated: (file: string) => `Nieuw plan aangemaakt: ${file}. Open het in uw editor en vul de thema's, de ambities en de begroting in; controleer het met 'veiligheidsplan lint ${file}'.`,
  initAskGemeente: "Gemeente",
  initAskTitel: "Titel van het plan",
  noDocs: "(Voor deze regel is nog geen uitlegpagina meegeleverd.)",
  explainLabels: { category: "Categorie", severity: "Standaard ernst", fixable: "Automatisch te herstellen", suggestions: "Suggesties in de editor", law: "Wettelijke basis", docs: "Documentatie", yes: "ja", no: "nee" },
  rulesHeader: { id: "regel", category: "categorie", severity: "ernst", fixable: "herstel", description: "beschrijving" },
  plannedOutput: (file: string) => `Uitvoer geschreven naar ${file}.`,
};

export type Texts = typeof nl;

const en: Texts = {
  problems: (n) => plural(n, "problem", "problems"),
  errors: (n) => plural(n, "error", "errors"),
  warnings: (n) => plural(n, "warning", "warnings"),
  infos: (n) => `${n} info`,
  fixable: (e, w) => `  ${plural(e, "error", "errors")} and ${plural(w, "warning", "warnings")} can be fixed automatically with --fix.`,
  noProblems: (files) => `No problems found in ${plural(files, "plan", "plans")}.`,
  tooManyWarnings: (n, max) => `Too many warnings: ${n}, while --max-warnings allows ${max}.`,
  severity: { error: "error", warning: "warning", info: "info", hint: "hint" },
  fixedFiles: (n) => `${plural(n, "file", "files")} fixed.`,

  notFound: "does not exist",
  notAFile: "is not a file",
  unreadable: (detail) => `cannot be read (${detail})`,
  binary: "is not a text file (it contains binary data), so it is not a safety plan",
  notUtf8: (offset) => `is not valid UTF-8 text (invalid byte at position ${offset}); save the file as UTF-8`,
  notAPlan:
    "is not a safety plan: it has no data at the top (between lines with ---) and no chapter 'Prioritaire thema's', 'Kernthema's' or 'Financiën'. Start a new plan with 'veiligheidsplan init'",
  emptyPlan: "is empty, so it is not a safety plan (yet); start a new plan with 'veiligheidsplan init'",
  noMatch: (pattern) => `No plans found for '${pattern}'.`,
  noPlans: "No .veiligheidsplan files found in this folder (or they are all ignored).",
  ignored: (file) => `${file}: skipped, because .veiligheidsplanignore or the configuration's 'ignores' names it.`,
  changedOnDisk: "changed while it was being checked; it was NOT overwritten. Run the command again",
  writeFailed: (detail) => `cannot be written (${detail})`,
  configInvalid: (detail) => `the configuration is invalid: ${detail}`,
  configUnknownRule: (rule, known) => `the configuration names an unknown rule '${rule}'. Known rules: ${known}`,
  ruleOptions: (rule, detail) => `invalid options for rule '${rule}': ${detail}`,
  badRuleFlag: (flag) => `--rule '${flag}' cannot be read: write rule:severity, for example --rule begroting-totalen:warning (severity: error, warning, info, hint or off).`,
  unknownRule: (rule, known) => `Unknown rule '${rule}'. Known rules: ${known}.`,
  badToday: (v) => `--today '${v}' is not a valid date; write YYYY-MM-DD, for example --today 2024-03-01.`,
  badMaxWarnings: (v) => `--max-warnings '${v}' is not a whole number of 0 or more.`,
  stdinNeedsNoPaths: "Do not name files with --stdin; the text comes from standard input.",
  stdinFilenameNeedsStdin: "--stdin-filename only works together with --stdin.",
  fixWithStdin: "--fix cannot write to standard input; use --fix-dry-run --format json, or 'veiligheidsplan format --stdin'.",
  fixBoth: "Use --fix or --fix-dry-run, not both.",
  internal: (detail) => `Internal error: ${detail}. This is a bug in veiligheidsplan itself; please report it (run again with --debug for details).`,
  formatNeedsMode: "Pass --check or --write when formatting more than one file (without them, format writes one plan to standard output).",
  checkAndWrite: "Use --check or --write, not both.",
  wouldChange: (files) => `${plural(files, "file is", "files are")} not formatted; run 'veiligheidsplan format --write'.`,
  allFormatted: (files) => `${plural(files, "plan is", "plans are")} formatted.`,
  formatted: (file) => `${file}: formatted`,
  exported: (file) => `The plan was written as JSON to ${file}.`,
  initExists: "already exists; init never overwrites a file. Choose another name",
  initCreated: (file) => `New plan created: ${file}. Open it in your editor and fill in the themes, the ambitions and the budget; check it with 'veiligheidsplan lint ${file}'.`,
  initAskGemeente: "Municipality (gemeente)",
  initAskTitel: "Title of the plan",
  noDocs: "(No documentation page ships with this rule yet.)",
  explainLabels: { category: "Category", severity: "Default severity", fixable: "Fixable automatically", suggestions: "Suggestions in the editor", law: "Legal basis", docs: "Documentation", yes: "yes", no: "no" },
  rulesHeader: { id: "rule", category: "category", severity: "severity", fixable: "fix", description: "description" },
  plannedOutput: (file) => `Output written to ${file}.`,
};

export const TEXTS: Record<Locale, Texts> = { nl, en };
