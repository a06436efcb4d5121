/**
 * After tsup: core's CommonJS types (dist/**\/*.d.cts) import effect's types, and effect is an ES
 * module only. A CommonJS TypeScript project (`module: node16`) rejects a plain import of an ES module
 * there (TS1479); a type-only import that says it resolves as an import is allowed (TypeScript ≥ 5.3).
 * At run time the CommonJS build requires effect through Node's require(esm) (Node ≥ 20.19).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
for (const name of readdirSync(dist, { recursive: true })) {
  if (!String(name).endsWith(".d.cts")) continue;
  const file = join(dist, String(name));
  const after = readFileSync(file, "utf8").replace(/^import (?:type )?(.+?) from '([^'.][^']*)';$/gm, (_, what, from) => `import type ${what} from '${from}' with { 'resolution-mode': 'import' };`);
  if (/^import (?!type ).* from '[^'.]/m.test(after)) throw new Error(`${name} still has a value import of a package`);
  writeFileSync(file, after);
}
