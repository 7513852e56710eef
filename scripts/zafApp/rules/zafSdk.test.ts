import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { expectFinding, expectValid, type BrokenCase } from '../expectFinding.ts';
import { VALID_IFRAME_HTML, withFiles } from '../fixture.ts';
import { BUNDLED_SDK_MARKERS } from './zafSdk.ts';

const CDN_TAG = '<script src="https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"></script>';
const APP_SCRIPT = '<script type="module" src="./iframe-abc.js"></script>';
/** The npm package's own client code, as a bundler would copy it into the app. */
const npmSdkCode = readFileSync(
  createRequire(import.meta.url).resolve('zendesk_app_framework_sdk/lib/client.js'),
  'utf8',
);

const broken: BrokenCase[] = [
  {
    name: 'a page without the CDN script',
    pkg: withFiles({ 'assets/iframe.html': `<!doctype html>${APP_SCRIPT}` }),
    rule: 'assets.zafSdkScript',
    file: 'assets/iframe.html',
    problem: /does not load the ZAF SDK from Zendesk’s CDN/,
  },
  {
    name: 'the CDN script as a module',
    pkg: withFiles({
      'assets/iframe.html': CDN_TAG.replace('<script ', '<script type="module" ') + APP_SCRIPT,
    }),
    rule: 'assets.zafSdkScript',
    problem: /does not load the ZAF SDK/,
  },
  {
    name: 'the CDN script after the app',
    pkg: withFiles({ 'assets/iframe.html': `<!doctype html>${APP_SCRIPT}${CDN_TAG}` }),
    rule: 'assets.zafSdkScript',
    problem: /runs the app before the ZAF SDK’s script/,
  },
  {
    name: 'the npm package bundled into the app’s script',
    pkg: withFiles({ 'assets/iframe-abc.js': `console.log("call logger");\n${npmSdkCode}` }),
    rule: 'assets.zafSdkBundled',
    file: 'assets/iframe-abc.js',
    problem: /contains the ZAF SDK's code/,
  },
];

describe('the ZAF SDK rules', () => {
  it.each(broken)('reports $name', (brokenCase) => {
    expectFinding(brokenCase);
  });

  it('accepts the CDN script before the app', () => {
    expectValid(withFiles({ 'assets/iframe.html': VALID_IFRAME_HTML }));
  });

  it('knows the npm package by strings its code really holds', () => {
    for (const marker of BUNDLED_SDK_MARKERS) expect(npmSdkCode).toContain(marker);
  });
});
