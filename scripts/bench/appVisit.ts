// A visit of the app's ticket sidebar for the request and re-render flows: a fresh
// context, a reset sandbox, and counters the bench reads back (ZAF `get` messages
// the host page received; React commits in the app's frame).

import type { Browser, Frame, Page } from 'playwright-core';
import { routeZafSdk } from '../../e2e/support/zafSdk.ts';
import type { RunningSandbox } from '../sandboxServer.ts';
import { resetSandbox } from './sandboxControl.ts';
import { renderCounterScript } from './renderCounter.ts';
import { USABLE_MARK } from './usableRun.ts';

export const STEP_TIMEOUT_MS = 15_000;
/** How long after a step a late API request still counts as part of it */
export const SETTLE_MS = 300;
const APP_FRAME = 'iframe.zd-app-frame[data-location="ticket_sidebar"]';

interface HostCounters {
  benchZafGets?: unknown[];
}

/** Runs in the host page: every `get` the app's SDK sends, with its paths (sandbox/host/zaf/protocol.ts's shape). */
function countZafGets(): void {
  if (window.top !== window) return;
  const host = window as unknown as HostCounters;
  const gets: unknown[] = [];
  host.benchZafGets = gets;
  window.addEventListener(
    'message',
    (event: { data: unknown }) => {
      let message: unknown = event.data;
      if (typeof message === 'string') {
        try {
          message = JSON.parse(message);
        } catch {
          return;
        }
      }
      if (typeof message === 'object' && message !== null && 'request' in message && message.request === 'get')
        gets.push('params' in message ? message.params : null);
    },
    true,
  );
}

declare const window: {
  readonly top: unknown;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void, capture: boolean): void;
};

export interface AppVisit {
  readonly page: Page;
  readonly frame: Frame;
  /** The ZAF `get` messages so far, each with its paths */
  readonly zafGets: () => Promise<unknown[]>;
}

/** Opens the ticket and waits for the sidebar's usable mark; `use` runs with the visit, the context is closed after. */
export async function visitTicket<T>(
  browser: Browser,
  sandbox: RunningSandbox,
  ticket: number,
  use: (visit: AppVisit) => Promise<T>,
): Promise<T> {
  await resetSandbox(sandbox.controlOrigin);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await routeZafSdk(context, sandbox.hostOrigin);
    await context.addInitScript({
      content: `(() => { const __name = (target) => target; (${countZafGets.toString()})(); })();`,
    });
    await context.addInitScript({ content: renderCounterScript() });
    const page = await context.newPage();
    await page.goto(`${sandbox.hostOrigin}/?ticket=${ticket}`, { waitUntil: 'commit' });
    const element = await page.waitForSelector(APP_FRAME, { state: 'attached', timeout: STEP_TIMEOUT_MS });
    const frame = await element.contentFrame();
    if (frame === null) throw new Error('no sidebar frame');
    await frame.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, USABLE_MARK, {
      timeout: STEP_TIMEOUT_MS,
      polling: 50,
    });
    const zafGets = () => page.evaluate(() => (globalThis as HostCounters).benchZafGets ?? []);
    return await use({ page, frame, zafGets });
  } finally {
    await context.close();
  }
}
