import type { Format } from "../report.js";
import { codequality } from "./codequality.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";

import type { FormatName } from "./names.js";

export { FORMAT_NAMES, type FormatName } from "./names.js";

export const FORMATS: Record<FormatName, Format> = { stylish, json, sarif, github, junit, codequality };
