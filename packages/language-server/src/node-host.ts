/**
 * The host in Node: the real file system, read with bounds. A file is opened without blocking (a FIFO
 * would otherwise hang the server until someone writes to it), checked on the open descriptor (so a
 * swap between check and read cannot slip a device in), and read to at most the size limit.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Host, ReadResult } from "./server/host.js";

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export function readBounded(path: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch {
    return { refused: "missing" };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { refused: "notRegular" };
    if (st.size > maxBytes) return { refused: "tooLarge" };
    // The size can change while reading: read to the limit and one byte more, no further.
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, st.size + 1));
    let n = 0;
    for (;;) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n === buf.length) break;
    }
    if (n > maxBytes) return { refused: "tooLarge" };
    return { text: buf.toString("utf8", 0, n), stamp: `${st.size}:${st.mtimeMs}:${st.ino}` };
  } catch {
    return { refused: "missing" };
  } finally {
    closeSync(fd);
  }
}

export const nodeHost: Host = {
  readFile: readBounded,
  stamp(path) {
    try {
      const st = statSync(path);
      return `${st.size}:${st.mtimeMs}:${st.ino}`;
    } catch {
      return undefined;
    }
  },
  async listDir(dir) {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.map((e) => ({ name: e.name, isDirectory: e.isDirectory(), isFile: e.isFile() }));
  },
  pathOf(uri) {
    if (!uri.startsWith("file:")) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  },
  uriOf: (path) => pathToFileURL(path).href,
  caseInsensitive: process.platform === "win32",
  yieldToEvents: () => new Promise((r) => setImmediate(r)),
  logFallback(line) {
    try {
      process.stderr.write(`${line}\n`);
    } catch {
      // stderr is gone too.
    }
  },
  exit: (code) => process.exit(code),
};
