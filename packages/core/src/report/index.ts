/** The HTML report: a plan as a readable, printable, self-contained document with its budget as a chart. */
export { renderReport, type ReportOptions } from "./render.js";
export { renderMarkdown } from "./markdown.js";
export { budgetChartSvg, checkColumns, type ColumnArithmetic, type ColumnCheck } from "./chart.js";
