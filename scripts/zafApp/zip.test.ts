import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildZip } from './buildZip.ts';
import { bytesOf, validPackage, withFiles } from './fixture.ts';
import { loadPackage } from './loadPackage.ts';
import { validatePackage } from './validatePackage.ts';
import { ZipFormatError } from './zipDirectory.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zaf-zip-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const UNIX = 3;
const mode = (unixMode: number) => ({ os: UNIX, attrs: (unixMode << 16) >>> 0 });

async function writeAndLoad(name: string, zip: Uint8Array) {
  const path = join(dir, name);
  await writeFile(path, zip);
  return (await loadPackage(path)).pkg;
}
const rulesOf = (pkg: Parameters<typeof validatePackage>[0]) =>
  validatePackage(pkg).errors.map((finding) => finding.rule);

describe('zips on disk', () => {
  it('reads back exactly the files that were zipped, and they pass', async () => {
    const source = validPackage();
    const pkg = await writeAndLoad('app.zip', buildZip(source));
    expect([...pkg.files.keys()].sort()).toEqual([...source.files.keys()].sort());
    for (const [path, bytes] of source.files) expect(pkg.files.get(path)).toEqual(bytes);
    expect(pkg.archive?.byteSize).toBeGreaterThan(0);
    expect(validatePackage(pkg).errors).toEqual([]);
  });

  it('is byte-for-byte the same for the same files, whatever their order or the clock', () => {
    const first = buildZip(validPackage());
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-15T13:45:10Z'));
    const reversed = { files: new Map([...validPackage().files].reverse()), symlinks: [] };
    const second = buildZip(reversed);
    vi.useRealTimers();
    expect(Buffer.compare(first, second)).toBe(0);
  });

  it('stamps entries 1980-01-01 00:00 (the zip epoch) as regular 0644 Unix files', () => {
    const zip = buildZip(validPackage());
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([0, (1 << 5) | 1]);
    const directory = zip.length - 22;
    const firstEntry = view.getUint32(directory + 16, true);
    expect(view.getUint32(firstEntry + 38, true) >>> 16).toBe(0o100644);
  });

  it('finds a symlink by the Unix mode in the zip', async () => {
    const zip = zipSync({
      ...Object.fromEntries(validPackage().files),
      'assets/current.png': [bytesOf('logo.png'), mode(0o120777)],
    });
    const pkg = await writeAndLoad('link.zip', zip);
    expect(pkg.symlinks).toEqual(['assets/current.png']);
    expect(pkg.files.has('assets/current.png')).toBe(false);
    expect(rulesOf(pkg)).toEqual(['files.symlink']);
  });

  it('finds a forbidden file inside the zip', async () => {
    const pkg = await writeAndLoad('pdf.zip', buildZip(withFiles({ 'assets/manual.pdf': '%PDF-1.4' })));
    expect(rulesOf(pkg)).toEqual(['files.forbiddenType']);
  });

  it('reports a zip of the folder rather than of its contents', async () => {
    const nested = Object.fromEntries([...validPackage().files].map(([path, bytes]) => [`dist/${path}`, bytes]));
    const pkg = await writeAndLoad('nested.zip', zipSync(nested));
    expect(rulesOf(pkg)).toContain('manifest.nested');
  });

  it('reports entries that would unpack outside the app folder', async () => {
    const zip = zipSync({ ...Object.fromEntries(validPackage().files), '../evil.js': bytesOf('x') });
    const pkg = await writeAndLoad('slip.zip', zip);
    expect(pkg.archive?.unsafeEntries).toEqual(['../evil.js']);
    expect(rulesOf(pkg)).toEqual(['files.unsafePath']);
  });

  it('refuses a file that is not a zip', async () => {
    await writeFile(join(dir, 'fake.zip'), 'not a zip at all, only text');
    await expect(loadPackage(join(dir, 'fake.zip'))).rejects.toBeInstanceOf(ZipFormatError);
  });
});

describe('folders on disk', () => {
  it('reads dot files and reports symlinks without following them', async () => {
    for (const [path, bytes] of validPackage().files) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), bytes);
    }
    await writeFile(join(dir, 'assets/.DS_Store'), 'x');
    await symlink(join(dir, 'assets/logo.png'), join(dir, 'assets/current.png'));
    const { kind, pkg } = await loadPackage(dir);
    expect(kind).toBe('directory');
    expect(pkg.symlinks).toEqual(['assets/current.png']);
    expect(pkg.files.has('assets/.DS_Store')).toBe(true);
    expect(rulesOf(pkg)).toEqual(['files.symlink', 'files.notShipped']);
  });
});
