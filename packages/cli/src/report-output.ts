/**
 * Where `lint` writes its report while the run goes on: standard output, or with `--output-file` a
 * temporary file that replaces the target at the end (see AtomicFile). Each file's piece of the report
 * is written as soon as that file is done and then dropped, so memory stays flat in the number of
 * plans. A format whose first lines are known only at the end (JUnit's totals, `head`) has the rest
 * spooled to a temporary file meanwhile and copied out after its head.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StringDecoder } from "node:string_decoder";
import type { FileReport, ReportWriter } from "./report.js";
import { AtomicFile } from "./write.js";

/** Text is passed on in pieces of about this many characters (fewer system calls than one per file). */
const PIECE = 64 * 1024;

interface Sink {
  write(text: string): void;
}

/** A temporary file that holds the body of a report until its head is known. Exported for its test. */
export class Spool implements Sink {
  private readonly dir = mkdtempSync(join(tmpdir(), "veiligheidsplan-report-"));
  private readonly path = join(this.dir, "body");
  private readonly fd = openSync(this.path, "w+", 0o600);

  /** `piece`: bytes read at a time when drained (smaller in the test, to split characters between pieces). */
  constructor(private readonly piece: number = PIECE) {}

  write(text: string): void {
    // The string itself: a Buffer of our own per piece would live outside V8's heap until collected (see drain).
    const written = writeSync(this.fd, text);
    const bytes = Buffer.byteLength(text, "utf8");
    if (written === bytes) return;
    const data = Buffer.from(text, "utf8");
    let at = written;
    while (at < data.length) at += writeSync(this.fd, data, at, data.length - at);
  }

  /**
   * Hands the spooled text to `to`, in pieces, and removes the file. The pieces are strings, decoded
   * from one reused buffer: a fresh Buffer per piece lives outside V8's heap until a collection finds
   * it, and a 5,000-plan JUnit report (about 240 MB) drained that way raised the run's peak memory from
   * about 110 to 140 MB at its very end. (A string that `to` still holds, as an asynchronous stream
   * does, never changes; the decoder keeps a character split between two pieces whole.)
   */
  drain(to: (text: string) => void): void {
    try {
      const buf = Buffer.alloc(this.piece);
      const decoder = new StringDecoder("utf8");
      let position = 0;
      for (;;) {
        const n = readSync(this.fd, buf, 0, buf.length, position);
        if (n === 0) break;
        position += n;
        to(decoder.write(buf.subarray(0, n)));
      }
      const rest = decoder.end();
      if (rest) to(rest);
    } finally {
      this.discard();
    }
  }

  discard(): void {
    try {
      closeSync(this.fd);
    } catch {
      // Already closed.
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export class ReportOutput {
  private pending = "";
  private readonly file: AtomicFile | undefined;
  private readonly spool: Spool | undefined;
  /** Why the output file could not be written (the run goes on; the caller reports it). */
  private failure: unknown;

  /** `target`: the output file's absolute path, or undefined for standard output. */
  constructor(
    private readonly writer: ReportWriter,
    target: string | undefined,
    private readonly stdout: (text: string) => void,
  ) {
    this.file = target === undefined ? undefined : new AtomicFile(target);
    this.spool = writer.head ? new Spool() : undefined;
    this.append(writer.start());
  }

  /** One linted file's report, in file order. */
  report(report: FileReport): void {
    this.append(this.writer.file(report));
  }

  /** Writes the end (and the head), and puts the output file in place. Returns why writing failed, if it did. */
  finish(): unknown {
    this.append(this.writer.end());
    this.flush();
    if (this.spool) {
      this.emit(this.writer.head!());
      this.spool.drain((text) => this.emit(text));
    }
    if (this.file && this.failure === undefined) {
      try {
        this.file.commit();
      } catch (e) {
        this.failure = e;
      }
    }
    if (this.failure !== undefined) this.file?.abort();
    return this.failure;
  }

  /** After an internal failure: leaves no temporary file behind. */
  abort(): void {
    this.spool?.discard();
    this.file?.abort();
  }

  private append(text: string): void {
    this.pending += text;
    if (this.pending.length >= PIECE) this.flush();
  }

  private flush(): void {
    const text = this.pending;
    this.pending = "";
    if (text === "") return;
    if (this.spool) this.spool.write(text);
    else this.emit(text);
  }

  private emit(text: string): void {
    if (this.file === undefined) {
      this.stdout(text);
      return;
    }
    if (this.failure !== undefined) return;
    try {
      this.file.write(text);
    } catch (e) {
      this.failure = e;
    }
  }
}
