/**
 * The message streams, guarded. Outgoing messages wait in a bounded queue: while the client is behind,
 * a newer publishDiagnostics for a document replaces the queued one (the old one is stale anyway),
 * benchmark and log notifications are dropped, and if the queue still grows past its limit (a client
 * that stopped reading but keeps asking) the server logs why and exits rather than eat the machine's
 * memory. An unreadable header leaves the stream out of step for good: the server logs it and exits,
 * so the editor can start a fresh one.
 */
import { type DataCallback, type Disposable, type Message, type MessageReader, type MessageWriter, type PartialMessageInfo } from "vscode-languageserver";

/** What the queue may hold while the client does not read, in (UTF-16) characters of JSON. */
export const DEFAULT_QUEUE_LIMIT = 64 * 1024 * 1024;

const DROPPABLE = new Set(["veiligheidsplan/validated", "window/logMessage", "$/logTrace", "telemetry/event"]);

interface Queued {
  msg: Message;
  size: number;
  resolve: () => void;
  reject: (e: unknown) => void;
}

const methodOf = (m: Message) => (m as { method?: unknown }).method;
const diagnosticsUri = (m: Message) =>
  methodOf(m) === "textDocument/publishDiagnostics" && (m as { id?: unknown }).id === undefined ? ((m as { params?: { uri?: unknown } }).params?.uri as string | undefined) : undefined;

export class BoundedWriter implements MessageWriter {
  private readonly queue: Queued[] = [];
  private queued = 0;
  private writing = false;
  private overflowed = false;

  constructor(
    private readonly inner: MessageWriter,
    private readonly onOverflow: (queuedChars: number) => void,
    private readonly limit = DEFAULT_QUEUE_LIMIT,
  ) {}

  get onError() {
    return this.inner.onError;
  }
  get onClose() {
    return this.inner.onClose;
  }
  /** Characters of JSON waiting (0 while the client keeps up). */
  get backlog(): number {
    return this.queued;
  }

  write(msg: Message): Promise<void> {
    if (this.overflowed) return Promise.resolve();
    if (!this.writing && this.queue.length === 0) return this.send(msg);
    const uri = diagnosticsUri(msg);
    if (uri !== undefined) {
      const older = this.queue.find((q) => diagnosticsUri(q.msg) === uri);
      if (older) {
        const size = JSON.stringify(msg).length;
        this.queued += size - older.size;
        older.msg = msg;
        older.size = size;
        return Promise.resolve();
      }
    }
    if (DROPPABLE.has(String(methodOf(msg))) && this.queued > this.limit / 4) return Promise.resolve();
    const size = JSON.stringify(msg).length;
    this.queued += size;
    if (this.queued > this.limit) {
      this.overflowed = true;
      const total = this.queued;
      for (const q of this.queue.splice(0)) q.resolve();
      this.queued = 0;
      this.onOverflow(total);
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => this.queue.push({ msg, size, resolve, reject }));
  }

  private async send(msg: Message): Promise<void> {
    this.writing = true;
    try {
      await this.inner.write(msg);
    } finally {
      this.writing = false;
      void this.pump();
    }
  }

  private async pump(): Promise<void> {
    if (this.writing) return;
    const next = this.queue.shift();
    if (!next) return;
    this.queued -= next.size;
    try {
      await this.send(next.msg);
      next.resolve();
    } catch (e) {
      next.reject(e);
    }
  }

  end(): void {
    this.inner.end();
  }
  dispose(): void {
    this.inner.dispose();
  }
}

/**
 * The reader, watched: a header without a usable Content-Length cannot be skipped (where the next
 * message starts is unknown), so it is reported to `onBrokenStream`; a body that is not JSON only costs
 * that message.
 */
export class WatchedReader implements MessageReader {
  constructor(
    private readonly inner: MessageReader,
    private readonly onBrokenStream: (detail: string) => void,
    private readonly onBadMessage: (detail: string) => void,
  ) {
    inner.onError((e) => {
      const detail = e instanceof Error ? e.message : String(e);
      if (/header|content-length/i.test(detail)) onBrokenStream(detail.split("\n")[0]!);
      else onBadMessage(detail.split("\n")[0]!);
    });
  }

  get onError() {
    return this.inner.onError;
  }
  get onClose() {
    return this.inner.onClose;
  }
  get onPartialMessage() {
    return this.inner.onPartialMessage as (listener: (e: PartialMessageInfo) => unknown) => Disposable;
  }
  listen(callback: DataCallback): Disposable {
    return this.inner.listen(callback);
  }
  dispose(): void {
    this.inner.dispose();
  }
}
