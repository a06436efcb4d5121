/**
 * `@veiligheidsplan/core/internal`: everything core has, for this repository's CLI and language server
 * (block scanner, YAML tree helpers, keyword folding, layout, path helpers …). Not a public API: names
 * here may change in any release. Developers use `@veiligheidsplan/core` (index.ts).
 */
export * from "./index.js";
export * from "./text/positions.js";
export * from "./text/keywords.js";
export * from "./text/edits.js";
export * from "./syntax/blocks.js";
export * from "./syntax/frontmatter.js";
export * from "./law/registry.js";
export * from "./law/citation.js";
export * from "./model/amount.js";
export * from "./parse.js";
export * from "./plan-shape.js";
export * from "./messages/catalog.js";
export * from "./config/config.js";
export * from "./rules/types.js";
export { headingNumber, themeStyle, type ThemeStyle } from "./rules/theme-names.js";
export { notCheckedFinding, notCheckedOf } from "./not-checked.js";
export * from "./lint.js";
export * from "./options.js";
export * from "./not-a-plan.js";
export * from "./lint-effect.js";
export * from "./fix.js";
export * from "./format.js";
export * from "./report/index.js";
export * from "./config/files.js";
export * from "./config/resolve.js";
export { addMonths, addYears, daysBetween, isIsoDate, isoDateOfInstant } from "./text/dates.js";
export * from "./text/line-endings.js";
export { doelColumnOf, doelenSection, DOEL_COLUMNS, indicatorKey, type DoelColumn } from "./structure/doelen.js";
