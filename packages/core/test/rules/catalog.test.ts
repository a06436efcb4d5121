/**
 * The rules' metadata, message catalog and documentation agree: every message id a rule lists has a
 * Dutch and an English text with the same placeholders, no text is orphaned, and every rule has its page
 * in docs/rules/ and a line in docs/rules/README.md.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ALL_RULES, MESSAGES } from "@veiligheidsplan/core";
import { ENGINE_MESSAGES, LANGUAGE_SERVER_MESSAGES } from "@veiligheidsplan/core/internal";

const DOCS = fileURLToPath(new URL("../../../../docs/rules/", import.meta.url));
const placeholders = (t: string) => new Set([...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/En$/, "")));

describe("rule metadata", () => {
  it("ids are unique, Dutch kebab-case, with names and descriptions in both languages", () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(r.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const t of [r.meta.name.nl, r.meta.name.en, r.meta.description.nl, r.meta.description.en]) expect(t.trim().length, r.meta.id).toBeGreaterThan(3);
    }
  });
});

describe("message catalog", () => {
  it.each(ALL_RULES.map((r) => [r.meta.id, r] as const))("every message of %s has Dutch and English texts with the same placeholders", (id, rule) => {
    expect(rule.meta.messages.length).toBeGreaterThan(0);
    for (const m of rule.meta.messages) {
      const key = `${id}.${m}`;
      const text = MESSAGES[key];
      expect(text, key).toBeDefined();
      expect(text!.nl.trim(), key).not.toBe("");
      expect(text!.en.trim(), key).not.toBe("");
      expect(text!.nl, key).not.toBe(text!.en);
      expect([...placeholders(text!.en)].sort(), key).toEqual([...placeholders(text!.nl)].sort());
    }
  });

  // (Dutch and English may be the same: the plan's format words, such as Opgave and Deelproduct.)
  it("gives the language server's own messages Dutch and English texts with the same placeholders", () => {
    for (const [key, text] of Object.entries(LANGUAGE_SERVER_MESSAGES)) {
      expect(key.startsWith("languageServer."), key).toBe(true);
      expect(text.nl.trim(), key).not.toBe("");
      expect(text.en.trim(), key).not.toBe("");
      expect([...placeholders(text.en)].sort(), key).toEqual([...placeholders(text.nl)].sort());
    }
  });

  it("has no text that no rule lists", () => {
    const listed = new Set(ALL_RULES.flatMap((r) => r.meta.messages.map((m) => `${r.meta.id}.${m}`)));
    const orphans = Object.keys(MESSAGES).filter((k) => !listed.has(k) && !(k in ENGINE_MESSAGES) && !(k in LANGUAGE_SERVER_MESSAGES));
    expect(orphans).toEqual([]);
  });

  it("only lists messages whose rule exists", () => {
    const ids = new Set(ALL_RULES.map((r) => r.meta.id));
    const ruleKeys = Object.keys(MESSAGES).filter((k) => !(k in ENGINE_MESSAGES) && !(k in LANGUAGE_SERVER_MESSAGES));
    expect(ruleKeys.filter((k) => !ids.has(k.slice(0, k.indexOf("."))))).toEqual([]);
  });
});

describe("documentation", () => {
  const index = existsSync(`${DOCS}README.md`) ? readFileSync(`${DOCS}README.md`, "utf8") : "";
  it.each(ALL_RULES.map((r) => r.meta.id))("%s has a page with what it checks, why, examples and how to fix, and is in the index", (id) => {
    const page = `${DOCS}${id}.md`;
    expect(existsSync(page), page).toBe(true);
    const text = readFileSync(page, "utf8");
    expect(text).toMatch(new RegExp(`^# ${id}\\b`, "m"));
    for (const section of ["Wat", "Waarom", "Goed", "Fout", "Oplossen", "Opties"]) expect(text, `${id}: section ${section}`).toMatch(new RegExp(`^## ${section}`, "m"));
    expect(index).toContain(`(${id}.md)`);
  });
});
