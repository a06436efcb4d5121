/**
 * What "not checked" is, declared once. Real plans leave parts out on purpose (no budget table, no
 * pillars, themes in a layout no heading reveals); then the checks on that part cannot run. The rule
 * that owns the part says so once, with {@link notCheckedFinding} and one of the reasons below (always
 * an info); every other rule on that part stays silent. From those findings the engine lists
 * `LintResult.notChecked`, which `lint --format json` writes per file and the report shows under "Niet
 * gecontroleerd" — so a plan that looks clean because nothing could be checked never passes for a
 * checked plan. The parts' names are in the catalog (`nietGecontroleerd.<check>`); this file has no texts.
 */
import type { Diagnostic, Finding, MessageData } from "./diagnostic.js";
import type { Range, Span } from "./text/positions.js";

/** The parts of a plan whose checks can be skipped, each named in the catalog (`nietGecontroleerd.<check>`). */
export type NotCheckedCheck = "themas" | "opgave-ambitie" | "pijlers" | "begroting" | "begroting-totalen" | "begroting-themas" | "begroting-kolommen" | "continuiteit" | "brandveiligheid" | "wetten";

/** The findings that mean "this part was not checked", by `<rule-id>.<message-id>`, and the part they name. */
export const NOT_CHECKED = {
  "thema-nummering.geenThemas": "themas",
  "opgave-ambitie.nietGecontroleerd": "opgave-ambitie",
  "pijlers.nietGecontroleerd": "pijlers",
  "begroting-totalen.geenFinancien": "begroting",
  "begroting-totalen.geenTabel": "begroting",
  "begroting-totalen.geenTotaal": "begroting-totalen",
  "begroting-themas.geenToelichtingHoofdstuk": "begroting-themas",
  "continuiteit.geenVorigPlan": "continuiteit",
  "continuiteit.vorigeDatumOnbekend": "continuiteit",
  "begroting-structuur.totaalKolom": "begroting-kolommen",
  "grondslag.geenBrandveiligheid": "brandveiligheid",
  "wetsverwijzingen.onbekendeWet": "wetten",
  "wetsverwijzingen.onbekendeWetInTekst": "wetten",
} as const satisfies Readonly<Record<string, NotCheckedCheck>>;

/** A declared reason: `<rule-id>.<message-id>` of a "not checked" finding. */
export type NotCheckedReason = keyof typeof NOT_CHECKED;

/**
 * The finding by which a rule says a part of the plan was not checked: only a declared reason, always an
 * info (a missing part is allowed; it is said, not blamed). The rule passes its own id with the message id.
 */
export function notCheckedFinding<R extends NotCheckedReason>(reason: R, span: Span, data?: MessageData): Finding {
  return { messageId: reason.slice(reason.indexOf(".") + 1), span, severity: "info", ...(data ? { data } : {}) };
}

/** One part of the plan that was not checked: which, why (the finding's message id and text), and where it was said. */
export interface NotChecked {
  /** Which part (stable id, e.g. "begroting"). */
  readonly check: NotCheckedCheck;
  /** What was not checked, in the locale (e.g. "de begroting (totalen, opbouw, thema's per deelproduct)"). */
  readonly label: string;
  /** The finding that says so: `<rule-id>.<message-id>`, e.g. "begroting-totalen.geenFinancien". */
  readonly reason: string;
  readonly ruleId: string;
  /** The finding's message: why, and how to have it checked. */
  readonly message: string;
  readonly range: Range;
  /** True when an inline directive hides the finding (the part is still not checked). */
  readonly suppressed: boolean;
}

const checkOf = (reason: string): NotCheckedCheck | undefined => (NOT_CHECKED as Readonly<Record<string, NotCheckedCheck>>)[reason];

/**
 * The parts not checked, from a plan's findings (shown and suppressed), each part once, in the order of
 * the plan. `label` names a part in the run's language (the engine passes the catalog's text).
 */
export function notCheckedOf(diagnostics: readonly Diagnostic[], suppressed: readonly Diagnostic[], label: (check: NotCheckedCheck) => string): NotChecked[] {
  const out: NotChecked[] = [];
  const seen = new Set<NotCheckedCheck>();
  const all = [...diagnostics.map((d) => [d, false] as const), ...suppressed.map((d) => [d, true] as const)].sort(([a], [b]) => a.range.start.offset - b.range.start.offset);
  for (const [d, hidden] of all) {
    const reason = `${d.ruleId}.${d.messageId}`;
    const check = checkOf(reason);
    if (check === undefined || seen.has(check)) continue;
    seen.add(check);
    out.push({ check, label: label(check), reason, ruleId: d.ruleId, message: d.message, range: d.range, suppressed: hidden });
  }
  return out;
}
