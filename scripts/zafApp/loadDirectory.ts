import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppPackage } from './appPackage.ts';

/** Reads a build folder into memory without following symlinks (lstat semantics), dot files included. */
export async function loadDirectory(root: string): Promise<AppPackage> {
  const files = new Map<string, Uint8Array>();
  const symlinks: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(join(root, relative), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isSymbolicLink()) symlinks.push(path);
      else if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) files.set(path, new Uint8Array(await readFile(join(root, path))));
    }
  };
  await walk('');
  return { files, symlinks };
}
