// The first paint of each Zendesk location: the shell's entry plus that location's root chunk.

import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Rolldown } from 'vite';
import { MANIFEST_PATH, type AppPackage } from '../zafApp/appPackage.ts';
import { isJsonObject, parseJsonObject } from '../zafApp/json.ts';

/** The next location the app is meant for (its own issue): listed so its absence shows. */
const PLANNED_LOCATIONS = ['top_bar'];

/** src/ui/locations/<folder> holds the root of a location: "ticket-sidebar" is ticket_sidebar. */
const ROOTS_DIR = join('src', 'ui', 'locations');

export type LocationChunks =
  | { readonly location: string; readonly state: 'measured'; readonly chunks: readonly Rolldown.OutputChunk[] }
  | { readonly location: string; readonly state: 'not in manifest yet' | 'no root chunk in the build' };

function manifestLocations(dist: AppPackage): string[] {
  const bytes = dist.files.get(MANIFEST_PATH);
  if (bytes === undefined) return [];
  const manifest = parseJsonObject(bytes);
  if (manifest.kind !== 'object') return [];
  const location = manifest.value.location;
  const support = isJsonObject(location) ? location.support : undefined;
  return isJsonObject(support) ? Object.keys(support) : [];
}

function rootFolders(root: string): string[] {
  try {
    return readdirSync(join(root, ROOTS_DIR), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name.replaceAll('-', '_'));
  } catch {
    return [];
  }
}

/**
 * For each location in the manifest, in src/ui/locations/ or planned: the chunks its first
 * paint runs (the shell's plus the root's, with their static imports), or why there are none.
 */
export function locationChunks(
  root: string,
  dist: AppPackage,
  chunks: readonly Rolldown.OutputChunk[],
  closure: (start: Rolldown.OutputChunk) => Rolldown.OutputChunk[],
  shell: readonly Rolldown.OutputChunk[],
): LocationChunks[] {
  const inManifest = new Set(manifestLocations(dist));
  const locations = [...new Set([...inManifest, ...rootFolders(root), ...PLANNED_LOCATIONS])].sort();
  return locations.map((location) => {
    if (!inManifest.has(location)) return { location, state: 'not in manifest yet' };
    const folder = join(root, ROOTS_DIR, location.replaceAll('_', '-')) + sep;
    const rootChunk = chunks.find((chunk) => chunk.isDynamicEntry && chunk.facadeModuleId?.startsWith(folder));
    if (rootChunk === undefined) return { location, state: 'no root chunk in the build' };
    const byName = new Map(shell.map((chunk) => [chunk.fileName, chunk]));
    for (const chunk of closure(rootChunk)) byName.set(chunk.fileName, chunk);
    return { location, state: 'measured', chunks: [...byName.values()] };
  });
}
