#!/usr/bin/env node
/**
 * `veiligheidsplan-language-server --stdio`: the command any LSP editor starts. Without a transport
 * argument it talks over stdio, which is what editors expect.
 */
import type * as Server from "./server.js";

// The server bundle is a separate file (dist/server.js); loading it only when needed keeps
// `--version` and `--help` instant, and the bin and the library share one copy of the code.
const serverModule = "./server.js";
const load = () => import(serverModule) as Promise<typeof Server>;

declare const __VERSION__: string | undefined;

const args = process.argv.slice(2);
if (args.includes("--version") || args.includes("-v")) {
  process.stdout.write(`${typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev"}\n`);
} else if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(
    [
      "veiligheidsplan-language-server — de taalserver voor .veiligheidsplan-bestanden (the language server for .veiligheidsplan files)",
      "",
      "Usage: veiligheidsplan-language-server [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]",
      "",
      "Editors start it themselves; see docs/language-server.md for VS Code, Neovim, Helix, Emacs and others.",
      "",
    ].join("\n"),
  );
} else {
  if (!args.some((a) => a === "--stdio" || a === "--node-ipc" || a.startsWith("--socket") || a.startsWith("--pipe") || a.startsWith("--clientProcessId"))) {
    process.argv.push("--stdio");
  }
  (await load()).startServer();
}
