import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SANDBOX_SDK_PATH, ZAF_SDK_CDN_URL, pointSdkAtSandbox } from './zafSdk.ts';

const appHtml = readFileSync(new URL('../../assets/iframe.html', import.meta.url), 'utf8');

describe('pointing the app’s HTML at the sandbox’s SDK', () => {
  it('swaps the CDN script for the stand-in and leaves the rest of the page as it was', () => {
    expect(appHtml).toContain(`<script src="${ZAF_SDK_CDN_URL}"></script>`);
    const served = pointSdkAtSandbox(appHtml);
    expect(served).not.toContain(ZAF_SDK_CDN_URL);
    expect(served).toBe(appHtml.replace(ZAF_SDK_CDN_URL, SANDBOX_SDK_PATH));
  });
});
