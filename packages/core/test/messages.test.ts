/**
 * formatMessage fills catalog templates from parts split once per template (a fast path); it must give
 * exactly what the plain definition — one regular-expression replacement — gives, for every template in
 * both languages and any data, including values that look like placeholders and missing names.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fillTemplate, formatMessage, MESSAGES } from "../src/messages/catalog.js";

const keys = Object.keys(MESSAGES);
const names = [...new Set(keys.flatMap((k) => [...`${MESSAGES[k]!.nl} ${MESSAGES[k]!.en}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))];
const runs = Number(process.env.FUZZ_RUNS ?? 300);

describe("formatMessage", () => {
  it("gives what the plain replacement gives, for every template and any data", () => {
    const value = fc.oneof(fc.string(), fc.constantFrom("{regel}", "$&", "$1", "{", "}", ""), fc.integer());
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.constantFrom("nl" as const, "en" as const), fc.dictionary(fc.constantFrom(...names, "onbekend"), value), (key, locale, data) => {
        expect(formatMessage(key, locale, data)).toBe(fillTemplate(MESSAGES[key]![locale], locale, data));
      }),
      { numRuns: runs },
    );
  });

  it("fills every placeholder of a template and leaves unknown ones visible", () => {
    expect(fillTemplate("a {x} b {y} c {x}", "nl", { x: "1" })).toBe("a 1 b {y} c 1");
    const key = keys.find((k) => /\{\w+\}.*\{\w+\}/.test(MESSAGES[k]!.nl))!;
    const wanted = [...MESSAGES[key]!.nl.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const filled = formatMessage(key, "nl", Object.fromEntries(wanted.map((n) => [n, `<${n}>`])));
    for (const n of wanted) expect(filled).toContain(`<${n}>`);
    expect(filled).not.toMatch(/\{\w+\}/);
    expect(formatMessage(key, "nl", {})).toBe(MESSAGES[key]!.nl);
  });

  it("formats text that is not in the catalog as a template", () => {
    expect(formatMessage("geen.sleutel {x}", "nl", { x: "y" })).toBe("geen.sleutel y");
    expect(formatMessage("geen.sleutel", "en")).toBe("geen.sleutel");
  });
});
