import { zipSync, type Zippable } from 'fflate';
import type { AppPackage } from './appPackage.ts';

/** DOS time 1980-01-01 00:00; fflate encodes local time, so local fields keep it the same in every time zone. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
const UNIX = 3;
const REGULAR_FILE_644 = (0o100644 << 16) >>> 0;

/** Zips the package's files in path order with fixed times and modes: the same build gives the same bytes. */
export function buildZip(pkg: AppPackage): Uint8Array {
  const entries: Zippable = {};
  for (const path of [...pkg.files.keys()].sort()) {
    const bytes = pkg.files.get(path);
    if (bytes === undefined) continue;
    entries[path] = [bytes, { mtime: FIXED_MTIME, os: UNIX, attrs: REGULAR_FILE_644, level: 9 }];
  }
  return zipSync(entries);
}
