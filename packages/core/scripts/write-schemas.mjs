// Writes the JSON Schemas generated from the effect Schemas (run after the build; the files are
// committed so that editors and other tools can use them without building).
import { writeFileSync } from "node:fs";
import { configJsonSchema, planJsonSchema } from "../dist/index.js";

const write = (file, schema) => writeFileSync(new URL(`../schema/${file}`, import.meta.url), JSON.stringify(schema, null, 2) + "\n");
write("plan.schema.json", planJsonSchema());
write("config.schema.json", configJsonSchema());
