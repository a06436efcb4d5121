/** The extension's own texts (status bar, workspace check): Dutch by default, English on request, counted right. */
import { describe, expect, it } from "vitest";
import { say } from "../src/texts.js";

describe("the extension's texts", () => {
  it("count problems in the status bar without naming what is zero", () => {
    expect(say("nl", "statusProblems", 3, 1)).toBe("Veiligheidsplan: 3 fouten, 1 waarschuwing");
    expect(say("nl", "statusProblems", 1, 0)).toBe("Veiligheidsplan: 1 fout");
    expect(say("nl", "statusProblems", 0, 2)).toBe("Veiligheidsplan: 2 waarschuwingen");
    expect(say("en", "statusProblems", 1, 2)).toBe("Veiligheidsplan: 1 error, 2 warnings");
    expect(say("nl", "statusClean")).toBe("Veiligheidsplan: geen problemen");
  });

  it("sum up the workspace check in a sentence", () => {
    expect(say("nl", "workspaceResult", 1, 4, 0, 1)).toBe("1 plan gecontroleerd: 4 fouten in 1 plan.");
    expect(say("nl", "workspaceResult", 12, 3, 2, 2)).toBe("12 plannen gecontroleerd: 3 fouten en 2 waarschuwingen in 2 plannen.");
    expect(say("nl", "workspaceResult", 2, 0, 0, 0)).toBe("2 plannen gecontroleerd: geen fouten of waarschuwingen.");
    expect(say("en", "workspaceResult", 12, 3, 2, 2)).toBe("12 plans checked: 3 errors and 2 warnings in 2 plans.");
  });

  it("have an English text for every Dutch one", () => {
    for (const key of ["noWorkspace", "noPlans", "serverNotRunning", "noRuleHere", "askGemeente", "askTitel", "askVan", "badYear"] as const) {
      expect(say("nl", key)).not.toBe(say("en", key));
    }
  });
});
