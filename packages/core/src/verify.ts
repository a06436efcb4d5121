/**
 * Every suggestion is tried before it is offered (ESLint's fix loop, applied to suggestions): applied to
 * the text and linted again, it must remove the finding it addresses (one fewer finding of that rule and
 * message) and bring no error that was not there before (no rule and message with more errors than
 * before). A suggestion that fails is dropped, so the editor never proposes a change that makes the plan
 * worse. A suggestion that repairs only part of a finding (one of the two slips in a budget column) is
 * not offered: the one that repairs both is.
 *
 * Safe fixes are not tried here: `--fix` and "fix all" apply them in the fix loop, which lints again
 * after every pass (as ESLint does), and a test over every fixture, example and corpus plan proves that
 * each fix removes its finding (test/verified-offers.test.ts). So counting fixable findings costs nothing.
 *
 * Suggestions are tried when they are first read, so a run that never reads them (a CI job that prints
 * messages, the editor between code-action requests) pays nothing; a plan without suggestions is never
 * linted again. Identical edits (the same change offered twice) are linted once.
 *
 * The checking is bounded: one lint call spends at most {@link relintBudget} characters of re-linted
 * text (eight times the plan, at least 4 MiB, at most 64 MiB). A consumer that reads every suggestion of
 * a huge plan (`--format json` on a 100 MB file) would otherwise lint it once per suggestion. A
 * suggestion that cannot be tried within the budget is not offered: an untried one is never shown.
 */
import type { Diagnostic, Fix } from "./diagnostic.js";
import { applyEdits } from "./text/edits.js";

/** The part of a lint result the check needs. */
export interface Relinted {
  readonly diagnostics: readonly Pick<Diagnostic, "ruleId" | "messageId" | "severity">[];
}

const keyOf = (d: Pick<Diagnostic, "ruleId" | "messageId">) => `${d.ruleId}.${d.messageId}`;

function counts(ds: Relinted["diagnostics"]): { all: Map<string, number>; errors: Map<string, number> } {
  const all = new Map<string, number>();
  const errors = new Map<string, number>();
  for (const d of ds) {
    const k = keyOf(d);
    all.set(k, (all.get(k) ?? 0) + 1);
    if (d.severity === "error") errors.set(k, (errors.get(k) ?? 0) + 1);
  }
  return { all, errors };
}

const MIB = 1024 * 1024;

/** How many characters of changed text one lint call may re-lint to check its offers. */
export function relintBudget(textLength: number): number {
  return Math.min(64 * MIB, Math.max(4 * MIB, 8 * textLength));
}

/** The diagnostics with only the offers that pass; `relint` lints a changed text with the same options. */
export function verifyOffers(text: string, diagnostics: readonly Diagnostic[], relint: (text: string) => Relinted, budget = relintBudget(text.length)): Diagnostic[] {
  if (!diagnostics.some(hasOffers)) return [...diagnostics];
  const before = counts(diagnostics);
  const cache = new Map<string, ReturnType<typeof counts>>();
  let left = budget;
  const after = (offer: Fix): ReturnType<typeof counts> | undefined => {
    const out = applyEdits(text, offer.edits);
    let c = cache.get(out);
    if (c) return c;
    if (out.length > left) return undefined;
    left -= out.length;
    cache.set(out, (c = counts(relint(out).diagnostics)));
    return c;
  };
  const passes = (d: Diagnostic, offer: Fix): boolean => {
    if (offer.edits.length === 0 || overlapping(offer)) return false;
    const a = after(offer);
    if (!a) return false;
    const k = keyOf(d);
    if ((a.all.get(k) ?? 0) >= (before.all.get(k) ?? 0)) return false;
    for (const [key, n] of a.errors) if (n > (before.errors.get(key) ?? 0)) return false;
    return true;
  };
  return diagnostics.map((d) => {
    if (!hasOffers(d)) return d;
    // Tried when first read: most lint runs (a CI job, the editor between code-action requests) never
    // read the suggestions, and each try lints the plan again.
    const out = {} as Record<string, unknown>;
    for (const [k, v] of Object.entries(d)) if (k !== "suggestions") out[k] = v;
    Object.defineProperty(out, UNTRIED, { value: { offered: d, passes } satisfies Untried });
    Object.defineProperty(out, "suggestions", TRIED_WHEN_READ);
    return out as unknown as Diagnostic;
  });
}

/** A diagnostic's suggestions before they are tried, and how to try one; cleared once tried. */
interface Untried {
  readonly offered: Diagnostic;
  readonly passes: (d: Diagnostic, offer: Fix) => boolean;
  tried?: Fix[];
}

const UNTRIED = Symbol("veiligheidsplan.untried");

/**
 * One getter for every diagnostic, reading the state kept beside it ({@link UNTRIED}), not a closure
 * per diagnostic: on Node 20 a getter whose closure reaches the plan (here through `relint`'s options)
 * kept every plan with a suggestion alive through minor collections until a full one (V8 seems to hold
 * an object's getters from the old generation), and so they were copied and promoted whole
 * (in-process, 900 plans: 85 of 605 MB copied, 21 MB with this; bench/README.md, eleventh session).
 */
const TRIED_WHEN_READ: PropertyDescriptor = {
  enumerable: true,
  get(this: { [UNTRIED]: Untried }): Fix[] {
    const u = this[UNTRIED];
    return (u.tried ??= u.offered.suggestions.filter((x) => u.passes(u.offered, x)));
  },
};

const hasOffers = (d: Diagnostic) => d.suggestions.length > 0;

/** Edits of one offer that overlap cannot be applied as one change. */
function overlapping(offer: Fix): boolean {
  const s = [...offer.edits].sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < s.length; i++) if (s[i]!.span.start < s[i - 1]!.span.end) return true;
  return false;
}
