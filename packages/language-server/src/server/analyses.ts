/**
 * What the server knows about each open plan, in named places: the document (./documents.ts), its
 * analysis at one version (parse, and the rules' result once asked for), and what a check of it costs.
 *
 * Checks run on the latest version only. While the writer types, a check starts at most once per
 * "cost" of the last check of that document (a throttle, not a debounce that waits for a pause): a
 * 46 KB plan checks in ~2 ms, so its diagnostics follow each keystroke at once; a 20 MB plan that
 * checks in seconds gets one check per check's time however fast the edits come, and the edits in
 * between are applied together (./documents.ts). So the server spends at most about half its time on
 * checks, and a burst of edits settles within about two checks. A check never publishes for a version
 * older than the document's current one. A client that sets `debounceMs` gets a classic debounce.
 */
import { formatMessage, lint, mergeConfigs, parse, resolveLocale, resolveToday, RuleOptionsError, type Config, type LintOptions, type LintResult, type Locale, type ParsedPlan, type RuleSetting } from "@veiligheidsplan/core";
import { dirname, joinPath } from "@veiligheidsplan/core/internal";
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import { DIAGNOSTIC_SOURCE, getDiagnostics, type PlanDocument } from "../service/index.js";
import type { OpenDocument } from "./documents.js";
import type { Host, Refusal } from "./host.js";
import type { SettingsStore } from "./settings.js";
import type { Workspace } from "./workspace.js";

export interface Analysis {
  readonly version: number;
  readonly generation: number;
  readonly parsed: ParsedPlan;
  lint?: LintResult;
  /** The server's own problems (config, refused files), shown with the rules' findings. */
  problems?: Diagnostic[];
  locale: Locale;
}

/** Longest wait after an edit, however slow the check. */
const MAX_DELAY_MS = 1000;

/** The custom notification a benchmark listens to. */
export const VALIDATED_NOTIFICATION = "veiligheidsplan/validated";
export interface ValidatedParams {
  readonly uri: string;
  readonly version: number | null;
  /** Parse, rules and conversion, in milliseconds of server time. */
  readonly durationMs: number;
  readonly parseMs: number;
  readonly lintMs: number;
  readonly diagnostics: number;
  /** The pause that was waited before this check. */
  readonly delayMs?: number;
}

export interface AnalysesOptions {
  readonly host: Host;
  readonly workspace: Workspace;
  readonly settings: SettingsStore;
  readonly clientLocale: () => Locale;
  /** A fixed pause after typing, if the client asked for one. */
  readonly fixedDelayMs?: number;
  readonly maxFileBytes: number;
  readonly diagnosticOptions: () => { relatedInformation: boolean };
  readonly publish: (uri: string, diagnostics: Diagnostic[], version: number | undefined) => Promise<void>;
  readonly validated: (p: ValidatedParams) => void;
  readonly logError: (what: string, e: unknown) => void;
  readonly stopped: () => boolean;
}

const problem = (message: string, code: string, severity: DiagnosticSeverity, range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }): Diagnostic => ({
  range,
  severity,
  source: DIAGNOSTIC_SOURCE,
  code,
  message,
});

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

interface Prepared {
  readonly options: LintOptions;
  readonly problems: Diagnostic[];
  /** Predecessors not read, by path, and why. */
  readonly refused: Map<string, Refusal>;
}

export class Analyses {
  readonly documents = new Map<string, OpenDocument>();
  private readonly analyses = new Map<string, Analysis>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** What the last check of each document cost (ms). */
  private readonly cost = new Map<string, number>();

  constructor(private readonly o: AnalysesOptions) {}

  // ---------------------------------------------------------------------------------- documents

  openAt(path: string): OpenDocument | undefined {
    for (const d of this.documents.values()) {
      const p = this.o.host.pathOf(d.uri);
      if (p && this.o.workspace.samePath(p, path)) return d;
    }
    return undefined;
  }

  opened(doc: OpenDocument): void {
    this.documents.set(doc.uri, doc);
    this.schedule(doc.uri, 0);
  }

  changed(uri: string): void {
    // A fixed debounce restarts its wait on every edit; the adaptive throttle lets a pending check
    // stand (it will read the newest text when it runs).
    if (this.o.fixedDelayMs !== undefined || !this.timers.has(uri)) this.schedule(uri, this.delayFor(uri));
  }

  closed(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.documents.delete(uri);
    this.analyses.delete(uri);
    this.cost.delete(uri);
    this.o.settings.forget(uri);
  }

  /** The wait before checking `uri` after an edit: a fixed one if asked for, else what its last check cost. */
  delayFor(uri: string): number {
    if (this.o.fixedDelayMs !== undefined) return this.o.fixedDelayMs;
    return Math.min(MAX_DELAY_MS, Math.round(this.cost.get(uri) ?? 0));
  }

  stop(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  // ---------------------------------------------------------------------------------- analyses

  /** The parsed document at its current version (kept while only the settings change). */
  parsedFor(doc: OpenDocument): Analysis {
    const cached = this.analyses.get(doc.uri);
    const generation = this.o.settings.generation;
    if (cached && cached.version === doc.version && cached.generation === generation) return cached;
    const parsed = cached && cached.version === doc.version ? cached.parsed : parse(doc.getText());
    const a: Analysis = { version: doc.version, generation, parsed, locale: cached?.locale ?? this.o.clientLocale() };
    this.analyses.set(doc.uri, a);
    return a;
  }

  /** The plan as the service sees it, at the document's current version; linted if `withLint`. */
  async planDocument(uri: string, withLint: boolean): Promise<PlanDocument | undefined> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const doc = this.documents.get(uri);
      if (!doc) return undefined;
      const version = doc.version;
      const generation = this.o.settings.generation;
      let a = this.parsedFor(doc);
      if (withLint && !a.lint) {
        const prepared = await this.prepare(uri);
        const now = this.documents.get(uri);
        if (!now) return undefined;
        // Newer text or settings arrived while the settings were fetched: start again on those.
        if (now.version !== version || this.o.settings.generation !== generation) continue;
        a = this.parsedFor(now);
        this.lintInto(a, prepared, uri);
      }
      return { uri, version: a.version, parsed: a.parsed, ...(a.lint ? { lint: a.lint } : {}), locale: a.locale };
    }
    return undefined;
  }

  /** Lint options for `uri`: its settings, the config files next to it, its predecessor through the workspace. */
  async prepare(uri: string): Promise<Prepared> {
    const settings = await this.o.settings.for(uri);
    const filePath = this.o.host.pathOf(uri);
    const problems: Diagnostic[] = [];
    const refused = new Map<string, Refusal>();
    let fileConfig: Config | undefined;
    if (filePath) {
      const { found, error } = this.o.workspace.configFor(dirname(filePath));
      if (error) {
        const locale = settings.locale ?? this.o.clientLocale();
        problems.push(problem(formatMessage("languageServer.configUnreadable", locale, { file: error.file, detail: error.detail }), "configuratie", DiagnosticSeverity.Error));
      }
      fileConfig = found?.config;
    }
    // A config file next to the plan wins over the editor's settings (it is what CI uses too).
    const config = mergeConfigs([{ rules: { ...(settings.rules ?? {}) } }, fileConfig ?? {}]);
    const locale = resolveLocale({ config: fileConfig?.locale, editor: settings.locale, environment: this.o.clientLocale() });
    if (filePath) this.o.workspace.dependencies.set(filePath, new Set());
    const options: LintOptions = {
      ...(filePath ? { filePath } : {}),
      locale,
      today: resolveToday({ editor: settings.today, now: () => Date.now() }),
      config,
      resolvePlan: (path: string) => {
        const r = this.o.workspace.readPredecessor(path, filePath);
        if (!("refused" in r)) return r.parsed;
        // Core's continuiteit says why a file was not read; a file outside the workspace is ours to explain.
        if (r.refused === "notRegular") return { refused: "notRegular" };
        if (r.refused === "tooLarge") return { refused: "tooLarge", limitBytes: this.o.maxFileBytes };
        if (r.refused === "outsideWorkspace") refused.set(path, r.refused);
        return undefined;
      },
    };
    return { options, problems, refused };
  }

  private lintInto(a: Analysis, prepared: Prepared, uri: string): void {
    const result = lintSafely(a.parsed.text, a.parsed, prepared);
    a.lint = explainRefusals(result, prepared, this.o.host.pathOf(uri));
    a.problems = prepared.problems;
    a.locale = prepared.options.locale ?? this.o.clientLocale();
  }

  // ---------------------------------------------------------------------------------- checks

  private schedule(uri: string, delay: number): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.validateOpen(uri, delay).catch((e) => this.o.logError(`validating ${uri}`, e));
      }, delay),
    );
  }

  /** Checks every open document again now (settings or configs changed). */
  revalidateOpen(): void {
    for (const uri of this.documents.keys()) this.schedule(uri, 0);
  }

  /** Checks `uri` soon, as after typing (a predecessor it reads changed). */
  revalidateSoon(uri: string): void {
    this.schedule(uri, this.delayFor(uri));
  }

  private async validateOpen(uri: string, delayMs: number): Promise<void> {
    if (this.o.stopped()) return;
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const prepared = await this.prepare(uri);
    // Newer text arrived while the settings were fetched: its own check is already scheduled.
    const now = this.documents.get(uri);
    if (!now || now.version !== version || this.o.stopped()) return;
    const t0 = performance.now();
    const a = this.parsedFor(now);
    const t1 = performance.now();
    this.lintInto(a, prepared, uri);
    const t2 = performance.now();
    const diagnostics = [...prepared.problems, ...getDiagnostics({ uri, parsed: a.parsed, lint: a.lint! }, this.o.diagnosticOptions())];
    const t3 = performance.now();
    const took = t3 - t0;
    this.cost.set(uri, took);
    // The check is synchronous, so no edit can have come in since `now`; the writer drops this
    // publication if a newer one for the same document is queued behind it.
    await this.o.publish(uri, diagnostics, version);
    this.o.validated({ uri, version, durationMs: took, parseMs: t1 - t0, lintMs: t2 - t1, diagnostics: diagnostics.length, delayMs });
  }

  /** A plan on disk that is not open: checked from its file. */
  async validateFile(path: string): Promise<void> {
    if (this.o.stopped() || this.openAt(path)) return;
    const uri = this.o.host.uriOf(path);
    const read = this.o.workspace.readPlanFile(path);
    if ("refused" in read) {
      const locale = this.o.clientLocale();
      const diagnostics =
        read.refused === "missing" ? [] : [problem(formatMessage("languageServer.planUnreadable", locale, { limit: megabytes(this.o.maxFileBytes) }), "bestand", DiagnosticSeverity.Warning)];
      await this.o.publish(uri, diagnostics, undefined);
      return;
    }
    const prepared = await this.prepare(uri);
    if (this.openAt(path)) return;
    const t0 = performance.now();
    const parsed = parse(read.text);
    const t1 = performance.now();
    const result = explainRefusals(lintSafely(read.text, parsed, prepared), prepared, path);
    const t2 = performance.now();
    const diagnostics = [...prepared.problems, ...getDiagnostics({ uri, parsed, lint: result }, this.o.diagnosticOptions())];
    await this.o.publish(uri, diagnostics, undefined);
    this.o.validated({ uri, version: null, durationMs: performance.now() - t0, parseMs: t1 - t0, lintMs: t2 - t1, diagnostics: diagnostics.length });
  }
}

/** Lints; invalid rule options in a config drop those options (and say so) rather than stop the checks. */
export function lintSafely(text: string, parsed: ParsedPlan, prepared: Prepared): LintResult {
  let options = prepared.options;
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      return lint(text, { ...options, parsed });
    } catch (e) {
      if (!(e instanceof RuleOptionsError)) throw e;
      const message = formatMessage("languageServer.ruleOptionsInvalid", options.locale ?? "nl", { rule: e.ruleId, detail: e.detail });
      prepared.problems.push(problem(message, e.ruleId, DiagnosticSeverity.Warning));
      const rules = { ...(options.config?.rules ?? {}) };
      const setting = rules[e.ruleId];
      rules[e.ruleId] = (Array.isArray(setting) ? setting[0] : (setting ?? "error")) as RuleSetting;
      options = { ...options, config: { ...options.config, rules } };
    }
  }
  return lint(text, { ...options, parsed, config: { ...options.config, rules: {} } });
}

/**
 * A predecessor outside the workspace was not read on purpose: its finding says so, in place of the
 * rule's "not found" (which would send the writer looking for a file that is there).
 */
function explainRefusals(result: LintResult, prepared: Prepared, planPath: string | undefined): LintResult {
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
