import { describe, expect, it } from 'vitest';
import { validPackage, withFiles } from './fixture.ts';
import { validatePackage } from './validatePackage.ts';

describe('validatePackage', () => {
  it('accepts the valid fixture without errors or warnings', () => {
    const { errors, warnings } = validatePackage(validPackage());
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('summarizes name, version, locales and assets', () => {
    expect(validatePackage(validPackage()).summary).toEqual({
      name: 'Call Logger',
      version: '1.2.3',
      locales: 2,
      assets: 5,
      hasSvgLogo: true,
    });
  });

  it('reports every problem at once, not only the first', () => {
    const pkg = withFiles({
      'assets/logo.png': undefined,
      'assets/manual.pdf': '%PDF-1.4',
      'translations/EN.json': '{}',
    });
    const rules = validatePackage(pkg).errors.map((finding) => finding.rule);
    expect(rules).toEqual(expect.arrayContaining(['assets.logoMissing', 'files.forbiddenType', 'translations.locale']));
  });

  it('still checks files when there is no manifest', () => {
    const pkg = withFiles({ 'manifest.json': undefined, 'assets/logo-small.png': undefined });
    const rules = validatePackage(pkg).errors.map((finding) => finding.rule);
    expect(rules).toEqual(['manifest.missing', 'assets.logoMissing']);
  });
});
