/**
 * Configuration: data only (JSON or YAML, never code). Found from the plan's folder upward
 * (`.veiligheidsplanrc.json`, `.veiligheidsplanrc.yaml`, `.veiligheidsplanrc.yml`, `veiligheidsplan.config.json`),
 * nearest first; the search stops at a config with `root: true`. File access goes through a small host
 * interface so that core stays platform-neutral (the CLI and the language server pass Node's fs).
 */
import { Exit, Schema } from "effect";
import { parse as parseYaml, parseDocument } from "yaml";
import type { Locale, Severity } from "../diagnostic.js";
import { CONFIG_FILE_NAMES } from "./files.js";

export const SeveritySetting = Schema.Literals(["error", "warning", "warn", "info", "hint", "off"]);
export type SeveritySetting = typeof SeveritySetting.Type;

export const RuleSetting = Schema.Union([SeveritySetting, Schema.Tuple([SeveritySetting]), Schema.Tuple([SeveritySetting, Schema.Unknown])]);
export type RuleSetting = typeof RuleSetting.Type;

export const ConfigSchema = Schema.Struct({
  $schema: Schema.optionalKey(Schema.String),
  /** Stop looking further up for configs. */
  root: Schema.optionalKey(Schema.Boolean),
  /** Language of the messages. */
  locale: Schema.optionalKey(Schema.Literals(["nl", "en"])),
  /** Rule severities and options, by rule id: "error" | "warning" | "info" | "hint" | "off", or [severity, options]. */
  rules: Schema.optionalKey(Schema.Record(Schema.String, RuleSetting)),
  /** Globs (relative to the config's folder) of plan files the CLI skips. */
  ignores: Schema.optionalKey(Schema.Array(Schema.String)),
  /** Where the rule pages (docs/rules/<id>.md) are hosted, for links in findings, SARIF and the report. */
  docsBaseUrl: Schema.optionalKey(Schema.String),
}).annotate({ title: "veiligheidsplan configuration", description: "Configuratie van de veiligheidsplan-linter." });
export type Config = typeof ConfigSchema.Type;


export class ConfigError extends Error {
  readonly _tag = "ConfigError";
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${line !== undefined ? `:${line}${column !== undefined ? `:${column}` : ""}` : ""}: ${detail}`);
  }
}

/** Reads and validates one config file's text. Throws `ConfigError` with the file and what is wrong. */
export function parseConfig(source: string, file: string): Config {
  // Editors on Windows save JSON with a byte order mark; it is not part of the data.
  const text = source.replace(/^\uFEFF/, "");
  let data: unknown;
  if (/\.json$/i.test(file)) {
    try {
      data = JSON.parse(text);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      const pos = /position (\d+)/.exec(msg);
      let line: number | undefined;
      let column: number | undefined;
      if (pos) {
        const before = text.slice(0, Number(pos[1]));
        line = before.split("\n").length;
        column = before.length - before.lastIndexOf("\n");
      }
      throw new ConfigError(file, `invalid JSON (${msg})`, line, column);
    }
    // JSON.parse keeps the last of two equal keys without a word; YAML configs reject them, so JSON does too.
    const duplicate = parseDocument(text, { uniqueKeys: true, prettyErrors: false }).errors.find((e) => e.code === "DUPLICATE_KEY");
    if (duplicate) {
      const start = duplicate.pos[0];
      const key = /"(?:[^"\\]|\\.)*"/y;
      key.lastIndex = start;
      const end = key.exec(text) ? key.lastIndex : duplicate.pos[1];
      const before = text.slice(0, start);
      const line = before.split("\n").length;
      throw new ConfigError(file, `invalid JSON (the key ${text.slice(start, end)} appears twice in the same object)`, line, start - before.lastIndexOf("\n"));
    }
  } else {
    try {
      data = parseYaml(text, { prettyErrors: false }) ?? {};
    } catch (e) {
      const err = e as { message?: string; linePos?: { line: number; col: number }[] };
      throw new ConfigError(file, `invalid YAML (${(err.message ?? String(e)).split("\n")[0]})`, err.linePos?.[0]?.line, err.linePos?.[0]?.col);
    }
  }
  const exit = Schema.decodeUnknownExit(ConfigSchema)(data, { onExcessProperty: "error" });
  if (Exit.isFailure(exit)) {
    const detail = String(exit.cause).replace(/\s+/g, " ").slice(0, 400);
    throw new ConfigError(file, `invalid configuration: ${detail}`);
  }
  return exit.value;
}

/** The file system as config discovery needs it. */
export interface ConfigHost {
  readFile(path: string): string | undefined;
}

/** Platform-neutral path helpers (POSIX-style separators; Windows drive letters are kept). */
export function dirname(p: string): string {
  const s = p.replace(/\\/g, "/");
  const i = s.lastIndexOf("/");
  if (i < 0) return ".";
  if (i === 0) return "/";
  return s.slice(0, i);
}

export function joinPath(dir: string, rel: string): string {
  const r = rel.replace(/\\/g, "/");
  if (r.startsWith("/") || /^[a-zA-Z]:\//.test(r)) return normalizePath(r);
  return normalizePath(`${dir.replace(/\\/g, "/")}/${r}`);
}

export function normalizePath(p: string): string {
  const abs = p.startsWith("/");
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (part !== ".." || !abs) out.push(part);
  }
  return (abs ? "/" : "") + out.join("/") || (abs ? "/" : ".");
}

export interface FoundConfig {
  readonly config: Config;
  /** The files merged, nearest first. */
  readonly files: readonly string[];
}

/** Finds and merges configs from `dir` upward; the nearest setting wins. */
export function findConfig(dir: string, host: ConfigHost): FoundConfig {
  const files: string[] = [];
  const configs: Config[] = [];
  let current = normalizePath(dir.replace(/\\/g, "/"));
  for (let depth = 0; depth < 100; depth++) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = joinPath(current, name);
      const text = host.readFile(file);
      if (text === undefined) continue;
      const cfg = parseConfig(text, file);
      files.push(file);
      configs.push(cfg);
      break;
    }
    if (configs[configs.length - 1]?.root) break;
    const parent = dirname(current);
    if (parent === current || current === "." || current === "/") break;
    current = parent;
  }
  return { config: mergeConfigs(configs.reverse()), files };
}

/** Merges configs; later ones win (pass the farthest first). */
export function mergeConfigs(configs: readonly Config[]): Config {
  let rules: Record<string, RuleSetting> = {};
  let locale: Locale | undefined;
  let docsBaseUrl: string | undefined;
  const ignores: string[] = [];
  for (const c of configs) {
    if (c.rules) rules = { ...rules, ...c.rules };
    if (c.locale) locale = c.locale;
    if (c.docsBaseUrl) docsBaseUrl = c.docsBaseUrl;
    if (c.ignores) ignores.push(...c.ignores);
  }
  return { rules, ...(locale ? { locale } : {}), ...(docsBaseUrl ? { docsBaseUrl } : {}), ...(ignores.length ? { ignores } : {}) };
}

export function normalizeSeverity(s: SeveritySetting): Severity | "off" {
  return s === "warn" ? "warning" : s;
}

/** Reads `id:severity` as given on the command line (`--rule begroting-totalen:warning`). */
export function parseRuleFlag(flag: string): [string, SeveritySetting] | undefined {
  const m = /^([a-z0-9-]+)\s*[:=]\s*(error|warning|warn|info|hint|off)$/.exec(flag.trim());
  return m ? [m[1]!, m[2] as SeveritySetting] : undefined;
}

/** The JSON Schema of the config file (shipped as schema/config.schema.json). */
export function configJsonSchema(): unknown {
  const doc = Schema.toJsonSchemaDocument(ConfigSchema);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://veiligheidsplan.nl/schema/config.schema.json",
    ...doc.schema,
    ...(Object.keys(doc.definitions ?? {}).length > 0 ? { $defs: doc.definitions } : {}),
  };
}
