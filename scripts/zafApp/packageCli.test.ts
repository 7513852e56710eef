import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withFiles } from './fixture.ts';
import { captureOutput, writePackageTo } from './fixtureOnDisk.ts';
import { runPackage } from './packageCli.ts';
import { readZipPackage } from './readZip.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'zaf-package-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const build = withFiles({
  '.DS_Store': 'x',
  'assets/iframe-abc.js.map': '{}',
  'tmp/old.zip': 'x',
  'index.html': '<html>',
});
const zipFiles = async () =>
  [...readZipPackage(new Uint8Array(await readFile(join(root, 'call-logger-1.2.3.zip')))).files.keys()].sort();
const APP_FILES = [
  'assets/iframe-abc.js',
  'assets/iframe.html',
  'assets/logo-small.png',
  'assets/logo.png',
  'assets/logo.svg',
  'manifest.json',
  'translations/de.json',
  'translations/en.json',
];

describe('npm run package', () => {
  it('zips exactly the app from dist/ and prints path, size and file count', async () => {
    await writePackageTo(join(root, 'dist'), build);
    const output = captureOutput();
    expect(await runPackage({ root, argv: [], output })).toBe(0);
    expect(await zipFiles()).toEqual(APP_FILES);
    expect(output.stdout).toEqual([
      '  not packaged: .DS_Store, assets/iframe-abc.js.map, index.html, tmp/old.zip',
      expect.stringMatching(/^✓ .*call-logger-1\.2\.3\.zip — [\d.]+ kB, 8 files, ready to upload$/) as unknown,
    ]);
  });

  it('gives the same bytes when run twice on the same build', async () => {
    await writePackageTo(join(root, 'dist'), build);
    await runPackage({ root, argv: [], output: captureOutput() });
    const first = await readFile(join(root, 'call-logger-1.2.3.zip'));
    await runPackage({ root, argv: [], output: captureOutput() });
    expect(Buffer.compare(first, await readFile(join(root, 'call-logger-1.2.3.zip')))).toBe(0);
  });

  it('ships source maps only when asked to', async () => {
    await writePackageTo(join(root, 'dist'), build);
    const output = captureOutput();
    expect(await runPackage({ root, argv: ['--source-maps'], output })).toBe(0);
    expect(await zipFiles()).toContain('assets/iframe-abc.js.map');
    const warning =
      '! assets/iframe-abc.js.map: is a source map: every agent can download our source — fix: package without --source-maps unless you mean to ship them';
    expect(output.stdout.filter((line) => line === warning)).toHaveLength(1);
  });

  it('refuses an invalid build and writes no zip', async () => {
    await writePackageTo(join(root, 'dist'), withFiles({ 'assets/logo-small.png': undefined }));
    const output = captureOutput();
    expect(await runPackage({ root, argv: [], output })).toBe(1);
    expect(output.stderr).toContain('refusing to package an invalid build');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('exits 1 when there is no dist/', async () => {
    const output = captureOutput();
    expect(await runPackage({ root, argv: [], output })).toBe(1);
    expect(output.stderr[0]).toMatch(/dist cannot be read/);
  });

  it('exits 2 on an unknown argument', async () => {
    const output = captureOutput();
    expect(await runPackage({ root, argv: ['--sourcemaps'], output })).toBe(2);
    expect(output.stderr).toEqual(['unknown argument --sourcemaps', 'usage: npm run package [-- --source-maps]']);
  });
});
