/**
 * The language service: one pure, editor-agnostic function per LSP request, from a plan (its parsed
 * form from core's `parse`, and where needed its `lint` result) and a position to the LSP result.
 * No Node and no connection here, so that it also runs in a browser worker; the server (../server.ts)
 * only wires these to a connection.
 */
export { planDocument, type PlanDocument } from "./document.js";
export { getDiagnostics, toLspDiagnostic, DIAGNOSTIC_SOURCE, type DiagnosticData, type DiagnosticOptions } from "./diagnostics.js";
export { getHover, columnSum, type HoverOptions } from "./hover.js";
export { getCompletions, registryCitations, COMPLETION_TRIGGER_CHARACTERS, type CompletionOptions } from "./completion.js";
export { getDocumentSymbols, flattenSymbols, getFoldingRanges, type FoldingOptions } from "./symbols.js";
export {
  getDefinition,
  getReferences,
  prepareRename,
  getRenameEdits,
  renameEdits,
  getDocumentLinks,
  workspaceEdit,
  toLspEdits,
  type PrepareRenameResult,
  type WorkspaceEditOptions,
} from "./navigation.js";
export { getCodeActions, disableForLine, disableForFile, fixAllEdits, FIX_ALL_KIND, OPEN_RULE_DOCS_COMMAND, type CodeActionOptions } from "./codeActions.js";
export { getFormattingEdits, getRangeFormattingEdits, formattingEdits, diffEdits, type FormattingOptions } from "./formatting.js";
export { getSemanticTokens, SEMANTIC_TOKENS_LEGEND } from "./semanticTokens.js";
export { getInlayHints, getCodeLenses } from "./budgetSums.js";
export { getThemeSymbols, matchesQuery } from "./workspaceSymbols.js";
