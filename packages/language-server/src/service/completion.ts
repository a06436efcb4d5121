/**
 * textDocument/completion: help with the structured parts, so that a policy writer writes prose and the
 * tool keeps the structure right. What is offered depends on where the cursor is:
 * - in the front matter: the keys not yet written, and values (status, door, formaat, dates, periode,
 *   grondslag citations);
 * - on a heading line: Opgave and Ambitie inside a theme, a new theme with the next number, the pillars
 *   listed in the Ambitie, Toelichting and its deelproducten, the plan's main chapters;
 * - after "Thema ": the themes; after "het thema: ": their titles;
 * - after "artikel " or "art. ": the citations the register knows;
 * - in the budget table's first column: deelproducten that have a toelichting but no line;
 * - in a `<!-- veiligheidsplan-… -->` comment: the directives and the rule ids.
 * https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#textDocument_completion
 * (Over 300 lines: one request with a branch per place in the plan; the front-matter tables come from core.)
 */
import { articleText, FIELD_NAMES, FIELDS, formatCitation, LAWS, lawUrl, metadataEntries, readPeriode, resolveToday, type Law, type Locale, type ParsedPlan, type Section } from "@veiligheidsplan/core";
import { normalizeKey, scalarText, getEntry } from "@veiligheidsplan/core/internal";
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList, type Position, type Range } from "vscode-languageserver-types";
import { eolOf, lineText, linePrefix, localeOf, rulesOf, offsetAt, sectionsAt, toPosition, type PlanDocument } from "./document.js";
import { say, TEXT, themeKind, type Bilingual } from "./text.js";

export interface CompletionOptions {
  /** Whether the client expands snippets (completionItem.snippetSupport). */
  readonly snippets?: boolean;
  /** Today as JJJJ-MM-DD, for date values (the "today" setting); the clock's date otherwise. */
  readonly today?: string;
}

/** Characters after which a client should ask for completions unprompted. */
export const COMPLETION_TRIGGER_CHARACTERS = ["#", " ", ":", "|", "-", "“", "\""];

interface Ctx {
  readonly doc: PlanDocument;
  readonly p: ParsedPlan;
  readonly offset: number;
  readonly locale: Locale;
  readonly prefix: string;
  readonly lineStart: number;
  readonly line: number;
  readonly lineEnd: number;
  readonly snippets: boolean;
  readonly today: string;
  readonly eol: string;
}

export function getCompletions(doc: PlanDocument, position: Position, options: CompletionOptions = {}): CompletionList {
  const p = doc.parsed;
  const offset = offsetAt(p, position);
  const { text: prefix, lineStart, line } = linePrefix(p, offset);
  const ctx: Ctx = {
    doc,
    p,
    offset,
    locale: localeOf(doc),
    prefix,
    lineStart,
    line,
    lineEnd: lineText(p, line).end,
    snippets: options.snippets ?? false,
    today: resolveToday({ explicit: options.today, now: Date.now }),
    eol: eolOf(p.text),
  };
  return { isIncomplete: false, items: completionsAt(ctx) };
}

function completionsAt(c: Ctx): CompletionItem[] {
  const fm = c.p.metadata.frontMatter;
  if (fm && c.offset >= fm.content.start && c.offset <= fm.content.end && !/^---|^\.\.\./.test(c.prefix)) return frontMatterCompletions(c);
  if (fm && c.offset < fm.span.end) return [];
  if (inFence(c)) return [];
  const directive = directiveCompletions(c);
  if (directive) return directive;
  const cell = budgetCellCompletions(c);
  if (cell) return cell;
  const heading = headingCompletions(c);
  if (heading) return heading;
  return [...themeRefCompletions(c), ...citationCompletions(c, /(?<![\p{L}\d])(artikel|art\.?)(\s+[\p{L}\d]*)?$/iu)];
}

function inFence(c: Ctx): boolean {
  return c.p.blocks.some((b) => b.kind === "fence" && c.offset > b.span.start && c.offset < b.span.end);
}

const range = (c: Ctx, start: number, end = c.offset): Range => ({ start: toPosition(c.p, start), end: toPosition(c.p, end) });

function item(c: Ctx, label: string, start: number, plain: string, extra: Partial<CompletionItem> & { snippet?: string; end?: number } = {}): CompletionItem {
  const { snippet, end, ...rest } = extra;
  const useSnippet = c.snippets && snippet !== undefined;
  return {
    label,
    textEdit: { range: range(c, start, end ?? c.offset), newText: useSnippet ? snippet! : plain },
    ...(useSnippet ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
    ...rest,
  };
}

const md = (value: string) => ({ kind: MarkupKind.Markdown, value });

// ---------------------------------------------------------------------------------------------
// Front matter

interface KeySpec {
  readonly key: string;
  readonly doc: Bilingual;
  readonly shape: "scalar" | "map" | "list";
}

// The front-matter keys and their documentation come from core's field declarations (model/fields.ts).
const TOP_KEYS: readonly KeySpec[] = FIELD_NAMES.map((n) => FIELDS[n]);
/** Keys inside a map field, by the field's normalised key. */
const NESTED_KEYS: Readonly<Record<string, readonly KeySpec[]>> = Object.fromEntries(
  FIELD_NAMES.flatMap((n) => (FIELDS[n].subFields ? [[normalizeKey(FIELDS[n].key), FIELDS[n].subFields!]] : [])),
);

const BODIES: readonly { readonly value: string; readonly doc: string }[] = [
  { value: "gemeenteraad", doc: "languageServer.completion.door.gemeenteraad" },
  { value: "college van burgemeester en wethouders", doc: "languageServer.completion.door.college-van-burgemeester-en-wethouders" },
  { value: "burgemeester", doc: "languageServer.completion.door.burgemeester" },
];

const STATUSES: readonly { readonly value: string; readonly doc: string }[] = [
  { value: "concept", doc: "languageServer.completion.status.concept" },
  { value: "voorstel", doc: "languageServer.completion.status.voorstel" },
  { value: "vastgesteld", doc: "languageServer.completion.status.vastgesteld" },
];

/** The key of the nearest line above with less indentation: the map a nested key belongs to. */
function parentKey(c: Ctx, indent: number): string | undefined {
  for (let l = c.line - 1; l >= 0; l--) {
    const t = lineText(c.p, l).text;
    if (t.trim() === "" || t.trim().startsWith("#")) continue;
    const m = /^(\s*)(?:-\s+)?([^:#\s][^:]*):/.exec(t);
    if (t.trimEnd() === "---") return undefined;
    const ind = /^\s*/.exec(t)![0].length;
    if (ind < indent && m) return normalizeKey(m[2]!.trim());
    if (ind === 0) return undefined;
  }
  return undefined;
}

function frontMatterCompletions(c: Ctx): CompletionItem[] {
  const listItem = /^(\s*)-\s*(.*)$/.exec(c.prefix);
  if (listItem) {
    const parent = parentKey(c, listItem[1]!.length + 1);
    if (parent !== "grondslag") return [];
    return citationItems(c, c.offset - listItem[2]!.length, listItem[2]!);
  }
  const value = /^(\s*)([^:#\s][^:]*):[ \t]*(.*)$/.exec(c.prefix);
  if (value) {
    const indent = value[1]!.length;
    const key = normalizeKey(value[2]!.trim());
    const parent = indent > 0 ? parentKey(c, indent) : undefined;
    return valueItems(c, key, parent, c.offset - value[3]!.length);
  }
  const key = /^(\s*)([\p{L}\d _-]*)$/u.exec(c.prefix);
  if (!key) return [];
  const indent = key[1]!.length;
  const start = c.lineStart + indent;
  if (indent === 0) {
    const present = new Set(metadataEntries(c.p).filter((e) => c.p.lines.lineAt(e.keySpan.start) !== c.line).map((e) => e.key));
    return TOP_KEYS.filter((k) => !present.has(normalizeKey(k.key))).map((k, i) => keyItem(c, k, start, i));
  }
  const parent = parentKey(c, indent);
  const specs = parent ? NESTED_KEYS[parent] : undefined;
  if (!specs) return [];
  const parentEntry = c.p.metadata.get(parent!);
  const present = new Set(
    parentEntry?.value.kind === "map" ? parentEntry.value.entries.filter((e) => c.p.lines.lineAt(e.keySpan.start) !== c.line).map((e) => e.key) : [],
  );
  return specs.filter((k) => !present.has(normalizeKey(k.key))).map((k, i) => keyItem(c, k, start, i, parent));
}

function keyItem(c: Ctx, k: KeySpec, start: number, order: number, parent?: string): CompletionItem {
  const nl = c.eol;
  const plain = k.shape === "scalar" ? `${k.key}: ` : k.shape === "map" ? `${k.key}:${nl}  ` : `${k.key}:${nl}  - `;
  let snippet: string | undefined;
  const vorig = readPeriode(scalarText(getEntry(c.p.metadata.get("vorigplan")?.value, "periode")?.value));
  const year = Number(c.today.slice(0, 4));
  switch (normalizeKey(k.key)) {
    case "formaat":
      snippet = "formaat: veiligheidsplan/1";
      break;
    case "status":
      snippet = "status: ${1|concept,voorstel,vastgesteld|}";
      break;
    case "periode":
      snippet = `periode: \${1:${vorig ? `${vorig.tot}-${vorig.tot + 4}` : `${year}-${year + 4}`}}`;
      break;
    case "voorgesteld":
      snippet = `voorgesteld:${nl}  door: \${1:college van burgemeester en wethouders}${nl}  datum: \${2:${c.today}}`;
      break;
    case "vastgesteld":
      snippet = parent === "vorigplan" ? `vastgesteld: \${1:${c.today}}` : `vastgesteld:${nl}  door: \${1:gemeenteraad}${nl}  datum: \${2:${c.today}}`;
      break;
    case "vorigplan":
      snippet = `vorig-plan:${nl}  titel: \${1}${nl}  periode: \${2}`;
      break;
    case "grondslag":
      snippet = `grondslag:${nl}  - \${1:artikel 38b, eerste lid, Politiewet 2012}${nl}  - \${2:artikel 3a Wet veiligheidsregio's}`;
      break;
    case "datum":
      snippet = `datum: \${1:${c.today}}`;
      break;
  }
  return item(c, k.key, start, plain, {
    kind: CompletionItemKind.Property,
    detail: say(c.locale, TEXT.frontMatterKey),
    documentation: md(say(c.locale, k.doc)),
    sortText: String(order).padStart(3, "0"),
    ...(snippet ? { snippet } : {}),
  });
}

function valueItems(c: Ctx, key: string, parent: string | undefined, start: number): CompletionItem[] {
  const values = (list: readonly { value: string; doc?: string | Bilingual }[], preselect?: string): CompletionItem[] =>
    list.map((v, i) =>
      item(c, v.value, start, v.value, {
        kind: CompletionItemKind.Value,
        ...(v.doc ? { documentation: md(say(c.locale, v.doc)) } : {}),
        sortText: String(v.value === preselect ? 0 : i + 1).padStart(3, "0"),
        ...(v.value === preselect ? { preselect: true } : {}),
      }),
    );
  switch (key) {
    case "status":
      return values(STATUSES);
    case "formaat":
      return values([{ value: "veiligheidsplan/1" }]);
    case "door":
      return values(BODIES, parent === "vastgesteld" ? "gemeenteraad" : parent === "voorgesteld" ? "college van burgemeester en wethouders" : undefined);
    case "datum":
      return values([{ value: c.today }]);
    case "vastgesteld":
      return parent === "vorigplan" ? values([{ value: c.today }]) : [];
    case "periode": {
      const year = Number(c.today.slice(0, 4));
      const vorig = parent ? undefined : readPeriode(scalarText(getEntry(c.p.metadata.get("vorigplan")?.value, "periode")?.value));
      const own = readPeriode(scalarText(c.p.metadata.get("periode")?.value));
      const guesses = new Set<string>();
      if (vorig) guesses.add(`${vorig.tot}-${vorig.tot + 4}`);
      if (parent === "vorigplan" && own) guesses.add(`${own.van - 4}-${own.van}`);
      guesses.add(`${year}-${year + 4}`);
      return values([...guesses].map((value) => ({ value })));
    }
    case "grondslag":
      return [];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Citations

interface RegistryCitation {
  readonly text: string;
  readonly law: Law;
  readonly artikel: string;
  readonly lid?: number;
}

/** Every article (and lid) the register holds, in the canonical form; the two the law requires first. */
export function registryCitations(): RegistryCitation[] {
  const out: RegistryCitation[] = [];
  for (const law of LAWS) {
    for (const [artikel, a] of Object.entries(law.articles)) {
      const leden = Object.keys(a.leden).map(Number).filter((n) => n > 0);
      if (leden.length === 0) out.push({ text: formatCitation({ artikel, law }), law, artikel });
      else for (const lid of leden) out.push({ text: formatCitation({ artikel, lid, law }), law, artikel, lid });
    }
  }
  const first = (c: RegistryCitation) => (c.law.id === "politiewet-2012" && c.artikel === "38b" && c.lid === 1 ? 0 : c.law.id === "wet-veiligheidsregios" && c.artikel === "3a" ? 1 : 2);
  return out.sort((a, b) => first(a) - first(b));
}

function citationItems(c: Ctx, start: number, typed: string): CompletionItem[] {
  const capital = /^[A-Z]/.test(typed);
  return registryCitations().map((r, i) => {
    const label = capital ? r.text.charAt(0).toUpperCase() + r.text.slice(1) : r.text;
    const body = articleText(r.law, r.artikel, r.lid);
    return item(c, label, start, label, {
      kind: CompletionItemKind.Reference,
      detail: `${r.law.name} (${r.law.bwb})`,
      documentation: md([body ? body.split("\n").map((l) => `> ${l}`).join("\n>\n") : "", `[wetten.overheid.nl](${lawUrl(r.law, r.artikel, r.lid)})`].filter(Boolean).join("\n\n")),
      sortText: String(i).padStart(3, "0"),
      filterText: label,
    });
  });
}

function citationCompletions(c: Ctx, pattern: RegExp): CompletionItem[] {
  const m = pattern.exec(c.prefix);
  if (!m) return [];
  return citationItems(c, c.lineStart + m.index, m[0]);
}

// ---------------------------------------------------------------------------------------------
// Directives

const DIRECTIVE_KINDS: readonly { readonly name: string; readonly doc: string }[] = [
  { name: "veiligheidsplan-disable-next-line", doc: "languageServer.completion.directive.veiligheidsplan-disable-next-line" },
  { name: "veiligheidsplan-disable-line", doc: "languageServer.completion.directive.veiligheidsplan-disable-line" },
  { name: "veiligheidsplan-disable", doc: "languageServer.completion.directive.veiligheidsplan-disable" },
  { name: "veiligheidsplan-enable", doc: "languageServer.completion.directive.veiligheidsplan-enable" },
  { name: "veiligheidsplan-disable-file", doc: "languageServer.completion.directive.veiligheidsplan-disable-file" },
];

function directiveCompletions(c: Ctx): CompletionItem[] | undefined {
  const ruleIds = /<!--\s*veiligheidsplan-(?:disable-next-line|disable-line|disable-file|disable|enable)\s+(?:[\w-]+\s*,?\s*)*?([\w-]*)$/.exec(c.prefix);
  if (ruleIds) {
    const start = c.offset - ruleIds[1]!.length;
    return rulesOf(c.doc).map((r) =>
      item(c, r.meta.id, start, r.meta.id, { kind: CompletionItemKind.EnumMember, detail: r.meta.name[c.locale], documentation: md(r.meta.description[c.locale]) }),
    );
  }
  const kind = /<!--\s*([\w-]*)$/.exec(c.prefix);
  if (kind) {
    const start = c.offset - kind[1]!.length;
    return DIRECTIVE_KINDS.map((d, i) =>
      item(c, d.name, start, `${d.name} `, {
        kind: CompletionItemKind.Keyword,
        detail: say(c.locale, TEXT.directive),
        documentation: md(say(c.locale, d.doc)),
        sortText: String(i),
        snippet: `${d.name} \${1:rule-id} -- \${2:reden}`,
      }),
    );
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The budget table's first column

function budgetCellCompletions(c: Ctx): CompletionItem[] | undefined {
  const b = c.p.budget;
  const table = b?.table;
  if (!b || !table) return undefined;
  if (c.lineStart < table.delimiter.span.end || c.lineStart > table.span.end) return undefined;
  if (c.lineStart === table.span.end && c.offset === c.lineStart) return undefined;
  const m = /^\s*\|?([^|]*)$/.exec(c.prefix);
  if (!m || !c.prefix.includes("|")) return undefined;
  const typed = m[1]!.trimStart();
  const start = c.offset - typed.length;
  const withLine = new Set(b.lines.filter((l) => c.p.lines.lineAt(l.row.span.start) !== c.line).map((l) => l.deelproduct.toLowerCase()));
  const missing = b.toelichting.filter((t) => !withLine.has(t.deelproduct.toLowerCase()));
  const numbered = b.lines.length > 0 && b.lines.every((l) => l.nummer !== undefined);
  let next = Math.max(0, ...b.lines.filter((l) => c.p.lines.lineAt(l.row.span.start) !== c.line).map((l) => l.nummer ?? 0)) + 1;
  return missing.map((t, i) => {
    const label = numbered ? `${next++}. ${t.deelproduct}` : t.deelproduct;
    return item(c, label, start, label, {
      kind: CompletionItemKind.Field,
      detail: say(c.locale, TEXT.deelproductFromToelichting),
      filterText: label,
      sortText: String(i).padStart(3, "0"),
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Headings

interface HeadingOffer {
  readonly level: number;
  readonly title: string;
  readonly detail: string;
  readonly kind: CompletionItemKind;
  /** Snippet body after the heading line (e.g. a theme's Opgave and Ambitie). */
  readonly snippetTitle?: string;
  readonly snippetRest?: string;
}

function headingCompletions(c: Ctx): CompletionItem[] | undefined {
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
      const sub = "#".repeat(s.level + 2);
      offers.push({
        level: s.level + 1,
        title: `${next}. `,
        detail: `${say(loc, TEXT.newTheme, { nummer: next })} (${themeKind(loc, container)})`,
        kind: CompletionItemKind.Class,
        snippetTitle: `${next}. \${1:Titel}`,
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

// ---------------------------------------------------------------------------------------------
// Theme references

function themeRefCompletions(c: Ctx): CompletionItem[] {
  if (/^ {0,3}#/.test(c.prefix)) return [];
  const byNumber = /(?<![\p{L}])[Tt]hema\s+(\d{0,3})$/u.exec(c.prefix);
  if (byNumber) {
    const start = c.offset - byNumber[1]!.length;
    return c.p.themes
      .filter((t) => t.nummer !== undefined)
      .map((t) => {
        const text = `${t.nummer} — ${t.title}`;
        return item(c, text, start, text, {
          kind: CompletionItemKind.Reference,
          detail: themeKind(c.locale, t),
          filterText: `${t.nummer} ${t.title}`,
          sortText: String(t.nummer).padStart(3, "0"),
        });
      });
  }
  const byTitle = /\bhet\s+thema\s*:?\s*([“"‘]?)([^”"’\n]*)$/i.exec(c.prefix);
  if (byTitle && (byTitle[1] || /:\s*[^\n]*$/.test(byTitle[0]))) {
    const start = c.offset - byTitle[2]!.length;
    const close = byTitle[1] === "“" ? "”" : byTitle[1] === "‘" ? "’" : byTitle[1] === '"' ? '"' : "";
    const after = c.p.text.slice(c.offset, c.offset + 1);
    return c.p.themes.map((t) =>
      item(c, t.title, start, close && after !== close ? `${t.title}${close}` : t.title, {
        kind: CompletionItemKind.Reference,
        detail: `${t.nummer ?? "?"} — ${themeKind(c.locale, t)}`,
        sortText: String(t.nummer ?? 999).padStart(3, "0"),
        filterText: t.title,
      }),
    );
  }
  return [];
}
