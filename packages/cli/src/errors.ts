/**
 * Failures that end a command with exit code 2: a usage error, a missing or unreadable file, a file
 * that is not a plan, a bad configuration. Each prints as one line that names the file; a stack trace
 * only with `--debug`.
 */
import { visible as visibleLine } from "./formatters/visible.js";

export class CliError extends Error {
  readonly _tag = "CliError";
  constructor(
    message: string,
    /** The file the failure is about, printed first ("plan.veiligheidsplan: bestaat niet"). */
    readonly file?: string,
  ) {
    super(message);
  }

  /** The one line to print. */
  get line(): string {
    // A file name or a YAML detail may hold control characters; the line goes to a terminal or a log.
    return visibleLine(this.file ? `${this.file}: ${this.message}` : this.message);
  }
}

/** Exit codes, as documented in docs/cli.md. */
export const EXIT = { ok: 0, problems: 1, failure: 2, interrupted: 130 } as const;

/** CliError from either bundle (main and engine each have their own copy of this class). */
export function isCliError(e: unknown): e is CliError {
  return typeof e === "object" && e !== null && (e as { _tag?: unknown })._tag === "CliError" && typeof (e as CliError).line === "string";
}
