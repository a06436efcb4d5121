/**
 * Writing files back without ever losing text.
 *
 * - Atomic: the new text goes to a temporary file in the same folder (same file system), is flushed to
 *   disk, and then renamed over the original, so a reader sees the old or the new file, never half.
 * - No lost edits: just before the rename, the file on disk is compared with the bytes that were read
 *   (content and modification time). If someone saved the file in the meantime (an editor, a second
 *   run), the temporary file is removed and the original is left alone; the caller reports it.
 *   What is left is the moment between that comparison and the rename: a few microseconds, not the
 *   seconds that linting takes.
 * - New files (`init`, `--output-file` of a report) are linked into place, which fails instead of
 *   replacing a file that appeared meanwhile.
 *
 * For tests, `VEILIGHEIDSPLAN_PAUSE_BEFORE_WRITE=1` makes the CLI stop after writing the temporary file
 * and before the comparison: it prints `pause-before-write <path>` on stderr and waits for a line on
 * standard input. A test changes the file while the CLI waits, then lets it go on.
 */
import { closeSync, fchmodSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export interface ReadState {
  readonly bytes: Buffer;
  readonly mtimeMs: number;
}

let tempCounter = 0;
/** Unique within this process (pid, counter) and unlikely to collide across processes; "wx" guarantees it. */
function tempPathFor(target: string): string {
  const tag = `${process.pid}.${++tempCounter}.${Math.random().toString(36).slice(2, 8)}`;
  return join(dirname(target), `.${basename(target)}.${tag}.tmp`);
}

function writeTemp(path: string, data: Buffer, mode: number, exactMode = false): void {
  const fd = openSync(path, "wx", mode);
  try {
    // Keep the original's permissions exactly (the umask would otherwise narrow them).
    if (exactMode) fchmodSync(fd, mode);
    let at = 0;
    while (at < data.length) at += writeSync(fd, data, at, data.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

/** Test hook (see above): waits for one line on standard input. */
function pauseForTest(target: string): void {
  if (process.env.VEILIGHEIDSPLAN_PAUSE_BEFORE_WRITE !== "1") return;
  process.stderr.write(`pause-before-write ${target}\n`);
  const buf = Buffer.alloc(1);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, 1, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      return;
    }
    if (n === 0 || buf[0] === 0x0a) return;
  }
}

/**
 * Replaces `target` with `text` if the file still holds what was read. Returns "changed" (and writes
 * nothing) when it no longer does. Throws on a file-system error, leaving no temporary file behind.
 */
export function replaceIfUnchanged(target: string, text: string, read: ReadState): "written" | "changed" {
  const mode = statSync(target).mode & 0o7777;
  const temp = tempPathFor(target);
  try {
    writeTemp(temp, Buffer.from(text, "utf8"), mode, true);
    pauseForTest(target);
    let now: { mtimeMs: number; bytes: Buffer };
    try {
      now = { mtimeMs: statSync(target).mtimeMs, bytes: readFileSync(target) };
    } catch {
      removeQuietly(temp);
      return "changed"; // Deleted or replaced by a folder meanwhile: do not bring it back.
    }
    if (now.mtimeMs !== read.mtimeMs || !now.bytes.equals(read.bytes)) {
      removeQuietly(temp);
      return "changed";
    }
    renameSync(temp, target);
    return "written";
  } catch (e) {
    removeQuietly(temp);
    throw e;
  }
}

/** Creates `target` with `text`; fails with EEXIST rather than replace an existing file. */
export function createNew(target: string, text: string, mode = 0o644): void {
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  try {
    writeTemp(temp, Buffer.from(text, "utf8"), mode);
    try {
      linkSync(temp, target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw e;
      // A file system without hard links: create exclusively, which still never replaces a file.
      const fd = openSync(target, "wx", mode);
      try {
        writeSync(fd, Buffer.from(text, "utf8"));
      } finally {
        closeSync(fd);
      }
    }
  } finally {
    removeQuietly(temp);
  }
}

/**
 * A file written piece by piece into a temporary file beside `target`, which replaces `target` only on
 * `commit` (reports with --output-file, streamed while the run goes on): a reader sees the old or the
 * whole new file, never half. The temporary file is created on the first write.
 */
export class AtomicFile {
  private fd: number | undefined;
  private temp: string | undefined;
  private mode = 0o644;
  private exactMode = false;

  constructor(private readonly target: string) {}

  private open(): number {
    if (this.fd !== undefined) return this.fd;
    mkdirSync(dirname(this.target), { recursive: true });
    try {
      this.mode = statSync(this.target).mode & 0o7777;
      this.exactMode = true;
    } catch {
      // A new file.
    }
    this.temp = tempPathFor(this.target);
    this.fd = openSync(this.temp, "wx", this.mode);
    if (this.exactMode) fchmodSync(this.fd, this.mode);
    return this.fd;
  }

  write(text: string | Uint8Array): void {
    const fd = this.open();
    const data = typeof text === "string" ? Buffer.from(text, "utf8") : text;
    let at = 0;
    while (at < data.length) at += writeSync(fd, data, at, data.length - at);
  }

  commit(): void {
    const fd = this.open();
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
      this.fd = undefined;
    }
    renameSync(this.temp!, this.target);
    this.temp = undefined;
  }

  /** Removes the temporary file; the target stays as it was. */
  abort(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.temp !== undefined) removeQuietly(this.temp);
    this.temp = undefined;
  }
}

/** Writes `target` atomically, replacing it if it exists (also a Word document's bytes). */
export function writeAtomic(target: string, text: string | Uint8Array): void {
  const file = new AtomicFile(target);
  try {
    file.write(text);
    file.commit();
  } catch (e) {
    file.abort();
    throw e;
  }
}
