import { readFile, stat } from 'node:fs/promises';
import type { AppPackage } from './appPackage.ts';
import { loadDirectory } from './loadDirectory.ts';
import { readZipPackage } from './readZip.ts';

export type LoadedPackage = { kind: 'directory'; pkg: AppPackage } | { kind: 'zip'; pkg: AppPackage };

/** Loads a build folder or a zip, whichever the path is; throws ZipFormatError for a damaged zip. */
export async function loadPackage(path: string): Promise<LoadedPackage> {
  const info = await stat(path);
  if (info.isDirectory()) return { kind: 'directory', pkg: await loadDirectory(path) };
  return { kind: 'zip', pkg: readZipPackage(new Uint8Array(await readFile(path))) };
}
