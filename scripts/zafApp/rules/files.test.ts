import { describe, it } from 'vitest';
import { expectFinding, expectValid, type BrokenCase } from '../expectFinding.ts';
import { validPackage, withFiles } from '../fixture.ts';
import { MAX_ZIP_BYTES } from './files.ts';

const asZip = (byteSize: number, unsafeEntries: string[] = []) => ({
  ...validPackage(),
  archive: { byteSize, unsafeEntries },
});

const broken: BrokenCase[] = [
  {
    name: 'a symlink',
    pkg: withFiles({}, ['assets/logo.png']),
    rule: 'files.symlink',
    file: 'assets/logo.png',
    problem: /symbolic link/,
  },
  { name: 'a PDF', pkg: withFiles({ 'assets/manual.pdf': 'x' }), rule: 'files.forbiddenType', problem: /\.pdf file/ },
  {
    name: 'an MP3 with a capital extension',
    pkg: withFiles({ 'assets/ring.MP3': 'x' }),
    rule: 'files.forbiddenType',
    problem: /\.mp3 file/,
  },
  {
    name: 'a zip inside the package',
    pkg: withFiles({ 'assets/old.zip': 'x' }),
    rule: 'files.forbiddenType',
    problem: /\.zip file/,
  },
  {
    name: 'zip bytes under a harmless name',
    pkg: withFiles({ 'assets/data.txt': 'PK\u0003\u0004rest' }),
    rule: 'files.forbiddenType',
    problem: /zip content/,
  },
  {
    name: 'gzip bytes (.gz is not listed, the content is)',
    pkg: withFiles({ 'assets/app.js.gz': new Uint8Array([0x1f, 0x8b, 8, 0]) }),
    rule: 'files.forbiddenType',
    problem: /gzip content/,
  },
  {
    name: 'a PDF under a harmless name',
    pkg: withFiles({ 'assets/terms.html': '%PDF-1.7' }),
    rule: 'files.forbiddenType',
    problem: /pdf content/,
  },
  {
    name: 'a shell script',
    pkg: withFiles({ 'assets/deploy': '#!/usr/bin/env bash\necho hi' }),
    rule: 'files.forbiddenType',
    problem: /shell script/,
  },
  {
    name: 'a .DS_Store',
    pkg: withFiles({ 'assets/.DS_Store': 'x' }),
    rule: 'files.notShipped',
    problem: /dot file or under tmp\//,
  },
  {
    name: 'a zcli leftover under tmp/',
    pkg: withFiles({ 'tmp/notes.txt': 'x' }),
    rule: 'files.notShipped',
    file: 'tmp/notes.txt',
    problem: /dot file or under tmp\//,
  },
  {
    name: 'a source map',
    pkg: withFiles({ 'assets/iframe-abc.js.map': '{}' }),
    rule: 'files.sourceMap',
    severity: 'warning',
    problem: /source map/,
  },
  {
    name: 'a file outside the app folders',
    pkg: withFiles({ 'README.md': '# hi' }),
    rule: 'files.stray',
    severity: 'warning',
    problem: /outside manifest\.json/,
  },
  {
    name: 'a zip entry climbing out of the folder',
    pkg: asZip(1000, ['../evil.js']),
    rule: 'files.unsafePath',
    file: '../evil.js',
    problem: /parent-relative/,
  },
  {
    name: 'a zip over 2 MB',
    pkg: asZip(MAX_ZIP_BYTES + 1),
    rule: 'files.zipSize',
    problem: /2\.00 MB; Zendesk accepts at most 2 MB/,
  },
];

describe('files', () => {
  it.each(broken)('refuses $name', (brokenCase) => {
    expectFinding(brokenCase);
  });

  it.each([
    ['a zip of exactly 2 MB', asZip(MAX_ZIP_BYTES)],
    [
      'fonts and images',
      withFiles({ 'assets/font.woff2': 'wOF2', 'assets/photo.jpg': new Uint8Array([0xff, 0xd8, 0xff]) }),
    ],
  ])('accepts %s', (_name, pkg) => {
    expectValid(pkg);
  });
});
