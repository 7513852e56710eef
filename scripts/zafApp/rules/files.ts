import { isAppPath, isDotPath, isSourceMap, isTmpPath } from '../appLayout.ts';
import type { AppPackage } from '../appPackage.ts';
import { fileError, fileWarning, type Finding } from '../findings.ts';
import { forbiddenTypeOf } from '../fileTypes.ts';

/** Zendesk's limit for a private app's zip ("Uploading and installing a private app"). */
export const MAX_ZIP_BYTES = 2 * 1024 * 1024;

/** What only a zip can get wrong: its entry names and its size; nothing for a folder. */
export function checkZip(pkg: AppPackage): Finding[] {
  if (pkg.archive === undefined) return [];
  const findings = pkg.archive.unsafeEntries.map((entry) =>
    fileError(
      'files.unsafePath',
      entry,
      'is an absolute, parent-relative, duplicate or backslash path in the zip',
      'rebuild the zip with `npm run package`',
    ),
  );
  if (pkg.archive.byteSize > MAX_ZIP_BYTES) {
    const megabytes = (pkg.archive.byteSize / 1024 / 1024).toFixed(2);
    findings.push(
      fileError(
        'files.zipSize',
        '(zip)',
        `is ${megabytes} MB; Zendesk accepts at most 2 MB for a private app`,
        'shrink the bundle (code splitting, smaller images)',
      ),
    );
  }
  return findings;
}

/** File-level rules: symlinks, forbidden types, and what has no place in an uploaded package. */
export function checkFiles(pkg: AppPackage): Finding[] {
  const findings: Finding[] = pkg.symlinks.map((path) =>
    fileError(
      'files.symlink',
      path,
      'is a symbolic link; Zendesk refuses packages with symlinks',
      'replace the link with a copy of the file',
    ),
  );
  for (const [path, bytes] of pkg.files) {
    const forbidden = forbiddenTypeOf(path, bytes);
    if (forbidden !== undefined) {
      findings.push(
        fileError(
          'files.forbiddenType',
          path,
          `is a ${forbidden}, a type Zendesk refuses in apps`,
          'remove it from the package',
        ),
      );
    }
    if (isDotPath(path) || isTmpPath(path)) {
      findings.push(
        fileError(
          'files.notShipped',
          path,
          'is a dot file or under tmp/, which is not part of the app',
          'remove it; `npm run package` leaves such files out',
        ),
      );
    } else if (isSourceMap(path)) {
      findings.push(
        fileWarning(
          'files.sourceMap',
          path,
          'is a source map: every agent can download our source',
          'package without --source-maps unless you mean to ship them',
        ),
      );
    } else if (!isAppPath(path)) {
      findings.push(
        fileWarning(
          'files.stray',
          path,
          'is outside manifest.json, translations/ and assets/, so no app code can use it',
          'remove it from the package',
        ),
      );
    }
  }
  return [...findings, ...checkZip(pkg)];
}
