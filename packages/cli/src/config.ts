/**
 * Configuration for each plan: found from the plan's folder upward through core's `findConfig` with
 * Node's file system, or the one file named by `--config`; `--rule id:severity` flags are laid on top.
 */
import { statSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { ALL_RULES, type Config, ConfigError, ENGINE_RULE_IDS, findConfig, parseConfig, parseRuleFlag, type SeveritySetting } from "@veiligheidsplan/core";
import { CliError } from "./errors.js";
import { decodeText, displayPath, fsErrorText } from "./files.js";
import { MAX_CONFIG_BYTES, readBounded } from "./read-bounded.js";
import type { Texts } from "./texts.js";

export interface ResolvedConfig {
  readonly config: Config;
  /** The config files used, absolute, nearest first. */
  readonly files: readonly string[];
}

export function knownRuleIds(): string[] {
  return [...new Set([...ALL_RULES.map((r) => r.meta.id), ENGINE_RULE_IDS.syntax, ENGINE_RULE_IDS.unusedDirective])];
}

/** Reads `--rule` flags; a flag that does not read or names an unknown rule is a usage error. */
export function readRuleFlags(flags: readonly string[], t: Texts): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  const known = knownRuleIds();
  for (const f of flags) {
    const parsed = parseRuleFlag(f);
    if (!parsed) throw new CliError(t.badRuleFlag(f));
    if (!known.includes(parsed[0])) throw new CliError(t.unknownRule(parsed[0], known.join(", ")));
    out[parsed[0]] = parsed[1];
  }
  return out;
}

/** Core's config errors are technical English; the CLI puts them in one line in the user's language. */
function configFailure(e: ConfigError, cwd: string, t: Texts): CliError {
  const where = `${displayPath(cwd, resolve(cwd, e.file))}${e.line !== undefined ? `:${e.line}${e.column !== undefined ? `:${e.column}` : ""}` : ""}`;
  return new CliError(t.configInvalid(e.detail), where);
}

export class ConfigResolver {
  private readonly byDir = new Map<string, ResolvedConfig>();
  private readonly fileCache = new Map<string, string | undefined>();
  private explicit: ResolvedConfig | undefined;

  constructor(
    private readonly cwd: string,
    /** Set again once the run's language is known (it may come from this very configuration). */
    public t: Texts,
    /** `--config`: use this file only, no discovery. */
    private readonly configPath: string | undefined,
    private readonly ruleFlags: Record<string, SeveritySetting>,
  ) {}

  private readFile = (path: string): string | undefined => {
    if (this.fileCache.has(path)) return this.fileCache.get(path);
    let text: string | undefined;
    try {
      // Most candidates do not exist; asking stat first is much cheaper than a thrown ENOENT.
      const st = statSync(path, { throwIfNoEntry: false });
      text = st === undefined || st.isDirectory() ? undefined : this.readText(path);
    } catch (e) {
      if (e instanceof CliError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR" && code !== "EISDIR") throw new CliError(fsErrorText(e, this.t), displayPath(this.cwd, path));
      text = undefined;
    }
    this.fileCache.set(path, text);
    return text;
  };

  /** A config file's text: a regular file of at most a megabyte, in UTF-8. */
  private readText(path: string, display = displayPath(this.cwd, path)): string {
    let bytes: Buffer;
    try {
      bytes = readBounded(path, MAX_CONFIG_BYTES).bytes;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") throw e;
      throw new CliError(fsErrorText(e, this.t), display);
    }
    return decodeText(bytes, display, this.t);
  }

  private finish(found: ResolvedConfig): ResolvedConfig {
    const known = new Set(knownRuleIds());
    for (const id of Object.keys(found.config.rules ?? {})) {
      if (!known.has(id)) {
        const file = found.files.find((f) => {
          try {
            return parseConfig(this.readFile(f) ?? "", f).rules?.[id] !== undefined;
          } catch {
            return false;
          }
        });
        throw new CliError(this.t.configUnknownRule(id, [...known].join(", ")), file ? displayPath(this.cwd, file) : undefined);
      }
    }
    if (Object.keys(this.ruleFlags).length === 0) return found;
    return { ...found, config: { ...found.config, rules: { ...found.config.rules, ...this.ruleFlags } } };
  }

  /** The configuration for a plan in folder `dir` (absolute). Throws CliError for a bad config. */
  forDir(dir: string): ResolvedConfig {
    if (this.configPath !== undefined) {
      if (!this.explicit) {
        const abs = resolve(this.cwd, this.configPath);
        let text: string;
        try {
          text = this.readText(abs, this.configPath);
        } catch (e) {
          if (e instanceof CliError) throw e;
          throw new CliError(fsErrorText(e, this.t), this.configPath);
        }
        this.fileCache.set(abs, text);
        try {
          this.explicit = this.finish({ config: parseConfig(text, abs), files: [abs] });
        } catch (e) {
          if (e instanceof ConfigError) throw configFailure(e, this.cwd, this.t);
          throw e;
        }
      }
      return this.explicit;
    }
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    let found: ResolvedConfig;
    try {
      found = this.finish(findConfig(dir.split(sep).join("/"), { readFile: this.readFile }));
    } catch (e) {
      if (e instanceof ConfigError) throw configFailure(e, this.cwd, this.t);
      throw e;
    }
    this.byDir.set(dir, found);
    return found;
  }

  forFile(absolute: string): ResolvedConfig {
    return this.forDir(dirname(absolute));
  }

  /** Whether the configuration's `ignores` (globs relative to the config file's folder) name this file. */
  ignores(absolute: string): boolean {
    const { config, files } = this.forFile(absolute);
    if (!config.ignores || config.ignores.length === 0) return false;
    const match = picomatch(config.ignores as string[], { dot: true });
    return files.some((f) => {
      const rel = relative(dirname(f), absolute).split(sep).join("/");
      return !rel.startsWith("../") && match(rel);
    });
  }

  /** The config file the named rule's setting comes from (for messages about bad rule options). */
  sourceOf(absolute: string, ruleId: string): string | undefined {
    const { files } = this.forFile(absolute);
    const file = files.find((f) => {
      try {
        return parseConfig(this.readFile(f) ?? "", f).rules?.[ruleId] !== undefined;
      } catch {
        return false;
      }
    });
    return file ? displayPath(this.cwd, file) : undefined;
  }
}
