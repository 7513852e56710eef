// The upload zip's size, built in memory exactly as `npm run package` builds it.

import { selectAppFiles } from '../zafApp/appLayout.ts';
import type { AppPackage } from '../zafApp/appPackage.ts';
import { buildZip } from '../zafApp/buildZip.ts';

export interface ZipFigures {
  readonly bytes: number;
  readonly files: number;
  /** dist/ files that are not shipped (zcli.apps.config.json, source maps) */
  readonly leftOut: readonly string[];
}

/** The zip of dist/ (as loadDirectory read it). */
export function measureZip(dist: AppPackage): ZipFigures {
  const { selected, leftOut } = selectAppFiles(dist, { sourceMaps: false });
  return { bytes: buildZip(selected).byteLength, files: selected.files.size, leftOut };
}
