/**
 * Expands a VS Code snippet body the way the editor does when the writer accepts every default:
 * `${1:text}` → text, `${1|a,b|}` → a, `${1}` → what tab stop 1 holds, `$CURRENT_YEAR` and friends →
 * the given date, `$0` → nothing. Enough of the snippet grammar for the snippets this extension ships.
 */
export function expandSnippet(body: readonly string[], date: Date): string {
  const vars: Record<string, string> = {
    CURRENT_YEAR: String(date.getUTCFullYear()),
    CURRENT_MONTH: String(date.getUTCMonth() + 1).padStart(2, "0"),
    CURRENT_DATE: String(date.getUTCDate()).padStart(2, "0"),
  };
  const stops = new Map<string, string>();
  const expandVars = (s: string) => s.replace(/\$\{?([A-Z_]+)\}?/g, (m, name: string) => vars[name] ?? m);
  let text = body.join("\n");
  // Placeholders with a default or a choice define the tab stop's text (first occurrence wins).
  text = text.replace(/\$\{(\d+):([^{}]*(?:\$\{?[A-Z_]+\}?[^{}]*)*)\}/g, (_m, n: string, def: string) => {
    const value = expandVars(def);
    if (!stops.has(n)) stops.set(n, value);
    return value;
  });
  text = text.replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_m, n: string, choices: string) => {
    const value = choices.split(",")[0]!;
    if (!stops.has(n)) stops.set(n, value);
    return value;
  });
  text = text.replace(/\$\{(\d+)\}|\$(\d+)/g, (_m, a: string | undefined, b: string | undefined) => stops.get((a ?? b)!) ?? "");
  return expandVars(text);
}
