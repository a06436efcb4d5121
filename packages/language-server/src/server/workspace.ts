/**
 * The workspace as the server sees it: its folders, the plans in them that are not open, the config
 * files that apply to a plan, and the plans a plan reads as its predecessor (`vorig-plan: bestand:`).
 *
 * Files are read through the host, bounded (regular files only, a size limit), and only inside the
 * workspace folders (or, without folders, inside the plan's own folder): a predecessor elsewhere is
 * not read, and the plan says so (see ./analyses.ts). A predecessor is parsed once per version of its
 * file, not on every keystroke in the plan that names it.
 */
import { ConfigError, findConfig, isConfigFile, parse, PLAN_EXTENSION, SKIPPED_FOLDERS, type FoundConfig, type ParsedPlan, type Voortgang } from "@veiligheidsplan/core";
import { dirname } from "@veiligheidsplan/core/internal";
import { isInside, type Host, type Refusal } from "./host.js";
import { isProgressPath, ProgressFiles } from "./voortgang.js";

export { PLAN_EXTENSION };
const MAX_WORKSPACE_PLANS = 5000;

export const isPlanPath = (p: string) => p.toLowerCase().endsWith(PLAN_EXTENSION);

export interface ConfigLookup {
  readonly found?: FoundConfig;
  readonly error?: ConfigError;
}

/** A predecessor read for a plan: its parsed form, or why it was not read. */
export type PlanRead = { readonly parsed: ParsedPlan } | { readonly refused: Refusal };

export class Workspace {
  folders: string[] = [];
  /** Plans on disk in the folders (validated from their files while not open). */
  readonly plans = new Set<string>();
  /** Which plans (by path) each validated plan read as predecessor, to re-check it when one changes. */
  readonly dependencies = new Map<string, Set<string>>();
  /** Whether the client reports changes of plans and configs (then caches live until it says so). */
  watchingFiles = false;
  private readonly configs = new Map<string, ConfigLookup & { at: number }>();
  private readonly predecessors = new Map<string, { stamp: string; parsed: ParsedPlan }>();

  constructor(
    private readonly host: Host,
    private readonly maxFileBytes: number,
    /** The parsed form of an open document at `path`, if one is open (it wins over the disk). */
    private readonly openPlan: (path: string) => ParsedPlan | undefined,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  samePath(a: string, b: string): boolean {
    return this.host.caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
  }

  inWorkspace(path: string): boolean {
    return this.folders.some((f) => isInside(path, f, this.host.caseInsensitive));
  }

  /** The folders a plan may read from: the workspace, or without one the plan's own folder. */
  private mayRead(path: string, forPlan: string | undefined): boolean {
    if (this.folders.length > 0) return this.inWorkspace(path);
    return forPlan !== undefined && isInside(path, dirname(forPlan), this.host.caseInsensitive);
  }

  /** Reads a predecessor of `forPlan`: the open document if there is one, else the file (cached by its stamp). */
  readPredecessor(path: string, forPlan: string | undefined): PlanRead {
    if (forPlan) {
      let deps = this.dependencies.get(forPlan);
      if (!deps) this.dependencies.set(forPlan, (deps = new Set()));
      deps.add(path);
    }
    const open = this.openPlan(path);
    if (open) return { parsed: open };
    if (!this.mayRead(path, forPlan)) return { refused: "outsideWorkspace" };
    const stamp = this.host.stamp(path);
    const cached = this.predecessors.get(path);
    if (cached && stamp !== undefined && cached.stamp === stamp) return { parsed: cached.parsed };
    const r = this.host.readFile(path, this.maxFileBytes);
    if ("refused" in r) {
      this.predecessors.delete(path);
      return r;
    }
    const parsed = parse(r.text);
    this.predecessors.set(path, { stamp: r.stamp, parsed });
    return { parsed };
  }

  /** A plan's own file (a workspace plan that is not open). */
  readPlanFile(path: string): { text: string } | { refused: Refusal } {
    const r = this.host.readFile(path, this.maxFileBytes);
    return "refused" in r ? r : { text: r.text };
  }

  /** The configs that apply to plans in `dir`; cached until a watched config changes (or for a second without watching). */
  configFor(dir: string): ConfigLookup {
    const hit = this.configs.get(dir);
    const now = this.clock();
    if (hit && (this.watchingFiles || now - hit.at < 1000)) return hit;
    const host = this.host;
    const max = this.maxFileBytes;
    let entry: ConfigLookup & { at: number };
    try {
      const found = findConfig(dir, {
        readFile(path) {
          const r = host.readFile(path, max);
          if (!("refused" in r)) return r.text;
          if (r.refused === "missing") return undefined;
          throw new ConfigError(path, r.refused === "tooLarge" ? `larger than ${max} bytes` : "not a regular file");
        },
      });
      entry = { at: now, found };
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      entry = { at: now, error: e };
    }
    this.configs.set(dir, entry);
    return entry;
  }

  private progress: ProgressFiles | undefined;

  /** The progress files beside a plan (`<plan>.<jaar>.voortgang`), cached like the configs. */
  progressBeside(planPath: string): Promise<Voortgang[]> {
    this.progress ??= new ProgressFiles(this.host, this.maxFileBytes, this.clock);
    return this.progress.beside(planPath, this.watchingFiles);
  }

  /** A file changed on disk: forget what was cached of it. */
  fileChanged(path: string): void {
    this.predecessors.delete(path);
    if (isProgressPath(path)) this.progress?.forget();
    if (isPlanPath(path)) this.scanned = undefined;
    if (isConfigFile(path)) this.configs.clear();
  }

  forgetConfigs(): void {
    this.configs.clear();
  }

  /** Plans (by path) that read `path` as their predecessor. */
  dependentsOf(path: string): string[] {
    const out: string[] = [];
    for (const [plan, deps] of this.dependencies) {
      if (this.samePath(plan, path)) continue;
      for (const d of deps) if (this.samePath(d, path)) out.push(plan);
    }
    return out;
  }

  /** The plans under `root`, breadth first, skipping build and tool folders. */
  async scan(root: string): Promise<string[]> {
    const found: string[] = [];
    const queue = [root];
    const join = (dir: string, name: string) => `${dir.replace(/[\\/]+$/, "")}/${name}`;
    while (queue.length > 0 && found.length < MAX_WORKSPACE_PLANS) {
      const dir = queue.shift()!;
      let entries;
      try {
        entries = await this.host.listDir(dir);
      } catch {
        continue;
      }
      for (const e of entries) {
        if (e.isDirectory) {
          if (!SKIPPED_FOLDERS.has(e.name) && !e.name.startsWith(".")) queue.push(join(dir, e.name));
        } else if (e.isFile && isPlanPath(e.name)) found.push(join(dir, e.name));
      }
    }
    return found;
  }

  /** The plans in the folders: those validated, or (when the workspace is not validated) a scan, kept until the folders change. */
  async knownPlans(): Promise<Iterable<string>> {
    if (this.plans.size > 0) return this.plans;
    if (!this.scanned) {
      const found: string[] = [];
      for (const f of this.folders) found.push(...(await this.scan(f)));
      this.scanned = found;
    }
    return this.scanned;
  }
  private scanned: string[] | undefined;

  addFolders(roots: readonly string[]): void {
    this.folders.push(...roots);
    this.scanned = undefined;
  }

  removeFolder(root: string): string[] {
    this.scanned = undefined;
    this.folders = this.folders.filter((w) => w !== root);
    const gone = [...this.plans].filter((p) => isInside(p, root, this.host.caseInsensitive));
    for (const p of gone) this.plans.delete(p);
    return gone;
  }
}
