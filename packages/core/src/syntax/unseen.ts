/**
 * Invisible characters and look-alike letters in the plan's structural words: every heading (section
 * names, theme titles) and every table cell (the budget's unit, years, deelproducten and Totaal row).
 * The parser reads these words as a reader sees them (text/reader.ts), so no check is switched off;
 * this finding says where the hidden character is, with a fix that removes or replaces it.
 */
import type { Finding } from "../diagnostic.js";
import type { Span } from "../text/positions.js";
import { mayHideCharacters, unseenCharacters } from "../text/reader.js";
import type { Block } from "./blocks.js";

export function unseenCharacterFindings(text: string, blocks: readonly Block[]): Finding[] {
  const findings: Finding[] = [];
  const scan = (span: Span) => {
    const piece = text.slice(span.start, span.end);
    if (!mayHideCharacters(piece)) return;
    for (const u of unseenCharacters(piece)) {
      const at = { start: span.start + u.offset, end: span.start + u.offset + u.length };
      const data = { codePoint: u.codePoint, word: u.word, letter: u.replacement };
      findings.push(
        u.kind === "invisible"
          ? { messageId: "syntax.invisibleCharacter", data, span: at, severity: "warning", fix: { messageId: "removeInvisible", data, edits: [{ span: at, newText: "" }] } }
          : { messageId: "syntax.lookAlikeCharacter", data, span: at, severity: "warning", fix: { messageId: "replaceLookAlike", data, edits: [{ span: at, newText: u.replacement }] } },
      );
    }
  };
  for (const b of blocks) {
    if (b.kind === "heading") scan(b.content);
    else if (b.kind === "table") for (const row of [b.header, ...b.rows]) for (const c of row.cells) scan(c.content);
  }
  return findings;
}
