/**
 * The requests: each validates its params, asks ./analyses.ts for the plan at its current version and
 * answers with the matching function of the language service (../service). No handler may take the
 * server down: each is wrapped, logs what went wrong and answers with nothing. After `shutdown` every
 * request is refused with InvalidRequest, as LSP asks.
 */
import {
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Position,
  type SymbolInformation,
  type TextDocumentIdentifier,
} from "vscode-languageserver";
import {
  flattenSymbols,
  getCodeActions,
  getCodeLenses,
  getCompletions,
  getDefinition,
  getDocumentLinks,
  getDocumentSymbols,
  getFoldingRanges,
  getFormattingEdits,
  getHover,
  getInlayHints,
  getRangeFormattingEdits,
  getReferences,
  getRenameEdits,
  getSemanticTokens,
  getThemeSymbols,
  matchesQuery,
  OPEN_RULE_DOCS_COMMAND,
  prepareRename,
} from "../service/index.js";
import type { Analyses } from "./analyses.js";
import type { Host } from "./host.js";
import type { SettingsStore } from "./settings.js";
import type { Workspace } from "./workspace.js";
import { parse, type Locale } from "@veiligheidsplan/core";

export interface HandlerContext {
  readonly connection: Connection;
  readonly host: Host;
  readonly analyses: Analyses;
  readonly workspace: Workspace;
  readonly settings: SettingsStore;
  readonly capabilities: () => ClientCapabilities;
  readonly clientLocale: () => Locale;
  readonly maxFileBytes: number;
  readonly stopped: () => boolean;
  readonly logError: (what: string, e: unknown) => void;
}

/** Most symbols a workspace/symbol answer carries (an editor shows the first few anyway). */
const MAX_WORKSPACE_SYMBOLS = 1000;

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

export function registerHandlers(ctx: HandlerContext): void {
  const { connection, analyses } = ctx;
  const caps = ctx.capabilities;

  function handler<P, R>(method: string, fallback: R, fn: (params: P, token: CancellationToken | undefined) => R | Promise<R>) {
    return async (params: P, token?: CancellationToken): Promise<R> => {
      if (ctx.stopped()) throw new ResponseError(ErrorCodes.InvalidRequest, `${method}: the server is shutting down`);
      // Let a $/cancelRequest that arrived together with the request be read before the work starts.
      await ctx.host.yieldToEvents();
      if (token?.isCancellationRequested) throw cancelled();
      try {
        const result = await fn(params, token);
        if (token?.isCancellationRequested) throw cancelled();
        return result;
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        ctx.logError(`${method} failed`, e);
        return fallback;
      }
    };
  }

  const markdownHover = () => {
    const formats = caps().textDocument?.hover?.contentFormat;
    return !formats || formats.includes("markdown");
  };
  const editOptions = () => ({ documentChanges: caps().workspace?.workspaceEdit?.documentChanges === true });
  const planDocument = (params: unknown, withLint: boolean) => analyses.planDocument(requireDocument(params).uri, withLint);
  const formatOptions = async (uri: string) => (await analyses.prepare(uri)).options;

  connection.onHover(
    handler("textDocument/hover", null, async (params) => {
      const doc = await planDocument(params, true);
      return doc ? getHover(doc, requirePosition(params), { markdown: markdownHover() }) : null;
    }),
  );

  connection.onCompletion(
    handler("textDocument/completion", null, async (params) => {
      const { uri } = requireDocument(params);
      const position = requirePosition(params);
      const doc = await analyses.planDocument(uri, false);
      if (!doc) return null;
      const settings = await ctx.settings.for(uri);
      return getCompletions(doc, position, {
        snippets: caps().textDocument?.completion?.completionItem?.snippetSupport === true,
        ...(settings.today ? { today: settings.today } : {}),
      });
    }),
  );

  connection.onDefinition(
    handler("textDocument/definition", null, async (params) => {
      const doc = await planDocument(params, false);
      return doc ? getDefinition(doc, requirePosition(params)) : null;
    }),
  );

  connection.onReferences(
    handler("textDocument/references", null, async (params) => {
      const doc = await planDocument(params, false);
      return doc ? getReferences(doc, requirePosition(params), params?.context?.includeDeclaration !== false) : null;
    }),
  );

  connection.onPrepareRename(
    handler("textDocument/prepareRename", null, async (params) => {
      const doc = await planDocument(params, false);
      if (!doc) return null;
      const r = prepareRename(doc, requirePosition(params));
      if (r && "error" in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
      return r;
    }),
  );

  connection.onRenameRequest(
    handler("textDocument/rename", null, async (params) => {
      const doc = await planDocument(params, false);
      if (!doc) return null;
      if (typeof params?.newName !== "string") throw new ResponseError(ErrorCodes.InvalidParams, "params.newName must be a string");
      const r = getRenameEdits(doc, requirePosition(params), params.newName, editOptions());
      if ("error" in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
      return r;
    }),
  );

  connection.onDocumentSymbol(
    handler("textDocument/documentSymbol", null, async (params) => {
      const doc = await planDocument(params, false);
      if (!doc) return null;
      const symbols = getDocumentSymbols(doc);
      return caps().textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport ? symbols : flattenSymbols(doc.uri, symbols);
    }),
  );

  connection.onFoldingRanges(
    handler("textDocument/foldingRange", null, async (params) => {
      const doc = await planDocument(params, false);
      const limit = caps().textDocument?.foldingRange?.rangeLimit;
      return doc ? getFoldingRanges(doc, typeof limit === "number" ? { rangeLimit: limit } : {}) : null;
    }),
  );

  connection.onDocumentLinks(
    handler("textDocument/documentLink", null, async (params) => {
      const doc = await planDocument(params, false);
      return doc ? getDocumentLinks(doc) : null;
    }),
  );

  connection.onCodeAction(
    handler("textDocument/codeAction", null, async (params) => {
      const doc = await planDocument(params, true);
      if (!doc) return null;
      const range = requireRange(params);
      const context = params?.context && typeof params.context === "object" ? params.context : { diagnostics: [] };
      return getCodeActions(doc, range, { diagnostics: Array.isArray(context.diagnostics) ? context.diagnostics : [], ...(Array.isArray(context.only) ? { only: context.only } : {}) }, editOptions());
    }),
  );

  connection.onDocumentFormatting(
    handler("textDocument/formatting", null, async (params) => {
      const { uri } = requireDocument(params);
      const doc = await analyses.planDocument(uri, false);
      return doc ? getFormattingEdits(doc, await formatOptions(uri)) : null;
    }),
  );

  connection.onDocumentRangeFormatting(
    handler("textDocument/rangeFormatting", null, async (params) => {
      const { uri } = requireDocument(params);
      const range = requireRange(params);
      const doc = await analyses.planDocument(uri, false);
      return doc ? getRangeFormattingEdits(doc, range, await formatOptions(uri)) : null;
    }),
  );

  connection.languages.semanticTokens.on(
    handler("textDocument/semanticTokens/full", { data: [] }, async (params) => {
      const doc = await planDocument(params, false);
      return doc ? getSemanticTokens(doc) : { data: [] };
    }),
  );
  connection.languages.semanticTokens.onRange(
    handler("textDocument/semanticTokens/range", { data: [] }, async (params) => {
      const doc = await planDocument(params, false);
      return doc ? getSemanticTokens(doc, requireRange(params)) : { data: [] };
    }),
  );

  // The budget's sums, in place: inlay hints where the client has them, a code lens otherwise.
  connection.languages.inlayHint.on(
    handler("textDocument/inlayHint", null, async (params) => {
      const doc = await planDocument(params, false);
      return doc ? getInlayHints({ ...doc, locale: await localeFor(doc.uri) }, requireRange(params)) : null;
    }),
  );
  connection.onCodeLens(
    handler("textDocument/codeLens", null, async (params) => {
      const doc = await planDocument(params, false);
      return doc ? getCodeLenses({ ...doc, locale: await localeFor(doc.uri) }) : null;
    }),
  );
  async function localeFor(uri: string): Promise<Locale> {
    return (await analyses.prepare(uri)).options.locale ?? ctx.clientLocale();
  }

  const symbolCache = new Map<string, { stamp: string; symbols: SymbolInformation[] }>();
  connection.onWorkspaceSymbol(
    handler("workspace/symbol", null, async (params, token) => {
      const query = typeof params?.query === "string" ? params.query : "";
      const locale = ctx.clientLocale();
      const out: SymbolInformation[] = [];
      const seen = new Set<string>();
      for (const d of analyses.documents.values()) {
        const a = analyses.parsedFor(d);
        out.push(...getThemeSymbols(d.uri, a.parsed, query, locale, a.parsed.plan.metadata.titel || undefined));
        const p = ctx.host.pathOf(d.uri);
        if (p) seen.add(p);
      }
      for (const path of await ctx.workspace.knownPlans()) {
        if (out.length >= MAX_WORKSPACE_SYMBOLS || token?.isCancellationRequested) break;
        if (seen.has(path)) continue;
        const stamp = ctx.host.stamp(path);
        if (stamp === undefined) continue;
        let hit = symbolCache.get(path);
        if (!hit || hit.stamp !== stamp) {
          const read = ctx.workspace.readPlanFile(path);
          if ("refused" in read) continue;
          const parsed = parse(read.text);
          hit = { stamp, symbols: getThemeSymbols(ctx.host.uriOf(path), parsed, "", locale, parsed.plan.metadata.titel || undefined) };
          symbolCache.set(path, hit);
          await ctx.host.yieldToEvents();
        }
        out.push(...hit.symbols.filter((s) => query === "" || matchesQuery(s.name, query)));
      }
      return out.slice(0, MAX_WORKSPACE_SYMBOLS);
    }),
  );

  // The code actions' "open the rule's page": clients that do not implement the command themselves
  // (Neovim, Helix) send it here; the server asks the client to open the page.
  connection.onExecuteCommand(
    handler("workspace/executeCommand", null, async (params) => {
      if (params?.command !== OPEN_RULE_DOCS_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${String(params?.command)}`);
      const url = params.arguments?.[0];
      if (typeof url !== "string" || !/^https?:\/\//.test(url)) throw new ResponseError(ErrorCodes.InvalidParams, "the first argument must be the rule page's URL");
      if (caps().window?.showDocument?.support) await connection.window.showDocument({ uri: url, external: true });
      else void connection.window.showInformationMessage(url);
      return null;
    }),
  );
}
