/**
 * The VS Code extension: starts the bundled language server (dist/server.js) for .veiligheidsplan files,
 * and adds what only the editor can do: commands, the status bar item and opening a rule's page.
 * All checking, hovers and fixes live in the server; this file stays thin.
 */
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { lintWorkspace, newPlan, openRuleDocs, type ExtensionState } from "./commands.js";
import { importFromDocument } from "./importCommand.js";
import { PlanStatusBar } from "./statusBar.js";
import { ReportPreviews } from "./preview.js";
import { locale, startClient, stopClient } from "./client.js";
import { CONFIG_FILES_GLOB, PLAN_EXTENSION } from "@veiligheidsplan/core/workspace";

export const LANGUAGE_ID = "veiligheidsplan";
/** The port "Attach to Server" in .vscode/launch.json connects to. */
export const SERVER_INSPECT_PORT = 6009;

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    // Node IPC: the server's stdout stays free for logging, and VS Code's own Node runs it.
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", `--inspect=${SERVER_INSPECT_PORT}`] } },
  };
  const clientOptions: LanguageClientOptions = {
    // The server reads plans and configs from disk, so only real files and new unsaved plans.
    documentSelector: [
      { scheme: "file", language: LANGUAGE_ID },
      { scheme: "untitled", language: LANGUAGE_ID },
    ],
    synchronize: {
      configurationSection: "veiligheidsplan",
      // Progress files (plan.<jaar>.voortgang) too: a new year's figures change the goals' status.
      fileEvents: [vscode.workspace.createFileSystemWatcher(`**/*${PLAN_EXTENSION}`), vscode.workspace.createFileSystemWatcher(CONFIG_FILES_GLOB), vscode.workspace.createFileSystemWatcher("**/*.voortgang")],
    },
    diagnosticCollectionName: LANGUAGE_ID,
  };
  client = new LanguageClient(LANGUAGE_ID, "Veiligheidsplan", serverOptions, clientOptions);

  const state: ExtensionState = { client, locale, extensionUri: context.extensionUri };
  const statusBar = new PlanStatusBar(locale);
  const previews = new ReportPreviews(LANGUAGE_ID);
  context.subscriptions.push(
    statusBar,
    vscode.commands.registerCommand("veiligheidsplan.lintWorkspace", () => lintWorkspace(state)),
    vscode.commands.registerCommand("veiligheidsplan.newPlan", () => newPlan(state)),
    vscode.commands.registerCommand("veiligheidsplan.importDocument", (uri?: unknown) => importFromDocument(locale(), uri)),
    vscode.commands.registerCommand("veiligheidsplan.openRuleDocs", (url?: unknown) => openRuleDocs(state, url)),
    previews,
    vscode.commands.registerCommand("veiligheidsplan.showReport", (uri?: unknown) => showReport(previews, uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("veiligheidsplan.locale")) statusBar.update();
    }),
  );

  await startClient(client);
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  await stopClient(c);
}

/** The report preview of the plan the command was given (from the editor's title bar) or of the active editor. */
async function showReport(previews: ReportPreviews, uri: unknown): Promise<void> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  previews.show(document);
}
