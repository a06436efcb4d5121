/**
 * Reading yargs' arguments: one value or a list, and the words after `--voortgang`, which yargs gives
 * to the flag even when they are the plans. Apart from main.ts so that the command line stays short.
 */
export type Args = Record<string, unknown>;
export const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);
export const str = (v: unknown): string | undefined => (v === undefined ? undefined : String(Array.isArray(v) ? v[v.length - 1] : v));

/**
 * `--voortgang a.voortgang b.voortgang plan.veiligheidsplan`: yargs gives every word after the flag to it,
 * so what does not end in .voortgang is a plan path after all. `undefined` files: the flag was not given.
 */
export function splitProgress(flag: unknown, paths: string[]): { files?: string[]; paths: string[] } {
  if (flag === undefined) return { paths };
  const words = list(flag);
  const files = words.filter((w) => /\.voortgang$/i.test(w));
  return { files, paths: [...paths, ...words.filter((w) => !/\.voortgang$/i.test(w))] };
}

/**
 * The plan and progress files of `report`. Named before --voortgang, the plan is the positional and
 * every word after the flag is a progress file (one that is not is named in the error). Named after
 * it (`report --voortgang 2025.voortgang plan.veiligheidsplan`), the plan is the first of the flag's
 * words that does not end in .voortgang.
 */
export function reportPlan(a: Args): { plan?: string; voortgang?: string[] } {
  const plan = str(a.plan);
  const words = a.voortgang !== undefined ? list(a.voortgang) : undefined;
  if (plan !== undefined || words === undefined) return { plan, voortgang: words };
  const i = words.findIndex((w) => !/\.voortgang$/i.test(w));
  return i === -1 ? { voortgang: words } : { plan: words[i], voortgang: words.filter((_, j) => j !== i) };
}
