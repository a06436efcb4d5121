/** Completion of legal citations after "artikel " (and under grondslag): what the law register knows. */
import { articleText, formatCitation, LAWS, lawUrl, type Law } from "@veiligheidsplan/core";
import { CompletionItemKind, type CompletionItem } from "vscode-languageserver-types";
import { type Ctx, item, md } from "./completion-context.js";

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

export function citationItems(c: Ctx, start: number, typed: string): CompletionItem[] {
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

export function citationCompletions(c: Ctx, pattern: RegExp): CompletionItem[] {
  const m = pattern.exec(c.prefix);
  if (!m) return [];
  return citationItems(c, c.lineStart + m.index, m[0]);
}
