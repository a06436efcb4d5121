/**
 * How one plan is linted by the server: its lint options (settings, the config files next to it, its
 * predecessor through the workspace, core's precedence for locale and today), the server's own
 * problems (an unreadable config, invalid rule options, a predecessor outside the workspace), and a
 * lint that survives invalid rule options.
 */
import {
  formatMessage,
  lint,
  mergeConfigs,
  resolveLocale,
  resolveToday,
  RuleOptionsError,
  type Config,
  type LintOptions,
  type LintResult,
  type Locale,
  type ParsedPlan,
  type RuleSetting,
} from "@veiligheidsplan/core";
import { dirname, joinPath } from "@veiligheidsplan/core/internal";
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import { DIAGNOSTIC_SOURCE } from "../service/index.js";
import type { Host, Refusal } from "./host.js";
import type { SettingsStore } from "./settings.js";
import type { Workspace } from "./workspace.js";

export interface LintContext {
  readonly host: Host;
  readonly workspace: Workspace;
  readonly settings: SettingsStore;
  readonly clientLocale: () => Locale;
  readonly maxFileBytes: number;
}

export const problem = (message: string, code: string, severity: DiagnosticSeverity, range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }): Diagnostic => ({
  range,
  severity,
  source: DIAGNOSTIC_SOURCE,
  code,
  message,
});

export const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export interface Prepared {
  readonly options: LintOptions;
  readonly problems: Diagnostic[];
  /** Predecessors not read, by path, and why. */
  readonly refused: Map<string, Refusal>;
}

/** Lint options for `uri`: its settings, the config files next to it, its predecessor through the workspace. */
export async function prepareLint(uri: string, o: LintContext): Promise<Prepared> {
  const settings = await o.settings.for(uri);
  const filePath = o.host.pathOf(uri);
  const problems: Diagnostic[] = [];
  const refused = new Map<string, Refusal>();
  let fileConfig: Config | undefined;
  if (filePath) {
    const { found, error } = o.workspace.configFor(dirname(filePath));
    if (error) {
      const locale = settings.locale ?? o.clientLocale();
      problems.push(problem(formatMessage("languageServer.configUnreadable", locale, { file: error.file, detail: error.detail }), "configuratie", DiagnosticSeverity.Error));
    }
    fileConfig = found?.config;
  }
  // A config file next to the plan wins over the editor's settings (it is what CI uses too).
  const config = mergeConfigs([{ rules: { ...(settings.rules ?? {}) } }, fileConfig ?? {}]);
  const locale = resolveLocale({ config: fileConfig?.locale, editor: settings.locale, environment: o.clientLocale() });
  if (filePath) o.workspace.dependencies.set(filePath, new Set());
  // Progress files beside the plan: kwaliteit-voortgang's findings, and a goal's status in hover.
  const voortgang = filePath ? await o.workspace.progressBeside(filePath) : [];
  const options: LintOptions = {
    ...(voortgang.length > 0 ? { voortgang } : {}),
    ...(filePath ? { filePath } : {}),
    locale,
    today: resolveToday({ editor: settings.today, now: () => Date.now() }),
    config,
    // Where the team hosts the rule pages; a docsBaseUrl in the config file wins (core reads it from `config`).
    ...(settings.docsBaseUrl && !fileConfig?.docsBaseUrl ? { docsBaseUrl: settings.docsBaseUrl } : {}),
    resolvePlan: (path: string) => {
      const r = o.workspace.readPredecessor(path, filePath);
      if (!("refused" in r)) return r.parsed;
      // Core's continuiteit says why a file was not read; a file outside the workspace is ours to explain.
      if (r.refused === "notRegular") return { refused: "notRegular" };
      if (r.refused === "tooLarge") return { refused: "tooLarge", limitBytes: o.maxFileBytes };
      if (r.refused === "outsideWorkspace") refused.set(path, r.refused);
      return undefined;
    },
  };
  return { options, problems, refused };
}

/** Lints; invalid rule options in a config drop those options (and say so) rather than stop the checks. */
export function lintSafely(text: string, parsed: ParsedPlan, prepared: Prepared): LintResult {
  let options = prepared.options;
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      return lint(text, { ...options, parsed });
    } catch (e) {
      if (!(e instanceof RuleOptionsError)) throw e;
      const key = e.unknownRule ? "languageServer.ruleUnknown" : "languageServer.ruleOptionsInvalid";
      const message = formatMessage(key, options.locale ?? "nl", { rule: e.ruleId, detail: e.detail });
      prepared.problems.push(problem(message, e.ruleId, DiagnosticSeverity.Warning));
      const rules = { ...(options.config?.rules ?? {}) };
      const setting = rules[e.ruleId];
      // An unknown rule is left out; a known one keeps its severity and runs with its defaults.
      if (e.unknownRule) delete rules[e.ruleId];
      else rules[e.ruleId] = (Array.isArray(setting) ? setting[0] : (setting ?? "error")) as RuleSetting;
      options = { ...options, config: { ...options.config, rules } };
    }
  }
  return lint(text, { ...options, parsed, config: { ...options.config, rules: {} } });
}

/**
 * A predecessor outside the workspace was not read on purpose: its finding says so, in place of the
 * rule's "not found" (which would send the writer looking for a file that is there).
 */
export function explainRefusals(result: LintResult, prepared: Prepared, planPath: string | undefined): LintResult {
  if (prepared.refused.size === 0) return result;
  const locale = prepared.options.locale ?? "nl";
  const base = planPath ? dirname(planPath) : ".";
  const diagnostics = result.diagnostics.map((d) => {
    const bestand = d.messageId === "bestandNietGevonden" && typeof d.data?.bestand === "string" ? d.data.bestand : undefined;
    if (bestand === undefined) return d;
    const why = prepared.refused.get(joinPath(base, bestand)) ?? prepared.refused.get(bestand);
    if (why !== "outsideWorkspace") return d;
    return { ...d, message: formatMessage("languageServer.predecessorOutsideWorkspace", locale, { bestand }) };
  });
  return { ...result, diagnostics };
}
