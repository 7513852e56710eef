// A create whose answer never reaches the app (slower than its timeout, or a
// reload while it is out) still ends as exactly one call and one voice comment.

import { expect, test } from './support/fixtures.ts';
import { launchRegularProfile } from './support/chromium.ts';
import { SEED, armFault, loggedRequests, resetSandbox, type LoggedRequest } from './support/sandbox.ts';
import { openTicket, voiceComments } from './support/sidebar.ts';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

const creates = (requests: LoggedRequest[]) =>
  requests.filter((logged) => logged.method === 'POST' && logged.path === '/api/v2/calls');

test('a create Zendesk answers after 35 s (past the app’s 30 s timeout) is found, not logged twice, though the agent presses Log call again', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const { app } = await openTicket(page, SEED.tickets.noCalls);
  await armFault(request, { method: 'POST', path: '/api/v2/calls', delayMs: 35_000 });
  await app.getByRole('button', { name: 'Log a call' }).click();
  const title = app.getByRole('textbox', { name: 'Comment title' });
  await title.fill('Slow Zendesk, one call');
  await app.getByRole('button', { name: 'Log call' }).click();

  // The app gives up waiting at 30 s, and says it is looking rather than "could not be reached".
  await expect(app.getByText(/Checking whether Zendesk stored the call…/)).toBeVisible({ timeout: 40_000 });
  await expect(app.getByText(/Zendesk could not be reached/)).toHaveCount(0);
  const submit = app.getByRole('button', { name: /Saving|Log call/ });
  await expect(submit).toBeDisabled();
  await submit.click({ force: true });
  await title.press('Enter');

  await expect(app.getByText(/logged after all/)).toBeVisible({ timeout: 30_000 });
  await expect(app.getByRole('heading', { name: /Inbound call/ })).toBeVisible();
  await expect(voiceComments(page)).toHaveCount(1);
  await expect(voiceComments(page)).toContainText('Slow Zendesk, one call');
  expect(creates(await loggedRequests(request))).toHaveLength(1);

  await app.getByRole('button', { name: 'All calls' }).click();
  await expect(app.getByText('1 call', { exact: true })).toBeVisible();
});

test('in a regular browser profile, a reload while a create is out (after a double Enter) finds that create: one call, one comment', async ({
  baseURL,
  request,
}) => {
  test.setTimeout(90_000);
  const context = await launchRegularProfile(baseURL ?? '');
  try {
    const page = await context.newPage();
    const { app } = await openTicket(page, SEED.tickets.noCalls);
    await armFault(request, { method: 'POST', path: '/api/v2/calls', delayMs: 8_000 });
    await app.getByRole('button', { name: 'Log a call' }).click();
    const title = app.getByRole('textbox', { name: 'Comment title' });
    await title.fill('Reloaded mid-create');
    await title.press('Enter');
    await title.press('Enter');
    await expect(app.getByRole('button', { name: /Saving/ })).toBeDisabled();
    // The request is on its way to Zendesk (which takes 8 s) when the agent reloads the ticket.
    await page.waitForTimeout(1_000);
    await page.reload();

    const reloaded = page.frameLocator('iframe.zd-app-frame');
    await expect(reloaded.getByText(/Checking whether Zendesk stored the call…/)).toBeVisible();
    await expect(reloaded.getByText(/logged after all/)).toBeVisible({ timeout: 30_000 });
    await expect(reloaded.getByRole('heading', { name: /Inbound call/ })).toBeVisible();
    await expect(voiceComments(page)).toHaveCount(1);
    expect(creates(await loggedRequests(request))).toHaveLength(1);

    // Nothing is left to send again: the form opens empty of that call.
    await reloaded.getByRole('button', { name: 'All calls' }).click();
    await expect(reloaded.getByText('1 call', { exact: true })).toBeVisible();
    await reloaded.getByRole('button', { name: 'Log a call' }).click();
    await expect(reloaded.getByText('Your unsaved entries were restored.')).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('two records Zendesk stored for one create (one external_id) show as one card that says so', async ({
  page,
  request,
}) => {
  const create = {
    call: {
      app_id: SEED.appId,
      ticket_id: SEED.tickets.noCalls,
      direction: 'inbound',
      from_line: '+14155550123',
      to_line: '+18005550199',
      call_started_at: new Date().toISOString(),
      external_id: 'one-draft',
    },
    comment: { title: 'Stored twice' },
  };
  const answers = [
    await request.post('/api/v2/calls', { data: create }),
    await request.post('/api/v2/calls', { data: create }),
  ];
  expect(answers.map((answer) => answer.status())).toEqual([201, 201]);

  const { app } = await openTicket(page, SEED.tickets.noCalls);
  await expect(app.getByText('1 call', { exact: true })).toBeVisible();
  await expect(app.getByRole('listitem')).toHaveCount(1);
  await expect(app.getByRole('listitem')).toContainText('Logged twice; showing one');
  await expect(voiceComments(page)).toHaveCount(2);
});
