import { unzipSync } from 'fflate';
import type { AppPackage } from './appPackage.ts';
import { isSymlinkMode, readZipDirectory, ZipFormatError } from './zipDirectory.ts';

/** Names that would land outside the app folder, or mean different things on different systems. */
function isUnsafeName(name: string): boolean {
  return (
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[a-z]:/i.test(name) ||
    name.split('/').some((part) => part === '..' || part === '.')
  );
}

/** Reads a zip the way Zendesk unpacks it: files by path, symlinks by their Unix mode. */
export function readZipPackage(zip: Uint8Array): AppPackage {
  const entries = readZipDirectory(zip);
  let contents: Record<string, Uint8Array>;
  try {
    contents = unzipSync(zip);
  } catch (cause) {
    throw new ZipFormatError(`cannot unpack: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  const files = new Map<string, Uint8Array>();
  const symlinks: string[] = [];
  const unsafeEntries: string[] = [];
  const seen = new Set<string>();
  for (const { name, unixMode } of entries) {
    if (seen.has(name)) unsafeEntries.push(name);
    seen.add(name);
    const data = contents[name];
    if (isUnsafeName(name)) unsafeEntries.push(name);
    else if (isSymlinkMode(unixMode)) symlinks.push(name);
    else if (!name.endsWith('/') && data !== undefined) files.set(name, data);
  }
  return { files, symlinks, archive: { byteSize: zip.length, unsafeEntries } };
}
