/**
 * "Veiligheidsplan: Importeer uit Word/PDF…": picks a .docx, .odt, .pdf, .html, .txt or .md, imports it with
 * core's importer into a new .veiligheidsplan next to it, and opens the original and the new plan side
 * by side. The import report's guesses and what it could not place are shown as problems at their
 * lines in the new plan (source "import"), so the writer can check them one by one.
 */
import { join } from "node:path";
import * as vscode from "vscode";
import type * as ImporterBundle from "./import-main.js";
import type { Locale } from "./texts.js";

const TEXTS = {
  nl: {
    pick: "Importeer als veiligheidsplan",
    documents: "Documenten",
    failed: (file: string, why: string) => `${file} kon niet worden geïmporteerd: ${why}`,
    done: (file: string, checks: number) => `Het plan staat in ${file}. ${checks} punt(en) om te controleren staan bij Problemen.`,
    progress: "Document importeren…",
  },
  en: {
    pick: "Import as a safety plan",
    documents: "Documents",
    failed: (file: string, why: string) => `${file} could not be imported: ${why}`,
    done: (file: string, checks: number) => `The plan is in ${file}. ${checks} point(s) to check are listed under Problems.`,
    progress: "Importing the document…",
  },
} as const;

let bundle: typeof ImporterBundle | undefined;
const importer = () => (bundle ??= require(join(__dirname, "importer.js")) as typeof ImporterBundle);
let reportDiagnostics: vscode.DiagnosticCollection | undefined;

export async function importFromDocument(locale: Locale, uri?: unknown): Promise<void> {
  const t = TEXTS[locale];
  let source = uri instanceof vscode.Uri ? uri : undefined;
  if (!source) {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: t.pick, filters: { [t.documents]: ["docx", "odt", "pdf", "html", "htm", "txt", "md"] } });
    source = picked?.[0];
  }
  if (!source) return;
  const name = source.path.slice(source.path.lastIndexOf("/") + 1);
  let result: Awaited<ReturnType<typeof ImporterBundle.importDocument>>;
  try {
    const bytes = await vscode.workspace.fs.readFile(source);
    result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t.progress }, () => importer().importDocument(bytes, { fileName: name }));
  } catch (e) {
    const why = e instanceof importer().ImportError ? e.localized(locale) : e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(t.failed(name, why));
    return;
  }
  const target = await freeName(vscode.Uri.joinPath(source, "..", `${name.replace(/\.[^.]+$/, "")}.veiligheidsplan`));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  // The original on the left (VS Code opens a PDF or Word file with whatever viewer is installed), the plan beside it.
  await vscode.commands.executeCommand("vscode.open", source, { viewColumn: vscode.ViewColumn.One, preview: false });
  await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  reportDiagnostics ??= vscode.languages.createDiagnosticCollection("veiligheidsplan-import");
  const shown = result.notes.filter((n) => (n.kind === "guessed" || n.kind === "unplaced") && n.line !== undefined);
  reportDiagnostics.set(
    target,
    shown.map((n) => {
      const range = new vscode.Range(n.line!, 0, n.line!, Number.MAX_SAFE_INTEGER);
      const d = new vscode.Diagnostic(range, importer().importMessage(n.messageId, n.data, locale), n.kind === "unplaced" ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information);
      d.source = "import";
      d.code = n.messageId;
      return d;
    }),
  );
  void vscode.window.showInformationMessage(t.done(target.path.slice(target.path.lastIndexOf("/") + 1), shown.length));
}

/** `plan.veiligheidsplan`, or `plan-2.veiligheidsplan` … when it exists: an import never overwrites a plan. */
async function freeName(uri: vscode.Uri): Promise<vscode.Uri> {
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? uri : uri.with({ path: uri.path.replace(/\.veiligheidsplan$/, `-${n}.veiligheidsplan`) });
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch {
      return candidate;
    }
  }
  return uri.with({ path: uri.path.replace(/\.veiligheidsplan$/, `-${Date.now()}.veiligheidsplan`) });
}
