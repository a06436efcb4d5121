/**
 * A table copied rounded to its unit ("Lasten 1.283 / Baten 66 / Saldo -1.218": baten min lasten is
 * -1.217) is read as the saldo it is, and the finding says that the difference is within rounding and
 * which option accepts it (fixtures fout-saldo-afgerond and goed-saldo-afgerond-met-marge).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lint } from "@veiligheidsplan/core";
import { lintOptionsFor, readFixture } from "./harness.js";

const FILE = fileURLToPath(new URL("./fixtures/begroting-totalen/fout-saldo-afgerond.veiligheidsplan", import.meta.url));

describe("begroting-totalen on a rounded table", () => {
  it.each(["nl", "en"] as const)("names the difference as rounding and the option that accepts it (%s)", (locale) => {
    const fixture = readFixture(readFileSync(FILE, "utf8"), FILE);
    const found = lint(fixture.text, lintOptionsFor("begroting-totalen", FILE, fixture, locale)).diagnostics;
    expect(found.map((d) => d.messageId)).toEqual(["verschilSaldo", "verschilSaldo", "verschilSaldo", "verschilSaldo"]);
    expect(found[0]!.message).toContain(locale === "nl" ? "het saldo van baten en lasten is -1.217, maar het totaal is -1.218, een verschil van 1" : "is -1.217, but the total is -1.218, a difference of 1");
    expect(found[0]!.message).toContain(locale === "nl" ? "zet dan de optie toegestaanVerschil van deze regel op 1" : "set this rule's option toegestaanVerschil to 1");
  });

  it("keeps saying there is no single cause for a difference larger than rounding can give", () => {
    const text = readFixture(readFileSync(FILE, "utf8"), FILE).text.replace("| -1.218 | -1.209 |", "| -1.248 | -1.209 |");
    const found = lint(text, { today: "2023-06-01" }).diagnostics.filter((d) => d.ruleId === "begroting-totalen");
    expect(found[0]!.message).not.toContain("afronden");
  });
});
