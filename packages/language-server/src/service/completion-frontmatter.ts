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

export function frontMatterCompletions(c: Ctx): CompletionItem[] {
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
