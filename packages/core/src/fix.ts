/**
 * Applying fixes: all chosen edits are applied in one pass over the text; a fix
 * whose edits overlap an earlier chosen fix waits for the next pass (as ESLint does, at most 10 passes).
 * Text outside the edited spans is never touched.
 */
import type { Diagnostic, Fix, TextEdit } from "./diagnostic.js";
import { lint, type LintOptions, type LintResult } from "./lint.js";
import { applyEdits } from "./text/edits.js";

/** Applies the given fixes once; returns the new text and the fixes that were applied. */
export function applyFixes(text: string, fixes: readonly Fix[]): { output: string; applied: Fix[] } {
  const chosen: Fix[] = [];
  const taken: TextEdit[] = [];
  const sorted = [...fixes].sort((a, b) => firstStart(a) - firstStart(b));
  for (const f of sorted) {
    if (f.edits.length === 0) continue;
    const overlaps = f.edits.some((e) => taken.some((t) => e.span.start < t.span.end && t.span.start < e.span.end || (e.span.start === t.span.start && e.span.end === t.span.end)));
    if (overlaps) continue;
    chosen.push(f);
    taken.push(...f.edits);
  }
  return { output: applyEdits(text, taken), applied: chosen };
}

const firstStart = (f: Fix): number => Math.min(...f.edits.map((e) => e.span.start));

export interface FixResult {
  readonly output: string;
  readonly changed: boolean;
  /** How many fixes were applied over all passes. */
  readonly fixCount: number;
  /** The lint result of the final text. */
  readonly result: LintResult;
}

/** Lints and applies every safe fix, re-linting between passes, until nothing more is fixable. */
export function fixText(text: string, options: LintOptions = {}, maxPasses = 10): FixResult {
  let current = text;
  let fixCount = 0;
  let result = lint(current, options);
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = result.diagnostics.filter((d): d is Diagnostic & { fix: Fix } => d.fix !== undefined).map((d) => d.fix);
    if (fixes.length === 0) break;
    const { output, applied } = applyFixes(current, fixes);
    if (applied.length === 0 || output === current) break;
    fixCount += applied.length;
    current = output;
    result = lint(current, { ...options, parsed: undefined });
  }
  return { output: current, changed: current !== text, fixCount, result };
}
