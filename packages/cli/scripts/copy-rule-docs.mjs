// Copies docs/rules/*.md into dist/docs/rules, so that `veiligheidsplan explain <rule>` shows the page
// that belongs to the installed version, offline.
import { cpSync, existsSync, mkdirSync, readdirSync } from "node:fs";

const from = new URL("../../../docs/rules/", import.meta.url);
const to = new URL("../dist/docs/rules/", import.meta.url);
mkdirSync(to, { recursive: true });
let n = 0;
if (existsSync(from)) {
  for (const name of readdirSync(from)) {
    if (!name.endsWith(".md")) continue;
    cpSync(new URL(name, from), new URL(name, to));
    n++;
  }
}
console.log(`copy-rule-docs: ${n} rule page(s) copied to dist/docs/rules`);
