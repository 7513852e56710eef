// A passing server error on a read is ridden out by the app, and the agent never sees it.

import { expect, test } from './support/fixtures.ts';
import { SEED, armFault, loggedRequests, resetSandbox } from './support/sandbox.ts';
import { openTicket } from './support/sidebar.ts';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

test('a call read that answers 503 once is read again, and the ticket lists its calls with no error', async ({
  page,
  request,
}) => {
  await armFault(request, { method: 'GET', path: '/api/v2/calls/*', status: 503, times: 1 });
  const { app } = await openTicket(page, SEED.tickets.twoCalls);
  await expect(app.getByRole('button', { name: /Inbound call/ })).toBeVisible();
  await expect(app.getByRole('button', { name: /Outbound call/ })).toBeVisible();
  await expect(app.getByText('2 calls')).toBeVisible();
  await expect(app.getByRole('group', { name: 'This call could not be loaded' })).toHaveCount(0);
  await expect(app.locator('body')).not.toContainText(/error 503|problem/i);

  const callReads = (await loggedRequests(request)).filter(
    (logged) => logged.method === 'GET' && logged.path.startsWith('/api/v2/calls/'),
  );
  expect(callReads.map((logged) => logged.status)).toContain(503);
  expect(callReads.filter((logged) => logged.status === 200)).toHaveLength(2);
});
