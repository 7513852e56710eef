// Stories of a live call in the ticket sidebar: the clock, hold, End call from
// the card, the wrap-up, a reload during a hold, a call never ended, and what
// the common flow costs in clicks, keystrokes and scrolls.

import type { APIRequestContext, FrameLocator, Locator } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { launchRegularProfile } from './support/chromium.ts';
import { SEED, loggedRequests, resetSandbox, type LoggedRequest } from './support/sandbox.ts';
import { agentTyped, openTicket, voiceComments } from './support/sidebar.ts';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

interface LiveCall {
  id: number;
  call_started_at: string;
}

/** A call on the ticket with no calls, started `secondsAgo` and not ended. */
async function startLiveCall(request: APIRequestContext, secondsAgo: number): Promise<LiveCall> {
  const answer = await request.post('/__sandbox/calls', {
    data: { ticketId: SEED.tickets.noCalls, startedSecondsAgo: secondsAgo },
  });
  expect(answer.status()).toBe(201);
  return ((await answer.json()) as { call: LiveCall }).call;
}

const patchesOf = (requests: LoggedRequest[], callId: number) =>
  requests.filter((logged) => logged.method === 'PATCH' && logged.path === `/api/v2/calls/${callId}`);

const card = (app: FrameLocator): Locator => app.getByRole('listitem').first();

test('a live call’s clock ticks on its card, without being read out', async ({ page, request }) => {
  await startLiveCall(request, 5);
  const { app } = await openTicket(page, SEED.tickets.noCalls);
  const timer = card(app).getByRole('timer');
  await expect(timer).toHaveText(/^0:00:0\d$/);
  const first = await timer.textContent();
  await expect(timer).not.toHaveText(first ?? '');
  await expect(timer).not.toHaveAttribute('aria-live', /.+/);
  expect(await card(app).locator('[aria-live]').count()).toBe(0);
});

test('hold and resume, then End call from the card stores the record with one PATCH', async ({ page, request }) => {
  const live = await startLiveCall(request, 30);
  const { app } = await openTicket(page, SEED.tickets.noCalls);
  await card(app).getByRole('button', { name: 'Hold' }).click();
  // Resumed as soon as the card shows a second on hold: what is stored is at least what the card showed.
  await expect(card(app).getByText(/^On hold 0:00:0[1-9]$/)).toBeVisible();
  await card(app).getByRole('button', { name: 'Resume' }).click();
  await expect(card(app).getByText(/On hold/)).toHaveCount(0);

  await card(app).getByRole('button', { name: 'End call' }).dblclick();
  await expect(card(app).getByRole('button', { name: /Inbound call Completed/ })).toBeVisible();
  await expect(card(app).getByRole('timer')).toHaveCount(0);
  await expect(card(app).getByRole('heading', { name: 'Wrap up' })).toBeVisible();

  const patches = patchesOf(await loggedRequests(request), live.id);
  expect(patches).toHaveLength(1);
  const body = (patches[0]?.body as { call: Record<string, number | string> }).call;
  expect(body).toMatchObject({ completion_status: 'completed', number_of_holds: 1 });
  expect(Number(body.hold_time)).toBeGreaterThanOrEqual(1);
  expect(Number(body.talk_time) + Number(body.hold_time)).toBe(body.duration);
  expect(Number(body.duration)).toBeGreaterThanOrEqual(30);
});

test('the chevron beside End call ends the call with another outcome, in one PATCH', async ({ page, request }) => {
  const live = await startLiveCall(request, 20);
  const { app } = await openTicket(page, SEED.tickets.noCalls);
  await card(app).getByRole('button', { name: 'Other outcomes' }).click();
  await card(app).getByRole('group', { name: 'End as' }).getByRole('button', { name: 'Abandoned in queue' }).click();
  await expect(card(app).getByRole('heading', { name: 'Wrap up' })).toBeVisible();
  await expect(card(app).getByRole('combobox', { name: 'Outcome' })).toHaveValue('abandoned_in_queue');
  const patches = patchesOf(await loggedRequests(request), live.id);
  expect(patches).toHaveLength(1);
  expect((patches[0]?.body as { call: object }).call).toMatchObject({ completion_status: 'abandoned_in_queue' });
});

test('the wrap-up takes a disposition from the admin’s list and saves it with the wrap-up time and a voice comment', async ({
  page,
  request,
}) => {
  await request.put('/__sandbox/settings', {
    data: { settings: { dispositions: 'Sales: Upgrade\nSales: Renewal\nSupport: Solved\nWrong number' } },
  });
  const live = await startLiveCall(request, 60);
  const { app } = await openTicket(page, SEED.tickets.noCalls);
  await card(app).getByRole('button', { name: 'End call' }).click();
  // Garden shows the chosen value over the input until the field is focused: the agent clicks the field.
  await card(app).getByText('Disposition', { exact: true }).click();
  await page.keyboard.type('ren');
  await expect(app.getByRole('option', { name: 'Upgrade' })).toHaveCount(0);
  await app.getByRole('option', { name: 'Renewal' }).click();
  await card(app).getByRole('button', { name: 'Save', exact: true }).click();

  await expect(app.getByText('Wrap-up saved.')).toBeVisible();
  const patches = patchesOf(await loggedRequests(request), live.id);
  expect(patches).toHaveLength(2);
  expect((patches[1]?.body as { call: object }).call).toMatchObject({
    call_disposition: 'Sales: Renewal',
    wrap_up_time: expect.any(Number),
  });
  await expect(voiceComments(page)).toHaveCount(2);
});

test('the update form offers the admin’s dispositions in the same combobox, which the list never loads', async ({
  page,
  request,
}) => {
  await request.put('/__sandbox/settings', {
    data: { settings: { dispositions: 'Sales: Upgrade\nSupport: Solved' } },
  });
  const live = await startLiveCall(request, 60);
  const fetched: string[] = [];
  page.on('request', (sent) => fetched.push(sent.url()));
  const { app } = await openTicket(page, SEED.tickets.noCalls);
  await expect(card(app).getByRole('timer')).toBeVisible();
  expect(fetched.filter((url) => url.includes('DispositionCombobox'))).toEqual([]);

  await card(app)
    .getByRole('button', { name: /Inbound call/ })
    .click();
  await app.getByRole('button', { name: 'Update call' }).click();
  await app.getByText('Disposition', { exact: true }).click();
  await page.keyboard.type('sol');
  await app.getByRole('option', { name: 'Solved' }).click();
  await app.getByRole('button', { name: 'Save changes' }).click();

  await expect(app.getByText('Call updated.')).toBeVisible();
  const patches = patchesOf(await loggedRequests(request), live.id);
  expect(patches.map((patch) => patch.body)).toEqual([{ call: { call_disposition: 'Support: Solved' } }]);
});

test('in a regular browser profile, a reload during a hold keeps the hold', async ({ baseURL, request }) => {
  await startLiveCall(request, 10);
  const context = await launchRegularProfile(baseURL ?? '');
  try {
    const page = await context.newPage();
    const { app } = await openTicket(page, SEED.tickets.noCalls);
    await card(app).getByRole('button', { name: 'Hold' }).click();
    await expect(card(app).getByText(/^On hold 0:00:0[1-9]$/)).toBeVisible();
    await page.reload();
    const reloaded = page.frameLocator('iframe.zd-app-frame');
    await expect(card(reloaded).getByRole('button', { name: 'Resume' })).toBeVisible();
    await expect(card(reloaded).getByText(/^On hold 0:00:0[1-9]$/)).toBeVisible();
  } finally {
    await context.close();
  }
});

/** An instant as the agent (en-US, New York) reads and types it: "01/17/2024, 07:29:05 PM". */
const newYorkText = (instant: number) => agentTyped(instant, 'en-US', 'America/New_York', true);

test('a call started 3 days ago is shown as not ended, and End call asks for its real end', async ({
  page,
  request,
}) => {
  const live = await startLiveCall(request, 3 * 24 * 3600);
  const { app } = await openTicket(page, SEED.tickets.noCalls);
  await expect(card(app).getByText('Not ended')).toBeVisible();
  await expect(card(app).getByRole('timer')).toHaveCount(0);
  await card(app).getByRole('button', { name: 'End call' }).click();
  expect(patchesOf(await loggedRequests(request), live.id)).toHaveLength(0);

  const end = card(app).getByLabel('When did the call end?');
  await end.fill(newYorkText(Date.parse(live.call_started_at) + 2 * 86_400_000));
  await card(app).getByRole('button', { name: 'Save end' }).click();
  await expect(card(app).getByText('The end must be after the start and within a day of it.')).toBeVisible();
  expect(patchesOf(await loggedRequests(request), live.id)).toHaveLength(0);

  await end.fill(newYorkText(Date.parse(live.call_started_at) + 600_000));
  await card(app).getByRole('button', { name: 'Save end' }).click();
  await expect(card(app).getByRole('button', { name: /Inbound call Completed/ })).toBeVisible();
  const patches = patchesOf(await loggedRequests(request), live.id);
  expect(patches).toHaveLength(1);
  expect((patches[0]?.body as { call: object }).call).toMatchObject({ duration: 600, completion_status: 'completed' });
});

test('the common flow at 320×700: log from the list, end, wrap up with a chosen disposition', async ({
  page,
  request,
}) => {
  await request.put('/__sandbox/settings', {
    data: { settings: { dispositions: 'Sales: Upgrade\nSales: Renewal\nSupport: Solved' } },
  });
  await page.setViewportSize({ width: 1280, height: 700 });
  const { app, frame } = await openTicket(page, SEED.tickets.noCalls);
  const frameTop = (await frame.boundingBox())?.y ?? 0;
  const counts = { start: { clicks: 0, keys: 0, scrolls: 0 }, end: { clicks: 0, keys: 0, scrolls: 0 } };
  const belowTheFold: string[] = [];
  /** A press of something the agent must see: a scroll counts when it lies below the sidebar's 700 px. */
  const press = async (target: Locator, phase: 'start' | 'end') => {
    const box = await target.boundingBox();
    if (box !== null && box.y + box.height - frameTop > 700) {
      counts[phase].scrolls++;
      belowTheFold.push(`${(await target.textContent()) ?? '?'} at ${Math.round(box.y + box.height - frameTop)} px`);
    }
    await target.click();
    counts[phase].clicks++;
  };

  await press(app.getByRole('button', { name: 'Log a call' }), 'start');
  await press(app.getByRole('button', { name: 'Log call' }), 'start');
  await expect(app.getByRole('timer')).toBeVisible();

  await press(app.getByRole('button', { name: 'End call' }), 'end');
  await expect(app.getByRole('heading', { name: 'Wrap up' })).toBeVisible();
  const disposition = app.getByRole('combobox', { name: 'Disposition' });
  await press(app.getByText('Disposition', { exact: true }), 'end');
  await page.keyboard.type('sol');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  counts.end.keys += 5;
  await expect(disposition).toHaveValue('Solved');
  await press(app.getByRole('button', { name: 'Save', exact: true }), 'end');
  await expect(app.getByText('Wrap-up saved.')).toBeVisible();

  console.log(
    `common flow at 320×700: start ${counts.start.clicks} clicks, ${counts.start.keys} keystrokes, ` +
      `${counts.start.scrolls} scrolls; end + wrap-up ${counts.end.clicks} clicks, ${counts.end.keys} keystrokes, ` +
      `${counts.end.scrolls} scrolls; below the fold: ${belowTheFold.join(', ') || 'nothing'}`,
  );
  expect(counts.start).toEqual({ clicks: 2, keys: 0, scrolls: 0 });
  expect(counts.end).toEqual({ clicks: 3, keys: 5, scrolls: 0 });
  const [, patch] = (await loggedRequests(request)).filter((logged) => logged.method === 'PATCH');
  expect((patch?.body as { call: object }).call).toMatchObject({ call_disposition: 'Support: Solved' });
});
