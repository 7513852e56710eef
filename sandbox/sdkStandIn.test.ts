import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSdkStandIn, sdkSourceFrom } from './sdkStandIn.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the ZAF SDK stand-in', () => {
  it('is a classic script that defines window.ZAFClient, as the CDN file does', async () => {
    const code = await buildSdkStandIn(root);
    const page: Record<string, unknown> = { document: { location: { search: '', hash: '' } } };
    page.window = page;
    runInNewContext(code, page);
    const sdk = page.ZAFClient as { init?: () => unknown } | undefined;
    expect(typeof sdk?.init).toBe('function');
    // Without origin and app_guid in the URL the SDK refuses, as it does outside Zendesk.
    expect(sdk?.init?.()).toBe(false);
  });

  it('is used unless SANDBOX_SDK=cdn', () => {
    expect(sdkSourceFrom(undefined)).toBe('sandbox');
    expect(sdkSourceFrom('')).toBe('sandbox');
    expect(sdkSourceFrom('cdn')).toBe('cdn');
  });
});
