/**
 * Themes: the sections under a theme container ("Prioritaire thema's", "Kernthema's"), each with its
 * number, title, Opgave and Ambitie, and the pillars the Ambitie announces and lists.
 */
import type { ThemaSoort } from "../model/schema.js";
import type { Block, ListBlock } from "../syntax/blocks.js";
import { foldText, indexByFoldedText, readCount } from "../text/keywords.js";
import type { Span } from "../text/positions.js";
import { allSections, trimSpan, walk } from "./sections.js";
import type { PillarNode, Section, ThemeNode } from "./types.js";

const PRIORITAIR = /^prioritaire themas?$/;
const KERN = /^kern ?themas?$/;
// `s`: a setext heading's text may run over several lines, and its number must still be read.
const THEME_HEADING = /^(?:thema\s+)?(\d{1,3})\s*[.,:)]?\s+(.+)$/is;
/** Reads the number a pillar intro announces ("Onze aanpak berust op drie pijlers"). */
export const PILLAR_INTRO_PATTERN = /berust(?:en)?\s+op\s+(\S+)\s+pijlers?/i;
const PILLAR_INTRO = PILLAR_INTRO_PATTERN;

/** The sections that hold themes, and the themes in them, in document order. */
export function readThemes(text: string, sections: readonly Section[], blocks: readonly Block[]): { themeContainers: { soort: ThemaSoort; section: Section }[]; themes: ThemeNode[] } {
  const themeContainers: { soort: ThemaSoort; section: Section }[] = [];
  walk(sections, (s) => {
    if (PRIORITAIR.test(s.keyword)) themeContainers.push({ soort: "prioritair", section: s });
    else if (KERN.test(s.keyword)) themeContainers.push({ soort: "kern", section: s });
  });
  const themes: ThemeNode[] = [];
  for (const c of themeContainers) for (const child of c.section.children) themes.push(readTheme(text, child, c.soort, blocks));
  return { themeContainers, themes };
}

function readTheme(text: string, section: Section, soort: ThemaSoort, blocks: readonly Block[]): ThemeNode {
  const h = section.heading;
  const raw = text.slice(h.content.start, h.content.end);
  const m = THEME_HEADING.exec(raw);
  let nummer: number | undefined;
  let numberSpan: Span | undefined;
  let titleSpan: Span = h.content;
  if (m) {
    nummer = Number(m[1]);
    const numAt = h.content.start + raw.indexOf(m[1]!);
    numberSpan = { start: numAt, end: numAt + m[1]!.length };
    const titleAt = h.content.start + raw.length - m[2]!.length;
    titleSpan = trimSpan(text, { start: titleAt, end: h.content.end });
  }
  const title = text.slice(titleSpan.start, titleSpan.end).replace(/[*_]+/g, "").trim();
  const desc = allSections(section.children);
  const opgave = desc.find((s) => s.keyword === "opgave");
  const ambitie = desc.find((s) => s.keyword === "ambitie");
  let pillarIntro: ThemeNode["pillarIntro"];
  let pillarList: ListBlock | undefined;
  const pillars: PillarNode[] = [];
  const subsections = ambitie ? allSections(ambitie.children) : [];
  if (ambitie) {
    const own = ambitie.ownBlocks;
    for (let i = 0; i < own.length; i++) {
      const b = own[i]!;
      if (b.kind !== "paragraph") continue;
      const t = text.slice(b.content.start, b.content.end);
      const pm = PILLAR_INTRO.exec(t);
      if (!pm) continue;
      const countAt = b.content.start + pm.index + pm[0].indexOf(pm[1]!, pm[0].indexOf(" op ") + 1);
      pillarIntro = {
        span: trimSpan(text, b.content),
        count: readCount(pm[1]!),
        countText: pm[1]!,
        countSpan: { start: countAt, end: countAt + pm[1]!.length },
      };
      // The list follows the intro, possibly after blank lines or comments.
      for (let j = i + 1; j < own.length; j++) {
        const nb = own[j]!;
        if (nb.kind === "blank" || nb.kind === "comment") continue;
        if (nb.kind === "list") pillarList = nb;
        break;
      }
      break;
    }
    if (pillarList) {
      const subsectionByTitle = indexByFoldedText(subsections, (sub) => sub.title);
      for (const item of pillarList.items) {
        let s = trimSpan(text, item.content);
        let t = text.slice(s.start, s.end);
        // A trailing period and emphasis are not part of the title.
        const stripped = t.replace(/[.;:]+$/, "");
        s = { start: s.start, end: s.start + stripped.length };
        t = stripped.replace(/^[*_]+|[*_]+$/g, "").trim();
        const elaboration = subsectionByTitle.get(foldText(t));
        pillars.push({ title: t, span: s, elaboration });
      }
    }
  }
  void blocks;
  return { section, soort, nummer, numberSpan, title, titleSpan, opgave, ambitie, pillarIntro, pillarList, pillars, subsections };
}

