/** A ZAF app as Zendesk receives it, held in memory so the rules need no filesystem. */
export interface AppPackage {
  /** File contents by POSIX path relative to the app root, e.g. `assets/logo.png`. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** Paths that are symbolic links; Zendesk refuses any. */
  readonly symlinks: readonly string[];
  /** Set when the package was read from a zip: what the upload itself looks like. */
  readonly archive?: ZipFacts;
}

export interface ZipFacts {
  readonly byteSize: number;
  /** Entry names that could escape the app folder or collide when unpacked. */
  readonly unsafeEntries: readonly string[];
}

export const MANIFEST_PATH = 'manifest.json';
export const REQUIREMENTS_PATH = 'requirements.json';

/** The icons Zendesk shows in the admin's app list and the agent's apps tray, with the square size each must be. */
export const PNG_LOGOS: readonly { readonly path: string; readonly size: number }[] = [
  { path: 'assets/logo.png', size: 320 },
  { path: 'assets/logo-small.png', size: 128 },
];
/** The vector logo the PNG logos are exported from; optional for Zendesk. */
export const SVG_LOGO_PATH = 'assets/logo.svg';
