/** The one precedence for locale and today (config/resolve.ts), and the shared helpers of issue 13 item 5. */
import { describe, expect, it } from "vitest";
import { isIsoDate, localCalendarDay, localeOfTag, readAmount, resolveLocale, resolveToday } from "@veiligheidsplan/core";
import { amountParts, lineEnding, looksLikeAmount } from "@veiligheidsplan/core/internal";

describe("resolveLocale: explicit, then config, then editor, then environment, then Dutch", () => {
  it("takes the most deliberate choice given", () => {
    expect(resolveLocale({ explicit: "en", config: "nl", editor: "nl", environment: "nl" })).toBe("en");
    expect(resolveLocale({ config: "en", editor: "nl", environment: "nl" })).toBe("en");
    expect(resolveLocale({ editor: "en", environment: "nl" })).toBe("en");
    expect(resolveLocale({ environment: "en" })).toBe("en");
    expect(resolveLocale({})).toBe("nl");
  });
  it("reads POSIX locale variables and display languages", () => {
    expect(localeOfTag("en_GB.UTF-8")).toBe("en");
    expect(localeOfTag("en")).toBe("en");
    expect(localeOfTag("nl_NL@euro")).toBe("nl");
    expect(localeOfTag("english")).toBeUndefined();
    expect(localeOfTag("C")).toBeUndefined();
    expect(localeOfTag(undefined)).toBeUndefined();
  });
});

describe("resolveToday: explicit, then the editor's setting, then the clock", () => {
  const clock = () => Date.UTC(2026, 10, 28, 12);
  it("takes the explicit date, then the setting", () => {
    expect(resolveToday({ explicit: "2025-01-02", editor: "2024-03-04", now: clock })).toBe("2025-01-02");
    expect(resolveToday({ editor: "2024-03-04", now: clock })).toBe("2024-03-04");
  });
  it("skips a date that does not exist, and reads the clock only when needed", () => {
    let read = 0;
    const counting = () => (read++, clock());
    expect(resolveToday({ explicit: "2025-02-30", now: counting })).toBe(localCalendarDay(clock()));
    expect(read).toBe(1);
    resolveToday({ explicit: "2025-02-28", now: counting });
    expect(read).toBe(1);
  });
  it("reads the clock as the local calendar day", () => {
    const ms = clock();
    const d = new Date(ms);
    expect(localCalendarDay(ms)).toBe(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`);
  });
});

describe("one ISO-date check", () => {
  it("accepts only dates that exist", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2100-02-29")).toBe(false);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2024-04-31")).toBe(false);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate("2024-1-01")).toBe(false);
    expect(isIsoDate(" 2024-01-01")).toBe(false);
  });
});

describe("one line-ending answer", () => {
  it("gives the break most lines use", () => {
    expect(lineEnding("a\nb\n")).toBe("\n");
    expect(lineEnding("a\r\nb\r\nc\n")).toBe("\r\n");
    expect(lineEnding("a\rb\rc\n")).toBe("\r");
    expect(lineEnding("a\r\nb\n")).toBe("\n");
    expect(lineEnding("")).toBe("\n");
  });
});

describe("one Dutch-amount reader", () => {
  it("takes Dutch notation apart and reads it exactly", () => {
    expect(amountParts("-1.234,5")).toEqual({ sign: "-", whole: "1234", frac: "5" });
    expect(amountParts("−71")).toEqual({ sign: "−", whole: "71", frac: "" });
    expect(amountParts("1,234.5")).toBeUndefined();
    expect(readAmount("14,4", { label: "", centsPerUnit: 100_000 })).toEqual({ ok: true, cents: 1_440_000, decimals: 1 });
  });
  it("lets layout treat a mistyped amount as an amount", () => {
    expect(looksLikeAmount("**1.23**")).toBe(true);
    expect(looksLikeAmount(" – ")).toBe(true);
    expect(looksLikeAmount("Ondermijning")).toBe(false);
  });
});
