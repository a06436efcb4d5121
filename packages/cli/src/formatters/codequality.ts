/**
 * GitLab Code Quality (`artifacts:reports:codequality`): a JSON array of issues that GitLab shows in
 * the merge request. The fingerprint leaves out line numbers, so a finding keeps its identity when text
 * above it moves; identical findings in one file are numbered apart.
 */
import type { Format } from "../report.js";
import { oneBased } from "../report.js";
import { JsonArrayWriter } from "./json-array.js";

/** 128-bit FNV-1a as hex: a stable identity, not a security measure (node:crypto would cost start-up time). */
export function fingerprint(s: string): string {
  const PRIME = 0x1000000000000000000013bn;
  const MASK = (1n << 128n) - 1n;
  let h = 0x6c62272e07bb014262b821756295c58dn;
  for (const byte of Buffer.from(s, "utf8")) h = ((h ^ BigInt(byte)) * PRIME) & MASK;
  return h.toString(16).padStart(32, "0");
}

const SEVERITY = { error: "major", warning: "minor", info: "info" } as const;

/** Keeps nothing between files (identical findings are numbered apart within a file). */
export const codequality: Format = () => {
  const issues = new JsonArrayWriter(0);
  return {
    start: () => "",
    file(r) {
      let out = "";
      const seen = new Map<string, number>();
      for (const d of r.diagnostics) {
        if (d.severity === "hint") continue;
        const key = `${r.display}\0${d.ruleId}\0${d.message}`;
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        const p = oneBased(d);
        out += issues.item({
          type: "issue",
          check_name: d.ruleId,
          description: d.message,
          categories: ["Style"],
          severity: SEVERITY[d.severity],
          fingerprint: fingerprint(`${key}\0${n}`),
          location: { path: r.display, lines: { begin: p.line, end: p.endLine } },
        });
      }
      return out;
    },
    end: () => `${issues.close()}\n`,
  };
};
