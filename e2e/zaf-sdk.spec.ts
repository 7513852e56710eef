// Zendesk's SDK as the app loads it in Zendesk: the CDN script tag in the built
// HTML, answered here by the sandbox's stand-in (e2e/support/fixtures.ts).

import { expect, test } from './support/fixtures.ts';
import { SEED, appFrameElement, resetSandbox } from './support/sandbox.ts';
import { openTicket } from './support/sidebar.ts';
import { ZAF_SDK_CDN_URL } from './support/zafSdk.ts';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

test('the sidebar loads the SDK from Zendesk’s CDN URL, as the built HTML says', async ({ page }) => {
  const sdkRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().includes('zaf_sdk')) sdkRequests.push(request.url());
  });
  const { app } = await openTicket(page, SEED.tickets.twoCalls);
  await expect(app.getByText('2 calls')).toBeVisible();
  expect(sdkRequests).toEqual([ZAF_SDK_CDN_URL]);
});

test('when Zendesk’s SDK cannot load, the sidebar says so instead of staying blank', async ({ page }) => {
  // Page routes win over the fixture's context route: the CDN is blocked, as by a filter or offline.
  await page.route(ZAF_SDK_CDN_URL, (route) => route.abort('blockedbyclient'));
  await page.goto(`/?ticket=${SEED.tickets.noCalls}`);
  const app = page.frameLocator('iframe.zd-app-frame');
  await expect(app.getByText('Call Logger could not load Zendesk’s app framework')).toBeVisible();
  await expect(app.getByText(/could not load Zendesk’s app script/)).toBeVisible();
  await expect(appFrameElement(page)).toBeVisible();
});
