/**
 * A plan's progress files for the server: `<plan>.<jaar>.voortgang` (or `<plan>.voortgang`) beside the
 * plan, as the CLI finds them (docs/format.md, "Voortgang"). Read through the host, bounded like a plan;
 * a file that cannot be read is left out (the CLI says why; the editor has no place for it on the plan).
 * Kept per plan while the client reports file changes (until a progress file changes), else for a second,
 * so that a check on every keystroke does not list the folder each time.
 */
import { readVoortgang, type Voortgang } from "@veiligheidsplan/core";
import { dirname } from "@veiligheidsplan/core/internal";
import type { Host } from "./host.js";

export const VOORTGANG_EXTENSION = ".voortgang";

export async function progressBeside(planPath: string, host: Host, maxBytes: number): Promise<Voortgang[]> {
  const dir = dirname(planPath);
  const base = planPath.slice(dir.length).replace(/^[\\/]+/, "");
  const stem = base.replace(/\.veiligheidsplan$/i, "").toLowerCase();
  let entries;
  try {
    entries = await host.listDir(dir);
  } catch {
    return [];
  }
  const names = entries
    .filter((e) => e.isFile)
    .map((e) => e.name)
    .filter((n) => {
      const l = n.toLowerCase();
      return l.endsWith(VOORTGANG_EXTENSION) && (l === stem + VOORTGANG_EXTENSION || (l.startsWith(`${stem}.`) && l.length > stem.length + 1 + VOORTGANG_EXTENSION.length));
    })
    .sort();
  const out: Voortgang[] = [];
  for (const name of names) {
    const r = host.readFile(`${dir.replace(/[\\/]+$/, "")}/${name}`, maxBytes);
    if (!("refused" in r)) out.push(readVoortgang(r.text, name));
  }
  return out;
}

export const isProgressPath = (path: string): boolean => path.toLowerCase().endsWith(VOORTGANG_EXTENSION);

export class ProgressFiles {
  private readonly cache = new Map<string, { at: number; voortgang: Voortgang[] }>();

  constructor(
    private readonly host: Host,
    private readonly maxBytes: number,
    private readonly clock: () => number,
  ) {}

  async beside(planPath: string, watching: boolean): Promise<Voortgang[]> {
    const hit = this.cache.get(planPath);
    const now = this.clock();
    if (hit && (watching || now - hit.at < 1000)) return hit.voortgang;
    const voortgang = await progressBeside(planPath, this.host, this.maxBytes);
    this.cache.set(planPath, { at: now, voortgang });
    return voortgang;
  }

  forget(): void {
    this.cache.clear();
  }
}
