/**
 * wetsverwijzingen: every citation of a law, in the `grondslag:` list or in the prose, reads as a
 * citation and resolves to a law the registry knows. A `grondslag:` entry is data: it must read as one
 * citation naming its law, and it gets a fix to the canonical form ("artikel 38b, eerste lid,
 * Politiewet 2012"). In the prose an article without a law ("zoals artikel 3a bepaalt") is left alone,
 * since the law is usually named in the sentence before.
 */
import { formatCitation } from "../law/citation.js";
import { checkArticle, LAWS, type Law } from "../law/registry.js";
import type { CitationNode } from "../structure/types.js";
import { editDistance, foldText } from "../text/keywords.js";
import { notCheckedFinding } from "../not-checked.js";
import { defineRule } from "./types.js";
import { replaceGrondslagEntry } from "./util.js";

const KNOWN = LAWS.map((l) => l.name).join(", ");

/** A known law whose name or alias is close to what was written ("Politiewet 2021", "Wet veiligheidsregio"). */
function nearLaw(written: string): Law | undefined {
  const w = foldText(written);
  let best: Law | undefined;
  let bestD = 3;
  for (const law of LAWS) {
    for (const alias of [law.name, ...law.aliases]) {
      const a = foldText(alias);
      if (a.length < 5) continue;
      const d = editDistance(w, a, 2);
      if (d < bestD) {
        bestD = d;
        best = law;
      }
    }
  }
  return bestD <= 2 ? best : undefined;
}

/** The only law in the registry that has this article (for an entry that names none). */
function lawOfArticle(artikel: string): Law | undefined {
  const hits = LAWS.filter((l) => l.articles[artikel] !== undefined);
  return hits.length === 1 ? hits[0] : undefined;
}

const canonicalEqual = (a: string, b: string) => a.trim().replace(/[’]/g, "'").replace(/[.;,\s]+$/, "") === b;

export const wetsverwijzingen = defineRule({
  meta: {
    id: "wetsverwijzingen",
    name: { nl: "Wetsverwijzingen", en: "Legal citations" },
    description: {
      nl: "Elke wetsverwijzing is te lezen en verwijst naar een bekende wet; de grondslag staat in de vaste schrijfwijze.",
      en: "Every legal citation can be read and refers to a known law; the legal basis is written in the standard form.",
    },
    category: "verwijzingen",
    defaultSeverity: "error",
    fixable: true,
    hasSuggestions: true,
    messages: [
      "onleesbaar", "geenWet", "onbekendeWet", "onbekendeWetInTekst", "bijnaWet", "schrijfwijze",
      "artikelBestaatNiet", "artikelBestaatNietBedoeld", "artikelNietGevonden", "artikelNietGevondenBedoeld", "lidBestaatNiet", "lidGeenLeden",
      "fix.schrijfwijze", "suggestie.wet", "suggestie.metWet", "suggestie.artikel",
    ],
  },
  check(ctx) {
    const { plan } = ctx;
    for (const c of plan.citations) {
      const inMeta = c.source === "grondslag";
      if (c.unreadable) {
        ctx.report({ messageId: "onleesbaar", data: { tekst: c.text.trim() }, span: c.span, severity: "error" });
        continue;
      }
      if (!c.law) {
        if (c.lawText) {
          const near = nearLaw(c.lawText);
          const lawSpan = lawTextSpan(plan.text, c);
          if (near) {
            ctx.report({
              messageId: "bijnaWet",
              data: { wet: c.lawText, bedoeld: near.name },
              span: lawSpan,
              severity: "warning",
              suggestions: [{ messageId: "suggestie.wet", data: { wet: near.name }, edits: [{ span: lawSpan, newText: near.name }] }],
            });
          } else if (inMeta) {
            ctx.report(notCheckedFinding("wetsverwijzingen.onbekendeWet", lawSpan, { wet: c.lawText, bekend: KNOWN }));
          } else {
            ctx.report(notCheckedFinding("wetsverwijzingen.onbekendeWetInTekst", lawSpan, { wet: c.lawText, bekend: KNOWN }));
          }
        } else if (inMeta) {
          const law = lawOfArticle(c.artikel);
          const canonical = law ? formatCitation({ artikel: c.artikel, lid: c.lid, law }) : undefined;
          const edits = canonical ? replaceGrondslagEntry(plan, c.span, canonical) : undefined;
          ctx.report({
            messageId: "geenWet",
            data: { tekst: c.text.trim() },
            span: c.span,
            severity: "error",
            suggestions: edits ? [{ messageId: "suggestie.metWet", data: { nieuw: canonical! }, edits }] : [],
          });
        }
        continue;
      }
      // A readable citation of a known law: the article and lid must exist.
      if (!checkExists(ctx, c, c.law, inMeta)) continue;
      // In the metadata, write it the standard way.
      if (!inMeta) continue;
      const canonical = formatCitation({ artikel: c.artikel, lid: c.lid, law: c.law });
      if (canonicalEqual(c.text, canonical)) continue;
      const edits = replaceGrondslagEntry(plan, c.span, canonical);
      if (!edits) continue;
      ctx.report({ messageId: "schrijfwijze", data: { tekst: c.text.trim(), nieuw: canonical }, span: c.span, severity: "hint", fix: { messageId: "fix.schrijfwijze", data: { nieuw: canonical }, edits } });
    }
  },
});

/**
 * Reports an article or lid that the law does not have (by its article list, see law/articles.ts);
 * returns whether the citation passed. Against a list known to be complete that is an error; against
 * an older list of a law that has gained articles since, a warning that names the text's date.
 */
function checkExists(ctx: Parameters<typeof wetsverwijzingen.check>[0], c: CitationNode, law: Law, inMeta: boolean): boolean {
  const check = checkArticle(law, c.artikel, c.lid);
  if (check.kind === "bestaat") return true;
  const { text } = ctx.plan;
  const list = law.articleList;
  const severity = list.complete ? "error" : "warning";
  const base = { wet: law.name, artikel: c.artikel, datum: { date: list.textDate } };
  if (check.kind === "geenArtikel") {
    const numberSpan = partSpan(text, c, /\b(?:artikel|art\.?)\s+(\d+[a-z]{0,2})/iu);
    const near = check.near;
    const stem = list.complete ? "artikelBestaatNiet" : "artikelNietGevonden";
    ctx.report({
      messageId: near.length > 0 ? `${stem}Bedoeld` : stem,
      data: { ...base, bedoeld: near[0] ?? "" },
      span: numberSpan,
      severity,
      // Each near article as a replacement of the number (in the grondslag, of the whole entry in the standard form).
      suggestions: near.map((n) => {
        const canonical = formatCitation({ artikel: n, lid: c.lid, law });
        const edits = (inMeta ? replaceGrondslagEntry(ctx.plan, c.span, canonical) : undefined) ?? [{ span: numberSpan, newText: n }];
        return { messageId: "suggestie.artikel", data: { artikel: n }, edits };
      }),
    });
    return false;
  }
  const lidSpan = partSpan(text, c, /(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|\d+e)\s+lid|lid\s+\d+/iu);
  ctx.report({ messageId: check.leden === 0 ? "lidGeenLeden" : "lidBestaatNiet", data: { ...base, lid: c.lid ?? "", leden: check.leden }, span: lidSpan, severity });
  return false;
}

/** The span of the first match of `pattern` (its first group if any) within the citation, or the citation. */
function partSpan(text: string, c: CitationNode, pattern: RegExp): { start: number; end: number } {
  const src = text.slice(c.span.start, c.span.end);
  const m = pattern.exec(src);
  if (!m) return c.span;
  const part = m[1] ?? m[0];
  const at = m.index + m[0].lastIndexOf(part);
  return { start: c.span.start + at, end: c.span.start + at + part.length };
}

/** Where the law's name stands inside a citation (the citation's end, where the name is written). */
function lawTextSpan(text: string, c: CitationNode): { start: number; end: number } {
  const src = text.slice(c.span.start, c.span.end);
  const at = c.lawText ? src.lastIndexOf(c.lawText) : -1;
  return at >= 0 ? { start: c.span.start + at, end: c.span.start + at + c.lawText!.length } : c.span;
}
