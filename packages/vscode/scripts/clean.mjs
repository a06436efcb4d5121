// Empties dist/ before a build: the two bundles share it, so tsup's own clean is off.
import { rmSync } from "node:fs";
rmSync(new URL("../dist/", import.meta.url), { recursive: true, force: true });
