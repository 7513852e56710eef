import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { selectAppFiles } from './appLayout.ts';
import type { AppPackage } from './appPackage.ts';
import { buildZip } from './buildZip.ts';
import { loadDirectory } from './loadDirectory.ts';
import { readZipPackage } from './readZip.ts';
import { formatSize, report, type Output } from './report.ts';
import { checkZip } from './rules/files.ts';
import { validatePackage } from './validatePackage.ts';

export const PACKAGE_USAGE = 'usage: npm run package [-- --source-maps]';
/** The zip's name stem; the version comes from the built manifest. */
const ZIP_STEM = 'call-logger';

export interface PackageOptions {
  /** Project root: dist/ is read from here and the zip written here. */
  readonly root: string;
  readonly argv: readonly string[];
  readonly output: Output;
}

/** Paths whose bytes differ between what we meant to zip and what the zip holds. */
function differences(expected: AppPackage, actual: AppPackage): string[] {
  const paths = new Set([...expected.files.keys(), ...actual.files.keys()]);
  return [...paths].filter((path) => {
    const a = expected.files.get(path);
    const b = actual.files.get(path);
    return a === undefined || b === undefined || Buffer.compare(a, b) !== 0;
  });
}

/** `npm run package`: validate dist/, zip it deterministically, then validate the zip as written. */
export async function runPackage({ root, argv, output }: PackageOptions): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    output.out(PACKAGE_USAGE);
    return 0;
  }
  const unknown = argv.filter((arg) => arg !== '--source-maps');
  if (unknown.length > 0) {
    output.err(`unknown argument ${unknown.join(' ')}`);
    output.err(PACKAGE_USAGE);
    return 2;
  }
  const dist = join(root, 'dist');
  const built = await loadDirectory(dist).catch(() => undefined);
  if (built === undefined) {
    output.err(`✗ ${dist} cannot be read — fix: run \`npm run package\`, which builds it first`);
    return 1;
  }
  const { selected, leftOut } = selectAppFiles(built, { sourceMaps: argv.includes('--source-maps') });
  if (leftOut.length > 0) output.out(`  not packaged: ${leftOut.join(', ')}`);
  const validation = validatePackage(selected);
  if (!report(validation, 'dist', output)) {
    output.err('refusing to package an invalid build');
    return 1;
  }
  const zipPath = join(root, `${ZIP_STEM}-${validation.summary.version}.zip`);
  const label = relative(process.cwd(), zipPath) || zipPath;
  await writeFile(zipPath, buildZip(selected));
  // Read back what is on disk: that file, not our in-memory intent, is what the admin uploads.
  const written = readZipPackage(new Uint8Array(await readFile(zipPath)));
  const changed = differences(selected, written);
  changed.forEach((path) => {
    output.err(`✗ ${path}: differs between dist/ and the zip — fix: report this packaging bug`);
  });
  // dist/'s warnings were printed already. With the same bytes in it, dist/'s checks hold for the zip,
  // which can only add errors of its own (size, entry names); should it differ, check it all again.
  const zipErrors = changed.length === 0 ? checkZip(written) : validatePackage(written).errors;
  if (!report({ errors: zipErrors, warnings: [] }, label, output) || changed.length > 0) {
    await rm(zipPath, { force: true });
    return 1;
  }
  const size = written.archive?.byteSize ?? 0;
  output.out(`✓ ${label} — ${formatSize(size)}, ${written.files.size} files, ready to upload`);
  return 0;
}
