/**
 * A theme's own cost table: plans that answer the programmabegroting's three questions per theme ("Wat
 * willen we bereiken?", "Wat gaan we daarvoor doen?", "Wat mag het kosten?") put a small budget table
 * under the third, one per theme, and often no money chapter at all. Such a table is the theme's share,
 * not the plan's budget (structure/budget.ts): read here, on demand, so that begroting-totalen can add
 * it up and kwaliteit-keten can see that the theme has money.
 */
import { BUDGET_HEADING, isFinancialKeyword, readBudget } from "./budget.js";
import { memo } from "./memo.js";
import { themeWords } from "./references.js";
import { allSections } from "./sections.js";
import type { BudgetNode, ParsedPlan, ThemeNode } from "./types.js";

/** A heading in a theme that holds its money: "Wat mag het kosten?", "Kosten", "Middelen", "Financiën". */
const THEME_COST = /^wat (?:mag|gaat) (?:het|dit) kosten$|^wat kost (?:het|dit)$/;

export interface ThemeBudget {
  readonly theme: ThemeNode;
  readonly budget: BudgetNode;
}

type PlanParts = Pick<ParsedPlan, "text" | "blocks" | "themes" | "budget">;
const cache = memo<PlanParts, readonly ThemeBudget[]>("themeBudgets");

/** Each theme's first cost table by years (a table under a money heading inside the theme), in plan order. */
export function themeBudgets(plan: PlanParts): readonly ThemeBudget[] {
  let out = cache.get(plan);
  if (!out) {
    const words = themeWords(plan.themes);
    out = plan.themes.flatMap((theme) => {
      for (const s of allSections(theme.section.children)) {
        if (!(THEME_COST.test(s.keyword) || BUDGET_HEADING.test(s.keyword) || isFinancialKeyword(s.keyword))) continue;
        // The plan's own budget, when it stands in a theme, is checked as the plan's.
        if (plan.budget?.section === s) continue;
        const budget = readBudget(plan.text, s, plan.blocks, words);
        if (budget.table && budget.years.some((y) => y.value !== undefined) && budget.lines.length > 0) return [{ theme, budget }];
      }
      return [];
    });
    cache.set(plan, out);
  }
  return out;
}
