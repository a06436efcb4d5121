/**
 * Loading plans for a command: reading, deciding whether a file is a plan at all, the configuration
 * per plan, and reading other plans that a plan names (`vorig-plan: bestand:`).
 */
import { resolve } from "node:path";
import { type Config, notAPlan, parse, type ParsedPlan, type PlanRefusal } from "@veiligheidsplan/core";
import { normalizePath } from "@veiligheidsplan/core/internal";
import type { ConfigResolver } from "./config.js";
import { CliError } from "./errors.js";
import { decodeText, type SourceFile } from "./files.js";
import { isReadRefusal, readBounded } from "./read-bounded.js";
import type { Texts } from "./texts.js";

/**
 * Whether a file is a plan is core's answer (`notAPlan`), shared with the language server; the CLI
 * refuses anything else (a README, an empty file) with exit code 2 instead of burying it in findings,
 * in its own words, which point to `veiligheidsplan init`.
 */
export function notAPlanReason(parsed: ParsedPlan, t: Texts): string | undefined {
  const why = notAPlan(parsed);
  return why === undefined ? undefined : why === "empty" ? t.emptyPlan : why === "binary" ? t.binary : t.notAPlan;
}

/** What core's `resolvePlan` gets for another plan's path: the plan, why it was not read, or nothing (absent). */
export type OtherPlan = ParsedPlan | PlanRefusal | undefined;

/**
 * Reads another plan (a predecessor) from disk with the same bounds as every plan; a device, a pipe,
 * a huge file or a binary one is refused with the reason, so the finding can say why.
 */
export function readOtherPlan(absolute: string, t: Texts): OtherPlan {
  try {
    return parse(decodeText(readBounded(absolute).bytes, absolute, t));
  } catch (e) {
    if (isReadRefusal(e)) return e.refused === "tooLarge" ? { refused: "tooLarge", limitBytes: e.limitBytes } : { refused: "notRegular" };
    if (e instanceof CliError) return { refused: "notText" };
    return undefined;
  }
}

export interface LoadedPlan {
  readonly source: SourceFile;
  readonly parsed: ParsedPlan;
  readonly config: Config;
  readonly configFiles: readonly string[];
}

/** Parses a source and checks that it is a plan; throws CliError naming the file otherwise. */
export function loadPlan(source: SourceFile, configs: ConfigResolver | undefined, t: Texts, configDir?: string): LoadedPlan {
  const parsed = parse(source.text);
  const reason = notAPlanReason(parsed, t);
  if (reason) throw new CliError(reason, source.display);
  const found = !configs ? { config: {}, files: [] } : configDir !== undefined ? configs.forDir(configDir) : configs.forFile(source.absolute);
  return { source, parsed, config: found.config, configFiles: found.files };
}

/**
 * Finds another plan by the path core asks for (relative to the current folder, or absolute): first
 * among the plans of this run, else from disk. A plan that cannot be read is simply not available;
 * the rule that needs it says so.
 */
export function planResolver(cwd: string, plans: readonly LoadedPlan[], t: Texts): (path: string) => OtherPlan {
  const byPath = new Map<string, ParsedPlan>();
  for (const p of plans) {
    byPath.set(normalizePath(p.source.display), p.parsed);
    byPath.set(p.source.absolute, p.parsed);
  }
  const fromDisk = new Map<string, OtherPlan>();
  return (path) => {
    const hit = byPath.get(normalizePath(path.replace(/\\/g, "/")));
    if (hit) return hit;
    const absolute = resolve(cwd, path);
    const inRun = byPath.get(absolute);
    if (inRun) return inRun;
    if (fromDisk.has(absolute)) return fromDisk.get(absolute);
    const parsed = readOtherPlan(absolute, t);
    fromDisk.set(absolute, parsed);
    return parsed;
  };
}

/** How many parsed plans a {@link PlanLibrary} keeps, and how much text they may hold together. */
export interface PlanLibraryLimits {
  readonly plans: number;
  readonly chars: number;
}

/**
 * Other plans for cross-plan rules while linting plan by plan (`vorig-plan: bestand:`): a plan is read
 * and parsed from disk only when a rule asks for it, and the last few parsed plans are kept (by count
 * and by text size, least recently used first out), so that a run over a thousand plans never holds
 * more than a handful. A plan read from standard input is pinned under its name, so the text given is
 * used rather than the file on disk.
 *
 * The plans a run lints are not kept: a predecessor linted earlier in the run is parsed again when its
 * successor asks (a millisecond or two, once). Kept, every plan lived through the next few plans' minor
 * collections, which copied its whole tree and promoted it to the old generation (this and three
 * getters in core: 281 of 788 MB copied on 1,000 plans, 43 MB once all four were gone; `--trace-gc-nvp`,
 * bench/README.md, eleventh session; test: young-generation.test.ts).
 */
export class PlanLibrary {
  private readonly recent = new Map<string, ParsedPlan>();
  private readonly unreadable = new Map<string, PlanRefusal | undefined>();
  private readonly pinned = new Map<string, ParsedPlan>();
  private chars = 0;

  constructor(
    private readonly cwd: string,
    private readonly t: Texts,
    private readonly limits: PlanLibraryLimits = { plans: 8, chars: 4_000_000 },
  ) {}

  pin(display: string, absolute: string, parsed: ParsedPlan): void {
    this.pinned.set(normalizePath(display), parsed);
    this.pinned.set(absolute, parsed);
  }

  /** A plan read for a rule, kept in case a later plan names it too. */
  private remember(absolute: string, parsed: ParsedPlan): void {
    this.forget(absolute);
    if (parsed.text.length > this.limits.chars || this.limits.plans < 1) return;
    this.recent.set(absolute, parsed);
    this.chars += parsed.text.length;
    for (const [key, old] of this.recent) {
      if (this.recent.size <= this.limits.plans && this.chars <= this.limits.chars) break;
      this.recent.delete(key);
      this.chars -= old.text.length;
    }
  }

  /** After `--fix` rewrote a file: a later plan that names it reads it again, as it is now. */
  forget(absolute: string): void {
    const old = this.recent.get(absolute);
    if (old) {
      this.recent.delete(absolute);
      this.chars -= old.text.length;
    }
    this.unreadable.delete(absolute);
  }

  /** For core's `resolvePlan`: the path relative to the current folder, or absolute. */
  readonly resolve = (path: string): OtherPlan => {
    const pinned = this.pinned.get(normalizePath(path.replace(/\\/g, "/")));
    if (pinned) return pinned;
    const absolute = resolve(this.cwd, path);
    const pinnedAbsolute = this.pinned.get(absolute);
    if (pinnedAbsolute) return pinnedAbsolute;
    const hit = this.recent.get(absolute);
    if (hit) {
      // Most recently used last, so that it is evicted last.
      this.remember(absolute, hit);
      return hit;
    }
    if (this.unreadable.has(absolute)) return this.unreadable.get(absolute);
    const parsed = readOtherPlan(absolute, this.t);
    if (parsed === undefined || "refused" in parsed) {
      // A plan that cannot be read is not available; the rule that needs it says so (and why).
      this.unreadable.set(absolute, parsed);
      return parsed;
    }
    this.remember(absolute, parsed);
    return parsed;
  };

  /** Reads and parses a plan as it is on disk now, keeping nothing (for plans that `--fix` may rewrite meanwhile). */
  readUncached(path: string): OtherPlan {
    return readOtherPlan(resolve(this.cwd, path), this.t);
  }
}
