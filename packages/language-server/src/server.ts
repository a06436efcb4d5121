/**
 * The language server: wiring only. It keeps the open documents (incremental sync), validates the
 * latest version of each after a short pause in typing (stale work is dropped), validates the plans in
 * the workspace that are not open, reads settings (workspace/configuration) and config files, and
 * answers each request with the matching function of the language service (./service), which holds all
 * the behaviour. No handler may take the server down: each is wrapped, logs what went wrong and answers
 * with nothing.
 */
import { readFileSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CONFIG_FILES_GLOB,
  ConfigError,
  dirname,
  findConfig,
  isConfigFile,
  lint,
  mergeConfigs,
  parse,
  PLAN_EXTENSION,
  RuleOptionsError,
  SKIPPED_FOLDERS,
  type Config,
  type FoundConfig,
  type LintOptions,
  type LintResult,
  type Locale,
  type ParsedPlan,
  type RuleSetting,
} from "@veiligheidsplan/core";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type TextDocumentIdentifier,
} from "vscode-languageserver/node";
import {
  COMPLETION_TRIGGER_CHARACTERS,
  DIAGNOSTIC_SOURCE,
  FIX_ALL_KIND,
  flattenSymbols,
  getCodeActions,
  getCompletions,
  getDefinition,
  getDiagnostics,
  getDocumentLinks,
  getDocumentSymbols,
  getFoldingRanges,
  getFormattingEdits,
  getHover,
  getRangeFormattingEdits,
  getReferences,
  getRenameEdits,
  getSemanticTokens,
  OPEN_RULE_DOCS_COMMAND,
  prepareRename,
  SEMANTIC_TOKENS_LEGEND,
  type PlanDocument,
} from "./service/index.js";

export { PLAN_EXTENSION };
const MAX_WORKSPACE_PLANS = 5000;

/** `veiligheidsplan.*` settings, from workspace/configuration or initializationOptions.settings. */
export interface Settings {
  readonly locale?: Locale;
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly today?: string;
}

/** What a client may pass in `initializationOptions`. */
export interface InitializationOptions {
  /** Pause after the last keystroke before validating, in milliseconds (default 150). */
  readonly debounceMs?: number;
  /** Validate the plans in the workspace folders that are not open (default true). */
  readonly validateWorkspace?: boolean;
  /** Send `veiligheidsplan/validated` with the server time of each validation (for benchmarks). */
  readonly reportTiming?: boolean;
  /** Settings for clients without workspace/configuration. */
  readonly settings?: Settings;
  /** The same, in the shape of the configuration section (as Helix sends its `config`). */
  readonly veiligheidsplan?: Settings;
}

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
}

const DEFAULT_DEBOUNCE_MS = 150;

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const documents = new TextDocuments(TextDocument);
  let capabilities: ClientCapabilities = {};
  let init: InitializationOptions = {};
  let clientLocale: Locale = "nl";
  let workspaceFolders: string[] = [];
  let shuttingDown = false;
  let settingsGeneration = 0;
  const timing = process.env.VEILIGHEIDSPLAN_LS_TIMING === "1";

  const log = (message: string) => {
    try {
      connection.console.log(message);
    } catch {
      // The connection is gone; nothing to tell.
    }
  };
  const logError = (what: string, e: unknown) => {
    try {
      connection.console.error(`${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    } catch {
      // The connection is gone.
    }
  };
  process.on("uncaughtException", (e) => logError("unexpected error", e));
  process.on("unhandledRejection", (e) => logError("unexpected rejection", e));

  // ------------------------------------------------------------------------------------------
  // Settings and configuration

  const supportsConfiguration = () => capabilities.workspace?.configuration === true;
  const settingsCache = new Map<string, Promise<Settings>>();
  let pushedSettings: Settings = {};

  function readSettings(raw: unknown): Settings {
    if (!raw || typeof raw !== "object") return {};
    const r = raw as Record<string, unknown>;
    const locale = r.locale === "nl" || r.locale === "en" ? r.locale : undefined;
    const today = typeof r.today === "string" && /^\d{4}-\d{2}-\d{2}$/.test(r.today.trim()) ? r.today.trim() : undefined;
    let rules: Record<string, RuleSetting> | undefined;
    if (r.rules && typeof r.rules === "object" && !Array.isArray(r.rules)) {
      rules = {};
      for (const [id, v] of Object.entries(r.rules as Record<string, unknown>)) {
        const sev = Array.isArray(v) ? v[0] : v;
        if (typeof sev === "string" && /^(error|warning|warn|info|hint|off)$/.test(sev)) rules[id] = (Array.isArray(v) ? v : sev) as RuleSetting;
      }
    }
    return { ...(locale ? { locale } : {}), ...(today ? { today } : {}), ...(rules ? { rules } : {}) };
  }

  function settingsFor(uri: string): Promise<Settings> {
    // Helix sends its `config` both as initializationOptions and as the configuration answer:
    // accept `{ veiligheidsplan: {…} }` there as well as `{ settings: {…} }`.
    const base = { ...readSettings(init.veiligheidsplan), ...readSettings(init.settings), ...pushedSettings };
    if (!supportsConfiguration()) return Promise.resolve(base);
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace
        .getConfiguration({ scopeUri: uri, section: "veiligheidsplan" })
        .then((raw) => ({ ...base, ...readSettings(raw) }))
        .catch((e) => {
          logError("workspace/configuration failed", e);
          return base;
        });
      settingsCache.set(uri, s);
    }
    return s;
  }

  const configHost = {
    readFile(path: string): string | undefined {
      try {
        return readFileSync(path, "utf8");
      } catch {
        return undefined;
      }
    },
  };
  // Config lookups cost a few file reads per folder level: keep them until a watched config changes
  // (or, for clients that do not report file changes, for a second).
  const configCache = new Map<string, { at: number; found?: FoundConfig; error?: ConfigError }>();
  let watchingFiles = false;
  function configFor(dir: string): { found?: FoundConfig; error?: ConfigError } {
    const hit = configCache.get(dir);
    if (hit && (watchingFiles || Date.now() - hit.at < 1000)) return hit;
    let entry: { at: number; found?: FoundConfig; error?: ConfigError };
    try {
      entry = { at: Date.now(), found: findConfig(dir, configHost) };
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      entry = { at: Date.now(), error: e };
    }
    configCache.set(dir, entry);
    return entry;
  }

  // ------------------------------------------------------------------------------------------
  // Plans: open documents first, then the disk

  const pathOf = (uri: string): string | undefined => {
    if (!uri.startsWith("file:")) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  };
  const samePath = (a: string, b: string) => (process.platform === "win32" ? a.toLowerCase() === b.toLowerCase() : a === b);
  function openDocumentAt(path: string): TextDocument | undefined {
    for (const d of documents.all()) {
      const p = pathOf(d.uri);
      if (p && samePath(p, path)) return d;
    }
    return undefined;
  }
  /** Which plans (by path) each validated plan read through resolvePlan, to re-check them when one changes. */
  const dependencies = new Map<string, Set<string>>();

  function readPlan(path: string): string | undefined {
    const open = openDocumentAt(path);
    if (open) return open.getText();
    try {
      if (!statSync(path).isFile()) return undefined;
      return readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
  }

  interface Prepared {
    readonly options: LintOptions;
    readonly problems: Diagnostic[];
  }

  async function lintOptionsFor(uri: string): Promise<Prepared> {
    const settings = await settingsFor(uri);
    const filePath = pathOf(uri);
    const problems: Diagnostic[] = [];
    let fileConfig: Config | undefined;
    if (filePath) {
      const { found, error } = configFor(dirname(filePath));
      if (error) problems.push(configProblem(error, settings.locale ?? clientLocale));
      fileConfig = found?.config;
    }
    // A config file next to the plan wins over the editor's settings (it is what CI uses too).
    const config = mergeConfigs([{ rules: { ...(settings.rules ?? {}) } }, fileConfig ?? {}]);
    const locale = fileConfig?.locale ?? settings.locale ?? clientLocale;
    const deps = new Set<string>();
    if (filePath) dependencies.set(filePath, deps);
    const options: LintOptions = {
      ...(filePath ? { filePath } : {}),
      locale,
      ...(settings.today ? { today: settings.today } : {}),
      config,
      resolvePlan: (path: string) => {
        deps.add(path);
        return readPlan(path);
      },
    };
    return { options, problems };
  }

  function configProblem(e: ConfigError, locale: Locale): Diagnostic {
    const message =
      locale === "en"
        ? `The configuration file ${e.file} cannot be read: ${e.detail}. The checks run without it until it is fixed.`
        : `Het configuratiebestand ${e.file} kan niet gelezen worden: ${e.detail}. De controles lopen zonder dit bestand tot het hersteld is.`;
    return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: DIAGNOSTIC_SOURCE, code: "configuratie", message };
  }

  /** Lints; invalid rule options in a config drop those options (and say so) rather than stop the checks. */
  function lintSafely(text: string, parsed: ParsedPlan, prepared: Prepared): LintResult {
    let options = prepared.options;
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        return lint(text, { ...options, parsed });
      } catch (e) {
        if (!(e instanceof RuleOptionsError)) throw e;
        const locale = options.locale ?? "nl";
        prepared.problems.push({
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: DiagnosticSeverity.Warning,
          source: DIAGNOSTIC_SOURCE,
          code: e.ruleId,
          message:
            locale === "en"
              ? `The options for the rule ${e.ruleId} in the configuration are not valid (${e.detail}); the rule runs with its defaults.`
              : `De instellingen van de regel ${e.ruleId} in de configuratie kloppen niet (${e.detail}); de regel loopt met zijn standaardinstellingen.`,
        });
        const rules = { ...(options.config?.rules ?? {}) };
        const setting = rules[e.ruleId];
        rules[e.ruleId] = (Array.isArray(setting) ? setting[0] : setting ?? "error") as RuleSetting;
        options = { ...options, config: { ...options.config, rules } };
      }
    }
    return lint(text, { ...options, parsed, config: { ...options.config, rules: {} } });
  }

  // ------------------------------------------------------------------------------------------
  // Analyses of open documents, one per version

  interface Analysis {
    readonly version: number;
    readonly generation: number;
    readonly parsed: ParsedPlan;
    lint?: LintResult;
    problems?: Diagnostic[];
    locale: Locale;
  }
  const analyses = new Map<string, Analysis>();

  function parsedFor(doc: TextDocument): Analysis {
    const cached = analyses.get(doc.uri);
    if (cached && cached.version === doc.version && cached.generation === settingsGeneration) return cached;
    // A settings change keeps the parse: only the rules' results depend on settings.
    const parsed = cached && cached.version === doc.version ? cached.parsed : parse(doc.getText());
    const a: Analysis = { version: doc.version, generation: settingsGeneration, parsed, locale: cached?.locale ?? clientLocale };
    analyses.set(doc.uri, a);
    return a;
  }

  /** The plan as the service sees it, at the document's current version; linted if `withLint`. */
  async function planDocument(uri: string, withLint: boolean): Promise<PlanDocument | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const version = doc.version;
    const generation = settingsGeneration;
    let a = parsedFor(doc);
    if (withLint && !a.lint) {
      const prepared = await lintOptionsFor(uri);
      const now = documents.get(uri);
      if (!now) return undefined;
      if (now.version !== version || settingsGeneration !== generation) return planDocument(uri, withLint);
      a = parsedFor(now);
      a.lint = lintSafely(a.parsed.text, a.parsed, prepared);
      a.problems = prepared.problems;
      a.locale = prepared.options.locale ?? clientLocale;
    }
    return { uri, version: a.version, parsed: a.parsed, ...(a.lint ? { lint: a.lint } : {}), locale: a.locale };
  }

  // ------------------------------------------------------------------------------------------
  // Validation: debounced, latest version only

  const timers = new Map<string, NodeJS.Timeout>();
  const lastDuration = new Map<string, number>();
  const debounceMs = () => (typeof init.debounceMs === "number" && init.debounceMs >= 0 && init.debounceMs <= 10_000 ? init.debounceMs : DEFAULT_DEBOUNCE_MS);

  function schedule(uri: string, delay = debounceMs()): void {
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        validateOpen(uri).catch((e) => logError(`validating ${uri}`, e));
      }, delay),
    );
  }

  const diagnosticOptions = () => ({ relatedInformation: capabilities.textDocument?.publishDiagnostics?.relatedInformation !== false });
  const supportsVersion = () => capabilities.textDocument?.publishDiagnostics?.versionSupport === true;

  async function validateOpen(uri: string): Promise<void> {
    if (shuttingDown) return;
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const prepared = await lintOptionsFor(uri);
    // Newer text arrived while the settings were fetched: its own validation is already scheduled.
    const now = documents.get(uri);
    if (!now || now.version !== version || shuttingDown) return;
    const t0 = performance.now();
    const a = parsedFor(now);
    const t1 = performance.now();
    a.lint = lintSafely(a.parsed.text, a.parsed, prepared);
    a.problems = prepared.problems;
    a.locale = prepared.options.locale ?? clientLocale;
    const t2 = performance.now();
    const diagnostics = [...prepared.problems, ...getDiagnostics({ uri, parsed: a.parsed, lint: a.lint }, diagnosticOptions())];
    const t3 = performance.now();
    await connection.sendDiagnostics({ uri, diagnostics, ...(supportsVersion() ? { version } : {}) });
    lastDuration.set(uri, t3 - t0);
    report({ uri, version, durationMs: t3 - t0, parseMs: t1 - t0, lintMs: t2 - t1, diagnostics: diagnostics.length });
  }

  function report(p: ValidatedParams): void {
    if (init.reportTiming) void connection.sendNotification(VALIDATED_NOTIFICATION, p).catch(() => undefined);
    if (timing) log(`validated ${p.uri} v${p.version} in ${p.durationMs.toFixed(2)} ms (parse ${p.parseMs.toFixed(2)}, rules ${p.lintMs.toFixed(2)}), ${p.diagnostics} diagnostics`);
  }

  /** A plan on disk that is not open: validated from its file. */
  async function validateFile(path: string): Promise<void> {
    if (shuttingDown || openDocumentAt(path)) return;
    const uri = pathToFileURL(path).href;
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      await connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const prepared = await lintOptionsFor(uri);
    if (openDocumentAt(path)) return;
    const t0 = performance.now();
    const parsed = parse(text);
    const t1 = performance.now();
    const result = lintSafely(text, parsed, prepared);
    const t2 = performance.now();
    const diagnostics = [...prepared.problems, ...getDiagnostics({ uri, parsed, lint: result }, diagnosticOptions())];
    await connection.sendDiagnostics({ uri, diagnostics });
    report({ uri, version: null, durationMs: performance.now() - t0, parseMs: t1 - t0, lintMs: t2 - t1, diagnostics: diagnostics.length });
  }

  const workspacePlans = new Set<string>();
  const isPlanPath = (p: string) => p.toLowerCase().endsWith(PLAN_EXTENSION);

  async function scanFolder(root: string): Promise<string[]> {
    const found: string[] = [];
    const queue = [root];
    while (queue.length > 0 && found.length < MAX_WORKSPACE_PLANS) {
      const dir = queue.shift()!;
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        if (e.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(e.name) && !e.name.startsWith(".")) queue.push(join(dir, e.name));
        } else if (e.isFile() && isPlanPath(e.name)) found.push(join(dir, e.name));
      }
    }
    return found;
  }

  async function validateWorkspace(): Promise<void> {
    if (init.validateWorkspace === false) return;
    for (const folder of workspaceFolders) {
      const plans = await scanFolder(folder);
      for (const p of plans) {
        if (shuttingDown) return;
        workspacePlans.add(p);
        await validateFile(p).catch((e) => logError(`validating ${p}`, e));
        // Let requests from the editor in between the files.
        await new Promise((r) => setImmediate(r));
      }
    }
  }

  /** Plans that read `path` as their predecessor are checked again when it changes. */
  function revalidateDependents(path: string): void {
    for (const [plan, deps] of dependencies) {
      if (samePath(plan, path) || ![...deps].some((d) => samePath(d, path))) continue;
      const open = openDocumentAt(plan);
      if (open) schedule(open.uri);
      else if (workspacePlans.has(plan)) void validateFile(plan).catch((e) => logError(`validating ${plan}`, e));
    }
  }

  function revalidateAll(): void {
    settingsGeneration++;
    settingsCache.clear();
    for (const d of documents.all()) schedule(d.uri, 0);
    for (const p of workspacePlans) void validateFile(p).catch((e) => logError(`validating ${p}`, e));
  }

  // ------------------------------------------------------------------------------------------
  // Requests: every handler is wrapped

  const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, "The request was cancelled.");

  function requireDocument(params: unknown): TextDocumentIdentifier {
    const td = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument;
    if (!td || typeof td.uri !== "string") throw new ResponseError(ErrorCodes.InvalidParams, "params.textDocument.uri must be a string");
    return { uri: td.uri };
  }
  function requirePosition(params: unknown, key = "position"): Position {
    const p = (params as Record<string, unknown> | null | undefined)?.[key] as { line?: unknown; character?: unknown } | undefined;
    if (!p || typeof p.line !== "number" || typeof p.character !== "number" || !Number.isFinite(p.line) || !Number.isFinite(p.character)) {
      throw new ResponseError(ErrorCodes.InvalidParams, `params.${key} must be { line: number, character: number }`);
    }
    return { line: Math.max(0, p.line), character: Math.max(0, p.character) };
  }
  function requireRange(params: unknown) {
    const r = (params as { range?: { start?: unknown; end?: unknown } } | null | undefined)?.range;
    if (!r) throw new ResponseError(ErrorCodes.InvalidParams, "params.range must be a range");
    return { start: requirePosition(r, "start"), end: requirePosition(r, "end") };
  }

  function handler<P, R>(method: string, fallback: R, fn: (params: P, token: CancellationToken | undefined) => R | Promise<R>) {
    return async (params: P, token?: CancellationToken): Promise<R> => {
      // Let a $/cancelRequest that arrived together with the request be read before the work starts.
      await new Promise((r) => setImmediate(r));
      if (token?.isCancellationRequested) throw cancelled();
      try {
        const result = await fn(params, token);
        if (token?.isCancellationRequested) throw cancelled();
        return result;
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        logError(`${method} failed`, e);
        return fallback;
      }
    };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params?.capabilities ?? {};
    init = (params?.initializationOptions && typeof params.initializationOptions === "object" ? params.initializationOptions : {}) as InitializationOptions;
    clientLocale = typeof params?.locale === "string" && /^en\b/i.test(params.locale) ? "en" : "nl";
    const folders = params?.workspaceFolders?.map((f) => f.uri) ?? (params?.rootUri ? [params.rootUri] : []);
    workspaceFolders = folders.map(pathOf).filter((p): p is string => p !== undefined);
    if (workspaceFolders.length === 0 && typeof params?.rootPath === "string") workspaceFolders = [params.rootPath];
    const td = capabilities.textDocument ?? {};
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: td.rename?.prepareSupport ? { prepareProvider: true } : true,
        documentSymbolProvider: { label: "Veiligheidsplan" },
        foldingRangeProvider: true,
        codeActionProvider: td.codeAction?.codeActionLiteralSupport ? { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } : true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        documentLinkProvider: { resolveProvider: false },
        ...(td.semanticTokens ? { semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true } } : {}),
        ...(capabilities.workspace?.workspaceFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      },
      serverInfo: { name: "veiligheidsplan-language-server", version: VERSION },
    };
  });

  connection.onInitialized(() => {
    void (async () => {
      if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: "veiligheidsplan" }).catch((e) => logError("register configuration", e));
      }
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await connection.client
          .register(DidChangeWatchedFilesNotification.type, {
            watchers: [{ globPattern: `**/*${PLAN_EXTENSION}` }, { globPattern: CONFIG_FILES_GLOB }],
          })
          .then(() => {
            watchingFiles = true;
          })
          .catch((e) => logError("register file watchers", e));
      }
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          for (const f of e.removed) {
            const root = pathOf(f.uri);
            if (!root) continue;
            workspaceFolders = workspaceFolders.filter((w) => w !== root);
            for (const p of [...workspacePlans]) {
              if (!p.startsWith(root)) continue;
              workspacePlans.delete(p);
              if (!openDocumentAt(p)) void connection.sendDiagnostics({ uri: pathToFileURL(p).href, diagnostics: [] });
            }
          }
          const added = e.added.map((f) => pathOf(f.uri)).filter((p): p is string => p !== undefined);
          workspaceFolders.push(...added);
          void (async () => {
            for (const root of added) for (const p of await scanFolder(root)) {
              workspacePlans.add(p);
              await validateFile(p).catch((err) => logError(`validating ${p}`, err));
            }
          })();
        });
      }
      await validateWorkspace();
    })().catch((e) => logError("initialization", e));
  });

  connection.onDidChangeConfiguration((change) => {
    try {
      const raw = (change?.settings as { veiligheidsplan?: unknown } | null | undefined)?.veiligheidsplan;
      if (raw !== undefined) pushedSettings = readSettings(raw);
      revalidateAll();
    } catch (e) {
      logError("workspace/didChangeConfiguration", e);
    }
  });

  connection.onDidChangeWatchedFiles((params) => {
    try {
      let configChanged = false;
      for (const change of params?.changes ?? []) {
        const path = pathOf(change.uri);
        if (!path) continue;
        if (isConfigFile(path)) {
          configChanged = true;
          continue;
        }
        if (!isPlanPath(path)) continue;
        if (change.type === FileChangeType.Deleted) {
          workspacePlans.delete(path);
          if (!openDocumentAt(path)) void connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
        } else if (init.validateWorkspace !== false && workspaceFolders.some((f) => path.startsWith(f))) {
          workspacePlans.add(path);
          void validateFile(path).catch((e) => logError(`validating ${path}`, e));
        }
        revalidateDependents(path);
      }
      if (configChanged) {
        configCache.clear();
        revalidateAll();
      }
    } catch (e) {
      logError("workspace/didChangeWatchedFiles", e);
    }
  });

  // Fired on open and on every change: a newly opened plan is checked at once, typing is debounced.
  documents.onDidChangeContent((e) => {
    const opened = !analyses.has(e.document.uri) && !timers.has(e.document.uri);
    // A plan whose check takes long (a very large one) waits a little longer for the typing to pause,
    // so that the editor stays responsive between checks.
    const slow = Math.min(1000, 2 * (lastDuration.get(e.document.uri) ?? 0));
    schedule(e.document.uri, opened ? 0 : Math.max(debounceMs(), init.debounceMs === 0 ? 0 : slow));
    const path = pathOf(e.document.uri);
    if (path) revalidateDependents(path);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.delete(uri);
    analyses.delete(uri);
    lastDuration.delete(uri);
    settingsCache.delete(uri);
    const path = pathOf(uri);
    // A plan of the workspace keeps its problems (as on disk); anything else is cleared.
    if (path && workspacePlans.has(path)) void validateFile(path).catch((err) => logError(`validating ${path}`, err));
    else void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
    if (path) revalidateDependents(path);
  });

  const markdownHover = () => {
    const formats = capabilities.textDocument?.hover?.contentFormat;
    return !formats || formats.includes("markdown");
  };
  const editOptions = () => ({ documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true });

  connection.onHover(
    handler("textDocument/hover", null, async (params) => {
      const doc = await planDocument(requireDocument(params).uri, true);
      return doc ? getHover(doc, requirePosition(params), { markdown: markdownHover() }) : null;
    }),
  );

  connection.onCompletion(
    handler("textDocument/completion", null, async (params) => {
      const { uri } = requireDocument(params);
      const position = requirePosition(params);
      const doc = await planDocument(uri, false);
      if (!doc) return null;
      const settings = await settingsFor(uri);
      return getCompletions(doc, position, {
        snippets: capabilities.textDocument?.completion?.completionItem?.snippetSupport === true,
        ...(settings.today ? { today: settings.today } : {}),
      });
    }),
  );

  connection.onDefinition(
    handler("textDocument/definition", null, async (params) => {
      const doc = await planDocument(requireDocument(params).uri, false);
      return doc ? getDefinition(doc, requirePosition(params)) : null;
    }),
  );

  connection.onReferences(
    handler("textDocument/references", null, async (params) => {
      const doc = await planDocument(requireDocument(params).uri, false);
      return doc ? getReferences(doc, requirePosition(params), params?.context?.includeDeclaration !== false) : null;
    }),
  );

  connection.onPrepareRename(
    handler("textDocument/prepareRename", null, async (params) => {
      const doc = await planDocument(requireDocument(params).uri, false);
      if (!doc) return null;
      const r = prepareRename(doc, requirePosition(params));
      if (r && "error" in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
      return r;
    }),
  );

  connection.onRenameRequest(
    handler("textDocument/rename", null, async (params) => {
      const doc = await planDocument(requireDocument(params).uri, false);
      if (!doc) return null;
      if (typeof params?.newName !== "string") throw new ResponseError(ErrorCodes.InvalidParams, "params.newName must be a string");
      const r = getRenameEdits(doc, requirePosition(params), params.newName, editOptions());
      if ("error" in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
      return r;
    }),
  );

  connection.onDocumentSymbol(
    handler("textDocument/documentSymbol", null, async (params) => {
      const doc = await planDocument(requireDocument(params).uri, false);
      if (!doc) return null;
      const symbols = getDocumentSymbols(doc);
      return capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport ? symbols : flattenSymbols(doc.uri, symbols);
    }),
  );

  connection.onFoldingRanges(
    handler("textDocument/foldingRange", null, async (params) => {
      const doc = await planDocument(requireDocument(params).uri, false);
      const limit = capabilities.textDocument?.foldingRange?.rangeLimit;
      return doc ? getFoldingRanges(doc, typeof limit === "number" ? { rangeLimit: limit } : {}) : null;
    }),
  );

  connection.onDocumentLinks(
    handler("textDocument/documentLink", null, async (params) => {
      const doc = await planDocument(requireDocument(params).uri, false);
      return doc ? getDocumentLinks(doc) : null;
    }),
  );

  connection.onCodeAction(
    handler("textDocument/codeAction", null, async (params) => {
      const doc = await planDocument(requireDocument(params).uri, true);
      if (!doc) return null;
      const range = requireRange(params);
      const context = params?.context && typeof params.context === "object" ? params.context : { diagnostics: [] };
      return getCodeActions(doc, range, { diagnostics: Array.isArray(context.diagnostics) ? context.diagnostics : [], ...(Array.isArray(context.only) ? { only: context.only } : {}) }, editOptions());
    }),
  );

  const formatOptions = async (uri: string) => {
    const { options } = await lintOptionsFor(uri);
    return options;
  };

  connection.onDocumentFormatting(
    handler("textDocument/formatting", null, async (params) => {
      const { uri } = requireDocument(params);
      const doc = await planDocument(uri, false);
      return doc ? getFormattingEdits(doc, await formatOptions(uri)) : null;
    }),
  );

  connection.onDocumentRangeFormatting(
    handler("textDocument/rangeFormatting", null, async (params) => {
      const { uri } = requireDocument(params);
      const range = requireRange(params);
      const doc = await planDocument(uri, false);
      return doc ? getRangeFormattingEdits(doc, range, await formatOptions(uri)) : null;
    }),
  );

  connection.languages.semanticTokens.on(
    handler("textDocument/semanticTokens/full", { data: [] }, async (params) => {
      const doc = await planDocument(requireDocument(params).uri, false);
      return doc ? getSemanticTokens(doc) : { data: [] };
    }),
  );
  connection.languages.semanticTokens.onRange(
    handler("textDocument/semanticTokens/range", { data: [] }, async (params) => {
      const doc = await planDocument(requireDocument(params).uri, false);
      return doc ? getSemanticTokens(doc, requireRange(params)) : { data: [] };
    }),
  );

  // The code actions' "open the rule's page": clients that do not implement the command themselves
  // (Neovim, Helix) send it here; the server asks the client to open the page.
  connection.onExecuteCommand(
    handler("workspace/executeCommand", null, async (params) => {
      if (params?.command !== OPEN_RULE_DOCS_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${String(params?.command)}`);
      const url = params.arguments?.[0];
      if (typeof url !== "string" || !/^https?:\/\//.test(url)) throw new ResponseError(ErrorCodes.InvalidParams, "the first argument must be the rule page's URL");
      if (capabilities.window?.showDocument?.support) {
        await connection.window.showDocument({ uri: url, external: true });
      } else {
        void connection.window.showInformationMessage(url);
      }
      return null;
    }),
  );

  connection.onShutdown(() => {
    shuttingDown = true;
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  // Unknown notifications are ignored (requests get MethodNotFound from the protocol layer).
  connection.onNotification((method) => {
    if (!method.startsWith("$/")) log(`ignored notification ${method}`);
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

declare const __VERSION__: string | undefined;
export const VERSION: string = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev";
