/**
 * `@veiligheidsplan/core/workspace`: what an editor extension needs before any plan is read (file
 * names, the new-plan template), without the parser, the rules or their dependencies, so that it
 * costs the extension's start-up nothing.
 */
export { CONFIG_FILE_NAMES, CONFIG_FILES_GLOB, IGNORE_FILE, isConfigFile, PLAN_EXTENSION, SKIPPED_FOLDERS } from "./config/files.js";
export { planTemplate, templateFileName, type TemplateValues } from "./template.js";
