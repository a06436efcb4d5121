/**
 * Everything the server needs from the platform, behind one small interface: reading files (bounded),
 * listing folders, mapping URIs to paths, and yielding to the event loop. Node gives the real file
 * system (../node-host.ts); a browser worker gives none (../browser.ts); tests give a fake one. The
 * services above it never touch `node:` modules, so they stay testable and run in a web worker.
 */

/** Why a file was not read. */
export type Refusal = "missing" | "notRegular" | "tooLarge" | "outsideWorkspace";

export type ReadResult = { readonly text: string; readonly stamp: string } | { readonly refused: Refusal };

export interface DirEntry {
  readonly name: string;
  readonly isDirectory: boolean;
  readonly isFile: boolean;
}

export interface Host {
  /**
   * The file's text, if it is a regular file of at most `maxBytes` bytes. Must never block on a FIFO
   * or device, and never read more than `maxBytes + 1` bytes.
   */
  readFile(path: string, maxBytes: number): ReadResult;
  /** A cheap fingerprint of the file (size and modification time), to tell whether it changed; undefined if absent. */
  stamp(path: string): string | undefined;
  listDir(dir: string): Promise<readonly DirEntry[]>;
  /** The file path of a `file:` URI; undefined for other schemes (a browser's virtual files). */
  pathOf(uri: string): string | undefined;
  uriOf(path: string): string;
  /** Whether paths are compared without case (Windows). */
  readonly caseInsensitive: boolean;
  /** Lets queued messages be read before long work goes on. */
  yieldToEvents(): Promise<void>;
  /** Where a log line goes when the connection cannot carry it (stderr in Node). */
  logFallback(line: string): void;
  /** Ends the process (Node) or the worker (browser). */
  exit(code: number): void;
}

/** Whether `path` is `root` or inside it. Both are absolute paths with `/` or `\` separators. */
export function isInside(path: string, root: string, caseInsensitive: boolean): boolean {
  const norm = (s: string) => {
    const t = s.replace(/\\/g, "/").replace(/\/+$/, "");
    return caseInsensitive ? t.toLowerCase() : t;
  };
  const p = norm(path);
  const r = norm(root);
  return p === r || p.startsWith(`${r}/`) || r === "";
}

/** A host without files: for a browser worker (documents come from the editor) and for tests. */
export function memoryHost(files: Readonly<Record<string, string>> = {}, reads?: string[]): Host {
  return {
    readFile(path, maxBytes) {
      reads?.push(path);
      const text = files[path];
      if (text === undefined) return { refused: "missing" };
      if (text.length > maxBytes) return { refused: "tooLarge" };
      return { text, stamp: `${text.length}:${hash(text)}` };
    },
    stamp(path) {
      const text = files[path];
      return text === undefined ? undefined : `${text.length}:${hash(text)}`;
    },
    async listDir() {
      return [];
    },
    pathOf(uri) {
      if (!uri.startsWith("file://")) return undefined;
      try {
        return decodeURIComponent(uri.slice("file://".length));
      } catch {
        return undefined;
      }
    },
    uriOf(path) {
      return `file://${path.split("/").map(encodeURIComponent).join("/")}`;
    },
    caseInsensitive: false,
    yieldToEvents: () => new Promise((r) => setTimeout(r, 0)),
    logFallback() {},
    exit() {},
  };
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}
