/**
 * "This is not a plan": one answer for every door (lint, the CLI, the language server), so that an
 * empty file, a README or a PDF is called what it is instead of being buried under findings about a
 * plan that is not there. A text is a plan when it has front matter (even unreadable or unclosed: then
 * the syntax findings say what is wrong with it) or the plan's structure (a themes chapter or Financiën).
 */
import type { ParsedPlan } from "./parse.js";
import { hasPlanShape } from "./plan-shape.js";
import { memo } from "./structure/memo.js";

/** Why a text is not a plan: nothing in it, binary data, or neither front matter nor the plan's chapters. */
export type NotAPlan = "empty" | "binary" | "no-structure";

/** The message id (in the catalog, under `syntax.`) for each answer. */
export const NOT_A_PLAN_MESSAGES: Readonly<Record<NotAPlan, string>> = {
  empty: "syntax.notAPlan.empty",
  binary: "syntax.notAPlan.binary",
  "no-structure": "syntax.notAPlan.noStructure",
};

/** Per parsed plan: the CLI asks before it lints, and lint asks again. */
const answers = memo<ParsedPlan, NotAPlan | null>("geen plan");

/** Why the parsed text is not a plan, or undefined when it is one. */
export function notAPlan(parsed: ParsedPlan): NotAPlan | undefined {
  let answer = answers.get(parsed);
  if (answer === undefined) answers.set(parsed, (answer = whyNotAPlan(parsed) ?? null));
  return answer ?? undefined;
}

function whyNotAPlan(parsed: ParsedPlan): NotAPlan | undefined {
  const text = parsed.text;
  if (looksBinary(text)) return "binary";
  if (text.replace(/^\uFEFF/, "").trim() === "") return "empty";
  return hasPlanShape(parsed) ? undefined : "no-structure";
}

/**
 * Binary data read as text: a NUL, or many control or replacement characters near the start (a PDF,
 * an image, a .docx decoded as UTF-8). Text never has NULs; a stray control character does not count.
 */
export function looksBinary(text: string): boolean {
  const head = text.length > 8192 ? text.slice(0, 8192) : text;
  if (head.includes("\0")) return true;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) odd++;
  }
  return head.length > 0 && odd > 8 && odd * 50 > head.length;
}
