import { describe, it } from 'vitest';
import { expectFinding, expectValid, type BrokenCase } from '../expectFinding.ts';
import { bytesOf, pngOfSize, withFiles } from '../fixture.ts';

const broken: BrokenCase[] = [
  {
    name: 'no logo.png',
    pkg: withFiles({ 'assets/logo.png': undefined }),
    rule: 'assets.logoMissing',
    file: 'assets/logo.png',
    problem: /is missing/,
  },
  {
    name: 'no logo-small.png',
    pkg: withFiles({ 'assets/logo-small.png': undefined }),
    rule: 'assets.logoMissing',
    file: 'assets/logo-small.png',
    problem: /is missing/,
  },
  {
    name: 'a GIF named logo.png',
    pkg: withFiles({ 'assets/logo.png': bytesOf('GIF89a....................') }),
    rule: 'assets.logoFormat',
    problem: /not a PNG/,
  },
  {
    name: 'a 256px logo',
    pkg: withFiles({ 'assets/logo.png': pngOfSize(256, 256) }),
    rule: 'assets.logoSize',
    file: 'assets/logo.png',
    problem: /is 256x256 pixels, must be 320x320/,
  },
  {
    name: 'a small logo at the large size',
    pkg: withFiles({ 'assets/logo-small.png': pngOfSize(320, 320) }),
    rule: 'assets.logoSize',
    problem: /must be 128x128/,
  },
  {
    name: 'a banner that is not a PNG',
    pkg: withFiles({ 'assets/banner.png': '<svg/>' }),
    rule: 'assets.bannerFormat',
    problem: /not a PNG/,
  },
  {
    name: 'a banner of the wrong size',
    pkg: withFiles({ 'assets/banner.png': pngOfSize(800, 200) }),
    rule: 'assets.bannerSize',
    problem: /800x200/,
  },
  {
    name: 'an SVG with a bitmap inside',
    pkg: withFiles({ 'assets/logo.svg': '<svg><image href="a.png"/></svg>' }),
    rule: 'assets.svgBitmap',
    severity: 'warning',
    problem: /embeds a bitmap/,
  },
  {
    name: 'an SVG with a script',
    pkg: withFiles({ 'assets/icon_top_bar.svg': '<svg onload="x()"><path d=""/></svg>' }),
    rule: 'assets.svgUnsafe',
    severity: 'warning',
    problem: /scripts, event handlers/,
  },
];

describe('assets', () => {
  it.each(broken)('refuses $name', (brokenCase) => {
    expectFinding(brokenCase);
  });

  it.each([
    ['no logo.svg (it is optional)', withFiles({ 'assets/logo.svg': undefined })],
    ['a 2x banner', withFiles({ 'assets/banner.png': pngOfSize(1660, 400) })],
  ])('accepts %s', (_name, pkg) => {
    expectValid(pkg);
  });
});
