// Request flows of the top bar's pane, from the home view: the caller's look-up as the
// agent types the number, and the create (call, voice comment and ticket in one request;
// one more for a caller Zendesk does not know yet).

import type { Browser, Frame, Page } from 'playwright-core';
import { CALLER_SEED } from '../../sandbox/api/seedCallers.ts';
import type { RequestLogEntry } from '../../sandbox/shared/types.ts';
import type { RunningSandbox } from '../sandboxServer.ts';
import { SETTLE_MS, STEP_TIMEOUT_MS, visitApp } from './appVisit.ts';
import type { FlowOutcome, RequestFlow } from './flows.ts';
import { clearRequests, loggedRequests } from './sandboxControl.ts';

/** An agent's typing pace, so the look-up's debounce sees keys as a person sends them */
const KEY_DELAY_MS = 60;
const KNOWN = CALLER_SEED.phones.olivia;
const UNKNOWN = CALLER_SEED.unknownPhones[0];

async function typeNumber(frame: Frame, phone: string): Promise<void> {
  const field = frame.getByRole('textbox', { name: 'Caller’s number' });
  await field.pressSequentially(phone, { delay: KEY_DELAY_MS, timeout: STEP_TIMEOUT_MS });
}

async function lookUp(frame: Frame, phone: string, known: boolean): Promise<void> {
  await typeNumber(frame, phone);
  if (known) {
    await frame.getByRole('radio', { name: 'New ticket' }).waitFor({ timeout: STEP_TIMEOUT_MS });
    await frame.getByRole('radio', { name: /#\d+ / }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  } else {
    await frame.getByText('New caller').waitFor({ timeout: STEP_TIMEOUT_MS });
  }
}

/** The pane's requests end with its create; what follows is the opened ticket's sidebar. */
function throughCreate(requests: readonly RequestLogEntry[]): RequestLogEntry[] {
  const create = requests.findLastIndex((request) => request.method === 'POST' && request.path === '/api/v2/calls');
  return requests.slice(0, create + 1);
}

async function logCall(page: Page, frame: Frame): Promise<void> {
  await frame.getByRole('button', { name: 'Log call', exact: true }).click({ timeout: STEP_TIMEOUT_MS });
  await page.waitForURL(/[?&]ticket=\d+/, { timeout: STEP_TIMEOUT_MS });
}

function paneFlow(
  browser: Browser,
  sandbox: RunningSandbox,
  steps: (page: Page, frame: Frame) => Promise<readonly RequestLogEntry[]>,
  countZafGets: boolean,
): Promise<FlowOutcome> {
  return visitApp(browser, sandbox, { topBar: true }, async ({ page, frame, zafGets }) => {
    const requests = await steps(page, frame);
    // After a create the host has opened the ticket: its page counts the sidebar's gets, not the pane's.
    return { requests, zafGets: countZafGets ? (await zafGets()).length : null };
  });
}

function createFlow(phone: string, known: boolean) {
  return (browser: Browser, sandbox: RunningSandbox) =>
    paneFlow(
      browser,
      sandbox,
      async (page, frame) => {
        await lookUp(frame, phone, known);
        await page.waitForTimeout(SETTLE_MS);
        await clearRequests(sandbox.controlOrigin);
        await logCall(page, frame);
        return throughCreate(await loggedRequests(sandbox.controlOrigin));
      },
      false,
    );
}

export const TOP_BAR_FLOWS: readonly RequestFlow[] = [
  {
    name: 'top bar look-up',
    what: `open the pane, type ${KNOWN} key by key (${KEY_DELAY_MS} ms apart) until the caller's tickets show`,
    budget: () => 2,
    zafGetBudget: 1,
    run: (browser, sandbox) =>
      paneFlow(
        browser,
        sandbox,
        async (page, frame) => {
          await lookUp(frame, KNOWN, true);
          await page.waitForTimeout(SETTLE_MS);
          return loggedRequests(sandbox.controlOrigin);
        },
        true,
      ),
  },
  {
    name: 'top bar create',
    what: `then "Log call" with New ticket picked, until the ticket opens`,
    budget: () => 1,
    zafGetBudget: null,
    run: createFlow(KNOWN, true),
  },
  {
    name: 'top bar new caller',
    what: `${UNKNOWN}, New caller, "Log call" until the ticket opens`,
    budget: () => 2,
    zafGetBudget: null,
    run: createFlow(UNKNOWN, false),
  },
];
