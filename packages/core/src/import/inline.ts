/** Runs of formatted text (from Word or ODF) into Markdown inline text: emphasis merged across runs. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Markdown written as it is (a footnote reference). */
  readonly raw?: boolean;
}

const escapeInline = (s: string) => s.replace(/([\\*_`[\]])/g, "\\$1");

export function runsToMarkdown(runs: readonly Run[]): string {
  // Merge neighbours with the same formatting, so "**Een** **weerbare**" becomes "**Een weerbare**".
  const merged: Run[] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (last && !last.raw && !r.raw && !!last.bold === !!r.bold && !!last.italic === !!r.italic) merged[merged.length - 1] = { ...last, text: last.text + r.text };
    else merged.push(r);
  }
  let out = "";
  for (const r of merged) {
    if (r.raw) {
      out += r.text;
      continue;
    }
    const body = escapeInline(r.text);
    if (!r.bold && !r.italic) {
      out += body;
      continue;
    }
    // Emphasis marks must touch the words: spaces go outside them.
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(body)!;
    if (m[2] === "") {
      out += body;
      continue;
    }
    const mark = r.bold && r.italic ? "***" : r.bold ? "**" : "*";
    out += `${m[1]}${mark}${m[2]}${mark}${m[3]}`;
  }
  return out.replace(/[ \t]+/g, " ").trim();
}

/** Plain text of a Markdown inline string (for matching headings and titles). */
export function plainText(md: string): string {
  return md.replace(/\*+|\\(?=[\\*_`[\]])/g, "").replace(/\[\^[^\]]+\]/g, "").trim();
}
