/**
 * Which files a command works on, and reading them. Arguments may be files, folders or globs; with no
 * argument, every `*.veiligheidsplan` under the current folder. the folders in core's `SKIPPED_FOLDERS`
 * (node_modules, .git, …) are never entered; `.veiligheidsplanignore` in the current folder (gitignore syntax) skips more.
 */
import { readdirSync, statSync, type Dirent } from "node:fs";
import { isUtf8 } from "node:buffer";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import picomatch from "picomatch";
import { IGNORE_FILE, PLAN_EXTENSION, SKIPPED_FOLDERS } from "@veiligheidsplan/core";
import { CliError } from "./errors.js";
import { isReadRefusal, MAX_CONFIG_BYTES, megabytes, readBounded } from "./read-bounded.js";
import { isWriteRefusal } from "./write.js";
import type { Texts } from "./texts.js";

export { IGNORE_FILE, PLAN_EXTENSION };

export interface Target {
  /** As shown to the user: relative to the current folder, with `/`. */
  readonly display: string;
  readonly absolute: string;
  /** Named on the command line (not found by walking a folder). */
  readonly explicit: boolean;
}

/** The path as the user reads it: relative to cwd with forward slashes (absolute when outside cwd on another drive). */
export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  if (rel === "") return ".";
  if (isAbsolute(rel)) return absolute.split(sep).join("/");
  return rel.split(sep).join("/");
}

export class IgnoreRules {
  private readonly ig: Ignore | undefined;
  constructor(
    private readonly cwd: string,
    enabled: boolean,
    t: Texts,
  ) {
    if (!enabled) return;
    const path = join(cwd, IGNORE_FILE);
    let text: string | undefined;
    try {
      text = decodeText(readBounded(path, MAX_CONFIG_BYTES).bytes, IGNORE_FILE, t);
    } catch (e) {
      if (e instanceof CliError) throw e;
      const code = (e as NodeJS.ErrnoException | undefined)?.code;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw new CliError(fsErrorText(e, t), IGNORE_FILE);
    }
    if (text !== undefined) this.ig = ignore().add(text);
  }

  /** Whether `.veiligheidsplanignore` names this path (folders are tested with a trailing slash). */
  ignores(absolute: string, isDirectory = false): boolean {
    if (!this.ig) return false;
    const rel = relative(this.cwd, absolute).split(sep).join("/");
    // The ignore file speaks about paths inside the current folder only.
    if (rel === "" || rel.startsWith("../") || rel === ".." || isAbsolute(rel)) return false;
    return this.ig.ignores(isDirectory ? `${rel}/` : rel);
  }
}

function walk(dir: string, ignoreRules: IgnoreRules, visit: (absolute: string) => void): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // An unreadable folder inside a tree is skipped, as find(1) would report and go on.
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIPPED_FOLDERS.has(e.name) || ignoreRules.ignores(abs, true)) continue;
      walk(abs, ignoreRules, visit);
    } else if (e.isFile() || e.isSymbolicLink()) {
      // A symlinked folder is not followed (no loops); a symlinked file is.
      if (e.isSymbolicLink()) {
        try {
          if (!statSync(abs).isFile()) continue;
        } catch {
          continue;
        }
      }
      if (!ignoreRules.ignores(abs)) visit(abs);
    }
  }
}

export interface CollectResult {
  readonly targets: readonly Target[];
  /** One per argument that named nothing (exit code 2). */
  readonly failures: readonly CliError[];
  /** Files named explicitly but skipped by the ignore file. */
  readonly ignored: readonly string[];
}

/** Expands the command-line arguments into plan files, sorted and without duplicates. */
export function collectTargets(args: readonly string[], cwd: string, ignoreRules: IgnoreRules, t: Texts): CollectResult {
  const found = new Map<string, Target>();
  const failures: CliError[] = [];
  const ignored: string[] = [];
  const add = (absolute: string, explicit: boolean) => {
    if (!found.has(absolute)) found.set(absolute, { display: displayPath(cwd, absolute), absolute, explicit });
  };
  const isPlanFile = (p: string) => p.endsWith(PLAN_EXTENSION);

  if (args.length === 0) {
    walk(cwd, ignoreRules, (abs) => isPlanFile(abs) && add(abs, false));
    if (found.size === 0) failures.push(new CliError(t.noPlans));
  }

  for (const arg of args) {
    const scan = picomatch.scan(arg);
    if (scan.isGlob) {
      const base = resolve(cwd, scan.base || ".");
      const absolutePattern = isAbsolute(arg);
      const pattern = (absolutePattern ? arg : arg.replace(/^\.\//, "")).split(sep).join("/");
      const match = picomatch(pattern, { dot: false });
      let n = 0;
      walk(base, ignoreRules, (abs) => {
        const candidate = absolutePattern ? abs.split(sep).join("/") : displayPath(cwd, abs);
        if (match(candidate)) {
          add(abs, false);
          n++;
        }
      });
      if (n === 0) failures.push(new CliError(t.noMatch(arg)));
      continue;
    }
    const abs = resolve(cwd, arg);
    let isDir = false;
    try {
      const st = statSync(abs);
      isDir = st.isDirectory();
      if (!isDir && !st.isFile()) {
        failures.push(new CliError(t.notAFile, arg));
        continue;
      }
    } catch (e) {
      failures.push(new CliError(fsErrorText(e, t), arg));
      continue;
    }
    if (isDir) {
      let n = 0;
      walk(abs, ignoreRules, (f) => {
        if (isPlanFile(f)) {
          add(f, false);
          n++;
        }
      });
      if (n === 0) failures.push(new CliError(t.noMatch(arg)));
    } else if (ignoreRules.ignores(abs)) {
      ignored.push(displayPath(cwd, abs));
    } else add(abs, true);
  }
  const targets = [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { targets, failures, ignored };
}

export function fsErrorText(e: unknown, t: Texts): string {
  if (isReadRefusal(e)) return e.refused === "tooLarge" ? t.tooLarge(megabytes(e.limitBytes)) : e.refused === "directory" ? t.isFolder : t.notRegular;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return t.notFound;
  if (code === "EISDIR") return t.isFolder;
  return t.unreadable(code ?? (e instanceof Error ? e.message : String(e)));
}

/** Why a file could not be written, as one line: a full disk and a read-only file said plainly. */
export function writeErrorText(e: unknown, t: Texts): string {
  if (isWriteRefusal(e)) return t.readOnly;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOSPC" || code === "EDQUOT") return t.diskFull;
  if (code === "EROFS") return t.readOnly;
  return t.writeFailed(code ?? (e instanceof Error ? e.message : String(e)));
}

export interface SourceFile {
  readonly display: string;
  readonly absolute: string;
  readonly text: string;
  /** The bytes as read, to tell later whether the file changed on disk before writing it back. */
  readonly bytes: Buffer;
  readonly mtimeMs: number;
}

/**
 * Reads a file as a plan's text: strict UTF-8 (a BOM is kept in the text), no NUL bytes. Anything else
 * is refused rather than decoded lossily, so that `--fix` can never write back mangled text.
 */
export function readSource(display: string, absolute: string, t: Texts): SourceFile {
  let bytes: Buffer;
  let mtimeMs: number;
  try {
    ({ bytes, mtimeMs } = readBounded(absolute));
  } catch (e) {
    throw new CliError(fsErrorText(e, t), display);
  }
  return { display, absolute, text: decodeText(bytes, display, t), bytes, mtimeMs };
}

export function decodeText(bytes: Buffer, display: string, t: Texts): string {
  // UTF-16 (Notepad's "Unicode") is text, but not the UTF-8 a plan is kept in: say so, not "binary".
  const utf16 = utf16Order(bytes);
  if (utf16) throw new CliError(t.utf16(utf16), display);
  // A NUL byte never occurs in a text document; it is the usual sign of an image, PDF or Word file.
  if (bytes.indexOf(0) !== -1) throw new CliError(t.binary, display);
  if (!isUtf8(bytes)) throw new CliError(t.notUtf8(firstInvalidUtf8(bytes)), display);
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

/** "little-endian" or "big-endian" when the bytes are UTF-16 text: a UTF-16 BOM, or a NUL in every other byte of ASCII text. */
function utf16Order(b: Uint8Array): string | undefined {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return "little-endian";
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return "big-endian";
  const n = Math.min(b.length & ~1, 4096);
  if (n < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.9 && evenNul === 0) return "little-endian";
  if (evenNul > pairs * 0.9 && oddNul === 0) return "big-endian";
  return undefined;
}

/** Byte offset of the first invalid UTF-8 sequence (only called once a file is known to be invalid). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    let min = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) (n = 2), (min = 0x800);
    else if (c >= 0xf0 && c <= 0xf4) (n = 3), (min = 0x10000);
    else return i;
    let cp = n === 0 ? c : c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (n > 0 && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) return i;
    i += n + 1;
  }
  return b.length;
}
