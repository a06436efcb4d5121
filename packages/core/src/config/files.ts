/**
 * The file names the toolkit knows, declared once for the CLI, the language server and the editor:
 * the plan extension, the configuration files, the ignore file, and the folders never searched for plans.
 */

export const PLAN_EXTENSION = ".veiligheidsplan";
export const IGNORE_FILE = ".veiligheidsplanignore";

/** Looked for in this order in each folder, from the plan's folder upwards (config/config.ts). */
export const CONFIG_FILE_NAMES = [".veiligheidsplanrc.json", ".veiligheidsplanrc.yaml", ".veiligheidsplanrc.yml", "veiligheidsplan.config.json"] as const;

/** A glob for file watchers: every configuration file anywhere in a workspace. */
export const CONFIG_FILES_GLOB = `**/{${CONFIG_FILE_NAMES.join(",")}}`;

/** Whether a path (either slash) names a configuration file. */
export function isConfigFile(path: string): boolean {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  return (CONFIG_FILE_NAMES as readonly string[]).includes(name);
}

/**
 * Folders a search for plans never enters: dependencies, version control, and the editor's test
 * installs. They hold no plans of the user's, and can be large.
 */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(["node_modules", ".git", ".hg", ".svn", ".vscode-test"]);
