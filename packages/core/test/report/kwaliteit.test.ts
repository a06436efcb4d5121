/**
 * The report's kwaliteitstoets as a raadslid reads it: the CCV checklist step by step with its outcome
 * and a link into the plan, the goals per theme, and with progress files a chart per goal that says
 * whether the goal is on track.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lint, readVoortgang, renderReport, type Voortgang } from "@veiligheidsplan/core";
import { MINIMAAL_PATH, NIJMEGEN_PATH, RIVIERSTEDE_PATH, rivierstedeVoortgang, strangeMarkup } from "./support.js";
const TODAY = "2026-11-28";

function report(path: string, voortgang?: Voortgang[], locale?: "nl" | "en"): string {
  const result = lint(readFileSync(path, "utf8"), { filePath: path, today: TODAY, ...(voortgang ? { voortgang } : {}) });
  return renderReport(result, { ...(voortgang ? { voortgang } : {}), ...(locale ? { locale } : {}) });
}

/** The checklist rows: step, outcome and the link target, as plain text. */
function steps(html: string): { stap: string; uitkomst: string; href?: string; text: string }[] {
  return [...html.matchAll(/<tr class="stap uitkomst-(\w+)" data-stap="(\w+)">([^]*?)<\/tr>/g)].map((m) => ({
    stap: m[2]!,
    uitkomst: m[1]!,
    ...(/href="#([^"]+)"/.exec(m[3]!) ? { href: /href="#([^"]+)"/.exec(m[3]!)![1] } : {}),
    text: m[3]!.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim(),
  }));
}

const section = (html: string) => html.slice(html.indexOf('<section class="hoofdstuk bijlage kwaliteitstoets"'), html.indexOf("</section>", html.indexOf('id="kwaliteitstoets"')));

describe("the kwaliteitstoets of Nijmegen's plan", () => {
  const html = report(NIJMEGEN_PATH);
  const s = steps(html);

  it("goes through the ten steps, in the contents and with every link landing on an element of the report", () => {
    expect(s.map((x) => x.stap)).toEqual(["evaluatie", "analyse", "prioriteiten", "velden", "doelen", "keten", "monitoring", "eindevaluatie", "voortgang", "leesbaarheid"]);
    expect(html).toContain('<li><a href="#kwaliteitstoets">Kwaliteitstoets</a></li>');
    for (const x of s) if (x.href) expect(html, x.stap).toContain(`id="${x.href}"`);
    expect(strangeMarkup(html)).toEqual([]);
  });

  it("says what the plan's own text supports: a yearly Veiligheidsbrief to the raad, an analysis only elsewhere, no measurable goal", () => {
    const by = Object.fromEntries(s.map((x) => [x.stap, x]));
    expect(by.monitoring!.uitkomst).toBe("voldaan");
    expect(by.monitoring!.text).toContain("jaarlijkse Veiligheidsbrief aan de gemeenteraad");
    expect(by.analyse!.uitkomst).toBe("nietTeControleren");
    expect(by.evaluatie!.uitkomst).toBe("nietVoldaan");
    expect(by.evaluatie!.href).toBeDefined();
    expect(by.doelen!.uitkomst).toBe("nietVoldaan");
    expect(by.doelen!.href).toBe("thema-1");
    expect(by.keten!.text).toContain("6. Polarisatie en maatschappelijke ontwrichting");
    expect(by.velden!.uitkomst).toBe("voldaan");
    // No goals as data, so no progress to judge.
    expect(by.voortgang!.uitkomst).toBe("nietTeControleren");
    expect(section(html)).not.toContain("<svg");
  });

  it("speaks English on request", () => {
    const en = steps(report(NIJMEGEN_PATH, undefined, "en"));
    expect(en[0]!.text).toMatch(/^1\. Evaluation of the previous period not met /);
    expect(en.find((x) => x.stap === "analyse")!.text).toContain("not checkable");
  });
});

describe("a plan that tells its analysis per theme, in the opgave (as a regional plan may)", () => {
  const fixture = (name: string) => new URL(`../rules/fixtures/kwaliteit-veiligheidsanalyse/${name}.veiligheidsplan`, import.meta.url).pathname;

  it("meets the analysis step when the themes name their sources and the plan how safe people feel, and links to the first source", () => {
    const html = report(fixture("per-thema"));
    const analyse = steps(html).find((x) => x.stap === "analyse")!;
    expect(analyse.uitkomst).toBe("voldaan");
    expect(analyse.text).toContain("de analyse staat per thema: 2 van de 3 thema");
    expect(analyse.text).toContain("noemen in hun opgave objectieve bronnen, en het plan zegt hoe veilig inwoners zich voelen");
    expect(html).toContain(`id="${analyse.href}"`);
  });

  it("does not meet it without a word on how safe people feel", () => {
    const analyse = steps(report(fixture("per-thema-zonder-beleving"))).find((x) => x.stap === "analyse")!;
    expect(analyse.uitkomst).toBe("nietVoldaan");
    expect(analyse.text).toContain("maar nergens hoe veilig inwoners zich voelen");
  });
});

describe("a plan with goals as data and two years of progress (the Rivierstede example)", () => {
  const html = report(RIVIERSTEDE_PATH, rivierstedeVoortgang());
  const k = section(html);

  it("meets every step of the checklist but progress: two goals are behind", () => {
    const s = steps(html);
    expect(s.filter((x) => x.uitkomst !== "voldaan").map((x) => x.stap)).toEqual(["voortgang"]);
    expect(s.find((x) => x.stap === "voortgang")!.text).toContain("3 op koers of behaald, 2 achter op koers, 0 zonder gegevens");
  });

  it("shows the goals as a table per theme, linked to the theme, with the latest value and the course", () => {
    const tables = [...k.matchAll(/<table class="doelen">([^]*?)<\/table>/g)].map((m) => m[1]!);
    expect(tables).toHaveLength(4);
    expect(tables[0]).toContain('<a href="#thema-1">1. Veilige wijken</a>');
    const row = /<tr><th scope="row">Minder woninginbraken<\/th>([^]*?)<\/tr>/.exec(tables[0]!)![1]!.replace(/<[^>]+>/g, "|");
    expect(row.split("|").filter(Boolean)).toEqual(["Woninginbraken per 1.000 woningen", "4,0 (2023)", "3,0 (2027)", "politie", "3,4 (2025)", "op koers"]);
    expect(tables[1]).toContain('<span class="koers koers-achter">achter op koers</span>');
    expect(tables[3]).toContain('<span class="koers koers-behaald">behaald</span>');
  });

  it("draws a chart per goal: the path from nulmeting to streefwaarde, a point per measured year, the course at the last", () => {
    const charts = [...k.matchAll(/<svg class="doelgrafiek"[^]*?<\/svg>/g)].map((m) => m[0]);
    expect(charts).toHaveLength(5);
    for (const c of charts) {
      expect(c).toContain('data-punten="2"');
      expect(c.match(/<circle class="punt/g)).toHaveLength(2);
      expect(c.match(/<line class="pad"/g)).toHaveLength(1);
      expect(c).toMatch(/<circle class="nulmeting"[^]*<circle class="streefwaarde"/);
    }
    const behind = charts.filter((c) => c.includes('data-koers="achter"'));
    expect(behind).toHaveLength(2);
    expect(behind[0]).toContain('<text class="koers koers-achter"');
    expect(behind[0]).toMatch(/<desc id="vp-doel-\d-beschrijving">Van 32% \(2023\) naar 26% \(2027\)\. Gemeten: 31% in 2024, 30% in 2025\. Koers: achter op koers\.<\/desc>/);
  });

  it("without progress files has the goals but no charts, and says progress cannot be checked", () => {
    const without = report(RIVIERSTEDE_PATH);
    expect(section(without)).not.toContain("<svg");
    expect(section(without)).not.toContain("Koers</th>");
    expect(steps(without).find((x) => x.stap === "voortgang")!.uitkomst).toBe("nietTeControleren");
  });
});

describe("the minimal example", () => {
  it("meets every step it can; progress is not checkable without progress files", () => {
    const s = steps(report(MINIMAAL_PATH));
    expect(s.filter((x) => x.uitkomst !== "voldaan").map((x) => `${x.stap}:${x.uitkomst}`)).toEqual(["voortgang:nietTeControleren"]);
  });
});

describe("hostile text in goals and progress files", () => {
  it("is escaped in the checklist, the goals table and the charts' titles and descriptions", () => {
    const evil = `<script>alert("x")</script>&"'`;
    const plan = readFileSync(RIVIERSTEDE_PATH, "utf8").replace("| Minder woninginbraken ", `| ${evil} `).replaceAll("Woninginbraken per 1.000 woningen", `Inbraken ${evil}`).replace("| politie ", `| ${evil} `);
    const voortgang = [readVoortgang(`---\njaar: 2025\n---\n| Indicator | Waarde |\n| - | - |\n| Inbraken ${evil} | 3,4 |\n`, `${evil}.voortgang`)];
    const html = renderReport(lint(plan, { today: TODAY, voortgang }), { voortgang });
    expect(html).not.toContain("<script");
    expect(strangeMarkup(html)).toEqual([]);
    expect(section(html).match(/<svg class="doelgrafiek"/g)).toHaveLength(1);
    expect(section(html)).toContain("Inbraken &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&quot;&#39;");
  });
});

describe("the kwaliteitstoets judges the number of priorities by the configured maximum", () => {
  const text = readFileSync(NIJMEGEN_PATH, "utf8");
  const prioriteiten = (config?: { rules: Record<string, unknown> }) => {
    const result = lint(text, { filePath: NIJMEGEN_PATH, today: TODAY, ...(config ? { config: config as never } : {}) });
    return steps(renderReport(result)).find((x) => x.stap === "prioriteiten")!;
  };

  it("with the default of 5, Nijmegen's six priorities are too many", () => {
    expect(prioriteiten()).toMatchObject({ uitkomst: "nietVoldaan" });
    expect(prioriteiten().text).toContain("hoogstens 5)");
  });

  it("with 'max: 6' configured, as the check itself then says nothing, the checklist agrees", () => {
    const config = { rules: { "kwaliteit-aantal-prioriteiten": ["info", { max: 6 }] } };
    expect(lint(text, { filePath: NIJMEGEN_PATH, today: TODAY, config: config as never }).diagnostics.some((d) => d.ruleId === "kwaliteit-aantal-prioriteiten")).toBe(false);
    expect(prioriteiten(config)).toMatchObject({ uitkomst: "voldaan" });
    expect(prioriteiten(config).text).toContain("hoogstens 6)");
  });

  it("with 'max: 3' the text names 3", () => {
    expect(prioriteiten({ rules: { "kwaliteit-aantal-prioriteiten": ["info", { max: 3 }] } }).text).toContain("hoogstens 3)");
  });
});

describe("a plan without a budget table that says per priority what it costs", () => {
  const plan = (second: string) =>
    `---\nformaat: veiligheidsplan/1\ntitel: Veilig\ngemeente: Voorbeeldstad\nperiode: 2025-2028\nstatus: concept\n---\n\n# Veilig\n\n## 3. Ondermijning\n\n### 3.1 Wat willen we bereiken?\n\nIn 2028 zijn alle panden gecontroleerd.\n\n### 3.2 Wat mag het kosten?\n\nHiervoor is jaarlijks € 150.000 beschikbaar.\n\n## 4. Jeugd\n\n### 4.1 Wat willen we bereiken?\n\nIn 2028 worden 20 procent minder jongeren geronseld.\n\n### 4.2 Wat mag het kosten?\n\n${second}\n`;
  const keten = (text: string) => steps(renderReport(lint(text, { today: TODAY }))).find((x) => x.stap === "keten")!;

  it("meets the step from priority to budget when every priority names its amount", () => {
    const k = keten(plan("Hiervoor is jaarlijks 90.000 euro beschikbaar."));
    expect(k.uitkomst).toBe("voldaan");
    expect(k.text).toContain("elk prioritair thema noemt in zijn tekst een bedrag");
  });

  it("names the priority without one, and links to it", () => {
    const k = keten(plan("Dat volgt later."));
    expect(k.uitkomst).toBe("nietVoldaan");
    expect(k.text).toContain("Jeugd");
    expect(k.text).not.toContain("Ondermijning");
    expect(k.href).toBeDefined();
  });
});

describe("a plan that looks back only in a sentence of its introduction", () => {
  const path = new URL("../rules/fixtures/alle-regels/vorm-accenten-brede-themas.veiligheidsplan", import.meta.url).pathname;
  const s = steps(report(path));

  it("does not meet the evaluation step, quotes the sentence and links to it", () => {
    const e = s.find((x) => x.stap === "evaluatie")!;
    expect(e.uitkomst).toBe("nietVoldaan");
    expect(e.text).toContain("alleen een losse zin doet het: ‘De evaluatie van het masterplan 2023-2026 laat zien");
    expect(e.href).toBeDefined();
  });

  it("finds every veiligheidsveld among the broad themes", () => {
    expect(s.find((x) => x.stap === "velden")!.uitkomst).toBe("voldaan");
  });
});

describe("the evaluation step says what the look back holds, as kwaliteit-evaluatie reads it", () => {
  const fixture = (name: string) => new URL(`../rules/fixtures/kwaliteit-evaluatie/${name}.veiligheidsplan`, import.meta.url).pathname;

  it("a look back that says only what was achieved does not claim what must improve", () => {
    const e = steps(report(fixture("bijzin-gedaald-is"))).find((x) => x.stap === "evaluatie")!;
    expect(e.uitkomst).toBe("voldaan");
    expect(e.text).toMatch(/zegt wat er bereikt is; niet wat beter moet\./);
  });

  it("a referral to the previous plan's evaluation by its title and date meets the step, quoting it", () => {
    const e = steps(report(fixture("verwijzing-titel-en-datum"))).find((x) => x.stap === "evaluatie")!;
    expect(e.uitkomst).toBe("voldaan");
    expect(e.text).toContain("Het plan verwijst naar de evaluatie van het vorige plan: ‘");
    expect(e.href).toBeDefined();
  });
});

describe("step 4 and the kwaliteit-veiligheidsvelden rule read the veld Fysieke veiligheid alike (kwaliteit/velden.ts)", () => {
  const fixture = (name: string) => new URL(`../rules/fixtures/kwaliteit-veiligheidsvelden/${name}.veiligheidsplan`, import.meta.url).pathname;
  const read = (name: string) => {
    const path = fixture(name);
    const result = lint(readFileSync(path, "utf8"), { filePath: path, today: TODAY });
    return { rule: result.diagnostics.filter((d) => d.ruleId === "kwaliteit-veiligheidsvelden"), velden: steps(renderReport(result)).find((x) => x.stap === "velden")! };
  };

  it("meets the step, and the rule is silent, where the plan leaves fire safety to the veiligheidsregio", () => {
    const { rule, velden } = read("goed-brand-belegd-bij-regio");
    expect(rule).toEqual([]);
    expect(velden.uitkomst).toBe("voldaan");
    expect(velden.text).not.toContain("Fysieke veiligheid");
  });

  it("does not meet it, and the rule reports the veld, where the same sentence sets a goal of its own", () => {
    const { rule, velden } = read("fout-brand-belegd-met-eigen-doel");
    expect(rule.map((d) => d.message)).toEqual([expect.stringContaining("Fysieke veiligheid")]);
    expect(velden.uitkomst).toBe("nietVoldaan");
    expect(velden.text).toContain("Geen thema en geen toelichting voor: Fysieke veiligheid");
  });
});
