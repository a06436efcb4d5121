/**
 * `@veiligheidsplan/core`: the public API. Read a plan (`parse`, `notAPlan`), check it (`lint`,
 * `lintEffect`, `lintMany`; bad options throw `LintOptionsError`), repair and lay it out (`fixText`,
 * `formatText`), work with the typed model (`Plan`, `PlanSchema`, `printPlan`, the front-matter
 * `FIELDS`), configure (`parseConfig`, `findConfig`), write rules (`defineRule`), report
 * (`renderReport`, `checkColumns`). Positions are 0-based with offsets (`Span`, `Range`, `LineIndex`).
 * What the CLI and the language server need besides is in `./internal`.
 */
// Positions and findings.
export { LineIndex, type Position, type Range, type Span } from "./text/positions.js";
export { LOCALES, messagePart, type Diagnostic, type Finding, type Fix, type FixFinding, type Locale, type MessageData, type MessageValue, type RelatedFinding, type RelatedLocation, type Severity, type TextEdit } from "./diagnostic.js";
// Reading a plan: the located structure and the typed model.
export { parse, findThemeRefs, allSections, metadataEntries, readDate, readPeriode, type ParseOptions } from "./parse.js";
export type * from "./structure/types.js";
export type { LocatedField, LocatedFields } from "./structure/fields.js";
export * from "./model/schema.js";
export { FIELD_NAMES, FIELDS, fieldOfKey, type FieldDecl, type FieldDoc, type FieldName, type FieldShape, type ReadContext, type SubField } from "./model/fields.js";
export { formatAmount, readAmount, readUnit, type AmountReading, type Unit } from "./model/amount.js";
export { hasPlanShape } from "./plan-shape.js";
export { printPlan } from "./print.js";
// Checking, repairing, laying out.
export { lint, lintMany, lintParsed, ruleById, ENGINE_RULE_IDS, type LintResult, type PlanSource } from "./lint.js";
export { LintOptionsError, RuleOptionsError, type LintOptions } from "./options.js";
export { notAPlan, type NotAPlan } from "./not-a-plan.js";
export { NOT_CHECKED, type NotChecked, type NotCheckedCheck, type NotCheckedReason } from "./not-checked.js";
export { lintEffect, todayFromClock } from "./lint-effect.js";
export { ALL_RULES } from "./rules/index.js";
export { defineRule, docsUrl, type PlanRefusal, type Rule, type RuleCategory, type RuleContext, type RuleMeta } from "./rules/types.js";
export { applyFixes, fixText, type FixResult } from "./fix.js";
export { formatText, type FormatOptions, type FormatResult } from "./format.js";
export { formatMessage, MESSAGES, type MessageText } from "./messages/catalog.js";
// Configuration, files, language and today.
export { ConfigSchema, ConfigError, configJsonSchema, findConfig, mergeConfigs, parseConfig, parseRuleFlag, RuleSetting, SeveritySetting, type Config, type ConfigHost, type FoundConfig } from "./config/config.js";
export { CONFIG_FILE_NAMES, CONFIG_FILES_GLOB, IGNORE_FILE, isConfigFile, PLAN_EXTENSION, SKIPPED_FOLDERS } from "./config/files.js";
export { localCalendarDay, localeOfTag, resolveLocale, resolveToday, type LocaleSources, type TodaySources } from "./config/resolve.js";
export { isIsoDate } from "./text/dates.js";
export { planTemplate, templateFileName, type TemplateValues } from "./template.js";
// The law and the report.
export { findLaw, LAWS, lawUrl, articleText, type Law } from "./law/registry.js";
export { findCitations, readCitation, formatCitation, type Citation } from "./law/citation.js";
export { checkColumns, renderReport, type ColumnArithmetic, type ColumnCheck, type ReportOptions } from "./report/index.js";
// Goals as data and progress against them (issue 17).
export { budgetArithmetic, type BudgetArithmetic, type BudgetPart } from "./structure/budget-arithmetic.js";
export { readDoelen, readMeting, isMeasurable, type DoelNode, type DoelenSection, type MetingNode } from "./structure/doelen.js";
export { readVoortgang, judge, linearPath, realisatiesFor, type Voortgang, type Realisatie, type Koers, type DoelVoortgang } from "./voortgang/voortgang.js";
