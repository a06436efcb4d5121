/**
 * Writing files back without ever losing text, and keeping what a user expects of the file.
 *
 * - Atomic: the new text goes to a temporary file in the same folder (same file system), is flushed to
 *   disk, and then renamed over the original, so a reader sees the old or the new file, never half.
 * - The file, not the name: a symbolic link is followed, so the link stays a link and its target is
 *   fixed; the owner, group and permissions are kept (as root the temporary file is given the
 *   original's owner). Where a rename would change what the user has — a file with more than one hard
 *   link (the others would keep the old text), a file whose owner this process cannot give to a new
 *   file, or a folder this process may not write in — the file is written in place instead: the
 *   same checks first, and on failure the old bytes are put back (they fitted before).
 * - Read-only files (no write permission for anyone) are left alone, also for root; the caller says so.
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
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

export interface ReadState {
  readonly bytes: Buffer;
  readonly mtimeMs: number;
}

/** A file the CLI will not write (the caller turns it into a one-line message). */
export class WriteRefusal extends Error {
  readonly _tag = "WriteRefusal";
  constructor(readonly reason: "readOnly") {
    super(reason);
  }
}

export function isWriteRefusal(e: unknown): e is WriteRefusal {
  return typeof e === "object" && e !== null && (e as { _tag?: unknown })._tag === "WriteRefusal";
}

let tempCounter = 0;
/** Unique within this process (pid, counter) and unlikely to collide across processes; "wx" guarantees it. */
function tempPathFor(target: string): string {
  const tag = `${process.pid}.${++tempCounter}.${Math.random().toString(36).slice(2, 8)}`;
  return join(dirname(target), `.${basename(target)}.${tag}.tmp`);
}

/** The original's owner and permissions, for the temporary file that replaces it. */
interface Keep {
  readonly mode: number;
  readonly uid?: number;
  readonly gid?: number;
}

function writeTemp(path: string, data: Buffer, keep: Keep, exactMode = false): void {
  const fd = openSync(path, "wx", keep.mode);
  try {
    if (keep.uid !== undefined && keep.gid !== undefined) fchownSync(fd, keep.uid, keep.gid);
    // Keep the original's permissions exactly (the umask would otherwise narrow them; chown clears set-id bits).
    if (exactMode) fchmodSync(fd, keep.mode);
    writeAll(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, data: Buffer, position = 0): void {
  let at = 0;
  while (at < data.length) at += writeSync(fd, data, at, data.length - at, position + at);
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

/** The file a path names, through symbolic links (a dangling link is left to fail where it is used). */
function realFile(target: string): string {
  try {
    return realpathSync(target);
  } catch {
    return target;
  }
}

/**
 * How a replacement keeps the original's owner: nothing to do when this process owns the file and
 * its group, a chown when it may (root), or undefined when a new file cannot get that owner.
 */
function ownerToKeep(st: Stats): { uid?: number; gid?: number } | undefined {
  const uid = process.getuid?.();
  if (uid === undefined) return {}; // Windows: no owners to keep this way.
  const gid = process.getgid?.();
  if (st.uid === uid && st.gid === gid) return {};
  if (uid === 0) return { uid: st.uid, gid: st.gid };
  if (st.uid === uid && (process.getgroups?.() ?? []).includes(st.gid)) return { uid: st.uid, gid: st.gid };
  return undefined;
}

const isReadOnly = (st: Stats) => (st.mode & 0o222) === 0;

/**
 * Replaces `target` with `text` if the file still holds what was read. Returns "changed" (and writes
 * nothing) when it no longer does. Throws {@link WriteRefusal} for a read-only file, or the file
 * system's error (ENOSPC, EACCES …), leaving the file as it was and no temporary file behind.
 */
export function replaceIfUnchanged(target: string, text: string, read: ReadState): "written" | "changed" {
  const real = realFile(target);
  const st = statSync(real);
  if (isReadOnly(st)) throw new WriteRefusal("readOnly");
  const data = Buffer.from(text, "utf8");
  const owner = ownerToKeep(st);
  // A rename would split hard links, or give the file this process's owner.
  if (st.nlink > 1 || owner === undefined) return writeInPlace(real, data, read);
  const temp = tempPathFor(real);
  try {
    writeTemp(temp, data, { mode: st.mode & 0o7777, ...owner }, true);
  } catch (e) {
    removeQuietly(temp);
    const code = (e as NodeJS.ErrnoException).code;
    // A folder this process may not write in, around a file it may write: write the file itself.
    if (code === "EACCES" || code === "EPERM") return writeInPlace(real, data, read);
    throw e;
  }
  try {
    pauseForTest(target);
    let now: { mtimeMs: number; bytes: Buffer };
    try {
      now = { mtimeMs: statSync(real).mtimeMs, bytes: readFileSync(real) };
    } catch {
      removeQuietly(temp);
      return "changed"; // Deleted or replaced by a folder meanwhile: do not bring it back.
    }
    if (now.mtimeMs !== read.mtimeMs || !now.bytes.equals(read.bytes)) {
      removeQuietly(temp);
      return "changed";
    }
    renameSync(temp, real);
    return "written";
  } catch (e) {
    removeQuietly(temp);
    throw e;
  }
}

/**
 * Writes the new bytes into the file itself (same inode: hard links, owner, permissions, ACLs stay).
 * Not atomic, so it is the second choice: if the write fails (a full disk), the old bytes go back.
 */
function writeInPlace(real: string, data: Buffer, read: ReadState): "written" | "changed" {
  const fd = openSync(real, "r+");
  try {
    pauseForTest(real);
    const st = fstatSync(fd);
    const now = Buffer.alloc(st.size);
    let n = 0;
    while (n < now.length) {
      const got = readSync(fd, now, n, now.length - n, n);
      if (got === 0) break;
      n += got;
    }
    if (st.mtimeMs !== read.mtimeMs || n !== now.length || !now.equals(read.bytes)) return "changed";
    try {
      writeAll(fd, data);
      ftruncateSync(fd, data.length);
      fsyncSync(fd);
    } catch (e) {
      try {
        writeAll(fd, read.bytes);
        ftruncateSync(fd, read.bytes.length);
        fsyncSync(fd);
      } catch {
        // The original bytes fitted before; if even they do not, nothing more can be done here.
      }
      throw e;
    }
    return "written";
  } finally {
    closeSync(fd);
  }
}

/** Creates `target` with `text`; fails with EEXIST rather than replace an existing file. */
export function createNew(target: string, text: string, mode = 0o644): void {
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  try {
    writeTemp(temp, Buffer.from(text, "utf8"), { mode });
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
 * whole new file, never half. The temporary file is created on the first write. An existing target is
 * followed through a symbolic link and keeps its permissions and (as root) its owner; a read-only one
 * is refused.
 */
export class AtomicFile {
  private fd: number | undefined;
  private temp: string | undefined;
  private real: string | undefined;

  constructor(private readonly target: string) {}

  private open(): number {
    if (this.fd !== undefined) return this.fd;
    mkdirSync(dirname(this.target), { recursive: true });
    const real = realFile(this.target);
    let st: Stats | undefined;
    try {
      st = statSync(real);
    } catch {
      // A new file.
    }
    if (st && isReadOnly(st)) throw new WriteRefusal("readOnly");
    const owner = st ? (ownerToKeep(st) ?? {}) : {};
    const mode = st ? st.mode & 0o7777 : 0o644;
    this.real = real;
    this.temp = tempPathFor(real);
    this.fd = openSync(this.temp, "wx", mode);
    if (owner.uid !== undefined && owner.gid !== undefined) fchownSync(this.fd, owner.uid, owner.gid);
    if (st) fchmodSync(this.fd, mode);
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
    renameSync(this.temp!, this.real!);
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
