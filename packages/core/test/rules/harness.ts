/**
 * The fixture harness (see README.md): reads the inline markers of a fixture plan, strips them, lints the
 * plan, and compares what was found with what was marked.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ALL_RULES, readVoortgang, type Diagnostic, type LintOptions } from "@veiligheidsplan/core";

/** The "today" of every fixture unless it says otherwise. */
export const TODAY = "2026-11-28";

export interface Expectation {
  readonly line: number;
  readonly ruleId: string;
  readonly messageId?: string;
  readonly count: number;
  /** When the marker names one (`@error`): the severity the finding must have. */
  readonly severity?: string;
}

export interface Fixture {
  /** The text as linted: the markers removed. */
  readonly text: string;
  readonly expected: readonly Expectation[];
  readonly today: string;
  readonly options?: unknown;
  /** Progress files (`.voortgang`) to lint with, relative to the fixture. */
  readonly voortgang?: readonly string[];
}

const MD_MARKER = /[ \t]*<!--\s*verwacht:\s*([^]*?)\s*-->/g;
const YAML_MARKER = /[ \t]+#\s*verwacht:\s*(.*)$/;
const TODAY_MARKER = /[ \t]*<!--\s*vandaag:\s*(\d{4}-\d{2}-\d{2})\s*-->/g;
const OPTIONS_MARKER = /[ \t]*<!--\s*opties:\s*(\{[^]*?\})\s*-->/g;
const ITEM = /^([a-z0-9-]+)(?:\.([A-Za-z0-9.]+))?(?:@(error|warning|info|hint))?(?:\*(\d+))?$/;
const VOORTGANG_MARKER = /[ \t]*<!--\s*voortgang:\s*([^>]*?)\s*-->/g;

function parseItems(list: string, line: number, file: string): Expectation[] {
  return list
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => {
      const m = ITEM.exec(s);
      if (!m) throw new Error(`${file}:${line + 1}: cannot read the marker '${s}'`);
      return { line, ruleId: m[1]!, ...(m[2] ? { messageId: m[2] } : {}), ...(m[3] ? { severity: m[3] } : {}), count: m[4] ? Number(m[4]) : 1 };
    });
}

/** Reads a fixture: its markers, its options, and the text without them. */
export function readFixture(source: string, file: string): Fixture {
  const parts = source.split(/(\r\n|\n|\r)/);
  const expected: Expectation[] = [];
  let today = TODAY;
  let options: unknown;
  const voortgang: string[] = [];
  let inFrontMatter = false;
  const out: string[] = [];
  for (let i = 0, line = 0; i < parts.length; i += 2, line++) {
    let text = parts[i]!;
    const eol = parts[i + 1] ?? "";
    // The front matter's fences take a marker as a YAML-style comment too ("--- # verwacht: metadata").
    const fence = /^(\uFEFF?(?:---|\.\.\.))[ \t]+#\s*verwacht:\s*(.*)$/.exec(text);
    if (fence && (line === 0 || inFrontMatter)) {
      expected.push(...parseItems(fence[2]!, line, file));
      text = fence[1]!;
    }
    const trimmed = text.replace(/^\uFEFF/, "").trimEnd();
    if (line === 0 && trimmed === "---") inFrontMatter = true;
    else if (inFrontMatter && (trimmed === "---" || trimmed === "...")) inFrontMatter = false;
    else if (inFrontMatter) {
      const m = YAML_MARKER.exec(text);
      if (m) {
        expected.push(...parseItems(m[1]!, line, file));
        text = text.slice(0, m.index);
      }
    }
    if (!inFrontMatter) {
      text = text.replace(MD_MARKER, (_all, list: string) => {
        expected.push(...parseItems(list, line, file));
        return "";
      });
      text = text.replace(TODAY_MARKER, (_all, date: string) => {
        today = date;
        return "";
      });
      text = text.replace(OPTIONS_MARKER, (_all, json: string) => {
        options = JSON.parse(json);
        return "";
      });
      text = text.replace(VOORTGANG_MARKER, (_all, list: string) => {
        voortgang.push(...list.split(",").map((x) => x.trim()).filter(Boolean));
        return "";
      });
    }
    out.push(text, eol);
  }
  return { text: out.join(""), expected, today, ...(options !== undefined ? { options } : {}), ...(voortgang.length > 0 ? { voortgang } : {}) };
}

/** Lint options for a fixture: only `ruleId` on (or every rule for "alle-regels"), today fixed, predecessors from disk. */
export function lintOptionsFor(ruleId: string, file: string, fixture: Fixture, locale: "nl" | "en" = "nl"): LintOptions {
  const all = ruleId === "alle-regels";
  const rules = Object.fromEntries(
    ALL_RULES.filter((r) => !all && r.meta.id !== ruleId).map((r) => [r.meta.id, "off" as const]),
  ) as Record<string, "off" | ["error" | "warning" | "info" | "hint", unknown]>;
  const own = ALL_RULES.find((r) => r.meta.id === ruleId);
  if (own && fixture.options !== undefined) rules[ruleId] = [own.meta.defaultSeverity, fixture.options];
  return {
    filePath: file,
    locale,
    today: fixture.today,
    config: { rules },
    resolvePlan: (p) => (existsSync(p) ? readFileSync(p, "utf8") : undefined),
    ...(fixture.voortgang ? { voortgang: fixture.voortgang.map((v) => readVoortgang(readFileSync(join(dirname(file), v), "utf8"), v)) } : {}),
  };
}

/** Compares findings with markers; returns what is missing and what was not expected, readable. */
export function compare(expected: readonly Expectation[], found: readonly Diagnostic[]): { missing: string[]; unexpected: string[] } {
  const left = found.map((d) => ({ d, used: false }));
  const missing: string[] = [];
  const take = (e: Expectation, exact: boolean) => {
    for (let n = 0; n < e.count; n++) {
      const hit = left.find((x) => !x.used && x.d.range.start.line === e.line && x.d.ruleId === e.ruleId && (!exact || x.d.messageId === e.messageId) && (!e.severity || x.d.severity === e.severity));
      if (hit) hit.used = true;
      else missing.push(`regel ${e.line + 1}: ${e.ruleId}${e.messageId ? "." + e.messageId : ""}${e.severity ? "@" + e.severity : ""}`);
    }
  };
  // Expectations with a message id first, so that a plain rule id does not take their finding.
  for (const e of expected) if (e.messageId) take(e, true);
  for (const e of expected) if (!e.messageId) take(e, false);
  const unexpected = left.filter((x) => !x.used).map((x) => `regel ${x.d.range.start.line + 1}: ${x.d.ruleId}.${x.d.messageId} (${x.d.severity}) — ${x.d.message}`);
  return { missing, unexpected };
}
