/** Reads the packaged .vsix (a zip) for the package tests: every entry's name and size, and file contents. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import yauzl from "yauzl";

export const PACKAGE_DIR = fileURLToPath(new URL("../", import.meta.url));
const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { name: string; version: string };
export const VSIX_PATH = fileURLToPath(new URL(`../${manifest.name}-${manifest.version}.vsix`, import.meta.url));

export interface VsixEntry {
  readonly name: string;
  readonly size: number;
}

export interface Vsix {
  readonly path: string;
  readonly bytes: number;
  readonly entries: readonly VsixEntry[];
  readonly files: ReadonlyMap<string, Buffer>;
}

/** Opens the .vsix that `pnpm -r build` (vsce package) wrote; fails with the command to run if it is missing. */
export async function readVsix(path = VSIX_PATH): Promise<Vsix> {
  if (!existsSync(path)) {
    throw new Error(`${path} does not exist: build it first (npx pnpm@12.4.2 -r build, or in packages/vscode: pnpm build)`);
  }
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true }, (err, z) => (err ? reject(err) : resolve(z))),
  );
  const entries: VsixEntry[] = [];
  const files = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on("error", reject);
    zip.on("end", () => resolve());
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.push({ name: entry.fileName, size: entry.uncompressedSize });
      if (entry.fileName.endsWith("/")) return zip.readEntry();
      zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(err);
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("error", reject);
        stream.on("end", () => {
          files.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  zip.close();
  return { path, bytes: statSync(path).size, entries, files };
}
