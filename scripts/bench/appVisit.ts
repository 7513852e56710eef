// A visit of the app in one of its places (a ticket's sidebar, or the top bar's pane on
// the home view) for the request and re-render flows: a fresh context, a reset sandbox,
// and counters the bench reads back (ZAF `get` messages the host page received; React
// commits in the app's frame).

import type { Browser, Frame, Page } from 'playwright-core';
import { routeZafSdk } from '../../e2e/support/zafSdk.ts';
import type { RunningSandbox } from '../sandboxServer.ts';
import { resetSandbox } from './sandboxControl.ts';
import { renderCounterScript } from './renderCounter.ts';
import { USABLE_MARK } from './usableRun.ts';

export const STEP_TIMEOUT_MS = 15_000;
/** How long after a step a late API request still counts as part of it */
export const SETTLE_MS = 300;
const SIDEBAR_FRAME = 'iframe.zd-app-frame[data-location="ticket_sidebar"]';
const TOP_BAR_FRAME = 'iframe[data-location="top_bar"]';

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

/** Where the visit opens the app: a ticket's sidebar, or the top bar's pane with no ticket open. */
export type VisitPlace = { readonly ticket: number } | { readonly topBar: true };

export interface VisitOptions {
  /** Runs after the sandbox is reset and before the page opens: seed what the flow needs */
  readonly prepare?: (controlOrigin: string) => Promise<void>;
  /** More scripts to run in every frame before the page's own */
  readonly initScripts?: readonly string[];
}

async function openPlace(page: Page, origin: string, place: VisitPlace): Promise<Frame> {
  const inSidebar = 'ticket' in place;
  await page.goto(inSidebar ? `${origin}/?ticket=${place.ticket}` : `${origin}/`, { waitUntil: 'commit' });
  if (!inSidebar) await page.locator('button.zd-top-bar-app').click({ timeout: STEP_TIMEOUT_MS });
  const element = await page.waitForSelector(inSidebar ? SIDEBAR_FRAME : TOP_BAR_FRAME, {
    state: 'attached',
    timeout: STEP_TIMEOUT_MS,
  });
  const frame = await element.contentFrame();
  if (frame === null) throw new Error(`no frame in ${inSidebar ? 'the sidebar' : 'the top bar'}`);
  return frame;
}

/** Opens the place and waits for the app's usable mark; `use` runs with the visit, the context is closed after. */
export async function visitApp<T>(
  browser: Browser,
  sandbox: RunningSandbox,
  place: VisitPlace,
  use: (visit: AppVisit) => Promise<T>,
  options: VisitOptions = {},
): Promise<T> {
  await resetSandbox(sandbox.controlOrigin);
  await options.prepare?.(sandbox.controlOrigin);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await routeZafSdk(context, sandbox.hostOrigin);
    await context.addInitScript({
      content: `(() => { const __name = (target) => target; (${countZafGets.toString()})(); })();`,
    });
    await context.addInitScript({ content: renderCounterScript() });
    for (const content of options.initScripts ?? []) await context.addInitScript({ content });
    const page = await context.newPage();
    const frame = await openPlace(page, sandbox.hostOrigin, place);
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

/** The ticket's sidebar: see visitApp. */
export function visitTicket<T>(
  browser: Browser,
  sandbox: RunningSandbox,
  ticket: number,
  use: (visit: AppVisit) => Promise<T>,
  options: VisitOptions = {},
): Promise<T> {
  return visitApp(browser, sandbox, { ticket }, use, options);
}
