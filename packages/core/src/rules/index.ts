/** The built-in rules, in the order they run (and are listed by `veiligheidsplan rules`). */
import type { Rule } from "./types.js";

export const ALL_RULES: readonly Rule<any>[] = [];
