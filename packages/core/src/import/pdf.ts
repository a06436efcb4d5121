import type { SourceDocument } from "./document.js";
import { ImportError, type ImportLimits } from "./errors.js";
export async function readPdf(_bytes: Uint8Array, _limits: ImportLimits): Promise<SourceDocument> {
  throw new ImportError("import.fout.pdf", { detail: "not yet supported" });
}
