// The upload zip's size, built in memory exactly as `npm run package` builds it.

import { join } from 'node:path';
import { selectAppFiles } from '../zafApp/appLayout.ts';
import { buildZip } from '../zafApp/buildZip.ts';
import { loadDirectory } from '../zafApp/loadDirectory.ts';

export interface ZipFigures {
  readonly bytes: number;
  readonly files: number;
  /** dist/ files that are not shipped (zcli.apps.config.json, source maps) */
  readonly leftOut: readonly string[];
}

export async function measureZip(root: string): Promise<ZipFigures> {
  const { selected, leftOut } = selectAppFiles(await loadDirectory(join(root, 'dist')), { sourceMaps: false });
  return { bytes: buildZip(selected).byteLength, files: selected.files.size, leftOut };
}
