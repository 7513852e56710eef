// Stories of an agent using Call Logger in the ticket sidebar, each from opening
// the ticket: the real build in dist/, the real ZAF SDK, the sandbox's fake Zendesk.

import { expect, test } from './support/fixtures.ts';
import { SEED, armFault, loggedRequests, resetSandbox, type LoggedRequest } from './support/sandbox.ts';
import { launchRegularProfile } from './support/chromium.ts';
import { frameHeight, openTicket, voiceComments } from './support/sidebar.ts';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

const callRequests = (requests: LoggedRequest[], method: string) =>
  requests.filter((logged) => logged.method === method && logged.path.startsWith('/api/v2/calls'));

test('the sidebar shows the app id and the calls already on the ticket', async ({ page }) => {
  const { app } = await openTicket(page, SEED.tickets.twoCalls);
  await expect(app.getByText(`App ID ${SEED.appId}`)).toBeVisible();
  await expect(app.getByText('2 calls')).toBeVisible();
  const cards = app.getByRole('listitem');
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText('Outbound call');
  await expect(cards.last()).toContainText('Inbound call');
});

test('calls are found on every page of a long ticket’s comments', async ({ page }) => {
  const { app } = await openTicket(page, SEED.tickets.manyComments);
  await expect(app.getByText('3 calls')).toBeVisible();
});

test('logging a call adds its voice comment to the conversation and its card to the sidebar, and both survive a reload', async ({
  page,
  request,
}) => {
  const { app } = await openTicket(page, SEED.tickets.noCalls);
  await expect(voiceComments(page)).toHaveCount(0);

  await app.getByRole('button', { name: 'Log a call' }).click();
  await expect(app.getByRole('heading', { name: 'Log a call' })).toBeFocused();
  await expect(app.getByRole('textbox', { name: 'From' })).toHaveValue('+14155550123');
  await expect(app.getByRole('textbox', { name: 'To' })).toHaveValue('+18005550199');
  await app.getByRole('textbox', { name: 'Comment title' }).fill('Customer called about the login problem');
  await app.getByRole('button', { name: 'Log call' }).click();

  await expect(app.getByText(`Call logged on ticket #${SEED.tickets.noCalls}.`)).toBeVisible();
  await expect(app.getByRole('heading', { name: /Inbound call/ })).toBeVisible();
  await expect(voiceComments(page)).toHaveCount(1);
  await expect(voiceComments(page)).toContainText('Customer called about the login problem');

  const posts = callRequests(await loggedRequests(request), 'POST');
  expect(posts).toHaveLength(1);
  expect(posts[0]?.body).toMatchObject({
    call: {
      app_id: SEED.appId,
      ticket_id: SEED.tickets.noCalls,
      direction: 'inbound',
      from_line: '+14155550123',
      to_line: '+18005550199',
    },
    comment: { title: 'Customer called about the login problem' },
  });

  await page.reload();
  const reloaded = page.frameLocator('iframe.zd-app-frame');
  await expect(reloaded.getByText('1 call', { exact: true })).toBeVisible();
  await reloaded.getByRole('button', { name: /Inbound call/ }).click();
  await expect(reloaded.getByRole('heading', { name: /Inbound call/ })).toBeVisible();
  await expect(reloaded.getByText('+14155550123')).toBeVisible();
  await expect(reloaded.getByText('+18005550199')).toBeVisible();
});

test('in a regular browser profile, a reload brings back the open form and what was typed', async ({ baseURL }) => {
  const context = await launchRegularProfile(baseURL ?? '');
  try {
    const page = await context.newPage();
    const { app } = await openTicket(page, SEED.tickets.noCalls);
    await app.getByRole('button', { name: 'Log a call' }).click();
    await app.getByRole('textbox', { name: 'Comment title' }).fill('Half-written when the tab reloaded');
    await app.getByRole('button', { name: 'Outcome' }).click();
    await app.getByRole('textbox', { name: 'Disposition' }).fill('Follow-up needed');

    await page.reload();
    const reloaded = page.frameLocator('iframe.zd-app-frame');
    await expect(reloaded.getByText('Your unsaved entries were restored.')).toBeVisible();
    await expect(reloaded.getByRole('textbox', { name: 'Comment title' })).toHaveValue(
      'Half-written when the tab reloaded',
    );
    await expect(reloaded.getByRole('button', { name: /Outcome · 1 filled/ })).toBeVisible();
    await reloaded.getByRole('button', { name: /Outcome/ }).click();
    await expect(reloaded.getByRole('textbox', { name: 'Disposition' })).toHaveValue('Follow-up needed');
  } finally {
    await context.close();
  }
});

test('updating a call stores the change and sends only the fields that changed', async ({ page, request }) => {
  // A call started minutes ago: the seed's own is from 2024, and "Ended now" on it would be months long.
  const created = await request.post('/__sandbox/calls', {
    data: { ticketId: SEED.tickets.callInProgress, startedSecondsAgo: 300 },
  });
  const { call: fresh } = (await created.json()) as { call: { id: number } };
  const { app } = await openTicket(page, SEED.tickets.callInProgress);
  await app
    .getByRole('button', { name: /Inbound call|Outbound call/ })
    .first()
    .click();
  // The details replace the list once their code is here; only then is the one call's status on screen.
  const update = app.getByRole('button', { name: 'Update call' });
  await expect(update).toBeVisible();
  await expect(app.getByText('In progress')).toBeVisible();
  await update.click();

  await app.getByRole('button', { name: 'Ended now' }).click();
  await expect(app.getByRole('combobox', { name: 'Completion status' })).toHaveValue('completed');
  await app.getByRole('textbox', { name: 'Disposition' }).fill('Resolved on the phone');
  await app.getByRole('button', { name: 'Save changes' }).click();

  await expect(app.getByText('Call updated.')).toBeVisible();
  await expect(app.getByText('Resolved on the phone')).toBeVisible();
  const patches = callRequests(await loggedRequests(request), 'PATCH');
  expect(patches).toHaveLength(1);
  expect(Object.keys((patches[0]?.body as { call: object }).call).sort()).toEqual([
    'call_disposition',
    'call_ended_at',
    'completion_status',
    'duration',
  ]);
  const stored: unknown = await (await request.get(`/api/v2/calls/${fresh.id}`)).json();
  expect(stored).toMatchObject({ call: { completion_status: 'completed', call_disposition: 'Resolved on the phone' } });
});

test('invalid input is refused next to its field before any request is sent', async ({ page, request }) => {
  const { app } = await openTicket(page, SEED.tickets.noCalls);
  await app.getByRole('button', { name: 'Log a call' }).click();
  await app.getByRole('textbox', { name: 'From' }).fill('not a phone');
  await app.getByRole('textbox', { name: 'To' }).fill('');
  await app.getByRole('button', { name: 'Log call' }).click();

  await expect(app.getByText('Enter a phone number, e.g. +1 415 555 0123.')).toBeVisible();
  await expect(app.getByText('Required.')).toBeVisible();
  expect(callRequests(await loggedRequests(request), 'POST')).toHaveLength(0);
});

test('a 422 from Zendesk shows next to the field it names, and nothing typed is lost', async ({ page, request }) => {
  const { app } = await openTicket(page, SEED.tickets.noCalls);
  await armFault(request, {
    method: 'POST',
    path: '/api/v2/calls',
    status: 422,
    body: {
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { to_line: [{ description: 'To line is not a number we can call' }] },
    },
  });
  await app.getByRole('button', { name: 'Log a call' }).click();
  await app.getByRole('textbox', { name: 'Comment title' }).fill('Kept after the failure');
  await app.getByRole('button', { name: 'Log call' }).click();

  await expect(app.getByText('To line is not a number we can call')).toBeVisible();
  await expect(app.getByRole('textbox', { name: 'To' })).toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByRole('textbox', { name: 'Comment title' })).toHaveValue('Kept after the failure');
});

test('after a 429 the agent is told how long to wait', async ({ page, request }) => {
  const { app } = await openTicket(page, SEED.tickets.noCalls);
  await armFault(request, { method: 'POST', path: '/api/v2/calls', status: 429, headers: { 'Retry-After': '30' } });
  await app.getByRole('button', { name: 'Log a call' }).click();
  await app.getByRole('button', { name: 'Log call' }).click();
  await expect(app.getByText(/Try again in (30|29) seconds\./)).toBeVisible();
  await expect(app.getByRole('button', { name: /Try again in \d+ s/ })).toBeDisabled();
});

test('a dropped connection after Zendesk stored the call does not log it twice', async ({ page, request }) => {
  const { app } = await openTicket(page, SEED.tickets.noCalls);
  await armFault(request, { method: 'POST', path: '/api/v2/calls', drop: 'after', times: 1 });
  await app.getByRole('button', { name: 'Log a call' }).click();
  await app.getByRole('button', { name: 'Log call' }).click();
  await expect(app.getByText(/logged after all/)).toBeVisible();
  await expect(voiceComments(page)).toHaveCount(1);
});

test('a double click logs one call', async ({ page, request }) => {
  const { app } = await openTicket(page, SEED.tickets.noCalls);
  await armFault(request, { method: 'POST', path: '/api/v2/calls', delayMs: 800 });
  await app.getByRole('button', { name: 'Log a call' }).click();
  await app.getByRole('button', { name: 'Log call' }).dblclick();
  await expect(app.getByText(/Call logged on ticket/)).toBeVisible();
  expect(callRequests(await loggedRequests(request), 'POST')).toHaveLength(1);
  await expect(voiceComments(page)).toHaveCount(1);
});

test('without an app id the agent is told how to set one and cannot log calls', async ({ page }) => {
  const { app } = await openTicket(page, SEED.tickets.noCalls, 'appId=0');
  await expect(app.getByText('Logging calls is disabled: the app has no app ID')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Log a call' })).toBeDisabled();
});

test('the app speaks the agent’s language and shows times in the agent’s zone', async ({ page }) => {
  const { app } = await openTicket(page, SEED.tickets.twoCalls, `agent=${SEED.agents.german}`);
  await expect(app.getByRole('button', { name: 'Anruf erfassen' })).toBeVisible();
  await expect(app.getByText('Eingehender Anruf')).toBeVisible();
  await expect(app.getByText('17.01.2024, 19:20')).toBeVisible();
});

test('the dark scheme applies from the start and when the agent switches', async ({ page }) => {
  const { app } = await openTicket(page, SEED.tickets.noCalls, 'scheme=dark');
  const background = () => app.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
  const dark = await background();
  expect(luminance(dark)).toBeLessThan(0.2);

  await page.getByText('Sandbox controls').click();
  await page.getByLabel('Colour scheme').selectOption('light');
  await expect.poll(background).not.toBe(dark);
  expect(luminance(await background())).toBeGreaterThan(0.8);
});

test('the iframe grows and shrinks with its content', async ({ page }) => {
  const sidebar = await openTicket(page, SEED.tickets.noCalls);
  const listHeight = await frameHeight(sidebar);
  await sidebar.app.getByRole('button', { name: 'Log a call' }).click();
  await expect.poll(() => frameHeight(sidebar)).toBeGreaterThan(listHeight + 300);
  await sidebar.app.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => frameHeight(sidebar)).toBeLessThan(listHeight + 50);
  const bodyHeight = await sidebar.app.locator('body').evaluate((body) => body.scrollHeight);
  expect(Math.abs((await frameHeight(sidebar)) - bodyHeight)).toBeLessThan(40);
});

/** Relative luminance of an rgb() colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [red = 0, green = 0, blue = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255;
}

test('an agent logs a call with the keyboard alone', async ({ page, request }) => {
  const { app } = await openTicket(page, SEED.tickets.noCalls);
  await app.getByRole('button', { name: 'Log a call' }).focus();
  await page.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Log a call' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(app.getByRole('radio', { name: 'Inbound' })).toBeFocused();
  await page.keyboard.press('ArrowRight'); // outbound; the lines swap
  await expect(app.getByRole('radio', { name: 'Outbound' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(app.getByRole('textbox', { name: 'From' })).toBeFocused();
  await expect(app.getByRole('textbox', { name: 'From' })).toHaveValue('+18005550199');
  await page.keyboard.press('Enter'); // submits the form from any text field
  await expect(app.getByText(`Call logged on ticket #${SEED.tickets.noCalls}.`)).toBeVisible();
  expect(callRequests(await loggedRequests(request), 'POST')[0]?.body).toMatchObject({
    call: { direction: 'outbound' },
  });
});

test('every view fits the sidebar’s width without scrolling sideways', async ({ page }) => {
  const { app, frame } = await openTicket(page, SEED.tickets.twoCalls);
  expect((await frame.boundingBox())?.width ?? 0).toBeLessThanOrEqual(330);
  const overflow = () => app.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await app.getByRole('button', { name: /Inbound call/ }).click();
  await app.getByRole('button', { name: 'Show empty fields' }).click();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await app.getByRole('button', { name: 'Update call' }).click();
  for (const group of ['Lines', 'Timing', 'Outcome', 'Recording and transcript', 'Queue and IVR', 'Links']) {
    await app.getByRole('button', { name: new RegExp(`^${group}`) }).click();
  }
  expect(await overflow()).toBeLessThanOrEqual(0);
});
