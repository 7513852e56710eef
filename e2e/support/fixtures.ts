// Playwright's test with every browser context answering Zendesk's CDN SDK URL
// from the sandbox: specs import `test` and `expect` from here.

import { test as base, expect } from '@playwright/test';
import { routeZafSdk } from './zafSdk.ts';

export const test = base.extend({
  context: async ({ context, baseURL }, use) => {
    await routeZafSdk(context, baseURL ?? '');
    await use(context);
  },
});

export { expect };
