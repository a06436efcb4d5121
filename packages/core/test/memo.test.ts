/**
 * Memos kept on the object they are worked out from (structure/memo.ts), in place of module-level
 * WeakMaps: one value per memo and object, invisible to a library user's view of a parsed plan.
 */
import { describe, expect, it } from "vitest";
import { lint, parse } from "@veiligheidsplan/core";
import { memo } from "../src/structure/memo.js";
import { exampleTexts } from "./hardening/support.js";

describe("a memo kept on its object", () => {
  it("keeps one value per memo and object", () => {
    const a = memo<object, number>("a");
    const b = memo<object, string>("b");
    const x = {};
    const y = {};
    expect(a.get(x)).toBeUndefined();
    a.set(x, 1);
    b.set(x, "een");
    a.set(y, 2);
    expect([a.get(x), b.get(x), a.get(y), b.get(y)]).toEqual([1, "een", 2, undefined]);
    a.set(x, 3);
    expect(a.get(x)).toBe(3);
  });

  it("adds nothing a user of a parsed plan sees: its keys, its JSON and equality stay as they were", () => {
    const text = exampleTexts().find((e) => e.name.includes("nijmegen"))!.text;
    const fresh = parse(text);
    const linted = parse(text);
    const keys = Object.keys(linted);
    lint(text, { parsed: linted });
    expect(Object.keys(linted)).toEqual(keys);
    expect(Object.getOwnPropertySymbols(linted).filter((s) => Object.getOwnPropertyDescriptor(linted, s)!.enumerable)).toEqual([]);
    const json = (p: object) => JSON.stringify({ ...p, plan: undefined }, (k, v) => (k === "parent" || k === "section" ? undefined : v));
    expect(json(linted)).toBe(json(fresh));
    expect({ ...linted.themes[0] }).toEqual({ ...fresh.themes[0] });
  });
});
