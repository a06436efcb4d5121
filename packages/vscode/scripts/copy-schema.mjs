// Copies core's JSON Schema of the config file into the extension, for the jsonValidation/yamlValidation
// contributions (a .vsix cannot point into another package). Core generates and commits that file.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const from = fileURLToPath(new URL("../../core/schema/config.schema.json", import.meta.url));
const to = fileURLToPath(new URL("../schema/config.schema.json", import.meta.url));
if (!existsSync(from)) {
  console.error(`copy-schema: ${from} does not exist; build packages/core first (its build writes the schema).`);
  process.exit(1);
}
mkdirSync(fileURLToPath(new URL("../schema/", import.meta.url)), { recursive: true });
copyFileSync(from, to);
