/**
 * The extension in VS Code for the web (vscode.dev, github.dev, code-server's web worker host): the same
 * language server, started as a web worker from dist/web/server.js (the language server's browser build),
 * and the commands that need no file system. The report preview reads configuration from disk and is
 * left out here (its menu entries say `!isWeb`); everything the server offers — checks, hover,
 * completion, fixes, budget sums — works as on the desktop, for the open documents.
 */
import * as vscode from "vscode";
import { LanguageClient, type LanguageClientOptions } from "vscode-languageclient/browser";
import { lintWorkspace, newPlan, openRuleDocs, type ExtensionState } from "../commands.js";
import { PlanStatusBar } from "../statusBar.js";
import { locale, startClient, stopClient } from "../client.js";

const LANGUAGE_ID = "veiligheidsplan";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const clientOptions: LanguageClientOptions = {
    // Any scheme: in the browser the documents come from virtual file systems (vscode-vfs, memfs, …).
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: { configurationSection: "veiligheidsplan" },
    diagnosticCollectionName: LANGUAGE_ID,
  };
  const serverMain = vscode.Uri.joinPath(context.extensionUri, "dist/web/server.js");
  const worker = new Worker(serverMain.toString(true));
  client = new LanguageClient(LANGUAGE_ID, "Veiligheidsplan", worker, clientOptions);

  const state: ExtensionState = { client, locale, extensionUri: context.extensionUri };
  const statusBar = new PlanStatusBar(locale);
  context.subscriptions.push(
    statusBar,
    vscode.commands.registerCommand("veiligheidsplan.lintWorkspace", () => lintWorkspace(state)),
    vscode.commands.registerCommand("veiligheidsplan.newPlan", () => newPlan(state)),
    vscode.commands.registerCommand("veiligheidsplan.openRuleDocs", (url?: unknown) => openRuleDocs(state, url)),
  );
  await startClient(client);
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  await stopClient(c);
}
