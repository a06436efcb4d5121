/**
 * Every file the CLI reads goes through here: plans, a predecessor named by `vorig-plan: bestand:`,
 * configuration files, `.veiligheidsplanignore` and standard input. A file is opened without blocking
 * (a FIFO would otherwise wait forever for a writer), checked on the open descriptor (regular files
 * only, so no swap between check and read can slip in a device such as /dev/zero), and read to at most
 * its limit plus one byte, so that a huge or endless file never fills the memory.
 * (The language server reads with the same rules through its own host, packages/language-server.)
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/** Plans and standard input: far above any real plan (the largest published plans are a few MB). */
export const DEFAULT_MAX_FILE_BYTES = 128 * 1024 * 1024;
/** Configuration and ignore files: a few hundred bytes in practice. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

let maxFileBytes = DEFAULT_MAX_FILE_BYTES;

/** The run's limit for plans (`--max-file-size`); worker threads set it from the run's settings. */
export function setMaxFileBytes(bytes: number): void {
  maxFileBytes = bytes;
}

export function getMaxFileBytes(): number {
  return maxFileBytes;
}

/** Why a file was not read. */
export class ReadRefusal extends Error {
  readonly _tag = "ReadRefusal";
  constructor(
    readonly refused: "notRegular" | "directory" | "tooLarge",
    readonly limitBytes: number,
  ) {
    super(refused);
  }
}

export interface BoundedRead {
  readonly bytes: Buffer;
  readonly mtimeMs: number;
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The file's bytes, if it is a regular file of at most `limit` bytes; throws {@link ReadRefusal}
 * otherwise, or the file system's error (ENOENT, EACCES, ELOOP …).
 */
export function readBounded(path: string, limit = maxFileBytes): BoundedRead {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new ReadRefusal("directory", limit);
    if (!st.isFile()) throw new ReadRefusal("notRegular", limit);
    if (st.size > limit) throw new ReadRefusal("tooLarge", limit);
    return { bytes: readAtMost(fd, limit, st.size), mtimeMs: st.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/** Standard input, to at most `limit` bytes (a pipe from /dev/zero is cut off, not swallowed). */
export function readStdinBounded(limit = maxFileBytes): Buffer {
  return readAtMost(0, limit, 64 * 1024);
}

/** Reads to the end or to `limit + 1` bytes, whichever comes first; throws "tooLarge" past the limit. */
function readAtMost(fd: number, limit: number, sizeHint: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let buf = Buffer.allocUnsafe(Math.max(1, Math.min(limit + 1, sizeHint + 1)));
  let filled = 0;
  for (;;) {
    let got: number;
    try {
      got = readSync(fd, buf, filled, buf.length - filled, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        // Standard input in non-blocking mode with no data yet: wait a little, as a blocking read would.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === "EOF") break;
      throw e;
    }
    if (got === 0) break;
    filled += got;
    total += got;
    if (total > limit) throw new ReadRefusal("tooLarge", limit);
    if (filled === buf.length) {
      chunks.push(buf);
      buf = Buffer.allocUnsafe(Math.min(limit + 1 - total, Math.max(64 * 1024, total)) || 1);
      filled = 0;
    }
  }
  chunks.push(buf.subarray(0, filled));
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

export function isReadRefusal(e: unknown): e is ReadRefusal {
  return typeof e === "object" && e !== null && (e as { _tag?: unknown })._tag === "ReadRefusal";
}

/** The limit as a user writes it: "128 MB". */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
