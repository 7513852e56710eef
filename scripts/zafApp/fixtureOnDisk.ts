import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AppPackage } from './appPackage.ts';
import type { Output } from './report.ts';

// Test support: packages written to real folders, and CLI output captured.

export async function writePackageTo(root: string, pkg: AppPackage): Promise<void> {
  for (const [path, bytes] of pkg.files) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), bytes);
  }
}

export interface CapturedOutput extends Output {
  readonly stdout: string[];
  readonly stderr: string[];
}

export function captureOutput(): CapturedOutput {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}
