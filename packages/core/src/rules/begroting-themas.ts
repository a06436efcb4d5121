/**
 * begroting-themas: the money and the goals meet. Every deelproduct in the budget table has a
 * toelichting that names the themes it serves, and every theme is served by some deelproduct (or by a
 * line for all themes, "(Alle thema's)"). Whether a named theme exists and carries that title is
 * thema-verwijzingen's to check, everywhere in the text, so it is not reported twice.
 */
import type { ToelichtingNode } from "../structure/types.js";
import { foldText, indexByFoldedText, nearlySameFolded } from "../text/keywords.js";
import { notCheckedFinding } from "../not-checked.js";
import { defineRule } from "./types.js";
import { themeNames, themeStyle } from "./theme-names.js";

/** Up to this many lines and toelichtingen, near-miss names are looked for (a real table has a dozen). */
const NEAR_MISS_LIMIT = 200;

export const begrotingThemas = defineRule({
  meta: {
    id: "begroting-themas",
    name: { nl: "Begroting: koppeling aan thema's", en: "Budget: link to themes" },
    description: {
      nl: "Elk deelproduct heeft een toelichting die de thema's noemt waaraan het bijdraagt, en elk thema krijgt geld van een deelproduct.",
      en: "Every deelproduct has an explanation naming the themes it serves, and every theme is funded by a deelproduct.",
    },
    category: "begroting",
    defaultSeverity: "warning",
    fixable: true,
    hasSuggestions: false,
    messages: ["geenToelichtingHoofdstuk", "themaZonderRegel", "geenToelichting", "toelichtingNaam", "toelichtingZonderRegel", "geenThema", "toelichtingLeeg", "themaZonderGeld", "fix.naam"],
  },
  check(ctx) {
    const { plan } = ctx;
    const budget = plan.budget;
    if (!budget?.table || budget.lines.length === 0) return;
    const text = plan.text;
    // How to name a theme, shown in the plan's own words: "(Prioriteit 1 — Ondermijning)" where it says so.
    const style = themeStyle(plan);
    const first = plan.themes.find((t) => t.nummer !== undefined);
    const voorbeeld = style.word && style.word.toLowerCase() !== "thema" && first ? `(${style.word} ${first.nummer} — ${first.title})` : "(Thema 4 — Zorg & Veiligheid)";
    if (!budget.toelichtingSection) {
      // A budget per theme: every line (two at least) is named after a theme ("Ondermijning" for
      // "Speerpunt 1 – Ondermijning"), so the table itself says which theme gets the money; the themes
      // of that kind (the priorities, when only they have lines) without a line of their own stand out.
      const byTitle = indexByFoldedText(plan.themes, (t) => t.title);
      const named = budget.lines.map((l) => byTitle.get(foldText(l.deelproduct)));
      if (named.length >= 2 && named.every((t) => t !== undefined)) {
        const funded = new Set(named);
        const soorten = new Set(named.map((t) => t!.soort));
        for (const theme of plan.themes) {
          if (funded.has(theme) || !soorten.has(theme.soort)) continue;
          ctx.report({ messageId: "themaZonderRegel", data: themeNames(theme, style), span: theme.titleSpan });
        }
        return;
      }
      // Many plans give the table alone; that is allowed, so it is information, not a warning.
      ctx.report(notCheckedFinding("begroting-themas.geenToelichtingHoofdstuk", budget.table.header.span, { voorbeeld, kop: budget.section.title }));
      return;
    }

    // Pair lines and toelichtingen by name; a near miss renames the toelichting's heading to the line's name.
    const byName = indexByFoldedText(budget.toelichting, (t) => t.deelproduct);
    const used = new Set<ToelichtingNode>();
    const matched: ToelichtingNode[] = [];
    const missing: (typeof budget.lines)[number][] = [];
    const seenNames = new Set<string>();
    for (const l of budget.lines) {
      const name = foldText(l.deelproduct);
      // A row repeated under the same name shares the first one's toelichting (begroting-totalen reports a copied row).
      if (name !== "" && seenNames.has(name)) continue;
      seenNames.add(name);
      const t = byName.get(name);
      if (t && !used.has(t)) {
        used.add(t);
        matched.push(t);
      } else if (l.deelproduct !== "") missing.push(l);
    }
    const small = budget.lines.length + budget.toelichting.length <= NEAR_MISS_LIMIT;
    for (const l of missing) {
      const near = small ? budget.toelichting.filter((t) => !used.has(t) && isNear(t.deelproduct, l.deelproduct)) : [];
      if (near.length === 1) {
        const t = near[0]!;
        used.add(t);
        matched.push(t);
        ctx.report({
          messageId: "toelichtingNaam",
          data: { kop: t.deelproduct, regel: l.deelproduct },
          span: t.titleSpan,
          fix: { messageId: "fix.naam", data: { regel: l.deelproduct }, edits: [{ span: t.titleSpan, newText: l.deelproduct }] },
        });
      } else {
        ctx.report({ messageId: "geenToelichting", data: { regel: l.deelproduct }, span: l.nameSpan });
      }
    }
    for (const t of budget.toelichting) if (!used.has(t)) ctx.report({ messageId: "toelichtingZonderRegel", data: { kop: t.deelproduct }, span: t.titleSpan });

    // What each toelichting says, and which themes get money.
    const funded = new Set<number>();
    let forAll = false;
    for (const t of matched) {
      if (t.alleThemas) forAll = true;
      for (const r of t.refs) {
        if (r.kind === "number" && r.nummer !== undefined) funded.add(r.nummer);
        if (r.kind === "range" && r.nummer !== undefined && r.tot !== undefined) for (let n = r.nummer; n <= r.tot && n - r.nummer < 1000; n++) funded.add(n);
      }
      if (t.refs.length === 0 && !t.alleThemas) ctx.report({ messageId: "geenThema", data: { regel: t.deelproduct, voorbeeld }, span: t.titleSpan });
      if (!hasDescription(text, t)) ctx.report({ messageId: "toelichtingLeeg", data: { regel: t.deelproduct }, span: t.titleSpan });
    }
    if (forAll || plan.themes.length === 0) return;
    for (const theme of plan.themes) {
      if (theme.nummer === undefined || funded.has(theme.nummer)) continue;
      ctx.report({ messageId: "themaZonderGeld", data: themeNames(theme, themeStyle(plan)) , span: theme.titleSpan });
    }
  },
});

function isNear(a: string, b: string): boolean {
  const fa = foldText(a);
  const fb = foldText(b);
  // "&" for "en" is common in headings.
  return fa.replace(/ & /g, " en ") === fb.replace(/ & /g, " en ") || nearlySameFolded(fa, fb, 6);
}

const WORD = /\p{L}{2,}/gu;

/** Whether the toelichting says anything besides naming its themes. */
function hasDescription(text: string, t: ToelichtingNode): boolean {
  let words = 0;
  for (const b of t.section.ownBlocks) {
    if (b.kind !== "paragraph" && b.kind !== "list" && b.kind !== "quote" && b.kind !== "table") continue;
    let s = text.slice(b.span.start, b.span.end);
    // Remove the theme references: "(Thema 4 — Zorg & Veiligheid)", "(Alle thema's)".
    s = s.replace(/\([^()]*\)/g, " ").replace(/\bthema['’]?s?\s+\d[^\n]*/gi, " ");
    // Counted up to three, not all listed: a long explanation has hundreds of words.
    WORD.lastIndex = 0;
    while (words < 3 && WORD.test(s)) words++;
    if (words >= 3) return true;
  }
  return false;
}
