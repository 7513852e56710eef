// Request flows of a live call in the ticket sidebar: End call from the card (one PATCH),
// then the wrap-up's Save (one PATCH, one more for the voice comment the setting ticks).

import type { Browser, Frame } from 'playwright-core';
import { SEED } from '../../sandbox/api/seed.ts';
import type { RunningSandbox } from '../sandboxServer.ts';
import { SETTLE_MS, STEP_TIMEOUT_MS, visitTicket } from './appVisit.ts';
import type { FlowOutcome, RequestFlow } from './flows.ts';
import { clearRequests, loggedRequests, putSettings, startLiveCall } from './sandboxControl.ts';

const TICKET = SEED.tickets.noCalls;
/** Long enough for a duration, short enough to be live (not a call never ended) */
const STARTED_SECONDS_AGO = 90;

async function endCall(frame: Frame): Promise<void> {
  const card = frame.getByRole('listitem').first();
  await card.getByRole('button', { name: 'End call' }).click({ timeout: STEP_TIMEOUT_MS });
  await card.getByRole('heading', { name: 'Wrap up' }).waitFor({ timeout: STEP_TIMEOUT_MS });
}

/** A live call on the ticket, the sidebar opened, then `steps` counted from a cleared request log. */
function liveCallFlow(
  sandbox: RunningSandbox,
  browser: Browser,
  settings: Record<string, boolean>,
  before: (frame: Frame) => Promise<void>,
  steps: (frame: Frame) => Promise<void>,
): Promise<FlowOutcome> {
  return visitTicket(
    browser,
    sandbox,
    TICKET,
    async ({ page, frame }) => {
      await before(frame);
      await page.waitForTimeout(SETTLE_MS);
      await clearRequests(sandbox.controlOrigin);
      await steps(frame);
      await page.waitForTimeout(SETTLE_MS);
      return { requests: await loggedRequests(sandbox.controlOrigin), zafGets: null };
    },
    {
      prepare: async (origin) => {
        await putSettings(origin, settings);
        await startLiveCall(origin, TICKET, STARTED_SECONDS_AGO);
      },
    },
  );
}

async function saveWrapUp(frame: Frame): Promise<void> {
  const card = frame.getByRole('listitem').first();
  await card.getByRole('button', { name: 'Save', exact: true }).click({ timeout: STEP_TIMEOUT_MS });
  await frame.getByText('Wrap-up saved.').waitFor({ timeout: STEP_TIMEOUT_MS });
}

const nothing = () => Promise.resolve();

export const LIVE_CALL_FLOWS: readonly RequestFlow[] = [
  {
    name: 'end call',
    what: `ticket ${TICKET}, a live call: "End call" on its card`,
    budget: () => 1,
    zafGetBudget: null,
    run: (browser, sandbox) => liveCallFlow(sandbox, browser, { wrap_up_comment: true }, nothing, endCall),
  },
  {
    name: 'wrap up',
    what: `then "Save" in the wrap-up, voice comment setting off`,
    budget: () => 1,
    zafGetBudget: null,
    run: (browser, sandbox) => liveCallFlow(sandbox, browser, { wrap_up_comment: false }, endCall, saveWrapUp),
  },
  {
    name: 'wrap up + comment',
    what: `then "Save" in the wrap-up, voice comment ticked (the default)`,
    budget: () => 2,
    zafGetBudget: null,
    run: (browser, sandbox) => liveCallFlow(sandbox, browser, { wrap_up_comment: true }, endCall, saveWrapUp),
  },
];
