/**
 * What the server knows about each open plan, in named places: the document (./documents.ts), its
 * analysis at one version (parse, and the rules' result once asked for), and what a check of it costs.
 *
 * Checks run on the latest version only. While the writer types, a check starts at once if the last
 * one ended at least its own duration ago, else when that much time has passed (a throttle, not a
 * debounce that waits for a pause): a 46 KB plan checks in ~2 ms, so its diagnostics follow each
 * keystroke at once; a 20 MB plan that
 * checks in seconds gets one check per check's time however fast the edits come, and the edits in
 * between are applied together (./documents.ts). So the server spends at most about half its time on
 * checks, and a burst of edits settles within about two checks. A check never publishes for a version
 * older than the document's current one. A client that sets `debounceMs` gets a classic debounce.
 */
import { formatMessage, parse, type LintResult, type Locale, type ParsedPlan, type Voortgang } from "@veiligheidsplan/core";
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import { getDiagnostics, type PlanDocument } from "../service/index.js";
import type { OpenDocument } from "./documents.js";
import type { Host } from "./host.js";
import { explainRefusals, lintSafely, megabytes, prepareLint, problem, type Prepared } from "./lint-run.js";
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
  /** The progress files read for the last check (kept across edits until the next check reads them again). */
  voortgang?: readonly Voortgang[];
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

export class Analyses {
  readonly documents = new Map<string, OpenDocument>();
  private readonly analyses = new Map<string, Analysis>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The last check of each document: what it cost (ms) and when it ended (performance.now()). */
  private readonly cost = new Map<string, { took: number; ended: number }>();

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

  /**
   * The wait before checking `uri` after an edit: a fixed one if asked for; else what is left of a
   * window as long as the last check took, counted from its end (none after a pause in typing).
   */
  delayFor(uri: string): number {
    if (this.o.fixedDelayMs !== undefined) return this.o.fixedDelayMs;
    const last = this.cost.get(uri);
    if (!last) return 0;
    return Math.max(0, Math.min(MAX_DELAY_MS, Math.round(last.took - (performance.now() - last.ended))));
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
    // After an edit, the parse before it lends what the edit did not touch (core's `previous`).
    const parsed = cached && cached.version === doc.version ? cached.parsed : parse(doc.getText(), cached ? { previous: cached.parsed } : {});
    const a: Analysis = { version: doc.version, generation, parsed, locale: cached?.locale ?? this.o.clientLocale(), ...(cached?.voortgang ? { voortgang: cached.voortgang } : {}) };
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
      return { uri, version: a.version, parsed: a.parsed, ...(a.lint ? { lint: a.lint } : {}), locale: a.locale, ...(a.voortgang ? { voortgang: a.voortgang } : {}) };
    }
    return undefined;
  }

  /** Lint options for `uri` (./lint-run.ts). */
  prepare(uri: string): Promise<Prepared> {
    return prepareLint(uri, this.o);
  }

  private lintInto(a: Analysis, prepared: Prepared, uri: string): void {
    const result = lintSafely(a.parsed.text, a.parsed, prepared);
    a.lint = explainRefusals(result, prepared, this.o.host.pathOf(uri));
    a.problems = prepared.problems;
    a.locale = prepared.options.locale ?? this.o.clientLocale();
    if (prepared.options.voortgang) a.voortgang = prepared.options.voortgang;
    else delete a.voortgang;
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
    this.cost.set(uri, { took, ended: performance.now() });
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
