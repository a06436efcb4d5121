/**
 * Shared by the hardening tests: arbitraries that produce plan-like text (and mutations of the real
 * examples), and the invariants every result of parse, lint, fix and format must satisfy on any input.
 *
 * FUZZ_RUNS=5000 npx vitest run packages/core/test/hardening   runs every property longer.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { expect } from "vitest";
import { LineIndex, type Diagnostic, type ParsedPlan, type TextEdit } from "@veiligheidsplan/core";

/** Runs per property: moderate in the default suite, as many as asked for with FUZZ_RUNS. */
export const runs = (moderate: number): number => {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(asked) && asked > 0 ? asked : moderate;
};

/** A fixed "today", so that date rules give the same answer on every day the suite runs. */
export const TODAY = "2024-06-01";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** A small but complete plan, used when the examples are not there and as a mutation base. */
export const MINI_PLAN = `---
formaat: veiligheidsplan/1
titel: Samen veilig en weerbaar
gemeente: Proefstad
periode: 2022-2026
status: voorstel
voorgesteld:
  door: college van burgemeester en wethouders
  datum: 2022-10-18
grondslag:
  - artikel 38b, eerste lid, Politiewet 2012
---

# Samen veilig en weerbaar

## Voorwoord

Veiligheid maken we samen, zie artikel 172 Gemeentewet. <!-- afgestemd met de driehoek -->

## Prioritaire thema's

### 1. Ondermijning

#### Opgave

Criminele netwerken en structuren tegengaan.

#### Ambitie

Onze aanpak berust op twee pijlers:

1. Een weerbare samenleving.
2. Een weerbare organisatie.

##### Een weerbare samenleving

Bewustwording bij bewoners (zie het thema: Veilige wijken).

##### Een weerbare organisatie

Integriteit op alle niveaus.

## Kernthema's

### 2. Veilige wijken

#### Opgave

Veilig in de wijk.

#### Ambitie

Wijkteams.

## Financiën

| (bedragen x € 1.000) | 2022 | 2023 |
| :-- | --: | --: |
| 1. Ondermijning | 325 | 58 |
| 2. Veilige wijken | 1.241 | 582 |
| **Totaal** | 1.566 | 640 |

### Toelichting

#### Ondermijning

Taken tegen ondermijning. (Thema 1 - Ondermijning)

#### Veilige wijken

Taken in de wijken. (Thema 2 - Veilige wijken)
`;

/** The real examples (and the round-trip fixtures), read as the CLI reads them. */
export function exampleTexts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of [here("../../../../examples/"), here("../fixtures/roundtrip/")]) {
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((f) => f.endsWith(".veiligheidsplan")).sort();
    } catch {
      continue;
    }
    for (const f of names) out.push({ name: f, text: readFileSync(dir + f, "utf8") });
  }
  out.push({ name: "MINI_PLAN", text: MINI_PLAN });
  return out;
}

// ----------------------------------------------------------------------------------- arbitraries

const EOL = fc.constantFrom("\n", "\n", "\n", "\r\n", "\r");
const word = fc.constantFrom(
  "Ondermijning", "Veilige wijken", "Opgave", "Ambitie", "Financiën", "Financien", "Toelichting", "Totaal", "thema", "Thema",
  "pijlers", "berust", "op", "drie", "twee", "artikel 38b", "lid 1", "Politiewet 2012", "Wvr", "art. 3a", "€", "x", "1.000",
  "—", "–", "−", "&", "*", "**", "_", "`", "\\", "|", "#", ":", "-", "’", "é", "\u0301", "\u200b", "\u00a0", "😀", "\uFFFD", "\t",
);
const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(word, { maxLength: 8 }).map((w) => w.join(" ")) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);
const amount = fc.oneof(
  fc.integer({ min: -20_000, max: 20_000 }).map((n) => (n < 0 ? "-" : "") + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")),
  fc.constantFrom("", "-", "—", "14,4", "1,234.5", "1 234", "9.007.199.254.740.993", "99999999999999999999", "−71", "**1.566**", "abc", "0,001"),
);
const headingTitle = fc.oneof(
  fc.constantFrom("Prioritaire thema's", "Kernthema’s", "Kern thema's", "Financiën", "II. Financien", "Toelichting", "Opgave", "Ambitie", "Voorwoord", "Context"),
  fc.tuple(fc.integer({ min: 0, max: 1000 }), text).map(([n, t]) => `${n}. ${t}`),
  fc.tuple(fc.integer({ min: 0, max: 20 }), text).map(([n, t]) => `Thema ${n}: ${t}`),
  text,
);
const heading = fc.tuple(fc.integer({ min: 1, max: 7 }), headingTitle, fc.constantFrom("", " #", " ###", "  ")).map(([l, t, close]) => `${"#".repeat(l)} ${t}${close}`);
const row = (cells: fc.Arbitrary<string>) => fc.tuple(fc.array(cells, { maxLength: 8 }), fc.boolean(), fc.boolean()).map(([cs, lead, trail]) => `${lead ? "| " : ""}${cs.join(" | ")}${trail ? " |" : ""}`);
const table = fc
  .tuple(
    fc.integer({ min: 1, max: 6 }),
    fc.constantFrom("(bedragen x € 1.000)", "bedragen x 1000 €", "(x € 1 mln)", "x € 1", "Bedragen", ""),
    fc.array(row(fc.oneof(amount, text)), { maxLength: 8 }),
    fc.constantFrom(":--", "--:", ":-:", "---", "-"),
    fc.boolean(),
  )
  .map(([cols, unit, rows, delim, totals]) => {
    const years = Array.from({ length: cols }, (_, i) => String(2022 + i));
    const lines = [`| ${[unit, ...years].join(" | ")} |`, `| ${Array.from({ length: cols + 1 }, () => delim).join(" | ")} |`, ...rows];
    if (totals) lines.push(`| **Totaal** | ${years.map(() => "1.000").join(" | ")} |`);
    return lines;
  });
const listLines = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 12 }), fc.constantFrom("- ", "* ", "+ ", "1. ", "2) ", "10. ", "-", ""), text).map(([indent, marker, t]) => `${" ".repeat(indent)}${marker}${t}`),
  { minLength: 1, maxLength: 8 },
);
const frontMatter = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.constantFrom("formaat: veiligheidsplan/1", "formaat: veiligheidsplan/9", "titel: Samen veilig", "gemeente: Nijmegen", "periode: 2022-2026", "periode: 2022 t/m 2026", "status: voorstel", "vastgesteld:", "  door: gemeenteraad", "  datum: 2022-13-45", "grondslag:", "  - artikel 38b, eerste lid, Politiewet 2012", "  - art. 99 Onbekendewet", "vorig-plan:", "  bestand: ../vorig.veiligheidsplan"),
        fc.constantFrom("titel: [niet gesloten", "  : zonder sleutel", "\tgetabd: x", "a: b: c", "- los", "'''", "key: &anker", "*alias", "? complex", "datum: !!timestamp nope", "titel: x\ntitel: y"),
        text.map((t) => `${t}: ${t}`),
      ),
      { maxLength: 10 },
    ),
    fc.constantFrom("---", "...", "", "--- "),
  )
  .map(([lines, close]) => ["---", ...lines, ...(close ? [close] : [])]);
const comment = fc.oneof(
  fc.constantFrom(
    "<!-- een opmerking -->",
    "<!-- veiligheidsplan-disable -->",
    "<!-- veiligheidsplan-enable -->",
    "<!-- veiligheidsplan-disable-next-line -->",
    "<!-- veiligheidsplan-disable-line budget-totals -- reden -->",
    "<!-- veiligheidsplan-disable-file onbekende-regel -->",
    "<!-- niet gesloten",
    "-->",
    "<!---->",
  ),
  text.map((t) => `<!-- ${t} -->`),
);
const blockLines = fc.oneof(
  { weight: 3, arbitrary: heading.map((h) => [h]) },
  { weight: 4, arbitrary: fc.array(text, { minLength: 1, maxLength: 4 }) },
  { weight: 2, arbitrary: table },
  { weight: 2, arbitrary: listLines },
  { weight: 1, arbitrary: fc.constantFrom(["Onze aanpak berust op drie pijlers:", "", "1. Een.", "2. Twee.", "3. Drie."], ["Onze aanpak berust op 2 pijlers:"]) },
  { weight: 2, arbitrary: comment.map((c) => [c]) },
  { weight: 1, arbitrary: fc.constantFrom(["```", "code | met | pipes", "```"], ["~~~~", "niet gesloten"], ["> citaat", "> nog een"], ["[^1]: voetnoot", "    vervolg"], ["***"], ["---"], ["Setext", "===="], ["Setext", "----"], ["   ", "\t"]) },
  { weight: 1, arbitrary: fc.constantFrom(["(Thema 4 — Zorg & Veiligheid & Thema 5 - Jonge aanwas)"], ["thema's 1 t/m 6"], ["(Alle thema's)"], ["zie het thema “Veilige wijken”"], ["artikel 38b lid 1 Politiewet en Wvr art. 3a"]) },
  { weight: 1, arbitrary: fc.constant([""]) },
);

/** Joins lines with a mix of line endings, keeping what each line ending was. */
const joinLines = (lines: readonly string[], eols: readonly string[], finalEol: boolean): string =>
  lines.map((l, i) => l + (i < lines.length - 1 || finalEol ? eols[i % eols.length]! : "")).join("");

/** Plan-like text: optional BOM and front matter, then blocks of every kind, with mixed line endings. */
export const planLike: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.option(frontMatter, { nil: undefined, freq: 3 }), fc.array(fc.tuple(blockLines, fc.boolean()), { maxLength: 25 }), fc.array(EOL, { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([bom, fm, blocks, eols, finalEol]) => {
    const lines: string[] = [...(fm ?? [])];
    for (const [b, blankAfter] of blocks) {
      lines.push(...b);
      if (blankAfter) lines.push("");
    }
    return (bom ? "\uFEFF" : "") + joinLines(lines, eols, finalEol);
  });

/** Any string at all, including lone surrogates and control characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: fc.constantFrom("\n", "\r", "\r\n", "|", "-", "#", " ", "<!--", "-->", "`", ">", "1.", ":", "\uFEFF", "a"), maxLength: 200 }),
);

type Mutation =
  | { kind: "delete" | "duplicate" | "swap"; at: number; other: number }
  | { kind: "insert"; at: number; line: string }
  | { kind: "flip"; at: number; char: string }
  | { kind: "truncate"; at: number }
  | { kind: "eol"; at: number; eol: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom("delete" as const, "duplicate" as const, "swap" as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), line: fc.oneof(blockLines.map((l) => l.join("\n")), text) }),
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), char: fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), fc.constantFrom("|", "#", "-", "\n", "\r", " ", "<", ">", "`", ":")) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("eol" as const), at: fc.nat(), eol: EOL }),
);

/** Lines with their terminators, so that joining them gives the text back. */
const linesOf = (t: string): string[] => t.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = linesOf(text);
  for (const m of mutations) {
    const n = lines.length;
    if (m.kind === "truncate") {
      const t = lines.join("");
      lines = linesOf(t.slice(0, m.at % (t.length + 1)));
      continue;
    }
    if (m.kind === "flip") {
      const t = lines.join("");
      if (t.length === 0) continue;
      const at = m.at % t.length;
      lines = linesOf(t.slice(0, at) + m.char + t.slice(at + 1));
      continue;
    }
    if (n === 0) {
      if (m.kind === "insert") lines = [m.line + "\n"];
      continue;
    }
    const i = m.at % n;
    if (m.kind === "delete") lines.splice(i, 1);
    else if (m.kind === "duplicate") lines.splice(i, 0, lines[i]!);
    else if (m.kind === "swap") {
      const j = m.other % n;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    } else if (m.kind === "insert") lines.splice(i, 0, m.line + "\n");
    else if (m.kind === "eol") lines[i] = lines[i]!.replace(/(?:\r\n|\r|\n)?$/, m.eol);
  }
  return lines.join("");
}

/** A real example with a few random edits: what a policy writer's half-finished file looks like. */
export const mutatedExample = (): fc.Arbitrary<string> => {
  const examples = exampleTexts();
  return fc.tuple(fc.integer({ min: 0, max: examples.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 })).map(([i, ms]) => mutate(examples[i]!.text, ms));
};

// ------------------------------------------------------------------------------------ invariants

const inside = (s: { start: number; end: number }, len: number) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= len;

/**
 * The lossless invariants: the blocks tile the text (contiguous, from 0 to the end, so their
 * concatenation is the input), and every span anywhere in the parse result lies inside the text.
 */
export function expectParseInvariants(text: string, p: ParsedPlan): void {
  let at = 0;
  for (const b of p.blocks) {
    if (b.span.start !== at || b.span.end <= b.span.start) throw new Error(`blocks do not tile the text at offset ${at}: ${b.kind} ${JSON.stringify(b.span)}`);
    at = b.span.end;
  }
  expect(at).toBe(text.length);
  expect(p.blocks.map((b) => text.slice(b.span.start, b.span.end)).join("")).toBe(text);

  // Every { start, end } anywhere in the result (blocks, cells, sections, themes, budget, refs, comments, front matter).
  const seen = new Set<object>();
  const visit = (v: unknown, path: string): void => {
    if (v === null || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (v instanceof LineIndex || v instanceof Date) return;
    const o = v as Record<string, unknown>;
    if (typeof o.start === "number" && typeof o.end === "number" && !inside(o as { start: number; end: number }, text.length)) {
      throw new Error(`span outside the text (length ${text.length}) at ${path}: ${JSON.stringify({ start: o.start, end: o.end })}`);
    }
    for (const [k, c] of Object.entries(o)) visit(c, `${path}.${k}`);
  };
  visit({ ...p, text: undefined, plan: undefined }, "parsed");
  expect(p.lines.position(text.length).offset).toBe(text.length);
}

const expectEditsInside = (edits: readonly TextEdit[], len: number) => {
  for (const e of edits) if (!inside(e.span, len) || typeof e.newText !== "string") throw new Error(`edit outside the text: ${JSON.stringify(e.span)}`);
};

/** A diagnostic a user sees: a real message (no key, no open placeholder), a range inside the text that agrees with its offsets. */
export function expectDiagnosticInvariants(text: string, diagnostics: readonly Diagnostic[]): void {
  const lines = new LineIndex(text);
  for (const d of diagnostics) {
    const { start, end } = d.range;
    if (!inside({ start: start.offset, end: end.offset }, text.length)) throw new Error(`diagnostic ${d.ruleId}/${d.messageId} outside the text: ${JSON.stringify(d.range)}`);
    expect(lines.position(start.offset)).toEqual({ line: start.line, character: start.character, offset: start.offset });
    expect(lines.position(end.offset)).toEqual({ line: end.line, character: end.character, offset: end.offset });
    for (const msg of [d.message, d.fix?.message, ...d.suggestions.map((s) => s.message), ...d.related.map((r) => r.message)]) {
      if (msg === undefined) continue;
      if (msg.trim() === "" || /\{\w+\}/.test(msg) || /^[\w-]+\.[\w.-]+$/.test(msg) || /\b(?:undefined|NaN)\b/.test(msg)) throw new Error(`diagnostic ${d.ruleId}/${d.messageId} has an unfinished message: ${JSON.stringify(msg)}`);
    }
    if (d.fix) expectEditsInside(d.fix.edits, text.length);
    for (const s of d.suggestions) expectEditsInside(s.edits, text.length);
  }
}

/** Words as a reader sees them: white space, table pipes and delimiter-row dashes do not count. */
export function wordMultiset(t: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of t.replace(/^\uFEFF/, "").split(/[\s|]+/)) {
    if (w === "" || /^:?-+:?$/.test(w)) continue;
    m.set(w, (m.get(w) ?? 0) + 1);
  }
  return m;
}

export function expectSameWords(before: string, after: string): void {
  const a = wordMultiset(before);
  const b = wordMultiset(after);
  const diff: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) if ((a.get(k) ?? 0) !== (b.get(k) ?? 0)) diff.push(`${JSON.stringify(k)}: ${a.get(k) ?? 0} → ${b.get(k) ?? 0}`);
  if (diff.length > 0) throw new Error(`words changed: ${diff.slice(0, 10).join(", ")}`);
}
