/**
 * `veiligheidsplan.*` settings: from workspace/configuration (per document), from
 * workspace/didChangeConfiguration (pushed), or from initializationOptions for clients without either.
 * Decoded with core's own schemas; a setting that does not decode is dropped on its own (one bad rule
 * entry does not cost the others), as an editor's settings UI would.
 */
import { IsoDate, localeOfTag, RuleSetting, type Locale } from "@veiligheidsplan/core";
import { Option, Schema } from "effect";

export interface Settings {
  readonly locale?: Locale;
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly today?: string;
  /** Where the team hosts the rule pages (docs/rules/), for links in hovers and diagnostics; none by default. */
  readonly docsBaseUrl?: string;
}

/** What a client may pass in `initializationOptions`. */
export interface InitializationOptions {
  /**
   * Fixed pause after the last keystroke before validating, in milliseconds. Without it the pause
   * follows what a check of that document costs (see ./analyses.ts).
   */
  readonly debounceMs?: number;
  /** Validate the plans in the workspace folders that are not open (default true). */
  readonly validateWorkspace?: boolean;
  /** Send `veiligheidsplan/validated` with the server time of each validation (for benchmarks). */
  readonly reportTiming?: boolean;
  /** Largest file the server reads from disk (a predecessor, a config, a workspace plan), in bytes. */
  readonly maxFileBytes?: number;
  /** Settings for clients without workspace/configuration. */
  readonly settings?: Settings;
  /** The same, in the shape of the configuration section (as Helix sends its `config`). */
  readonly veiligheidsplan?: Settings;
}

export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

const LocaleSchema = Schema.Literals(["nl", "en"]);
const decodeLocale = Schema.decodeUnknownOption(LocaleSchema);
const decodeToday = Schema.decodeUnknownOption(IsoDate);
const decodeRule = Schema.decodeUnknownOption(RuleSetting);
const decodeBoolean = Schema.decodeUnknownOption(Schema.Boolean);
const decodeMs = Schema.decodeUnknownOption(Schema.Number.check(Schema.isBetween({ minimum: 0, maximum: 10_000 })));
const decodeBytes = Schema.decodeUnknownOption(Schema.Number.check(Schema.isBetween({ minimum: 1, maximum: 2 ** 31 })));

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The settings in `raw`, each field decoded on its own; what does not decode is left out. */
export function decodeSettings(raw: unknown): Settings {
  if (!isRecord(raw)) return {};
  const locale = decodeLocale(raw.locale);
  const today = decodeToday(typeof raw.today === "string" ? raw.today.trim() : raw.today);
  let rules: Record<string, RuleSetting> | undefined;
  if (isRecord(raw.rules)) {
    rules = {};
    for (const [id, v] of Object.entries(raw.rules)) {
      const setting = decodeRule(v);
      if (Option.isSome(setting)) rules[id] = setting.value;
    }
  }
  const docsBaseUrl = typeof raw.docsBaseUrl === "string" && raw.docsBaseUrl.trim() !== "" ? raw.docsBaseUrl.trim() : undefined;
  return {
    ...(docsBaseUrl ? { docsBaseUrl } : {}),
    ...(Option.isSome(locale) ? { locale: locale.value } : {}),
    ...(Option.isSome(today) ? { today: today.value } : {}),
    ...(rules ? { rules } : {}),
  };
}

/** initializationOptions, decoded the same way. */
export function decodeInitializationOptions(raw: unknown): InitializationOptions {
  if (!isRecord(raw)) return {};
  const some = <T>(key: string, o: Option.Option<T>) => (Option.isSome(o) ? { [key]: o.value } : {});
  return {
    ...some("debounceMs", decodeMs(raw.debounceMs)),
    ...some("validateWorkspace", decodeBoolean(raw.validateWorkspace)),
    ...some("reportTiming", decodeBoolean(raw.reportTiming)),
    ...some("maxFileBytes", decodeBytes(raw.maxFileBytes)),
    ...(isRecord(raw.settings) ? { settings: decodeSettings(raw.settings) } : {}),
    ...(isRecord(raw.veiligheidsplan) ? { veiligheidsplan: decodeSettings(raw.veiligheidsplan) } : {}),
  };
}

/** The editor's display language (initialize's `locale`, e.g. "en-GB"), if it names one the messages have. */
export const clientLocaleOf = (locale: unknown): Locale | undefined => localeOfTag(typeof locale === "string" ? locale : undefined);

/**
 * The settings per document. Precedence, later wins: initializationOptions.veiligheidsplan,
 * initializationOptions.settings, pushed didChangeConfiguration, workspace/configuration for the URI.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private pushed: Settings = {};
  /** Bumped on every change, so that analyses made with older settings are redone. */
  generation = 0;

  constructor(
    private readonly init: InitializationOptions,
    /** workspace/configuration, if the client supports it. */
    private readonly fetch: ((uri: string) => Promise<unknown>) | undefined,
    private readonly onError: (what: string, e: unknown) => void,
  ) {}

  private base(): Settings {
    return { ...(this.init.veiligheidsplan ?? {}), ...(this.init.settings ?? {}), ...this.pushed };
  }

  for(uri: string): Promise<Settings> {
    const base = this.base();
    if (!this.fetch) return Promise.resolve(base);
    let s = this.cache.get(uri);
    if (!s) {
      s = this.fetch(uri)
        .then((raw) => ({ ...base, ...decodeSettings(raw) }))
        .catch((e) => {
          this.onError("workspace/configuration failed", e);
          return base;
        });
      this.cache.set(uri, s);
    }
    return s;
  }

  /** A didChangeConfiguration: `raw` is its `settings.veiligheidsplan` (undefined: only "ask again"). */
  changed(raw: unknown): void {
    if (raw !== undefined) this.pushed = decodeSettings(raw);
    this.invalidate();
  }

  invalidate(): void {
    this.generation++;
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
