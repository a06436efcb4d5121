/** Completion in the front matter: the keys not yet written (from core's field declarations) and their values. */
import { FIELD_NAMES, FIELDS, metadataEntries, readPeriode } from "@veiligheidsplan/core";
import { getEntry, normalizeKey, scalarText } from "@veiligheidsplan/core/internal";
import { CompletionItemKind, type CompletionItem } from "vscode-languageserver-types";
import { type Ctx, item, md } from "./completion-context.js";
import { lineText } from "./document.js";
import { citationItems } from "./completion-citations.js";
import { say, TEXT, type Bilingual } from "./text.js";

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

/**
 * The key of the nearest line above with less indentation: the map a nested key belongs to. Inside an
 * item of a list of maps (`gemeenten:`, `vorige-plannen:` …) a key at the item's own indentation belongs
 * to the list, so its parent is the list's key.
 */
function parentKey(c: Ctx, indent: number): string | undefined {
  for (let l = c.line - 1; l >= 0; l--) {
    const t = lineText(c.p, l).text;
    if (t.trim() === "" || t.trim().startsWith("#")) continue;
    if (t.trimEnd() === "---") return undefined;
    const item = /^(\s*)-\s+([^:#\s][^:]*):/.exec(t);
    if (item) {
      const inner = item[1]!.length + 2;
      // A sibling inside this item: the item's keys belong to the list above it.
      if (indent === inner) return listKey(c, l, item[1]!.length);
      if (indent > inner) return normalizeKey(item[2]!.trim());
    }
    const m = /^(\s*)([^:#\s][^:]*):/.exec(t);
    const ind = /^\s*/.exec(t)![0].length;
    if (ind < indent && m) return normalizeKey(m[2]!.trim());
    if (ind === 0) return undefined;
  }
  return undefined;
}

/** The key of the list whose item starts on line `itemLine` with its dash at `dash`. */
function listKey(c: Ctx, itemLine: number, dash: number): string | undefined {
  for (let l = itemLine - 1; l >= 0; l--) {
    const t = lineText(c.p, l).text;
    if (t.trim() === "" || t.trim().startsWith("#") || /^\s*-/.test(t)) continue;
    if (t.trimEnd() === "---") return undefined;
    const ind = /^\s*/.exec(t)![0].length;
    if (ind > dash) continue;
    const m = /^(\s*)([^:#\s][^:]*):/.exec(t);
    return m ? normalizeKey(m[2]!.trim()) : undefined;
  }
  return undefined;
}

/** The keys already written in the list item around the cursor (from its dash down to the cursor's line and on). */
function keysInItem(c: Ctx, indent: number): Set<string> {
  const keys = new Set<string>();
  const at = (l: number) => lineText(c.p, l).text;
  const keyOf = (t: string) => /^\s*(?:-\s+)?([^:#\s][^:]*):/.exec(t)?.[1];
  for (let l = c.line - 1; l >= 0; l--) {
    const t = at(l);
    const ind = /^\s*/.exec(t)![0].length;
    if (t.trimEnd() === "---" || (t.trim() !== "" && ind < indent - 2)) break;
    const item = /^(\s*)-\s+/.exec(t);
    if ((item && item[1]!.length + 2 === indent) || ind === indent) {
      const k = keyOf(t);
      if (k) keys.add(normalizeKey(k.trim()));
    }
    if (item && item[1]!.length + 2 === indent) break;
  }
  for (let l = c.line + 1; l < c.p.lines.lineCount; l++) {
    const t = at(l);
    const ind = /^\s*/.exec(t)![0].length;
    if (t.trimEnd() === "---" || /^\s*-/.test(t) || (t.trim() !== "" && ind < indent)) break;
    const k = ind === indent ? keyOf(t) : undefined;
    if (k) keys.add(normalizeKey(k.trim()));
  }
  return keys;
}

export function frontMatterCompletions(c: Ctx): CompletionItem[] {
  const listItem = /^(\s*)-\s*(.*)$/.exec(c.prefix);
  if (listItem) {
    const parent = parentKey(c, listItem[1]!.length + 1);
    if (parent === "grondslag") return citationItems(c, c.offset - listItem[2]!.length, listItem[2]!);
    // The first key of a new item in a list of maps (a gemeente, a previous plan, an uitvoeringsplan).
    const specs = parent ? NESTED_KEYS[parent] : undefined;
    if (!specs || !/^[\p{L}\d _-]*$/u.test(listItem[2]!)) return [];
    const start = c.offset - listItem[2]!.length;
    return specs.map((k, i) => keyItem(c, k, start, i, parent));
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
  const present =
    parentEntry?.value.kind === "seq"
      ? keysInItem(c, indent)
      : new Set(parentEntry?.value.kind === "map" ? parentEntry.value.entries.filter((e) => c.p.lines.lineAt(e.keySpan.start) !== c.line).map((e) => e.key) : []);
  return specs.filter((k) => !present.has(normalizeKey(k.key))).map((k, i) => keyItem(c, k, start, i, parent));
}

function keyItem(c: Ctx, k: KeySpec, start: number, order: number, parent?: string): CompletionItem {
  // A nested map's keys go two spaces deeper than this key, wherever it stands (inside a list item too).
  const nl = `${c.eol}${" ".repeat(Math.max(0, start - c.lineStart))}`;
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
      snippet = parent === "vorigplan" || parent === "vorigeplannen" ? `vastgesteld: \${1:${c.today}}` : `vastgesteld:${nl}  door: \${1:gemeenteraad}${nl}  datum: \${2:${c.today}}`;
      break;
    case "vorigplan":
      snippet = `vorig-plan:${nl}  titel: \${1}${nl}  periode: \${2}`;
      break;
    case "gemeenten": {
      const besluit = (n: number, naam: string) => `${nl}  - naam: \${${n}:${naam}}${nl}    vastgesteld:${nl}      door: \${${n + 1}:gemeenteraad}${nl}      datum: \${${n + 2}:${c.today}}`;
      snippet = `gemeenten:${besluit(1, "Eerste gemeente")}${besluit(4, "Tweede gemeente")}`;
      break;
    }
    case "vorigeplannen":
      snippet = `vorige-plannen:${nl}  - titel: \${1}${nl}    gemeente: \${2}${nl}    periode: \${3}${nl}    vastgesteld: \${4}`;
      break;
    case "uitvoeringsplannen":
      snippet = `uitvoeringsplannen:${nl}  - titel: \${1:Uitvoeringsplan ${year}}${nl}    door: \${2:college van burgemeester en wethouders}${nl}    datum: \${3:${c.today}}`;
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
