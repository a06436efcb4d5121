/**
 * The effect door to the engine, for developers who use effect: "today" is read from the Clock service
 * (so a test or a simulation provides its own), and a bad option is a typed failure in the error channel
 * instead of a throw. Same decoding and same engine as `lint`. Kept apart from lint.ts so that a bundle
 * of `lint` alone does not carry effect's runtime.
 */
import * as Clock from "effect/Clock";
import * as Effect from "effect/Effect";
import { lintParsed, type LintResult } from "./lint.js";
import { resolveToday } from "./config/resolve.js";
import { decodeLintOptions, LintOptionsError, type LintOptions } from "./options.js";
import { parse } from "./parse.js";

/** Today from effect's Clock, as the calendar day where the user is (config/resolve.ts). */
export const todayFromClock: Effect.Effect<string> = Effect.map(Clock.currentTimeMillis, (ms) => resolveToday({ now: () => ms }));

/**
 * Lints one plan's text. Fails with {@link LintOptionsError} (or {@link RuleOptionsError}) for options it
 * cannot use; never fails on the text. Today comes from `options.today`, else from the Clock.
 */
export function lintEffect(text: string, options: LintOptions = {}): Effect.Effect<LintResult, LintOptionsError> {
  return Effect.flatMap(
    Effect.suspend(() => guard(() => decodeLintOptions(text, options))),
    (o) => Effect.flatMap(o.today !== undefined ? Effect.succeed(o.today) : todayFromClock, (today) => Effect.suspend(() => guard(() => lintParsed(o.parsed ?? parse(text), o, today)))),
  );
}

/** A bad option becomes a typed failure; anything else thrown is a defect, as a bug should be. */
function guard<A>(f: () => A): Effect.Effect<A, LintOptionsError> {
  try {
    return Effect.succeed(f());
  } catch (e) {
    if (e instanceof LintOptionsError) return Effect.fail(e);
    throw e;
  }
}
