/** Completion on a heading line: Opgave and Ambitie in a theme, a new theme, the listed pillars, Toelichting and its deelproducten, the main chapters. */
import { type Section } from "@veiligheidsplan/core";
import { headingNumber, themeStyle } from "@veiligheidsplan/core/internal";
import { CompletionItemKind, type CompletionItem } from "vscode-languageserver-types";
import { type Ctx, item } from "./completion-context.js";
import { sectionsAt } from "./document.js";
import { say, TEXT, themeKind } from "./text.js";

interface HeadingOffer {
  readonly level: number;
  readonly title: string;
  readonly detail: string;
  readonly kind: CompletionItemKind;
  /** Snippet body after the heading line (e.g. a theme's Opgave and Ambitie). */
  readonly snippetTitle?: string;
  readonly snippetRest?: string;
}

export function headingCompletions(c: Ctx): CompletionItem[] | undefined {
  const rest = c.p.text.slice(c.offset, c.lineEnd);
  const m = /^( {0,3})(#{1,6})?([ \t]+[^\n]*)?$/.exec(c.prefix);
  if (!m || (!m[2] && m[3] !== undefined && m[3].trim() !== "")) return undefined;
  const emptyLine = c.prefix.trim() === "" && rest.trim() === "";
  if (!m[2] && !emptyLine) return undefined;
  if (!m[2] && c.lineStart === 0) return undefined;
  const hashes = m[2] ?? "";
  const offers = headingOffers(c);
  const start = c.lineStart + m[1]!.length;
  const end = m[2] ? c.lineEnd : c.offset;
  const items = offers.map((o, i) => {
    const heading = `${"#".repeat(o.level)} ${o.title}`;
    const snippet = o.snippetTitle !== undefined ? `${"#".repeat(o.level)} ${o.snippetTitle}${o.snippetRest ?? ""}` : undefined;
    return item(c, o.title, start, heading, {
      end,
      kind: o.kind,
      detail: `${"#".repeat(o.level)} — ${o.detail}`,
      filterText: hashes ? `${hashes} ${o.title}` : o.title,
      sortText: String(i).padStart(3, "0"),
      ...(snippet ? { snippet } : {}),
    });
  });
  if (emptyLine) items.push(...pillarIntroItems(c));
  return items;
}

function headingOffers(c: Ctx): HeadingOffer[] {
  const p = c.p;
  const onThisLine = (s: Section | undefined) => s !== undefined && p.lines.lineAt(s.heading.span.start) === c.line;
  const exists = (s: Section | undefined) => s !== undefined && !onThisLine(s);
  const chain = c.lineStart > 0 ? sectionsAt(p, c.lineStart - 1).filter((s) => !onThisLine(s)) : [];
  const offers: HeadingOffer[] = [];
  const loc = c.locale;
  const nl = c.eol;
  for (const s of chain) {
    const theme = p.themes.find((t) => t.section === s);
    if (theme) {
      const what = say(loc, TEXT.themeOf, { nummer: theme.nummer ?? "?" });
      if (!exists(theme.opgave)) offers.push({ level: s.level + 1, title: "Opgave", detail: say(loc, TEXT.headingFor, { what }), kind: CompletionItemKind.Keyword });
      if (!exists(theme.ambitie)) offers.push({ level: s.level + 1, title: "Ambitie", detail: say(loc, TEXT.headingFor, { what }), kind: CompletionItemKind.Keyword });
    }
    const ambitieOf = p.themes.find((t) => t.ambitie === s);
    if (ambitieOf) {
      for (const pl of ambitieOf.pillars) {
        if (exists(pl.elaboration)) continue;
        offers.push({ level: s.level + 1, title: pl.title, detail: say(loc, TEXT.pillarOf, { nummer: ambitieOf.nummer ?? "?" }), kind: CompletionItemKind.EnumMember });
      }
    }
    const container = p.themeContainers.find((x) => x.section === s);
    if (container) {
      const inContainer = p.themes.filter((t) => t.soort === container.soort && !onThisLine(t.section));
      const isLast = p.themeContainers[p.themeContainers.length - 1] === container;
      const pool = isLast ? p.themes.filter((t) => !onThisLine(t.section)) : inContainer;
      const next = Math.max(0, ...pool.map((t) => t.nummer ?? 0)) + 1;
      // Numbered as the plan numbers this kind of theme: "Prioriteit 3: ", "Speerpunt 3 – ", "3. ".
      const number = headingNumber(themeStyle(p, container.soort), next);
      const sub = "#".repeat(s.level + 2);
      offers.push({
        level: s.level + 1,
        title: number,
        detail: `${say(loc, TEXT.newTheme, { nummer: next })} (${themeKind(loc, container)})`,
        kind: CompletionItemKind.Class,
        snippetTitle: `${number}\${1:Titel}`,
        snippetRest: `${nl}${nl}${sub} Opgave${nl}${nl}\${2}${nl}${nl}${sub} Ambitie${nl}${nl}\${0}`,
      });
    }
    const b = p.budget;
    if (b && b.section === s && !exists(b.toelichtingSection)) {
      offers.push({ level: s.level + 1, title: "Toelichting", detail: say(loc, TEXT.headingFor, { what: say(loc, TEXT.toelichtingOf) }), kind: CompletionItemKind.Keyword });
    }
    if (b && b.toelichtingSection === s) {
      const explained = new Set(b.toelichting.filter((t) => !onThisLine(t.section)).map((t) => t.deelproduct.toLowerCase()));
      for (const l of b.lines) {
        if (explained.has(l.deelproduct.toLowerCase())) continue;
        offers.push({ level: s.level + 1, title: l.deelproduct, detail: say(loc, TEXT.headingFor, { what: say(loc, TEXT.toelichtingOf) }), kind: CompletionItemKind.Field });
      }
    }
  }
  // The plan's main chapters, at the level the plan uses for chapters.
  const chapterLevel =
    p.themeContainers[0]?.section.level ?? p.budget?.section.level ?? (p.sections.length > 0 && p.sections[0]!.level === 1 && p.sections.filter((s) => s.level === 1).length === 1 ? 2 : 1);
  const what = say(loc, TEXT.chapter);
  const hasContainer = (soort: string) => p.themeContainers.some((x) => x.soort === soort && exists(x.section));
  if (!hasContainer("prioritair")) offers.push({ level: chapterLevel, title: "Prioritaire thema's", detail: say(loc, TEXT.headingFor, { what }), kind: CompletionItemKind.Module });
  if (!hasContainer("kern")) offers.push({ level: chapterLevel, title: "Kernthema's", detail: say(loc, TEXT.headingFor, { what }), kind: CompletionItemKind.Module });
  if (!exists(p.budget?.section)) offers.push({ level: chapterLevel, title: "Financiën", detail: say(loc, TEXT.headingFor, { what }), kind: CompletionItemKind.Module });
  return offers;
}

function pillarIntroItems(c: Ctx): CompletionItem[] {
  const p = c.p;
  const chain = sectionsAt(p, Math.max(0, c.lineStart - 1));
  const theme = p.themes.find((t) => t.ambitie !== undefined && chain.includes(t.ambitie));
  if (!theme || theme.pillarIntro) return [];
  const nl = c.eol;
  const label = "Onze aanpak berust op … pijlers:";
  return [
    item(c, label, c.offset, "Onze aanpak berust op drie pijlers:", {
      kind: CompletionItemKind.Snippet,
      detail: say(c.locale, TEXT.pillarIntro),
      filterText: "Onze aanpak berust op pijlers",
      snippet: `Onze aanpak berust op \${1|twee,drie,vier,vijf|} pijlers:${nl}${nl}1. \${2}${nl}2. \${3}${nl}3. \${4}`,
    }),
  ];
}
