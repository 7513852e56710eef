// One load of a page in a Zendesk location until it marks itself usable: when that
// was on the frame's own clock, and which of its files it had started to fetch by then.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { routeZafSdk } from '../../e2e/support/zafSdk.ts';
import type { RunningSandbox } from '../sandboxServer.ts';
import { resetSandbox } from './sandboxControl.ts';

export const USABLE_MARK = 'call-logger:usable';
const STEP_TIMEOUT_MS = 15_000;
/** Resource timing lists a fetch once it ends: wait this long so files still in flight at the mark are listed too. */
const IN_FLIGHT_MS = 500;

export type LocationName = 'ticket_sidebar' | 'top_bar';

/** A page to load in a location: the app (its manifest URL) or the floor (a URL the host is told). */
export interface PaintTarget {
  readonly location: LocationName;
  /** Ticket the host page opens */
  readonly ticket: number;
  /** The page's path instead of the manifest's (`?appUrl=` / `?topBarUrl=`), or null for the manifest's */
  readonly pageOverride: string | null;
  /** The page's path as it loads in the frame */
  readonly pagePath: string;
  /** Built files are served from `${urlBase}/<file>`, read from `${filesDir}/<file>` */
  readonly urlBase: string;
  readonly filesDir: string;
}

export interface UsableRun {
  /** The frame's navigation start → the usable mark */
  readonly readyMs: number;
  /** Built JS and CSS files (relative to filesDir) whose fetch started before the mark */
  readonly files: readonly string[];
  /** Other scripts and stylesheets fetched before the mark (the SDK from Zendesk's CDN) */
  readonly outside: readonly string[];
}

const FRAME_SELECTOR: Readonly<Record<LocationName, string>> = {
  ticket_sidebar: 'iframe.zd-app-frame[data-location="ticket_sidebar"]',
  top_bar: 'iframe.zd-top-bar-frame',
};

function hostUrl(origin: string, target: PaintTarget): string {
  const query = new URLSearchParams({ ticket: String(target.ticket) });
  if (target.pageOverride !== null)
    query.set(target.location === 'top_bar' ? 'topBarUrl' : 'appUrl', target.pageOverride);
  return `${origin}/?${query.toString()}`;
}

async function locationFrame(page: Page, target: PaintTarget): Promise<Frame> {
  if (target.location === 'top_bar') await page.locator('button.zd-top-bar-app').click({ timeout: STEP_TIMEOUT_MS });
  const element = await page.waitForSelector(FRAME_SELECTOR[target.location], {
    state: 'attached',
    timeout: STEP_TIMEOUT_MS,
  });
  const frame = await element.contentFrame();
  if (frame === null) throw new Error(`no frame in ${target.location}`);
  await frame.waitForURL((url) => url.pathname === target.pagePath, { timeout: STEP_TIMEOUT_MS });
  return frame;
}

interface FrameTiming {
  readonly usableAt: number;
  readonly resources: readonly { readonly name: string; readonly startTime: number }[];
}

async function readTiming(frame: Frame): Promise<FrameTiming> {
  await frame.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, USABLE_MARK, {
    timeout: STEP_TIMEOUT_MS,
    polling: 50,
  });
  await frame.waitForTimeout(IN_FLIGHT_MS);
  return frame.evaluate((mark) => {
    const usable = performance.getEntriesByName(mark)[0];
    return {
      usableAt: usable?.startTime ?? NaN,
      resources: performance.getEntriesByType('resource').map(({ name, startTime }) => ({ name, startTime })),
    };
  }, USABLE_MARK);
}

function sortFiles(timing: FrameTiming, target: PaintTarget): Pick<UsableRun, 'files' | 'outside'> {
  const files: string[] = [];
  const outside: string[] = [];
  for (const { name, startTime } of timing.resources) {
    if (startTime > timing.usableAt) continue;
    const url = new URL(name);
    if (!/\.(js|css)$/.test(url.pathname)) continue;
    const relative = url.pathname.startsWith(`${target.urlBase}/`) ? url.pathname.slice(target.urlBase.length + 1) : '';
    if (relative !== '' && existsSync(join(target.filesDir, relative))) files.push(relative);
    else outside.push(url.href);
  }
  return { files: [...new Set(files)].sort(), outside: [...new Set(outside)].sort() };
}

/** A fresh browser context and a reset sandbox: nothing cached from an earlier load. */
export async function loadUntilUsable(
  browser: Browser,
  sandbox: RunningSandbox,
  target: PaintTarget,
): Promise<UsableRun> {
  await resetSandbox(sandbox.controlOrigin);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await routeZafSdk(context, sandbox.hostOrigin);
    const page = await context.newPage();
    await page.goto(hostUrl(sandbox.hostOrigin, target), { waitUntil: 'commit' });
    const timing = await readTiming(await locationFrame(page, target));
    return { readyMs: timing.usableAt, ...sortFiles(timing, target) };
  } finally {
    await context.close();
  }
}
