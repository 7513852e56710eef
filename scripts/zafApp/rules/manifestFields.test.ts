import { describe, it } from 'vitest';
import { expectFinding, expectValid, type BrokenCase } from '../expectFinding.ts';
import { changeFiles, validManifest, validTranslations, withFiles, withManifest } from '../fixture.ts';

const manifestText = JSON.stringify(validManifest(), null, 2);

const broken: BrokenCase[] = [
  {
    name: 'no manifest',
    pkg: withFiles({ 'manifest.json': undefined }),
    rule: 'manifest.missing',
    problem: /^is missing$/,
  },
  {
    name: 'manifest one folder down (zipped the folder, not its contents)',
    pkg: withFiles({ 'manifest.json': undefined, 'app/manifest.json': manifestText }),
    rule: 'manifest.nested',
    problem: /app\/manifest\.json/,
  },
  {
    name: 'manifest is not JSON',
    pkg: withFiles({ 'manifest.json': '{"name": ' }),
    rule: 'manifest.json',
    problem: /not valid JSON/,
  },
  {
    name: 'manifest is not UTF-8',
    pkg: withFiles({ 'manifest.json': new Uint8Array([0xff, 0xfe, 0x7b]) }),
    rule: 'manifest.json',
    problem: /not UTF-8/,
  },
  {
    name: 'manifest is an array',
    pkg: withFiles({ 'manifest.json': '[]' }),
    rule: 'manifest.object',
    problem: /not a JSON object/,
  },
  {
    name: 'duplicate top-level key',
    pkg: withFiles({
      'manifest.json': manifestText.replace('"version": "1.2.3"', '"version": "1.2.3", "version": "1.2.4"'),
    }),
    rule: 'manifest.duplicateKey',
    key: 'version',
    problem: /appears twice/,
  },
  {
    name: 'duplicate nested key',
    pkg: withFiles({
      'manifest.json': manifestText.replace('"flexible": true', '"flexible": true, "url": "assets/other.html"'),
    }),
    rule: 'manifest.duplicateKey',
    key: 'location.support.ticket_sidebar.url',
    problem: /appears twice/,
  },
  {
    name: 'no author',
    pkg: withManifest((m) => {
      delete m.author;
    }),
    rule: 'manifest.required',
    key: 'author',
    problem: /is missing/,
  },
  {
    name: 'null defaultLocale',
    pkg: withManifest((m) => {
      m.defaultLocale = null;
    }),
    rule: 'manifest.required',
    key: 'defaultLocale',
    problem: /is missing/,
  },
  {
    name: 'no frameworkVersion',
    pkg: withManifest((m) => {
      delete m.frameworkVersion;
    }),
    rule: 'manifest.required',
    key: 'frameworkVersion',
    problem: /is missing/,
  },
  {
    name: 'no version',
    pkg: withManifest((m) => {
      delete m.version;
    }),
    rule: 'manifest.required',
    key: 'version',
    problem: /is missing/,
  },
  {
    name: 'private as a string',
    pkg: withManifest((m) => {
      m.private = 'true';
    }),
    rule: 'manifest.boolean',
    key: 'private',
    problem: /true or false, got "true"/,
  },
  {
    name: 'singleInstall as a number',
    pkg: withManifest((m) => {
      m.singleInstall = 1;
    }),
    rule: 'manifest.boolean',
    key: 'singleInstall',
    problem: /got 1/,
  },
  {
    name: 'signedUrls null',
    pkg: withManifest((m) => {
      m.signedUrls = null;
    }),
    rule: 'manifest.boolean',
    key: 'signedUrls',
    problem: /got null/,
  },
  {
    name: 'frameworkVersion as a number',
    pkg: withManifest((m) => {
      m.frameworkVersion = 2;
    }),
    rule: 'manifest.string',
    key: 'frameworkVersion',
    problem: /must be a string, got 2/,
  },
  {
    name: 'author is a string',
    pkg: withManifest((m) => {
      m.author = 'me';
    }),
    rule: 'manifest.author',
    key: 'author',
    problem: /must be an object/,
  },
  {
    name: 'author without email',
    pkg: withManifest((m) => {
      m.author = { name: 'Team' };
    }),
    rule: 'manifest.author',
    key: 'author.email',
    problem: /non-empty string, got nothing/,
  },
  {
    name: 'author with empty name',
    pkg: withManifest((m) => {
      m.author = { name: ' ', email: 'a@b.c' };
    }),
    rule: 'manifest.author',
    key: 'author.name',
    problem: /non-empty string/,
  },
  {
    name: 'author email without @',
    pkg: withManifest((m) => {
      m.author = { name: 'Team', email: 'team' };
    }),
    rule: 'manifest.authorEmail',
    problem: /not an email address/,
  },
  {
    name: 'author url without scheme',
    pkg: withManifest((m) => {
      m.author = { name: 'T', email: 'a@b.c', url: 'example.com' };
    }),
    rule: 'manifest.url',
    key: 'author.url',
    problem: /valid http\(s\) URL/,
  },
  {
    name: 'author url ftp',
    pkg: withManifest((m) => {
      m.author = { name: 'T', email: 'a@b.c', url: 'ftp://example.com' };
    }),
    rule: 'manifest.url',
    key: 'author.url',
    problem: /ftp/,
  },
  {
    name: 'terms url not a url',
    pkg: withManifest((m) => {
      m.termsConditionsURL = 'terms';
    }),
    rule: 'manifest.url',
    key: 'termsConditionsURL',
    problem: /"terms" is not a valid/,
  },
  {
    name: 'framework v1',
    pkg: withManifest((m) => {
      m.frameworkVersion = '1.0';
    }),
    rule: 'manifest.frameworkVersion',
    problem: /"1.0" is not a framework version/,
  },
  {
    name: 'defaultLocale in capitals',
    pkg: withManifest((m) => {
      m.defaultLocale = 'EN_us';
    }),
    rule: 'manifest.defaultLocale',
    problem: /"EN_us" is not a valid locale/,
  },
  {
    name: 'version with a slash',
    pkg: withManifest((m) => {
      m.version = '1.0/beta';
    }),
    rule: 'manifest.version',
    problem: /"1.0\/beta" is empty or has characters/,
  },
  {
    name: 'empty version',
    pkg: withManifest((m) => {
      m.version = '';
    }),
    rule: 'manifest.version',
    problem: /"" is empty/,
  },
  {
    name: 'experiments as a list',
    pkg: withManifest((m) => {
      m.experiments = ['hashParams'];
    }),
    rule: 'manifest.experiments',
    key: 'experiments',
    problem: /must be an object/,
  },
  {
    name: 'unknown experiment',
    pkg: withManifest((m) => {
      m.experiments = { turbo: true };
    }),
    rule: 'manifest.experiments',
    key: 'experiments.turbo',
    problem: /not an experiment/,
  },
  {
    name: 'domainWhitelist as a string',
    pkg: withManifest((m) => {
      m.domainWhitelist = 'example.com';
    }),
    rule: 'manifest.domainWhitelist',
    problem: /array of domain strings/,
  },
  {
    name: 'noTemplate true',
    pkg: withManifest((m) => {
      m.noTemplate = true;
    }),
    rule: 'manifest.noTemplate',
    problem: /framework v1 setting/,
  },
  {
    name: 'noTemplate list',
    pkg: withManifest((m) => {
      m.noTemplate = ['ticket_sidebar'];
    }),
    rule: 'manifest.noTemplate',
    problem: /framework v1 setting/,
  },
  {
    name: 'requirements-only app',
    pkg: withManifest((m) => {
      m.requirementsOnly = true;
    }),
    rule: 'manifest.appKind',
    key: 'requirementsOnly',
    problem: /location app/,
  },
  {
    name: 'misspelt key',
    pkg: withManifest((m) => {
      m.defaultlocale = 'en';
    }),
    rule: 'manifest.unknownKey',
    key: 'defaultlocale',
    severity: 'warning',
    problem: /not a manifest key/,
  },
];

describe('manifest fields', () => {
  it.each(broken)('refuses $name', (brokenCase) => {
    expectFinding(brokenCase);
  });

  it.each([
    [
      'an author without url',
      withManifest((m) => {
        m.author = { name: 'T', email: 'a@b.c' };
      }),
    ],
    [
      'an http author url',
      withManifest((m) => {
        m.author = { name: 'T', email: 'a@b.c', url: 'http://example.com/me' };
      }),
    ],
    [
      'an allowed experiment',
      withManifest((m) => {
        m.experiments = { hashParams: true, turbo: false };
      }),
    ],
    [
      'noTemplate false',
      withManifest((m) => {
        m.noTemplate = false;
      }),
    ],
    [
      'a two-part version',
      withManifest((m) => {
        m.version = '1.0';
      }),
    ],
    [
      'a region locale',
      changeFiles(
        withManifest((m) => {
          m.defaultLocale = 'pt-br';
        }),
        { 'translations/pt-br.json': JSON.stringify(validTranslations()) },
      ),
    ],
  ])('accepts %s', (_name, pkg) => {
    expectValid(pkg);
  });
});
