import { describe, expect, it } from 'vitest';
import { selectAppFiles } from './appLayout.ts';
import { withFiles } from './fixture.ts';

const build = withFiles(
  {
    '.DS_Store': 'x',
    'assets/.gitkeep': '',
    'assets/iframe-abc.js.map': '{}',
    'tmp/app.zip': 'x',
    'index.html': 'x',
    'requirements.json': '{}',
  },
  ['assets/link.png'],
);

describe('selectAppFiles', () => {
  it('keeps manifest, requirements, translations and assets, and lists the rest as left out', () => {
    const { selected, leftOut } = selectAppFiles(build, { sourceMaps: false });
    expect(leftOut).toEqual(['.DS_Store', 'assets/.gitkeep', 'assets/iframe-abc.js.map', 'index.html', 'tmp/app.zip']);
    expect([...selected.files.keys()].sort()).toEqual([
      'assets/iframe-abc.js',
      'assets/iframe.html',
      'assets/logo-small.png',
      'assets/logo.png',
      'assets/logo.svg',
      'manifest.json',
      'requirements.json',
      'translations/de.json',
      'translations/en.json',
    ]);
  });

  it('keeps source maps when asked to', () => {
    expect(selectAppFiles(build, { sourceMaps: true }).selected.files.has('assets/iframe-abc.js.map')).toBe(true);
  });

  it('keeps symlinks so that validation refuses them', () => {
    expect(selectAppFiles(build, { sourceMaps: false }).selected.symlinks).toEqual(['assets/link.png']);
  });
});
