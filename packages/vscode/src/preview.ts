/**
 * The report preview: core's HTML report of the plan in a webview beside the editor, following the
 * text as it is typed. The extension renders it itself (core's lint and renderReport on the document's
 * text, with the settings and the plan's configuration file), so the preview needs neither the
 * language server nor a saved file. Core comes from its own bundle, loaded when the first preview opens. Updates are debounced and sent to the page as a message, so the
 * reader keeps their place instead of jumping back to the top on every keystroke.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import * as vscode from "vscode";
import type { Config, LintOptions, RuleSetting, Voortgang } from "@veiligheidsplan/core";
import { bodyOf, nonce, withPlaceKeeper } from "./previewHtml.js";
import type * as ReportBundle from "./report-main.js";
import type { Locale } from "./texts.js";

let bundle: typeof ReportBundle | undefined;
/** Core, from dist/report.js beside this bundle, loaded the first time a preview opens. */
function core(): typeof ReportBundle {
  // A path built at run time, so that the bundler leaves this require alone.
  return (bundle ??= require(join(__dirname, "report.js")) as typeof ReportBundle);
}

const VIEW_TYPE = "veiligheidsplan.report";
/** Long enough to skip the keystrokes of a word, short enough to feel live. */
const DEBOUNCE_MS = 300;

const TITLE: Record<Locale, (name: string) => string> = { nl: (n) => `Rapport: ${n}`, en: (n) => `Report: ${n}` };

/** One preview per plan; asking again for the same plan brings its preview to the front. */
export class ReportPreviews implements vscode.Disposable {
  private readonly open = new Map<string, ReportPreview>();

  constructor(private readonly languageId: string) {}

  /** Opens the preview of `document` (default: the active editor's plan) beside it. */
  show(document: vscode.TextDocument | undefined = vscode.window.activeTextEditor?.document): void {
    if (!document || document.languageId !== this.languageId) return;
    const key = document.uri.toString();
    const existing = this.open.get(key);
    if (existing) {
      existing.reveal();
      return;
    }
    this.open.set(key, new ReportPreview(document, () => this.open.delete(key)));
  }

  dispose(): void {
    for (const p of [...this.open.values()]) p.dispose();
    this.open.clear();
  }
}

class ReportPreview implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The text changed while the preview was hidden: render when it shows again. */
  private stale = false;
  private disposed = false;

  constructor(
    private readonly document: vscode.TextDocument,
    private readonly onDispose: () => void,
  ) {
    const { locale } = settingsFor(document.uri);
    this.panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      TITLE[locale](document.uri.path.split("/").pop() || document.uri.path),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      // The report itself has no scripts; the one script of ours keeps the reader's place (previewHtml.ts).
      { enableScripts: true, localResourceRoots: [] },
    );
    this.subscriptions.push(
      this.panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration("veiligheidsplan", this.document.uri)) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) this.panel.dispose();
      }),
      this.panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible && this.stale) this.load();
      }),
    );
    this.load();
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), DEBOUNCE_MS);
  }

  private update(): void {
    this.timer = undefined;
    if (this.disposed) return;
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    const html = renderPlan(this.document);
    void this.panel.webview.postMessage({ type: "update", body: bodyOf(html) }).then((delivered) => {
      if (!delivered && !this.disposed) this.load(html);
    });
  }

  /** Loads the whole page (first time, after being hidden, or when a message could not be delivered). */
  private load(html = renderPlan(this.document)): void {
    this.stale = false;
    this.panel.webview.html = withPlaceKeeper(html, nonce());
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.panel.dispose();
    this.onDispose();
  }
}

/** The report of the document as it is now, with the locale, rules and "today" the settings give. */
export function renderPlan(document: vscode.TextDocument): string {
  const { locale, config, today } = settingsFor(document.uri);
  const options: LintOptions = {
    locale,
    ...(today ? { today } : {}),
    ...(document.uri.scheme === "file" ? { filePath: document.uri.fsPath } : {}),
  };
  const text = document.getText();
  const { lint, renderReport } = core();
  // The progress files beside the plan, as the CLI takes them: the kwaliteitstoets shows each goal's course.
  const voortgang = document.uri.scheme === "file" ? progressBeside(document.uri.fsPath) : [];
  const withProgress = voortgang.length > 0 ? { voortgang } : {};
  try {
    return renderReport(lint(text, { ...options, config, ...withProgress }), { locale, ...withProgress });
  } catch {
    // Invalid rule options in a configuration (the Problems panel says which): the report with the defaults.
    return renderReport(lint(text, { ...options, ...withProgress }), { locale, ...withProgress });
  }
}

/** `<plan>.<jaar>.voortgang` (and `<plan>.voortgang`) beside the plan, in name order (docs/format.md, "Voortgang"). */
function progressBeside(planPath: string): Voortgang[] {
  const dir = dirname(planPath);
  const stem = basename(planPath).replace(/\.veiligheidsplan$/i, "").toLowerCase();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => {
      const l = n.toLowerCase();
      return l.endsWith(".voortgang") && (l === `${stem}.voortgang` || (l.startsWith(`${stem}.`) && l.length > stem.length + ".voortgang".length + 1));
    })
    .sort()
    .flatMap((n) => {
      const t = readIfThere(join(dir, n));
      return t === undefined ? [] : [core().readVoortgang(t, n)];
    });
}

/**
 * The plan's configuration file where there is one, over the editor's settings (as in the language
 * server: the file in the plan's folder wins).
 */
function settingsFor(uri: vscode.Uri): { locale: Locale; config: Config; today?: string } {
  const settings = vscode.workspace.getConfiguration("veiligheidsplan", uri);
  let fromFile: Config = {};
  if (uri.scheme === "file") {
    try {
      fromFile = core().findConfig(dirname(uri.fsPath), { readFile: readIfThere }).config;
    } catch {
      // A broken configuration file is reported in the Problems panel; the preview uses the settings.
    }
  }
  const locale: Locale = (fromFile.locale ?? settings.get<string>("locale")) === "en" ? "en" : "nl";
  const rules = { ...(settings.get<Record<string, RuleSetting>>("rules") ?? {}), ...(fromFile.rules ?? {}) };
  const today = settings.get<string>("today") || undefined;
  return { locale, config: { ...fromFile, rules }, ...(today ? { today } : {}) };
}

function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}
