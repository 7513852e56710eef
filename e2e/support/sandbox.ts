// Helpers for browser tests that drive the Zendesk sandbox: its control API,
// and the probe page (a minimal ZAF app with the real SDK) in the sidebar.

import { expect, type APIRequestContext, type Frame, type Locator, type Page } from '@playwright/test';

/** The seed's ids (sandbox/api/seed.ts), as tests name them. */
export const SEED = {
  agents: { english: 1568991111, german: 1568991112, spanish: 1568991113 },
  tickets: { noCalls: 101, twoCalls: 102, manyComments: 103, callInProgress: 104, oliviaOpenNewer: 106 },
  calls: { refundInbound: 16444799095826, inProgress: 16444799095831 },
  appId: 1003048,
} as const;

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number | null;
  faultId: number | null;
}

/** What the probe page exposes on its window (see sandbox/host/probe.html). */
export interface ProbeGlobals {
  zafClient: {
    get: (paths: string | string[]) => Promise<Record<string, unknown>>;
    set: (path: string, value: unknown) => Promise<Record<string, unknown>>;
    invoke: (name: string, ...args: unknown[]) => Promise<Record<string, unknown>>;
    request: (options: unknown) => Promise<unknown>;
    trigger: (name: string, data?: unknown) => void;
  };
  zafRegistration?: { metadata: Record<string, unknown>; context: Record<string, unknown> };
  zafEvents: { name: string; data: unknown }[];
}

export async function resetSandbox(request: APIRequestContext): Promise<void> {
  expect((await request.post('/__sandbox/reset')).ok()).toBe(true);
}

export async function loggedRequests(request: APIRequestContext): Promise<LoggedRequest[]> {
  const answer = (await (await request.get('/__sandbox/requests')).json()) as { requests: LoggedRequest[] };
  return answer.requests;
}

export async function armFault(request: APIRequestContext, spec: Record<string, unknown>): Promise<void> {
  expect((await request.post('/__sandbox/faults', { data: spec })).status()).toBe(201);
}

/** The sidebar's iframe element. */
export function appFrameElement(page: Page) {
  return page.locator('iframe.zd-app-frame');
}

/** Opens the host page with the probe in the sidebar (of ticket 101 unless the query names one) and waits until the SDK registered. */
export async function openProbe(page: Page, query = ''): Promise<Frame> {
  const withTicket = /(^|&)ticket=/.test(query) ? query : `ticket=${SEED.tickets.noCalls}${query ? `&${query}` : ''}`;
  await page.goto(`/?${withTicket}&appUrl=/sandbox/host/probe.html`);
  return registeredProbe(page);
}

export async function registeredProbe(page: Page, frameElement: Locator = appFrameElement(page)): Promise<Frame> {
  await expect(frameElement).toHaveAttribute('src', /probe\.html/);
  const guid = await frameElement.getAttribute('data-app-guid');
  let probe: Frame | undefined;
  await expect
    .poll(() => {
      probe = page.frames().find((frame) => frame.url().includes('probe.html') && frame.url().includes(guid ?? '-'));
      return probe
        ? probe.evaluate(() => (globalThis as unknown as ProbeGlobals).zafRegistration !== undefined)
        : false;
    })
    .toBe(true);
  if (!probe) throw new Error('probe frame not found');
  return probe;
}
