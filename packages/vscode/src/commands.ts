/**
 * The extension's commands: check every plan in the workspace, start a new plan, open a rule's page.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { planTemplate, templateFileName } from "@veiligheidsplan/core/workspace";
import { countProblems } from "./statusBar.js";
import { say, type Locale } from "./texts.js";

export interface ExtensionState {
  readonly client: LanguageClient;
  readonly locale: () => Locale;
  readonly extensionUri: vscode.Uri;
}

const EXCLUDE = "**/{node_modules,.git,dist,out,build,coverage}/**";
const MAX_PLANS = 2000;

/**
 * Opens every plan of the workspace for the language server, which checks an opened document at once
 * and keeps the problems of workspace plans after they close; then sums up and offers the Problems panel.
 */
export async function lintWorkspace(state: ExtensionState): Promise<void> {
  const locale = state.locale();
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(say(locale, "noWorkspace"));
    return;
  }
  if (!state.client.isRunning()) {
    void vscode.window.showErrorMessage(say(locale, "serverNotRunning"));
    return;
  }
  const files = await vscode.workspace.findFiles("**/*.veiligheidsplan", EXCLUDE, MAX_PLANS);
  if (files.length === 0) {
    void vscode.window.showInformationMessage(say(locale, "noPlans"));
    return;
  }
  const checked = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: say(locale, "checking"), cancellable: true },
    async (progress, token) => {
      const done: vscode.Uri[] = [];
      const settled = diagnosticsSettled(files);
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        await vscode.workspace.openTextDocument(uri);
        done.push(uri);
        progress.report({ increment: 100 / files.length, message: say(locale, "progress", done.length, files.length) });
      }
      await settled.wait(token);
      return done;
    },
  );
  let errors = 0;
  let warnings = 0;
  let withProblems = 0;
  for (const uri of checked) {
    const c = countProblems(vscode.languages.getDiagnostics(uri));
    errors += c.errors;
    warnings += c.warnings;
    if (c.errors + c.warnings > 0) withProblems++;
  }
  const message = say(locale, "workspaceResult", checked.length, errors, warnings, withProblems);
  const show = say(locale, "showProblems");
  const choice = errors + warnings > 0 ? await vscode.window.showWarningMessage(message, show) : await vscode.window.showInformationMessage(message);
  if (choice === show) await vscode.commands.executeCommand("workbench.actions.view.problems");
}

/**
 * Resolves once the diagnostics of the given files have stopped changing for a moment (the server
 * publishes one set per file, also an empty one, which VS Code does not always report as a change),
 * or after a time limit, so that the summary counts what the server found.
 */
function diagnosticsSettled(files: readonly vscode.Uri[], quietMs = 600, maxMs = 30_000) {
  const wanted = new Set(files.map((f) => f.toString()));
  let last = Date.now();
  const sub = vscode.languages.onDidChangeDiagnostics((e) => {
    if (e.uris.some((u) => wanted.has(u.toString()))) last = Date.now();
  });
  return {
    async wait(token: vscode.CancellationToken): Promise<void> {
      const start = Date.now();
      try {
        while (!token.isCancellationRequested && Date.now() - start < maxMs && Date.now() - last < quietMs) {
          await new Promise((r) => setTimeout(r, 100));
        }
      } finally {
        sub.dispose();
      }
    },
  };
}

/**
 * A new plan from the same template as `veiligheidsplan init`: asks for the municipality, the title and
 * the first year, and opens it unsaved, named after them in the first workspace folder.
 */
export async function newPlan(state: ExtensionState): Promise<void> {
  const locale = state.locale();
  const thisYear = new Date().getFullYear();
  const gemeente = await vscode.window.showInputBox({ title: "Veiligheidsplan", prompt: say(locale, "askGemeente"), ignoreFocusOut: true });
  if (gemeente === undefined) return;
  const titel = await vscode.window.showInputBox({ title: "Veiligheidsplan", prompt: say(locale, "askTitel"), value: say(locale, "defaultTitel"), ignoreFocusOut: true });
  if (titel === undefined) return;
  const vanText = await vscode.window.showInputBox({
    title: "Veiligheidsplan",
    prompt: say(locale, "askVan"),
    value: String(thisYear + 1),
    ignoreFocusOut: true,
    validateInput: (v) => (/^\s*(19|20|21)\d{2}\s*$/.test(v) ? undefined : say(locale, "badYear")),
  });
  if (vanText === undefined) return;
  const van = Number(vanText.trim());
  const name = gemeente.trim() || "Gemeente";
  // The template's opening comment names the CLI command; here the writer used this command.
  const text = planTemplate({ gemeente: name, titel: titel.trim() || say(locale, "defaultTitel"), van }).replace(
    "Dit plan is gemaakt met 'veiligheidsplan init'.",
    "Dit plan is gemaakt met de opdracht 'Veiligheidsplan: Nieuw plan' in VS Code.",
  );

  // An untitled document with a path: Save then proposes that name in the workspace folder. If that
  // name is already open with unsaved text, a nameless document is used, so nothing is overwritten.
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const fileName = templateFileName(gemeente.trim() || undefined, van);
  const untitled = folder ? vscode.Uri.joinPath(folder, fileName).with({ scheme: "untitled" }) : vscode.Uri.from({ scheme: "untitled", path: fileName });
  let doc = await vscode.workspace.openTextDocument(untitled).then(
    (d) => (d.getText().length === 0 ? d : undefined),
    () => undefined,
  );
  doc ??= await vscode.workspace.openTextDocument({ language: "veiligheidsplan" });
  if (doc.languageId !== "veiligheidsplan") doc = await vscode.languages.setTextDocumentLanguage(doc, "veiligheidsplan");
  const editor = await vscode.window.showTextDocument(doc);
  await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), text));
  // Put the cursor on the first text the writer should replace.
  const first = text.indexOf("Met dit plan");
  if (first >= 0) {
    const pos = editor.document.positionAt(first);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  }
}

/**
 * Opens a rule's page in the browser. The server's quick fix "Open de uitleg van …" passes the URL;
 * from the command palette it takes the rule of the problem under the cursor.
 */
export async function openRuleDocs(state: ExtensionState, url?: unknown): Promise<void> {
  const locale = state.locale();
  let target = typeof url === "string" ? url : undefined;
  if (target === undefined) {
    const editor = vscode.window.activeTextEditor;
    const here = editor
      ? vscode.languages
          .getDiagnostics(editor.document.uri)
          .filter((d) => d.range.contains(editor.selection.active) && typeof d.code === "object" && d.code !== null && d.code.target)
      : [];
    const byRule = new Map<string, vscode.Uri>();
    for (const d of here) {
      const code = d.code as { value: string | number; target: vscode.Uri };
      byRule.set(String(code.value), code.target);
    }
    if (byRule.size === 0) {
      void vscode.window.showInformationMessage(say(locale, "noRuleHere"));
      return;
    }
    let rule = [...byRule.keys()][0]!;
    if (byRule.size > 1) {
      const picked = await vscode.window.showQuickPick([...byRule.keys()], { placeHolder: say(locale, "pickRule") });
      if (!picked) return;
      rule = picked;
    }
    target = byRule.get(rule)!.toString(true);
  }
  // Only web pages: a URL comes from a diagnostic, and a plan's text must not open other schemes.
  if (!/^https?:\/\//i.test(target)) {
    void vscode.window.showWarningMessage(say(locale, "badRuleUrl", target));
    return;
  }
  await vscode.env.openExternal(vscode.Uri.parse(target, true));
}
