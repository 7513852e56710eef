import { selectAppFiles } from './appLayout.ts';
import { loadPackage } from './loadPackage.ts';
import { formatSummary, report, type Output } from './report.ts';
import { validatePackage } from './validatePackage.ts';
import { ZipFormatError } from './zipDirectory.ts';

export const VALIDATE_USAGE = 'usage: npm run validate [-- DIR|ZIP]   (default: dist)';

/** `npm run validate [DIR|ZIP]`: 0 when valid, 1 on any problem, 2 on bad usage. */
export async function runValidate(argv: readonly string[], output: Output): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    output.out(VALIDATE_USAGE);
    return 0;
  }
  const unknownFlag = argv.find((arg) => arg.startsWith('-'));
  if (unknownFlag !== undefined || argv.length > 1) {
    output.err(unknownFlag === undefined ? 'give one folder or zip' : `unknown option ${unknownFlag}`);
    output.err(VALIDATE_USAGE);
    return 2;
  }
  const target = argv[0] ?? 'dist';
  const loaded = await loadPackage(target).catch((cause: unknown) =>
    cause instanceof Error ? cause : new Error(String(cause)),
  );
  if (loaded instanceof ZipFormatError) {
    output.err(`✗ ${target}: ${loaded.message} — fix: rebuild it with \`npm run package\``);
    return 1;
  }
  if (loaded instanceof Error) {
    output.err(`cannot read ${target}: ${loaded.message}`);
    output.err(VALIDATE_USAGE);
    return 2;
  }
  let pkg = loaded.pkg;
  if (loaded.kind === 'directory') {
    // Check what `npm run package` would ship from this folder, not the strays beside it.
    const { selected, leftOut } = selectAppFiles(pkg, { sourceMaps: false });
    if (leftOut.length > 0) output.out(`  not packaged (ignored): ${leftOut.join(', ')}`);
    pkg = selected;
  }
  const validation = validatePackage(pkg);
  if (!report(validation, target, output)) return 1;
  output.out(formatSummary(target, validation.summary));
  return 0;
}
