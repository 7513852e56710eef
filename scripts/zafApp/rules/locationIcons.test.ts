import { describe, it } from 'vitest';
import { expectFinding, expectValid, type BrokenCase } from '../expectFinding.ts';
import { changeFiles, withManifest } from '../fixture.ts';
import { isJsonObject, type JsonObject } from '../json.ts';

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 18 18"><path fill="currentColor" d="M1 1h16v16z"/></svg>';

function withLocation(location: string, icon: string | undefined) {
  const pkg = withManifest((manifest: JsonObject) => {
    const support = isJsonObject(manifest.location) ? manifest.location.support : undefined;
    if (isJsonObject(support)) support[location] = { url: 'assets/iframe.html' };
  });
  return changeFiles(pkg, { [`assets/icon_${location}.svg`]: icon });
}

const broken: BrokenCase[] = [
  {
    name: 'a top bar without its icon',
    pkg: withLocation('top_bar', undefined),
    rule: 'assets.iconMissing',
    file: 'assets/icon_top_bar.svg',
    problem: /is missing; the top_bar location needs it/,
  },
  {
    name: 'a nav bar without its icon',
    pkg: withLocation('nav_bar', undefined),
    rule: 'assets.iconMissing',
    file: 'assets/icon_nav_bar.svg',
    problem: /nav_bar/,
  },
  {
    name: 'a PNG named icon_top_bar.svg',
    pkg: withLocation('top_bar', '\u0089PNG....'),
    rule: 'assets.iconFormat',
    problem: /not an SVG/,
  },
  {
    name: 'an icon without a viewBox',
    pkg: withLocation(
      'top_bar',
      '<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18"><path d="M1 1h16v16z"/></svg>',
    ),
    rule: 'assets.iconViewBox',
    problem: /no viewBox/,
  },
  {
    name: 'an icon with a hard-coded fill attribute',
    pkg: withLocation('top_bar', ICON.replace('currentColor', '#1f73b7')),
    rule: 'assets.iconFill',
    problem: /hard-coded fill \(#1f73b7\)/,
  },
  {
    name: 'an icon with a fill in its style',
    pkg: withLocation('nav_bar', ICON.replace('fill="currentColor"', 'style="fill: red"')),
    rule: 'assets.iconFill',
    problem: /\(red\)/,
  },
];

describe('location icons', () => {
  it.each(broken)('refuses $name', (brokenCase) => {
    expectFinding(brokenCase);
  });

  it.each([
    ['a top bar icon in currentColor', withLocation('top_bar', ICON)],
    ['an icon with no fill at all', withLocation('nav_bar', ICON.replace(' fill="currentColor"', ''))],
    ['no icon for a sidebar-only app', withManifest(() => undefined)],
  ])('accepts %s', (_name, pkg) => {
    expectValid(pkg);
  });
});
