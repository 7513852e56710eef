// Zendesk's CDN SDK URL answered in the browser with the sandbox's stand-in, so
// pages load the very HTML Zendesk would serve and no request leaves the machine.

import type { BrowserContext } from '@playwright/test';
import { SANDBOX_SDK_PATH, ZAF_SDK_CDN_URL } from '../../sandbox/shared/zafSdk.ts';

export { ZAF_SDK_CDN_URL };

/** Routes the CDN script to `<sandboxOrigin>/__sandbox/zaf_sdk.js`, fetched once per context. */
export async function routeZafSdk(context: BrowserContext, sandboxOrigin: string): Promise<void> {
  let script: Promise<string> | null = null;
  const load = async () => {
    const response = await context.request.get(`${sandboxOrigin}${SANDBOX_SDK_PATH}`);
    if (!response.ok()) throw new Error(`the sandbox's ZAF SDK stand-in answered ${response.status()}`);
    return response.text();
  };
  await context.route(ZAF_SDK_CDN_URL, async (route) => {
    script ??= load();
    await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: await script });
  });
}
