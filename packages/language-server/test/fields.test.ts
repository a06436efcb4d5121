/** Issue 13.1: completion in the front matter offers core's declared fields (model/fields.ts), with their docs. */
import { FIELD_NAMES, FIELDS } from "@veiligheidsplan/core";
import { normalizeKey } from "@veiligheidsplan/core/internal";
import { describe, expect, it } from "vitest";
import { getCompletions } from "../src/service/index.js";
import { doc, marked } from "./helpers.js";

const complete = (source: string, locale: "nl" | "en" = "nl") => {
  const m = marked(source);
  return getCompletions(doc(m.text, { lint: false, locale }), m.cursors[0]!).items;
};

describe("front-matter completion follows the field declarations", () => {
  it("offers every declared key in an empty front matter, documented in the reader's language", () => {
    for (const locale of ["nl", "en"] as const) {
      const items = complete("---\n<|>\n---\n\n# Plan\n", locale);
      expect(items.map((i) => i.label)).toEqual(FIELD_NAMES.map((n) => FIELDS[n].key));
      for (const n of FIELD_NAMES) {
        const item = items.find((i) => i.label === FIELDS[n].key)!;
        expect(JSON.stringify(item.documentation)).toContain(JSON.stringify(FIELDS[n].doc[locale]).slice(1, -1));
      }
    }
  });

  it("offers every declared sub-key inside a map field", () => {
    for (const n of FIELD_NAMES) {
      const subs = FIELDS[n].subFields;
      if (!subs) continue;
      const labels = complete(`---\ntitel: X\n${FIELDS[n].key}:\n  <|>\n---\n\n# Plan\n`).map((i) => i.label);
      expect(labels.map(normalizeKey), n).toEqual(subs.map((s) => normalizeKey(s.key)));
    }
  });
});
