/**
 * `veiligheidsplan import <document> [-o plan.veiligheidsplan]`: a Word, OpenDocument, PDF, Markdown
 * or text document into a plan, with core's importer. The plan goes to the file (or standard output),
 * the import report to standard error as `file:line:column: kind: message` lines (the guesses at their
 * line in the new plan), and in full as JSON with `--report`. A document that cannot be read ends with
 * one line and exit code 2.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Locale } from "@veiligheidsplan/core";
import { importDocument, importMessage, ImportError, type ImportNote } from "@veiligheidsplan/core/import";
import { convertRun } from "../convert-texts.js";
import { CliError, EXIT } from "../errors.js";
import { displayPath, fsErrorText } from "../files.js";
import { readBounded } from "../read-bounded.js";
import { writeAtomic } from "../write.js";
import { err, out } from "./common.js";

export interface ImportArgs {
  readonly file: string;
  readonly output?: string;
  readonly report?: string;
  readonly force?: boolean;
  readonly locale?: Locale;
}

export async function runImport(args: ImportArgs): Promise<number> {
  const { cwd, locale, t, c } = convertRun(args.locale);
  const absolute = resolve(cwd, args.file);
  const display = displayPath(cwd, absolute);
  let bytes: Uint8Array;
  try {
    // Bounded like every file the CLI reads: a regular file only (no FIFO or device), up to --max-file-size.
    bytes = readBounded(absolute).bytes;
  } catch (e) {
    throw new CliError(fsErrorText(e, t), display);
  }
  if (args.output !== undefined && !args.force && existsSync(resolve(cwd, args.output))) throw new CliError(c.exists, args.output);
  let result;
  try {
    result = await importDocument(bytes, { fileName: absolute });
  } catch (e) {
    if (e instanceof ImportError) throw new CliError(e.localized(locale), display);
    throw new CliError(c.readFailed(e instanceof Error ? e.message.split("\n")[0]! : String(e)), display);
  }
  const target = args.output ?? "-";
  if (args.output === undefined) out(result.text);
  else {
    try {
      writeAtomic(resolve(cwd, args.output), result.text);
    } catch (e) {
      throw new CliError(t.writeFailed((e as NodeJS.ErrnoException).code ?? String(e)), args.output);
    }
  }
  const shown = result.notes.filter((n) => n.kind === "recognised" || n.kind === "guessed" || n.kind === "unplaced");
  for (const n of shown) err(noteLine(target, n, locale, c.kind));
  err(c.summary(result.notes.filter((n) => n.kind === "repaired").length, result.notes.filter((n) => n.kind === "dropped").length));
  if (args.report !== undefined) {
    const json = JSON.stringify(
      { source: display, format: result.format, notes: result.notes.map((n) => ({ ...n, message: importMessage(n.messageId, n.data, locale) })) },
      null,
      2,
    );
    writeAtomic(resolve(cwd, args.report), `${json}\n`);
  }
  if (args.output !== undefined) err(c.imported(args.output, shown.filter((n) => n.kind !== "recognised").length));
  return EXIT.ok;
}

function noteLine(file: string, n: ImportNote, locale: Locale, kinds: Record<string, string>): string {
  const where = n.line !== undefined ? `${file}:${n.line + 1}:1: ` : `${file}: `;
  return `${where}${kinds[n.kind]}: ${importMessage(n.messageId, n.data, locale)}`;
}
