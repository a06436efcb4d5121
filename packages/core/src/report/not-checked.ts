/**
 * The report's "Niet gecontroleerd" part: the parts of the plan no check could read (core's
 * `LintResult.notChecked`, declared in not-checked.ts), so that a raad member does not take a short
 * list of findings for a plan that was checked throughout. Its own words are here, beside the part.
 */
import type { NotChecked } from "../not-checked.js";
import { esc } from "./html.js";
import type { ReportLabels } from "./labels.js";

const WORDS = {
  nl: { title: "Niet gecontroleerd", intro: "Deze delen van het plan konden de controles niet lezen; ze zijn dus niet gecontroleerd. Dat is geen fout: de melding hierboven zegt waarom, en hoe ze wel te controleren zijn." },
  en: { title: "Not checked", intro: "The checks could not read these parts of the plan, so they were not checked. That is not an error: the finding above says why, and how to have them checked." },
} as const;

export function renderNotChecked(notChecked: readonly NotChecked[], labels: ReportLabels): string {
  if (notChecked.length === 0) return "";
  const w = labels.lang === "en" ? WORDS.en : WORDS.nl;
  // Short: the reason and how to have it checked are in the finding above; this part only names the parts.
  const items = notChecked.map((n) => `<li>${esc(capitalise(n.label))} <span class="regel">(${esc(n.ruleId)})</span></li>`).join("\n");
  return `<h3>${esc(w.title)}</h3>\n<p>${esc(w.intro)}</p>\n<ul class="niet-gecontroleerd">\n${items}\n</ul>\n`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
