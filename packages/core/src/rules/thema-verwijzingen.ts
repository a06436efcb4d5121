/**
 * thema-verwijzingen: references to themes in the text ("(Thema 4 — Zorg & Veiligheid)", "thema's 1 t/m
 * 6", "zie het thema: Veilige wijken") point at a theme that exists, by its right number and title. A
 * wrong title with the right number is repaired to the theme's title when the reference is closed off
 * (by a parenthesis, "& Thema …" or the end of the line), so that the repair cannot swallow prose.
 */
import type { ThemeNode, ThemeRef } from "../structure/types.js";
import { foldText, nearlySameFolded } from "../text/keywords.js";
import { themeName, themeNumber, themeStyle } from "./theme-names.js";
import { defineRule } from "./types.js";

/** Up to this many themes, near-miss titles are looked for (a real plan has a dozen). */
const NEAR_MISS_LIMIT = 200;

export const themaVerwijzingen = defineRule({
  meta: {
    id: "thema-verwijzingen",
    name: { nl: "Verwijzingen naar thema's", en: "References to themes" },
    description: {
      nl: "Elke verwijzing naar een thema in de tekst wijst naar een bestaand thema, met het juiste nummer en de juiste titel.",
      en: "Every reference to a theme in the text points to an existing theme, with the right number and title.",
    },
    category: "verwijzingen",
    defaultSeverity: "error",
    fixable: true,
    hasSuggestions: true,
    messages: ["bestaatNietEigen", "bereikEigen", "bestaatNiet", "verkeerdeTitel", "nummerOfTitel", "bereik", "titelOnbekend", "titelBijna", "gerelateerd.thema", "fix.titel", "suggestie.titel", "suggestie.nummer"],
  },
  check(ctx) {
    const { plan } = ctx;
    const themes = plan.themes;
    // Without themes there is nothing to point at; thema-nummering says so.
    if (themes.length === 0) return;
    const text = plan.text;
    const byNumber = new Map<number, ThemeNode>();
    // By the word and the number the heading writes ("prioriteit 1", "thema 1"): a plan that numbers its
    // priorities and its other themes in two series has both a "Prioriteit 1" and a "Thema 1".
    const byWordAndNumber = new Map<string, ThemeNode>();
    const byTitle = new Map<string, ThemeNode>();
    for (const t of themes) {
      if (t.nummer !== undefined && !byNumber.has(t.nummer)) byNumber.set(t.nummer, t);
      if (t.nummer !== undefined && t.numberWord !== undefined) {
        const key = `${t.numberWord.toLowerCase()} ${t.nummer}`;
        if (!byWordAndNumber.has(key)) byWordAndNumber.set(key, t);
      }
      const k = foldText(t.title);
      if (k && !byTitle.has(k)) byTitle.set(k, t);
    }
    const numbers = [...byNumber.keys()].sort((a, b) => a - b);
    const bestaand = { bestaand: { numbers } };
    const small = themes.length <= NEAR_MISS_LIMIT;
    // Each theme's title folded once, not once per reference that names no theme exactly.
    const folded = small ? themes.map((t) => foldText(t.title)) : [];
    // A plan names the same few titles many times: each looked for once.
    const nearOf = new Map<string, ThemeNode[]>();
    const nearTitle = (title: string): ThemeNode[] => {
      if (!small) return [];
      const f = foldText(title);
      let found = nearOf.get(f);
      if (found === undefined) nearOf.set(f, (found = themes.filter((_, i) => nearlySameFolded(folded[i]!, f, 5))));
      return found;
    };
    // Themes named in the plan's own words ("prioriteit 3"), a reference in the words it uses.
    const style = themeStyle(plan);
    const wordOf = (t: ThemeNode) => t.numberWord ?? style.word;
    const numberOf = (t: ThemeNode, capital = false) => (t.nummer !== undefined ? themeNumber(t.nummer, wordOf(t), capital) : themeName(t, style, capital));
    const related = (t: ThemeNode) => [{ span: t.titleSpan, messageId: "gerelateerd.thema", data: { nummer: t.nummer ?? "", nummerThema: numberOf(t), titel: t.title } }];

    for (const r of plan.themeRefs) {
      if (r.kind === "all") continue;
      if (r.kind === "range") {
        const van = r.nummer!;
        const tot = r.tot!;
        const missing = van > tot ? [] : numbersMissing(van, tot, byNumber);
        if (van > tot || missing.length > 0) {
          const own = r.word !== undefined && !/^thema/i.test(r.word);
          ctx.report({ messageId: own ? "bereikEigen" : "bereik", data: { van, tot, ...bestaand, ...(own ? { verwijzing: plan.text.slice(r.span.start, r.span.end) } : {}) }, span: r.span });
        }
        continue;
      }
      if (r.kind === "number") {
        const t = (r.word !== undefined ? byWordAndNumber.get(`${r.word.toLowerCase()} ${r.nummer}`) : undefined) ?? byNumber.get(r.nummer!);
        if (!t) {
          const byItsTitle = r.title ? byTitle.get(foldText(r.title)) : undefined;
          // In the plan's own words: "Prioriteit 3 bestaat niet", not "Thema 3".
          const own = r.word !== undefined && r.word.toLowerCase() !== "thema";
          ctx.report({
            messageId: own ? "bestaatNietEigen" : "bestaatNiet",
            data: { nummer: r.nummer!, ...bestaand, ...(own ? { verwijzing: `${r.word![0]!.toUpperCase()}${r.word!.slice(1).toLowerCase()} ${r.nummer}` } : {}) },
            span: r.numberSpan ?? r.span,
            ...(byItsTitle?.nummer !== undefined && r.numberSpan
              ? { related: related(byItsTitle), suggestions: [{ messageId: "suggestie.nummer", data: { nummer: byItsTitle.nummer, nummerThema: themeNumber(byItsTitle.nummer, r.word, false) }, edits: [{ span: r.numberSpan, newText: String(byItsTitle.nummer) }] }] }
              : {}),
          });
          continue;
        }
        if (!r.title || !r.titleSpan || foldText(r.title) === foldText(t.title)) continue;
        if (!closed(text, r)) continue;
        const other = byTitle.get(foldText(r.title));
        if (other && other !== t && other.nummer !== undefined && r.numberSpan) {
          // The title names another theme: either the number or the title is wrong. Where that theme is of the
          // other series ("Prioriteit 2" for a "Thema 1"), changing the number alone would point elsewhere.
          const otherWord = other.numberWord ?? r.word;
          const sameSeries = (otherWord ?? "").toLowerCase() === (r.word ?? "").toLowerCase();
          ctx.report({
            messageId: "nummerOfTitel",
            data: { nummer: r.nummer!, NummerThema: themeNumber(r.nummer!, r.word, true), titel: t.title, geschreven: r.title, ander: other.nummer, anderThema: themeNumber(other.nummer, otherWord, false) },
            span: r.span,
            related: [...related(t), ...related(other)],
            suggestions: [
              ...(sameSeries ? [{ messageId: "suggestie.nummer", data: { nummer: other.nummer, nummerThema: themeNumber(other.nummer, r.word, false) }, edits: [{ span: r.numberSpan, newText: String(other.nummer) }] }] : []),
              { messageId: "suggestie.titel", data: { titel: t.title }, edits: [{ span: r.titleSpan, newText: t.title }] },
            ],
          });
          continue;
        }
        ctx.report({
          messageId: "verkeerdeTitel",
          data: { nummer: r.nummer!, NummerThema: themeNumber(r.nummer!, r.word, true), titel: t.title, geschreven: r.title },
          span: r.titleSpan,
          related: related(t),
          fix: { messageId: "fix.titel", data: { titel: t.title }, edits: [{ span: r.titleSpan, newText: t.title }] },
        });
        continue;
      }
      // By title: "zie het thema: Veilige wijken".
      if (!r.title || !r.titleSpan) continue;
      if (byTitle.has(foldText(r.title))) continue;
      const near = nearTitle(r.title);
      if (near.length === 1) {
        const t = near[0]!;
        ctx.report({
          messageId: "titelBijna",
          data: { geschreven: r.title, titel: t.title, nummer: t.nummer ?? "", nummerThema: numberOf(t) },
          span: r.titleSpan,
          related: related(t),
          fix: { messageId: "fix.titel", data: { titel: t.title }, edits: [{ span: r.titleSpan, newText: t.title }] },
        });
      } else {
        ctx.report({ messageId: "titelOnbekend", data: { geschreven: r.title, bestaand: titleList(themes) }, span: r.titleSpan, severity: "warning" });
      }
    }
  },
});

/** Whether the reference's title is closed off, so that replacing it cannot eat the sentence after it. */
function closed(text: string, r: ThemeRef): boolean {
  let i = r.titleSpan!.end;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  const c = text[i];
  if (c === undefined || c === ")" || c === "&" || c === "\n" || c === "\r") return true;
  return /^en\s+[Tt]hema\b/.test(text.slice(i, i + 20));
}

function numbersMissing(van: number, tot: number, byNumber: ReadonlyMap<number, ThemeNode>): number[] {
  const out: number[] = [];
  for (let n = van; n <= tot && n - van < 1000; n++) if (!byNumber.has(n)) out.push(n);
  return out;
}

function titleList(themes: readonly ThemeNode[]): string {
  const items = themes.slice(0, 12).map((t) => (t.nummer !== undefined ? `${t.nummer}. ${t.title}` : t.title));
  return themes.length > 12 ? `${items.join("; ")}; …` : items.join("; ");
}

