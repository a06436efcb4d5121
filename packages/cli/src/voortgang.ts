/**
 * The progress files (`.voortgang`) that go with a plan, for `lint` and `report`: either the files
 * named with `--voortgang` (for every plan of the run), or, without that flag, the files beside the plan
 * named after it — `<plan>.<jaar>.voortgang` or `<plan>.voortgang` (docs/format.md, "Voortgang").
 * What cannot be read in such a file is said in one line naming the file and line; the run goes on.
 */
import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { type ParsedPlan, readDoelen, readVoortgang, type Voortgang } from "@veiligheidsplan/core";
import { indicatorKey } from "@veiligheidsplan/core/internal";
import { CliError } from "./errors.js";
import { displayPath, readSource } from "./files.js";
import type { Texts } from "./texts.js";

export const VOORTGANG_EXTENSION = ".voortgang";

/** The progress files in a folder (their names only); a run asks once per folder, not once per plan. */
function progressFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => n.toLowerCase().endsWith(VOORTGANG_EXTENSION));
  } catch {
    return [];
  }
}

/** The progress files beside a plan, named after it, in name order (so later years come later). */
export function progressFilesBeside(planAbsolute: string, listFolder: (dir: string) => readonly string[] = progressFilesIn): string[] {
  const dir = dirname(planAbsolute);
  const stem = basename(planAbsolute).replace(/\.veiligheidsplan$/i, "");
  const lower = stem.toLowerCase();
  return listFolder(dir)
    .filter((n) => {
      const l = n.toLowerCase();
      return l === lower + VOORTGANG_EXTENSION || (l.startsWith(`${lower}.`) && l.length > lower.length + 1 + VOORTGANG_EXTENSION.length);
    })
    .sort()
    .map((n) => join(dir, n));
}

export interface ReadProgress {
  readonly voortgang: Voortgang[];
  /** One line per problem: "file:line: what". */
  readonly notices: string[];
}

/** Reads progress files (each once per run), and tells what in them cannot be used. */
export class ProgressReader {
  private readonly cache = new Map<string, { voortgang: Voortgang; notices: string[] }>();
  /** Per folder, its progress files: listing a folder of 5,000 plans once per plan would be quadratic. */
  private readonly folders = new Map<string, string[]>();
  private readonly listFolder = (dir: string): string[] => {
    let names = this.folders.get(dir);
    if (!names) this.folders.set(dir, (names = progressFilesIn(dir)));
    return names;
  };

  constructor(
    private readonly cwd: string,
    private readonly t: Texts,
  ) {}

  /** A file that does not exist, is too large or is not text is a failure (exit code 2), like a plan's. */
  read(absolute: string): { voortgang: Voortgang; notices: string[] } {
    let hit = this.cache.get(absolute);
    if (hit) return hit;
    const display = displayPath(this.cwd, absolute);
    if (!absolute.toLowerCase().endsWith(VOORTGANG_EXTENSION)) throw new CliError(this.t.voortgangNotAFile, display);
    const source = readSource(display, absolute, this.t);
    const voortgang = readVoortgang(source.text, display);
    const notices = voortgang.problemen.map((p) => {
      const what = p.wat === "geenJaar" ? this.t.voortgangNoYear : p.wat === "geenTabel" ? this.t.voortgangNoTable : this.t.voortgangUnreadable(p.tekst ?? "");
      return `${display}:${p.regel + 1}: ${what}`;
    });
    hit = { voortgang, notices };
    this.cache.set(absolute, hit);
    return hit;
  }

  /** The files for one plan: the named ones, else those beside it. Notices about a shared file are given once per run. */
  forPlan(planAbsolute: string | undefined, named: readonly string[] | undefined, seen: Set<string>): ReadProgress {
    const files = named ?? (planAbsolute ? progressFilesBeside(planAbsolute, this.listFolder) : []);
    const voortgang: Voortgang[] = [];
    const notices: string[] = [];
    for (const f of files) {
      const r = this.read(f);
      voortgang.push(r.voortgang);
      if (!seen.has(f)) {
        seen.add(f);
        notices.push(...r.notices);
      }
    }
    return { voortgang, notices };
  }
}

/** Rows whose indicator matches no goal of the plan: a typo there would silently drop a value. */
export function unmatchedRows(parsed: ParsedPlan, voortgang: readonly Voortgang[], planDisplay: string, t: Texts): string[] {
  if (voortgang.length === 0) return [];
  const keys = new Set(readDoelen(parsed).flatMap((s) => s.doelen.map((d) => indicatorKey(d.indicator))));
  if (keys.size === 0) return [];
  const out: string[] = [];
  for (const v of voortgang) {
    for (const r of v.realisaties) {
      if (keys.has(indicatorKey(r.indicator))) continue;
      out.push(`${r.bestand ?? v.bestand ?? ""}:${r.regel + 1}: ${t.voortgangUnknownIndicator(r.indicator, planDisplay)}`);
    }
  }
  return out;
}
