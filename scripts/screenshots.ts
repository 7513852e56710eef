// Takes the README's screenshots of the sidebar and the top bar from the sandbox, in Chromium:
// `npm run screenshots` (builds first). Re-run it when the sidebar changes.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium.ts';
import { routeZafSdk } from '../e2e/support/zafSdk.ts';
import { PREFERRED_PORT, freePort, startSandbox } from './sandboxServer.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}docs/screenshots`;
/** Tall enough for the form's first fields, short enough to keep the README light. */
const MAX_HEIGHT = 620;

async function shootSidebar(page: Page, file: string): Promise<void> {
  const box = await page.locator('iframe.zd-app-frame').boundingBox();
  if (box === null) throw new Error('the sidebar is not on the page');
  // Let the iframe settle to its content's height and the fonts render.
  await page.waitForTimeout(400);
  await page.screenshot({
    path: `${outDir}/${file}`,
    clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, MAX_HEIGHT) },
  });
  console.log(`docs/screenshots/${file}`);
}

const sandbox = await startSandbox(root, await freePort(PREFERRED_PORT));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', ...CHROMIUM_ARGS] });
try {
  mkdirSync(outDir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  await routeZafSdk(page.context(), sandbox.hostOrigin);

  await page.goto(`${sandbox.hostOrigin}/?ticket=102&scheme=light`);
  const light = page.frameLocator('iframe.zd-app-frame');
  await light.getByRole('heading', { name: 'Calls on this ticket' }).waitFor();
  await shootSidebar(page, 'sidebar-light.png');

  await page.goto(`${sandbox.hostOrigin}/?ticket=103&scheme=dark&agent=1568991112`);
  const dark = page.frameLocator('iframe.zd-app-frame');
  await dark.getByRole('button', { name: 'Anruf erfassen' }).click();
  await dark.getByRole('heading', { name: 'Anruf erfassen' }).waitFor();
  await shootSidebar(page, 'sidebar-dark.png');

  // The top bar's pane from the home view: a known caller, their open tickets, "New ticket" picked.
  await page.goto(`${sandbox.hostOrigin}/?scheme=light`);
  await page.getByRole('button', { name: 'Call Logger' }).click();
  const pane = page.frameLocator('iframe[data-location="top_bar"]');
  await pane.getByRole('textbox', { name: 'Caller’s number' }).fill('(415) 555-0142');
  await pane.getByRole('radio', { name: /Change the invoice address/ }).waitFor();
  await page.waitForTimeout(400);
  const paneBox = await page.locator('iframe[data-location="top_bar"]').boundingBox();
  if (paneBox === null) throw new Error('the top bar pane is not on the page');
  await page.screenshot({
    path: `${outDir}/top-bar.png`,
    clip: { ...paneBox, height: Math.min(paneBox.height, MAX_HEIGHT) },
  });
  console.log('docs/screenshots/top-bar.png');
} finally {
  await browser.close();
  await sandbox.stop();
}
