/**
 * A status bar item for the active plan only: how many errors and warnings it has; a click opens the
 * Problems panel. Hidden for other files, so it never takes room where it does not help.
 */
import * as vscode from "vscode";
import { say, type Locale } from "./texts.js";

export class PlanStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("veiligheidsplan.problems", vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly locale: () => Locale) {
    this.item.name = "Veiligheidsplan";
    this.item.command = "workbench.actions.view.problems";
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
    ];
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== "veiligheidsplan") {
      this.item.hide();
      return;
    }
    const { errors, warnings } = countProblems(vscode.languages.getDiagnostics(doc.uri));
    const locale = this.locale();
    this.item.text = errors + warnings === 0 ? `$(check) ${say(locale, "statusClean")}` : `$(warning) ${say(locale, "statusProblems", errors, warnings)}`;
    this.item.tooltip = say(locale, "statusTooltip");
    this.item.backgroundColor = errors > 0 ? new vscode.ThemeColor("statusBarItem.errorBackground") : undefined;
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}

export function countProblems(diagnostics: readonly vscode.Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
  }
  return { errors, warnings };
}
