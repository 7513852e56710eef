// One measured visit of a ticket: open it, wait for the call list, open the
// form, log a call; each time read off the app frame's own clock.

import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { routeZafSdk } from '../../e2e/support/zafSdk.ts';
import type { RequestLogEntry } from '../../sandbox/shared/types.ts';
import { probeScript, readProbe, waitForSeen, type ProbeConfig } from './probe.ts';
import { clearRequests, loggedRequests, resetSandbox } from './sandboxControl.ts';
import type { RunningSandbox } from '../sandboxServer.ts';

const APP_PATH = '/assets/iframe.html';
const STEP_TIMEOUT_MS = 15_000;
/** How long after the list is shown a late API request still counts as part of opening the ticket */
const SETTLE_MS = 300;

const PROBE: ProbeConfig = {
  appPath: APP_PATH,
  checks: [
    { name: 'list', heading: '^Calls on this ticket$', withList: true },
    { name: 'form', heading: '^Log a call$', withList: false },
    { name: 'details', heading: '(Inbound|Outbound) call$', withList: false },
  ],
};

export interface RunFigures {
  /** Host page navigation start → call list on screen */
  readonly loadMs: number;
  /** The app frame's own navigation start → call list on screen */
  readonly loadInFrameMs: number;
  readonly callsShown: number;
  /** API requests made until the list was shown */
  readonly loadRequests: readonly RequestLogEntry[];
  /** API requests made in the SETTLE_MS after that: should be none */
  readonly lateRequests: readonly RequestLogEntry[];
  /** Click on "Log a call" → the form's heading on screen */
  readonly formMs: number;
  /** Click on "Log call" → the new call's details heading on screen */
  readonly submitMs: number;
  /** API requests made from that click until SETTLE_MS after the details were shown */
  readonly submitRequests: readonly RequestLogEntry[];
}

async function openTicket(page: Page, origin: string, ticket: number): Promise<Frame> {
  const appFrame = page.waitForEvent('framenavigated', {
    predicate: (frame) => new URL(frame.url()).pathname.endsWith(APP_PATH),
    timeout: STEP_TIMEOUT_MS,
  });
  await page.goto(`${origin}/?ticket=${ticket}`, { waitUntil: 'commit' });
  return appFrame;
}

/** Milliseconds from the click that was made to the named view being on screen. */
async function timeClick(frame: Frame, button: Locator, view: string): Promise<number> {
  await button.click({ timeout: STEP_TIMEOUT_MS });
  const shownAt = await waitForSeen(frame, view, STEP_TIMEOUT_MS);
  const { lastClickAt } = await readProbe(frame);
  if (lastClickAt === null) throw new Error(`the click before ${view} was not seen by the app`);
  return shownAt - lastClickAt;
}

async function measureLoad(page: Page, sandbox: RunningSandbox, ticket: number) {
  const frame = await openTicket(page, sandbox.hostOrigin, ticket);
  const listAt = await waitForSeen(frame, 'list', STEP_TIMEOUT_MS);
  const loadRequests = await loggedRequests(sandbox.controlOrigin);
  const hostOrigin = await page.evaluate(() => performance.timeOrigin);
  const { timeOrigin } = await readProbe(frame);
  const callsShown = await frame.getByRole('listitem').count();
  await page.waitForTimeout(SETTLE_MS);
  const lateRequests = (await loggedRequests(sandbox.controlOrigin)).slice(loadRequests.length);
  return {
    frame,
    loadMs: timeOrigin + listAt - hostOrigin,
    loadInFrameMs: listAt,
    callsShown,
    loadRequests,
    lateRequests,
  };
}

/** A fresh browser context per run: no HTTP cache, no drafts or view kept from an earlier run. */
export async function runTicket(browser: Browser, sandbox: RunningSandbox, ticket: number): Promise<RunFigures> {
  // Reset also empties the request log: the run starts from the seed with nothing logged.
  await resetSandbox(sandbox.controlOrigin);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await routeZafSdk(context, sandbox.hostOrigin);
    await context.addInitScript({ content: probeScript(PROBE) });
    const page = await context.newPage();
    const { frame, ...load } = await measureLoad(page, sandbox, ticket);
    await clearRequests(sandbox.controlOrigin);
    const formMs = await timeClick(frame, frame.getByRole('button', { name: 'Log a call', exact: true }), 'form');
    const submitMs = await timeClick(frame, frame.getByRole('button', { name: 'Log call', exact: true }), 'details');
    await page.waitForTimeout(SETTLE_MS);
    const submitRequests = await loggedRequests(sandbox.controlOrigin);
    return { ...load, formMs, submitMs, submitRequests };
  } finally {
    await context.close();
  }
}
