import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 5190);

// Browser tests drive the sandbox (npm start's host page and fake Zendesk)
// serving the production build in dist/, in Debian's Chromium: no browser
// download is possible or needed.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `vite --mode dist --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    // SANDBOX_SDK=cdn: the app's HTML keeps Zendesk's CDN URL; e2e/support/fixtures.ts routes it to the stand-in.
    env: { SANDBOX_STATE_FILE: 'test-results/sandbox-state.json', PORT: String(port), SANDBOX_SDK: 'cdn' },
  },
});
