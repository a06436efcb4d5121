/**
 * workspace/symbol: the themes of a plan, as symbols a user finds with "Go to Symbol in Workspace"
 * ("Cybercrime" finds theme 3 of every plan in the workspace). The server calls this for each plan it
 * knows; matching is a case-insensitive subsequence, as editors expect of symbol search.
 */
import type { Locale, ParsedPlan } from "@veiligheidsplan/core";
import { SymbolKind, type SymbolInformation } from "vscode-languageserver-types";
import { toRange } from "./document.js";
import { themeKind } from "./text.js";

export function matchesQuery(name: string, query: string): boolean {
  if (query === "") return true;
  const n = name.toLowerCase();
  let i = 0;
  for (const ch of query.toLowerCase()) {
    if (ch === " ") continue;
    i = n.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

export function getThemeSymbols(uri: string, parsed: ParsedPlan, query: string, locale: Locale = "nl", planName?: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const t of parsed.themes) {
    const name = t.nummer !== undefined ? `${t.nummer}. ${t.title}` : t.title;
    if (!matchesQuery(name, query)) continue;
    out.push({
      name,
      kind: SymbolKind.Class,
      location: { uri, range: toRange(parsed, t.section.span) },
      containerName: planName ? `${planName} — ${themeKind(locale, t)}` : themeKind(locale, t),
    });
  }
  return out;
}
