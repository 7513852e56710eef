import type { Finding } from './findings.ts';
import type { PackageSummary, Validation } from './validatePackage.ts';

/** Where CLI output goes; tests pass collectors, the scripts pass console. */
export interface Output {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export const consoleOutput: Output = {
  out: (line) => {
    console.log(line);
  },
  err: (line) => {
    console.error(line);
  },
};

/** One line per finding: where, what is wrong, how to fix it. */
export function formatFinding({ severity, file, key, problem, fix }: Finding): string {
  const mark = severity === 'error' ? '✗' : '!';
  const where = key === '' ? file : `${file} ${key}`;
  return `${mark} ${where}: ${problem} — fix: ${fix}`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function formatSummary(label: string, summary: PackageSummary): string {
  const logos = summary.hasSvgLogo ? 'logos OK (png + svg)' : 'logos OK';
  const contents = `manifest, ${plural(summary.locales, 'locale')}, ${plural(summary.assets, 'asset')}, ${logos}`;
  return `✓ ${label}: ${summary.name} ${summary.version} — ${contents}`;
}

export function formatFailure(label: string, errorCount: number): string {
  return `✗ ${label}: ${plural(errorCount, 'problem')}; fix them before uploading`;
}

/** Warnings to stdout, errors to stderr, then the failure line if there were errors; true when there were none. */
export function report(
  { errors, warnings }: Pick<Validation, 'errors' | 'warnings'>,
  label: string,
  output: Output,
): boolean {
  warnings.forEach((finding) => {
    output.out(formatFinding(finding));
  });
  errors.forEach((finding) => {
    output.err(formatFinding(finding));
  });
  if (errors.length > 0) output.err(formatFailure(label, errors.length));
  return errors.length === 0;
}

export function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}
