import { MANIFEST_PATH, REQUIREMENTS_PATH, type AppPackage } from './appPackage.ts';

/** What a ZAF v2 app consists of; anything else in a build folder is not shipped. */
const APP_ROOT_FILES = [MANIFEST_PATH, REQUIREMENTS_PATH];
const APP_FOLDERS = ['assets/', 'translations/'];

/** Dot files (.DS_Store, .gitkeep) and dot folders anywhere in the path. */
export function isDotPath(path: string): boolean {
  return path.split('/').some((segment) => segment.startsWith('.'));
}

/** zcli writes its zips to tmp/ inside the app, and Zendesk skips tmp/ too. */
export function isTmpPath(path: string): boolean {
  return path.startsWith('tmp/');
}

export function isSourceMap(path: string): boolean {
  return path.endsWith('.map');
}

export function isAppPath(path: string): boolean {
  return APP_ROOT_FILES.includes(path) || APP_FOLDERS.some((folder) => path.startsWith(folder));
}

export interface SelectOptions {
  /** Ship *.map files too; off by default because they publish our source to every agent. */
  readonly sourceMaps: boolean;
}

export interface Selection {
  readonly selected: AppPackage;
  readonly leftOut: readonly string[];
}

/** The files of a build folder that belong in the uploaded zip, and the ones left out. */
export function selectAppFiles(pkg: AppPackage, { sourceMaps }: SelectOptions): Selection {
  const files = new Map<string, Uint8Array>();
  const leftOut: string[] = [];
  for (const [path, bytes] of pkg.files) {
    const ships = isAppPath(path) && !isDotPath(path) && !isTmpPath(path) && (sourceMaps || !isSourceMap(path));
    if (ships) files.set(path, bytes);
    else leftOut.push(path);
  }
  // Symlinks stay: packaging must refuse them, not quietly drop them.
  return { selected: { files, symlinks: pkg.symlinks }, leftOut: leftOut.sort() };
}
