/**
 * Reading .docx/.odt archives without trusting them: the central directory is read directly, only the
 * parts the readers ask for are unpacked, and unpacking stops at a byte budget (a zip bomb of a few
 * kilobytes must not become gigabytes in memory). fflate inflates in 4 kB slices, so no single step can
 * grow past ~4 MB (deflate expands at most ~1,000 times).
 */
import { Inflate } from "fflate";
import type { SourceFormat } from "./document.js";
import { ImportError, type ImportLimits } from "./errors.js";

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

export class ZipArchive {
  private readonly entries = new Map<string, Entry>();
  private budget: number;

  constructor(
    private readonly bytes: Uint8Array,
    limits: ImportLimits,
  ) {
    this.budget = limits.maxUnpackedBytes;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const damaged = (detail: string) => new ImportError("import.fout.zip", { detail });
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw damaged("no central directory");
    const count = view.getUint16(eocd + 10, true);
    let p = view.getUint32(eocd + 16, true);
    if (p === 0xffffffff) throw damaged("zip64 archives are not supported");
    for (let n = 0; n < count; n++) {
      if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw damaged("central directory entry");
      const nameLength = view.getUint16(p + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
      this.entries.set(name, {
        name,
        flags: view.getUint16(p + 8, true),
        method: view.getUint16(p + 10, true),
        compressedSize: view.getUint32(p + 20, true),
        size: view.getUint32(p + 24, true),
        offset: view.getUint32(p + 42, true),
      });
      p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A part as text, or undefined when the archive lacks it. */
  text(name: string): string | undefined {
    const data = this.read(name);
    return data ? new TextDecoder().decode(data) : undefined;
  }

  read(name: string): Uint8Array | undefined {
    const e = this.entries.get(name);
    if (!e) return undefined;
    if (e.flags & 1) throw new ImportError("import.fout.versleuteld", {});
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    if (e.offset + 30 > this.bytes.length || view.getUint32(e.offset, true) !== 0x04034b50) throw new ImportError("import.fout.zip", { detail: name });
    const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    const data = this.bytes.subarray(start, start + e.compressedSize);
    if (e.size > this.budget) throw this.bomb();
    if (e.method === 0) {
      this.budget -= data.length;
      return data;
    }
    if (e.method !== 8) throw new ImportError("import.fout.zip", { detail: `${name}: compression method ${e.method}` });
    const chunks: Uint8Array[] = [];
    let total = 0;
    let failed: unknown;
    const inflate = new Inflate((chunk) => {
      total += chunk.length;
      if (total > this.budget) failed ??= this.bomb();
      else chunks.push(chunk);
    });
    const SLICE = 4096;
    try {
      for (let i = 0; i < data.length && failed === undefined; i += SLICE) inflate.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    } catch (err) {
      throw new ImportError("import.fout.zip", { detail: `${name}: ${err instanceof Error ? err.message : String(err)}` });
    }
    if (failed) throw failed;
    this.budget -= total;
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  private bomb(): ImportError {
    return new ImportError("import.fout.zipbom", { mb: Math.round(this.budget / 1e6) });
  }
}

/** A .docx or an .odt, by what the archive holds (a renamed file is read by its content). */
export function zipKind(bytes: Uint8Array, limits: ImportLimits): SourceFormat {
  const zip = new ZipArchive(bytes, limits);
  if (zip.has("word/document.xml")) return "docx";
  if (zip.has("content.xml")) return "odt";
  throw new ImportError("import.fout.geenDocument", { deel: "word/document.xml of content.xml" });
}
