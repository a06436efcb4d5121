/**
 * After tsup: core's CommonJS types (dist/index.d.cts) import effect's types, and effect is an ES
 * module only. A CommonJS TypeScript project (`module: node16`) rejects a plain import of an ES module
 * there (TS1479); a type-only import that says it resolves as an import is allowed (TypeScript ≥ 5.3).
 * At run time the CommonJS build requires effect through Node's require(esm) (Node ≥ 20.19).
 */
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../dist/index.d.cts", import.meta.url);
const before = readFileSync(file, "utf8");
const after = before.replace(/^import (?:type )?(.+?) from '([^'.][^']*)';$/gm, (_, what, from) => `import type ${what} from '${from}' with { 'resolution-mode': 'import' };`);
if (/^import (?!type ).* from '[^'.]/m.test(after)) throw new Error("dist/index.d.cts still has a value import of a package");
writeFileSync(file, after);
