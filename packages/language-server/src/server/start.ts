/**
 * The server, assembled: lifecycle (initialize, shutdown), document sync, settings and watched files,
 * wired to the named parts — ./settings.ts, ./workspace.ts, ./analyses.ts, ./handlers.ts — over a
 * connection and a host. Platform-neutral: Node (../server.ts) and a browser worker (../browser.ts)
 * each pass their own connection and host.
 */
import { CONFIG_FILES_GLOB, isConfigFile, resolveLocale, type Locale } from "@veiligheidsplan/core";
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver";
import { COMPLETION_TRIGGER_CHARACTERS, FIX_ALL_KIND, SEMANTIC_TOKENS_LEGEND } from "../service/index.js";
import { Analyses, VALIDATED_NOTIFICATION, type ValidatedParams } from "./analyses.js";
import { OpenDocument } from "./documents.js";
import { registerHandlers } from "./handlers.js";
import type { Host } from "./host.js";
import { clientLocaleOf, decodeInitializationOptions, DEFAULT_MAX_FILE_BYTES, SettingsStore, type InitializationOptions } from "./settings.js";
import { isPlanPath, PLAN_EXTENSION, Workspace } from "./workspace.js";
import { isProgressPath, VOORTGANG_EXTENSION } from "./voortgang.js";

declare const __VERSION__: string | undefined;
export const VERSION: string = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev";

export interface StartOptions {
  /** Log server times of each check (VEILIGHEIDSPLAN_LS_TIMING=1 in Node). */
  readonly logTiming?: boolean;
}

/** The parts of a running server, for tests and for the entries that need to reach in (logging). */
export interface Running {
  readonly connection: Connection;
  readonly log: (message: string) => void;
  readonly logError: (what: string, e: unknown) => void;
  readonly stopped: () => boolean;
}

export function startServer(connection: Connection, host: Host, options: StartOptions = {}): Running {
  let capabilities: ClientCapabilities = {};
  let init: InitializationOptions = {};
  let clientLocale: Locale = "nl";
  let shuttingDown = false;
  const stopped = () => shuttingDown;

  const log = (message: string) => {
    try {
      connection.console.log(message);
    } catch {
      host.logFallback(message);
    }
  };
  const logError = (what: string, e: unknown) => {
    const line = `${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
    try {
      connection.console.error(line);
    } catch {
      host.logFallback(line);
    }
  };

  // The parts are made on initialize, when the client's options are known.
  let settings = new SettingsStore({}, undefined, logError);
  let workspace = new Workspace(host, DEFAULT_MAX_FILE_BYTES, () => undefined);
  let analyses: Analyses | undefined;
  const publish = async (uri: string, diagnostics: import("vscode-languageserver").Diagnostic[], version: number | undefined) => {
    const versioned = capabilities.textDocument?.publishDiagnostics?.versionSupport === true && version !== undefined;
    await connection.sendDiagnostics({ uri, diagnostics, ...(versioned ? { version } : {}) });
  };
  const validated = (p: ValidatedParams) => {
    if (init.reportTiming) void connection.sendNotification(VALIDATED_NOTIFICATION, p).catch(() => undefined);
    if (options.logTiming) log(`validated ${p.uri} v${p.version} in ${p.durationMs.toFixed(2)} ms (parse ${p.parseMs.toFixed(2)}, rules ${p.lintMs.toFixed(2)}), ${p.diagnostics} diagnostics, after ${p.delayMs ?? 0} ms`);
  };

  function build(): Analyses {
    const maxFileBytes = init.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    settings = new SettingsStore(
      init,
      capabilities.workspace?.configuration === true ? (uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: "veiligheidsplan" }) : undefined,
      logError,
    );
    const folders = workspace.folders;
    workspace = new Workspace(host, maxFileBytes, (path) => {
      const open = a.openAt(path);
      return open ? a.parsedFor(open).parsed : undefined;
    });
    workspace.folders = folders;
    const a: Analyses = new Analyses({
      host,
      workspace,
      settings,
      clientLocale: () => clientLocale,
      ...(init.debounceMs !== undefined ? { fixedDelayMs: init.debounceMs } : {}),
      maxFileBytes,
      diagnosticOptions: () => ({ relatedInformation: capabilities.textDocument?.publishDiagnostics?.relatedInformation !== false }),
      publish,
      validated,
      logError,
      stopped,
    });
    registerHandlers({ connection, host, analyses: a, workspace, settings, capabilities: () => capabilities, clientLocale: () => clientLocale, maxFileBytes, stopped, logError });
    return a;
  }

  const validateFile = (path: string) => void analyses?.validateFile(path).catch((e) => logError(`validating ${path}`, e));

  async function validateFolders(roots: readonly string[]): Promise<void> {
    if (init.validateWorkspace === false) return;
    for (const root of roots) {
      for (const p of await workspace.scan(root)) {
        if (shuttingDown) return;
        workspace.plans.add(p);
        await analyses?.validateFile(p).catch((e) => logError(`validating ${p}`, e));
        // Let requests from the editor in between the files.
        await host.yieldToEvents();
      }
    }
  }

  /** Plans that read `path` as their predecessor are checked again when it changes. */
  function revalidateDependents(path: string): void {
    for (const plan of workspace.dependentsOf(path)) {
      const open = analyses?.openAt(plan);
      if (open) analyses?.revalidateSoon(open.uri);
      else if (workspace.plans.has(plan)) validateFile(plan);
    }
  }

  function revalidateAll(): void {
    settings.invalidate();
    analyses?.revalidateOpen();
    for (const p of workspace.plans) validateFile(p);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params?.capabilities ?? {};
    init = decodeInitializationOptions(params?.initializationOptions);
    // Without settings or a config, the editor's display language (core's precedence, config/resolve.ts).
    clientLocale = resolveLocale({ environment: clientLocaleOf(params?.locale) });
    const folders = params?.workspaceFolders?.map((f) => f.uri) ?? (params?.rootUri ? [params.rootUri] : []);
    workspace.folders = folders.map((u) => host.pathOf(u)).filter((p): p is string => p !== undefined);
    if (workspace.folders.length === 0 && typeof params?.rootPath === "string") workspace.folders = [params.rootPath];
    analyses = build();
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
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        codeActionProvider: td.codeAction?.codeActionLiteralSupport ? { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } : true,
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: { resolveProvider: false },
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
            watchers: [{ globPattern: `**/*${PLAN_EXTENSION}` }, { globPattern: CONFIG_FILES_GLOB }, { globPattern: `**/*${VOORTGANG_EXTENSION}` }],
          })
          .then(() => {
            workspace.watchingFiles = true;
          })
          .catch((e) => logError("register file watchers", e));
      }
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          for (const f of e.removed) {
            const root = host.pathOf(f.uri);
            if (!root) continue;
            for (const p of workspace.removeFolder(root)) if (!analyses?.openAt(p)) void publish(host.uriOf(p), [], undefined);
          }
          const added = e.added.map((f) => host.pathOf(f.uri)).filter((p): p is string => p !== undefined);
          workspace.addFolders(added);
          void validateFolders(added).catch((err) => logError("workspace folders", err));
        });
      }
      await validateFolders(workspace.folders);
    })().catch((e) => logError("initialization", e));
  });

  connection.onDidChangeConfiguration((change) => {
    try {
      settings.changed((change?.settings as { veiligheidsplan?: unknown } | null | undefined)?.veiligheidsplan);
      revalidateAll();
    } catch (e) {
      logError("workspace/didChangeConfiguration", e);
    }
  });

  connection.onDidChangeWatchedFiles((params) => {
    try {
      let configChanged = false;
      for (const change of params?.changes ?? []) {
        const path = host.pathOf(change.uri);
        if (!path) continue;
        workspace.fileChanged(path);
        if (isConfigFile(path)) {
          configChanged = true;
          continue;
        }
        // A progress file changed: the open plans check again (the plan it belongs to reads it beside itself).
        if (isProgressPath(path)) {
          analyses?.revalidateOpen();
          continue;
        }
        if (!isPlanPath(path)) continue;
        if (change.type === FileChangeType.Deleted) {
          workspace.plans.delete(path);
          if (!analyses?.openAt(path)) void publish(change.uri, [], undefined);
        } else if (init.validateWorkspace !== false && workspace.inWorkspace(path)) {
          workspace.plans.add(path);
          validateFile(path);
        }
        revalidateDependents(path);
      }
      if (configChanged) revalidateAll();
    } catch (e) {
      logError("workspace/didChangeWatchedFiles", e);
    }
  });

  // Document sync (incremental). Malformed notifications are ignored: the next full change brings
  // client and server in step again.
  connection.onDidOpenTextDocument((params) => {
    const td = params?.textDocument;
    if (!analyses || !td || typeof td.uri !== "string" || typeof td.text !== "string") return;
    analyses.opened(new OpenDocument(td.uri, String(td.languageId ?? ""), typeof td.version === "number" ? td.version : 0, td.text));
    const path = host.pathOf(td.uri);
    if (path) revalidateDependents(path);
  });
  connection.onDidChangeTextDocument((params) => {
    const td = params?.textDocument;
    const doc = td && typeof td.uri === "string" ? analyses?.documents.get(td.uri) : undefined;
    if (!doc || !Array.isArray(params.contentChanges)) return;
    const changes = params.contentChanges.filter((c) => c && typeof c.text === "string");
    doc.update(changes, typeof td!.version === "number" ? td!.version : doc.version + 1);
    analyses!.changed(doc.uri);
    const path = host.pathOf(doc.uri);
    if (path) revalidateDependents(path);
  });
  connection.onDidCloseTextDocument((params) => {
    const uri = params?.textDocument?.uri;
    if (!analyses || typeof uri !== "string" || !analyses.documents.has(uri)) return;
    analyses.closed(uri);
    const path = host.pathOf(uri);
    // A plan of the workspace keeps its problems (as on disk); anything else is cleared.
    if (path && workspace.plans.has(path)) validateFile(path);
    else void publish(uri, [], undefined).catch(() => undefined);
    if (path) revalidateDependents(path);
  });

  connection.onShutdown(() => {
    shuttingDown = true;
    analyses?.stop();
  });

  // Unknown notifications are ignored (requests get MethodNotFound from the protocol layer).
  connection.onNotification((method) => {
    if (!method.startsWith("$/")) log(`ignored notification ${method}`);
  });

  connection.listen();
  return { connection, log, logError, stopped };
}
