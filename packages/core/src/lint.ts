/**
 * The rule engine: runs the enabled rules over a parsed plan, localises their findings into
 * diagnostics, applies inline directives (`<!-- veiligheidsplan-disable-next-line … -->`), and reports
 * directives that suppress nothing.
 *
 * Two doors: `lint(text, options)` for everyone, and `lintEffect(text, options)` (lint-effect.ts) for
 * effect users, which reads "today" from effect's Clock. Both decode their options first (options.ts).
 * The effect runtime stays out of this file, so that a bundle of `lint` does not carry it.
 * (Over 300 lines: the engine and the directives it applies are one flow.)
 */
import * as Cause from "effect/Cause";
import * as Exit from "effect/Exit";
import * as Schema from "effect/Schema";
import type { Diagnostic, MessageData, Finding, FixFinding, Locale, RelatedLocation, Severity } from "./diagnostic.js";
import { formatMessage } from "./messages/catalog.js";
import { NOT_A_PLAN_MESSAGES, notAPlan, type NotAPlan } from "./not-a-plan.js";
import { notCheckedOf, type NotChecked } from "./not-checked.js";
import { decodeLintOptions, localeOf, type LintOptions, RuleOptionsError } from "./options.js";
import { parse, type ParsedPlan } from "./parse.js";
import { ALL_RULES } from "./rules/index.js";
import { docsUrl, type PlanRefusal, type Rule } from "./rules/types.js";
import { type Config, dirname, joinPath, normalizePath, normalizeSeverity, type RuleSetting } from "./config/config.js";
import type { Span } from "./text/positions.js";
import { resolveToday } from "./config/resolve.js";
import { verifyOffers } from "./verify.js";

export type { LintOptions } from "./options.js";

export interface LintResult {
  readonly filePath?: string;
  readonly parsed: ParsedPlan;
  /**
   * Set when the text is not a plan at all (empty, binary, or neither front matter nor the plan's
   * chapters): then the built-in rules do not run and `diagnostics` holds one `syntax` error that says
   * so. A custom rule set (`options.rules`) still runs.
   */
  readonly notAPlan?: NotAPlan;
  /** Diagnostics that count, sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
  /** Diagnostics an inline directive suppressed (for SARIF). */
  readonly suppressed: readonly Diagnostic[];
  /**
   * The parts of the plan no check could read (no budget table, no recognisable themes …), each once,
   * with the finding that says so (not-checked.ts). Empty when everything was checked.
   */
  readonly notChecked: readonly NotChecked[];
  /**
   * The options each rule ran with (decoded from the configuration, or the rule's defaults), by rule
   * id; a rule that was off is absent. The report's kwaliteitstoets reads its limits from here, so that
   * the checklist and the checks agree on a configured plan.
   */
  readonly ruleOptions?: Readonly<Record<string, unknown>>;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
  readonly fixableErrorCount: number;
  readonly fixableWarningCount: number;
}

export const ENGINE_RULE_IDS = { syntax: "syntax", unusedDirective: "ongebruikte-uitzondering" } as const;

export function ruleById(id: string, rules: readonly Rule<any>[] = ALL_RULES): Rule<any> | undefined {
  return rules.find((r) => r.meta.id === id);
}

interface Directive {
  readonly kind: "disable-next-line" | "disable-line" | "disable" | "enable" | "disable-file";
  /** Empty means every rule. */
  readonly rules: readonly string[];
  readonly justification?: string;
  readonly span: Span;
  /** Lines (0-based) the directive covers, for the line kinds. */
  readonly line: number;
  used: Set<string>;
}

const DIRECTIVE = /^\s*veiligheidsplan-(disable-next-line|disable-line|disable-file|disable|enable)\b([^]*)$/;

function readDirectives(parsed: ParsedPlan): Directive[] {
  const out: Directive[] = [];
  for (const c of parsed.comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const [rulesPart, ...reason] = m[2]!.split(/\s--\s?/);
    const rules = rulesPart!.split(/[\s,]+/).filter((s) => s.length > 0);
    const kind = m[1] as Directive["kind"];
    const line = parsed.lines.lineAt(c.span.start) + (kind === "disable-next-line" ? 1 : 0);
    const endLine = parsed.lines.lineAt(c.span.end);
    out.push({ kind, rules, justification: reason.join(" -- ").trim() || undefined, span: c.span, line: kind === "disable-next-line" ? endLine + 1 : line, used: new Set() });
  }
  return out;
}

/** Which directive, if any, suppresses a diagnostic of `ruleId` starting at `line`. */
function findSuppressor(directives: readonly Directive[], ruleId: string, line: number, offset: number): Directive | undefined {
  const applies = (d: Directive) => d.rules.length === 0 || d.rules.includes(ruleId);
  for (const d of directives) {
    if (!applies(d)) continue;
    if (d.kind === "disable-file") return d;
    if ((d.kind === "disable-next-line" || d.kind === "disable-line") && d.line === line) return d;
  }
  // Ranges: the last disable/enable before the offset decides.
  let active: Directive | undefined;
  for (const d of directives) {
    if (d.span.start > offset) break;
    if (!applies(d)) continue;
    if (d.kind === "disable") active = d;
    else if (d.kind === "enable") active = undefined;
  }
  return active;
}

function settingFor(config: Config | undefined, rule: Rule<any>): { severity: Severity | "off"; options: unknown } {
  const s: RuleSetting | undefined = config?.rules?.[rule.meta.id];
  if (s === undefined) return { severity: rule.meta.defaultSeverity, options: rule.defaultOptions };
  if (typeof s === "string") return { severity: normalizeSeverity(s), options: rule.defaultOptions };
  return { severity: normalizeSeverity(s[0]), options: s.length > 1 ? s[1] : rule.defaultOptions };
}

/**
 * Decoded options per rule and options object. A run lints many plans with the same configuration
 * objects (and the defaults), and decoding with Schema costs more than most rules' own checks.
 * Options objects are treated as immutable, as configuration data is.
 */
const decodedOptions = new WeakMap<Rule<any>, WeakMap<object, unknown>>();

function decodeOptions(rule: Rule<any>, options: unknown): unknown {
  if (!rule.options || options === undefined) return options ?? rule.defaultOptions;
  const cacheable = typeof options === "object" && options !== null;
  let perRule = decodedOptions.get(rule);
  if (cacheable && perRule?.has(options)) return perRule.get(options);
  const exit = Schema.decodeUnknownExit(rule.options as Schema.Codec<unknown, unknown>)(options);
  if (Exit.isFailure(exit)) throw new RuleOptionsError(rule.meta.id, (Cause.squash(exit.cause) as Error).message.replace(/\s+/g, " "));
  if (cacheable) {
    if (!perRule) decodedOptions.set(rule, (perRule = new WeakMap()));
    perRule.set(options, exit.value);
  }
  return exit.value;
}

/** A rule id in `config.rules` that no rule (nor the engine) has is an error, as it is in the CLI. */
function checkRuleIds(config: Config | undefined, rules: readonly Rule<any>[]): void {
  if (!config?.rules) return;
  for (const id of Object.keys(config.rules)) {
    if (id === ENGINE_RULE_IDS.syntax || id === ENGINE_RULE_IDS.unusedDirective || rules.some((r) => r.meta.id === id)) continue;
    const known = [...rules.map((r) => r.meta.id), ENGINE_RULE_IDS.syntax, ENGINE_RULE_IDS.unusedDirective];
    throw new RuleOptionsError(id, `there is no such rule; known rules: ${known.join(", ")}`, true);
  }
}

/**
 * Core of the engine, shared by `lint` and `lintEffect`: options already decoded, today known.
 * Throws {@link RuleOptionsError} for an unknown rule or rule options its Schema rejects.
 */
export function lintParsed(parsed: ParsedPlan, options: LintOptions, today: string): LintResult {
  const locale = localeOf(options);
  const rules = options.rules ?? ALL_RULES;
  checkRuleIds(options.config, rules);
  const lines = parsed.lines;
  const baseDir = options.filePath ? dirname(options.filePath) : ".";
  const cache = new Map<string, ParsedPlan | PlanRefusal | undefined>();
  const lookUp = (rel: string): ParsedPlan | PlanRefusal | undefined => {
    const path = joinPath(baseDir, rel);
    if (cache.has(path)) return cache.get(path);
    const got = options.resolvePlan?.(path) ?? (path !== normalizePath(rel) ? options.resolvePlan?.(rel) : undefined);
    const plan = typeof got === "string" ? parse(got) : got;
    cache.set(path, plan);
    return plan;
  };
  const resolvePlan = (rel: string): ParsedPlan | undefined => {
    const got = lookUp(rel);
    return got === undefined || "refused" in got ? undefined : got;
  };
  const planRefusal = (rel: string): PlanRefusal | undefined => {
    const got = lookUp(rel);
    return got !== undefined && "refused" in got ? got : undefined;
  };

  // Every enabled rule's options are decoded first, so that a bad option is an error for any text.
  const settings = rules.map((rule) => {
    const { severity, options: raw } = settingFor(options.config, rule);
    return { rule, severity, options: severity === "off" ? undefined : decodeOptions(rule, raw) };
  });

  // The built-in rules say nothing useful about a text that is not a plan; a custom rule set may check anything.
  const notPlan = notAPlan(parsed);
  if (notPlan && !options.rules) return notAPlanResult(parsed, options, notPlan, locale);

  const all: Diagnostic[] = [];
  const docsBase = options.docsBaseUrl ?? options.config?.docsBaseUrl;
  const toDiagnostic = (ruleId: string, severity: Severity, f: Finding): Diagnostic => {
    const key = `${ruleId}.${f.messageId}`;
    const fix = (x: FixFinding) => ({ message: formatMessage(`${ruleId}.${x.messageId}`, locale, x.data), edits: x.edits });
    const related: RelatedLocation[] = (f.related ?? []).map((r) => ({ range: lines.range(r.span), message: formatMessage(`${ruleId}.${r.messageId}`, locale, r.data) }));
    return {
      ruleId,
      messageId: f.messageId,
      severity: f.severity ?? severity,
      message: formatMessage(key, locale, f.data),
      range: lines.range(f.span),
      related,
      ...(f.fix ? { fix: fix(f.fix) } : {}),
      suggestions: (f.suggestions ?? []).map(fix),
      ...(docsBase ? { docsUrl: docsUrl(ruleId, docsBase) } : {}),
      ...(f.data ? { data: detach(f.data) } : {}),
    };
  };

  // What the parser could not read.
  const syntaxSeverity = engineSeverity(options.config, ENGINE_RULE_IDS.syntax, "error");
  if (syntaxSeverity !== "off") {
    for (const f of parsed.findings) all.push({ ...toDiagnostic(ENGINE_RULE_IDS.syntax, syntaxSeverity, f), message: formatMessage(f.messageId, locale, f.data) });
  }

  for (const { rule, severity, options: ruleOptions } of settings) {
    if (severity === "off") continue;
    const findings: Finding[] = [];
    rule.check({ plan: parsed, options: ruleOptions, today, filePath: options.filePath, resolvePlan, planRefusal, ...(options.voortgang ? { voortgang: options.voortgang } : {}), report: (f) => findings.push(f) });
    for (const f of findings) {
      // An info-level "not checked" stays info even if the rule is configured as error; config lowers, never raises.
      const sev = f.severity && rank(f.severity) < rank(severity) ? f.severity : severity;
      all.push(toDiagnostic(rule.meta.id, sev, { ...f, severity: sev }));
    }
  }

  // Inline directives.
  const directives = readDirectives(parsed);
  const diagnostics: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const d of all) {
    const by = findSuppressor(directives, d.ruleId, d.range.start.line, d.range.start.offset);
    if (by) {
      by.used.add(d.ruleId);
      suppressed.push({ ...d, suppressed: { ...(by.justification ? { justification: by.justification } : {}) } });
    } else diagnostics.push(d);
  }
  const unusedSeverity = engineSeverity(options.config, ENGINE_RULE_IDS.unusedDirective, "warning");
  if (unusedSeverity !== "off") {
    const known = new Set([...rules.map((r) => r.meta.id), ENGINE_RULE_IDS.syntax]);
    for (const d of directives) {
      if (d.kind === "enable") continue;
      const span = d.span;
      const unknown = d.rules.filter((r) => !known.has(r));
      for (const r of unknown) {
        diagnostics.push(
          toDiagnosticEngine(lines, locale, unusedSeverity, "directives.unknownRule", span, { rule: r, known: [...known].join(", ") }, docsBase),
        );
      }
      const unused = d.rules.length === 0 ? (d.used.size === 0 ? [""] : []) : d.rules.filter((r) => known.has(r) && !d.used.has(r));
      if (unused.length > 0 && unknown.length === 0) {
        const removeEdit = { span: wholeLineIfAlone(parsed.text, span), newText: "" };
        diagnostics.push({
          ...toDiagnosticEngine(lines, locale, unusedSeverity, "directives.unused", span, {
            directive: `veiligheidsplan-${d.kind}`,
            rules: unused[0] === "" ? formatMessage("directives.all", locale) : unused.join(", "),
          }, docsBase),
          ...(unused.length === d.rules.length || d.rules.length === 0 ? { fix: { message: formatMessage("directives.removeFix", locale), edits: [removeEdit] } } : {}),
        });
      }
    }
  }

  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || a.ruleId.localeCompare(b.ruleId));
  const relint = (text: string) => lintParsed(parse(text), { ...options, parsed: undefined, verifyOffers: false }, today);
  // Assigned, not spread into a call: a huge plan has more findings than a call takes arguments.
  const offered = options.verifyOffers === false ? diagnostics : verifyOffers(parsed.text, diagnostics, relint);
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const d of offered) {
    if (d.severity === "error") {
      errorCount++;
      if (d.fix) fixableErrorCount++;
    } else if (d.severity === "warning") {
      warningCount++;
      if (d.fix) fixableWarningCount++;
    } else infoCount++;
  }
  const notChecked = notCheckedOf(offered, suppressed, (check) => formatMessage(`nietGecontroleerd.${check}`, locale));
  const ruleOptions = Object.fromEntries(settings.filter((x) => x.severity !== "off").map((x) => [x.rule.meta.id, x.options]));
  return { filePath: options.filePath, parsed, ...(notPlan ? { notAPlan: notPlan } : {}), diagnostics: offered, suppressed, notChecked, ruleOptions, errorCount, warningCount, infoCount, fixableErrorCount, fixableWarningCount };
}

/** The configured severity of one of the engine's own checks (syntax, unused directives). */
function engineSeverity(config: Config | undefined, id: string, fallback: Severity): Severity | "off" {
  const s = config?.rules?.[id];
  if (s === undefined) return fallback;
  return normalizeSeverity(typeof s === "string" ? s : s[0]);
}

const rank = (s: Severity): number => (s === "error" ? 3 : s === "warning" ? 2 : s === "info" ? 1 : 0);

function toDiagnosticEngine(lines: ParsedPlan["lines"], locale: Locale, severity: Severity, key: string, span: Span, data: Record<string, string>, docsBase: string | undefined): Diagnostic {
  const url = docsUrl(ENGINE_RULE_IDS.unusedDirective, docsBase);
  return { ruleId: ENGINE_RULE_IDS.unusedDirective, messageId: key, severity, message: formatMessage(key, locale, data), range: lines.range(span), related: [], suggestions: [], ...(url ? { docsUrl: url } : {}), data };
}

/** A comment alone on its line is removed with its line; otherwise just the comment. */
function wholeLineIfAlone(text: string, span: Span): Span {
  let s = span.start;
  while (s > 0 && (text[s - 1] === " " || text[s - 1] === "\t")) s--;
  let e = span.end;
  while (e < text.length && (text[e] === " " || text[e] === "\t")) e++;
  const atLineStart = s === 0 || text[s - 1] === "\n" || text[s - 1] === "\r";
  if (!atLineStart) return span;
  if (text[e] === "\r" && text[e + 1] === "\n") return { start: s, end: e + 2 };
  if (text[e] === "\n" || text[e] === "\r") return { start: s, end: e + 1 };
  if (e === text.length) return { start: s, end: e };
  return span;
}

/** The answer for a text that is not a plan: one `syntax` error (unless syntax is off) and no rule findings. */
function notAPlanResult(parsed: ParsedPlan, options: LintOptions, why: NotAPlan, locale: Locale): LintResult {
  const severity = engineSeverity(options.config, ENGINE_RULE_IDS.syntax, "error");
  const key = NOT_A_PLAN_MESSAGES[why];
  const start = parsed.lines.range({ start: 0, end: 0 });
  const url = docsUrl(ENGINE_RULE_IDS.syntax, options.docsBaseUrl ?? options.config?.docsBaseUrl);
  const diagnostics: Diagnostic[] =
    severity === "off" ? [] : [{ ruleId: ENGINE_RULE_IDS.syntax, messageId: key, severity, message: formatMessage(key, locale), range: start, related: [], suggestions: [], ...(url ? { docsUrl: url } : {}) }];
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  return {
    filePath: options.filePath,
    parsed,
    notAPlan: why,
    diagnostics,
    suppressed: [],
    notChecked: [],
    errorCount: count("error"),
    warningCount: count("warning"),
    infoCount: count("info") + count("hint"),
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}

/**
 * Lints one plan's text. Never throws on any text: a text that is not a plan comes back with
 * `notAPlan` set. Throws {@link LintOptionsError} (or its subclass {@link RuleOptionsError}) for options
 * it cannot use: a `today` that is not a real `JJJJ-MM-DD` date, a locale other than nl or en, an
 * unknown rule or invalid rule options in `config.rules`.
 */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const o = decodeLintOptions(text, options);
  return lintParsed(o.parsed ?? parse(text), o, resolveToday({ explicit: o.today, now: Date.now }));
}

export interface PlanSource {
  readonly path: string;
  readonly text: string;
}

/** Lints several plans together, so that a plan's predecessor is read from the set (or via `resolvePlan`). */
export function lintMany(sources: readonly PlanSource[], options: Omit<LintOptions, "filePath" | "parsed"> = {}): LintResult[] {
  const parsed = new Map(sources.map((s) => [normalizePath(s.path), parse(s.text)]));
  const resolve = (p: string) => parsed.get(normalizePath(p)) ?? options.resolvePlan?.(p);
  return sources.map((s) => lint(s.text, { ...options, filePath: s.path, parsed: parsed.get(normalizePath(s.path)), resolvePlan: resolve }));
}

/**
 * A finding's data outlives its plan (the CLI keeps only the findings of hundreds of plans): a string
 * sliced from the plan's text would keep the whole text alive, so string values are copied.
 */
function detach(data: MessageData): MessageData {
  const out: Record<string, MessageData[string]> = {};
  for (const [k, v] of Object.entries(data)) out[k] = typeof v === "string" ? ` ${v}`.slice(1) : v;
  return out;
}
