/**
 * What the desktop (extension.ts) and the web entry (web/extension.ts) share around their language
 * client: starting it so that the commands keep working if it cannot start, stopping it, and the
 * locale for the extension's own texts. Only `vscode` is imported, so the web bundle can take it.
 */
import * as vscode from "vscode";
import type { Locale } from "./texts.js";

/** The part of vscode-languageclient's client (node or browser) used here. */
interface Client {
  start(): Promise<void>;
  stop(): Promise<void>;
  isRunning(): boolean;
  error(message: string, data?: unknown, showNotification?: boolean | "force"): void;
}

/** Commands and the grammar work even if the server cannot start; the output channel then says why. */
export async function startClient(client: Client): Promise<void> {
  try {
    await client.start();
  } catch (e) {
    client.error("De taalserver kon niet starten / the language server could not start", e, "force");
  }
}

export async function stopClient(client: Client | undefined): Promise<void> {
  if (client?.isRunning()) await client.stop();
}

/** The locale for the extension's own texts, from the setting of the active plan's folder. */
export function locale(): Locale {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return vscode.workspace.getConfiguration("veiligheidsplan", uri).get<string>("locale") === "en" ? "en" : "nl";
}
