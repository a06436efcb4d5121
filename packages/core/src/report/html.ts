/** Small HTML helpers for the report. Everything that comes from a plan goes through `esc`. */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for element content and for double-quoted attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Only links a reader can follow safely leave the report: web pages, mail addresses and anchors inside
 * the report. Anything else (`javascript:`, `data:`, relative paths that mean nothing in a stand-alone
 * file) is dropped and its text kept.
 */
export function safeHref(url: string): string | undefined {
  const u = url.trim();
  if (/^#[\w\-.:]+$/.test(u)) return u;
  if (/^https?:\/\/[^\s<>"']+$/i.test(u)) return u;
  if (/^mailto:[^\s<>"']+$/i.test(u)) return u;
  return undefined;
}

/** A stable, readable id from a heading: "Prioritaire thema's" → "prioritaire-themas". */
export function slug(s: string): string {
  const t = s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return t || "sectie";
}

/**
 * Hands out unique ids: the second "toelichting" becomes "toelichting-2". Each base remembers the
 * suffix it reached, so 30,000 headings called "Opgave" cost 30,000 steps, not 30,000²/2 (ids only
 * ever get taken, so a suffix skipped once stays taken).
 */
export class IdRegistry {
  private readonly used = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();
  take(base: string): string {
    let n = this.nextSuffix.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (this.used.has(id)) id = `${base}-${++n}`;
    this.nextSuffix.set(base, n + 1);
    this.used.add(id);
    return id;
  }
}

/** An SVG coordinate rounded to a tenth, so that the output is short and identical on every platform. */
export const r1 = (n: number): string => String(Math.round(n * 10) / 10);
