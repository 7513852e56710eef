import { describe, it } from 'vitest';
import { expectFinding, expectValid, type BrokenCase } from '../expectFinding.ts';
import { changeFiles, validLabels, validTranslations, withFiles, withManifest, withTranslations } from '../fixture.ts';

const english = JSON.stringify(validTranslations());
const inGermanFirst = changeFiles(
  withManifest((m) => {
    m.defaultLocale = 'de';
  }),
  { 'translations/de.json': english },
);

const broken: BrokenCase[] = [
  {
    name: 'a capitalised locale file',
    pkg: withFiles({ 'translations/EN.json': '{}' }),
    rule: 'translations.locale',
    file: 'translations/EN.json',
    problem: /"EN" is not a valid locale/,
  },
  {
    name: 'a locale file in a subfolder',
    pkg: withFiles({ 'translations/old/en.json': '{}' }),
    rule: 'translations.locale',
    problem: /"old\/en"/,
  },
  {
    name: 'a locale file that is not JSON',
    pkg: withFiles({ 'translations/de.json': '{"app": ' }),
    rule: 'translations.json',
    file: 'translations/de.json',
    problem: /not valid JSON/,
  },
  {
    name: 'a locale file holding a list',
    pkg: withFiles({ 'translations/de.json': '["x"]' }),
    rule: 'translations.object',
    problem: /not a JSON object/,
  },
  {
    name: 'a setting translated without a label',
    pkg: withFiles({ 'translations/de.json': '{"app": {"parameters": {"company_line": "Firmennummer"}}}' }),
    rule: 'translations.parameters',
    file: 'translations/de.json',
    key: 'app.parameters.company_line',
    problem: /has no "label"/,
  },
  {
    name: 'app.parameters as a string',
    pkg: withTranslations((t) => {
      t.app = { name: 'Call Logger', parameters: 'none' };
    }),
    rule: 'translations.parameters',
    key: 'app.parameters',
    problem: /must be an object/,
  },
  {
    name: 'no file for the default locale',
    pkg: withManifest((m) => {
      m.defaultLocale = 'fr';
    }),
    rule: 'translations.default',
    file: 'translations/fr.json',
    problem: /defaultLocale is "fr"/,
  },
  {
    name: 'no app name',
    pkg: withTranslations((t) => {
      t.app = { parameters: validLabels() };
    }),
    rule: 'translations.appName',
    key: 'app.name',
    problem: /got nothing/,
  },
  {
    name: 'an empty app name',
    pkg: withTranslations((t) => {
      t.app = { name: '' };
    }),
    rule: 'translations.appName',
    problem: /got ""/,
  },
  {
    name: 'no "app" at all',
    pkg: withTranslations((t) => {
      delete t.app;
    }),
    rule: 'translations.appName',
    problem: /non-empty string/,
  },
  {
    name: 'en.json without a name when another locale is the default (Zendesk reads en.json)',
    pkg: changeFiles(inGermanFirst, { 'translations/en.json': '{"app": {}}' }),
    rule: 'translations.appName',
    file: 'translations/en.json',
    problem: /got nothing/,
  },
  {
    name: 'a product name missing',
    pkg: withTranslations((t) => {
      t.app = { support: { description: 'x' } };
    }),
    rule: 'translations.appName',
    key: 'app.support.name',
    problem: /got nothing/,
  },
  {
    name: 'a product the manifest has no location for',
    pkg: withTranslations((t) => {
      t.app = { support: { name: 'A' }, sell: { name: 'B' } };
    }),
    rule: 'translations.products',
    problem: /products sell/,
  },
  {
    name: 'a setting without a label in the default locale',
    pkg: withTranslations((t) => {
      t.app = { name: 'Call Logger', parameters: { company_line: { label: 'Line' } } };
    }),
    rule: 'translations.settingLabel',
    key: 'app.parameters.default_country.label',
    problem: /setting "default_country" has no label/,
  },
];

describe('translations', () => {
  it.each(broken)('refuses $name', (brokenCase) => {
    expectFinding(brokenCase);
  });

  it.each([
    ['another default locale with its own file', inGermanFirst],
    [
      'per-product names',
      withTranslations((t) => {
        t.app = { support: { name: 'Call Logger' }, parameters: validLabels() };
      }),
    ],
    ['a region locale file', withFiles({ 'translations/pt-br.json': '{"app": {}}' })],
  ])('accepts %s', (_name, pkg) => {
    expectValid(pkg);
  });
});
