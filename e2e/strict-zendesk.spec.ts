// Zendesk drops keys it does not accept and still answers 201 (the sandbox's
// strict mode does the same): the sidebar never reports such a loss as success.

import { expect, test } from './support/fixtures.ts';
import { SEED, loggedRequests, resetSandbox } from './support/sandbox.ts';
import { openTicket } from './support/sidebar.ts';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
  expect((await request.put('/__sandbox/settings', { data: { strict: true } })).ok()).toBe(true);
});

test.afterEach(async ({ request }) => {
  await request.put('/__sandbox/settings', { data: { strict: false } });
});

test('a log with a summary and a language on a strict account says Zendesk did not keep them, keeps them, and offers them no more', async ({
  page,
  request,
}) => {
  const { app } = await openTicket(page, SEED.tickets.noCalls);
  await app.getByRole('button', { name: 'Log a call' }).click();
  await app.getByRole('button', { name: /^Outcome/ }).click();
  await app.getByRole('textbox', { name: 'Summary', exact: true }).fill('Customer agreed to a refund');
  await app.getByRole('textbox', { name: 'Language' }).fill('de');
  await app.getByRole('textbox', { name: 'Disposition' }).fill('Refund');
  await app.getByRole('button', { name: 'Log call' }).click();

  await expect(
    app.getByText(
      'Zendesk did not keep: Language, Summary. Everything else is saved; what you typed there is kept in Update call.',
    ),
  ).toBeVisible();
  await expect(app.getByText(/Call logged on ticket/)).toBeVisible();
  const post = (await loggedRequests(request)).find(
    (logged) => logged.method === 'POST' && logged.path === '/api/v2/calls',
  );
  expect(post?.body).toMatchObject({ call: { summary: 'Customer agreed to a refund', language: 'de' } });

  // What was typed waits in the call's update form, in place of the fields Zendesk drops.
  await app.getByRole('button', { name: 'Update call' }).click();
  await expect(app.getByText('Your unsaved entries were restored.')).toBeVisible();
  await app.getByRole('button', { name: /^Outcome/ }).click();
  const summary = app.getByRole('group', { name: 'Summary', exact: true });
  await expect(summary).toContainText('Zendesk does not keep this field on this account, so it is not sent.');
  await expect(summary).toContainText('What you typed: Customer agreed to a refund');
  await expect(app.getByRole('textbox', { name: 'Summary', exact: true })).toHaveCount(0);
  await expect(app.getByRole('textbox', { name: 'Disposition' })).toHaveValue('Refund');

  // A new log does not offer them either, and sends them no more.
  await app.getByRole('button', { name: 'Cancel' }).first().click();
  await app.getByRole('button', { name: 'All calls' }).click();
  await app.getByRole('button', { name: 'Log a call' }).click();
  await app.getByRole('button', { name: /^Outcome/ }).click();
  await expect(app.getByRole('group', { name: 'Language' })).toContainText('Zendesk does not keep this field');
  await expect(app.getByRole('textbox', { name: 'Language' })).toHaveCount(0);
});
