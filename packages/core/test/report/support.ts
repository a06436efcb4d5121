/** Shared by the report tests: plans to render and a strict look at the HTML that comes out. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineRule, lint, readVoortgang, type LintResult, type Rule, type Voortgang } from "@veiligheidsplan/core";

export const NIJMEGEN_PATH = fileURLToPath(new URL("../../../../examples/nijmegen-2022-2026.veiligheidsplan", import.meta.url));
export const MINIMAAL_PATH = fileURLToPath(new URL("../../../../examples/minimaal.veiligheidsplan", import.meta.url));
export const TODAY = "2022-11-01";

/** The example with goals as data, and its two progress files (2024, 2025). */
const DOELEN_DIR = fileURLToPath(new URL("../../../../examples/doelen/", import.meta.url));
export const RIVIERSTEDE_PATH = `${DOELEN_DIR}rivierstede-2024-2027.veiligheidsplan`;
export const rivierstedeVoortgang = (): Voortgang[] =>
  ["2024", "2025"].map((j) => readVoortgang(readFileSync(`${DOELEN_DIR}rivierstede-2024-2027.${j}.voortgang`, "utf8"), `rivierstede-2024-2027.${j}.voortgang`));

/** Where a team hosts the rule pages (the config's `docsBaseUrl`; without one, findings carry no link). */
export const DOCS_BASE_URL = "https://docs.example.org/veiligheidsplan/rules/";

export function lintFile(path: string, rules?: readonly Rule<any>[]): LintResult {
  return lint(readFileSync(path, "utf8"), { filePath: path, today: TODAY, docsBaseUrl: DOCS_BASE_URL, ...(rules ? { rules } : {}) });
}

/**
 * A small plan of our own: two themes, a budget with a negative line, a column that adds up and one
 * that does not, a toelichting, a footnote and a citation in the prose.
 */
export const FIXTURE = `---
formaat: veiligheidsplan/1
titel: Proefstad veilig
gemeente: Proefstad
periode: 2023-2026
status: concept
grondslag:
  - artikel 38b, eerste lid, Politiewet 2012
---

# Proefstad veilig

## Inleiding

Dit plan volgt uit artikel 38b, eerste lid, Politiewet 2012.[^1] Zie ook Thema 2 - Brandveiligheid.

[^1]: De raad stelt de doelen vast.

## Prioritaire thema's

### 1. Wijkveiligheid

#### Opgave

Overlast in de **binnenstad**.

#### Ambitie

Onze aanpak berust op twee pijlers:

1. Toezicht.
2. Preventie.

##### Toezicht

Meer boa's op straat.

##### Preventie

Voorlichting op scholen.

## Kernthema's

### 2. Brandveiligheid

#### Opgave

Brandveilig bouwen.

#### Ambitie

Controle van panden.

## Financiën

| (bedragen x € 1.000) | 2023 | 2024 |
| :------------------- | ---: | ---: |
| 1. Handhaving        |  300 |  320 |
| 2. Brandweer         |  700 |  700 |
| 3. Terugbetaling     | -100 | -100 |
| **Totaal**           |  900 |  950 |

### Toelichting

#### Handhaving

(Thema 1 - Wijkveiligheid)

#### Brandweer

(Thema 2 - Brandveiligheid)

#### Terugbetaling

(Alle thema's)
`;

/** A rule of our own, so that the checks section is tested whatever the built-in rules find. */
export const TEST_RULE = defineRule({
  meta: {
    id: "proef-regel",
    name: { nl: "Proefregel", en: "Test rule" },
    description: { nl: "Meldt de opgave van thema 1.", en: "Reports theme 1's opgave." },
    category: "structuur",
    defaultSeverity: "error",
    fixable: false,
    hasSuggestions: false,
    messages: ["fout", "let-op"],
  },
  check: ({ plan, report }) => {
    const t = plan.themes[0];
    if (t?.opgave) report({ messageId: "fout", span: t.opgave.heading.content });
    if (t?.ambitie) report({ messageId: "let-op", span: t.ambitie.heading.content, severity: "warning" });
  },
});
export const TEST_RULE_DOCS = `${DOCS_BASE_URL}proef-regel.md`;

/** Every tag and attribute the report may contain; anything else means plan text escaped its escaping. */
const TAGS = new Set(
  "html head meta title style body header nav main footer section article figure figcaption h1 h2 h3 h4 h5 h6 p dl dt dd div ol ul li a table caption thead tbody tfoot tr th td span sup strong em code pre blockquote hr br svg g rect line text tspan circle polyline title desc defs pattern".split(" "),
);
const ATTRIBUTES = new Set(
  "lang charset name content http-equiv id class href title aria-label aria-labelledby aria-describedby aria-hidden role scope style start value data-jaar data-telt-op data-deelproduct data-stap data-punten data-koers data-indicator points xmlns viewBox width height x y x1 x2 y1 y2 dy rx r cx cy fill stroke stroke-width stroke-dasharray text-anchor font-size font-weight transform patternUnits patternTransform".split(" "),
);

export interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly attributes: Record<string, string>;
}

/** The tags of an HTML document (the <style> sheet and the doctype left out). */
export function tags(html: string): Tag[] {
  const body = html.replace(/<style>[^]*?<\/style>/, "<style></style>").replace(/^<!DOCTYPE html>/, "");
  const out: Tag[] = [];
  for (const m of body.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>/g)) {
    const attributes: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)) attributes[a[1]!] = a[2] ?? "";
    out.push({ name: m[1]!, closing: m[0].startsWith("</"), attributes });
  }
  return out;
}

/** Tags or attributes outside the report's own vocabulary, and stray `<` that did not form a tag. */
export function strangeMarkup(html: string): string[] {
  const problems: string[] = [];
  for (const t of tags(html)) {
    if (!TAGS.has(t.name)) problems.push(`tag <${t.name}>`);
    for (const a of Object.keys(t.attributes)) if (!ATTRIBUTES.has(a)) problems.push(`attribute ${a} on <${t.name}>`);
  }
  const body = html.replace(/<style>[^]*?<\/style>/, "").replace(/^<!DOCTYPE html>/, "");
  const stray = body.replace(/<\/?[a-zA-Z][a-zA-Z0-9]*[^<>]*>/g, "");
  if (/[<>]/.test(stray)) problems.push(`unescaped < or > in text: ${/.{0,30}[<>].{0,30}/.exec(stray)![0]}`);
  return problems;
}

/** Every http(s) address in the document, in attributes or text. */
export function urls(html: string): string[] {
  return [...html.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0].replace(/&amp;/g, "&"));
}

/** Every address the document links to or would load: attribute values that hold a URL or url(…). */
export function linkedUrls(html: string): string[] {
  const out: string[] = [];
  for (const t of tags(html)) {
    for (const [name, value] of Object.entries(t.attributes)) {
      const v = value.replace(/&amp;/g, "&");
      if (name === "xmlns") continue; // a namespace name, never fetched
      if (name === "href" || name === "src" || /:\/\/|url\(/.test(v)) out.push(v);
    }
  }
  return out;
}

/** The text of an element's HTML, tags removed and entities decoded (enough for assertions). */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The outer HTML of the first element whose start tag matches `startTag` (tags of that name nest correctly). */
export function element(html: string, startTag: RegExp): string | undefined {
  const m = startTag.exec(html);
  if (!m) return undefined;
  const name = /^<([a-zA-Z0-9]+)/.exec(m[0])![1]!;
  const re = new RegExp(`<(/?)${name}\\b[^>]*>`, "g");
  re.lastIndex = m.index;
  let depth = 0;
  for (let t = re.exec(html); t; t = re.exec(html)) {
    depth += t[1] ? -1 : 1;
    if (depth === 0) return html.slice(m.index, t.index + t[0].length);
  }
  return undefined;
}
