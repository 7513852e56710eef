// Stories of a live call's controls, which are their own code: they come in a row kept for them, and
// a failed download says so with a way to try again, never a blank card.

import type { APIRequestContext, FrameLocator, Locator } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { SEED, resetSandbox } from './support/sandbox.ts';
import { openTicket } from './support/sidebar.ts';

const CONTROLS_CODE = '**/assets/LiveCallControls-*.js';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

async function startLiveCall(request: APIRequestContext): Promise<void> {
  const answer = await request.post('/__sandbox/calls', {
    data: { ticketId: SEED.tickets.noCalls, startedSecondsAgo: 10 },
  });
  expect(answer.status()).toBe(201);
}

const card = (app: FrameLocator): Locator => app.getByRole('listitem').first();

test('a live call’s controls arrive in the row kept for them: the card does not grow or jump', async ({
  page,
  request,
}) => {
  await startLiveCall(request);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(CONTROLS_CODE, async (route) => {
    await held;
    await route.continue();
  });
  const { app } = await openTicket(page, SEED.tickets.noCalls);
  await expect(card(app).getByTestId('live-controls-placeholder')).toBeVisible();
  const waiting = await card(app).boundingBox();

  release();
  await expect(card(app).getByRole('button', { name: 'End call' })).toBeVisible();
  await expect(card(app).getByTestId('live-controls-placeholder')).toHaveCount(0);
  const ready = await card(app).boundingBox();
  expect(ready?.y).toBe(waiting?.y);
  expect(ready?.height).toBe(waiting?.height);
});

test('when the live call’s code cannot be fetched the card says so, and Try again brings End call', async ({
  page,
  request,
}) => {
  await startLiveCall(request);
  await page.route(CONTROLS_CODE, (route) => route.abort('internetdisconnected'));
  const { app } = await openTicket(page, SEED.tickets.noCalls);
  const problem = card(app).getByRole('alert');
  await expect(problem).toContainText('Nothing about the call is lost. Check your connection, then try again.');
  await expect(card(app).getByRole('button', { name: 'End call' })).toHaveCount(0);

  await page.unroute(CONTROLS_CODE);
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(card(app).getByRole('button', { name: 'End call' })).toBeEnabled();
  await expect(card(app).getByRole('timer')).toBeVisible();
  await expect(card(app).getByRole('alert')).toHaveCount(0);
});
