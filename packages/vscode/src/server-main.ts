/**
 * Entry of the bundled language server (dist/server.js). The extension starts this file with Node;
 * the transport (--stdio, --node-ipc) comes from the command line, as vscode-languageserver reads it.
 * It is built from the language server's sources (tsup.config.ts points the package at them), so the
 * .vsix carries one self-contained file.
 */
import { startServer } from "@veiligheidsplan/language-server";

startServer();
