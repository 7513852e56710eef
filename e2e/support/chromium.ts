// How the browser tests start Debian's Chromium: no browser download is possible
// or needed, and a closed network wants no background connections.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { routeZafSdk } from './zafSdk.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A browser profile that lets third-party frames keep storage, as a regular
 * (not incognito) Chrome profile does. Playwright's own contexts block it,
 * like an incognito window: there drafts last only as long as the page.
 */
export async function launchRegularProfile(baseURL: string): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'call-logger-profile-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }),
  );
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    baseURL,
    viewport: { width: 1280, height: 900 },
  });
  await routeZafSdk(context, baseURL);
  return context;
}
