/** The built-in rules, in the order they run (and are listed by `veiligheidsplan rules`). */
import { begrotingStructuur } from "./begroting-structuur.js";
import { begrotingThemas } from "./begroting-themas.js";
import { begrotingTotalen } from "./begroting-totalen.js";
import { continuiteit } from "./continuiteit.js";
import { geldigheid } from "./geldigheid.js";
import { grondslag } from "./grondslag.js";
import { metadata } from "./metadata.js";
import { opgaveAmbitie } from "./opgave-ambitie.js";
import { periode } from "./periode.js";
import { pijlers } from "./pijlers.js";
import { themaNummering } from "./thema-nummering.js";
import { themaVerwijzingen } from "./thema-verwijzingen.js";
import { kwaliteitAantalPrioriteiten } from "./kwaliteit/aantal-prioriteiten.js";
import { kwaliteitAfkortingen } from "./kwaliteit/afkortingen.js";
import { kwaliteitEvaluatie } from "./kwaliteit/evaluatie.js";
import { kwaliteitKeten } from "./kwaliteit/keten.js";
import { kwaliteitMeetbareDoelen } from "./kwaliteit/meetbare-doelen.js";
import { kwaliteitMonitoring } from "./kwaliteit/monitoring.js";
import { kwaliteitVeiligheidsanalyse } from "./kwaliteit/veiligheidsanalyse.js";
import { kwaliteitVeiligheidsvelden } from "./kwaliteit/veiligheidsvelden.js";
import { kwaliteitVoortgang } from "./kwaliteit/voortgang.js";
import type { Rule } from "./types.js";
import { vaststelling } from "./vaststelling.js";
import { wetsverwijzingen } from "./wetsverwijzingen.js";

export const ALL_RULES: readonly Rule<any>[] = [
  // The four-year cycle.
  metadata,
  periode,
  vaststelling,
  continuiteit,
  geldigheid,
  // The legal basis.
  grondslag,
  wetsverwijzingen,
  // The budget.
  begrotingTotalen,
  begrotingStructuur,
  begrotingThemas,
  // Structure and cross-references.
  themaNummering,
  opgaveAmbitie,
  pijlers,
  themaVerwijzingen,
  // Quality: the field's own guidance (CCV checklist, Kernbeleid Veiligheid).
  kwaliteitVeiligheidsanalyse,
  kwaliteitEvaluatie,
  kwaliteitAantalPrioriteiten,
  kwaliteitMeetbareDoelen,
  kwaliteitKeten,
  kwaliteitMonitoring,
  kwaliteitVoortgang,
  kwaliteitVeiligheidsvelden,
  kwaliteitAfkortingen,
];
