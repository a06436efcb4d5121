/**
 * The language server in Node: the connection over the transport named on the command line
 * (--stdio, --node-ipc, --socket, --pipe), its streams guarded (./server/transport.ts), and the real
 * file system as host. Everything else lives in ./server/ and ./service/.
 */
import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type MessageReader,
  type MessageWriter,
} from "vscode-languageserver/node";
import { nodeHost } from "./node-host.js";
import { startServer as start } from "./server/start.js";
import { BoundedWriter, DEFAULT_QUEUE_LIMIT, WatchedReader } from "./server/transport.js";

export { VERSION } from "./server/start.js";
export { VALIDATED_NOTIFICATION, type ValidatedParams } from "./server/analyses.js";
export type { Settings, InitializationOptions } from "./server/settings.js";
export { PLAN_EXTENSION } from "./server/workspace.js";

/** VEILIGHEIDSPLAN_LS_MAX_QUEUE_MB lowers (or raises) the outgoing queue's limit; tests use a small one. */
function queueLimit(): number {
  const mb = Number(process.env.VEILIGHEIDSPLAN_LS_MAX_QUEUE_MB);
  return Number.isFinite(mb) && mb > 0 ? mb * 1024 * 1024 : DEFAULT_QUEUE_LIMIT;
}

/** Streams for the transport on the command line; undefined for sockets and pipes (the library makes those). */
function guardedStreams(): { reader: MessageReader; writer: MessageWriter } | undefined {
  const args = process.argv;
  let reader: MessageReader;
  let writer: MessageWriter;
  if (args.includes("--node-ipc")) {
    reader = new IPCMessageReader(process);
    writer = new IPCMessageWriter(process);
  } else if (args.includes("--stdio") || !args.some((a) => a.startsWith("--socket") || a.startsWith("--pipe"))) {
    reader = new StreamMessageReader(process.stdin);
    writer = new StreamMessageWriter(process.stdout);
  } else return undefined;
  const say = (line: string) => nodeHost.logFallback(`veiligheidsplan-language-server: ${line}`);
  return {
    reader: new WatchedReader(
      reader,
      (detail) => {
        say(`unreadable message header (${detail}); the stream is out of step, so the server stops. The editor may start it again.`);
        process.exit(1);
      },
      (detail) => say(`ignored a message that is not valid JSON-RPC (${detail})`),
    ),
    writer: new BoundedWriter(
      writer,
      (chars) => {
        say(`the client has not read ${Math.round(chars / 1e6)} MB of answers; the server stops rather than keep growing.`);
        process.exit(1);
      },
      queueLimit(),
    ),
  };
}

/** Starts the server; without a connection, on the command line's transport. */
export function startServer(connection?: Connection): Connection {
  let conn = connection;
  if (!conn) {
    const streams = guardedStreams();
    conn = streams ? createConnection(ProposedFeatures.all, streams.reader, streams.writer) : createConnection(ProposedFeatures.all);
  }
  const running = start(conn, nodeHost, { logTiming: process.env.VEILIGHEIDSPLAN_LS_TIMING === "1" });
  process.on("uncaughtException", (e) => running.logError("unexpected error", e));
  process.on("unhandledRejection", (e) => running.logError("unexpected rejection", e));
  return conn;
}
