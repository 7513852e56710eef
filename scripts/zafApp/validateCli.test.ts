import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildZip } from './buildZip.ts';
import { validPackage, withFiles } from './fixture.ts';
import { captureOutput, writePackageTo } from './fixtureOnDisk.ts';
import { runValidate } from './validateCli.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zaf-validate-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run validate', () => {
  it('prints one summary line and exits 0 for a valid folder', async () => {
    await writePackageTo(dir, validPackage());
    const output = captureOutput();
    expect(await runValidate([dir], output)).toBe(0);
    expect(output.stderr).toEqual([]);
    expect(output.stdout).toEqual([
      `✓ ${dir}: Call Logger 1.2.3 — manifest, 2 locales, 5 assets, logos OK (png + svg)`,
    ]);
  });

  it('validates a zip as well', async () => {
    await writeFile(join(dir, 'app.zip'), buildZip(validPackage()));
    expect(await runValidate([join(dir, 'app.zip')], captureOutput())).toBe(0);
  });

  it('prints every problem on its own line with file, key and fix, then exits 1', async () => {
    await writePackageTo(dir, withFiles({ 'assets/logo.png': undefined, 'translations/de.json': '{' }));
    const output = captureOutput();
    expect(await runValidate([dir], output)).toBe(1);
    expect(output.stderr).toEqual([
      expect.stringMatching(/^✗ translations\/de\.json: is not valid JSON: .* — fix: fix the JSON syntax$/) as unknown,
      '✗ assets/logo.png: is missing — fix: export a 320x320 PNG from assets/logo.svg to assets/logo.png',
      `✗ ${dir}: 2 problems; fix them before uploading`,
    ]);
  });

  it('ignores what packaging would leave out of a folder, and says so', async () => {
    await writePackageTo(dir, withFiles({ '.DS_Store': 'x', 'assets/iframe-abc.js.map': '{}' }));
    const output = captureOutput();
    expect(await runValidate([dir], output)).toBe(0);
    expect(output.stdout[0]).toBe('  not packaged (ignored): .DS_Store, assets/iframe-abc.js.map');
  });

  it('exits 1 for a file that is not a zip', async () => {
    await writeFile(join(dir, 'app.zip'), 'text');
    const output = captureOutput();
    expect(await runValidate([join(dir, 'app.zip')], output)).toBe(1);
    expect(output.stderr[0]).toMatch(/not a zip file/);
  });

  it.each([
    ['an unknown option', ['--strict']],
    ['two targets', ['dist', 'other']],
    ['a path that does not exist', ['/nonexistent/call-logger']],
  ])('exits 2 on bad usage: %s', async (_name, argv) => {
    const output = captureOutput();
    expect(await runValidate(argv, output)).toBe(2);
    expect(output.stderr.at(-1)).toMatch(/^usage: npm run validate/);
  });
});
