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
