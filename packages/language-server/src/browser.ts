/**
 * The language server in a browser web worker (vscode.dev, github.dev): messages through the worker's
 * postMessage, no file system (the editor sends the open documents; config files and predecessors on
 * disk are not read). The web extension starts this file as its worker.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from "vscode-languageserver/browser";
import { memoryHost } from "./server/host.js";
import { startServer } from "./server/start.js";
import { BoundedWriter } from "./server/transport.js";

/** The worker's global scope (typed loosely: the package is compiled with Node's types, not the DOM's). */
const self = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0] & { close(): void };

const host = { ...memoryHost(), logFallback: (line: string) => console.error(line), exit: () => self.close() };
const reader = new BrowserMessageReader(self);
const writer = new BoundedWriter(new BrowserMessageWriter(self), (chars) => {
  console.error(`veiligheidsplan-language-server: the editor has not read ${Math.round(chars / 1e6)} MB of answers; the worker stops.`);
  self.close();
});
startServer(createConnection(ProposedFeatures.all, reader, writer), host);
